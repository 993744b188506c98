#include "LifMetadataXml.h"

#include "formats/LifHeaderBuilder.h"
#include "formats/LifHeaderStream.h"
#include "formats/VendorXml.h"
#include "model/HeaderValues.h"

#include <QHash>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <pugixml.hpp>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

using namespace VendorXml;

constexpr qint64 MaxDimensionSize = 1'000'000'000'000LL;

// --- Dimensions and channels ------------------------------------------------

// DimID as LAS X numbers them (readlif's table): 1 X, 2 Y, 3 Z, 4 T,
// 5 detection (emission) wavelength, 9 illumination (excitation) wavelength,
// 10 mosaic tile; 6–8 are not documented.
struct Dimension
{
    int id = 0;
    std::optional<qint64> size;
    std::optional<double> length;
    QString unit;
    qint64 bytesInc = 0;
};

QString dimensionLabel(int id)
{
    switch (id) {
    case 1:
        return u"X"_s;
    case 2:
        return u"Y"_s;
    case 3:
        return u"Z"_s;
    case 4:
        return u"T"_s;
    case 5:
        return u"EmissionLambda"_s;
    case 9:
        return u"ExcitationLambda"_s;
    case 10:
        return u"Tile"_s;
    default:
        return u"DimID %1"_s.arg(id);
    }
}

const Dimension *findDimension(const QList<Dimension> &dimensions, int id)
{
    const auto found = std::find_if(dimensions.begin(), dimensions.end(), [id](const Dimension &d) { return d.id == id; });
    return found == dimensions.end() ? nullptr : &*found;
}

// The distance between neighbouring elements, in the dimension's unit.
// Length spans from the first element to the last, so the step is
// Length / (N − 1): Bio-Formats' default since 6.0 (its "old" Length / N
// is an option) and readlif's, so OMERO and Fiji users see the same number.
std::optional<double> step(const Dimension &dimension)
{
    if (!dimension.size || *dimension.size < 2 || !dimension.length || *dimension.length == 0)
        return std::nullopt;
    return std::abs(*dimension.length) / double(*dimension.size - 1);
}

std::optional<double> stepUm(const Dimension *dimension)
{
    if (!dimension)
        return std::nullopt;
    const auto value = step(*dimension);
    return value ? HeaderValues::toMicrometres(*value, dimension->unit) : std::nullopt;
}

// Which listed dimension plays which OME axis. LAS X lists the dimensions of
// a plane first: an XZ scan stores X × Z planes and lists X then Z, an XT line
// scan X then T. Bio-Formats (and so OMERO) takes the second dimension listed
// as Y whatever its DimID, and a Y listed later as Z (or T); following it keeps
// our sizes the ones OMERO shows. A dimension LAS X does not list has one
// element (readlif: "even if a dimension is missing, it still has to exist").
struct Axes
{
    const Dimension *x = nullptr;
    const Dimension *y = nullptr;
    const Dimension *z = nullptr;
    const Dimension *t = nullptr;
};

Axes omeAxes(const QList<Dimension> &dimensions)
{
    Axes axes;
    for (const Dimension &d : dimensions) {
        switch (d.id) {
        case 1:
            axes.x = &d;
            break;
        case 2:
            if (!axes.y)
                axes.y = &d;
            else if (!axes.z)
                axes.z = &d;
            else if (!axes.t)
                axes.t = &d;
            break;
        case 3:
            (axes.y ? axes.z : axes.y) = &d;
            break;
        case 4:
            (axes.y ? axes.t : axes.y) = &d;
            break;
        default:
            break;
        }
    }
    return axes;
}

// OME can only say in which order Z, C and T follow X and Y in memory. LIF
// lists the dimensions with their byte strides; when the axis taken as Y is
// not the next in memory after X, no OME dimension order describes it.
QString dimensionOrder(const Axes &axes, qint64 channelStride, qsizetype channels)
{
    struct Axis
    {
        QChar name;
        qint64 stride;
    };
    QList<Axis> order;
    for (const auto &[d, name] : {std::pair{axes.z, u'Z'}, std::pair{axes.t, u'T'}}) {
        if (d && d->size.value_or(1) > 1)
            order.append({QChar(name), d->bytesInc});
    }
    if (channels > 1)
        order.append({u'C', channelStride});
    // Without strides the order cannot be told.
    if (std::any_of(order.begin(), order.end(), [](const Axis &axis) { return axis.stride <= 0; }))
        return {};
    if (axes.y && axes.y->size.value_or(1) > 1) {
        for (const Axis &axis : order) {
            if (axis.stride <= axes.y->bytesInc)
                return {};
        }
    }
    std::stable_sort(order.begin(), order.end(), [](const Axis &a, const Axis &b) { return a.stride < b.stride; });
    QString text = u"XY"_s;
    for (const Axis &axis : order)
        text += axis.name;
    for (QChar name : {u'Z', u'C', u'T'}) {
        if (!text.contains(name))
            text += name;
    }
    return text;
}

// ChannelDescription/@Resolution (significant bits) and @DataType (0 integer,
// 1 floating point): the storage type is the next whole number of bytes.
QString pixelType(int bits, bool floatingPoint)
{
    if (floatingPoint)
        return bits <= 32 ? u"float"_s : u"double"_s;
    if (bits <= 8)
        return u"uint8"_s;
    if (bits <= 16)
        return u"uint16"_s;
    return bits <= 32 ? u"uint32"_s : QString();
}

// The display lookup table LAS X shows the channel with: OME's Channel Color
// ("the colour used to render this channel"), as RGBA.
std::optional<qint32> lutColor(const QString &lutName)
{
    static const QHash<QString, quint32> colors = {
        {u"red"_s, 0xFF0000FFu},  {u"green"_s, 0x00FF00FFu},   {u"blue"_s, 0x0000FFFFu},
        {u"cyan"_s, 0x00FFFFFFu}, {u"magenta"_s, 0xFF00FFFFu}, {u"yellow"_s, 0xFFFF00FFu},
        {u"gray"_s, 0xFFFFFFFFu}, {u"grey"_s, 0xFFFFFFFFu},    {u"white"_s, 0xFFFFFFFFu},
    };
    const auto found = colors.constFind(lutName.toLower());
    if (found == colors.constEnd())
        return std::nullopt;
    return static_cast<qint32>(found.value());
}

// --- Time stamps ---------------------------------------------------------------

std::optional<quint64> unsignedNumber(const QString &text, int base, quint64 max)
{
    bool ok = false;
    const quint64 value = text.toULongLong(&ok, base);
    if (!ok || value > max)
        return std::nullopt;
    return value;
}

// The acquisition start: the first time stamp, a Windows FILETIME. LAS X
// writes TimeStampList as whitespace-separated hex numbers; LAS AF wrote
// TimeStamp elements with the two 32-bit halves in decimal.
QString acquisitionDate(pugi::xml_node imageNode)
{
    const pugi::xml_node list = imageNode.child("TimeStampList");
    std::optional<quint64> ticks;
    if (list.attribute("NumberOfTimeStamps")) {
        // Only the first of possibly millions of stamps is needed.
        QByteArrayView stamps(list.child_value());
        while (!stamps.isEmpty() && QChar::isSpace(static_cast<uchar>(stamps.front())))
            stamps = stamps.sliced(1);
        qsizetype end = 0;
        while (end < stamps.size() && end <= 16 && !QChar::isSpace(static_cast<uchar>(stamps[end])))
            ++end;
        ticks = unsignedNumber(QString::fromLatin1(stamps.first(end)), 16, ~quint64(0));
    } else if (const pugi::xml_node stamp = list.child("TimeStamp")) {
        const auto high = unsignedNumber(attribute(stamp, "HighInteger"), 10, 0xFFFFFFFFu);
        const auto low = unsignedNumber(attribute(stamp, "LowInteger"), 10, 0xFFFFFFFFu);
        if (high && low)
            ticks = (*high << 32) | *low;
    }
    if (!ticks)
        return {};
    const auto date = HeaderValues::fromFileTime(*ticks);
    return date ? HeaderValues::isoDate(*date) : QString();
}

// --- Hardware settings ------------------------------------------------------------

bool isSettingDefinition(QStringView name)
{
    return name == u"ATLConfocalSettingDefinition" || name == u"ATLCameraSettingDefinition";
}

pugi::xml_node firstDefinition(pugi::xml_node parent)
{
    for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling()) {
        if (isSettingDefinition(QString::fromUtf8(child.name())))
            return child;
    }
    return {};
}

// Where LAS X keeps an image's acquisition settings: an Attachment (named
// "HardwareSetting") holds either one setting definition or, for a
// sequential acquisition, an LDM_Block_…Sequential block with a master
// definition and one definition per sequence.
struct HardwareSettings
{
    pugi::xml_node attachment;
    pugi::xml_node main;             // the settings of the whole image
    QList<pugi::xml_node> sequences; // one per sequence (just `main` when not sequential)
    bool sequential = false;
};

HardwareSettings hardwareSettings(pugi::xml_node imageNode, bool &capped)
{
    HardwareSettings settings;
    pugi::xml_node master;
    for (pugi::xml_node attachment = imageNode.child("Attachment"); attachment; attachment = attachment.next_sibling("Attachment")) {
        for (pugi::xml_node child = attachment.first_child(); child; child = child.next_sibling()) {
            const QString name = QString::fromUtf8(child.name());
            if (isSettingDefinition(name) && !settings.main) {
                settings.main = child;
                settings.attachment = attachment;
            } else if (name.startsWith(u"LDM_Block_") && !settings.sequential) {
                const pugi::xml_node list = child.child("LDM_Block_Sequential_List");
                for (pugi::xml_node definition = list.first_child(); definition; definition = definition.next_sibling()) {
                    if (!isSettingDefinition(QString::fromUtf8(definition.name())))
                        continue;
                    if (settings.sequences.size() >= LifMetadataXml::MaxSequences) {
                        capped = true;
                        break;
                    }
                    settings.sequences.append(definition);
                }
                if (!settings.sequences.isEmpty()) {
                    settings.sequential = true;
                    master = firstDefinition(child.child("LDM_Block_Sequential_Master"));
                    if (!settings.attachment)
                        settings.attachment = attachment;
                }
            }
        }
    }
    if (!settings.main)
        settings.main = master ? master : (settings.sequences.isEmpty() ? pugi::xml_node() : settings.sequences.first());
    if (settings.sequences.isEmpty() && settings.main)
        settings.sequences.append(settings.main);
    return settings;
}

// LAS X's detector types: PMT, HyD (hybrid detector), APD, … OME 2016-06 has
// no type for hybrid detectors, so HyD is "Other" (the vendor's word stays
// in the original metadata).
QString detectorType(const QString &leica)
{
    const QString ome = omeDetectorType(leica);
    return ome.isEmpty() && !leica.isEmpty() ? u"Other"_s : ome;
}

// An exposure time as LAS X writes it: seconds, or a number with its unit ("12.5 ms").
std::optional<double> exposureSeconds(const QString &text)
{
    static const QRegularExpression pattern(uR"(^\s*([-+]?[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(\S*)\s*$)"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const auto value = HeaderValues::number(match.capturedView(1));
    if (!value || *value < 0)
        return std::nullopt;
    const QString unit = match.captured(2);
    return unit.isEmpty() ? value : HeaderValues::toSeconds(*value, unit);
}

struct LaserLine
{
    double wavelengthNm = 0;
    double intensityPercent = 0;
    QString sourceName; // the Aotf's LightSourceName, which LaserArray/Laser names too
};

// The laser lines a setting definition switched on (AOTF intensity above 0).
QList<LaserLine> laserLines(pugi::xml_node definition, bool &capped)
{
    QList<LaserLine> lines;
    for (pugi::xml_node aotf : children(definition.child("AotfList"), "Aotf", LifMetadataXml::MaxSettingParts, &capped)) {
        for (pugi::xml_node line : children(aotf, "LaserLineSetting", LifMetadataXml::MaxSettingParts, &capped)) {
            const auto wavelength = positive(attributeNumber(line, "LaserLine"));
            const auto intensity = positive(attributeNumber(line, "IntensityDev"));
            if (wavelength && intensity)
                lines.append({*wavelength, *intensity, attribute(aotf, "LightSourceName")});
        }
    }
    return lines;
}

QString laserName(pugi::xml_node definition, const QString &sourceName)
{
    for (pugi::xml_node laser = definition.child("LaserArray").child("Laser"); laser; laser = laser.next_sibling("Laser")) {
        if (!sourceName.isEmpty() && attribute(laser, "LightSourceName") == sourceName)
            return attribute(laser, "LaserName");
    }
    return {};
}

// The spectral detection band (Spectro/MultiBand) that feeds a detector's channel.
pugi::xml_node detectionBand(pugi::xml_node definition, const QString &detectorChannel)
{
    if (detectorChannel.isEmpty())
        return {};
    for (pugi::xml_node band = definition.child("Spectro").child("MultiBand"); band; band = band.next_sibling("MultiBand")) {
        if (attribute(band, "Channel") == detectorChannel)
            return band;
    }
    return {};
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

// --- One image ------------------------------------------------------------------------

class LifImage
{
public:
    LifImage(const LifMetadataXml::ImageParts &parts, QString name, qsizetype index, qsizetype maxKeys)
        : m_parts(parts), m_index(index), m_keys(maxKeys, LifMetadataXml::MaxKeyDepth, KeyCollector::Naming::FullPath)
    {
        m_image.id = u"Image:%1"_s.arg(index);
        m_image.name = std::move(name);
        m_instrument.id = u"Instrument:%1"_s.arg(index);
    }

    void read()
    {
        const pugi::xml_node imageNode = m_parts.image;
        const pugi::xml_node description = imageNode.child("ImageDescription");
        m_keys.add(u"Element|Name"_s, attribute(m_parts.element, "Name"));
        m_keys.add(u"Element|UniqueID"_s, attribute(m_parts.element, "UniqueID"));
        m_keys.add(u"Memory|Size"_s, attribute(m_parts.memory, "Size"));

        m_image.description = attribute(imageNode, "TextDescription");
        for (pugi::xml_node attachment = imageNode.child("Attachment"); attachment && m_image.description.isEmpty();
             attachment = attachment.next_sibling("Attachment")) {
            if (attribute(attachment, "Name") == u"ContextDescription")
                m_image.description = attribute(attachment, "Content");
        }
        m_image.acquisitionDate = acquisitionDate(imageNode);
        readChannels(description);
        readDimensions(description);

        const HardwareSettings settings = hardwareSettings(imageNode, m_capped);
        if (settings.main) {
            readStand(settings);
            if (QString::fromUtf8(settings.main.name()) == u"ATLCameraSettingDefinition")
                readCamera(settings);
            else
                readConfocal(settings);
            m_keys.collect(settings.main);
            for (qsizetype s = 0; s < settings.sequences.size(); ++s) {
                if (settings.sequences[s] != settings.main)
                    m_keys.collect(settings.sequences[s], u"Sequence %1|"_s.arg(s + 1));
            }
        }
        m_keys.collect(description);
        readSettingRecords(imageNode);
        m_image.originalMetadata = m_keys.take();

        if (!describesNothing(m_instrument))
            m_image.instrumentRef = m_instrument.id;
    }

    ImageInfo takeImage() { return std::move(m_image); }
    std::optional<InstrumentInfo> takeInstrument()
    {
        return describesNothing(m_instrument) ? std::nullopt : std::optional<InstrumentInfo>(std::move(m_instrument));
    }
    bool capped() const { return m_capped; }
    qsizetype keysLeftOut() const { return m_keys.overflow(); }
    bool keysTooDeep() const { return m_keys.tooDeep(); }

private:
    static bool describesNothing(const InstrumentInfo &instrument)
    {
        const MicroscopeInfo &m = instrument.microscope;
        return m.model.isEmpty() && m.serialNumber.isEmpty() && m.type.isEmpty() && instrument.objectives.isEmpty() &&
               instrument.detectors.isEmpty() && instrument.lightSources.isEmpty() && instrument.filters.isEmpty();
    }

    void readChannels(pugi::xml_node description)
    {
        int bits = 0;
        bool floatingPoint = false;
        const QList<pugi::xml_node> nodes =
            children(description.child("Channels"), "ChannelDescription", LifMetadataXml::MaxChannels, &m_capped);
        for (qsizetype c = 0; c < nodes.size(); ++c) {
            ChannelInfo channel;
            channel.id = u"Channel:%1:%2"_s.arg(m_index).arg(c);
            channel.color = lutColor(attribute(nodes[c], "LUTName"));
            m_image.channels.append(channel);
            if (const auto resolution = count(attribute(nodes[c], "Resolution"), 64))
                bits = std::max(bits, static_cast<int>(*resolution));
            floatingPoint = floatingPoint || attribute(nodes[c], "DataType") == u"1";
        }
        if (!nodes.isEmpty()) {
            m_image.pixels.sizeC = nodes.size();
            if (bits > 0) {
                m_image.pixels.pixelType = pixelType(bits, floatingPoint);
                m_image.pixels.significantBits = bits;
            }
        }
        if (nodes.size() > 1)
            m_channelStride = attribute(nodes[1], "BytesInc").toLongLong();
    }

    void readDimensions(pugi::xml_node description)
    {
        QList<Dimension> dimensions;
        QStringList summary;
        for (pugi::xml_node node :
             children(description.child("Dimensions"), "DimensionDescription", LifMetadataXml::MaxDimensions, &m_capped)) {
            Dimension d;
            bool ok = false;
            d.id = attribute(node, "DimID").toInt(&ok);
            if (!ok || findDimension(dimensions, d.id))
                continue;
            d.size = count(attribute(node, "NumberOfElements"), MaxDimensionSize);
            d.length = attributeNumber(node, "Length");
            d.unit = attribute(node, "Unit");
            d.bytesInc = attribute(node, "BytesInc").toLongLong();
            dimensions.append(d);
            summary.append(u"%1 %2"_s.arg(dimensionLabel(d.id), d.size ? QString::number(*d.size) : u"?"_s));
        }
        m_keys.add(u"Dimensions"_s, summary.join(u", "_s));
        if (const Dimension *tiles = findDimension(dimensions, 10); tiles && tiles->size)
            m_keys.add(u"Dimensions|Tiles"_s, QString::number(*tiles->size));

        PixelsInfo &pixels = m_image.pixels;
        const Axes axes = omeAxes(dimensions);
        const auto size = [](const Dimension *d) { return d ? d->size : std::optional<qint64>(1); };
        if (axes.x) {
            pixels.sizeX = axes.x->size;
            pixels.sizeY = size(axes.y);
            pixels.sizeZ = size(axes.z);
            pixels.sizeT = size(axes.t);
        }
        // A line scan over time (X, then T as Y) has no physical size along Y.
        const auto spatial = [](const Dimension *d) { return d && d->id != 4 ? d : nullptr; };
        pixels.physicalSizeXUm = stepUm(axes.x);
        pixels.physicalSizeYUm = stepUm(spatial(axes.y));
        pixels.physicalSizeZUm = stepUm(spatial(axes.z));
        if (axes.t && axes.t->id == 4) {
            if (const auto value = step(*axes.t))
                pixels.timeIncrementS = HeaderValues::toSeconds(*value, axes.t->unit);
        }
        if (axes.x)
            pixels.dimensionOrder = dimensionOrder(axes, m_channelStride, m_image.channels.size());
    }

    // The stand and the objective, from the settings of the whole image.
    void readStand(const HardwareSettings &settings)
    {
        const pugi::xml_node main = settings.main;
        MicroscopeInfo &microscope = m_instrument.microscope;
        microscope.model = attribute(main, "MicroscopeModel");
        const QString inverted = attribute(main, "IsInverseMicroscopeModel");
        if (inverted == u"1")
            microscope.type = u"Inverted"_s;
        else if (inverted == u"0")
            microscope.type = u"Upright"_s;
        // Leica numbers the whole system (the TCS SP8), not the stand.
        microscope.serialNumber = attribute(main, "SystemSerialNumber");

        ObjectiveInfo objective;
        objective.model = attribute(main, "ObjectiveName"); // "HC PL APO CS2    63x/1.30 GLYC"
        objective.nominalMagnification = positive(attributeNumber(main, "Magnification"));
        if (!objective.nominalMagnification)
            objective.nominalMagnification = HeaderValues::magnificationFromName(objective.model);
        objective.lensNA = positive(attributeNumber(main, "NumericalAperture"));
        if (!objective.lensNA)
            objective.lensNA = HeaderValues::numericalApertureFromName(objective.model);
        objective.immersion = HeaderValues::omeImmersion(attribute(main, "Immersion"));
        if (objective.immersion.isEmpty() && !objective.model.isEmpty())
            objective.immersion = HeaderValues::omeImmersion(objective.model.section(u' ', -1, -1, QString::SectionSkipEmpty));
        if (!objective.model.isEmpty() || objective.nominalMagnification || objective.lensNA || !objective.immersion.isEmpty()) {
            objective.id = u"Objective:%1:0"_s.arg(m_index);
            m_instrument.objectives.append(objective);
            m_image.objectiveRef = objective.id; // the settings name the objective that took the image
        }
        m_image.objectiveRefractiveIndex = positive(attributeNumber(main, "RefractionIndex"));

        // LAS X says what kind of system took the image; "Confocal" is a point-scanning confocal.
        if (attribute(settings.attachment, "DataSourceTypeName").compare(u"Confocal", Qt::CaseInsensitive) == 0) {
            for (ChannelInfo &channel : m_image.channels)
                channel.acquisitionMode = u"LaserScanningConfocalMicroscopy"_s;
        }

        for (const pugi::xml_attribute &item : settings.attachment.attributes()) {
            if (QByteArrayView(item.name()) != "Name")
                m_keys.add(attribute(settings.attachment, "Name") + u'|' + QString::fromUtf8(item.name()),
                           QString::fromUtf8(item.value()).trimmed());
        }
    }

    QString detectorId(pugi::xml_node detector)
    {
        const QString name = attribute(detector, "Name");
        const QString key = name.isEmpty() ? u"#%1"_s.arg(m_instrument.detectors.size()) : name;
        if (const auto found = m_detectorIds.constFind(key); found != m_detectorIds.constEnd())
            return found.value();
        DetectorInfo info;
        info.id = u"Detector:%1:%2"_s.arg(m_index).arg(m_instrument.detectors.size());
        info.model = name; // "HyD 1"
        info.type = detectorType(attribute(detector, "Type"));
        info.offset = attributeNumber(detector, "Offset");
        m_instrument.detectors.append(info);
        m_detectorIds.insert(key, info.id);
        return info.id;
    }

    QString lightSourceId(pugi::xml_node definition, const LaserLine &line)
    {
        const QString key = line.sourceName + u'|' + number(line.wavelengthNm);
        if (const auto found = m_lightSourceIds.constFind(key); found != m_lightSourceIds.constEnd())
            return found.value();
        LightSourceInfo info;
        info.id = u"LightSource:%1:%2"_s.arg(m_index).arg(m_instrument.lightSources.size());
        info.kind = u"Laser"_s;
        info.model = laserName(definition, line.sourceName); // "WLL"
        info.wavelengthNm = line.wavelengthNm;
        m_instrument.lightSources.append(info);
        m_lightSourceIds.insert(key, info.id);
        return info.id;
    }

    void addBandFilter(double cutIn, double cutOut)
    {
        for (const FilterInfo &filter : std::as_const(m_instrument.filters)) {
            if (filter.cutInNm == cutIn && filter.cutOutNm == cutOut)
                return;
        }
        FilterInfo filter;
        filter.id = u"Filter:%1:%2"_s.arg(m_index).arg(m_instrument.filters.size());
        filter.cutInNm = cutIn;
        filter.cutOutNm = cutOut;
        m_instrument.filters.append(filter);
    }

    // A point-scanning system: channel k is the k-th active detector, sequence
    // by sequence (the order LAS X stores the channels in).
    void readConfocal(const HardwareSettings &settings)
    {
        struct ActiveDetector
        {
            pugi::xml_node definition;
            pugi::xml_node detector;
        };
        QList<ActiveDetector> active;
        QHash<qsizetype, QList<LaserLine>> linesBySequence;
        for (qsizetype s = 0; s < settings.sequences.size(); ++s) {
            const pugi::xml_node definition = settings.sequences[s];
            for (pugi::xml_node detector :
                 children(definition.child("DetectorList"), "Detector", LifMetadataXml::MaxSettingParts, &m_capped)) {
                if (attribute(detector, "IsActive") == u"1") {
                    active.append({definition, detector});
                    detectorId(detector);
                }
            }
            const QList<LaserLine> lines = laserLines(definition, m_capped);
            for (const LaserLine &line : lines)
                lightSourceId(definition, line);
            linesBySequence.insert(s, lines);
        }

        const auto pinholeUm = [](pugi::xml_node definition) -> std::optional<double> {
            const auto metres = positive(attributeNumber(definition, "Pinhole"));
            return metres ? HeaderValues::toMicrometres(*metres, u"m"_s) : std::nullopt;
        };
        if (active.size() != m_image.channels.size()) {
            // No clear mapping; the pinhole of the whole image still holds for every channel.
            for (ChannelInfo &channel : m_image.channels)
                channel.pinholeUm = pinholeUm(settings.main);
            return;
        }
        for (qsizetype c = 0; c < active.size(); ++c) {
            ChannelInfo &channel = m_image.channels[c];
            const ActiveDetector &source = active[c];
            const QString detectorName = attribute(source.detector, "Name");
            channel.detectorRef = detectorId(source.detector);
            channel.detectorGain = attributeNumber(source.detector, "Gain");
            channel.pinholeUm = pinholeUm(source.definition);
            const QString key = u"Channel %1|"_s.arg(c + 1);
            m_keys.add(key + u"Detector"_s, detectorName);

            const pugi::xml_node band = detectionBand(source.definition, attribute(source.detector, "Channel"));
            channel.fluor = attribute(band, "DyeName");
            const auto left = positive(attributeNumber(band, "LeftWorld"));
            const auto right = positive(attributeNumber(band, "RightWorld"));
            if (left && right && *left < *right) {
                // The emission band the detector saw; its centre is no emission
                // wavelength of the dye, so EmissionWavelength stays unknown.
                addBandFilter(*left, *right);
                m_keys.add(key + u"DetectionBand"_s, u"%1-%2 nm"_s.arg(number(*left), number(*right)));
            }

            const qsizetype sequence = settings.sequences.indexOf(source.definition);
            const QList<LaserLine> lines = linesBySequence.value(sequence);
            QStringList lineTexts;
            for (const LaserLine &line : lines)
                lineTexts.append(u"%1 nm (%2 %)"_s.arg(number(line.wavelengthNm), number(line.intensityPercent)));
            m_keys.add(key + u"LaserLines"_s, lineTexts.join(u", "_s));
            // Several lines at once (simultaneous channels) leave open which one excited this channel.
            if (lines.size() == 1) {
                const LaserLine &line = lines.first();
                channel.excitationNm = line.wavelengthNm;
                channel.lightSourceRef = lightSourceId(source.definition, line);
                channel.lightSourceWavelengthNm = line.wavelengthNm;
                channel.lightSourceAttenuation = std::clamp(1.0 - line.intensityPercent / 100.0, 0.0, 1.0);
            }
        }
    }

    // A camera system: one WideFieldChannelInfo per channel.
    void readCamera(const HardwareSettings &settings)
    {
        QList<pugi::xml_node> infos;
        QString camera;
        for (const pugi::xml_node &definition : settings.sequences) {
            const pugi::xml_node configurator = definition.child("WideFieldChannelConfigurator");
            if (camera.isEmpty())
                camera = attribute(configurator, "CameraName");
            infos += children(configurator, "WideFieldChannelInfo", LifMetadataXml::MaxSettingParts, &m_capped);
        }
        if (!camera.isEmpty()) {
            DetectorInfo detector;
            detector.id = u"Detector:%1:0"_s.arg(m_index);
            detector.model = camera;
            m_instrument.detectors.append(detector);
            for (ChannelInfo &channel : m_image.channels)
                channel.detectorRef = detector.id; // the one camera took every channel
        }
        if (infos.size() != m_image.channels.size())
            return;
        for (qsizetype c = 0; c < infos.size(); ++c) {
            ChannelInfo &channel = m_image.channels[c];
            const QString name = attribute(infos[c], "UserDefName");
            if (name.compare(u"None", Qt::CaseInsensitive) != 0)
                channel.name = name;
            channel.exposureS = exposureSeconds(attribute(infos[c], "ExposureTime"));
            channel.emissionNm = positive(attributeNumber(infos[c], "EmissionWavelength"));
        }
    }

    // LAS AF (before LAS X) kept settings as records: ScannerSettingRecord
    // (Identifier, Variant) and FilterSettingRecord (ObjectName, Attribute, Variant).
    void readSettingRecords(pugi::xml_node imageNode)
    {
        for (pugi::xml_node attachment = imageNode.child("Attachment"); attachment; attachment = attachment.next_sibling("Attachment")) {
            for (pugi::xml_node record :
                 children(attachment.child("ScannerSetting"), "ScannerSettingRecord", LifMetadataXml::MaxSettingParts, &m_capped))
                m_keys.add(u"ScannerSetting|"_s + attribute(record, "Identifier"), attribute(record, "Variant"));
            for (pugi::xml_node record :
                 children(attachment.child("FilterSetting"), "FilterSettingRecord", LifMetadataXml::MaxSettingParts, &m_capped)) {
                m_keys.add(u"FilterSetting|%1|%2"_s.arg(attribute(record, "ObjectName"), attribute(record, "Attribute")),
                           attribute(record, "Variant"));
            }
        }
    }

    LifMetadataXml::ImageParts m_parts;
    qsizetype m_index;
    KeyCollector m_keys;
    ImageInfo m_image;
    InstrumentInfo m_instrument;
    QHash<QString, QString> m_detectorIds;
    QHash<QString, QString> m_lightSourceIds;
    qint64 m_channelStride = 0;
    bool m_capped = false;
};

// The first text child of `node` (PCDATA that is not only blanks, or CDATA)
// before any child element: what a stream can tell of a TimeStampList.
std::optional<QByteArrayView> firstText(const pugi::xml_node &node)
{
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
            return QByteArrayView(child.value());
        if (child.type() == pugi::node_element)
            break;
    }
    return std::nullopt;
}

// Walks the tree as LifHeaderBuilder asks, as a stream would: the document's
// children first. The builder descends only into the project's Elements and
// an image's few parts, so the explicit stack stays small (MaxFolderDepth).
void walkTree(const pugi::xml_document &document, LifHeaderBuilder &builder)
{
    QVarLengthArray<pugi::xml_node, 32> next{document.first_child()}; // the next child to visit on each level
    while (!next.isEmpty()) {
        const pugi::xml_node node = next.back();
        if (!node) {
            next.removeLast();
            if (!next.isEmpty())
                builder.end(); // of an element descended into; the document has none
            continue;
        }
        next.back() = node.next_sibling();
        if (node.type() != pugi::node_element)
            continue;
        switch (builder.use(QByteArrayView(node.name()))) {
        case LifHeaderBuilder::Use::Whole:
            builder.whole(node);
            break;
        case LifHeaderBuilder::Use::Descend:
            builder.begin(node);
            if (builder.wantsText()) {
                if (const auto text = firstText(node))
                    builder.text(*text);
            }
            next.append(node.first_child());
            break;
        case LifHeaderBuilder::Use::Skip:
            break;
        }
    }
}

} // namespace

LifMetadataXml::MappedImage LifMetadataXml::mapImage(const ImageParts &parts, QString name, qsizetype index, qsizetype maxKeys)
{
    LifImage image(parts, std::move(name), index, maxKeys);
    image.read();
    MappedImage mapped;
    mapped.capped = image.capped();
    mapped.keysLeftOut = image.keysLeftOut();
    mapped.keysTooDeep = image.keysTooDeep();
    mapped.instrument = image.takeInstrument();
    mapped.image = image.takeImage();
    return mapped;
}

Status LifMetadataXml::read(ByteSource &source, qint64 offset, qint64 length, FileMetadata &metadata, Method method)
{
    if (method == Method::Automatic)
        method = length <= StreamAboveBytes ? Method::Tree : Method::Streaming;
    LifHeaderBuilder builder(metadata, source.path());
    const Status walked =
        method == Method::Tree ? readTree(source, offset, length, builder) : LifHeaderStream::read(source, offset, length, builder);
    if (!walked)
        return walked;
    return builder.finish();
}

Status LifMetadataXml::readTree(ByteSource &source, qint64 offset, qint64 length, LifHeaderBuilder &builder)
{
    const Result<QByteArray> utf16Xml = source.read(offset, length);
    if (!utf16Xml)
        return Status::failure(utf16Xml.error());
    pugi::xml_document document;
    const pugi::xml_parse_result parsed =
        document.load_buffer(utf16Xml->constData(), static_cast<size_t>(utf16Xml->size()), pugi::parse_default, pugi::encoding_utf16_le);
    if (!parsed)
        return Status::failure(notReadable(source.path(), parsed.status, parsed.offset));
    walkTree(document, builder);
    return Done{};
}

QString LifMetadataXml::notReadable(const QString &path, pugi::xml_parse_status status, qint64 offset)
{
    pugi::xml_parse_result result;
    result.status = status;
    return tr("%1: the header of this LIF file is not readable XML (%2 at character %3); the file is damaged.")
        .arg(path, QString::fromUtf8(result.description()))
        .arg(offset);
}

} // namespace metafill
