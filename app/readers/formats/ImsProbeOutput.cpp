#include "ImsProbeOutput.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace metafill {

namespace {

constexpr const char *VersionKey = "metafill-ims-probe";
// The deepest value of a valid document: a string of an attribute pair
// (document → data_set_info → group → attributes → pair → string).
constexpr int MaxDepth = 5;
// Values (containers, member names and scalars) of a valid document at the
// bounds: three per attribute pair (the pair, its name, its value), five per
// group (the object, two member names, the name, the attribute list), and
// fewer than 64 at the top.
constexpr qint64 MaxValues = 3 * qint64(ImsProbeOutput::MaxAttributes) + 5 * qint64(ImsProbeOutput::MaxDataSetInfoGroups) + 64;
// Beyond 2^53 JSON numbers are not exact, and no file is that large.
constexpr qint64 MaxBytesRead = qint64(1) << 53;

constexpr std::array<std::string_view, 8> PixelTypes = {"uint8", "int8", "uint16", "int16", "uint32", "int32", "float", "double"};

// Written in the order of the protocol's description, for people reading it.
using ordered_json = nlohmann::ordered_json;

ordered_json pairsToJson(const KeyValueList &pairs)
{
    ordered_json array = ordered_json::array();
    for (const auto &[key, value] : pairs)
        array.push_back(ordered_json::array({key.toStdString(), value.toStdString()}));
    return array;
}

// Reads a parsed document into ImsContents. Every check that fails leaves a
// phrase in `problem`; the first one is reported.
class DocumentReader
{
public:
    std::optional<ImsContents> read(const json &document)
    {
        if (!document.is_object())
            return fail(ImsProbeOutput::tr("the answer is not a JSON object"));
        const json *version = member(document, VersionKey);
        if (!version || !version->is_number_integer())
            return fail(ImsProbeOutput::tr("the answer has no protocol version"));
        if (*version != ImsProbeOutput::Version) {
            return fail(ImsProbeOutput::tr("the answer is in version %1 of the protocol; this Metafill understands version %2")
                            .arg(QString::fromStdString(version->dump()), QString::number(ImsProbeOutput::Version)));
        }

        ImsContents contents;
        const json *root = member(document, "root_attributes");
        if (!root || !readPairs(*root, contents.rootAttributes))
            return fail(ImsProbeOutput::tr("the root attributes are missing or malformed"));

        const json *info = member(document, "data_set_info");
        if (!info || !(info->is_null() || info->is_array()))
            return fail(ImsProbeOutput::tr("the DataSetInfo groups are missing or malformed"));
        contents.hasDataSetInfo = info->is_array();
        if (info->is_array()) {
            if (info->size() > size_t(ImsProbeOutput::MaxDataSetInfoGroups))
                return fail(ImsProbeOutput::tr("more than %1 DataSetInfo groups").arg(ImsProbeOutput::MaxDataSetInfoGroups));
            for (const json &group : *info) {
                std::optional<ImsContents::Group> entry = readGroup(group);
                if (!entry)
                    return fail(ImsProbeOutput::tr("a DataSetInfo group is malformed"));
                contents.dataSetInfo.append(std::move(*entry));
            }
        }

        const json *pixelType = member(document, "pixel_type");
        if (!pixelType || !pixelType->is_string())
            return fail(ImsProbeOutput::tr("the pixel type is missing"));
        const std::string &type = pixelType->get_ref<const std::string &>();
        if (!type.empty() && std::find(PixelTypes.begin(), PixelTypes.end(), type) == PixelTypes.end())
            return fail(ImsProbeOutput::tr("the pixel type is not one Metafill knows"));
        contents.pixelType = QString::fromStdString(type);

        const json *truncated = member(document, "truncated");
        const json *damaged = member(document, "damaged");
        if (!truncated || !truncated->is_boolean() || !damaged || !damaged->is_boolean())
            return fail(ImsProbeOutput::tr("the completeness flags are missing"));
        contents.truncated = truncated->get<bool>();
        contents.damaged = damaged->get<bool>();

        const json *bytesRead = member(document, "bytes_read");
        if (!bytesRead || !(bytesRead->is_null() || bytesRead->is_number_unsigned()))
            return fail(ImsProbeOutput::tr("the count of bytes read is missing"));
        if (bytesRead->is_number_unsigned()) {
            const auto count = bytesRead->get<std::uint64_t>();
            if (count > std::uint64_t(MaxBytesRead))
                return fail(ImsProbeOutput::tr("the count of bytes read is impossible"));
            contents.probeBytesRead = qint64(count);
        }
        return contents;
    }

    QString problem;

private:
    static const json *member(const json &object, const char *key)
    {
        const auto found = object.find(key);
        return found == object.end() ? nullptr : &*found;
    }

    std::nullopt_t fail(const QString &what)
    {
        if (problem.isEmpty())
            problem = what;
        return std::nullopt;
    }

    std::optional<QString> text(const json &value, qsizetype maxLength)
    {
        if (!value.is_string())
            return std::nullopt;
        QString decoded = QString::fromStdString(value.get_ref<const std::string &>());
        if (decoded.size() > maxLength)
            return std::nullopt;
        return decoded;
    }

    bool readPairs(const json &array, KeyValueList &pairs)
    {
        if (!array.is_array())
            return false;
        for (const json &pair : array) {
            if (!pair.is_array() || pair.size() != 2 || attributesLeft <= 0)
                return false;
            std::optional<QString> key = text(pair[0], ImsProbeOutput::MaxNameLength);
            std::optional<QString> value = text(pair[1], ImsProbeOutput::MaxValueLength);
            if (!key || !value)
                return false;
            textLeft -= key->size() + value->size();
            if (textLeft < 0)
                return false;
            --attributesLeft;
            pairs.append({std::move(*key), std::move(*value)});
        }
        return true;
    }

    std::optional<ImsContents::Group> readGroup(const json &group)
    {
        if (!group.is_object())
            return std::nullopt;
        const json *name = member(group, "name");
        const json *attributes = member(group, "attributes");
        if (!name || !attributes)
            return std::nullopt;
        ImsContents::Group entry;
        std::optional<QString> groupName = text(*name, ImsProbeOutput::MaxNameLength);
        if (!groupName || !readPairs(*attributes, entry.attributes))
            return std::nullopt;
        entry.name = std::move(*groupName);
        return entry;
    }

    qint64 attributesLeft = ImsProbeOutput::MaxAttributes;
    qint64 textLeft = ImsProbeOutput::MaxTotalTextLength;
};

} // namespace

QByteArray ImsProbeOutput::toJson(const ImsContents &contents)
{
    ordered_json document = ordered_json::object();
    document[VersionKey] = Version;
    document["root_attributes"] = pairsToJson(contents.rootAttributes);
    if (contents.hasDataSetInfo) {
        ordered_json groups = ordered_json::array();
        for (const ImsContents::Group &group : contents.dataSetInfo)
            groups.push_back({{"name", group.name.toStdString()}, {"attributes", pairsToJson(group.attributes)}});
        document["data_set_info"] = std::move(groups);
    } else {
        document["data_set_info"] = nullptr;
    }
    document["pixel_type"] = contents.pixelType.toStdString();
    document["truncated"] = contents.truncated;
    document["damaged"] = contents.damaged;
    if (contents.probeBytesRead && *contents.probeBytesRead >= 0)
        document["bytes_read"] = static_cast<std::uint64_t>(*contents.probeBytesRead);
    else
        document["bytes_read"] = nullptr;
    // QString::toStdString always gives valid UTF-8; replacing instead of
    // throwing only keeps dump() from throwing should that ever change.
    return QByteArray::fromStdString(document.dump(-1, ' ', false, ordered_json::error_handler_t::replace));
}

Result<ImsContents> ImsProbeOutput::parse(QByteArrayView bytes)
{
    if (bytes.size() > MaxOutputBytes)
        return Result<ImsContents>::failure(tr("the answer is larger than %1 MiB").arg(MaxOutputBytes / (1024 * 1024)));

    // The parser is iterative, but a document of millions of tiny values
    // would still cost far more memory than its size: values past the bounds
    // of a valid document are dropped while parsing and the document refused.
    qint64 values = 0;
    bool beyondBounds = false;
    const json::parser_callback_t bound = [&](int depth, json::parse_event_t event, json &) {
        if (event == json::parse_event_t::object_end || event == json::parse_event_t::array_end)
            return !beyondBounds;
        if (depth > MaxDepth || ++values > MaxValues)
            beyondBounds = true;
        return !beyondBounds;
    };
    const json document = json::parse(bytes.begin(), bytes.end(), bound, false);
    if (document.is_discarded())
        return Result<ImsContents>::failure(tr("the answer is not valid JSON"));
    if (beyondBounds)
        return Result<ImsContents>::failure(tr("the answer is nested deeper or holds more values than any Imaris file gives"));

    DocumentReader reader;
    std::optional<ImsContents> contents = reader.read(document);
    if (!contents)
        return Result<ImsContents>::failure(reader.problem);
    return std::move(*contents);
}

} // namespace metafill
