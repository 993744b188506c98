#pragma once

#include "record/Record.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <memory>

class QLockFile;
class QThreadPool;
class QTimer;

namespace metafill::gui {

class DocumentSession;
class JournalFile;

// Keeps everything a person typed on disk while they work, so a crash, a
// kill or a power cut loses at most the last two seconds.
//
// Every change of the session is written, as a whole, to one journal file
// of this session: the template (path, id, version, SHA-256), the record, the
// file it was saved to, the modified flag and the images. Writing waits for a
// short pause in typing, but never longer than MaxDelay after the first
// unsaved change, so continuous typing is journalled too. The record is
// snapshot on the UI thread (Record is implicitly shared: a snapshot costs a
// few reference counts) and serialised, hashed and written atomically
// (QSaveFile) on a thread of its own; writes and removals run in order there.
//
// The journal is guarded by a lock file held while the session lives, so
// JournalRecovery never offers the journal of a running window. When the
// document is saved (or undone back to its saved state) there is nothing to
// lose and the journal is removed; discard() removes it when the person
// decides to throw the changes away. When the object is destroyed with
// unsaved changes (a quit that bypassed the close prompt), they are written
// and kept for the next start.
class SessionJournal final : public QObject
{
    Q_OBJECT

public:
    // Quiet time after the last change before writing.
    static constexpr std::chrono::milliseconds QuietDelay{400};
    // Longest time a change waits while typing goes on; with the write itself
    // this keeps every change on disk within 2 s.
    static constexpr std::chrono::milliseconds MaxDelay{1200};
    // What the journal aims for from a change to the file committed. A large
    // record (thousands of images) takes a while to serialise, so the wait
    // shrinks by what the last write cost: MaxDelay at most, QuietDelay at least.
    static constexpr std::chrono::milliseconds TargetLatency{1800};

    // What one write cost, for the status bar and the benchmark.
    struct WriteReport
    {
        QString path;
        QDateTime when;
        qint64 bytes = 0;
        qint64 serializeMs = 0; // record to JSON, on the writer thread
        qint64 writeMs = 0;     // hash, write and commit (fsync) on the writer thread
        qint64 latencyMs = 0;   // first unsaved change to file committed
    };

    // `journalDir` is created when the first change is written.
    SessionJournal(DocumentSession *session, const QString &journalDir, QObject *parent = nullptr);
    ~SessionJournal() override;

    // <AppLocalDataLocation>/journal, the folder JournalRecovery looks in at start.
    static QString defaultDirectory();

    QString journalDirectory() const { return m_directory; }
    // The journal file this session writes (it exists while there are unsaved changes).
    QString journalPath() const { return m_path; }
    bool hasPendingChanges() const;
    const WriteReport &lastWrite() const { return m_lastWrite; }

    // Writes what is pending now and waits for the disk (before a risky step,
    // at exit). Returns false when the journal cannot be written.
    bool flush();
    // The person chose to throw the changes away: the journal is removed
    // (later changes start a new one).
    void discard();

    // Continues a journal left behind by a crash instead of starting a new
    // file: the restored session keeps writing where the old one left off,
    // so the old journal stays valid until the first write replaces it.
    // `lock` is held already (JournalRecovery took it).
    void continueJournal(const QString &journalPath, std::unique_ptr<QLockFile> lock);

signals:
    void written(const metafill::gui::SessionJournal::WriteReport &report);
    // The journal could not be written (translated; for the status bar).
    // Typing goes on; the next change tries again.
    void writeFailed(const QString &message);

private:
    // What the next write puts on disk, taken at every change: a Record copy
    // is a few reference counts, and holding it lets the destructor write the
    // last changes even when the session is already gone.
    struct Snapshot
    {
        std::shared_ptr<const Template> templ;
        Record record;
        QString templateTitle;
        QString recordFile;
        bool modified = false;
    };

    void takeSnapshot();
    void noteChange();
    void noteModifiedChanged(bool modified);
    void writeNow();
    void enqueueRemoval();
    void finishWrite(const WriteReport &report, const QString &error);

    QPointer<DocumentSession> m_session;
    QString m_directory;
    QString m_path;
    Snapshot m_latest;
    QString m_lastError;
    // Touched only by tasks on m_writer (one thread: tasks run in order).
    std::shared_ptr<JournalFile> m_file;
    QThreadPool *m_writer;
    QTimer *m_quietTimer;
    QTimer *m_deadlineTimer;
    QElapsedTimer m_pendingSince; // valid while a change waits to be written
    std::chrono::milliseconds m_deadline = MaxDelay; // adapted to the cost of the last write
    bool m_writing = false;
    bool m_writeAgainWhenDone = false;
    WriteReport m_lastWrite;
};

} // namespace metafill::gui

Q_DECLARE_METATYPE(metafill::gui::SessionJournal::WriteReport)
