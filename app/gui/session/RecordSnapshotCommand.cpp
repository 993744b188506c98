#include "RecordSnapshotCommand.h"

namespace metafill::gui {

RecordSnapshotCommand::RecordSnapshotCommand(DocumentSession &session, const QString &text, DocumentState before, DocumentState after,
                                             RecordChange hint, int mergeId)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_hint(std::move(hint))
    , m_mergeId(mergeId)
{
}

void RecordSnapshotCommand::undo()
{
    m_session.restoreSnapshot(m_before, m_hint);
}

void RecordSnapshotCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    m_session.restoreSnapshot(m_after, m_hint);
}

bool RecordSnapshotCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const RecordSnapshotCommand *>(other);
    if (m_mergeId < 0 || next->m_mergeId != m_mergeId || next->m_hint.kind != RecordChange::Kind::Value
        || m_hint.kind != RecordChange::Kind::Value || next->m_hint.path != m_hint.path || next->m_hint.image != m_hint.image)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace metafill::gui
