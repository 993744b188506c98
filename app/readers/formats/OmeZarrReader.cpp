#include "OmeZarrReader.h"

#include "formats/KeyValueBudget.h"
#include "formats/ZarrStore.h"
#include "model/HeaderValues.h"
#include "ome/OmeXmlParser.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <exception>
#include <new>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace metafill {

namespace {

// A dimension longer than 2^40 is no image (a whole-slide scan is ~10^6).
constexpr qint64 MaxDimension = qint64(1) << 40;
constexpr qsizetype MaxDimensions = 32;
// Skipped wells or series are each named in a warning up to this many.
constexpr int MaxSkipWarnings = 20;

// ---------------------------------------------------------------------------
// JSON access that never throws: nlohmann's at()/get() throw on a wrong type,
// and every document here comes from the folder.

const json *member(const json *object, const char *key)
{
    if (!object || !object->is_object())
        return nullptr;
    const auto found = object->find(key);
    return found == object->end() ? nullptr : &*found;
}

const json *nonEmptyArray(const json *value)
{
    return value && value->is_array() && !value->empty() ? value : nullptr;
}

QString stringOf(const json *value)
{
    return value && value->is_string() ? QString::fromStdString(value->get_ref<const std::string &>()) : QString();
}

QString shortest(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return result.ec == std::errc() ? QString::fromLatin1(buffer, result.ptr - buffer) : QString();
}

// A scalar as text: strings as they are, numbers in their shortest exact form
// (channel labels are integers in some writers).
QString scalarText(const json &value)
{
    switch (value.type()) {
    case json::value_t::string:
        return QString::fromStdString(value.get_ref<const std::string &>());
    case json::value_t::boolean:
        return value.get<bool>() ? u"true"_s : u"false"_s;
    case json::value_t::number_integer:
        return QString::number(value.get<std::int64_t>());
    case json::value_t::number_unsigned:
        return QString::number(value.get<std::uint64_t>());
    case json::value_t::number_float:
        return shortest(value.get<double>());
    default:
        return {};
    }
}

std::optional<double> numberOf(const json &value)
{
    if (!value.is_number())
        return std::nullopt;
    const double number = value.get<double>();
    return std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
}

// A whole number from 0 to MaxDimension.
std::optional<qint64> dimensionOf(const json &value)
{
    if (value.is_number_unsigned()) {
        const std::uint64_t number = value.get<std::uint64_t>();
        return number <= std::uint64_t(MaxDimension) ? std::optional<qint64>(qint64(number)) : std::nullopt;
    }
    if (value.is_number_integer()) {
        const std::int64_t number = value.get<std::int64_t>();
        return number >= 0 && number <= MaxDimension ? std::optional<qint64>(number) : std::nullopt;
    }
    return std::nullopt;
}

// NGFF 0.5 keeps its keys under "ome" in the attributes of zarr.json.
const json *ngffAttributes(const ZarrStore::Node &node)
{
    const json *ome = member(node.attributes, "ome");
    return ome && ome->is_object() ? ome : node.attributes;
}

QString joined(const QString &path, const QString &name)
{
    return path.isEmpty() ? name : path + u'/' + name;
}

// ---------------------------------------------------------------------------
// Original metadata: every attribute as "key|subkey|index|…" (the NGFF 0.5
// "ome" level left out, so 0.4 and 0.5 give the same keys); arrays of plain
// values joined with ", ".

void flatten(const json &value, const QString &key, KeyValueList &list, KeyValueBudget &budget, int depth)
{
    // Documents passed ZarrStore's depth scan; the bound is kept here anyway.
    if (depth > ZarrStore::MaxJsonDepth)
        return;
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QString name = QString::fromStdString(it.key());
            flatten(it.value(), key.isEmpty() ? name : key + u'|' + name, list, budget, depth + 1);
        }
        return;
    }
    if (value.is_array()) {
        bool plain = true;
        for (const json &element : value)
            plain = plain && !element.is_structured();
        if (plain) {
            QString text;
            for (const json &element : value) {
                if (text.size() > KeyValueBudget::MaxValueLength)
                    break; // the budget cuts it and says so
                if (!text.isEmpty())
                    text += u", "_s;
                text += scalarText(element);
            }
            budget.add(list, key, text);
            return;
        }
        qsizetype index = 0;
        for (const json &element : value)
            flatten(element, key + u'|' + QString::number(index++), list, budget, depth + 1);
        return;
    }
    budget.add(list, key, scalarText(value));
}

void flattenAttributes(const json *attributes, KeyValueList &list, KeyValueBudget &budget)
{
    if (!attributes || !attributes->is_object())
        return;
    for (auto it = attributes->begin(); it != attributes->end(); ++it) {
        if (it.key() == "ome" && it.value().is_object())
            flatten(it.value(), QString(), list, budget, 1);
        else
            flatten(it.value(), QString::fromStdString(it.key()), list, budget, 1);
    }
}

// ---------------------------------------------------------------------------
// Values

QString pixelTypeOf(const json *array, int zarrFormat)
{
    if (zarrFormat == 3) {
        static const QHash<QString, QString> types = {
            {u"int8"_s, u"int8"_s},
            {u"int16"_s, u"int16"_s},
            {u"int32"_s, u"int32"_s},
            {u"uint8"_s, u"uint8"_s},
            {u"uint16"_s, u"uint16"_s},
            {u"uint32"_s, u"uint32"_s},
            {u"float32"_s, u"float"_s},
            {u"float64"_s, u"double"_s},
            {u"bool"_s, u"bit"_s},
            {u"complex64"_s, u"complex"_s},
            {u"complex128"_s, u"double-complex"_s},
        };
        return types.value(stringOf(member(array, "data_type")));
    }
    // Zarr v2: NumPy's type string, byte order ("<", ">", "|"), kind, bytes.
    static const QHash<QString, QString> types = {
        {u"i1"_s, u"int8"_s},   {u"i2"_s, u"int16"_s},   {u"i4"_s, u"int32"_s},           {u"u1"_s, u"uint8"_s},
        {u"u2"_s, u"uint16"_s}, {u"u4"_s, u"uint32"_s},  {u"f4"_s, u"float"_s},           {u"f8"_s, u"double"_s},
        {u"b1"_s, u"bit"_s},    {u"c8"_s, u"complex"_s}, {u"c16"_s, u"double-complex"_s},
    };
    const QString dtype = stringOf(member(array, "dtype"));
    if (dtype.size() < 3 || !u"<>|"_s.contains(dtype[0]))
        return {};
    return types.value(dtype.mid(1));
}

// "RRGGBB" → OME RGBA (opaque) as a signed int32.
std::optional<qint32> colorOf(const json *value)
{
    QString hex = stringOf(value).trimmed();
    if (hex.startsWith(u'#'))
        hex.remove(0, 1);
    if (hex.size() != 6)
        return std::nullopt;
    bool ok = false;
    const uint rgb = hex.toUInt(&ok, 16);
    if (!ok)
        return std::nullopt;
    return static_cast<qint32>((quint32(rgb) << 8) | 0xFFu);
}

struct Axis
{
    QString name;
    QString type;
    QString unit;
    QChar letter; // X, Y, Z, C, T, or null for an axis OME has no name for
};

QChar letterOf(const Axis &axis)
{
    const QString name = axis.name.toLower();
    const QString type = axis.type.toLower();
    if (type == u"channel"_s || (type.isEmpty() && name == u"c"_s))
        return u'C';
    if (type == u"time"_s || (type.isEmpty() && name == u"t"_s))
        return u'T';
    if (type.isEmpty() || type == u"space"_s) {
        if (name == u"x"_s)
            return u'X';
        if (name == u"y"_s)
            return u'Y';
        if (name == u"z"_s)
            return u'Z';
    }
    return {};
}

// The first "scale" transformation with one finite factor per dimension.
// (NGFF 0.4 also allows "path" to a binary file instead of the list; that is
// not read, so the scale stays unknown.)
std::optional<std::vector<double>> scaleOf(const json *transformations, qsizetype dimensions)
{
    if (!transformations || !transformations->is_array())
        return std::nullopt;
    for (const json &transformation : *transformations) {
        if (stringOf(member(&transformation, "type")) != u"scale"_s)
            continue;
        const json *scale = member(&transformation, "scale");
        if (!scale || !scale->is_array() || qsizetype(scale->size()) != dimensions)
            return std::nullopt;
        std::vector<double> factors;
        for (const json &factor : *scale) {
            const std::optional<double> number = numberOf(factor);
            if (!number)
                return std::nullopt;
            factors.push_back(*number);
        }
        return factors;
    }
    return std::nullopt;
}

// OME's dimension order from the axes (the last axis varies fastest), with
// the dimensions the image does not have appended; empty when the axes do not
// start with X then Y, which OME cannot express.
QString dimensionOrderOf(const QList<Axis> &axes)
{
    QString order;
    for (auto it = axes.crbegin(); it != axes.crend(); ++it) {
        if (!it->letter.isNull())
            order += it->letter;
    }
    for (const QChar letter : u"XYZCT"_s) {
        if (!order.contains(letter))
            order += letter;
    }
    return order.startsWith(u"XY"_s) ? order : QString();
}

// ---------------------------------------------------------------------------

// One image as read from its Zarr group, with the documents its original
// metadata come from (owned by the store).
struct ZarrImage
{
    ImageInfo image;
    const json *attributes = nullptr;
    const json *array = nullptr;
};

// The state of one readFolder call.
struct Reading
{
    QString path; // as the user gave it, for messages
    ZarrStore &store;
    FileMetadata &file;
    int skipped = 0;

    void skip(const QString &message)
    {
        if (++skipped <= MaxSkipWarnings)
            file.warnings.append(message);
    }
    void finishSkips()
    {
        if (skipped > MaxSkipWarnings) {
            file.warnings.append(OmeZarrReader::tr("%1: %2 further images could not be read and were left out.")
                                     .arg(path, QString::number(skipped - MaxSkipWarnings)));
        }
    }
};

QString displayed(const QString &groupPath)
{
    return groupPath.isEmpty() ? u"/"_s : groupPath;
}

void checkVersion(Reading &reading, const QString &groupPath, const QString &version)
{
    // Accepted: "0.1" … "0.5" and their variants ("0.4-dev-spatialdata").
    static const QRegularExpression pattern(uR"(^\s*(\d+)\.(\d+))"_s);
    const QRegularExpressionMatch match = pattern.match(version);
    if (version.isEmpty() || (match.hasMatch() && match.captured(1).toInt() == 0 && match.captured(2).toInt() <= 5))
        return;
    reading.file.warnings.append(
        OmeZarrReader::tr(
            "%1: the image \"%2\" is written in OME-NGFF version %3, which Metafill does not know; it was read as version 0.5.")
            .arg(reading.path, displayed(groupPath), version.left(40)));
}

Result<QList<Axis>> axesOf(Reading &reading, const QString &groupPath, const json &multiscale, const json *array, qsizetype dimensions)
{
    QList<Axis> axes;
    if (const json *list = member(&multiscale, "axes")) {
        if (!list->is_array() || qsizetype(list->size()) > MaxDimensions) {
            return Result<QList<Axis>>::failure(
                OmeZarrReader::tr("%1: the axes of the image \"%2\" are not a list of axes.").arg(reading.path, displayed(groupPath)));
        }
        for (const json &entry : *list) {
            Axis axis;
            if (entry.is_string()) { // NGFF 0.3: names only
                axis.name = stringOf(&entry);
            } else if (entry.is_object()) {
                axis.name = stringOf(member(&entry, "name"));
                axis.type = stringOf(member(&entry, "type"));
                axis.unit = stringOf(member(&entry, "unit")).trimmed();
            } else {
                return Result<QList<Axis>>::failure(
                    OmeZarrReader::tr("%1: the axes of the image \"%2\" are not a list of axes.").arg(reading.path, displayed(groupPath)));
            }
            axes.append(axis);
        }
    } else if (const json *names = member(array, "dimension_names"); names && names->is_array() && qsizetype(names->size()) == dimensions) {
        for (const json &name : *names)
            axes.append(Axis{stringOf(&name), {}, {}, {}});
    } else if (dimensions >= 2 && dimensions <= 5) {
        // NGFF 0.1 and 0.2 have no axes: their arrays are (t, c, z, y, x).
        // Shorter arrays are taken as the trailing part of that order, as
        // ome-zarr-py does.
        for (const QChar name : u"tczyx"_s.right(dimensions))
            axes.append(Axis{QString(name), {}, {}, {}});
    }
    if (axes.size() != dimensions) {
        return Result<QList<Axis>>::failure(
            OmeZarrReader::tr("%1: the image \"%2\" describes %3 axes, but its array has %4 dimensions.")
                .arg(reading.path, displayed(groupPath), QString::number(axes.size()), QString::number(dimensions)));
    }
    QString used;
    for (Axis &axis : axes) {
        axis.letter = letterOf(axis);
        if (!axis.letter.isNull() && used.contains(axis.letter))
            axis.letter = QChar(); // a second axis of the same kind has no OME place
        if (!axis.letter.isNull())
            used += axis.letter;
    }
    return axes;
}

void fillChannels(Reading &reading, const QString &groupPath, ImageInfo &image, const json *attributes, const json &multiscale)
{
    // "omero" sits beside "multiscales"; SpatialData also copies it into the
    // multiscale's "metadata".
    const json *omero = member(attributes, "omero");
    if (!omero)
        omero = member(member(&multiscale, "metadata"), "omero");
    const json *described = member(omero, "channels");
    const qsizetype listed = described && described->is_array() ? qsizetype(described->size()) : 0;
    const qint64 count = image.pixels.sizeC.value_or(0);
    if (listed > 0 && listed != count) {
        reading.file.warnings.append(OmeZarrReader::tr("%1: the image \"%2\" describes %3 channels, but its array has %4.")
                                         .arg(reading.path, displayed(groupPath), QString::number(listed), QString::number(count)));
    }
    if (count > OmeZarrReader::MaxChannels) {
        reading.file.warnings.append(
            OmeZarrReader::tr("%1: the image \"%2\" has %3 channels; only the first %4 are described.")
                .arg(reading.path, displayed(groupPath), QString::number(count), QString::number(OmeZarrReader::MaxChannels)));
    }
    for (qint64 c = 0; c < std::min(count, OmeZarrReader::MaxChannels); ++c) {
        ChannelInfo channel;
        if (c < listed) {
            const json &entry = (*described)[static_cast<size_t>(c)];
            if (const json *label = member(&entry, "label"))
                channel.name = scalarText(*label);
            channel.color = colorOf(member(&entry, "color"));
        }
        image.channels.append(channel);
    }
    if (image.name.isEmpty())
        image.name = stringOf(member(omero, "name"));
}

void fillPhysicalSizes(Reading &reading, const QString &groupPath, PixelsInfo &pixels, const QList<Axis> &axes,
                       const std::optional<std::vector<double>> &scale)
{
    if (!scale)
        return;
    QStringList unknownUnits;
    for (qsizetype i = 0; i < axes.size(); ++i) {
        const Axis &axis = axes[i];
        // A scale on an axis without a unit is a ratio between pyramid levels,
        // not a length: the physical size stays unknown (samples #17, #18).
        if (axis.unit.isEmpty() || axis.letter.isNull() || axis.letter == u'C' || (*scale)[size_t(i)] <= 0)
            continue;
        const double factor = (*scale)[size_t(i)];
        std::optional<double> &target = axis.letter == u'T'   ? pixels.timeIncrementS
                                        : axis.letter == u'X' ? pixels.physicalSizeXUm
                                        : axis.letter == u'Y' ? pixels.physicalSizeYUm
                                                              : pixels.physicalSizeZUm;
        const std::optional<double> converted =
            axis.letter == u'T' ? HeaderValues::toSeconds(factor, axis.unit) : HeaderValues::toMicrometres(factor, axis.unit);
        if (converted)
            target = HeaderValues::withoutBinaryNoise(*converted, 12); // scale products: 65 nm × 0.001
        else if (!unknownUnits.contains(axis.unit))
            unknownUnits.append(axis.unit);
    }
    if (!unknownUnits.isEmpty()) {
        reading.file.warnings.append(
            OmeZarrReader::tr("%1: the image \"%2\" uses the unit \"%3\", which Metafill does not know; that size is left unknown.")
                .arg(reading.path, displayed(groupPath), unknownUnits.join(u"\", \""_s).left(200)));
    }
}

// One multiscale image group: sizes and type from its first (full
// resolution) array, physical sizes from the scales, channels from "omero".
Result<ZarrImage> readImage(Reading &reading, const QString &groupPath)
{
    const QString &path = reading.path;
    Result<ZarrStore::Node> node = reading.store.node(groupPath);
    if (!node)
        return Result<ZarrImage>::failure(node.error());
    if (!node->exists)
        return Result<ZarrImage>::failure(OmeZarrReader::tr("%1: the image group \"%2\" is missing.").arg(path, displayed(groupPath)));
    const json *attributes = ngffAttributes(*node);
    const json *multiscales = nonEmptyArray(member(attributes, "multiscales"));
    if (!multiscales || !(*multiscales)[0].is_object()) {
        return Result<ZarrImage>::failure(
            OmeZarrReader::tr("%1: the group \"%2\" has no multiscales description, so it is not an OME-Zarr image.")
                .arg(path, displayed(groupPath)));
    }
    // Further multiscales describe other versions of the same image.
    const json &multiscale = (*multiscales)[0];
    QString version = stringOf(member(&multiscale, "version"));
    if (version.isEmpty())
        version = stringOf(member(attributes, "version"));
    checkVersion(reading, groupPath, version);

    const json *datasets = nonEmptyArray(member(&multiscale, "datasets"));
    const QString datasetPath = datasets ? stringOf(member(&(*datasets)[0], "path")) : QString();
    if (datasetPath.isEmpty()) {
        return Result<ZarrImage>::failure(
            OmeZarrReader::tr("%1: the image \"%2\" lists no arrays (multiscales datasets).").arg(path, displayed(groupPath)));
    }
    const QString arrayPath = joined(groupPath, datasetPath);
    Result<ZarrStore::Node> arrayNode = reading.store.node(arrayPath);
    if (!arrayNode)
        return Result<ZarrImage>::failure(arrayNode.error());
    if (!arrayNode->array) {
        return Result<ZarrImage>::failure(
            OmeZarrReader::tr("%1: the image \"%2\" names the array \"%3\", which is missing or not an array.")
                .arg(path, displayed(groupPath), arrayPath));
    }
    const json *array = arrayNode->array;
    const json *shapeList = member(array, "shape");
    std::vector<qint64> shape;
    if (shapeList && shapeList->is_array() && !shapeList->empty() && qsizetype(shapeList->size()) <= MaxDimensions) {
        for (const json &length : *shapeList) {
            const std::optional<qint64> dimension = dimensionOf(length);
            if (!dimension) {
                shape.clear();
                break;
            }
            shape.push_back(*dimension);
        }
    }
    if (shape.empty()) {
        return Result<ZarrImage>::failure(
            OmeZarrReader::tr("%1: the array \"%2\" has no plausible shape; its metadata are damaged.").arg(path, arrayPath));
    }

    Result<QList<Axis>> axes = axesOf(reading, groupPath, multiscale, array, qsizetype(shape.size()));
    if (!axes)
        return Result<ZarrImage>::failure(axes.error());

    ZarrImage result;
    result.attributes = node->attributes;
    result.array = array;
    ImageInfo &image = result.image;
    image.name = stringOf(member(&multiscale, "name"));
    PixelsInfo &pixels = image.pixels;
    pixels.pixelType = pixelTypeOf(array, arrayNode->zarrFormat);
    pixels.dimensionOrder = dimensionOrderOf(*axes);
    // An axis the image does not have has one plane (NGFF: axes absent from
    // the list are not dimensions of the data).
    pixels.sizeZ = pixels.sizeC = pixels.sizeT = 1;
    QStringList unplaced;
    for (qsizetype i = 0; i < axes->size(); ++i) {
        const Axis &axis = (*axes)[i];
        const qint64 length = shape[size_t(i)];
        // A zero length is an empty array, which OME cannot describe.
        const std::optional<qint64> size = length > 0 ? std::optional<qint64>(length) : std::nullopt;
        switch (axis.letter.unicode()) {
        case u'X':
            pixels.sizeX = size;
            break;
        case u'Y':
            pixels.sizeY = size;
            break;
        case u'Z':
            pixels.sizeZ = size;
            break;
        case u'C':
            pixels.sizeC = size;
            break;
        case u'T':
            pixels.sizeT = size;
            break;
        default:
            if (length > 1)
                unplaced.append(u"%1 (%2)"_s.arg(axis.name.left(40), QString::number(length)));
        }
    }
    if (!unplaced.isEmpty()) {
        reading.file.warnings.append(
            OmeZarrReader::tr("%1: the image \"%2\" has axes OME has no place for: %3; their planes are not counted.")
                .arg(path, displayed(groupPath), unplaced.join(u", "_s)));
    }

    // The dataset's scale, then the multiscale's own (applied after it).
    const std::optional<std::vector<double>> datasetScale =
        scaleOf(member(&(*datasets)[0], "coordinateTransformations"), qsizetype(shape.size()));
    const std::optional<std::vector<double>> levelScale =
        scaleOf(member(&multiscale, "coordinateTransformations"), qsizetype(shape.size()));
    std::optional<std::vector<double>> scale;
    if (datasetScale || levelScale) {
        scale = std::vector<double>(shape.size(), 1.0);
        for (size_t i = 0; i < shape.size(); ++i)
            (*scale)[i] = (datasetScale ? (*datasetScale)[i] : 1.0) * (levelScale ? (*levelScale)[i] : 1.0);
    }
    fillPhysicalSizes(reading, groupPath, pixels, *axes, scale);
    fillChannels(reading, groupPath, image, attributes, multiscale);
    return result;
}

// Sets the model's IDs of the image at position `index`.
void assignIds(ImageInfo &image, qsizetype index)
{
    image.id = u"Image:%1"_s.arg(index);
    for (qsizetype c = 0; c < image.channels.size(); ++c)
        image.channels[c].id = u"Channel:%1:%2"_s.arg(index).arg(c);
}

// Fills what the OME-XML leaves out from the Zarr image; the OME-XML wins
// where both speak, and a disagreement is reported.
void fillGaps(Reading &reading, ImageInfo &target, const ImageInfo &zarr, qsizetype index)
{
    PixelsInfo &p = target.pixels;
    const PixelsInfo &z = zarr.pixels;
    const std::pair<std::optional<qint64> *, std::optional<qint64>> sizes[] = {
        {&p.sizeX, z.sizeX}, {&p.sizeY, z.sizeY}, {&p.sizeZ, z.sizeZ}, {&p.sizeC, z.sizeC}, {&p.sizeT, z.sizeT}};
    bool disagree = false;
    for (const auto &[mine, theirs] : sizes) {
        if (!*mine)
            *mine = theirs;
        else if (theirs && *theirs != **mine)
            disagree = true;
    }
    if (disagree) {
        reading.file.warnings.append(
            OmeZarrReader::tr("%1: the OME-XML and the Zarr array of image %2 give different sizes; the OME-XML's are shown.")
                .arg(reading.path, QString::number(index)));
    }
    if (p.pixelType.isEmpty())
        p.pixelType = z.pixelType;
    if (p.dimensionOrder.isEmpty())
        p.dimensionOrder = z.dimensionOrder;
    if (!p.physicalSizeXUm)
        p.physicalSizeXUm = z.physicalSizeXUm;
    if (!p.physicalSizeYUm)
        p.physicalSizeYUm = z.physicalSizeYUm;
    if (!p.physicalSizeZUm)
        p.physicalSizeZUm = z.physicalSizeZUm;
    if (!p.timeIncrementS)
        p.timeIncrementS = z.timeIncrementS;
    if (target.name.isEmpty())
        target.name = zarr.name;
    if (target.channels.isEmpty()) {
        target.channels = zarr.channels;
        for (qsizetype c = 0; c < target.channels.size(); ++c)
            target.channels[c].id = u"Channel:%1:%2"_s.arg(index).arg(c);
    } else {
        for (qsizetype c = 0; c < std::min(target.channels.size(), zarr.channels.size()); ++c) {
            if (target.channels[c].name.isEmpty())
                target.channels[c].name = zarr.channels[c].name;
            if (!target.channels[c].color)
                target.channels[c].color = zarr.channels[c].color;
        }
    }
}

// The images of a plate: the first field of each well. A plate scan can have
// thousands of wells with several fields each; the fields of a well share
// their acquisition settings, and metadata are filled per acquisition, so one
// image per well keeps the list usable. (The OME-XML of bioformats2raw, when
// present, lists every field instead.)
QList<ZarrImage> readPlate(Reading &reading, const QString &groupPath, const json *attributes)
{
    QList<ZarrImage> images;
    const json *wells = member(member(attributes, "plate"), "wells");
    if (!wells || !wells->is_array())
        return images;
    // Wells that fail count too: a list of a million bogus wells must not
    // cost a million lookups.
    qsizetype examined = 0;
    for (const json &well : *wells) {
        if (++examined > OmeZarrReader::MaxImages)
            break;
        const QString name = stringOf(member(&well, "path"));
        if (name.isEmpty()) {
            reading.skip(OmeZarrReader::tr("%1: the plate lists a well without a path.").arg(reading.path));
            continue;
        }
        const QString wellPath = joined(groupPath, name);
        Result<ZarrStore::Node> wellNode = reading.store.node(wellPath);
        if (!wellNode) {
            reading.skip(wellNode.error());
            continue;
        }
        const json *fields = nonEmptyArray(member(member(ngffAttributes(*wellNode), "well"), "images"));
        const QString field = fields ? stringOf(member(&(*fields)[0], "path")) : QString();
        if (field.isEmpty()) {
            reading.skip(OmeZarrReader::tr("%1: the well \"%2\" lists no images.").arg(reading.path, displayed(wellPath)));
            continue;
        }
        Result<ZarrImage> image = readImage(reading, joined(wellPath, field));
        if (!image) {
            reading.skip(image.error());
            continue;
        }
        if (image->image.name.isEmpty())
            image.value().image.name = OmeZarrReader::tr("Well %1, field %2").arg(name, field);
        images.append(std::move(image).value());
    }
    return images;
}

// The images of a well passed on its own: all its fields.
QList<ZarrImage> readWell(Reading &reading, const json *attributes)
{
    QList<ZarrImage> images;
    const json *fields = member(member(attributes, "well"), "images");
    if (!fields || !fields->is_array())
        return images;
    qsizetype examined = 0;
    for (const json &field : *fields) {
        if (++examined > OmeZarrReader::MaxImages)
            break;
        Result<ZarrImage> image = readImage(reading, stringOf(member(&field, "path")));
        if (!image) {
            reading.skip(image.error());
            continue;
        }
        images.append(std::move(image).value());
    }
    return images;
}

// The series of a bioformats2raw collection: OME/ lists them ("series"), or
// else they are the groups 0, 1, 2 … in order.
QStringList seriesOf(Reading &reading)
{
    QStringList series;
    Result<ZarrStore::Node> ome = reading.store.node(u"OME"_s);
    if (ome && ome->exists) {
        if (const json *listed = member(ngffAttributes(*ome), "series"); listed && listed->is_array()) {
            for (const json &entry : *listed) {
                if (series.size() >= OmeZarrReader::MaxImages)
                    break;
                if (const QString name = stringOf(&entry); !name.isEmpty())
                    series.append(name);
            }
            return series;
        }
    }
    for (qsizetype i = 0; i < OmeZarrReader::MaxImages; ++i) {
        Result<ZarrStore::Node> node = reading.store.node(QString::number(i));
        // A damaged group still counts: reading it says what is wrong.
        if (node && !node->exists)
            break;
        series.append(QString::number(i));
    }
    return series;
}

struct Location
{
    QString zarrRoot;
    // METADATA.ome.xml beside the Zarr folder (old bioformats2raw layout) and the folder holding both.
    QString besideXml;
    QString besideFolder;
};

bool hasZarrMetadata(const QDir &dir)
{
    for (const char *name : {".zgroup", ".zattrs", ".zarray", "zarr.json", ".zmetadata"}) {
        if (QFileInfo::exists(dir.filePath(QString::fromLatin1(name))))
            return true;
    }
    return false;
}

QStringList zarrFoldersIn(const QDir &dir)
{
    QStringList found;
    for (const QString &name : dir.entryList({u"*.zarr"_s}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (hasZarrMetadata(QDir(dir.filePath(name))))
            found.append(name);
    }
    return found;
}

Result<Location> locate(const QString &path)
{
    const QDir dir(path);
    Location location;
    if (hasZarrMetadata(dir)) {
        location.zarrRoot = dir.absolutePath();
        const QFileInfo root(location.zarrRoot);
        location.besideFolder = root.canonicalFilePath().isEmpty() ? QString() : QFileInfo(root.canonicalFilePath()).absolutePath();
        location.besideXml = QDir(location.besideFolder).filePath(u"METADATA.ome.xml"_s);
        return location;
    }
    const QStringList zarrs = zarrFoldersIn(dir);
    if (zarrs.size() > 1) {
        return Result<Location>::failure(OmeZarrReader::tr("%1: this folder holds several Zarr folders (%2); open one of them.")
                                             .arg(path, zarrs.mid(0, 5).join(u", "_s)));
    }
    if (zarrs.isEmpty() || !QFileInfo::exists(dir.filePath(u"METADATA.ome.xml"_s)))
        return Result<Location>::failure(OmeZarrReader::tr("%1: this folder is not an OME-Zarr image.").arg(path));
    location.zarrRoot = dir.filePath(zarrs.first());
    location.besideFolder = QFileInfo(dir.absolutePath()).canonicalFilePath();
    location.besideXml = dir.filePath(u"METADATA.ome.xml"_s);
    return location;
}

// The OME-XML of a bioformats2raw collection, if there is one and it parses.
std::optional<FileMetadata> readOmeXml(Reading &reading, const Location &location)
{
    const QString inside = QDir(reading.store.root()).filePath(u"OME/METADATA.ome.xml"_s);
    const std::pair<QString, QString> candidates[] = {{inside, reading.store.root()}, {location.besideXml, location.besideFolder}};
    for (const auto &[file, folder] : candidates) {
        if (file.isEmpty() || folder.isEmpty())
            continue;
        Result<std::optional<QByteArray>> bytes = reading.store.readFile(file, folder, OmeXmlParser::MaxXmlBytes);
        if (!bytes) {
            reading.file.warnings.append(bytes.error());
            return std::nullopt;
        }
        if (!bytes->has_value())
            continue;
        Result<FileMetadata> parsed = OmeXmlParser::parse(**bytes, file);
        if (!parsed) {
            reading.file.warnings.append(
                OmeZarrReader::tr("%1: the OME-XML beside the images could not be read, so only the Zarr metadata are shown: %2")
                    .arg(reading.path, parsed.error()));
            return std::nullopt;
        }
        reading.file.companionFiles.append(file);
        return std::move(parsed).value();
    }
    return std::nullopt;
}

void readBioformats2raw(Reading &reading, const Location &location, const json *attributes, QList<ZarrImage> &images)
{
    const json *layout = member(attributes, "bioformats2raw.layout");
    if (!layout || !layout->is_number_integer() || layout->get<std::int64_t>() < 1 || layout->get<std::int64_t>() > 3) {
        reading.file.warnings.append(
            OmeZarrReader::tr("%1: the bioformats2raw layout version %2 is not one Metafill knows (1 to 3); it was read as version 3.")
                .arg(reading.path, layout ? scalarText(*layout).left(20) : QString()));
    }
    std::optional<FileMetadata> xml = readOmeXml(reading, location);
    if (xml) {
        reading.file.instruments = xml->instruments;
        reading.file.originalMetadata = xml->originalMetadata;
        reading.file.warnings.append(xml->warnings);
    }

    if (member(attributes, "plate")) {
        if (xml) {
            for (ImageInfo &image : xml->images)
                images.append(ZarrImage{std::move(image), nullptr, nullptr});
        } else {
            images = readPlate(reading, QString(), attributes);
        }
        return;
    }

    const QStringList series = seriesOf(reading);
    std::vector<std::optional<ZarrImage>> fromZarr;
    for (const QString &name : series) {
        Result<ZarrImage> image = readImage(reading, name);
        if (image) {
            fromZarr.push_back(std::move(image).value());
        } else {
            reading.skip(image.error());
            fromZarr.emplace_back();
        }
    }
    const qsizetype xmlCount = xml ? xml->images.size() : 0;
    const qsizetype count = std::min(std::max(xmlCount, qsizetype(fromZarr.size())), OmeZarrReader::MaxImages);
    // bioformats2raw writes series i from the OME-XML's Image i.
    for (qsizetype i = 0; i < count; ++i) {
        ZarrImage *zarr = i < qsizetype(fromZarr.size()) && fromZarr[size_t(i)] ? &*fromZarr[size_t(i)] : nullptr;
        if (i < xmlCount) {
            ZarrImage merged{std::move(xml->images[i]), nullptr, nullptr};
            if (zarr) {
                fillGaps(reading, merged.image, zarr->image, i);
                merged.attributes = zarr->attributes;
                merged.array = zarr->array;
            }
            images.append(std::move(merged));
        } else if (zarr) {
            images.append(std::move(*zarr));
        }
    }
}

Result<FileMetadata> read(const QString &path, qint64 &bytesRead)
{
    Result<Location> location = locate(path);
    if (!location)
        return Result<FileMetadata>::failure(location.error());
    ZarrStore store(location->zarrRoot, path);
    if (Status opened = store.open(); !opened)
        return Result<FileMetadata>::failure(opened.error());

    FileMetadata file;
    file.format = u"ome-zarr"_s;
    Reading reading{path, store, file};
    const auto failure = [&](const QString &message) {
        bytesRead = store.bytesRead();
        return Result<FileMetadata>::failure(message);
    };

    Result<ZarrStore::Node> root = store.node(QString());
    if (!root)
        return failure(root.error());
    if (!root->exists)
        return failure(OmeZarrReader::tr("%1: the folder has no Zarr metadata (.zattrs, .zgroup or zarr.json).").arg(path));
    const json *attributes = ngffAttributes(*root);

    QList<ZarrImage> images;
    bool collection = true;
    if (member(attributes, "bioformats2raw.layout")) {
        readBioformats2raw(reading, *location, attributes, images);
    } else if (member(attributes, "plate")) {
        images = readPlate(reading, QString(), attributes);
    } else if (member(attributes, "well")) {
        images = readWell(reading, attributes);
    } else if (member(attributes, "multiscales")) {
        collection = false;
        Result<ZarrImage> image = readImage(reading, QString());
        if (!image)
            return failure(image.error());
        images.append(std::move(image).value());
    } else if (root->array) {
        return failure(
            OmeZarrReader::tr("%1: this is a plain Zarr array without OME-NGFF metadata, so its dimensions have no meaning Metafill "
                              "can tell.")
                .arg(path));
    } else {
        return failure(
            OmeZarrReader::tr("%1: this Zarr folder holds no OME-NGFF image: its attributes have none of multiscales, plate, well "
                              "or bioformats2raw.layout.")
                .arg(path));
    }
    reading.finishSkips();
    if (images.isEmpty()) {
        return failure(file.warnings.isEmpty() ? OmeZarrReader::tr("%1: the OME-Zarr collection lists no images.").arg(path)
                                               : file.warnings.first());
    }

    // IDs by position; the OME-XML's images keep theirs, which are the same.
    for (qsizetype i = 0; i < images.size(); ++i) {
        assignIds(images[i].image, i);
        file.images.append(std::move(images[i].image));
    }
    // The original metadata last, so that the bound counts what the OME-XML brought.
    KeyValueBudget budget(file, path);
    if (collection)
        flattenAttributes(root->attributes, file.originalMetadata, budget);
    for (qsizetype i = 0; i < images.size(); ++i) {
        KeyValueList &list = file.images[i].originalMetadata;
        flattenAttributes(images[i].attributes, list, budget);
        if (images[i].array)
            flatten(*images[i].array, u"array"_s, list, budget, 1);
    }
    budget.finish();
    bytesRead = store.bytesRead();
    return file;
}

} // namespace

bool OmeZarrReader::recognizesFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return false;
    const QDir dir(path);
    if (hasZarrMetadata(dir))
        return true;
    return QFileInfo::exists(dir.filePath(u"METADATA.ome.xml"_s)) && !zarrFoldersIn(dir).isEmpty();
}

Result<FileMetadata> OmeZarrReader::readFolder(const QString &path)
{
    qint64 bytesRead = 0;
    return readFolder(path, bytesRead);
}

Result<FileMetadata> OmeZarrReader::readFolder(const QString &path, qint64 &bytesRead)
{
    bytesRead = 0;
    // nlohmann::json and Qt containers may throw std::bad_alloc; nothing escapes.
    try {
        return read(path, bytesRead);
    } catch (const std::bad_alloc &) {
        return Result<FileMetadata>::failure(
            tr("%1: the metadata need more memory than is available; the folder is damaged or too large.").arg(path));
    } catch (const std::exception &e) {
        return Result<FileMetadata>::failure(tr("%1: the metadata could not be read: %2").arg(path, QString::fromLocal8Bit(e.what())));
    }
}

} // namespace metafill
