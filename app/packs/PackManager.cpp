#include "PackManager.h"

#include "PackSource.h"
#include "PackVerifier.h"
#include "template/TemplateLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QVersionNumber>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

constexpr int LockWaitMilliseconds = 10'000;
const QString IncomingPrefix = u".incoming-"_s;

PackManager::Failure failureOf(FetchFailure kind)
{
    switch (kind) {
    case FetchFailure::Refused:
        return PackManager::Failure::Refused;
    case FetchFailure::LocalWrite:
        return PackManager::Failure::Store;
    case FetchFailure::Cancelled:
        return PackManager::Failure::Cancelled;
    case FetchFailure::None:
    case FetchFailure::Unreachable:
        break;
    }
    return PackManager::Failure::Unreachable;
}

// Changes to the store are serialized across processes: the settings dialog
// and a `metafill-cli pack update` in a terminal may run at the same time.
Result<std::unique_ptr<QLockFile>> lockStore(const QString &root)
{
    using R = Result<std::unique_ptr<QLockFile>>;
    if (root.isEmpty())
        return R::failure(PackManager::tr("This system names no folder for application data, so template packs cannot be stored."));
    if (!QDir().mkpath(root))
        return R::failure(PackManager::tr("cannot create the folder %1 for template packs").arg(QDir::toNativeSeparators(root)));
    auto lock = std::make_unique<QLockFile>(QDir(root).filePath(u".lock"_s));
    // Never stale by age (a large download takes long); a lock whose process is gone is taken over.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(LockWaitMilliseconds))
        return R::failure(PackManager::tr("Another Metafill is changing the template packs right now; try again when it is done."));
    return R{std::move(lock)};
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString versionOrder(const QString &a, const QString &b)
{
    const int order = QVersionNumber::compare(QVersionNumber::fromString(a), QVersionNumber::fromString(b));
    return order < 0 ? u"<"_s : order > 0 ? u">"_s : u"="_s;
}

} // namespace

QStringList PackUpdate::describe() const
{
    QStringList lines;
    if (previousVersion.isEmpty()) {
        lines.append(QCoreApplication::translate("PackUpdate", "Subscribed to %1 %2: %3 (%4), from %5")
                         .arg(pack.id, pack.activeVersion, pack.title, pack.publisher, pack.source));
    } else if (!changed) {
        lines.append(QCoreApplication::translate("PackUpdate", "%1 %2: up to date").arg(pack.id, pack.activeVersion));
    } else {
        lines.append(QCoreApplication::translate("PackUpdate", "%1: %2 → %3").arg(pack.id, previousVersion, pack.activeVersion));
    }
    lines.append(changes.describe(u"  "_s));
    for (const TermPackImport &import : termImports) {
        lines.append(u"  "_s +
                     QCoreApplication::translate("PackUpdate", "term store: %1 (%2), %n term(s)", nullptr, import.pack.terms)
                         .arg(import.pack.id, import.pack.title) +
                     u"; "_s +
                     QCoreApplication::translate("PackUpdate", "%1 added, %2 updated, %3 removed")
                         .arg(import.added)
                         .arg(import.updated)
                         .arg(import.removed));
    }
    for (const QString &id : termPacksRemoved)
        lines.append(u"  "_s + QCoreApplication::translate("PackUpdate", "term store: %1 removed").arg(id));
    return lines;
}

PackManager::PackManager(Options options) : m_options(std::move(options)), m_store(m_options.storeRoot)
{}

Result<PackIndex> PackManager::storedIndex(const QString &id, const QString &version) const
{
    if (!PackStore::isValidId(id) || !PackStore::isValidVersion(version))
        return Result<PackIndex>::failure(tr("'%1' '%2' is not a pack id and version").arg(id, version));
    const QString path = PackStore::indexPath(m_store.versionFolder(id, version));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<PackIndex>::failure(
            tr("The kept copy of %1 %2 is missing (%3); update the pack to fetch it again.").arg(id, version, native(path)));
    return PackIndex::parse(file.read(PackIndex::MaxIndexBytes + 1), native(path));
}

Result<QList<PackInfo>> PackManager::list() const
{
    const auto subscriptions = m_store.subscriptions();
    if (!subscriptions)
        return Result<QList<PackInfo>>::failure(subscriptions.error());
    QList<PackInfo> infos;
    for (const PackSubscription &s : *subscriptions) {
        PackInfo info;
        info.subscription = s;
        info.keptVersions = m_store.keptVersions(s.id);
        auto index = storedIndex(s.id, s.activeVersion);
        if (index)
            info.index = std::move(index).value();
        else
            info.problem = index.error();
        infos.append(std::move(info));
    }
    return infos;
}

Result<PackUpdate> PackManager::add(const QString &sourceText, const std::atomic<bool> &cancel, const ProgressCallback &progress)
{
    m_lastFailure = Failure::None;
    const auto source = PackSource::parse(sourceText);
    if (!source)
        return fail<PackUpdate>(Failure::Usage, source.error());
    return install(*source, std::nullopt, cancel, progress);
}

Result<PackUpdate> PackManager::update(const QString &id, const std::atomic<bool> &cancel, const ProgressCallback &progress)
{
    m_lastFailure = Failure::None;
    const auto subscriptions = m_store.subscriptions();
    if (!subscriptions)
        return fail<PackUpdate>(Failure::Store, subscriptions.error());
    const auto found = std::find_if(subscriptions->cbegin(), subscriptions->cend(), [&](const PackSubscription &s) { return s.id == id; });
    if (found == subscriptions->cend())
        return fail<PackUpdate>(Failure::Usage,
                                tr("No template pack '%1' is subscribed; 'metafill-cli pack list' shows those that are.").arg(id));
    const auto source = PackSource::parse(found->source);
    if (!source)
        return fail<PackUpdate>(Failure::Unreachable, tr("%1: %2").arg(id, source.error()));
    return install(*source, *found, cancel, progress);
}

Result<PackUpdate> PackManager::install(const PackSource &source, const std::optional<PackSubscription> &current,
                                        const std::atomic<bool> &cancel, const ProgressCallback &progress)
{
    // Every refusal of an update ends by saying that nothing changed.
    const auto refuse = [&](Failure kind, const QString &why) {
        if (!current || kind == Failure::Cancelled)
            return fail<PackUpdate>(kind, why);
        return fail<PackUpdate>(kind, why + u' ' + tr("Nothing was changed: %1 %2 stays in use.").arg(current->id, current->activeVersion));
    };

    auto lock = lockStore(m_store.root());
    if (!lock)
        return fail<PackUpdate>(Failure::Store, lock.error());
    auto loaded = m_store.subscriptions();
    if (!loaded)
        return fail<PackUpdate>(Failure::Store, loaded.error());
    QList<PackSubscription> subscriptions = std::move(loaded).value();

    if (progress)
        progress(PackProgress{});
    PackFetcher fetcher(m_options.fetch);
    FetchFailure indexFailure = FetchFailure::None;
    const auto indexBytes = source.readIndex(fetcher, cancel, indexFailure);
    if (!indexBytes)
        return refuse(cancel.load() ? Failure::Cancelled : failureOf(indexFailure), indexBytes.error());
    const auto parsed = PackIndex::parse(*indexBytes, source.describe(QString::fromUtf16(PackStore::IndexFileName)));
    if (!parsed)
        return refuse(Failure::Refused, parsed.error());
    const PackIndex &index = *parsed;

    std::optional<PackIndex> active;
    QString activeFolder;
    if (current) {
        if (index.id != current->id)
            return refuse(Failure::Refused, tr("%1 now holds the pack '%2', not '%3'.").arg(source.text(), index.id, current->id));
        activeFolder = m_store.versionFolder(current->id, current->activeVersion);
        if (auto stored = storedIndex(current->id, current->activeVersion))
            active = std::move(stored).value();
        if (versionOrder(index.version, current->activeVersion) == u"<") {
            return refuse(Failure::Refused,
                          tr("%1 offers version %2, older than the %3 in use; Metafill does not go back on its own. To use %2, "
                             "remove the pack and add it again.")
                              .arg(source.text(), index.version, current->activeVersion));
        }
    } else if (std::any_of(subscriptions.cbegin(), subscriptions.cend(), [&](const PackSubscription &s) { return s.id == index.id; })) {
        return fail<PackUpdate>(
            Failure::Refused,
            tr("The pack %1 is subscribed already; 'metafill-cli pack update %1' fetches its newest version.").arg(index.id));
    }

    PackUpdate result;
    const QString packFolder = m_store.packFolder(index.id);
    const QString target = m_store.versionFolder(index.id, index.version);
    if (!QDir().mkpath(packFolder))
        return refuse(Failure::Store, tr("cannot create the folder %1").arg(native(packFolder)));
    // Under the lock nobody else is installing: what is left in an incoming folder is from a crash.
    for (const QString &stale : QDir(packFolder).entryList({IncomingPrefix + u'*'}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        QDir(QDir(packFolder).filePath(stale)).removeRecursively();

    // A version kept here already (the one in use, or one offered again) is
    // taken only with the very same files; if its copy was damaged on this
    // computer, it is fetched again.
    bool keptIntact = false;
    bool repair = false;
    if (QFileInfo::exists(target)) {
        const auto kept = storedIndex(index.id, index.version);
        if (kept && !kept->sameContentAs(index)) {
            return refuse(Failure::Refused,
                          tr("%1 offers version %2 with other files than the %2 kept here; its publisher must give changed "
                             "files a new version number.")
                              .arg(source.text(), index.version));
        }
        const Status intact = kept ? PackVerifier::verify(target, index, cancel) : Status::failure(kept.error());
        if (cancel.load())
            return refuse(Failure::Cancelled, tr("Cancelled."));
        keptIntact = intact.ok();
        repair = !keptIntact;
        if (repair)
            result.warnings.append(
                tr("The copy of %1 %2 kept here was damaged (%3); it was fetched again.").arg(index.id, index.version, intact.error()));
    }
    if (current && keptIntact && index.version == current->activeVersion) {
        // Up to date; that it was checked is worth remembering.
        result.pack = *current;
        result.pack.updated = QDateTime::currentDateTimeUtc();
        result.previousVersion = current->activeVersion;
        for (PackSubscription &s : subscriptions) {
            if (s.id == current->id)
                s = result.pack;
        }
        if (const Status saved = m_store.saveSubscriptions(subscriptions); !saved)
            result.warnings.append(saved.error());
        return result;
    }

    // The new version, complete and verified, in a folder of its own.
    QString newFolder = target;
    std::unique_ptr<QTemporaryDir> staging;
    if (!keptIntact) {
        staging = std::make_unique<QTemporaryDir>(QDir(packFolder).filePath(IncomingPrefix + u"XXXXXX"_s));
        if (!staging->isValid())
            return refuse(Failure::Store, tr("cannot create a temporary folder in %1: %2").arg(native(packFolder), staging->errorString()));
        Failure why = Failure::None;
        if (const Status staged = stage(source, index, *indexBytes, staging->path(), fetcher, cancel, progress, why); !staged)
            return refuse(cancel.load() ? Failure::Cancelled : why, staged.error());
        if (const Status intact = PackVerifier::verify(staging->path(), index, cancel); !intact)
            return refuse(cancel.load() ? Failure::Cancelled : Failure::Refused, intact.error());
        newFolder = staging->path();
    }
    if (const Status loads = checkTemplates(index, newFolder); !loads)
        return refuse(Failure::Refused, loads.error());

    result.changed = !current || index.version != current->activeVersion;
    result.changes = PackChanges::between(active ? &*active : nullptr, activeFolder, index, newFolder);
    // Records name their template by id and version; new content under an old
    // version would change what those records are read with, unannounced.
    if (const QList<PackTemplateChange> rewritten = result.changes.rewritten(); !rewritten.isEmpty()) {
        QStringList names;
        for (const PackTemplateChange &c : rewritten)
            names.append(u"%1 %2 (%3)"_s.arg(c.id, c.newVersion, c.file));
        return refuse(Failure::Refused,
                      tr("The content of %1 changed, but its version did not; records made with the old content would be read "
                         "with the new one. The pack's publisher must raise the template's version.")
                          .arg(names.join(u", "_s)));
    }
    bool createdTarget = false;
    if (staging) {
        if (repair)
            QDir(target).removeRecursively();
        if (!QDir().rename(staging->path(), target))
            return refuse(Failure::Store, tr("cannot move the new version into %1").arg(native(target)));
        staging->setAutoRemove(false);
        // A repaired copy is the version in use or a kept one: never taken away again.
        createdTarget = !repair;
    }
    const auto undoTarget = [&] {
        if (createdTarget)
            QDir(target).removeRecursively();
    };

    // Term packs of the new version in; on failure, those of the version in use back.
    const auto imported = importTermPacks(target, index);
    if (!imported) {
        if (active)
            (void)importTermPacks(activeFolder, *active);
        undoTarget();
        return refuse(Failure::Refused, imported.error());
    }
    result.termImports = *imported;
    QStringList termPacks;
    for (const TermPackImport &i : *imported)
        termPacks.append(i.pack.id);

    PackSubscription subscription = current.value_or(PackSubscription{});
    subscription.id = index.id;
    subscription.source = source.text();
    subscription.activeVersion = index.version;
    subscription.title = index.title.localized();
    subscription.publisher = index.publisher;
    subscription.updated = QDateTime::currentDateTimeUtc();
    const QStringList previousTermPacks = subscription.termPacks;
    subscription.termPacks = termPacks;
    bool replaced = false;
    for (PackSubscription &s : subscriptions) {
        if (s.id == subscription.id) {
            s = subscription;
            replaced = true;
        }
        // Two packs importing one term pack id overwrite each other's terms.
        else {
            for (const QString &termPack : termPacks) {
                if (s.termPacks.contains(termPack))
                    result.warnings.append(
                        tr("The term pack '%1' also comes with the pack %2; the one imported last is used.").arg(termPack, s.id));
            }
        }
    }
    if (!replaced)
        subscriptions.append(subscription);
    if (const Status saved = m_store.saveSubscriptions(subscriptions); !saved) {
        if (active)
            (void)importTermPacks(activeFolder, *active);
        undoTarget();
        return refuse(Failure::Store, saved.error());
    }

    QStringList gone;
    for (const QString &id : previousTermPacks) {
        if (!termPacks.contains(id))
            gone.append(id);
    }
    result.warnings.append(removeTermPacks(gone));
    result.termPacksRemoved = gone;
    result.pack = subscription;
    if (current)
        result.previousVersion = current->activeVersion;
    return result;
}

Status PackManager::stage(const PackSource &source, const PackIndex &index, const QByteArray &indexBytes, const QString &folder,
                          PackFetcher &fetcher, const std::atomic<bool> &cancel, const ProgressCallback &progress, Failure &why) const
{
    why = Failure::Store; // until a file is fetched, only this computer can fail
    const QDir dir(folder);
    if (!dir.mkpath(QString::fromUtf16(PackStore::TemplatesFolderName)) || !dir.mkpath(QString::fromUtf16(PackStore::TermsFolderName)))
        return Status::failure(tr("cannot create folders in %1").arg(native(folder)));
    PackProgress state;
    state.fileCount = int(index.files.size());
    state.bytesTotal = index.totalBytes();
    qint64 finished = 0;
    for (const PackFile &listed : index.files) {
        ++state.fileNumber;
        state.file = listed.path;
        state.bytesDone = finished;
        if (progress)
            progress(state);
        QFile out(dir.filePath(listed.path));
        if (!out.open(QIODevice::WriteOnly))
            return Status::failure(tr("cannot write %1: %2").arg(native(out.fileName()), out.errorString()));
        const auto onBytes = [&](qint64 received) {
            state.bytesDone = finished + received;
            if (progress)
                progress(state);
        };
        FetchFailure fetchFailure = FetchFailure::None;
        if (const Status copied = source.copyFile(listed.path, out, listed.size, fetcher, cancel, onBytes, fetchFailure); !copied) {
            why = failureOf(fetchFailure);
            return copied;
        }
        if (!out.flush())
            return Status::failure(tr("cannot write %1: %2").arg(native(out.fileName()), out.errorString()));
        out.close();
        finished += listed.size;
    }
    state.file.clear();
    state.bytesDone = finished;
    if (progress)
        progress(state);
    // The index as published, so that the kept copy can be compared and checked again later.
    QSaveFile indexFile(PackStore::indexPath(folder));
    if (!indexFile.open(QIODevice::WriteOnly) || indexFile.write(indexBytes) != indexBytes.size() || !indexFile.commit())
        return Status::failure(tr("cannot write %1: %2").arg(native(indexFile.fileName()), indexFile.errorString()));
    return Done{};
}

Status PackManager::checkTemplates(const PackIndex &index, const QString &folder) const
{
    // Bases are looked up beside each template first (the pack's own), then on the search path.
    TemplateLoader loader(m_options.templateSearchPath);
    for (const PackFile &listed : index.filesOfKind(PackFile::Kind::Template)) {
        const TemplateLoader::Outcome outcome = loader.load(QDir(folder).filePath(listed.path));
        if (!outcome.result) {
            QStringList errors;
            for (const Diagnostic &d : outcome.diagnostics.items()) {
                if (d.isError() && errors.size() < 3)
                    errors.append(d.message);
            }
            return Status::failure(tr("%1: the template cannot be used here: %2").arg(listed.path, errors.join(u"; "_s)));
        }
        if (outcome.result->id != listed.templateId || outcome.result->version != listed.templateVersion) {
            return Status::failure(
                tr("%1 is the template %2 %3, but the pack's index says %4 %5.")
                    .arg(listed.path, outcome.result->id, outcome.result->version, listed.templateId, listed.templateVersion));
        }
    }
    return Done{};
}

Result<QList<TermPackImport>> PackManager::importTermPacks(const QString &versionFolder, const PackIndex &index) const
{
    using R = Result<QList<TermPackImport>>;
    QList<TermPackImport> imports;
    const QList<PackFile> files = index.filesOfKind(PackFile::Kind::Terms);
    if (files.isEmpty() || m_options.termStore.isEmpty())
        return imports;
    TermIndex terms;
    if (const Status opened = terms.open(QString(), m_options.termStore); !opened)
        return R::failure(opened.error());
    for (const PackFile &listed : files) {
        auto imported = terms.importPack(QDir(versionFolder).filePath(listed.path));
        if (!imported) {
            // All or nothing here too: the term packs of this version that went in go out again
            // (the caller puts back those of the version in use).
            for (const TermPackImport &done : std::as_const(imports))
                (void)terms.removePack(done.pack.id);
            return R::failure(tr("%1: the term pack cannot be imported: %2").arg(listed.path, imported.error()));
        }
        imports.append(std::move(imported).value());
    }
    return imports;
}

QStringList PackManager::removeTermPacks(const QStringList &ids) const
{
    QStringList warnings;
    if (ids.isEmpty() || m_options.termStore.isEmpty())
        return warnings;
    TermIndex terms;
    if (const Status opened = terms.open(QString(), m_options.termStore); !opened)
        return {opened.error()};
    for (const QString &id : ids) {
        if (const Status removed = terms.removePack(id); !removed)
            warnings.append(removed.error());
    }
    return warnings;
}

Result<PackRemoval> PackManager::remove(const QString &id)
{
    m_lastFailure = Failure::None;
    auto lock = lockStore(m_store.root());
    if (!lock)
        return fail<PackRemoval>(Failure::Store, lock.error());
    auto loaded = m_store.subscriptions();
    if (!loaded)
        return fail<PackRemoval>(Failure::Store, loaded.error());
    QList<PackSubscription> subscriptions = std::move(loaded).value();
    const auto found = std::find_if(subscriptions.begin(), subscriptions.end(), [&](const PackSubscription &s) { return s.id == id; });
    if (found == subscriptions.end())
        return fail<PackRemoval>(Failure::Usage,
                                 tr("No template pack '%1' is subscribed; 'metafill-cli pack list' shows those that are.").arg(id));
    PackRemoval removal;
    removal.pack = *found;
    for (const QString &version : m_store.keptVersions(id)) {
        if (const auto index = storedIndex(id, version)) {
            for (const PackFile &f : index->filesOfKind(PackFile::Kind::Template)) {
                const QString name = f.templateId + u' ' + f.templateVersion;
                if (!removal.templates.contains(name))
                    removal.templates.append(name);
            }
        }
    }
    subscriptions.erase(found);
    // The list first: if deleting the files fails half-way, the pack is out of use anyway.
    if (const Status saved = m_store.saveSubscriptions(subscriptions); !saved)
        return fail<PackRemoval>(Failure::Store, saved.error());
    if (!QDir(m_store.packFolder(id)).removeRecursively())
        removal.warnings.append(tr("Some files of the pack could not be deleted from %1.").arg(native(m_store.packFolder(id))));
    removal.warnings.append(removeTermPacks(removal.pack.termPacks));
    removal.termPacksRemoved = removal.pack.termPacks;
    return removal;
}

} // namespace metafill
