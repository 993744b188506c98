#pragma once

#include "OntologyTerm.h"
#include "TermService.h"
#include "record/Value.h"
#include "template/FieldSpec.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace metafill::gui {

class TermHitPopup;
class TermLookup;

// A line edit with a type-ahead list of ontology terms.
//
// Typing searches after a short pause (TermLookup, off this thread); the list
// shows label, CURIE, ontology, the synonym that matched and the definition.
// Down/Up choose, Enter or a click picks, Tab picks the chosen hit and moves
// on, Escape closes the list (a second Escape restores the committed term).
// A pasted CURIE, IRI or "label (CURIE)" is looked up and committed at once.
// Enter (or leaving the field) with no hit chosen commits the typed text as
// an unresolved term when the field allows free text, marked so in the field;
// otherwise the field says why nothing was kept. The field's ontologies and
// branch roots restrict every search. While the terms come from the offline
// index (offline mode, or OLS unreachable) an indicator says so, with the
// reason as its tooltip.
class TermPicker : public QWidget
{
    Q_OBJECT

public:
    TermPicker(TermLookup *lookup, const OntologyRestriction &restriction, QWidget *parent = nullptr);
    ~TermPicker() override;

    void setTerm(const std::optional<Term> &term); // shows it without committing
    std::optional<Term> term() const;
    QLineEdit *lineEdit() const; // for focus/tab order and tests

    // What the picker shows, for tests and for the form's status bar.
    TermHitPopup *popup() const;        // null until the first search
    bool isPopupVisible() const;
    QString message() const;            // the inline message, empty when none
    bool isOfflineIndicatorShown() const;
    bool isMarkedUnresolved() const;

    // The pause after the last keystroke before a search (default 150 ms).
    void setSearchDelay(int milliseconds);

signals:
    void termCommitted(const metafill::Term &term); // a picked term, or free text (unresolved Term: label only)
    void cleared();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class MessageKind { Progress, Note, Problem };

    void onTextEdited(const QString &text);
    void startSearch();
    void onEarlyAnswer(int requestId, const TermAnswer &answer);
    void onAnswer(int requestId, const TermAnswer &answer);
    void onFailure(int requestId, const QString &message);
    void showHits(const TermAnswer &answer, bool final);
    void showSearching();
    void resolveId(const QString &id);
    void finishResolving(const TermAnswer &answer);
    bool handleKey(QKeyEvent *event);
    void commitHit(int row);
    void commitTypedText();
    void commit(const Term &term, const QString &note = {});
    void revert();
    void hidePopup();
    void popUp();
    void showMessage(const QString &text, MessageKind kind);
    void clearMessage();
    void updateMarks();
    void updateOfflineIndicator();
    void updateIcons();
    // Events anywhere in the application while the list is open.
    void watchApplication(QObject *watched, QEvent *event);
    TermQuery queryFor(const QString &text) const;
    QString freeTextHint() const;
    bool isEditing() const; // the text is not the committed term's

    QPointer<TermLookup> m_lookup;
    OntologyRestriction m_restriction;
    QLineEdit *m_edit = nullptr;
    QAction *m_unresolvedMark = nullptr;
    QToolButton *m_offlineIndicator = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_message = nullptr;
    QPointer<TermHitPopup> m_popup; // a child of the window, not of the picker
    QObject *m_applicationWatcher = nullptr; // filters the application's events while the list is open
    QTimer *m_searchTimer = nullptr;  // the pause after the last keystroke
    QTimer *m_searchingTimer = nullptr; // says "Searching…" when an answer is slow
    MessageKind m_messageKind = MessageKind::Note;

    std::optional<Term> m_term;
    QString m_committedText; // how m_term is shown
    QString m_previousText;  // before the last edit: tells a paste from typing
    int m_searchId = 0;      // the search in flight, 0: none
    QString m_searchedText;  // … and the text it is for
    int m_resolveId = 0;     // the id lookup in flight, 0: none
    QString m_resolvedText;  // … and the text it was asked for
    QString m_hitsText;      // the text the listed hits are for
};

} // namespace metafill::gui
