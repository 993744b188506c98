#pragma once

#include "JournalFormat.h"

#include "record/Record.h"
#include "template/Template.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

class QLockFile;

namespace metafill::gui {

class DocumentSession;
class SessionJournal;

// A journal whose program is gone: what a person would lose without it.
struct RecoverableSession
{
    QString journalPath;
    JournalHeader header; // when, which template, which file, how many values and images

    QDateTime lastChange() const { return header.written.toLocalTime(); }
};

// A journal that cannot be read. It is renamed to "….damaged" and kept, so
// nothing is deleted that someone might still rescue by hand.
struct DamagedJournal
{
    QString journalPath; // where it is now (after renaming)
    QString reason;      // translated
};

// A journal read back, ready for DocumentSession::adopt.
struct RestoredSession
{
    std::shared_ptr<const Template> templ;
    Record record;
    QString recordFile;
    bool modified = true;
    // What did not come back as it was: another template file used, values
    // migrated to a newer template version or not carried over (translated).
    QStringList notes;
};

// Finds what crashed or killed sessions left behind and brings it back.
//
// At start: scan() lists the journals whose lock is stale (its owner is gone)
// and takes their locks, so a second Metafill started meanwhile neither
// offers nor restores them too. A journal whose owner runs is never touched.
// The locks are held until the journal is restored, discarded, or this
// object is destroyed (then the journal is offered again next time).
//
// Reading a journal (load) is blocking and may take a moment for thousands
// of images: call it on a worker thread; it touches nothing but its arguments.
class JournalRecovery
{
    Q_DECLARE_TR_FUNCTIONS(JournalRecovery)

public:
    explicit JournalRecovery(QString journalDir);
    ~JournalRecovery();
    JournalRecovery(const JournalRecovery &) = delete;
    JournalRecovery &operator=(const JournalRecovery &) = delete;

    // Lists recoverable and damaged journals (newest first). Reads only the
    // journals' first lines; cheap enough for the start of the program.
    void scan();
    const QList<RecoverableSession> &sessions() const { return m_sessions; }
    const QList<DamagedJournal> &damaged() const { return m_damaged; }
    bool isEmpty() const { return m_sessions.isEmpty() && m_damaged.isEmpty(); }

    struct LoadOutcome
    {
        std::optional<RestoredSession> session;
        QString error;        // translated, when there is no session
        bool damaged = false; // the journal itself is unreadable (not just its template missing)
    };

    // Reads a journal and the template it was written with: the template file
    // it names, else the template with its id in `templateSearchPath` (the
    // same version if there, else the newest). Values are bound to that
    // template; what migrated is in `notes`. Thread-safe.
    static LoadOutcome load(const RecoverableSession &entry, const QStringList &templateSearchPath);

    // Puts a loaded session into `session`, modified and with nothing to undo.
    // With a `journal`, the restored session continues the old journal file;
    // without, the old journal is removed (the caller journals elsewhere).
    void adopt(const RecoverableSession &entry, RestoredSession restored, DocumentSession &session, SessionJournal *journal);
    // Deletes the journal: the person does not want these changes.
    void discard(const RecoverableSession &entry);
    // Renames a journal that turned out unreadable when loading, and lists it as damaged.
    void setAside(const RecoverableSession &entry, const QString &reason);

private:
    std::unique_ptr<QLockFile> takeLock(const QString &journalPath);
    void reportDamaged(const QString &journalPath, const QString &reason, bool keepInPlace);
    void forget(QString journalPath);

    QString m_directory;
    QList<RecoverableSession> m_sessions;
    QList<DamagedJournal> m_damaged;
    std::map<QString, std::unique_ptr<QLockFile>> m_locks; // journal path -> its lock, held by us
};

} // namespace metafill::gui
