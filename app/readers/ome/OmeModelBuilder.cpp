#include "OmeModelBuilder.h"

#include "model/HeaderValues.h"
#include "template/Units.h"

#include <pugixml.hpp>

#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

// Bounds on what one document may add to the model. A 64 MiB document can
// declare a million channels; nobody fills a form for that, and the model is
// copied around the application. The totals keep the model of any document
// within a few MiB (a channel costs about 400 bytes, a device about 250).
constexpr qsizetype MaxImages = 10'000;
constexpr qsizetype MaxInstruments = 1'000;
constexpr qsizetype MaxDevicesPerKind = 1'000; // objectives, detectors, … per instrument
constexpr qsizetype MaxDevices = 10'000;       // in all instruments
constexpr qsizetype MaxChannelsPerImage = 4'096;
constexpr qsizetype MaxChannels = 32'768; // in all images
constexpr qsizetype MaxTiffDataFiles = 100'000;
constexpr qsizetype MaxAnnotationRefs = 65'536;

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

bool isLightSource(QByteArrayView name)
{
    return name == "LightSource" || name == "Laser" || name == "Arc" || name == "Filament" || name == "LightEmittingDiode"
        || name == "GenericExcitationSource";
}

} // namespace

OmeModelBuilder::OmeModelBuilder(OmeXmlDocument &document, const QString &origin)
    : m_document(document), m_metadata(document.metadata), m_origin(origin), m_keyValues(document.metadata, origin)
{
}

bool OmeModelBuilder::roomFor(qsizetype size, qsizetype maximum)
{
    if (size < maximum)
        return true;
    m_truncatedLists = true;
    return false;
}

bool OmeModelBuilder::beginReadsAttributes() const
{
    return m_next == Kind::Ome || m_next == Kind::Instrument || m_next == Kind::Image || m_next == Kind::Pixels
        || m_next == Kind::XmlAnnotation || m_next == Kind::MapAnnotation;
}

OmeModelBuilder::Use OmeModelBuilder::descend(Kind kind)
{
    m_next = kind;
    return Use::Descend;
}

OmeModelBuilder::Use OmeModelBuilder::readWhole(Kind kind)
{
    m_next = kind;
    return Use::Whole;
}

// Elements the mapping reads only the first of, as child() finds it.
OmeModelBuilder::Use OmeModelBuilder::once(bool &seen, Use use, Kind kind)
{
    if (seen)
        return Use::Skip;
    seen = true;
    m_next = kind;
    return use;
}

OmeModelBuilder::Use OmeModelBuilder::use(QByteArrayView name)
{
    m_next = Kind::None;
    switch (m_scopes.back()) {
    case Scope::Document:
        return name == "OME" ? descend(Kind::Ome) : Use::Skip;
    case Scope::Ome:
        if (name == "Image") {
            ++m_imageElements;
            // An annotation that only images beyond the bound refer to belongs to the file, as if they were absent.
            return roomFor(m_metadata.images.size(), MaxImages) ? descend(Kind::Image) : Use::Skip;
        }
        if (name == "Instrument")
            return roomFor(m_metadata.instruments.size(), MaxInstruments) ? descend(Kind::Instrument) : Use::Skip;
        if (name == "StructuredAnnotations")
            return once(m_seenAnnotations, Use::Descend, Kind::Annotations);
        if (name == "BinaryOnly")
            return once(m_seenBinaryOnly, Use::Whole, Kind::BinaryOnly);
        return Use::Skip;
    case Scope::Instrument:
        if (name == "Microscope")
            return once(m_seenMicroscope, Use::Whole, Kind::Microscope);
        if (name == "Objective" || name == "Detector" || name == "Filter") {
            const qsizetype present = name == "Objective" ? m_instrument.objectives.size()
                : name == "Detector"                      ? m_instrument.detectors.size()
                                                          : m_instrument.filters.size();
            if (!roomFor(present, MaxDevicesPerKind) || !roomFor(m_devices, MaxDevices))
                return Use::Skip;
            return readWhole(name == "Objective" ? Kind::Objective : name == "Detector" ? Kind::Detector : Kind::Filter);
        }
        // Whether a LightSource wrapper holds a light source shows only inside it.
        return isLightSource(name) ? readWhole(Kind::LightSource) : Use::Skip;
    case Scope::Image:
        if (name == "Pixels")
            return once(m_seenPixels, Use::Descend, Kind::Pixels);
        if (name == "AnnotationRef")
            return readWhole(Kind::AnnotationRef);
        if (name == "Description")
            return once(m_seenDescription, Use::Whole, Kind::Description);
        if (name == "AcquisitionDate")
            return once(m_seenAcquisitionDate, Use::Whole, Kind::AcquisitionDate);
        if (name == "AcquiredDate")
            return once(m_seenAcquiredDate, Use::Whole, Kind::AcquiredDate);
        if (name == "InstrumentRef")
            return once(m_seenInstrumentRef, Use::Whole, Kind::InstrumentRef);
        if (name == "ObjectiveSettings")
            return once(m_seenObjectiveSettings, Use::Whole, Kind::ObjectiveSettings);
        if (name == "StageLabel")
            return once(m_seenStageLabel, Use::Whole, Kind::StageLabel);
        return Use::Skip;
    case Scope::Pixels:
        if (name == "Plane")
            return readWhole(Kind::Plane);
        if (name == "TiffData")
            return readWhole(Kind::TiffData);
        if (name == "Channel") {
            if (!roomFor(m_image.channels.size(), MaxChannelsPerImage) || !roomFor(m_channels, MaxChannels))
                return Use::Skip;
            return readWhole(Kind::Channel);
        }
        return Use::Skip;
    case Scope::Annotations:
        if (name == "XMLAnnotation")
            return descend(Kind::XmlAnnotation);
        if (name == "MapAnnotation")
            return descend(Kind::MapAnnotation);
        return Use::Skip;
    case Scope::XmlAnnotation:
    case Scope::MapAnnotation:
        return name == "Value" ? once(m_seenAnnotationValue, Use::Descend, Kind::AnnotationValue) : Use::Skip;
    case Scope::XmlAnnotationValue:
        return name == "OriginalMetadata" ? readWhole(Kind::OriginalMetadata) : Use::Skip;
    case Scope::MapAnnotationValue:
        return name == "M" ? readWhole(Kind::MapEntry) : Use::Skip;
    }
    return Use::Skip;
}

void OmeModelBuilder::begin(const pugi::xml_node &node)
{
    const Kind kind = std::exchange(m_next, Kind::None);
    switch (kind) {
    case Kind::Ome:
        m_document.uuid = text(node, "UUID");
        m_scopes.append(Scope::Ome);
        return;
    case Kind::Instrument: {
        m_instrument = InstrumentInfo();
        m_instrument.id = u"Instrument:%1"_s.arg(m_metadata.instruments.size());
        m_instrumentIds.add(text(node, "ID"), m_instrument.id);
        m_seenMicroscope = false;
        m_scopes.append(Scope::Instrument);
        return;
    }
    case Kind::Image:
        beginImage(node);
        m_scopes.append(Scope::Image);
        return;
    case Kind::Pixels:
        beginPixels(node);
        m_scopes.append(Scope::Pixels);
        return;
    case Kind::Annotations:
        m_scopes.append(Scope::Annotations);
        return;
    case Kind::XmlAnnotation:
    case Kind::MapAnnotation:
        m_annotationId = text(node, "ID");
        ++m_annotationSerial;
        m_seenAnnotationValue = false;
        m_scopes.append(kind == Kind::XmlAnnotation ? Scope::XmlAnnotation : Scope::MapAnnotation);
        return;
    case Kind::AnnotationValue:
        m_scopes.append(m_scopes.back() == Scope::XmlAnnotation ? Scope::XmlAnnotationValue : Scope::MapAnnotationValue);
        return;
    default:
        Q_ASSERT_X(false, "OmeModelBuilder::begin", "use() did not ask to descend");
        m_scopes.append(m_scopes.back());
        return;
    }
}

void OmeModelBuilder::end()
{
    const Scope scope = m_scopes.back();
    if (m_scopes.size() > 1)
        m_scopes.removeLast();
    switch (scope) {
    case Scope::Instrument:
        m_metadata.instruments.append(std::move(m_instrument));
        m_instrument = InstrumentInfo();
        return;
    case Scope::Image:
        endImage();
        return;
    case Scope::Pixels:
        endPixels();
        return;
    default:
        return;
    }
}

void OmeModelBuilder::whole(const pugi::xml_node &node)
{
    const Kind kind = std::exchange(m_next, Kind::None);
    switch (kind) {
    case Kind::BinaryOnly:
        m_document.binaryOnlyMetadataFile = text(node, "MetadataFile");
        m_document.binaryOnlyUuid = text(node, "UUID");
        return;
    case Kind::Microscope:
    case Kind::Objective:
    case Kind::Detector:
    case Kind::Filter:
        readInstrumentChild(kind, node);
        return;
    case Kind::LightSource:
        readLightSource(node);
        return;
    case Kind::Description:
    case Kind::AcquisitionDate:
    case Kind::AcquiredDate:
    case Kind::InstrumentRef:
    case Kind::ObjectiveSettings:
    case Kind::StageLabel:
        readImageChild(kind, node);
        return;
    case Kind::AnnotationRef:
        readAnnotationRef(node);
        return;
    case Kind::Channel:
        readChannel(node);
        return;
    case Kind::Plane:
        readPlane(node);
        return;
    case Kind::TiffData:
        readTiffData(node);
        return;
    case Kind::OriginalMetadata: {
        const pugi::xml_node keyNode = child(node, "Key");
        if (m_keyValues.full()) {
            countBeyondBudget(keyNode.text().get());
            return;
        }
        const QString key = elementText(keyNode);
        if (!key.isEmpty())
            addKeyValue(key, child(node, "Value"));
        return;
    }
    case Kind::MapEntry: {
        if (m_keyValues.full()) {
            countBeyondBudget(node.attribute("K").value());
            return;
        }
        const QString key = text(node, "K");
        if (!key.isEmpty())
            addKeyValue(key, node);
        return;
    }
    default:
        Q_ASSERT_X(false, "OmeModelBuilder::whole", "use() did not ask for the whole element");
        return;
    }
}

void OmeModelBuilder::readInstrumentChild(Kind kind, const pugi::xml_node &node)
{
    const qsizetype index = m_metadata.instruments.size();
    switch (kind) {
    case Kind::Microscope:
        m_instrument.microscope.manufacturer = text(node, "Manufacturer");
        m_instrument.microscope.model = text(node, "Model");
        m_instrument.microscope.serialNumber = text(node, "SerialNumber");
        m_instrument.microscope.type = text(node, "Type");
        return;
    case Kind::Objective: {
        ObjectiveInfo objective;
        objective.id = u"Objective:%1:%2"_s.arg(index).arg(m_instrument.objectives.size());
        m_objectiveIds.add(text(node, "ID"), objective.id);
        objective.manufacturer = text(node, "Manufacturer");
        objective.model = text(node, "Model");
        objective.serialNumber = text(node, "SerialNumber");
        objective.nominalMagnification = number(node, "NominalMagnification");
        objective.calibratedMagnification = number(node, "CalibratedMagnification");
        objective.lensNA = number(node, "LensNA");
        objective.immersion = text(node, "Immersion");
        objective.correction = text(node, "Correction");
        objective.workingDistanceUm = length(node, "WorkingDistance", "WorkingDistanceUnit");
        m_instrument.objectives.append(std::move(objective));
        ++m_devices;
        return;
    }
    case Kind::Detector: {
        DetectorInfo detector;
        detector.id = u"Detector:%1:%2"_s.arg(index).arg(m_instrument.detectors.size());
        m_detectorIds.add(text(node, "ID"), detector.id);
        detector.manufacturer = text(node, "Manufacturer");
        detector.model = text(node, "Model");
        detector.serialNumber = text(node, "SerialNumber");
        detector.type = text(node, "Type");
        detector.gain = number(node, "Gain");
        detector.voltage = quantity(node, "Voltage", "VoltageUnit", u"V"_s, toVolts);
        detector.offset = number(node, "Offset");
        m_instrument.detectors.append(std::move(detector));
        ++m_devices;
        return;
    }
    case Kind::Filter: {
        FilterInfo filter;
        filter.id = u"Filter:%1:%2"_s.arg(index).arg(m_instrument.filters.size());
        m_filterIds.add(text(node, "ID"), filter.id);
        filter.manufacturer = text(node, "Manufacturer");
        filter.model = text(node, "Model");
        filter.type = text(node, "Type");
        if (const pugi::xml_node range = child(node, "TransmittanceRange")) {
            filter.cutInNm = wavelength(range, "CutIn", "CutInUnit");
            filter.cutOutNm = wavelength(range, "CutOut", "CutOutUnit");
        }
        m_instrument.filters.append(std::move(filter));
        ++m_devices;
        return;
    }
    default:
        return;
    }
}

// OME 2012-06 and later put Laser, Arc … directly in the Instrument; 2010
// schemas wrapped them in a LightSource element that carries the ID and
// the manufacturer.
void OmeModelBuilder::readLightSource(const pugi::xml_node &node)
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
    if (!kind || !roomFor(m_instrument.lightSources.size(), MaxDevicesPerKind) || !roomFor(m_devices, MaxDevices))
        return;
    LightSourceInfo source;
    source.id = u"LightSource:%1:%2"_s.arg(m_metadata.instruments.size()).arg(m_instrument.lightSources.size());
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
    m_instrument.lightSources.append(std::move(source));
    ++m_devices;
}

void OmeModelBuilder::beginImage(const pugi::xml_node &node)
{
    m_image = ImageInfo();
    m_image.id = u"Image:%1"_s.arg(m_metadata.images.size());
    m_image.name = text(node, "Name");
    m_pendingImage = PendingImage();
    m_acquisitionDate.reset();
    m_acquiredDate.reset();
    m_seenDescription = m_seenAcquisitionDate = m_seenAcquiredDate = m_seenInstrumentRef = m_seenObjectiveSettings =
        m_seenStageLabel = m_seenPixels = false;
}

// Instrument, objective, detector and light-source references hold the
// document's IDs until finish() maps them: the instruments may come later.
void OmeModelBuilder::readImageChild(Kind kind, const pugi::xml_node &node)
{
    switch (kind) {
    case Kind::Description:
        m_image.description = elementText(node);
        return;
    case Kind::AcquisitionDate:
        m_acquisitionDate = elementText(node);
        return;
    case Kind::AcquiredDate: // the 2010 spelling
        m_acquiredDate = elementText(node);
        return;
    case Kind::InstrumentRef:
        m_image.instrumentRef = text(node, "ID");
        return;
    case Kind::ObjectiveSettings:
        m_pendingImage.hasObjectiveSettings = true;
        m_image.objectiveRef = text(node, "ID");
        m_image.objectiveMedium = text(node, "Medium");
        m_image.objectiveRefractiveIndex = number(node, "RefractiveIndex");
        return;
    case Kind::StageLabel:
        m_image.stageLabel = text(node, "Name");
        return;
    default:
        return;
    }
}

void OmeModelBuilder::endImage()
{
    if (const std::optional<QString> &written = m_acquisitionDate ? m_acquisitionDate : m_acquiredDate) {
        m_image.acquisitionDate = HeaderValues::isoDate(HeaderValues::parseDateTime(*written));
        if (m_image.acquisitionDate.isEmpty() && !written->isEmpty()) {
            m_metadata.warnings.append(
                tr("%1: the acquisition date \"%2\" of image %3 is not a date; it was left out.").arg(m_origin, written->left(64), m_image.id));
        }
    }
    m_metadata.images.append(std::move(m_image));
    m_pendingImages.append(m_pendingImage);
    m_image = ImageInfo();
}

void OmeModelBuilder::beginPixels(const pugi::xml_node &pixels)
{
    PixelsInfo &p = m_image.pixels;
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
    m_firstPlanes.clear();
}

void OmeModelBuilder::readChannel(const pugi::xml_node &c)
{
    ChannelInfo channel;
    channel.id = u"Channel:%1:%2"_s.arg(m_metadata.images.size()).arg(m_image.channels.size());
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
        channel.detectorRef = text(detector, "ID"); // mapped in finish()
        channel.detectorGain = number(detector, "Gain");
        channel.detectorVoltage = quantity(detector, "Voltage", "VoltageUnit", u"V"_s, toVolts);
    }
    if (const pugi::xml_node light = child(c, "LightSourceSettings")) {
        channel.lightSourceRef = text(light, "ID"); // mapped in finish()
        channel.lightSourceWavelengthNm = wavelength(light, "Wavelength", "WavelengthUnit");
        if (const std::optional<double> attenuation = number(light, "Attenuation");
            attenuation && *attenuation >= 0 && *attenuation <= 1)
            channel.lightSourceAttenuation = attenuation;
    }
    m_image.channels.append(std::move(channel));
    ++m_channels;
}

// OME keeps the exposure on each Plane; a channel's is that of its first
// plane. Only the first plane of each possible channel is kept: a large
// document lists hundreds of thousands.
void OmeModelBuilder::readPlane(const pugi::xml_node &plane)
{
    const std::optional<qint64> theC = integer(plane, "TheC");
    if (!theC || *theC < 0 || *theC >= MaxChannelsPerImage)
        return;
    if (*theC >= m_firstPlanes.size())
        m_firstPlanes.resize(*theC + 1);
    FirstPlane &first = m_firstPlanes[*theC];
    if (first.seen)
        return;
    first.seen = true;
    first.exposureS = duration(plane, "ExposureTime", "ExposureTimeUnit");
}

void OmeModelBuilder::endPixels()
{
    for (qsizetype c = 0; c < m_image.channels.size() && c < m_firstPlanes.size(); ++c) {
        if (m_firstPlanes.at(c).seen)
            m_image.channels[c].exposureS = m_firstPlanes.at(c).exposureS;
    }
    m_firstPlanes.clear();
}

void OmeModelBuilder::readTiffData(const pugi::xml_node &tiffData)
{
    const pugi::xml_node uuid = child(tiffData, "UUID");
    const QString fileName = uuid ? text(uuid, "FileName") : QString();
    if (fileName.isEmpty() || m_tiffDataFiles.contains(fileName) || m_document.tiffDataFiles.size() >= MaxTiffDataFiles)
        return;
    m_tiffDataFiles.insert(fileName);
    m_document.tiffDataFiles.append(fileName);
}

// Which image each annotation belongs to: Image/AnnotationRef/@ID, the first image wins.
void OmeModelBuilder::readAnnotationRef(const pugi::xml_node &ref)
{
    const QString id = text(ref, "ID");
    if (id.isEmpty() || m_annotationImage.contains(id))
        return;
    if (!roomFor(m_annotationImage.size(), MaxAnnotationRefs))
        return;
    m_annotationImage.insert(id, m_imageElements - 1);
}

// A pair beyond the budget is only counted for the warning; a document can
// hold hundreds of thousands. It counts, like a kept one, when its key is not
// blank once trimmed: ASCII decides without converting the key.
void OmeModelBuilder::countBeyondBudget(const char *key)
{
    bool blank = true;
    for (const char *p = key; *p; ++p) {
        const auto c = uchar(*p);
        if (c >= 0x80) {
            blank = QString::fromUtf8(key).trimmed().isEmpty();
            break;
        }
        if (c != ' ' && (c < '\t' || c > '\r')) { // not QChar::isSpace()
            blank = false;
            break;
        }
    }
    if (!blank)
        m_keyValues.add(m_pairs, QString(), QString());
}

// Bio-Formats writes each original key as
//   <XMLAnnotation Namespace="openmicroscopy.org/OriginalMetadata"><Value>
//     <OriginalMetadata><Key>…</Key><Value>…</Value></OriginalMetadata></Value></XMLAnnotation>
// and OMERO and newer writers use <MapAnnotation><Value><M K="…">…</M></Value></MapAnnotation>.
// Beyond the budget a pair is only counted for the warning, its value never read.
void OmeModelBuilder::addKeyValue(const QString &key, const pugi::xml_node &valueNode)
{
    QString value = elementText(valueNode);
    // A copy of the start: truncating a long value in place would keep its whole allocation.
    if (value.size() > KeyValueBudget::MaxValueLength)
        value = value.left(KeyValueBudget::MaxValueLength + 1);
    if (!m_keyValues.add(m_pairs, key.size() > KeyValueBudget::MaxKeyLength ? key.left(KeyValueBudget::MaxKeyLength + 1) : key,
                         std::move(value)))
        return;
    if (m_pairRuns.isEmpty() || m_pairRuns.last().serial != m_annotationSerial)
        m_pairRuns.append({m_annotationId, 0, m_annotationSerial});
    ++m_pairRuns.last().count;
}

KeyValueList &OmeModelBuilder::keyValuesFor(const QString &annotationId)
{
    const qsizetype image = m_annotationImage.value(annotationId, -1);
    if (image >= 0 && image < m_metadata.images.size())
        return m_metadata.images[image].originalMetadata;
    return m_metadata.originalMetadata;
}

void OmeModelBuilder::finish()
{
    for (qsizetype i = 0; i < m_metadata.images.size(); ++i) {
        ImageInfo &image = m_metadata.images[i];
        image.instrumentRef = m_instrumentIds(image.instrumentRef);
        if (m_pendingImages.at(i).hasObjectiveSettings) {
            image.objectiveRef = m_objectiveIds(image.objectiveRef);
        } else if (const InstrumentInfo *instrument = m_metadata.instrument(image.instrumentRef);
                   instrument && instrument->objectives.size() == 1) {
            // The image's instrument has exactly one objective: that one took it.
            image.objectiveRef = instrument->objectives.first().id;
        }
        for (ChannelInfo &channel : image.channels) {
            channel.detectorRef = m_detectorIds(channel.detectorRef);
            channel.lightSourceRef = m_lightSourceIds(channel.lightSourceRef);
        }
    }

    qsizetype next = 0;
    for (const PairRun &run : std::as_const(m_pairRuns)) {
        KeyValueList &target = keyValuesFor(run.annotationId);
        for (qsizetype k = 0; k < run.count; ++k)
            target.append(std::move(m_pairs[next++]));
    }
    m_pairs.clear();
    m_pairRuns.clear();

    if (m_truncatedLists) {
        m_metadata.warnings.append(
            tr("%1: the OME-XML describes more images, instruments or channels than Metafill shows; the rest was left out.").arg(m_origin));
    }
    m_keyValues.finish();
}

} // namespace metafill
