#include "RecordFile.h"

#include "ValueJson.h"
#include "util/Utf8.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;
using json = nlohmann::ordered_json;

namespace metafill {
namespace {

// nlohmann's parser is iterative, but deeply nested documents are still costly
// to hold and walk; a record never nests deeper than a few levels.
int nestingDepth(const QByteArray &data)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : data) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            deepest = std::max(deepest, ++depth);
        else if (c == '}' || c == ']')
            --depth;
    }
    return deepest;
}

QString text(const json &object, const char *key)
{
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? textFromUtf8(it->get<std::string>()) : QString();
}

Result<QList<RawRecord::RawValue>> readValues(const json &values)
{
    using R = Result<QList<RawRecord::RawValue>>;
    QList<RawRecord::RawValue> list;
    if (values.is_null())
        return list;
    if (!values.is_object())
        return R::failure(RecordFile::tr("'values' must be an object mapping field paths to values"));
    for (auto it = values.begin(); it != values.end(); ++it) {
        RawRecord::RawValue v;
        v.path = textFromUtf8(it.key());
        const json &entry = it.value();
        if (!entry.is_object() || !entry.contains("value"))
            return R::failure(RecordFile::tr("the entry for '%1' must be an object with a 'value'").arg(v.path));
        v.value = entry["value"];
        const QString source = text(entry, "source");
        if (const auto kind = Provenance::kindFromName(source.isEmpty() ? u"typed"_s : source))
            v.provenance.kind = *kind;
        else
            return R::failure(RecordFile::tr("the entry for '%1' has an unknown source '%2'").arg(v.path, source));
        v.provenance.preset = text(entry, "preset");
        v.provenance.file = text(entry, "file");
        v.provenance.query = text(entry, "query");
        if (auto locked = entry.find("locked"); locked != entry.end() && locked->is_boolean())
            v.provenance.locked = locked->get<bool>();
        if (auto image = entry.find("image"); image != entry.end() && image->is_number_integer())
            v.provenance.image = int(std::clamp<std::int64_t>(image->get<std::int64_t>(), -1, 1'000'000));
        list.append(std::move(v));
    }
    return list;
}

json writeValues(const ValueMap &values, const Template &t)
{
    json out = json::object();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const FieldValue &fv = it.value();
        if (fv.isEmpty())
            continue;
        const FieldSpec *field = t.field(it.key());
        json entry = json::object();
        if (fv.values.size() == 1 && !(field && field->multiple)) {
            entry["value"] = ValueJson::toJson(fv.values.first());
        } else {
            json list = json::array();
            for (const Value &v : fv.values)
                list.push_back(ValueJson::toJson(v));
            entry["value"] = std::move(list);
        }
        const Provenance &p = fv.provenance;
        entry["source"] = Provenance::kindName(p.kind).toStdString();
        if (!p.preset.isEmpty())
            entry["preset"] = p.preset.toStdString();
        if (!p.file.isEmpty())
            entry["file"] = p.file.toStdString();
        if (p.image >= 0)
            entry["image"] = p.image;
        if (!p.query.isEmpty())
            entry["query"] = p.query.toStdString();
        if (p.locked)
            entry["locked"] = true;
        // Moved, not copied: a batch of thousands of images is written every
        // few seconds by the session journal.
        out[t.pathText(it.key()).toStdString()] = std::move(entry);
    }
    return out;
}

} // namespace

Result<RawRecord> RecordFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<RawRecord>::failure(tr("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxBytes)
        return Result<RawRecord>::failure(tr("%1 is larger than %2 MiB; this is not a record file").arg(path).arg(MaxBytes / (1024 * 1024)));
    auto result = parse(file.read(MaxBytes + 1));
    if (!result)
        return Result<RawRecord>::failure(tr("%1: %2").arg(path, result.error()));
    return result;
}

Result<RawRecord> RecordFile::parse(const QByteArray &data)
{
    using R = Result<RawRecord>;
    if (nestingDepth(data) > MaxDepth)
        return R::failure(tr("the record is nested more than %1 levels deep").arg(MaxDepth));
    json root;
    try {
        root = json::parse(data.constBegin(), data.constEnd());
    } catch (const json::parse_error &e) {
        return R::failure(tr("this is not valid JSON (at byte %1): %2").arg(e.byte).arg(QString::fromLocal8Bit(e.what())));
    } catch (const std::exception &e) {
        return R::failure(tr("this is not valid JSON: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    if (!root.is_object() || !root.contains("metafill_record"))
        return R::failure(tr("this is not a Metafill record (it has no 'metafill_record' entry)"));
    if (!root["metafill_record"].is_number_integer() || root["metafill_record"].get<int>() != FormatVersion)
        return R::failure(tr("this record was written in a newer format; update Metafill to read it"));

    RawRecord record;
    try {
        const json &t = root.value("template", json::object());
        record.templateRef = TemplateRef{text(t, "id"), text(t, "version"), text(t, "sha256")};
        if (record.templateRef.id.isEmpty())
            return R::failure(tr("the record does not say which template it was made with"));
        auto values = readValues(root.value("values", json()));
        if (!values)
            return R::failure(values.error());
        record.values = std::move(values).value();
        const json images = root.value("images", json::array());
        if (!images.is_array())
            return R::failure(tr("'images' must be a list"));
        for (const json &image : images) {
            if (!image.is_object())
                return R::failure(tr("each entry of 'images' must be an object"));
            RawRecord::RawImage raw;
            raw.file = text(image, "file");
            raw.name = text(image, "name");
            auto imageValues = readValues(image.value("values", json()));
            if (!imageValues)
                return R::failure(tr("image '%1': %2").arg(raw.name, imageValues.error()));
            raw.values = std::move(imageValues).value();
            record.images.append(std::move(raw));
        }
    } catch (const json::exception &e) {
        return R::failure(tr("the record is malformed: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    return record;
}

QByteArray RecordFile::serialize(const Record &record, const Template &t)
{
    json root = json::object();
    root["metafill_record"] = FormatVersion;
    root["template"] = json{{"id", record.templateRef.id.toStdString()},
                            {"version", record.templateRef.version.toStdString()},
                            {"sha256", record.templateRef.sha256.toStdString()}};
    root["values"] = writeValues(record.values, t);
    if (!record.images.isEmpty()) {
        json images = json::array();
        for (const ImageEntry &image : record.images) {
            json entry = json{{"file", image.file.toStdString()}, {"name", image.name.toStdString()}};
            if (!image.values.isEmpty())
                entry["values"] = writeValues(image.values, t);
            images.push_back(std::move(entry));
        }
        root["images"] = std::move(images);
    }
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

Status RecordFile::write(const Record &record, const Template &t, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray data = serialize(record, t);
    if (file.write(data) != data.size() || !file.commit())
        return Status::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    return Done{};
}

} // namespace metafill
