#include "OmeXmlParser.h"

#include "formats/KeyValueBudget.h"
#include "model/HeaderValues.h"
#include "template/Units.h"

#include <QHash>
#include <QSet>

#include <pugixml.hpp>

#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

// Bounds on what one document may add to the model. A 64 MiB document can
// declare a million channels; nobody fills a form for that, and the model is
// copied around the application.
constexpr qsizetype MaxImages = 10'000;
constexpr qsizetype MaxInstruments = 1'000;
constexpr qsizetype MaxDevicesPerKind = 1'000; // objectives, detectors, … per instrument
constexpr qsizetype MaxChannelsPerImage = 4'096;
constexpr qsizetype MaxTiffDataFiles = 100'000;

const QStringList &pixelTypes()
{
    static const QStringList types = {u"int8"_s,  u"int16"_s, u"int32"_s,   u"uint8"_s,   u"uint16"_s,         u"uint32"_s,
                                      u"float"_s, u"double"_s, u"complex"_s, u"bit"_s, u"double-complex"_s};
    return types;
}

const QStringList &dimensionOrders()
{
    static const QStringList orders = {u"XYZCT"_s, u"XYZTC"_s, u"XYCTZ"_s, u"XYCZT"_s, u"XYTCZ"_s, u"XYTZC"_s};
    return orders;
}

// "ome:Pixels" → "Pixels".
const char *localName(const char *name)
{
    const char *colon = std::strrchr(name, ':');
    return colon ? colon + 1 : name;
}

bool isNamed(const pugi::xml_node &node, const char *name)
{
    return node.type() == pugi::node_element && std::strcmp(localName(node.name()), name) == 0;
}

pugi::xml_node child(const pugi::xml_node &parent, const char *name)
{
    for (pugi::xml_node node = parent.first_child(); node; node = node.next_sibling()) {
        if (isNamed(node, name))
            return node;
    }
    return {};
}

// Calls `visit` for each child element with the given local name. Every walk
// in this file is a fixed number of such loops deep: no recursion, so a deeply
// nested document cannot exhaust the stack.
template<typename Visit>
void forEachChild(const pugi::xml_node &parent, const char *name, Visit visit)
{
    for (pugi::xml_node node = parent.first_child(); node; node = node.next_sibling()) {
        if (isNamed(node, name))
            visit(node);
    }
}

QString text(const pugi::xml_node &node, const char *attribute)
{
    return QString::fromUtf8(node.attribute(attribute).value()).trimmed();
}

QString elementText(const pugi::xml_node &node)
{
    return QString::fromUtf8(node.text().get()).trimmed();
}

// Numbers through Qt, not pugixml's as_double(): strtod follows the C locale,
// which QCoreApplication sets from the environment ("0,5" in German).
std::optional<double> number(const pugi::xml_node &node, const char *attribute)
{
    const pugi::xml_attribute attr = node.attribute(attribute);
    if (!attr)
        return std::nullopt;
    return HeaderValues::number(QString::fromUtf8(attr.value()));
}

std::optional<qint64> integer(const pugi::xml_node &node, const char *attribute)
{
    const pugi::xml_attribute attr = node.attribute(attribute);
    if (!attr)
        return std::nullopt;
    bool ok = false;
    const qint64 value = QString::fromUtf8(attr.value()).trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<qint64> positive(const pugi::xml_node &node, const char *attribute)
{
    const std::optional<qint64> value = integer(node, attribute);
    return value && *value > 0 ? value : std::nullopt;
}

// A value with its unit attribute; the schema's default unit applies when the
// attribute is absent (OME 2015-01 and later; older schemas had fixed units,
// which are the same defaults). An unknown unit ("pixel") leaves the value unknown.
using Converter = std::optional<double> (*)(double, const QString &);

std::optional<double> quantity(const pugi::xml_node &node, const char *attribute, const char *unitAttribute,
                               const QString &defaultUnit, Converter convert)
{
    const std::optional<double> value = number(node, attribute);
    if (!value)
        return std::nullopt;
    const pugi::xml_attribute unit = node.attribute(unitAttribute);
    QString spelled = unit ? QString::fromUtf8(unit.value()).trimmed() : defaultUnit;
    // OME spells the ångström with its own letter; HeaderValues knows the word.
    if (spelled == u"\u00C5"_s || spelled == u"\u212B"_s)
        spelled = u"angstrom"_s;
    return convert(*value, spelled);
}

std::optional<double> length(const pugi::xml_node &node, const char *attribute, const char *unitAttribute)
{
    return quantity(node, attribute, unitAttribute, u"µm"_s, HeaderValues::toMicrometres);
}

std::optional<double> wavelength(const pugi::xml_node &node, const char *attribute, const char *unitAttribute)
{
    return quantity(node, attribute, unitAttribute, u"nm"_s, HeaderValues::toNanometres);
}

std::optional<double> duration(const pugi::xml_node &node, const char *attribute, const char *unitAttribute)
{
    return quantity(node, attribute, unitAttribute, u"s"_s, HeaderValues::toSeconds);
}

std::optional<double> toVolts(double value, const QString &unit)
{
    return Units::convert(value, unit, u"V"_s);
}

std::optional<double> toMilliwatts(double value, const QString &unit)
{
    return Units::convert(value, unit, u"mW"_s);
}

std::optional<double> positiveLength(const pugi::xml_node &node, const char *attribute, const char *unitAttribute)
{
    const std::optional<double> value = length(node, attribute, unitAttribute);
    return value && *value > 0 ? value : std::nullopt;
}

// OME Color is a signed 32-bit RGBA value; some writers store it unsigned.
std::optional<qint32> color(const pugi::xml_node &node)
{
    const std::optional<qint64> value = integer(node, "Color");
    if (!value || *value < std::numeric_limits<qint32>::min() || *value > std::numeric_limits<quint32>::max())
        return std::nullopt;
    return static_cast<qint32>(static_cast<quint32>(*value));
}

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int continuation = 0;
        char32_t minimum = 0;
        char32_t code = 0;
        if ((lead & 0xE0) == 0xC0) {
            continuation = 1;
            minimum = 0x80;
            code = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            continuation = 2;
            minimum = 0x800;
            code = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            continuation = 3;
            minimum = 0x10000;
            code = lead & 0x07;
        } else {
            return false;
        }
        if (size - i <= continuation)
            return false;
        for (int k = 1; k <= continuation; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += continuation + 1;
    }
    return true;
}

// Maps the document's own IDs ("Microscope", "Detector:DCam", "urn:lsid:…")
// to the model's IDs. The first element with an ID wins, as in a valid document.
class IdMap
{
public:
    void add(const QString &fileId, const QString &modelId)
    {
        if (!fileId.isEmpty() && !m_ids.contains(fileId))
            m_ids.insert(fileId, modelId);
    }
    QString operator()(const QString &fileId) const { return m_ids.value(fileId); }

private:
    QHash<QString, QString> m_ids;
};

class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(OmeXmlParser)

public:
    DocumentReader(OmeXmlDocument &document, const QString &origin)
        : m_document(document), m_metadata(document.metadata), m_origin(origin), m_keyValues(document.metadata, origin)
    {
    }

    void read(const pugi::xml_node &ome)
    {
        m_document.uuid = text(ome, "UUID");
        if (const pugi::xml_node binaryOnly = child(ome, "BinaryOnly")) {
            m_document.binaryOnlyMetadataFile = text(binaryOnly, "MetadataFile");
            m_document.binaryOnlyUuid = text(binaryOnly, "UUID");
        }
        forEachChild(ome, "Instrument", [this](const pugi::xml_node &node) { readInstrument(node); });
        collectAnnotationRefs(ome);
        forEachChild(ome, "Image", [this](const pugi::xml_node &node) { readImage(node); });
        if (const pugi::xml_node annotations = child(ome, "StructuredAnnotations"))
            readAnnotations(annotations);
        if (m_truncatedLists) {
            m_metadata.warnings.append(
                tr("%1: the OME-XML describes more images, instruments or channels than Metafill shows; the rest was left out.")
                    .arg(m_origin));
        }
        m_keyValues.finish();
    }

private:
    bool roomFor(qsizetype size, qsizetype maximum)
    {
        if (size < maximum)
            return true;
        m_truncatedLists = true;
        return false;
    }

    void readInstrument(const pugi::xml_node &node)
    {
        if (!roomFor(m_metadata.instruments.size(), MaxInstruments))
            return;
        const qsizetype index = m_metadata.instruments.size();
        InstrumentInfo instrument;
        instrument.id = u"Instrument:%1"_s.arg(index);
        m_instrumentIds.add(text(node, "ID"), instrument.id);

        if (const pugi::xml_node microscope = child(node, "Microscope")) {
            instrument.microscope.manufacturer = text(microscope, "Manufacturer");
            instrument.microscope.model = text(microscope, "Model");
            instrument.microscope.serialNumber = text(microscope, "SerialNumber");
            instrument.microscope.type = text(microscope, "Type");
        }
        forEachChild(node, "Objective", [&](const pugi::xml_node &o) {
            if (!roomFor(instrument.objectives.size(), MaxDevicesPerKind))
                return;
            ObjectiveInfo objective;
            objective.id = u"Objective:%1:%2"_s.arg(index).arg(instrument.objectives.size());
            m_objectiveIds.add(text(o, "ID"), objective.id);
            objective.manufacturer = text(o, "Manufacturer");
            objective.model = text(o, "Model");
            objective.serialNumber = text(o, "SerialNumber");
            objective.nominalMagnification = number(o, "NominalMagnification");
            objective.calibratedMagnification = number(o, "CalibratedMagnification");
            objective.lensNA = number(o, "LensNA");
            objective.immersion = text(o, "Immersion");
            objective.correction = text(o, "Correction");
            objective.workingDistanceUm = length(o, "WorkingDistance", "WorkingDistanceUnit");
            instrument.objectives.append(std::move(objective));
        });
        forEachChild(node, "Detector", [&](const pugi::xml_node &d) {
            if (!roomFor(instrument.detectors.size(), MaxDevicesPerKind))
                return;
            DetectorInfo detector;
            detector.id = u"Detector:%1:%2"_s.arg(index).arg(instrument.detectors.size());
            m_detectorIds.add(text(d, "ID"), detector.id);
            detector.manufacturer = text(d, "Manufacturer");
            detector.model = text(d, "Model");
            detector.serialNumber = text(d, "SerialNumber");
            detector.type = text(d, "Type");
            detector.gain = number(d, "Gain");
            detector.voltage = quantity(d, "Voltage", "VoltageUnit", u"V"_s, toVolts);
            detector.offset = number(d, "Offset");
            instrument.detectors.append(std::move(detector));
        });
        for (pugi::xml_node s = node.first_child(); s; s = s.next_sibling())
            readLightSource(s, index, instrument);
        forEachChild(node, "Filter", [&](const pugi::xml_node &f) {
            if (!roomFor(instrument.filters.size(), MaxDevicesPerKind))
                return;
            FilterInfo filter;
            filter.id = u"Filter:%1:%2"_s.arg(index).arg(instrument.filters.size());
            m_filterIds.add(text(f, "ID"), filter.id);
            filter.manufacturer = text(f, "Manufacturer");
            filter.model = text(f, "Model");
            filter.type = text(f, "Type");
            if (const pugi::xml_node range = child(f, "TransmittanceRange")) {
                filter.cutInNm = wavelength(range, "CutIn", "CutInUnit");
                filter.cutOutNm = wavelength(range, "CutOut", "CutOutUnit");
            }
            instrument.filters.append(std::move(filter));
        });
        m_metadata.instruments.append(std::move(instrument));
    }

    // OME 2012-06 and later put Laser, Arc … directly in the Instrument; 2010
    // schemas wrapped them in a LightSource element that carries the ID and
    // the manufacturer.
    void readLightSource(const pugi::xml_node &node, qsizetype instrumentIndex, InstrumentInfo &instrument)
    {
        static const char *const kinds[] = {"Laser", "Arc", "Filament", "LightEmittingDiode", "GenericExcitationSource"};
        pugi::xml_node common = node;
        pugi::xml_node specific = node;
        if (isNamed(node, "LightSource")) {
            specific = pugi::xml_node();
            for (pugi::xml_node inner = node.first_child(); inner && !specific; inner = inner.next_sibling()) {
                if (inner.type() == pugi::node_element)
                    specific = inner;
            }
            if (!specific)
                return;
        }
        const char *kind = nullptr;
        for (const char *candidate : kinds) {
            if (isNamed(specific, candidate))
                kind = candidate;
        }
        if (!kind || !roomFor(instrument.lightSources.size(), MaxDevicesPerKind))
            return;
        LightSourceInfo source;
        source.id = u"LightSource:%1:%2"_s.arg(instrumentIndex).arg(instrument.lightSources.size());
        source.kind = QString::fromLatin1(kind);
        const QString fileId = text(common, "ID");
        m_lightSourceIds.add(fileId.isEmpty() ? text(specific, "ID") : fileId, source.id);
        const auto either = [&](const char *attribute) {
            const QString value = text(common, attribute);
            return value.isEmpty() ? text(specific, attribute) : value;
        };
        source.manufacturer = either("Manufacturer");
        source.model = either("Model");
        source.serialNumber = either("SerialNumber");
        source.powerMw = quantity(common, "Power", "PowerUnit", u"mW"_s, toMilliwatts);
        if (!source.powerMw)
            source.powerMw = quantity(specific, "Power", "PowerUnit", u"mW"_s, toMilliwatts);
        if (source.kind == u"Laser"_s)
            source.wavelengthNm = wavelength(specific, "Wavelength", "WavelengthUnit");
        instrument.lightSources.append(std::move(source));
    }

    // Which image each annotation belongs to: Image/AnnotationRef/@ID.
    void collectAnnotationRefs(const pugi::xml_node &ome)
    {
        qsizetype index = 0;
        forEachChild(ome, "Image", [&](const pugi::xml_node &image) {
            forEachChild(image, "AnnotationRef", [&](const pugi::xml_node &ref) {
                const QString id = text(ref, "ID");
                if (!id.isEmpty() && !m_annotationImage.contains(id))
                    m_annotationImage.insert(id, index);
            });
            ++index;
        });
    }

    void readImage(const pugi::xml_node &node)
    {
        if (!roomFor(m_metadata.images.size(), MaxImages))
            return;
        const qsizetype index = m_metadata.images.size();
        ImageInfo image;
        image.id = u"Image:%1"_s.arg(index);
        image.name = text(node, "Name");
        image.description = elementText(child(node, "Description"));

        // AcquiredDate is the 2010 spelling.
        pugi::xml_node date = child(node, "AcquisitionDate");
        if (!date)
            date = child(node, "AcquiredDate");
        if (date) {
            const QString written = elementText(date);
            image.acquisitionDate = HeaderValues::isoDate(HeaderValues::parseDateTime(written));
            if (image.acquisitionDate.isEmpty() && !written.isEmpty()) {
                m_metadata.warnings.append(
                    tr("%1: the acquisition date \"%2\" of image %3 is not a date; it was left out.").arg(m_origin, written.left(64), image.id));
            }
        }

        if (const pugi::xml_node ref = child(node, "InstrumentRef"))
            image.instrumentRef = m_instrumentIds(text(ref, "ID"));
        if (const pugi::xml_node settings = child(node, "ObjectiveSettings")) {
            image.objectiveRef = m_objectiveIds(text(settings, "ID"));
            image.objectiveMedium = text(settings, "Medium");
            image.objectiveRefractiveIndex = number(settings, "RefractiveIndex");
        } else if (const InstrumentInfo *instrument = m_metadata.instrument(image.instrumentRef);
                   instrument && instrument->objectives.size() == 1) {
            // The image's instrument has exactly one objective: that one took it.
            image.objectiveRef = instrument->objectives.first().id;
        }
        if (const pugi::xml_node stage = child(node, "StageLabel"))
            image.stageLabel = text(stage, "Name");

        if (const pugi::xml_node pixels = child(node, "Pixels"))
            readPixels(pixels, index, image);
        m_metadata.images.append(std::move(image));
    }

    void readPixels(const pugi::xml_node &pixels, qsizetype imageIndex, ImageInfo &image)
    {
        PixelsInfo &p = image.pixels;
        p.sizeX = positive(pixels, "SizeX");
        p.sizeY = positive(pixels, "SizeY");
        p.sizeZ = positive(pixels, "SizeZ");
        p.sizeC = positive(pixels, "SizeC");
        p.sizeT = positive(pixels, "SizeT");
        const QString order = text(pixels, "DimensionOrder").toUpper();
        if (dimensionOrders().contains(order))
            p.dimensionOrder = order;
        // "PixelType" is the 2003 FC spelling.
        QString type = text(pixels, "Type").toLower();
        if (type.isEmpty())
            type = text(pixels, "PixelType").toLower();
        if (pixelTypes().contains(type))
            p.pixelType = type;
        if (const std::optional<qint64> bits = positive(pixels, "SignificantBits"); bits && *bits <= 128)
            p.significantBits = int(*bits);
        // BigEndian is deliberately not read: Bio-Formats 5 wrote "true" into
        // little-endian files, and the TIFF header is the truth anyway.
        p.physicalSizeXUm = positiveLength(pixels, "PhysicalSizeX", "PhysicalSizeXUnit");
        p.physicalSizeYUm = positiveLength(pixels, "PhysicalSizeY", "PhysicalSizeYUnit");
        p.physicalSizeZUm = positiveLength(pixels, "PhysicalSizeZ", "PhysicalSizeZUnit");
        p.timeIncrementS = duration(pixels, "TimeIncrement", "TimeIncrementUnit");

        forEachChild(pixels, "Channel", [&](const pugi::xml_node &c) {
            if (!roomFor(image.channels.size(), MaxChannelsPerImage))
                return;
            image.channels.append(readChannel(c, imageIndex, image.channels.size()));
        });

        // OME keeps the exposure on each Plane; a channel's is that of its first plane.
        QList<bool> exposureSeen(image.channels.size(), false);
        forEachChild(pixels, "Plane", [&](const pugi::xml_node &plane) {
            const std::optional<qint64> theC = integer(plane, "TheC");
            if (!theC || *theC < 0 || *theC >= image.channels.size() || exposureSeen[*theC])
                return;
            exposureSeen[*theC] = true;
            image.channels[*theC].exposureS = duration(plane, "ExposureTime", "ExposureTimeUnit");
        });

        forEachChild(pixels, "TiffData", [&](const pugi::xml_node &tiffData) {
            const pugi::xml_node uuid = child(tiffData, "UUID");
            const QString fileName = uuid ? text(uuid, "FileName") : QString();
            if (fileName.isEmpty() || m_tiffDataFiles.contains(fileName)
                || m_document.tiffDataFiles.size() >= MaxTiffDataFiles)
                return;
            m_tiffDataFiles.insert(fileName);
            m_document.tiffDataFiles.append(fileName);
        });
    }

    ChannelInfo readChannel(const pugi::xml_node &c, qsizetype imageIndex, qsizetype channelIndex)
    {
        ChannelInfo channel;
        channel.id = u"Channel:%1:%2"_s.arg(imageIndex).arg(channelIndex);
        channel.name = text(c, "Name");
        channel.fluor = text(c, "Fluor");
        channel.acquisitionMode = text(c, "AcquisitionMode");
        channel.illuminationType = text(c, "IlluminationType");
        channel.contrastMethod = text(c, "ContrastMethod");
        channel.excitationNm = wavelength(c, "ExcitationWavelength", "ExcitationWavelengthUnit");
        channel.emissionNm = wavelength(c, "EmissionWavelength", "EmissionWavelengthUnit");
        channel.pinholeUm = length(c, "PinholeSize", "PinholeSizeUnit");
        if (const std::optional<qint64> samples = positive(c, "SamplesPerPixel"); samples && *samples <= 65535)
            channel.samplesPerPixel = int(*samples);
        channel.color = color(c);
        if (const pugi::xml_node detector = child(c, "DetectorSettings")) {
            channel.detectorRef = m_detectorIds(text(detector, "ID"));
            channel.detectorGain = number(detector, "Gain");
            channel.detectorVoltage = quantity(detector, "Voltage", "VoltageUnit", u"V"_s, toVolts);
        }
        if (const pugi::xml_node light = child(c, "LightSourceSettings")) {
            channel.lightSourceRef = m_lightSourceIds(text(light, "ID"));
            channel.lightSourceWavelengthNm = wavelength(light, "Wavelength", "WavelengthUnit");
            if (const std::optional<double> attenuation = number(light, "Attenuation");
                attenuation && *attenuation >= 0 && *attenuation <= 1)
                channel.lightSourceAttenuation = attenuation;
        }
        return channel;
    }

    KeyValueList &keyValuesFor(const QString &annotationId)
    {
        const qsizetype image = m_annotationImage.value(annotationId, -1);
        if (image >= 0 && image < m_metadata.images.size())
            return m_metadata.images[image].originalMetadata;
        return m_metadata.originalMetadata;
    }

    // Bio-Formats writes each original key as
    //   <XMLAnnotation Namespace="openmicroscopy.org/OriginalMetadata"><Value>
    //     <OriginalMetadata><Key>…</Key><Value>…</Value></OriginalMetadata></Value></XMLAnnotation>
    // and OMERO and newer writers use <MapAnnotation><Value><M K="…">…</M></Value></MapAnnotation>.
    void readAnnotations(const pugi::xml_node &annotations)
    {
        for (pugi::xml_node a = annotations.first_child(); a && !m_keyValues.full(); a = a.next_sibling()) {
            if (isNamed(a, "XMLAnnotation")) {
                KeyValueList &target = keyValuesFor(text(a, "ID"));
                forEachChild(child(a, "Value"), "OriginalMetadata", [&](const pugi::xml_node &entry) {
                    const QString key = elementText(child(entry, "Key"));
                    if (!key.isEmpty())
                        m_keyValues.add(target, key, elementText(child(entry, "Value")));
                });
            } else if (isNamed(a, "MapAnnotation")) {
                KeyValueList &target = keyValuesFor(text(a, "ID"));
                forEachChild(child(a, "Value"), "M", [&](const pugi::xml_node &entry) {
                    const QString key = text(entry, "K");
                    if (!key.isEmpty())
                        m_keyValues.add(target, key, elementText(entry));
                });
            }
        }
    }

    OmeXmlDocument &m_document;
    FileMetadata &m_metadata;
    const QString &m_origin;
    KeyValueBudget m_keyValues;
    IdMap m_instrumentIds, m_objectiveIds, m_detectorIds, m_lightSourceIds, m_filterIds;
    QHash<QString, qsizetype> m_annotationImage;
    QSet<QString> m_tiffDataFiles;
    bool m_truncatedLists = false;
};

} // namespace

Result<FileMetadata> OmeXmlParser::parse(QByteArrayView xml, const QString &origin)
{
    Result<OmeXmlDocument> document = parseDocument(xml, origin);
    if (!document)
        return Result<FileMetadata>::failure(document.error());
    return std::move(document).value().metadata;
}

Result<OmeXmlDocument> OmeXmlParser::parseDocument(QByteArrayView xml, const QString &origin)
{
    if (xml.size() > MaxXmlBytes) {
        return Result<OmeXmlDocument>::failure(
            tr("%1: the OME-XML metadata is %2 MiB long, more than the %3 MiB Metafill reads; the file is damaged or not supported.")
                .arg(origin, QString::number(double(xml.size()) / (1024 * 1024), 'f', 1), QString::number(MaxXmlBytes / (1024 * 1024))));
    }
    while (!xml.isEmpty() && (xml.back() == '\0' || xml.back() == ' ' || xml.back() == '\n' || xml.back() == '\r' || xml.back() == '\t'))
        xml.chop(1);
    if (xml.startsWith("\xEF\xBB\xBF"))
        xml = xml.sliced(3);
    if (xml.isEmpty())
        return Result<OmeXmlDocument>::failure(tr("%1: the OME-XML metadata is empty.").arg(origin));

    OmeXmlDocument result;
    // The OME-TIFF specification demands UTF-8; old converters wrote Latin-1.
    QByteArray transcoded;
    if (!isValidUtf8(xml)) {
        transcoded = QString::fromLatin1(xml).toUtf8();
        xml = transcoded;
        result.metadata.warnings.append(
            tr("%1: the OME-XML metadata is not valid UTF-8 as the OME-TIFF specification requires; it was read as Latin-1, "
               "so some characters may be wrong.")
                .arg(origin));
    }

    // load_buffer copies the bytes and honours the explicit size. The default
    // options do not process DOCTYPE declarations, so no entity is ever expanded.
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), size_t(xml.size()), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed) {
        if (parsed.status == pugi::status_out_of_memory) {
            return Result<OmeXmlDocument>::failure(
                tr("%1: the OME-XML metadata needs more memory than is available.").arg(origin));
        }
        return Result<OmeXmlDocument>::failure(tr("%1: the OME-XML metadata is damaged (%2 at byte %3); the file may be cut short.")
                                                   .arg(origin, QString::fromUtf8(parsed.description()), QString::number(parsed.offset)));
    }
    const pugi::xml_node root = doc.document_element();
    if (!isNamed(root, "OME")) {
        return Result<OmeXmlDocument>::failure(tr("%1: the XML metadata is not OME-XML: its root element is <%2>, not <OME>.")
                                                   .arg(origin, QString::fromUtf8(root.name()).left(64)));
    }
    DocumentReader(result, origin).read(root);
    return result;
}

bool OmeXmlParser::looksLikeOmeXml(QByteArrayView description)
{
    description = description.trimmed();
    while (!description.isEmpty() && description.back() == '\0')
        description = description.chopped(1).trimmed();
    if (description.startsWith("\xEF\xBB\xBF"))
        description = description.sliced(3).trimmed();
    if (description.endsWith("OME>") || description.startsWith("<OME") || description.startsWith("<ome:OME"))
        return true;
    return description.startsWith("<?xml") && (description.contains("<OME") || description.contains(":OME "));
}

} // namespace metafill
