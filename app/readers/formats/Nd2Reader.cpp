#include "Nd2Reader.h"

#include "formats/ClxLiteDecoder.h"
#include "formats/KeyValueBudget.h"
#include "formats/Nd2ChunkMap.h"
#include "formats/Nd2Experiment.h"
#include "formats/Nd2PlaneOptics.h"
#include "formats/Nd2XmlVariant.h"
#include "model/HeaderValues.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <new>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

using Nd2Experiment::Axis;
using Nd2Experiment::Loop;
using Nd2Experiment::Position;

// ImageAttributes::ePixelType (limnd2 ImageAttributesPixelType).
enum PixelKind : qint64 { SignedPixels = 0, UnsignedPixels = 1, RealPixels = 2 };

constexpr qsizetype MaxImages = 10'000;
constexpr qsizetype MaxChannels = 1'024;
// Channels in all images together (each XY position repeats the channel list).
constexpr qint64 MaxChannelRecords = 200'000;

// The metadata chunks, each reduced to the structure it holds
// (SLxImageAttributes, SLxPictureMetadata, …).
struct Nd2Chunks
{
    std::optional<ClxNode> attributes;
    std::optional<ClxNode> picture;
    std::optional<ClxNode> experiment;
    std::optional<ClxNode> textInfo;
    std::optional<ClxNode> calibration;
    std::optional<ClxNode> appInfo;
};

qint64 saturatingProduct(qint64 a, qint64 b)
{
    constexpr qint64 Ceiling = 1'000'000'000'000'000LL;
    if (a == 0 || b == 0)
        return 0;
    return a > Ceiling / b ? Ceiling : a * b;
}

std::optional<double> positive(std::optional<double> value)
{
    return value && *value > 0 ? value : std::nullopt;
}

// Both decoders return an unnamed root holding the chunk's one structure. The
// XML form wraps it once more: <variant><no_name>fields</no_name></variant>.
ClxNode contentOf(ClxNode root)
{
    ClxNode node = root.children.size() == 1 ? std::move(root.children.front()) : std::move(root);
    if (node.isLevel() && node.name == u"variant"_s && node.children.size() == 1 && node.children.front().isLevel() &&
        node.children.front().name.isEmpty()) {
        ClxNode inner = std::move(node.children.front());
        return inner;
    }
    return node;
}

QString omePixelType(std::optional<qint64> bits, std::optional<qint64> kind)
{
    if (!bits)
        return {};
    // Without ePixelType (2.x), 32-bit data are floating point, as nd2 and pims read them.
    const bool real = kind ? *kind == RealPixels : *bits == 32;
    const bool isSigned = kind && *kind == SignedPixels;
    switch (*bits) {
    case 8:
        return real ? QString() : isSigned ? u"int8"_s : u"uint8"_s;
    case 16:
        return real ? QString() : isSigned ? u"int16"_s : u"uint16"_s;
    case 32:
        return real ? u"float"_s : isSigned ? u"int32"_s : u"uint32"_s;
    case 64:
        return real ? u"double"_s : QString();
    default:
        break;
    }
    return {};
}

// A value from NIS-Elements' free-text description, such as
// "Microscope: Ti Microscope" or "Camera Name: Nikon A1plus". Heuristic: the
// text is meant for people; the label must start a word and the value ends
// with the line.
QString describedValue(const ClxNode *textInfo, const QString &label)
{
    if (!textInfo)
        return {};
    const QRegularExpression pattern(u"(?:^|[\\s])"_s + QRegularExpression::escape(label) + u":[ \\t]*([^\\r\\n]+)"_s);
    for (const QString &item : {u"TextInfoItem_5"_s, u"TextInfoItem_6"_s}) {
        const QRegularExpressionMatch match = pattern.match(textInfo->textAt(item));
        if (match.hasMatch())
            return match.captured(1).trimmed();
    }
    return {};
}

QString immersionOf(const QString &objectiveName, std::optional<double> na, std::optional<double> refractiveIndex)
{
    static const QRegularExpression words(uR"([A-Za-z]+)"_s);
    for (const QRegularExpressionMatch &word : words.globalMatch(objectiveName)) {
        const QString token = word.captured(0).toLower();
        // Nikon writes "WI" for water immersion ("Apo LWD 40x WI λS DIC N2").
        if (token == u"wi"_s)
            return u"Water"_s;
        if (const QString immersion = HeaderValues::omeImmersion(token); !immersion.isEmpty())
            return immersion;
    }
    // A refractive index of 1 with an NA below 1 can only be a dry objective:
    // immersion objectives have NA ≥ 1 or a medium with an index above 1.3.
    if (refractiveIndex && std::abs(*refractiveIndex - 1.0) < 1e-3 && na && *na < 1.0)
        return u"Air"_s;
    return {};
}

QString bytesText(const QByteArray &bytes)
{
    // Short byte arrays are flags or small matrices worth seeing; long ones are
    // binary blobs (LUTs, thumbnails) that a template cannot use.
    if (bytes.size() <= 64)
        return QString::fromLatin1(bytes.toHex());
    return u"(%1 bytes)"_s.arg(bytes.size());
}

// Vendor keys: the chunk's structure name and the path of names inside it,
// joined by '|'; list items are numbered from 0, a repeated name gets "#1", "#2".
void addOriginal(KeyValueBudget &budget, const ClxNode &node, const QString &prefix)
{
    QHash<QString, int> seen;
    int listIndex = 0;
    for (const ClxNode &child : node.children) {
        QString part;
        if (child.name.isEmpty()) {
            part = QString::number(listIndex++);
        } else {
            const int repeat = seen[child.name]++;
            part = repeat == 0 ? child.name : child.name + u'#' + QString::number(repeat);
        }
        const QString key = prefix + u'|' + part;
        if (child.isLevel()) {
            addOriginal(budget, child, key); // depth bounded by the decoders' nesting limit
        } else if (child.type == ClxNode::Type::Bytes) {
            budget.addToFile(key, bytesText(child.bytes));
        } else if (QString value = child.toText(); !value.isEmpty()) {
            budget.addToFile(key, value);
        }
    }
}

class Nd2ModelBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Nd2Reader)

public:
    // `imagePlanes`: how many image planes the chunk map lists.
    Nd2ModelBuilder(const QString &path, const Nd2Chunks &chunks, qint64 imagePlanes, FileMetadata &file)
        : m_path(path), m_chunks(chunks), m_imagePlanes(imagePlanes), m_file(file)
    {}

    Status build()
    {
        const ClxNode &attributes = *m_chunks.attributes;
        PixelsInfo pixels;
        const auto width = attributes.integerAt(u"uiWidth");
        const auto height = attributes.integerAt(u"uiHeight");
        if (!width || !height || *width <= 0 || *height <= 0 || *width > Nd2Experiment::MaxCount || *height > Nd2Experiment::MaxCount)
            return Status::failure(tr("%1: the ND2 image attributes give no valid image size; the file is damaged.").arg(m_path));
        pixels.sizeX = *width;
        pixels.sizeY = *height;
        const auto bits = attributes.integerAt(u"uiBpcInMemory");
        pixels.pixelType = omePixelType(bits, attributes.integerAt(u"ePixelType"));
        if (pixels.pixelType.isEmpty() && bits)
            m_file.warnings.append(
                tr("%1: the ND2 file stores %2-bit samples of a kind Metafill does not know; the pixel type is left empty.")
                    .arg(m_path)
                    .arg(*bits));
        if (const auto significant = attributes.integerAt(u"uiBpcSignificant");
            significant && *significant > 0 && bits && *significant <= *bits)
            pixels.significantBits = int(*significant);

        fillCalibration(pixels);
        const QList<ChannelInfo> channels = buildChannels(pixels);
        const std::vector<Position> positions = fillDimensions(pixels, channels.size());
        buildInstrument();
        buildImages(pixels, channels, positions);
        return Done{};
    }

    // The XY position of each image (empty for a single-position file).
    const std::vector<Position> &imagePositions() const { return m_imagePositions; }

private:
    const ClxNode *picture() const { return m_chunks.picture ? &*m_chunks.picture : nullptr; }
    const ClxNode *textInfo() const { return m_chunks.textInfo ? &*m_chunks.textInfo : nullptr; }

    void fillCalibration(PixelsInfo &pixels)
    {
        // dCalibration is µm per pixel; bCalibrated false means "not calibrated".
        std::optional<double> size;
        std::optional<double> aspect;
        if (const ClxNode *meta = picture(); meta && meta->integerAt(u"bCalibrated").value_or(1) != 0) {
            size = positive(meta->numberAt(u"dCalibration"));
            aspect = positive(meta->numberAt(u"dAspect"));
        }
        if (!size && m_chunks.calibration && m_chunks.calibration->integerAt(u"bValid").value_or(1) != 0) {
            size = positive(m_chunks.calibration->numberAt(u"dCalibration"));
            aspect = positive(m_chunks.calibration->numberAt(u"dAspect"));
        }
        if (!size)
            return;
        pixels.physicalSizeXUm = size;
        // A pixel aspect other than 1 would make Y differ, but in which
        // direction the files do not say; Y is then left open.
        if (!aspect || std::abs(*aspect - 1.0) < 1e-9)
            pixels.physicalSizeYUm = size;
        else
            m_file.warnings.append(
                tr("%1: the ND2 pixels are not square (aspect %2); only the pixel width is given.").arg(m_path).arg(*aspect));
    }

    // Z, T and the XY positions from the experiment loops, checked against the
    // number of frames in the file. Returns the positions (one image each,
    // each with `channelCount` channels).
    std::vector<Position> fillDimensions(PixelsInfo &pixels, qsizetype channelCount)
    {
        const ClxNode &attributes = *m_chunks.attributes;
        const auto frames = attributes.integerAt(u"uiSequenceCount");
        std::vector<Loop> loops = m_chunks.experiment ? Nd2Experiment::loops(*m_chunks.experiment) : std::vector<Loop>{};

        QString order;
        for (auto loop = loops.rbegin(); loop != loops.rend(); ++loop) {
            const QChar axis = loop->axis == Axis::Z ? u'Z' : loop->axis == Axis::Time ? u'T' : QChar();
            if (!axis.isNull() && !order.contains(axis))
                order += axis;
        }
        for (QChar axis : {u'Z', u'T'}) {
            if (!order.contains(axis))
                order += axis;
        }
        pixels.dimensionOrder = u"XYC"_s + order;

        if (loops.empty()) {
            if (frames && *frames == 1) {
                pixels.sizeZ = 1;
                pixels.sizeT = 1;
            } else if (frames && *frames > 1) {
                m_file.warnings.append(tr("%1: the ND2 file holds %2 frames but describes no Z stack or time lapse; Z and T are left open.")
                                           .arg(m_path)
                                           .arg(*frames));
            }
            return {};
        }

        // The loop that was stopped early is the outermost one: when the
        // frames fall short of the plan by whole outer steps, count those.
        qint64 planned = 1;
        for (const Loop &loop : loops) {
            if (loop.axis != Axis::Spectral) // spectral channels are components of one frame
                planned = saturatingProduct(planned, loop.count);
        }
        if (frames && *frames > 0 && *frames != planned) {
            Loop &outer = loops.front();
            const qint64 inner = planned / outer.count;
            if (*frames < planned && outer.axis == Axis::Time && inner > 0 && *frames % inner == 0) {
                m_file.warnings.append(
                    tr("%1: the time lapse was stopped after %2 of %3 time points.").arg(m_path).arg(*frames / inner).arg(outer.count));
                outer.count = *frames / inner;
            } else {
                m_file.warnings.append(tr("%1: the ND2 experiment describes %2 frames, but the file holds %3; the sizes may be wrong.")
                                           .arg(m_path)
                                           .arg(planned)
                                           .arg(*frames));
            }
        }

        qint64 sizeZ = 1, sizeT = 1, positionCount = 1;
        std::vector<Position> positions;
        for (const Loop &loop : loops) {
            switch (loop.axis) {
            case Axis::Z:
                sizeZ = saturatingProduct(sizeZ, loop.count);
                fillZStep(pixels, loop);
                break;
            case Axis::Time:
                sizeT = saturatingProduct(sizeT, loop.count);
                fillTimeIncrement(pixels, loop);
                break;
            case Axis::Position:
                positionCount = saturatingProduct(positionCount, loop.count);
                if (positions.empty())
                    positions = Nd2Experiment::positions(loop);
                break;
            case Axis::Spectral:
                break;
            case Axis::Other:
                m_file.warnings.append(
                    tr("%1: the ND2 experiment has a loop of a kind Metafill does not map (type %2, %3 steps); Z and T do not include it.")
                        .arg(m_path)
                        .arg(loop.type)
                        .arg(loop.count));
                break;
            }
        }
        pixels.sizeZ = sizeZ;
        pixels.sizeT = sizeT;
        if (positionCount <= 1)
            return {};
        if (qint64(positions.size()) != positionCount) {
            // Names and stage coordinates only fit when they match the loop count.
            positions.assign(std::size_t(std::min<qint64>(positionCount, MaxImages)), Position{});
        }
        // Every position holds at least one image plane. A header that lists
        // more positions than the file has planes is damaged, and must not
        // turn a tiny file into thousands of images.
        qint64 listed = positionCount;
        if (listed > std::max<qint64>(m_imagePlanes, 1)) {
            listed = std::max<qint64>(m_imagePlanes, 1);
            m_file.warnings.append(
                tr("%1: the ND2 file lists %2 XY positions but holds only %3 image planes; %4 positions are listed as images.")
                    .arg(m_path)
                    .arg(positionCount)
                    .arg(m_imagePlanes)
                    .arg(listed));
        }
        // Each image repeats the channel list; bound the model's size.
        const qint64 maxImages = std::min<qint64>(MaxImages, MaxChannelRecords / std::max<qsizetype>(channelCount, 1));
        if (listed > maxImages) {
            m_file.warnings.append(
                tr("%1: the ND2 file has %2 XY positions; only the first %3 are listed as images.").arg(m_path).arg(listed).arg(maxImages));
            listed = maxImages;
        }
        positions.resize(std::size_t(listed));
        return positions.size() > 1 ? positions : std::vector<Position>{};
    }

    void fillZStep(PixelsInfo &pixels, const Loop &loop)
    {
        if (pixels.physicalSizeZUm)
            return;
        const ClxNode &parameters = *loop.parameters;
        if (auto step = parameters.numberAt(u"dZStep"); step && std::abs(*step) > 0) {
            pixels.physicalSizeZUm = std::abs(*step);
            return;
        }
        // No step stored: the range over the planes (what nd2 does).
        const auto low = parameters.numberAt(u"dZLow");
        const auto high = parameters.numberAt(u"dZHigh");
        if (low && high && loop.count > 1 && *high != *low)
            pixels.physicalSizeZUm = std::abs(*high - *low) / double(loop.count - 1);
    }

    void fillTimeIncrement(PixelsInfo &pixels, const Loop &loop)
    {
        if (pixels.timeIncrementS)
            return;
        const ClxNode *parameters = loop.parameters;
        if (loop.type == Nd2Experiment::NETimeLoop) {
            // Several periods have several intervals; only one period gives one.
            const ClxNode *periods = parameters->child(u"pPeriod");
            if (!periods || periods->children.size() != 1)
                return;
            parameters = &periods->children.front();
        }
        // dPeriod is the planned interval in ms (0: as fast as possible);
        // dAvgPeriodDiff the measured mean interval.
        auto period = positive(parameters->numberAt(u"dPeriod"));
        if (!period)
            period = positive(parameters->numberAt(u"dAvgPeriodDiff"));
        if (period)
            pixels.timeIncrementS = *period / 1000.0;
    }

    const ClxNode *sampleSetting(const ClxNode &plane, qsizetype index) const
    {
        const ClxNode *settings = picture() ? picture()->find(u"sPicturePlanes/sSampleSetting") : nullptr;
        if (!settings)
            return nullptr;
        // uiSampleIndex names the sample setting a plane was taken with (limnd2 PicturePlaneDesc).
        const qint64 sample = plane.integerAt(u"uiSampleIndex").value_or(index);
        if (const ClxNode *setting = settings->child(QString(u'a' + QString::number(sample))))
            return setting;
        return settings->children.size() == 1 ? &settings->children.front() : nullptr;
    }

    QString cameraName(const ClxNode *setting) const
    {
        QString name = setting ? setting->textAt(u"pCameraSetting/CameraUserName") : QString();
        if (name.isEmpty())
            name = describedValue(textInfo(), u"Camera Name"_s);
        if (name.isEmpty() && m_chunks.experiment)
            name = m_chunks.experiment->textAt(u"wsCameraName");
        if (name.isEmpty() && setting)
            name = setting->textAt(u"pCameraSetting/CameraUniqueName");
        return name.trimmed();
    }

    QList<ChannelInfo> buildChannels(PixelsInfo &pixels)
    {
        const ClxNode &attributes = *m_chunks.attributes;
        const auto components = attributes.integerAt(u"uiComp");
        const ClxNode *planes = nullptr;
        if (const ClxNode *meta = picture()) {
            planes = meta->find(u"sPicturePlanes/sPlaneNew");
            if (!planes)
                planes = meta->find(u"sPicturePlanes/sPlane");
        }
        QList<ChannelInfo> channels;
        qint64 samples = 0;
        if (planes) {
            for (const ClxNode &plane : planes->children) {
                if (!plane.isLevel())
                    continue;
                if (channels.size() >= MaxChannels)
                    break;
                ChannelInfo channel = channelOf(plane, channels.size());
                samples += channel.samplesPerPixel.value_or(1);
                channels.append(channel);
            }
        }
        if (components && *components > 0 && *components <= MaxChannels)
            pixels.sizeC = *components;
        else if (!channels.isEmpty())
            pixels.sizeC = samples;
        if (!channels.isEmpty() && pixels.sizeC && *pixels.sizeC != samples) {
            m_file.warnings.append(tr("%1: the ND2 file describes %2 channel components but stores %3 per pixel.")
                                       .arg(m_path)
                                       .arg(samples)
                                       .arg(*pixels.sizeC));
        }
        return channels;
    }

    ChannelInfo channelOf(const ClxNode &plane, qsizetype index)
    {
        ChannelInfo channel;
        channel.name = plane.textAt(u"sDescription");
        if (const auto perPixel = plane.integerAt(u"uiCompCount"); perPixel && *perPixel > 1 && *perPixel <= 16)
            channel.samplesPerPixel = int(*perPixel);
        channel.color = Nd2PlaneOptics::omeColor(plane.integerAt(u"uiColor"));
        channel.contrastMethod = Nd2PlaneOptics::contrastMethod(plane.integerAt(u"uiModalityMask"));
        channel.emissionNm = Nd2PlaneOptics::emissionNm(plane);
        channel.excitationNm = Nd2PlaneOptics::excitationNm(plane, channel.emissionNm);
        channel.pinholeUm = positive(plane.numberAt(u"dPinholeDiameter"));
        const ClxNode *setting = sampleSetting(plane, index);
        // dExposureTime in ms; for a confocal scan it is the frame time. It is
        // what the file says the exposure was, so it is kept.
        if (setting) {
            if (auto exposure = positive(setting->numberAt(u"dExposureTime")))
                channel.exposureS = *exposure / 1000.0;
        }
        if (const QString camera = cameraName(setting); !camera.isEmpty())
            channel.detectorRef = detectorFor(camera);
        return channel;
    }

    QString detectorFor(const QString &model)
    {
        for (const DetectorInfo &detector : m_detectors) {
            if (detector.model == model)
                return detector.id;
        }
        DetectorInfo detector;
        detector.id = u"Detector:0:%1"_s.arg(m_detectors.size());
        detector.model = model;
        m_detectors.append(detector);
        return detector.id;
    }

    void buildInstrument()
    {
        InstrumentInfo instrument;
        instrument.id = u"Instrument:0"_s;
        instrument.detectors = m_detectors;

        // The microscope stand as NIS-Elements' device list names it, else the
        // "Microscope:" line of the description.
        const ClxNode *meta = picture();
        const ClxNode *devices = nullptr;
        if (meta) {
            if (const ClxNode *settings = meta->find(u"sPicturePlanes/sSampleSetting"); settings && !settings->children.empty())
                devices = settings->children.front().child(u"pDeviceSetting");
        }
        QString microscope = devices ? devices->textAt(u"m_sMicroscopeFullName").trimmed() : QString();
        if (microscope.isEmpty())
            microscope = describedValue(textInfo(), u"Microscope"_s);
        instrument.microscope.model = microscope;

        QString objectiveName = meta ? meta->textAt(u"wsObjectiveName").trimmed() : QString();
        if (objectiveName.isEmpty() && m_chunks.calibration)
            objectiveName = m_chunks.calibration->textAt(u"sObjective").trimmed();
        if (objectiveName.isEmpty() && textInfo())
            objectiveName = textInfo()->textAt(u"TextInfoItem_13").trimmed();
        ObjectiveInfo objective;
        objective.id = u"Objective:0:0"_s;
        objective.model = objectiveName;
        // −1 means "not known" for the numbers; the name usually carries the magnification.
        objective.nominalMagnification = meta ? positive(meta->numberAt(u"dObjectiveMag")) : std::nullopt;
        if (!objective.nominalMagnification)
            objective.nominalMagnification = HeaderValues::magnificationFromName(objectiveName);
        objective.lensNA = meta ? positive(meta->numberAt(u"dObjectiveNA")) : std::nullopt;
        if (!objective.lensNA)
            objective.lensNA = HeaderValues::numericalApertureFromName(objectiveName);
        m_refractiveIndex = meta ? positive(meta->numberAt(u"dRefractIndex1")) : std::nullopt;
        objective.immersion = immersionOf(objectiveName, objective.lensNA, m_refractiveIndex);
        if (!objectiveName.isEmpty() || objective.nominalMagnification || objective.lensNA)
            instrument.objectives.append(objective);

        if (!instrument.microscope.model.isEmpty() || !instrument.objectives.isEmpty() || !instrument.detectors.isEmpty())
            m_file.instruments.append(instrument);
    }

    void buildImages(const PixelsInfo &pixels, const QList<ChannelInfo> &channels, const std::vector<Position> &positions)
    {
        QString date;
        if (const ClxNode *meta = picture()) {
            if (auto julian = positive(meta->numberAt(u"dTimeAbsolute"))) {
                if (auto when = HeaderValues::fromJulianDay(*julian))
                    date = HeaderValues::isoDate(*when);
            }
        }
        const bool haveInstrument = !m_file.instruments.isEmpty();
        const bool haveObjective = haveInstrument && !m_file.instruments.front().objectives.isEmpty();
        const qsizetype count = positions.empty() ? 1 : qsizetype(positions.size());
        const QString fileName = QFileInfo(m_path).fileName();
        const int digits = int(QString::number(count).size());
        for (qsizetype i = 0; i < count; ++i) {
            ImageInfo image;
            image.id = u"Image:%1"_s.arg(i);
            image.pixels = pixels;
            image.acquisitionDate = date;
            if (haveInstrument)
                image.instrumentRef = m_file.instruments.front().id;
            if (haveObjective) {
                // The file describes the one objective that took every frame.
                image.objectiveRef = m_file.instruments.front().objectives.front().id;
                image.objectiveRefractiveIndex = m_refractiveIndex;
                const QString immersion = m_file.instruments.front().objectives.front().immersion;
                if (immersion == u"Air"_s || immersion == u"Oil"_s || immersion == u"Water"_s || immersion == u"Glycerol"_s)
                    image.objectiveMedium = immersion;
            }
            image.channels = channels;
            for (qsizetype c = 0; c < image.channels.size(); ++c)
                image.channels[c].id = u"Channel:%1:%2"_s.arg(i).arg(c);
            if (!positions.empty()) {
                // One image per XY position, named as Bio-Formats names ND2 series:
                // "<file> <position name>" or "<file> (series N)".
                const Position &position = positions[std::size_t(i)];
                const QString suffix =
                    position.name.trimmed().isEmpty() ? u"(series %1)"_s.arg(i + 1, digits, 10, QChar(u'0')) : position.name.trimmed();
                image.name = QString(fileName + u' ' + suffix).trimmed();
                image.stageLabel = position.name.trimmed();
            }
            m_file.images.append(image);
        }
        m_imagePositions = positions;
    }

    const QString &m_path;
    const Nd2Chunks &m_chunks;
    qint64 m_imagePlanes;
    FileMetadata &m_file;
    QList<DetectorInfo> m_detectors;
    std::optional<double> m_refractiveIndex;
    std::vector<Position> m_imagePositions;
};

// Reads the metadata chunks; a damaged chunk that the sizes depend on is an
// error, a damaged descriptive one (text, calibration, version) a warning.
class Nd2ChunkLoader
{
    Q_DECLARE_TR_FUNCTIONS(Nd2Reader)

public:
    Nd2ChunkLoader(ByteSource &source, const Nd2ChunkMap &map, bool binaryFirst, QStringList &warnings)
        : m_source(source), m_map(map), m_binaryFirst(binaryFirst), m_warnings(warnings)
    {}

    // The chunk under its 3.x ("…LV…") or 2.x name, whichever the file has
    // (the version's own first); nullopt when it has neither.
    Result<std::optional<ClxNode>> load(QByteArrayView binaryName, QByteArrayView xmlName, bool essential)
    {
        using Loaded = Result<std::optional<ClxNode>>;
        QByteArrayView name;
        for (QByteArrayView candidate : m_binaryFirst ? std::array{binaryName, xmlName} : std::array{xmlName, binaryName}) {
            if (!candidate.isEmpty() && m_map.contains(candidate)) {
                name = candidate;
                break;
            }
        }
        if (name.isEmpty())
            return Loaded(std::optional<ClxNode>());
        auto bytes = m_map.readChunk(m_source, name);
        if (!bytes)
            return problem(bytes.error(), essential);
        auto tree =
            Nd2XmlVariant::looksLikeXml(bytes.value()) ? Nd2XmlVariant::decode(bytes.value()) : ClxLiteDecoder::decode(bytes.value());
        if (!tree) {
            return problem(
                tr("%1: the ND2 metadata block %2 is damaged: %3.").arg(m_source.path(), QString::fromLatin1(name), tree.error()),
                essential);
        }
        return Loaded(std::optional<ClxNode>(contentOf(std::move(tree).value())));
    }

private:
    Result<std::optional<ClxNode>> problem(const QString &message, bool essential)
    {
        if (essential)
            return Result<std::optional<ClxNode>>::failure(message);
        m_warnings.append(message);
        return Result<std::optional<ClxNode>>(std::optional<ClxNode>());
    }

    ByteSource &m_source;
    const Nd2ChunkMap &m_map;
    bool m_binaryFirst;
    QStringList &m_warnings;
};

Result<FileMetadata> readChunkedFile(ByteSource &source)
{
    const QString &path = source.path();
    switch (Nd2ChunkMap::identify(source.head())) {
    case Nd2ChunkMap::Kind::Chunked:
        break;
    case Nd2ChunkMap::Kind::LegacyJpeg2000:
        return Result<FileMetadata>::failure(
            Nd2Reader::tr("%1: ND2 files from NIS-Elements before version 2 (JPEG 2000) are not supported. "
                          "Open the file in a current NIS-Elements and save it again as ND2 to read its metadata.")
                .arg(path));
    case Nd2ChunkMap::Kind::NotNd2:
        return Result<FileMetadata>::failure(Nd2Reader::tr("%1: this is not a Nikon ND2 file (the ND2 signature is missing).").arg(path));
    }
    const auto version = Nd2ChunkMap::readVersion(source);
    if (!version)
        return Result<FileMetadata>::failure(version.error());
    auto map = Nd2ChunkMap::read(source);
    if (!map)
        return Result<FileMetadata>::failure(map.error());

    FileMetadata file;
    file.format = u"nd2"_s;
    if (version->major > 3) {
        file.warnings.append(
            Nd2Reader::tr("%1: ND2 version %2.%3 is newer than the versions Metafill knows (2 and 3); some values may be missing.")
                .arg(path)
                .arg(version->major)
                .arg(version->minor));
    }

    Nd2Chunks chunks;
    Nd2ChunkLoader loader(source, map.value(), version->major >= 3, file.warnings);
    const struct
    {
        std::optional<ClxNode> &target;
        QByteArrayView binaryName;
        QByteArrayView xmlName;
        bool essential;
    } wanted[] = {
        {chunks.attributes, "ImageAttributesLV!", "ImageAttributes!", true},
        {chunks.picture, "ImageMetadataSeqLV|0!", "ImageMetadataSeq|0!", true},
        {chunks.experiment, "ImageMetadataLV!", "ImageMetadata!", true},
        {chunks.textInfo, "ImageTextInfoLV!", "ImageTextInfo!", false},
        {chunks.calibration, "ImageCalibrationLV|0!", "ImageCalibration|0!", false},
        {chunks.appInfo, "CustomDataVar|AppInfo_V1_0!", {}, false},
    };
    for (const auto &chunk : wanted) {
        auto loaded = loader.load(chunk.binaryName, chunk.xmlName, chunk.essential);
        if (!loaded)
            return Result<FileMetadata>::failure(loaded.error());
        chunk.target = std::move(loaded).value();
    }
    if (!chunks.attributes || !chunks.attributes->isLevel()) {
        return Result<FileMetadata>::failure(
            Nd2Reader::tr("%1: the ND2 file has no image attributes (size, channels, bit depth); it is damaged.").arg(path));
    }
    if (!chunks.picture)
        file.warnings.append(
            Nd2Reader::tr("%1: the ND2 file has no picture metadata; calibration, objective and channels are unknown.").arg(path));

    Nd2ModelBuilder builder(path, chunks, map->imagePlaneCount(), file);
    if (Status built = builder.build(); !built)
        return Result<FileMetadata>::failure(built.error());

    KeyValueBudget budget(file, path);
    const auto &positions = builder.imagePositions();
    for (std::size_t i = 0; i < positions.size() && i < std::size_t(file.images.size()); ++i) {
        ImageInfo &image = file.images[qsizetype(i)];
        const Position &position = positions[i];
        if (!position.name.isEmpty())
            budget.add(image.originalMetadata, u"XYPosLoop|dPosName"_s, position.name);
        const auto addNumber = [&](const QString &key, std::optional<double> value) {
            if (value)
                budget.add(image.originalMetadata, key, QString::number(*value, 'g', QLocale::FloatingPointShortest));
        };
        addNumber(u"XYPosLoop|dPosX"_s, position.x);
        addNumber(u"XYPosLoop|dPosY"_s, position.y);
        addNumber(u"XYPosLoop|dPosZ"_s, position.z);
    }
    budget.addToFile(u"ND2|Version"_s, u"%1.%2"_s.arg(version->major).arg(version->minor));
    // Small, descriptive structures first so that a huge picture metadata
    // cannot crowd them out of the bounded list.
    const std::pair<const std::optional<ClxNode> *, QString> structures[] = {
        {&chunks.attributes, u"SLxImageAttributes"_s}, {&chunks.textInfo, u"SLxImageTextInfo"_s},
        {&chunks.calibration, u"SLxCalibration"_s},    {&chunks.appInfo, u"AppInfo"_s},
        {&chunks.picture, u"SLxPictureMetadata"_s},    {&chunks.experiment, u"SLxExperiment"_s},
    };
    for (const auto &[structure, prefix] : structures) {
        if (*structure)
            addOriginal(budget, **structure, prefix);
    }
    budget.finish();
    return file;
}

} // namespace

QString Nd2Reader::format() const
{
    return u"nd2"_s;
}

bool Nd2Reader::recognizes(const QString &path, QByteArrayView head) const
{
    switch (Nd2ChunkMap::identify(head)) {
    case Nd2ChunkMap::Kind::Chunked:
        return true;
    case Nd2ChunkMap::Kind::LegacyJpeg2000:
        // A JPEG 2000 container is an ND2 1.x file only by its name.
        return path.endsWith(u".nd2"_s, Qt::CaseInsensitive);
    case Nd2ChunkMap::Kind::NotNd2:
        break;
    }
    return false;
}

Result<FileMetadata> Nd2Reader::read(ByteSource &source) const
{
    // Nothing may escape a batch: allocation failures (a hostile file asking
    // for a huge tree) become an error message like any other damage.
    try {
        return readChunkedFile(source);
    } catch (const std::bad_alloc &) {
        return Result<FileMetadata>::failure(
            tr("%1: the ND2 metadata needs more memory than is available; the file is damaged or too large.").arg(source.path()));
    } catch (const std::exception &e) {
        return Result<FileMetadata>::failure(
            tr("%1: the ND2 metadata could not be read: %2").arg(source.path(), QString::fromLocal8Bit(e.what())));
    }
}

} // namespace metafill
