#pragma once

#include "FormContext.h"
#include "record/FieldPath.h"

#include <QHash>
#include <QList>
#include <QTreeWidget> // outline() is placed by callers, which need it complete
#include <QWidget>

class QLabel;
class QScrollArea;
class QSplitter;
class QTimer;
class QVBoxLayout;

namespace metafill::gui {

class CompletenessMeter;
class DocumentSession;
class FieldEditor;
class SectionOutline;
class SectionPanel;
class TermLookup;
struct RecordChange;

// The form generated from the session's template, for one scope: the
// sections as an outline and as titled groups in one scrolling form, with an
// editor for every field, marks for what is required and where values came
// from, and how complete the record is (per section and overall).
//
// Keyboard: Tab follows the form top to bottom; Ctrl+Page Down / Ctrl+Page Up
// (or Ctrl+Down / Ctrl+Up) jump to the next / previous section; F1 shows the
// help of the field with the focus; in a repeatable section Ctrl+Shift+N adds
// an instance, Ctrl+Shift+D duplicates and Ctrl+Shift+Delete removes the one
// with the focus.
//
// The form follows the session: a change made elsewhere (undo, auto-fill,
// the grid) updates only the editors it touches, and never moves the cursor
// of the field being typed in.
class FormView final : public QWidget
{
    Q_OBJECT

public:
    FormView(DocumentSession *session, TermLookup *lookup, QWidget *parent = nullptr);
    ~FormView() override;

    // -1: the values all images share. i: image i's values — its own where it
    // has them, else the shared ones (marked "shared"); typing gives the image
    // its own value.
    void setScope(int image);
    int scope() const { return m_context.scope; }

    void focusField(const FieldPath &path);
    // The section outline; the main window may move it into a dock.
    QTreeWidget *outline() const;
    CompletenessMeter *completenessMeter() const { return m_meter; }

    FieldEditor *editor(const FieldPath &path) const;
    SectionPanel *sectionPanel(const QString &sectionKey) const { return m_panelByKey.value(sectionKey); }
    const QList<SectionPanel *> &sectionPanels() const { return m_panels; }
    QScrollArea *scrollArea() const { return m_scroll; }

    // Scrolls to a section; with `enter` the focus goes to its first field.
    void showSection(const QString &sectionKey, bool enter);
    void nextSection();
    void previousSection();
    // Counts completeness now instead of after the short pause it waits for while someone types.
    void updateCompleteness();

    static QList<QKeySequence> nextSectionShortcuts();
    static QList<QKeySequence> previousSectionShortcuts();

signals:
    void fieldFocused(const metafill::FieldPath &path);
    void helpRequested(const metafill::FieldPath &path); // F1 on a field
    void scopeChanged(int image);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void refreshAll();
    void onChanged(const RecordChange &change);
    void onFocusChanged(QWidget *old, QWidget *now);
    void mendTabOrder(SectionPanel *panel);
    void scheduleCompleteness();
    void updateScopeBanner();
    void stepSection(int by);
    SectionPanel *currentPanel() const;
    static QString legendText();
    FieldEditor *editorWithFocus() const;

    FormContext m_context;
    SectionOutline *m_outline = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_legend = nullptr;
    CompletenessMeter *m_meter = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_panelsLayout = nullptr;
    QTimer *m_completenessDelay = nullptr;
    QList<SectionPanel *> m_panels;
    QHash<QString, SectionPanel *> m_panelByKey;
    FieldPath m_focusedPath;
    bool m_rebuildPending = false;
};

} // namespace metafill::gui
