#pragma once

#include "OntologyTerm.h"

#include <QFrame>

class QLabel;
class QListView;

namespace metafill::gui {

class TermHitModel;

// The type-ahead list under a term field, with a status line (where the
// hits come from, searching, nothing found).
//
// It is a child of the field's window laid over the other widgets, not a
// window of its own: it never takes the keyboard focus, so typing goes on in
// the field while the list is open (the field drives it with Up, Down, Enter
// and Escape), and it behaves the same on X11, Wayland, Windows and macOS.
class TermHitPopup final : public QFrame
{
    Q_OBJECT

public:
    static constexpr int MaxVisibleRows = 8;

    explicit TermHitPopup(QWidget *window);

    TermHitModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }

    // Replaces the hits; the chosen hit stays chosen when it is among the new ones.
    void setHits(const QList<OntologyTerm> &hits);
    void setStatus(const QString &text, const QString &toolTip = {});

    // -1: no hit chosen (Enter then takes the typed text).
    int currentRow() const;
    void setCurrentRow(int row);
    // Down (+1) and Up (-1); Up from the first hit goes back to none.
    void moveCurrent(int steps);
    void movePage(int direction);

    // Shows it under `anchor` (above it when there is more room there), at
    // least as wide as the anchor, within the anchor's window.
    void popUpAt(QWidget *anchor);

signals:
    void hitClicked(int row);

private:
    int rowsPerPage() const;

    TermHitModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace metafill::gui
