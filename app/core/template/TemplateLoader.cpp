#include "TemplateLoader.h"

#include "TemplateChecker.h"
#include "TemplateExtender.h"
#include "TemplateParser.h"
#include "packs/PackStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

QList<int> versionParts(const QString &version)
{
    QList<int> parts;
    for (const QString &p : version.split(u'.'))
        parts.append(p.toInt());
    while (parts.size() < 3)
        parts.append(0);
    return parts;
}

// "1.2" accepts 1.2.0 and any later 1.x.y: the same major version, not older.
bool satisfies(const QString &version, const QString &rule)
{
    const QList<int> v = versionParts(version);
    const QList<int> r = versionParts(rule);
    return v.at(0) == r.at(0) && v >= r;
}

} // namespace

TemplateLoader::TemplateLoader(QStringList searchPath) : m_searchPath(std::move(searchPath)) {}

QString TemplateLoader::builtinTemplateDir()
{
    // Installed: <prefix>/bin/metafill-cli and <prefix>/share/metafill/templates.
    // The build tree mirrors that layout, so the same rule finds both.
    const QString appDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    return QDir(appDir).absoluteFilePath(u"../share/metafill/templates"_s);
}

QStringList TemplateLoader::defaultSearchPath()
{
    QStringList path;
    const QString fromEnvironment = qEnvironmentVariable("METAFILL_TEMPLATE_PATH");
    for (const QString &dir : fromEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        path.append(dir);
    const QString user = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!user.isEmpty())
        path.append(user + u"/metafill/templates"_s);
    // Subscribed template packs: the version in use of each before the
    // built-in templates. The older versions kept for records made with them
    // come last: found by id and version, and behind the active ones wherever
    // the order counts (base templates, equal versions).
    const PackStore::TemplateFolders packs = PackStore().templateFolders();
    path.append(packs.active);
    path.append(builtinTemplateDir());
    path.append(packs.older);
    return path;
}

TemplateLoader::Outcome TemplateLoader::load(const QString &path)
{
    Outcome outcome;
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        outcome.diagnostics.error(SourceLocation{path}, tr("the file does not exist"));
        return outcome;
    }
    if (!info.isFile()) {
        outcome.diagnostics.error(SourceLocation{path}, tr("this is a folder, not a template file"));
        return outcome;
    }
    if (info.size() > limits.maxBytes) {
        outcome.diagnostics.error(SourceLocation{path}, tr("the file is larger than %1 bytes; templates are far smaller, so this is refused").arg(limits.maxBytes));
        return outcome;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.diagnostics.error(SourceLocation{path}, tr("cannot read the file: %1").arg(file.errorString()));
        return outcome;
    }
    return loadData(file.read(limits.maxBytes + 1), path);
}

TemplateLoader::Outcome TemplateLoader::loadData(const QByteArray &data, const QString &path)
{
    return loadChain(data, path, {});
}

TemplateLoader::Outcome TemplateLoader::loadByNameOrPath(const QString &nameOrPath)
{
    if (QFileInfo::exists(nameOrPath) || nameOrPath.contains(u'/') || nameOrPath.endsWith(u".yaml"_s) || nameOrPath.endsWith(u".yml"_s))
        return load(nameOrPath);
    const QList<Entry> entries = available();
    std::optional<Entry> best;
    for (const Entry &e : entries) {
        if (e.id == nameOrPath && (!best || versionParts(e.version) > versionParts(best->version)))
            best = e;
    }
    if (best)
        return load(best->path);
    Outcome outcome;
    outcome.diagnostics.error(SourceLocation{nameOrPath}, tr("no such file, and no template with this id in: %1").arg(m_searchPath.join(u", "_s)));
    return outcome;
}

TemplateLoader::Outcome TemplateLoader::loadFor(const TemplateRef &ref)
{
    for (const Entry &entry : available()) {
        if (entry.id == ref.id && entry.version == ref.version)
            return load(entry.path);
    }
    return loadByNameOrPath(ref.id);
}

TemplateLoader::Outcome TemplateLoader::loadChain(const QByteArray &data, const QString &path, QStringList chain)
{
    Outcome outcome;
    Diagnostics &diagnostics = outcome.diagnostics;

    YamlReader::Failure failure;
    const YamlNodePtr root = YamlReader::parse(data, limits, &failure);
    if (!root) {
        diagnostics.error(SourceLocation{path, failure.line, failure.column}, failure.message);
        return outcome;
    }

    TemplateParser parser(path, diagnostics);
    TemplateDocument document = parser.parseDocument(root);
    Template result;
    const QByteArray fileHash = QCryptographicHash::hash(data, QCryptographicHash::Sha256);

    if (document.extends) {
        const auto &clause = *document.extends;
        if (chain.contains(clause.id) || clause.id == document.content.id) {
            diagnostics.error(clause.where, tr("'%1' extends itself through %2").arg(document.content.id, (chain << clause.id).join(u" → "_s)));
            return outcome;
        }
        if (chain.size() >= MaxExtensionDepth) {
            diagnostics.error(clause.where, tr("templates extend each other more than %1 levels deep").arg(MaxExtensionDepth));
            return outcome;
        }
        const auto entry = findBase(clause.id, clause.version, QFileInfo(path).absolutePath());
        if (!entry) {
            diagnostics.error(clause.where, tr("the base template '%1' (version %2 or a later compatible one) was not found; "
                                               "put it next to this file or in one of: %3")
                                                .arg(clause.id, clause.version, m_searchPath.join(u", "_s)));
            return outcome;
        }
        QFile baseFile(entry->path);
        if (!baseFile.open(QIODevice::ReadOnly)) {
            diagnostics.error(clause.where, tr("cannot read the base template %1: %2").arg(entry->path, baseFile.errorString()));
            return outcome;
        }
        chain.append(document.content.id);
        Outcome base = loadChain(baseFile.read(limits.maxBytes + 1), entry->path, chain);
        diagnostics.append(base.diagnostics);
        if (!base.result) {
            diagnostics.error(clause.where, tr("the base template '%1' has errors (listed above)").arg(clause.id));
            return outcome;
        }
        result = TemplateExtender(path, diagnostics).extend(*base.result, document);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(fileHash);
        hash.addData(base.result->sha256.toLatin1());
        result.sha256 = QString::fromLatin1(hash.result().toHex());
    } else {
        result = document.content;
        result.sha256 = QString::fromLatin1(fileHash.toHex());
    }

    TemplateChecker checker(diagnostics);
    checker.readPresetValues(result, document);
    checker.check(result);
    if (!diagnostics.hasErrors())
        outcome.result = std::move(result);
    return outcome;
}

std::optional<TemplateLoader::Entry> TemplateLoader::findBase(const QString &id, const QString &versionRule, const QString &nearDir)
{
    QStringList dirs{nearDir};
    dirs.append(m_searchPath);
    for (const QString &dir : std::as_const(dirs)) {
        std::optional<Entry> best;
        for (const Entry &e : scan(dir)) {
            if (e.id != id || !satisfies(e.version, versionRule))
                continue;
            if (!best || versionParts(e.version) > versionParts(best->version))
                best = e;
        }
        if (best)
            return best;
    }
    return std::nullopt;
}

QList<TemplateLoader::Entry> TemplateLoader::available()
{
    QList<Entry> all;
    for (const QString &dir : std::as_const(m_searchPath))
        all.append(scan(dir));
    return all;
}

QList<TemplateLoader::Entry> TemplateLoader::scan(const QString &dir)
{
    const QString key = QDir(dir).absolutePath();
    if (auto it = m_scanned.constFind(key); it != m_scanned.constEnd())
        return *it;
    QList<Entry> entries;
    const QFileInfoList files = QDir(dir).entryInfoList({u"*.yaml"_s, u"*.yml"_s}, QDir::Files | QDir::Readable, QDir::Name);
    int scanned = 0;
    for (const QFileInfo &info : files) {
        if (++scanned > MaxFilesScanned || info.size() > limits.maxBytes)
            continue;
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const YamlNodePtr root = YamlReader::parse(file.readAll(), limits, nullptr);
        if (!root || !root->isMap())
            continue;
        const YamlNode *id = root->get(u"id"_s);
        const YamlNode *version = root->get(u"version"_s);
        if (id && version && id->isScalar() && version->isScalar())
            entries.append(Entry{id->scalar, version->scalar, info.absoluteFilePath()});
    }
    m_scanned.insert(key, entries);
    return entries;
}

} // namespace metafill
