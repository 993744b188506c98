#pragma once

#include "template/SectionSpec.h"

#include <QFrame>
#include <QList>

class QAction;

namespace metafill::gui {

struct FormContext;
class FieldEditor;

// The fields of one instance of a section. For a repeatable section it is a
// framed box titled "Author 2" with Duplicate (Ctrl+Shift+D) and Remove
// (Ctrl+Shift+Delete), which act on the instance that holds the focus.
class InstanceBox final : public QFrame
{
    Q_OBJECT

public:
    InstanceBox(const SectionSpec &section, int instance, const FormContext *context, QWidget *parent);

    int instance() const { return m_instance; }
    const QList<FieldEditor *> &editors() const { return m_editors; }
    FieldEditor *editor(const QString &fieldKey) const;
    QList<QWidget *> tabStops() const;
    void refresh();
    // `whyNot`: why Remove is unavailable, shown as its tooltip instead of the usual one.
    void setRemovable(bool removable, const QString &whyNot = {});
    void setDuplicable(bool duplicable);

    static QKeySequence duplicateShortcut();
    static QKeySequence removeShortcut();
    // "Author 2", "Channel 0": counted as the template's instance keys count.
    static QString title(const SectionSpec &section, int instance);

signals:
    void duplicateRequested(int instance);
    void removeRequested(int instance);

private:
    const SectionSpec &m_section;
    const int m_instance;
    QList<FieldEditor *> m_editors;
    QAction *m_duplicate = nullptr;
    QAction *m_remove = nullptr;
    QString m_removeToolTip;
};

} // namespace metafill::gui
