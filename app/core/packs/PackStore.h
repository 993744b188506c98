#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace metafill {

// A template pack Metafill follows: where it comes from, and which of the
// versions kept on this computer is in use.
struct PackSubscription
{
    QString id;
    QString source;        // the https address or folder given to `pack add`
    QString activeVersion; // names a folder <store>/<id>/<version>
    QString title;         // of the active version, for lists shown offline
    QString publisher;
    QDateTime updated;     // when the active version was installed or last found current (UTC)
    QStringList termPacks; // ids of the term packs imported from the active version
};

// The local copy of template packs. Its layout is plain folders, so that the
// template loader (core, no network) can put packs on the search path:
//
//   <store>/subscriptions.json            which packs, from where, which version is active
//   <store>/<id>/<version>/metafill-pack.json
//   <store>/<id>/<version>/templates/*.yaml
//   <store>/<id>/<version>/terms/*.obo|*.json
//
// A version folder appears complete and verified (it is moved into place in
// one rename) and is never changed afterwards: records name a template by id
// and version, so the files behind a version must stay what they were.
// Everything here is read as untrusted: ids and versions become folder names
// only after they passed isValidId / isValidVersion.
class PackStore
{
    Q_DECLARE_TR_FUNCTIONS(PackStore)

public:
    // <generic data folder>/metafill/packs (~/.local/share/metafill/packs on
    // Linux); empty when the system names no data folder.
    static QString defaultRoot();

    explicit PackStore(QString root = defaultRoot());

    const QString &root() const { return m_root; }
    QString subscriptionsPath() const;
    QString packFolder(const QString &id) const;
    QString versionFolder(const QString &id, const QString &version) const;
    static QString templatesFolder(const QString &versionFolder);
    static QString termsFolder(const QString &versionFolder);
    static QString indexPath(const QString &versionFolder);

    // No file yet: no subscriptions. A damaged file is an error that says how to recover.
    Result<QList<PackSubscription>> subscriptions() const;
    // Written atomically: readers see the old list or the new one, never half of it.
    Status saveSubscriptions(const QList<PackSubscription> &subscriptions) const;

    // Versions of a pack kept here (folders with an index), newest first.
    QStringList keptVersions(const QString &id) const;

    // For the template search path: the templates folder of each subscribed
    // pack's active version, and those of its other kept versions (newest
    // first). One read of the subscription list serves both.
    struct TemplateFolders
    {
        QStringList active;
        QStringList older;
    };
    TemplateFolders templateFolders() const;

    // "de.uni-example.lmf": lower-case letters, digits, '.', '_' and '-',
    // starting and ending with a letter or digit, no "..", at most 100 characters.
    static bool isValidId(const QString &id);
    // MAJOR.MINOR.PATCH, each at most six digits ("1.4.0").
    static bool isValidVersion(const QString &version);
    // A file or folder name every supported system can hold: ASCII letters,
    // digits, '.', '_', '-', not starting with '.' or '-', no "..", not a
    // Windows device name (CON, NUL, COM1, …), at most 100 characters.
    static bool isPortableName(const QString &name);

    static constexpr const char16_t *IndexFileName = u"metafill-pack.json";
    static constexpr const char16_t *TemplatesFolderName = u"templates";
    static constexpr const char16_t *TermsFolderName = u"terms";
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxSubscriptionsBytes = 1024 * 1024;
    static constexpr int MaxSubscriptions = 200;
    static constexpr int MaxKeptVersions = 500; // folders of one pack looked at
    static constexpr int MaxTermPacksPerPack = 500;

private:
    QString m_root;
};

} // namespace metafill
