#include "JournalRecovery.h"

#include "DocumentSession.h"
#include "SessionJournal.h"

#include "record/RecordBinder.h"
#include "record/RecordFile.h"
#include "template/TemplateLoader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace metafill::gui {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// "study.title: renamed to 'name'" — the binder locates notes at
// "<record file>:<image>:<path>"; a journal has no record file of its own.
QString noteText(const Diagnostic &d)
{
    QString where = d.where.toString();
    while (where.startsWith(u':'))
        where.remove(0, 1);
    return where.isEmpty() ? d.message : where + u": "_s + d.message;
}

struct TemplateChoice
{
    std::optional<Template> templ;
    QStringList notes;
    QString error;
};

// The template the journal was written with: its file if it is still there
// and still that template, else one with the same id from the search path.
TemplateChoice findTemplate(const JournalHeader &header, const QStringList &searchPath)
{
    TemplateChoice choice;
    TemplateLoader loader(searchPath);
    QString whyNotTheFile;
    if (!header.templatePath.isEmpty() && QFileInfo::exists(header.templatePath)) {
        auto outcome = loader.load(header.templatePath);
        if (outcome.result && outcome.result->id == header.templateId) {
            choice.templ = std::move(outcome.result);
            return choice;
        }
        whyNotTheFile = outcome.result
            ? JournalRecovery::tr("%1 now holds the template '%2'").arg(native(header.templatePath), outcome.result->id)
            : JournalRecovery::tr("%1 cannot be loaded any more").arg(native(header.templatePath));
    } else {
        whyNotTheFile = JournalRecovery::tr("%1 is not there any more").arg(native(header.templatePath));
    }

    // The same version if the search path has it, else the newest one.
    auto outcome = loader.loadFor(TemplateRef{header.templateId, header.templateVersion, {}});
    if (!outcome.result || outcome.result->id != header.templateId) {
        choice.error = JournalRecovery::tr("The template '%1' (version %2) this work was done with cannot be found: %3, and no "
                                           "template folder has it. Add its folder in the settings, then restart Metafill.")
                           .arg(header.templateId, header.templateVersion, whyNotTheFile);
        return choice;
    }
    choice.notes.append(JournalRecovery::tr("The template file %1; '%2' version %3 from %4 was used instead.")
                            .arg(whyNotTheFile, outcome.result->id, outcome.result->version, native(outcome.result->filePath)));
    choice.templ = std::move(outcome.result);
    return choice;
}

} // namespace

JournalRecovery::JournalRecovery(QString journalDir) : m_directory(std::move(journalDir)) {}

// The locks release here: journals not restored or discarded are offered again next start.
JournalRecovery::~JournalRecovery() = default;

std::unique_ptr<QLockFile> JournalRecovery::takeLock(const QString &journalPath)
{
    auto lock = std::make_unique<QLockFile>(journalPath + QString::fromUtf16(JournalHeader::LockSuffix));
    // A lock held for days is not stale; only a dead owner makes it so
    // (QLockFile checks the process, and the kernel lock it holds).
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

void JournalRecovery::scan()
{
    m_sessions.clear();
    m_damaged.clear();
    const QDir dir(m_directory);
    const QFileInfoList files = dir.entryInfoList({u"*"_s + QString::fromUtf16(JournalHeader::FileSuffix)}, QDir::Files);
    for (const QFileInfo &info : files) {
        const QString path = info.absoluteFilePath();
        // Journals we hold already (a second scan) stay ours; others only when their owner is gone.
        if (!m_locks.contains(path)) {
            std::unique_ptr<QLockFile> lock = takeLock(path);
            if (!lock)
                continue; // a running Metafill writes it
            m_locks[path] = std::move(lock);
        }

        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            // Perhaps readable later (permissions fixed): leave it where it is.
            reportDamaged(path, tr("it cannot be read: %1").arg(file.errorString()), true);
            continue;
        }
        const QByteArray line = file.readLine(JournalHeader::MaxHeaderBytes);
        if (!line.endsWith('\n')) {
            reportDamaged(path, line.isEmpty() ? tr("it is empty") : tr("it has no journal header"), false);
            continue;
        }
        auto header = JournalHeader::fromLine(line);
        if (!header) {
            // A newer Metafill may read what this one cannot: keep that in place.
            const bool otherVersion = line.contains("\"metafill_journal\"");
            reportDamaged(path, header.error(), otherVersion);
            continue;
        }
        const qint64 expected = line.size() + header->recordBytes;
        if (file.size() != expected) {
            reportDamaged(path, tr("it is incomplete (%1 of %2 bytes)").arg(file.size()).arg(expected), false);
            continue;
        }
        m_sessions.append(RecoverableSession{path, *header});
    }
    std::sort(m_sessions.begin(), m_sessions.end(),
              [](const RecoverableSession &a, const RecoverableSession &b) { return a.header.written > b.header.written; });
}

JournalRecovery::LoadOutcome JournalRecovery::load(const RecoverableSession &entry, const QStringList &templateSearchPath)
{
    LoadOutcome outcome;
    auto damaged = [&outcome](const QString &reason) {
        outcome.error = reason;
        outcome.damaged = true;
        return outcome;
    };

    QFile file(entry.journalPath);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.error = tr("The journal %1 cannot be read: %2").arg(native(entry.journalPath), file.errorString());
        return outcome;
    }
    if (file.size() > JournalHeader::MaxHeaderBytes + RecordFile::MaxBytes)
        return damaged(tr("it is larger than any journal Metafill writes"));
    QByteArray data = file.readAll();
    const qsizetype headerEnd = data.indexOf('\n');
    if (headerEnd < 0)
        return damaged(tr("it has no journal header"));
    auto header = JournalHeader::fromLine(data.first(headerEnd));
    if (!header)
        return damaged(header.error());
    data.remove(0, headerEnd + 1);
    if (data.size() != header->recordBytes)
        return damaged(tr("it is incomplete (%1 of %2 bytes)").arg(data.size()).arg(header->recordBytes));
    if (QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex() != header->recordSha256)
        return damaged(tr("its content was altered after it was written (checksum mismatch)"));
    auto raw = RecordFile::parse(data);
    if (!raw)
        return damaged(raw.error());

    TemplateChoice choice = findTemplate(*header, templateSearchPath);
    if (!choice.templ) {
        outcome.error = choice.error;
        return outcome;
    }
    RecordBinder::Outcome bound = RecordBinder::bind(*raw, *choice.templ, QString());
    if (!bound.record) {
        outcome.error = tr("The journal cannot be restored with the template %1: %2")
                            .arg(native(choice.templ->filePath), bound.notes.toString());
        return outcome;
    }
    RestoredSession restored;
    restored.notes = choice.notes;
    for (const Diagnostic &d : bound.notes.items())
        restored.notes.append(noteText(d));
    restored.templ = std::make_shared<const Template>(std::move(*choice.templ));
    restored.record = std::move(*bound.record);
    restored.recordFile = header->recordFile;
    restored.modified = header->modified;
    outcome.session = std::move(restored);
    return outcome;
}

// `entry` may be an element of m_sessions, which forget() removes: each of
// these copies the path first.
void JournalRecovery::adopt(const RecoverableSession &entry, RestoredSession restored, DocumentSession &session, SessionJournal *journal)
{
    const QString path = entry.journalPath;
    auto node = m_locks.extract(path);
    std::unique_ptr<QLockFile> lock = node ? std::move(node.mapped()) : takeLock(path);
    if (journal && lock) {
        // First, so the restored state's first write replaces the old journal
        // in one atomic step: there is no moment without a journal.
        journal->continueJournal(path, std::move(lock));
    } else if (!journal) {
        QFile::remove(path);
    }
    session.adopt(std::move(restored.templ), std::move(restored.record), restored.recordFile, restored.modified);
    forget(path);
}

void JournalRecovery::discard(const RecoverableSession &entry)
{
    const QString path = entry.journalPath;
    QFile::remove(path);
    m_locks.erase(path);
    forget(path);
}

void JournalRecovery::setAside(const RecoverableSession &entry, const QString &reason)
{
    const QString path = entry.journalPath;
    forget(path);
    reportDamaged(path, reason, false);
}

void JournalRecovery::reportDamaged(const QString &journalPath, const QString &reason, bool keepInPlace)
{
    QString keptAs = journalPath;
    if (!keepInPlace) {
        const QString base = journalPath + QString::fromUtf16(JournalHeader::DamagedSuffix);
        keptAs = base;
        for (int n = 2; QFileInfo::exists(keptAs); ++n)
            keptAs = base + u'.' + QString::number(n);
        if (!QFile::rename(journalPath, keptAs))
            keptAs = journalPath;
    }
    m_locks.erase(journalPath);
    m_damaged.append(DamagedJournal{keptAs, reason});
}

void JournalRecovery::forget(QString journalPath)
{
    m_sessions.removeIf([&](const RecoverableSession &s) { return s.journalPath == journalPath; });
}

} // namespace metafill::gui
