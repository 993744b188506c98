#include "SessionJournal.h"

#include "DocumentSession.h"
#include "JournalFormat.h"

#include "record/RecordFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace metafill::gui {

namespace {

// After a failed write (disk full, folder gone) the journal tries again this
// much later, so the status bar does not flicker with the same message.
constexpr std::chrono::milliseconds RetryDelay{10'000};

QString newJournalName()
{
    // Sorts by start time; the process id and a random part keep two windows
    // started in the same second apart.
    return u"%1-%2-%3"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s))
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'))
        + QString::fromUtf16(JournalHeader::FileSuffix);
}

int countValues(const Record &record)
{
    qsizetype count = record.values.size();
    for (const ImageEntry &image : record.images)
        count += image.values.size();
    return int(std::min<qsizetype>(count, std::numeric_limits<int>::max()));
}

} // namespace

// The journal file and its lock. Used only by tasks on the writer thread
// (and by the destructor, after the last task finished), so it needs no mutex.
class JournalFile
{
    Q_DECLARE_TR_FUNCTIONS(SessionJournal)

public:
    explicit JournalFile(QString path) : m_path(std::move(path)) {}

    ~JournalFile()
    {
        // Unlocking removes the lock file: a journal left behind is now one
        // JournalRecovery offers at the next start.
        if (m_lock)
            m_lock->unlock();
    }

    Status write(const QByteArray &header, const QByteArray &record)
    {
        if (Status locked = ensureLocked(); !locked)
            return locked;
        QSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly))
            return Status::failure(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
        if (file.write(header) != header.size() || file.write(record) != record.size() || !file.commit())
            return Status::failure(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
        return Done{};
    }

    void remove()
    {
        QFile::remove(m_path);
    }

    // Takes over a journal a crashed session left, with the lock already held.
    void continueFrom(const QString &path, std::unique_ptr<QLockFile> lock)
    {
        if (path == m_path)
            return;
        // This session's own journal, if it wrote one, is superseded: the
        // next write puts the whole state into the continued file.
        remove();
        if (m_lock)
            m_lock->unlock();
        m_path = path;
        m_lock = std::move(lock);
    }

private:
    Status ensureLocked()
    {
        if (m_lock && m_lock->isLocked())
            return Done{};
        const QString dir = QFileInfo(m_path).absolutePath();
        if (!QDir().mkpath(dir))
            return Status::failure(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(dir)));
        m_lock = std::make_unique<QLockFile>(m_path + QString::fromUtf16(JournalHeader::LockSuffix));
        // Held for the whole session, which may last days: only a dead owner
        // makes it stale, never its age.
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            m_lock.reset();
            return Status::failure(tr("cannot lock %1 (is the folder writable?)").arg(QDir::toNativeSeparators(m_path)));
        }
        return Done{};
    }

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

SessionJournal::SessionJournal(DocumentSession *session, const QString &journalDir, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_directory(journalDir)
    , m_path(QDir(journalDir).absoluteFilePath(newJournalName()))
    , m_file(std::make_shared<JournalFile>(m_path))
    , m_writer(new QThreadPool(this))
    , m_quietTimer(new QTimer(this))
    , m_deadlineTimer(new QTimer(this))
{
    qRegisterMetaType<metafill::gui::SessionJournal::WriteReport>();
    // One thread: writes and removals reach the disk in the order they were asked for.
    m_writer->setMaxThreadCount(1);
    m_quietTimer->setSingleShot(true);
    m_quietTimer->setInterval(QuietDelay);
    m_deadlineTimer->setSingleShot(true);
    m_deadlineTimer->setInterval(MaxDelay);
    connect(m_quietTimer, &QTimer::timeout, this, &SessionJournal::writeNow);
    connect(m_deadlineTimer, &QTimer::timeout, this, &SessionJournal::writeNow);

    connect(session, &DocumentSession::changed, this, &SessionJournal::noteChange);
    connect(session, &DocumentSession::templateChanged, this, &SessionJournal::noteChange);
    connect(session, &DocumentSession::filePathChanged, this, &SessionJournal::noteChange);
    connect(session, &DocumentSession::modifiedChanged, this, &SessionJournal::noteModifiedChanged);
    takeSnapshot();
    if (m_latest.modified)
        noteChange();
}

SessionJournal::~SessionJournal()
{
    // A quit that bypassed the close prompt must not lose the last changes.
    if (m_pendingSince.isValid() && m_latest.modified)
        flush();
    m_writer->waitForDone();
    // m_file unlocks when the last reference goes, which is now: no task is left.
}

QString SessionJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/journal"_s;
}

bool SessionJournal::hasPendingChanges() const
{
    return m_pendingSince.isValid() || m_writing;
}

void SessionJournal::takeSnapshot()
{
    if (!m_session)
        return;
    m_latest.templ = m_session->sharedTemplate();
    m_latest.record = m_session->record();
    m_latest.templateTitle = m_latest.templ ? m_latest.templ->title.localized() : QString();
    m_latest.recordFile = m_session->filePath();
    m_latest.modified = m_session->isModified();
}

void SessionJournal::noteChange()
{
    takeSnapshot();
    if (!m_pendingSince.isValid()) {
        m_pendingSince.start();
        m_deadlineTimer->start(m_deadline);
    }
    m_quietTimer->start();
}

void SessionJournal::noteModifiedChanged(bool modified)
{
    if (modified) {
        noteChange();
        return;
    }
    // Saved, or undone back to what is saved: the file holds everything.
    takeSnapshot();
    m_quietTimer->stop();
    m_deadlineTimer->stop();
    m_pendingSince.invalidate();
    m_writeAgainWhenDone = false;
    enqueueRemoval();
}

void SessionJournal::writeNow()
{
    m_quietTimer->stop();
    m_deadlineTimer->stop();
    if (!m_pendingSince.isValid())
        return;
    if (m_writing) {
        // One write at a time; the one after it takes the newest state.
        m_writeAgainWhenDone = true;
        return;
    }
    const QElapsedTimer pendingSince = m_pendingSince;
    m_pendingSince.invalidate();
    if (!m_latest.modified || !m_latest.templ) {
        enqueueRemoval();
        return;
    }

    JournalHeader header;
    header.pid = QCoreApplication::applicationPid();
    header.host = QSysInfo::machineHostName();
    header.appVersion = QCoreApplication::applicationVersion();
    header.templatePath = m_latest.templ->filePath.isEmpty() ? QString() : QFileInfo(m_latest.templ->filePath).absoluteFilePath();
    header.templateId = m_latest.templ->id;
    header.templateVersion = m_latest.templ->version;
    header.templateSha256 = m_latest.templ->sha256;
    header.templateTitle = m_latest.templateTitle;
    header.recordFile = m_latest.recordFile;
    header.modified = m_latest.modified;

    m_writing = true;
    m_writer->start([this, file = m_file, snapshot = m_latest, header, pendingSince, path = m_path]() mutable {
        QElapsedTimer clock;
        clock.start();
        // Serialising 5,000 images takes a while; it happens here, on the
        // snapshot, while the person types on.
        const QByteArray record = RecordFile::serialize(snapshot.record, *snapshot.templ);
        WriteReport report;
        report.serializeMs = clock.restart();
        header.valueCount = countValues(snapshot.record);
        header.imageCount = int(snapshot.record.images.size());
        header.recordBytes = record.size();
        header.recordSha256 = QCryptographicHash::hash(record, QCryptographicHash::Sha256).toHex();
        header.written = QDateTime::currentDateTimeUtc();
        const QByteArray headerLine = header.toLine();
        const Status status = file->write(headerLine, record);
        report.writeMs = clock.elapsed();
        report.latencyMs = pendingSince.elapsed();
        report.path = path;
        report.when = header.written;
        report.bytes = headerLine.size() + record.size();
        const QString error = status ? QString() : status.error();
        // `this` outlives every task: the destructor waits for them.
        QMetaObject::invokeMethod(this, [this, report, error] { finishWrite(report, error); }, Qt::QueuedConnection);
    });
}

void SessionJournal::enqueueRemoval()
{
    m_writer->start([file = m_file] { file->remove(); });
}

void SessionJournal::finishWrite(const WriteReport &report, const QString &error)
{
    m_writing = false;
    m_lastError = error;
    if (error.isEmpty()) {
        m_lastWrite = report;
        // A change waits at most the deadline, then for a write in progress and
        // its own write: deadline + cost stays within the target.
        const std::chrono::milliseconds cost{report.serializeMs + report.writeMs};
        m_deadline = std::clamp(TargetLatency - cost, std::chrono::milliseconds(QuietDelay), std::chrono::milliseconds(MaxDelay));
        emit written(report);
    } else {
        emit writeFailed(tr("Unsaved changes could not be kept in the session journal: %1").arg(error));
        if (!m_pendingSince.isValid()) {
            m_pendingSince.start();
            m_deadlineTimer->start(RetryDelay);
        }
    }
    if (m_writeAgainWhenDone) {
        m_writeAgainWhenDone = false;
        writeNow();
    }
}

bool SessionJournal::flush()
{
    // Two rounds at most: a write that was running, then the newest state.
    // A failed write is not repeated here; the retry timer does that later.
    m_lastError.clear();
    for (int round = 0; round < 2 && hasPendingChanges() && m_lastError.isEmpty(); ++round) {
        writeNow();
        m_writer->waitForDone();
        // Deliver the finished write here, not later from the event loop.
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
    m_writer->waitForDone();
    return m_lastError.isEmpty() && !hasPendingChanges();
}

void SessionJournal::discard()
{
    m_quietTimer->stop();
    m_deadlineTimer->stop();
    m_pendingSince.invalidate();
    m_writeAgainWhenDone = false;
    enqueueRemoval();
    m_writer->waitForDone();
}

void SessionJournal::continueJournal(const QString &journalPath, std::unique_ptr<QLockFile> lock)
{
    m_path = QFileInfo(journalPath).absoluteFilePath();
    // QLockFile is not copyable; the task owns it until JournalFile takes it.
    auto shared = std::make_shared<std::unique_ptr<QLockFile>>(std::move(lock));
    m_writer->start([file = m_file, path = m_path, shared] { file->continueFrom(path, std::move(*shared)); });
}

} // namespace metafill::gui
