#pragma once

#include "record/FieldPath.h"
#include "template/SectionSpec.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace metafill::gui {

struct FormContext;
struct SectionCompleteness;
class FieldEditor;
class InstanceBox;

// One section of the form: its title and help, then its instances. A
// repeatable section offers Add (Ctrl+Shift+N) below its instances; a
// per-channel section shows the channels the values hold (auto-fill makes
// them) and may be extended by hand.
//
// Instances are boxes kept in order: box i always shows instance i. When
// instances are added, duplicated or removed only boxes at the end come or
// go and the others show their (shifted) values again, so the box with the
// focus stays where the person is.
class SectionPanel final : public QWidget
{
    Q_OBJECT

public:
    SectionPanel(const SectionSpec &section, const FormContext *context, QWidget *parent);

    const SectionSpec &section() const { return m_section; }
    int instanceCount() const { return int(m_boxes.size()); }
    InstanceBox *instanceBox(int instance) const { return m_boxes.value(instance); }
    FieldEditor *editor(const FieldPath &path) const;
    const QList<InstanceBox *> &instanceBoxes() const { return m_boxes; }
    QList<QWidget *> tabStops() const;

    // How many instances the document has for this section in the form's scope.
    int wantedInstances() const;
    // Adds or drops boxes at the end until they match the document; true
    // when boxes came or went (the Tab order then needs mending).
    bool syncInstances();
    void refreshValues();
    void setCompleteness(const SectionCompleteness &completeness);

    void addInstance();
    void duplicateInstance(int instance);
    void removeInstance(int instance);

    static QKeySequence addShortcut();
    // At most this many instances are shown as boxes.
    static constexpr int MaxBoxes = 200;

signals:
    // Boxes were added: FormView puts their fields into the Tab order.
    void instancesChanged(metafill::gui::SectionPanel *panel);

private:
    void updateButtons();
    void focusInstance(int instance);

    const SectionSpec &m_section;
    const FormContext *m_context;
    QLabel *m_status = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_overflow = nullptr; // made when a record holds more instances than are shown
    QVBoxLayout *m_instances = nullptr;
    QList<InstanceBox *> m_boxes;
    QAction *m_add = nullptr;
    QPushButton *m_addButton = nullptr;
};

} // namespace metafill::gui
