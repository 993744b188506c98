#include "PackStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVersionNumber>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

const QString SubscriptionsFileName = u"subscriptions.json"_s;
const QString FormatKey = u"metafill_pack_subscriptions"_s;

// Names Windows reserves for devices, with or without an extension.
bool isWindowsDeviceName(const QString &name)
{
    static const QRegularExpression device(u"^(con|prn|aux|nul|com[0-9]|lpt[0-9])$"_s, QRegularExpression::CaseInsensitiveOption);
    return device.match(name.section(u'.', 0, 0)).hasMatch();
}

QString textOf(const QJsonObject &object, const QString &key)
{
    return object.value(key).toString();
}

} // namespace

QString PackStore::defaultRoot()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return data.isEmpty() ? QString() : data + u"/metafill/packs"_s;
}

PackStore::PackStore(QString root) : m_root(std::move(root))
{}

QString PackStore::subscriptionsPath() const
{
    return QDir(m_root).filePath(SubscriptionsFileName);
}

QString PackStore::packFolder(const QString &id) const
{
    Q_ASSERT(isValidId(id));
    return QDir(m_root).filePath(id);
}

QString PackStore::versionFolder(const QString &id, const QString &version) const
{
    Q_ASSERT(isValidVersion(version));
    return QDir(packFolder(id)).filePath(version);
}

QString PackStore::templatesFolder(const QString &versionFolder)
{
    return QDir(versionFolder).filePath(QString::fromUtf16(TemplatesFolderName));
}

QString PackStore::termsFolder(const QString &versionFolder)
{
    return QDir(versionFolder).filePath(QString::fromUtf16(TermsFolderName));
}

QString PackStore::indexPath(const QString &versionFolder)
{
    return QDir(versionFolder).filePath(QString::fromUtf16(IndexFileName));
}

bool PackStore::isValidId(const QString &id)
{
    static const QRegularExpression pattern(u"^[a-z0-9](?:[a-z0-9._-]{0,98}[a-z0-9])?$"_s);
    return pattern.match(id).hasMatch() && !id.contains(u".."_s) && !isWindowsDeviceName(id);
}

bool PackStore::isValidVersion(const QString &version)
{
    // No leading zeros: "1.02.0" and "1.2.0" would be one version in two folders.
    static const QRegularExpression pattern(u"^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"_s);
    return pattern.match(version).hasMatch();
}

bool PackStore::isPortableName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$"_s);
    // A trailing dot vanishes on Windows, so "a." and "a" would be one file.
    return pattern.match(name).hasMatch() && !name.contains(u".."_s) && !name.endsWith(u'.') && !isWindowsDeviceName(name);
}

Result<QList<PackSubscription>> PackStore::subscriptions() const
{
    using R = Result<QList<PackSubscription>>;
    const QString path = subscriptionsPath();
    QFile file(path);
    if (!file.exists())
        return QList<PackSubscription>{};
    const auto damaged = [&](const QString &why) {
        return R::failure(tr("%1: %2. Fix the file, or delete it and add the packs again with 'metafill-cli pack add'.")
                              .arg(QDir::toNativeSeparators(path), why));
    };
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > MaxSubscriptionsBytes)
        return damaged(tr("the file is larger than %1 KiB, far more than any list of packs needs").arg(MaxSubscriptionsBytes / 1024));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(MaxSubscriptionsBytes + 1), &error);
    if (error.error != QJsonParseError::NoError)
        return damaged(tr("not valid JSON at byte %1 (%2)").arg(error.offset).arg(error.errorString()));
    const QJsonObject root = document.object();
    if (!root.value(FormatKey).isDouble())
        return damaged(tr("this is not Metafill's list of template packs"));
    if (root.value(FormatKey).toInt() != FormatVersion)
        return damaged(tr("the list was written by a newer Metafill; update Metafill"));
    const QJsonArray packs = root.value(u"packs"_s).toArray();
    if (packs.size() > MaxSubscriptions)
        return damaged(tr("it lists more than %1 packs").arg(MaxSubscriptions));

    QList<PackSubscription> result;
    for (qsizetype i = 0; i < packs.size(); ++i) {
        const QJsonObject entry = packs.at(i).toObject();
        PackSubscription s;
        s.id = textOf(entry, u"id"_s);
        s.source = textOf(entry, u"source"_s);
        s.activeVersion = textOf(entry, u"active_version"_s);
        s.title = textOf(entry, u"title"_s).left(500);
        s.publisher = textOf(entry, u"publisher"_s).left(500);
        s.updated = QDateTime::fromString(textOf(entry, u"updated"_s), Qt::ISODate);
        const QJsonArray termPacks = entry.value(u"term_packs"_s).toArray();
        for (qsizetype t = 0; t < termPacks.size() && t < MaxTermPacksPerPack; ++t)
            s.termPacks.append(termPacks.at(t).toString());
        // The id and version become folder names: nothing else may pass.
        if (!isValidId(s.id) || !isValidVersion(s.activeVersion) || s.source.isEmpty())
            return damaged(tr("entry %1 has no valid id, version or source").arg(i + 1));
        if (std::any_of(result.cbegin(), result.cend(), [&](const PackSubscription &other) { return other.id == s.id; }))
            return damaged(tr("the pack %1 is listed twice").arg(s.id));
        result.append(std::move(s));
    }
    return result;
}

Status PackStore::saveSubscriptions(const QList<PackSubscription> &subscriptions) const
{
    QJsonArray packs;
    for (const PackSubscription &s : subscriptions) {
        QJsonObject entry;
        entry.insert(u"id"_s, s.id);
        entry.insert(u"source"_s, s.source);
        entry.insert(u"active_version"_s, s.activeVersion);
        entry.insert(u"title"_s, s.title);
        entry.insert(u"publisher"_s, s.publisher);
        entry.insert(u"updated"_s, s.updated.toUTC().toString(Qt::ISODate));
        entry.insert(u"term_packs"_s, QJsonArray::fromStringList(s.termPacks));
        packs.append(entry);
    }
    QJsonObject root;
    root.insert(FormatKey, FormatVersion);
    root.insert(u"packs"_s, packs);

    if (!QDir().mkpath(m_root))
        return Status::failure(tr("cannot create the folder %1 for template packs").arg(QDir::toNativeSeparators(m_root)));
    QSaveFile file(subscriptionsPath());
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Status::failure(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    return Done{};
}

QStringList PackStore::keptVersions(const QString &id) const
{
    if (m_root.isEmpty() || !isValidId(id))
        return {};
    QStringList versions;
    const QStringList folders = QDir(packFolder(id)).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QString &name : folders) {
        if (versions.size() >= MaxKeptVersions)
            break;
        // Half-downloaded versions live in ".incoming-…" folders: not valid versions.
        if (isValidVersion(name) && QFileInfo(indexPath(versionFolder(id, name))).isFile())
            versions.append(name);
    }
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return QVersionNumber::fromString(a) > QVersionNumber::fromString(b); });
    return versions;
}

PackStore::TemplateFolders PackStore::templateFolders() const
{
    TemplateFolders folders;
    if (m_root.isEmpty())
        return folders;
    const auto subscribed = subscriptions();
    if (!subscribed)
        return folders;
    for (const PackSubscription &s : *subscribed) {
        folders.active.append(templatesFolder(versionFolder(s.id, s.activeVersion)));
        for (const QString &version : keptVersions(s.id)) {
            if (version != s.activeVersion)
                folders.older.append(templatesFolder(versionFolder(s.id, version)));
        }
    }
    return folders;
}

} // namespace metafill
