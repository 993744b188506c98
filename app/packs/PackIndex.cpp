#include "PackIndex.h"

#include "TermFile.h"
#include "packs/PackStore.h"
#include "yaml/YamlReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

const QString FormatKey = u"metafill_pack"_s;

// Text a person reads: a string (English) or {language: text}.
std::optional<LocalizedText> readText(const QJsonValue &value)
{
    LocalizedText text;
    if (value.isString()) {
        text = LocalizedText(value.toString().left(PackIndex::MaxTextLength));
    } else if (value.isObject()) {
        const QJsonObject languages = value.toObject();
        static const QRegularExpression languageCode(u"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"_s);
        if (languages.size() > 50)
            return std::nullopt;
        for (auto it = languages.begin(); it != languages.end(); ++it) {
            if (!it.value().isString() || !languageCode.match(it.key()).hasMatch())
                return std::nullopt;
            text.set(it.key(), it.value().toString().left(PackIndex::MaxTextLength));
        }
    } else {
        return std::nullopt;
    }
    return text;
}

nlohmann::ordered_json writeText(const LocalizedText &text)
{
    const QMap<QString, QString> &all = text.all();
    if (all.size() == 1 && all.contains(u"en"_s))
        return all.value(u"en"_s).toStdString();
    nlohmann::ordered_json languages = nlohmann::ordered_json::object();
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        languages[it.key().toStdString()] = it.value().toStdString();
    return languages;
}

// A whole number from JSON (which has only doubles), or -1.
qint64 wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return -1;
    const double number = value.toDouble();
    if (number < 0 || number > 9.0e15 || std::floor(number) != number)
        return -1;
    return qint64(number);
}

bool isSha256(const QString &text)
{
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    return hex.match(text).hasMatch();
}

} // namespace

PackFile::Kind PackFile::kind() const
{
    return path.startsWith(QString::fromUtf16(PackStore::TermsFolderName) + u'/') ? Kind::Terms : Kind::Template;
}

QString PackIndex::pathProblem(const QString &path)
{
    if (path.isEmpty())
        return tr("the path is empty");
    if (path.size() > MaxPathLength)
        return tr("the path is longer than %1 characters").arg(MaxPathLength);
    if (path.startsWith(u'/') || path.contains(u'\\') || path.contains(u':'))
        return tr("the path must be relative, with '/' between folder and file name");
    const QStringList parts = path.split(u'/');
    if (parts.contains(u".."_s) || parts.contains(u"."_s))
        return tr("the path must not contain '.' or '..'");
    const QString templates = QString::fromUtf16(PackStore::TemplatesFolderName);
    const QString terms = QString::fromUtf16(PackStore::TermsFolderName);
    if (parts.size() != 2 || (parts.first() != templates && parts.first() != terms))
        return tr("a pack holds files directly in its folders templates/ and terms/, nothing else");
    const QString &name = parts.last();
    if (!PackStore::isPortableName(name))
        return tr("'%1' is not a portable file name (letters A–Z, digits, '.', '_' and '-', not starting with '.' or '-')").arg(name);
    const bool isTemplate = parts.first() == templates;
    if (isTemplate && !name.endsWith(u".yaml"_s) && !name.endsWith(u".yml"_s))
        return tr("templates end in .yaml or .yml");
    if (!isTemplate && !name.endsWith(u".obo"_s) && !name.endsWith(u".json"_s))
        return tr("term packs end in .obo or .json");
    return {};
}

qint64 PackIndex::maxFileBytes(PackFile::Kind kind)
{
    return kind == PackFile::Kind::Template ? YamlLimits().maxBytes : TermReadLimits::forPacks().maxFileBytes;
}

Result<PackIndex> PackIndex::parse(const QByteArray &json, const QString &where)
{
    using R = Result<PackIndex>;
    const auto refuse = [&](const QString &why) { return R::failure(tr("%1: %2").arg(where, why)); };
    if (json.size() > MaxIndexBytes)
        return refuse(tr("the index is larger than %1 KiB; a pack's index is far smaller").arg(MaxIndexBytes / 1024));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return refuse(tr("the index is not valid JSON (at byte %1: %2)").arg(error.offset).arg(error.errorString()));
    const QJsonObject root = document.object();
    if (!root.value(FormatKey).isDouble())
        return refuse(tr("this is not the index of a Metafill template pack (it has no '%1' entry)").arg(FormatKey));
    if (root.value(FormatKey).toInt() != FormatVersion)
        return refuse(tr("the pack was written for a newer Metafill (pack format %1); update Metafill").arg(root.value(FormatKey).toInt()));

    PackIndex index;
    index.id = root.value(u"id"_s).toString();
    if (!PackStore::isValidId(index.id))
        return refuse(tr("'id' must be a reverse-domain name in lower case, such as de.uni-example.lmf (letters, digits, '.', '_', '-')"));
    index.version = root.value(u"version"_s).toString();
    if (!PackStore::isValidVersion(index.version))
        return refuse(tr("'version' must be MAJOR.MINOR.PATCH, such as 1.4.0"));
    const auto title = readText(root.value(u"title"_s));
    if (!title || title->isEmpty())
        return refuse(tr("'title' must be a text, or a mapping from language codes to texts"));
    index.title = *title;
    index.publisher = root.value(u"publisher"_s).toString().left(MaxTextLength);
    if (index.publisher.trimmed().isEmpty())
        return refuse(tr("'publisher' must name who publishes the pack"));
    if (root.contains(u"description"_s)) {
        const auto description = readText(root.value(u"description"_s));
        if (!description)
            return refuse(tr("'description' must be a text, or a mapping from language codes to texts"));
        index.description = *description;
    }

    if (!root.value(u"files"_s).isArray())
        return refuse(tr("'files' must list the pack's files"));
    const QJsonArray files = root.value(u"files"_s).toArray();
    if (files.size() > MaxFiles)
        return refuse(tr("the pack lists %1 files; at most %2 are accepted").arg(files.size()).arg(MaxFiles));
    QSet<QString> seen; // case-folded: two names differing in case are one file on Windows and macOS
    QSet<QString> templates;
    qint64 total = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QJsonObject entry = files.at(i).toObject();
        PackFile file;
        file.path = entry.value(u"path"_s).toString();
        const QString label = file.path.isEmpty() ? tr("file %1").arg(i + 1) : file.path.left(MaxPathLength);
        if (const QString problem = pathProblem(file.path); !problem.isEmpty())
            return refuse(tr("%1: %2").arg(label, problem));
        if (seen.contains(file.path.toLower()))
            return refuse(tr("%1 is listed twice (perhaps with different upper and lower case)").arg(file.path));
        seen.insert(file.path.toLower());
        file.sha256 = entry.value(u"sha256"_s).toString();
        if (!isSha256(file.sha256))
            return refuse(tr("%1: 'sha256' must be 64 lower-case hexadecimal digits").arg(file.path));
        file.size = wholeNumber(entry.value(u"size"_s));
        if (file.size < 0)
            return refuse(tr("%1: 'size' must be the file's size in bytes").arg(file.path));
        if (file.size > maxFileBytes(file.kind()))
            return refuse(tr("%1: %2 bytes is more than a file of this kind may hold (%3 bytes)")
                              .arg(file.path)
                              .arg(file.size)
                              .arg(maxFileBytes(file.kind())));
        total += file.size;
        if (total > MaxTotalBytes)
            return refuse(tr("the files add up to more than %1 MiB").arg(MaxTotalBytes / (1024 * 1024)));
        if (file.kind() == PackFile::Kind::Template) {
            const QJsonObject t = entry.value(u"template"_s).toObject();
            file.templateId = t.value(u"id"_s).toString();
            file.templateVersion = t.value(u"version"_s).toString();
            const bool plausible = !file.templateId.isEmpty() && file.templateId.size() <= 200 && !file.templateVersion.isEmpty() &&
                                   file.templateVersion.size() <= 50;
            if (!plausible)
                return refuse(tr("%1: 'template' must give the template's id and version (run 'metafill-cli pack build')").arg(file.path));
            // Records find their template by id and version: two files for one pair would make that ambiguous.
            const QString pair = file.templateId + u' ' + file.templateVersion;
            if (templates.contains(pair))
                return refuse(tr("%1: the template %2 %3 is in the pack twice").arg(file.path, file.templateId, file.templateVersion));
            templates.insert(pair);
        }
        index.files.append(std::move(file));
    }
    return index;
}

QByteArray PackIndex::toJson() const
{
    // Written with nlohmann's ordered JSON: QJsonObject sorts keys, and a
    // person reading the index expects the pack's name before its files.
    using json = nlohmann::ordered_json;
    json root = json::object();
    root["metafill_pack"] = FormatVersion;
    root["id"] = id.toStdString();
    root["version"] = version.toStdString();
    root["title"] = writeText(title);
    root["publisher"] = publisher.toStdString();
    if (!description.isEmpty())
        root["description"] = writeText(description);
    json list = json::array();
    for (const PackFile &file : files) {
        json entry = json::object();
        entry["path"] = file.path.toStdString();
        entry["size"] = file.size;
        entry["sha256"] = file.sha256.toStdString();
        if (file.kind() == PackFile::Kind::Template)
            entry["template"] = json{{"id", file.templateId.toStdString()}, {"version", file.templateVersion.toStdString()}};
        list.push_back(std::move(entry));
    }
    root["files"] = std::move(list);
    return QByteArray::fromStdString(root.dump(2, ' ', false, json::error_handler_t::replace)) + '\n';
}

qint64 PackIndex::totalBytes() const
{
    qint64 total = 0;
    for (const PackFile &file : files)
        total += file.size;
    return total;
}

const PackFile *PackIndex::file(const QString &path) const
{
    for (const PackFile &f : files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

QList<PackFile> PackIndex::filesOfKind(PackFile::Kind kind) const
{
    QList<PackFile> result;
    for (const PackFile &f : files) {
        if (f.kind() == kind)
            result.append(f);
    }
    return result;
}

bool PackIndex::sameContentAs(const PackIndex &other) const
{
    if (id != other.id || version != other.version || files.size() != other.files.size())
        return false;
    for (const PackFile &f : files) {
        const PackFile *o = other.file(f.path);
        if (!o || o->sha256 != f.sha256 || o->size != f.size)
            return false;
    }
    return true;
}

} // namespace metafill
