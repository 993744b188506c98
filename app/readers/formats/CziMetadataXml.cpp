#include "CziMetadataXml.h"

#include "formats/KeyValueBudget.h"
#include "formats/VendorXml.h"
#include "formats/XmlFileInput.h"
#include "model/HeaderValues.h"
#include "ome/XmlElementStream.h"

#include <QHash>

#include <pugixml.hpp>

#include <limits>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

using namespace VendorXml;

// Sizes beyond this are not a microscope image; such a header is damaged.
constexpr qint64 MaxDimensionSize = 1'000'000'000'000LL;

// Subtrees of Metadata that describe the acquisition software's state rather
// than the image (often tens of thousands of entries): left out of the
// original metadata, and the only children of Metadata the mapping never
// reads, so a large document is streamed past them.
bool isSoftwareState(QByteArrayView name)
{
    return name == "Experiment" || name == "HardwareSetting" || name == "Layers";
}

QString nodeName(pugi::xml_node node)
{
    return QString::fromUtf8(node.name());
}

// --- OME enumerations --------------------------------------------------------

QString microscopeType(const QString &zen)
{
    return omeEnumeration(zen, {u"Upright", u"Inverted", u"Dissection", u"Electrophysiology", u"Other"});
}

QString filterType(const QString &zen)
{
    return omeEnumeration(zen,
                          {u"Dichroic", u"LongPass", u"ShortPass", u"BandPass", u"MultiPass", u"NeutralDensity", u"Tuneable", u"Other"});
}

QString correction(const QString &zen)
{
    return omeEnumeration(zen, {u"UV", u"PlanApo", u"PlanFluor", u"SuperFluor", u"VioletCorrected", u"Achro", u"Achromat", u"Fluor", u"Fl",
                                u"Fluar", u"Neofluar", u"Fluotar", u"Apo", u"PlanNeofluar", u"Other"});
}

// ZEN's channel enumerations follow OME's; a value OME does not have is
// still a statement of the file, so it becomes "Other" (the original text
// stays in the original metadata).
QString orOther(const QString &mapped, const QString &zen)
{
    return mapped.isEmpty() && !zen.isEmpty() ? u"Other"_s : mapped;
}

QString illuminationType(const QString &zen)
{
    return orOther(omeEnumeration(zen, {u"Transmitted", u"Epifluorescence", u"Oblique", u"NonLinear", u"Other"}), zen);
}

QString contrastMethod(const QString &zen)
{
    return orOther(omeEnumeration(zen, {u"Brightfield", u"Phase", u"DIC", u"HoffmanModulation", u"ObliqueIllumination", u"PolarizedLight",
                                        u"Darkfield", u"Fluorescence", u"Other"}),
                   zen);
}

QString acquisitionMode(const QString &zen)
{
    // clang-format off
    const QString ome = omeEnumeration(
        zen, {u"WideField", u"LaserScanningConfocalMicroscopy", u"SpinningDiskConfocal", u"SlitScanConfocal", u"MultiPhotonMicroscopy",
              u"StructuredIllumination", u"SingleMoleculeImaging", u"TotalInternalReflection", u"FluorescenceLifetime", u"SpectralImaging",
              u"FluorescenceCorrelationSpectroscopy", u"NearFieldScanningOpticalMicroscopy", u"SecondHarmonicGenerationImaging", u"PALM",
              u"STORM", u"STED", u"TIRF", u"FSM", u"LCM", u"Other", u"BrightField", u"SweptFieldConfocal", u"SPIM"});
    // clang-format on
    // ZEN names its light-sheet systems (Lightsheet 7, Lattice Lightsheet 7);
    // OME calls light-sheet microscopy SPIM.
    if (ome.isEmpty() && zen.contains(u"lightsheet"_s, Qt::CaseInsensitive))
        return u"SPIM"_s;
    return orOther(ome, zen);
}

// ObjectiveSettings/Medium: OME's Medium is Air, Oil, Water, Glycerol or Other.
QString medium(const QString &zen)
{
    const QString immersion = HeaderValues::omeImmersion(zen);
    if (immersion == u"WaterDipping")
        return u"Water"_s;
    if (immersion == u"Air" || immersion == u"Oil" || immersion == u"Water" || immersion == u"Glycerol" || immersion == u"Other")
        return immersion;
    return orOther({}, zen);
}

// ZEN writes colours as "#AARRGGBB" (or "#RRGGBB"); OME wants RGBA packed
// into a signed 32-bit integer.
std::optional<qint32> omeColor(const QString &zen)
{
    if (!zen.startsWith(u'#') || (zen.size() != 9 && zen.size() != 7))
        return std::nullopt;
    bool ok = false;
    const quint32 value = zen.mid(1).toUInt(&ok, 16);
    if (!ok)
        return std::nullopt;
    const quint32 alpha = zen.size() == 9 ? value >> 24 : 0xFFu;
    const quint32 rgb = value & 0xFFFFFFu;
    return static_cast<qint32>((rgb << 8) | alpha);
}

// Information/Image/PixelType: the OME pixel type and samples per pixel.
struct PixelFormat
{
    QString type;
    int samples = 1;
};

PixelFormat pixelFormat(const QString &zen)
{
    static const QHash<QString, PixelFormat> formats = {
        {u"Gray8"_s, {u"uint8"_s, 1}},
        {u"Gray16"_s, {u"uint16"_s, 1}},
        // libCZI does not say whether Gray32 is signed; Bio-Formats (what
        // OMERO shows) reads it as unsigned.
        {u"Gray32"_s, {u"uint32"_s, 1}},
        {u"Gray32Float"_s, {u"float"_s, 1}},
        {u"Gray64Float"_s, {u"double"_s, 1}},
        {u"Gray64ComplexFloat"_s, {u"complex"_s, 1}},
        {u"Bgr24"_s, {u"uint8"_s, 3}},
        {u"Bgr48"_s, {u"uint16"_s, 3}},
        {u"Bgra32"_s, {u"uint8"_s, 4}},
        {u"Bgr96Float"_s, {u"float"_s, 3}},
        {u"Bgr192ComplexFloat"_s, {u"double-complex"_s, 3}},
    };
    return formats.value(zen);
}

// --- The instrument -----------------------------------------------------------

// The model's IDs ("Objective:0:1") for the IDs the XML uses ("Objective:1").
struct InstrumentIds
{
    QHash<QString, QString> objectives, detectors, lightSources, filters;
};

QString manufacturerField(pugi::xml_node part, const char *field)
{
    return childText(part.child("Manufacturer"), field);
}

ObjectiveInfo objective(pugi::xml_node node)
{
    ObjectiveInfo o;
    o.manufacturer = manufacturerField(node, "Manufacturer");
    o.model = manufacturerField(node, "Model");
    o.serialNumber = manufacturerField(node, "SerialNumber");
    const QString name = attribute(node, "Name");
    if (o.model.isEmpty())
        o.model = name;
    o.nominalMagnification = positive(childNumber(node, "NominalMagnification"));
    if (!o.nominalMagnification)
        o.nominalMagnification = positive(childNumber(node, "Magnification"));
    if (!o.nominalMagnification)
        o.nominalMagnification = HeaderValues::magnificationFromName(name);
    o.calibratedMagnification = positive(childNumber(node, "CalibratedMagnification"));
    o.lensNA = positive(childNumber(node, "LensNA"));
    if (!o.lensNA)
        o.lensNA = HeaderValues::numericalApertureFromName(name);
    o.immersion = HeaderValues::omeImmersion(childText(node, "Immersion"));
    o.correction = correction(childText(node, "Correction"));
    o.workingDistanceUm = positive(childNumber(node, "WorkingDistance")); // µm in ZEN
    return o;
}

bool describesNothing(const ObjectiveInfo &o)
{
    return o.manufacturer.isEmpty() && o.model.isEmpty() && o.serialNumber.isEmpty() && !o.nominalMagnification && !o.lensNA &&
           o.immersion.isEmpty() && !o.workingDistanceUm;
}

DetectorInfo detector(pugi::xml_node node)
{
    DetectorInfo d;
    d.manufacturer = manufacturerField(node, "Manufacturer");
    d.model = manufacturerField(node, "Model");
    d.serialNumber = manufacturerField(node, "SerialNumber");
    if (d.model.isEmpty())
        d.model = attribute(node, "Name");
    d.type = omeDetectorType(childText(node, "Type"));
    d.gain = childNumber(node, "Gain");
    d.offset = childNumber(node, "Offset");
    d.voltage = childNumber(node, "Voltage");
    return d;
}

LightSourceInfo lightSource(pugi::xml_node node)
{
    LightSourceInfo l;
    l.manufacturer = manufacturerField(node, "Manufacturer");
    l.model = manufacturerField(node, "Model");
    l.serialNumber = manufacturerField(node, "SerialNumber");
    if (l.model.isEmpty())
        l.model = attribute(node, "Name");
    l.powerMw = positive(childNumber(node, "Power")); // mW, as Bio-Formats reads it
    l.kind = u"GenericExcitationSource"_s;
    for (pugi::xml_node type = node.child("LightSourceType").first_child(); type; type = type.next_sibling()) {
        if (type.type() != pugi::node_element)
            continue;
        const QString kind = omeEnumeration(nodeName(type), {u"Laser", u"Arc", u"Filament", u"LightEmittingDiode"});
        if (!kind.isEmpty())
            l.kind = kind;
        if (kind == u"Laser")
            l.wavelengthNm = positive(childNumber(type, "Wavelength"));
        break;
    }
    return l;
}

FilterInfo filter(pugi::xml_node node)
{
    FilterInfo f;
    f.manufacturer = manufacturerField(node, "Manufacturer");
    f.model = manufacturerField(node, "Model");
    if (f.model.isEmpty())
        f.model = attribute(node, "Name");
    f.type = filterType(childText(node, "Type"));
    const pugi::xml_node range = node.child("TransmittanceRange");
    f.cutInNm = positive(childNumber(range, "CutIn"));
    f.cutOutNm = positive(childNumber(range, "CutOut"));
    return f;
}

InstrumentInfo instrument(pugi::xml_node node, InstrumentIds &ids, bool &capped)
{
    InstrumentInfo inst;
    inst.id = u"Instrument:0"_s;
    // ZEN lists one microscope (the stand); its Name is the stand's model
    // ("Axio Observer.Z1 / 7") when Manufacturer/Model is absent.
    const pugi::xml_node microscope = node.child("Microscopes").child("Microscope");
    inst.microscope.manufacturer = manufacturerField(microscope, "Manufacturer");
    inst.microscope.model = manufacturerField(microscope, "Model");
    inst.microscope.serialNumber = manufacturerField(microscope, "SerialNumber");
    if (inst.microscope.model.isEmpty())
        inst.microscope.model = attribute(microscope, "Name");
    inst.microscope.type = microscopeType(childText(microscope, "Type"));

    for (pugi::xml_node o : children(node.child("Objectives"), "Objective", CziMetadataXml::MaxInstrumentParts, &capped)) {
        ObjectiveInfo info = objective(o);
        if (describesNothing(info))
            continue; // ZEN lists empty objective slots ("<Objective Id="Objective:2" />")
        info.id = u"Objective:0:%1"_s.arg(inst.objectives.size());
        ids.objectives.insert(attribute(o, "Id"), info.id);
        inst.objectives.append(info);
    }
    for (pugi::xml_node d : children(node.child("Detectors"), "Detector", CziMetadataXml::MaxInstrumentParts, &capped)) {
        DetectorInfo info = detector(d);
        info.id = u"Detector:0:%1"_s.arg(inst.detectors.size());
        ids.detectors.insert(attribute(d, "Id"), info.id);
        inst.detectors.append(info);
    }
    for (pugi::xml_node l : children(node.child("LightSources"), "LightSource", CziMetadataXml::MaxInstrumentParts, &capped)) {
        LightSourceInfo info = lightSource(l);
        info.id = u"LightSource:0:%1"_s.arg(inst.lightSources.size());
        ids.lightSources.insert(attribute(l, "Id"), info.id);
        inst.lightSources.append(info);
    }
    for (pugi::xml_node f : children(node.child("Filters"), "Filter", CziMetadataXml::MaxInstrumentParts, &capped)) {
        FilterInfo info = filter(f);
        info.id = u"Filter:0:%1"_s.arg(inst.filters.size());
        ids.filters.insert(attribute(f, "Id"), info.id);
        inst.filters.append(info);
    }
    return inst;
}

bool isEmpty(const InstrumentInfo &inst)
{
    const MicroscopeInfo &m = inst.microscope;
    return m.manufacturer.isEmpty() && m.model.isEmpty() && m.serialNumber.isEmpty() && m.type.isEmpty() && inst.objectives.isEmpty() &&
           inst.detectors.isEmpty() && inst.lightSources.isEmpty() && inst.filters.isEmpty();
}

// --- The image ------------------------------------------------------------------

// The value of Information/Image/Size<axis>: ZEN leaves out a dimension of
// size 1 (libCZI: "if not present, the size is 1"), so absent means 1 where
// `absentMeansOne`; present but unreadable means unknown.
std::optional<qint64> dimensionSize(pugi::xml_node image, const char *name, bool absentMeansOne)
{
    const QString value = childText(image, name);
    if (value.isEmpty())
        return absentMeansOne ? std::optional<qint64>(1) : std::nullopt;
    return count(value, MaxDimensionSize);
}

ChannelInfo channel(pugi::xml_node node, const InstrumentIds &ids, int samples)
{
    ChannelInfo c;
    c.name = attribute(node, "Name");
    c.fluor = childText(node, "Fluor");
    c.acquisitionMode = acquisitionMode(childText(node, "AcquisitionMode"));
    c.illuminationType = illuminationType(childText(node, "IlluminationType"));
    c.contrastMethod = contrastMethod(childText(node, "ContrastMethod"));
    c.excitationNm = positive(childNumber(node, "ExcitationWavelength"));
    c.emissionNm = positive(childNumber(node, "EmissionWavelength"));
    c.pinholeUm = positive(childNumber(node, "PinholeSize")); // µm in ZEN
    if (samples > 1)
        c.samplesPerPixel = samples;
    c.color = omeColor(childText(node, "Color"));
    if (const auto exposure = childNumber(node, "ExposureTime"); exposure && *exposure >= 0)
        c.exposureS = HeaderValues::toSeconds(*exposure, u"ns"_s); // ZEN writes nanoseconds

    const pugi::xml_node detectorSettings = node.child("DetectorSettings");
    c.detectorRef = ids.detectors.value(attribute(detectorSettings.child("Detector"), "Id"));
    c.detectorGain = childNumber(detectorSettings, "Gain");
    c.detectorVoltage = childNumber(detectorSettings, "Voltage");

    const pugi::xml_node lightSettings = node.child("LightSourcesSettings").child("LightSourceSettings");
    c.lightSourceRef = ids.lightSources.value(attribute(lightSettings.child("LightSource"), "Id"));
    c.lightSourceWavelengthNm = positive(childNumber(lightSettings, "Wavelength"));
    if (const auto attenuation = childNumber(lightSettings, "Attenuation"); attenuation && *attenuation >= 0 && *attenuation <= 1)
        c.lightSourceAttenuation = attenuation;
    return c;
}

std::optional<double> distanceUm(pugi::xml_node scaling, QStringView axis)
{
    for (pugi::xml_node distance = scaling.child("Items").child("Distance"); distance; distance = distance.next_sibling("Distance")) {
        if (attribute(distance, "Id") == axis) {
            // Always metres, whatever DefaultUnitFormat (a display setting) says.
            if (const auto metres = positive(childNumber(distance, "Value")))
                return HeaderValues::toMicrometres(*metres, u"m"_s);
            return std::nullopt;
        }
    }
    return std::nullopt;
}

QString notReadable(const QString &path, pugi::xml_parse_status status, qint64 offset)
{
    pugi::xml_parse_result result;
    result.status = status;
    return CziMetadataXml::tr("%1: the metadata of this CZI file is not readable XML (%2 at byte %3); the file is damaged.")
        .arg(path, QString::fromUtf8(result.description()))
        .arg(offset);
}

QString notImageDocument(const QString &path)
{
    return CziMetadataXml::tr("%1: the metadata of this CZI file is not a ZEN ImageDocument; the file is damaged.").arg(path);
}

// Keeps the children of the first ImageDocument's first Metadata that the
// mapping or the keys may read: all but the software state, each exactly as
// the document writes it, in document order. Assembled into one document they
// are the tree the mapping would see of the whole document (pugixml's child()
// finds the first element of a name, which is the one kept here).
class MetadataKeeper : public XmlElementStream::Handler
{
public:
    explicit MetadataKeeper(const QString &path) : m_path(path) { m_kept = "<ImageDocument><Metadata>"; }

    XmlElementStream::Use use(QByteArrayView name, int depth) override
    {
        switch (depth) {
        case 0:
            return once(m_sawDocument, name == "ImageDocument");
        case 1:
            return once(m_sawMetadata, name == "Metadata");
        default:
            return isSoftwareState(name) ? XmlElementStream::Use::Skip : XmlElementStream::Use::Whole;
        }
    }

    Status startTag(QByteArrayView, qint64) override { return Done{}; }
    Status endTag() override { return Done{}; }

    Status element(QByteArrayView text, qint64) override
    {
        // What is kept becomes one tree: bounded by what that tree would cost, not by the document's size.
        m_cost += VendorXml::parseBytes(text, VendorXml::TextEncoding::Utf8);
        if (m_cost > VendorXml::MaxParseBytes) {
            return Status::failure(
                CziMetadataXml::tr("%1: the metadata of this CZI file is too large to read: its parts other than ZEN's Experiment, "
                                   "HardwareSetting and Layers blocks would need more than the %2 MiB of memory Metafill allows for a "
                                   "file's metadata.")
                    .arg(m_path)
                    .arg(VendorXml::MaxParseBytes / (1024 * 1024)));
        }
        m_kept.append(text.data(), text.size());
        return Done{};
    }

    bool sawMetadata() const { return m_sawMetadata; }
    // The kept children as a document; empties the keeper.
    QByteArray takeDocument()
    {
        m_kept.append("</Metadata></ImageDocument>");
        return std::exchange(m_kept, {});
    }

private:
    // The first element of that name is descended into; any other is read past.
    static XmlElementStream::Use once(bool &seen, bool matches)
    {
        if (seen || !matches)
            return XmlElementStream::Use::Skip;
        seen = true;
        return XmlElementStream::Use::Descend;
    }

    const QString &m_path;
    QByteArray m_kept;
    qint64 m_cost = 0;
    bool m_sawDocument = false;
    bool m_sawMetadata = false;
};

QString streamFailure(const XmlElementStream::Outcome &outcome, const XmlElementStream::Limits &limits, const QString &path)
{
    switch (outcome.failure) {
    case XmlElementStream::Failure::Syntax:
        return notReadable(path, outcome.status, outcome.offset);
    case XmlElementStream::Failure::PieceTooLarge:
    case XmlElementStream::Failure::TooDeep:
        //: The %2 of XmlElementStream's limit messages ("… has a <Plane> element larger than …").
        return XmlElementStream::limitMessage(outcome, limits, path, CziMetadataXml::tr("the metadata of this CZI file"));
    case XmlElementStream::Failure::Input:
    case XmlElementStream::Failure::Handler:
    case XmlElementStream::Failure::None:
        break;
    }
    return outcome.message;
}

} // namespace

Status CziMetadataXml::read(ByteSource &source, qint64 offset, qint64 length, FileMetadata &metadata, const KeyValueList &containerKeys,
                            Method method)
{
    if (method == Method::Automatic)
        method = length <= StreamAboveBytes ? Method::Tree : Method::Streaming;
    return method == Method::Tree ? readTree(source, offset, length, metadata, containerKeys)
                                  : readStreaming(source, offset, length, metadata, containerKeys);
}

Status CziMetadataXml::readTree(ByteSource &source, qint64 offset, qint64 length, FileMetadata &metadata, const KeyValueList &containerKeys)
{
    const QString &path = source.path();
    const Result<QByteArray> xml = source.read(offset, length);
    if (!xml)
        return Status::failure(xml.error());
    pugi::xml_document document;
    const pugi::xml_parse_result parsed =
        document.load_buffer(xml->constData(), static_cast<size_t>(xml->size()), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed)
        return Status::failure(notReadable(path, parsed.status, parsed.offset));
    const pugi::xml_node root = document.child("ImageDocument").child("Metadata");
    if (!root)
        return Status::failure(notImageDocument(path));
    return mapMetadata(root, path, metadata, containerKeys);
}

Status CziMetadataXml::readStreaming(ByteSource &source, qint64 offset, qint64 length, FileMetadata &metadata,
                                     const KeyValueList &containerKeys)
{
    const QString &path = source.path();
    if (Status readable = XmlFileInput::check(source, offset, length); !readable)
        return readable;
    XmlElementStream::Limits limits;
    // A kept child is bounded by the cost of its tree (MetadataKeeper), not by
    // its node count: ZEN's Information lists every scene of a large plate.
    limits.maxPieceNodes = std::numeric_limits<qint64>::max();
    MetadataKeeper keeper(path);
    {
        XmlFileInput input(source, offset, length, XmlFileInput::Encoding::Utf8);
        XmlElementStream stream(input, keeper, limits);
        const XmlElementStream::Outcome outcome = stream.run();
        if (outcome.failure != XmlElementStream::Failure::None)
            return Status::failure(streamFailure(outcome, limits, path));
    }
    if (!keeper.sawMetadata())
        return Status::failure(notImageDocument(path));

    // load_buffer() copies the text as for the tree parse; the kept text goes before the mapping starts.
    pugi::xml_document document;
    pugi::xml_parse_result parsed;
    {
        const QByteArray kept = keeper.takeDocument();
        parsed = document.load_buffer(kept.constData(), static_cast<size_t>(kept.size()), pugi::parse_default, pugi::encoding_utf8);
    }
    // The kept elements are ones pugixml accepted in the document; only memory can fail here.
    if (!parsed)
        return Status::failure(notReadable(path, parsed.status, parsed.offset));
    return mapMetadata(document.child("ImageDocument").child("Metadata"), path, metadata, containerKeys);
}

// The whole document's Metadata, or the one a stream assembled of the children
// it kept: Information and Scaling are read, keys come from every child but
// the software state, in document order.
Status CziMetadataXml::mapMetadata(const pugi::xml_node &root, const QString &path, FileMetadata &metadata,
                                   const KeyValueList &containerKeys)
{
    const pugi::xml_node information = root.child("Information");
    const pugi::xml_node imageNode = information.child("Image");
    const pugi::xml_node dimensions = imageNode.child("Dimensions");

    // Instrument
    InstrumentIds ids;
    bool capped = false;
    InstrumentInfo inst = instrument(information.child("Instrument"), ids, capped);
    const bool hasInstrument = !isEmpty(inst);

    // What every scene shares.
    ImageInfo base;
    if (hasInstrument)
        base.instrumentRef = inst.id;
    base.description = childText(information.child("Document"), "Description");
    if (const QDateTime date = HeaderValues::parseDateTime(childText(imageNode, "AcquisitionDateAndTime")); date.isValid())
        base.acquisitionDate = HeaderValues::isoDate(date);

    const pugi::xml_node objectiveSettings = imageNode.child("ObjectiveSettings");
    base.objectiveRef = ids.objectives.value(attribute(objectiveSettings.child("ObjectiveRef"), "Id"));
    if (base.objectiveRef.isEmpty() && inst.objectives.size() == 1)
        base.objectiveRef = inst.objectives.first().id; // the one objective the file describes
    base.objectiveRefractiveIndex = positive(childNumber(objectiveSettings, "RefractiveIndex"));
    base.objectiveMedium = medium(childText(objectiveSettings, "Medium"));

    PixelsInfo &pixels = base.pixels;
    const PixelFormat format = pixelFormat(childText(imageNode, "PixelType"));
    pixels.pixelType = format.type;
    if (const auto bits = count(childText(imageNode, "ComponentBitCount"), 64))
        pixels.significantBits = static_cast<int>(*bits);
    pixels.sizeX = dimensionSize(imageNode, "SizeX", false);
    pixels.sizeY = dimensionSize(imageNode, "SizeY", false);
    pixels.sizeZ = dimensionSize(imageNode, "SizeZ", true);
    pixels.sizeT = dimensionSize(imageNode, "SizeT", true);
    const std::optional<qint64> logicalChannels = dimensionSize(imageNode, "SizeC", true);
    // OME counts samples: an RGB channel is SizeC 3 with SamplesPerPixel 3.
    if (logicalChannels)
        pixels.sizeC = *logicalChannels * format.samples;
    // Subblocks are addressed by coordinates; the file has no dimension order.
    const pugi::xml_node scaling = root.child("Scaling");
    pixels.physicalSizeXUm = distanceUm(scaling, u"X");
    pixels.physicalSizeYUm = distanceUm(scaling, u"Y");
    pixels.physicalSizeZUm = distanceUm(scaling, u"Z");
    pixels.timeIncrementS = positive(childNumber(dimensions.child("T").child("Positions").child("Interval"), "Increment"));

    const QList<pugi::xml_node> channelNodes = children(dimensions.child("Channels"), "Channel", MaxChannels, &capped);
    const qsizetype channelCount = std::min<qsizetype>(logicalChannels.value_or(channelNodes.size()), MaxChannels);
    for (qsizetype c = 0; c < channelCount; ++c)
        base.channels.append(c < channelNodes.size() ? channel(channelNodes[c], ids, format.samples) : ChannelInfo{});

    // Scenes: SizeS, or as many as listed.
    bool sceneListCapped = false;
    const QList<pugi::xml_node> sceneNodes = children(dimensions.child("S").child("Scenes"), "Scene", MaxScenes, &sceneListCapped);
    QHash<qint64, pugi::xml_node> scenesByIndex;
    for (const pugi::xml_node &scene : sceneNodes) {
        bool ok = false;
        const qint64 index = attribute(scene, "Index").toLongLong(&ok);
        if (ok && !scenesByIndex.contains(index))
            scenesByIndex.insert(index, scene);
    }
    qint64 sceneCount = std::max<qint64>(1, sceneNodes.size());
    if (const QString sizeS = childText(imageNode, "SizeS"); !sizeS.isEmpty()) {
        if (const auto declared = count(sizeS, MaxDimensionSize))
            sceneCount = *declared;
    }
    const qint64 scenesRead = std::min<qint64>(MaxScenes, MaxChannelRecords / std::max<qsizetype>(1, base.channels.size()));
    if (sceneCount > scenesRead || sceneListCapped) {
        metadata.warnings.append(tr("%1: the file has %2 scenes; Metafill reads the first %3.").arg(path).arg(sceneCount).arg(scenesRead));
        sceneCount = std::min<qint64>(sceneCount, scenesRead);
    }
    if (capped)
        metadata.warnings.append(tr("%1: the file lists more than %2 channels, objectives, detectors, light sources or filters; "
                                    "Metafill reads the first %2 of each.")
                                     .arg(path)
                                     .arg(MaxChannels));

    // Original metadata: the file's keys first; each scene's own keys with its image.
    KeyValueBudget budget(metadata, path);
    const qsizetype reservedForScenes = sceneCount > 1 ? std::min<qsizetype>(sceneCount * 16, KeyValueBudget::MaxPairs / 2) : 0;
    KeyCollector fileKeys(KeyValueBudget::MaxPairs - reservedForScenes, MaxKeyDepth, KeyCollector::Naming::BioFormatsCzi);
    if (information)
        fileKeys.collect(information);
    for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) {
        if (child.type() == pugi::node_element && child != information && !isSoftwareState(QByteArrayView(child.name())))
            fileKeys.collect(child);
    }
    bool tooDeep = fileKeys.tooDeep();
    qsizetype overflow = fileKeys.overflow();
    for (auto &[key, value] : fileKeys.take())
        budget.addToFile(std::move(key), std::move(value));
    for (const auto &[key, value] : containerKeys)
        budget.addToFile(key, value);

    const QString documentName = childText(information.child("Document"), "Name");
    for (qint64 s = 0; s < sceneCount; ++s) {
        ImageInfo image = base;
        image.id = u"Image:%1"_s.arg(s);
        for (qsizetype c = 0; c < image.channels.size(); ++c)
            image.channels[c].id = u"Channel:%1:%2"_s.arg(s).arg(c);
        const pugi::xml_node scene = scenesByIndex.value(s, s < sceneNodes.size() ? sceneNodes[s] : pugi::xml_node());
        image.name = attribute(scene, "Name");
        if (image.name.isEmpty() && sceneCount == 1)
            image.name = documentName;
        if (scene) {
            // Bio-Formats' key of a scene: Metadata|Information|Image|Dimensions|S|Scenes|Scene without the plurals.
            KeyCollector sceneKeys(std::max<qsizetype>(16, reservedForScenes / sceneCount), MaxKeyDepth,
                                   KeyCollector::Naming::BioFormatsCzi);
            sceneKeys.collect(scene, u"Information|Image|S|"_s);
            tooDeep = tooDeep || sceneKeys.tooDeep();
            overflow += sceneKeys.overflow();
            for (auto &[key, value] : sceneKeys.take())
                budget.add(image.originalMetadata, std::move(key), std::move(value));
        }
        metadata.images.append(std::move(image));
    }
    if (hasInstrument)
        metadata.instruments.append(std::move(inst));

    budget.countDropped(overflow);
    budget.finish();
    if (tooDeep) {
        metadata.warnings.append(
            tr("%1: the metadata is nested more than %2 levels deep; the deeper entries were left out.").arg(path).arg(MaxKeyDepth));
    }
    return Done{};
}

} // namespace metafill
