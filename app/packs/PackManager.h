#pragma once

#include "PackChanges.h"
#include "PackFetcher.h"
#include "PackIndex.h"
#include "TermIndex.h"
#include "packs/PackStore.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace metafill {

class PackSource;

// How far an add or update has come, for a progress bar.
struct PackProgress
{
    QString file; // the file being fetched; empty while the index is read or files are checked
    int fileNumber = 0;
    int fileCount = 0;
    qint64 bytesDone = 0; // over the whole pack
    qint64 bytesTotal = 0;
};

// What an add or update did.
struct PackUpdate
{
    PackSubscription pack;   // as stored now
    QString previousVersion; // empty for a new subscription
    bool changed = false;    // false: the source offers the version already in use
    PackChanges changes;
    QList<TermPackImport> termImports;
    QStringList termPacksRemoved;
    QStringList warnings;

    // What happened, one line per change, for the CLI and the settings dialog
    // alike: a first line naming the pack and its versions, then the changes
    // indented. Warnings are not included.
    QStringList describe() const;
};

struct PackRemoval
{
    PackSubscription pack;
    QStringList templates; // "id version" of every template no longer available
    QStringList termPacksRemoved;
    QStringList warnings;
};

// A subscription with what the store holds of it, for lists.
struct PackInfo
{
    PackSubscription subscription;
    std::optional<PackIndex> index; // of the active version
    QString problem;                // why that index cannot be read
    QStringList keptVersions;       // newest first
};

// Subscribes to template packs and keeps them current, for the CLI and the
// settings dialog alike. Every update is all or nothing: the new version is
// fetched into a temporary folder, every file's size and SHA-256 checked,
// every template loaded, and only then moved into the store in one rename
// and made active. Anything wrong (a tampered or cut-off file, a template
// that does not load, a template whose content changed under the same
// version) refuses the whole update with a message naming the file, and the
// version in use stays as it was. Versions are never changed once stored,
// and older ones are kept, so a record still finds the template version it
// was made with.
//
// Blocking: run it on a worker thread in the GUI. One PackManager serves one
// thread; several processes may share a store (a lock file serializes changes).
class PackManager
{
    Q_DECLARE_TR_FUNCTIONS(PackManager)

public:
    struct Options
    {
        QString storeRoot = PackStore::defaultRoot();
        // The user's term store the pack's term packs are imported into;
        // empty: they are kept in the pack store but not imported.
        QString termStore = TermIndex::defaultUserStorePath();
        PackFetchOptions fetch;
        // Where templates named in a pack template's 'extends' are found
        // (after the pack's own templates folder).
        QStringList templateSearchPath;
    };
    using ProgressCallback = std::function<void(const PackProgress &)>;

    // Why the last call failed, for exit codes and for what a dialog offers next.
    enum class Failure {
        None,
        Unreachable, // the source could not be read: offline, server down, folder gone
        Refused,     // the pack was read and is not acceptable: bad index, altered file, broken template
        Store,       // this computer's copy could not be read or written
        Cancelled,
        Usage, // what was asked makes no sense here: no such subscription, not a pack address
    };

    explicit PackManager(Options options);

    const PackStore &store() const { return m_store; }
    Failure lastFailure() const { return m_lastFailure; }

    Result<QList<PackInfo>> list() const;
    Result<PackUpdate> add(const QString &source, const std::atomic<bool> &cancel, const ProgressCallback &progress = {});
    Result<PackUpdate> update(const QString &id, const std::atomic<bool> &cancel, const ProgressCallback &progress = {});
    // Ends the subscription, deletes every kept version and the pack's term packs.
    Result<PackRemoval> remove(const QString &id);

    // The index of a stored version.
    Result<PackIndex> storedIndex(const QString &id, const QString &version) const;

private:
    template<typename T> Result<T> fail(Failure kind, const QString &message) const
    {
        m_lastFailure = kind;
        return Result<T>::failure(message);
    }
    Result<PackUpdate> install(const PackSource &source, const std::optional<PackSubscription> &current, const std::atomic<bool> &cancel,
                               const ProgressCallback &progress);
    // Copies every listed file into `folder`; on failure `why` says whether the
    // source was out of reach, answered with something refused, or this
    // computer could not store it.
    Status stage(const PackSource &source, const PackIndex &index, const QByteArray &indexBytes, const QString &folder,
                 PackFetcher &fetcher, const std::atomic<bool> &cancel, const ProgressCallback &progress, Failure &why) const;
    Status checkTemplates(const PackIndex &index, const QString &folder) const;
    Result<QList<TermPackImport>> importTermPacks(const QString &versionFolder, const PackIndex &index) const;
    QStringList removeTermPacks(const QStringList &ids) const;

    Options m_options;
    PackStore m_store;
    mutable Failure m_lastFailure = Failure::None;
};

} // namespace metafill
