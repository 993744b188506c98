#pragma once

#include "DocumentSession.h"

#include <QUndoCommand>

namespace metafill::gui {

// One undo step: the record before and after a change. Snapshots share their
// data with the live record (implicit sharing), so keeping many is cheap.
class RecordSnapshotCommand final : public QUndoCommand
{
public:
    // Consecutive edits with the same non-negative merge id become one step
    // (typing into one field); -1 never merges.
    RecordSnapshotCommand(DocumentSession &session, const QString &text, DocumentState before, DocumentState after, RecordChange hint,
                          int mergeId);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    DocumentSession &m_session;
    DocumentState m_before;
    DocumentState m_after;
    RecordChange m_hint;
    int m_mergeId;
    bool m_firstRedo = true; // the change is already in place when the command is pushed
};

} // namespace metafill::gui
