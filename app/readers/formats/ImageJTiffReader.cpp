#include "ImageJTiffReader.h"

#include "formats/ImageJMetadataBlock.h"
#include "formats/KeyValueBudget.h"
#include "formats/TiffSampleType.h"
#include "model/HeaderValues.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <exception>
#include <new>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

// A description longer than this is not ImageJ's few lines of key=value.
constexpr qsizetype MaxDescriptionChars = 1024 * 1024;
// Dimension counts beyond this are not a real image (ImageJ's own limit is 2^31 planes).
constexpr qint64 MaxDimension = qint64(1) << 31;

// The description's key=value lines, in file order. ImageJ splits each line at
// its first '=' (java.util.Properties); the same key twice keeps the last value.
struct Description
{
    KeyValueList pairs;
    QHash<QString, QString> values;

    QString value(const QString &key, const QString &fallback = {}) const { return values.value(key, fallback); }
    bool has(const QString &key) const { return values.contains(key); }
};

Description parseDescription(QStringView text)
{
    Description description;
    for (QStringView line : text.split(u'\n')) {
        line = line.trimmed();
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0)
            continue;
        const QString key = line.first(equals).trimmed().toString();
        const QString value = line.sliced(equals + 1).trimmed().toString();
        description.pairs.append({key, value});
        description.values.insert(key, value);
    }
    return description;
}

// A positive count ("images=93"); nullopt when absent, not a number or absurd.
std::optional<qint64> positiveCount(const Description &description, const QString &key)
{
    if (!description.has(key))
        return std::nullopt;
    bool ok = false;
    const qint64 value = description.value(key).toLongLong(&ok);
    if (!ok || value < 1 || value > MaxDimension)
        return std::nullopt;
    return value;
}

// A length given in the image's calibration unit, in µm. "pixel" (uncalibrated)
// and units nobody can convert stay unknown.
std::optional<double> lengthInMicrometres(double value, const QString &unit)
{
    if (!std::isfinite(value) || value <= 0 || unit.isEmpty())
        return std::nullopt;
    return HeaderValues::toMicrometres(value, unit);
}

// ImageJ's time units ("sec" is its default, written when the user never set one).
std::optional<double> timeInSeconds(double value, const QString &unit)
{
    if (!std::isfinite(value) || value <= 0)
        return std::nullopt;
    const QString spelled = unit.trimmed().toLower();
    if (spelled.isEmpty() || spelled == u"sec"_s || spelled == u"s"_s || spelled == u"second"_s || spelled == u"seconds"_s)
        return value;
    if (auto converted = HeaderValues::toSeconds(value, unit))
        return converted;
    if (spelled == u"msec"_s)
        return value / 1000.0;
    if (spelled == u"hr"_s || spelled == u"hour"_s || spelled == u"hours"_s)
        return value * 3600.0;
    return std::nullopt;
}

// Slice labels Bio-Formats writes for hyperstack planes ("c:1/3 - file.czi #1")
// name the plane's position, not the channel.
bool isPositionLabel(const QString &label)
{
    static const QRegularExpression position(uR"(^\s*[czt]:\d+/\d+)"_s);
    return position.match(label).hasMatch();
}

// The "key = value" lines of ImageJ's Info text. Bio-Formats and SCIFIO flatten
// the original vendor metadata this way ("Scaling|Distance|Value #1 = 1.44992E-07");
// lines without '=' (section titles, free text) are not pairs.
KeyValueList infoPairs(const QString &info)
{
    KeyValueList pairs;
    for (QStringView line : QStringView(info).split(u'\n')) {
        qsizetype split = line.indexOf(u" = "_s);
        qsizetype valueStart = split + 3;
        if (split < 0) {
            split = line.indexOf(u'=');
            valueStart = split + 1;
        }
        if (split <= 0)
            continue;
        const QStringView key = line.first(split).trimmed();
        if (key.isEmpty())
            continue;
        pairs.append({key.toString(), line.sliced(valueStart).trimmed().toString()});
    }
    return pairs;
}

// The image's dimensions as ImageJ reads them. ImageJ applies channels ×
// slices × frames only when their product equals `images`; otherwise — and
// when none of the three is given — the file is a plain stack, which ImageJ
// treats as Z slices (ImagePlus: nSlices = stack size). tifffile instead calls
// such planes an unidentified "I" axis; Metafill follows ImageJ, which wrote
// the file.
struct Dimensions
{
    qint64 channels = 1; // logical channels, each with `samples` samples per pixel
    int samples = 1;
    qint64 sizeZ = 1;
    qint64 sizeT = 1;
    bool mismatch = false; // declared hyperstack dimensions that ImageJ would ignore
};

std::optional<qint64> checkedProduct(qint64 a, qint64 b)
{
    if (b != 0 && a > MaxDimension / b)
        return std::nullopt;
    return a * b;
}

Dimensions resolveDimensions(const Description &description, int samples)
{
    const std::optional<qint64> channels = positiveCount(description, u"channels"_s);
    const std::optional<qint64> slices = positiveCount(description, u"slices"_s);
    const std::optional<qint64> frames = positiveCount(description, u"frames"_s);
    const qint64 c = channels.value_or(1), z = slices.value_or(1), t = frames.value_or(1);
    const std::optional<qint64> planesPerChannel = checkedProduct(z, t);
    const std::optional<qint64> declared = planesPerChannel ? checkedProduct(c, *planesPerChannel) : std::nullopt;
    const qint64 images = positiveCount(description, u"images"_s).value_or(declared.value_or(1));

    Dimensions dimensions;
    dimensions.samples = samples;
    if (declared && *declared == images) {
        dimensions.channels = c;
        dimensions.sizeZ = z;
        dimensions.sizeT = t;
    } else if (channels && samples == c && planesPerChannel && *planesPerChannel == images) {
        // RGB (or Bio-Formats' interleaved samples) declared as channels: each
        // plane holds all of them (tifffile reads these files the same way).
        dimensions.sizeZ = z;
        dimensions.sizeT = t;
    } else {
        dimensions.sizeZ = images;
        dimensions.mismatch = channels || slices || frames;
    }
    return dimensions;
}

Result<FileMetadata> readImageJ(ByteSource &source, const TiffDirectory &ifd0, const QString &descriptionText)
{
    FileMetadata metadata;
    metadata.path = source.path();
    metadata.format = u"imagej-tiff"_s;
    KeyValueBudget budget(metadata, source.path());

    if (descriptionText.size() > MaxDescriptionChars) {
        metadata.warnings.append(ImageJTiffReader::tr("%1: the ImageJ description is %2 characters long; only the first %3 were read.")
                                     .arg(source.path())
                                     .arg(descriptionText.size())
                                     .arg(MaxDescriptionChars));
    }
    const Description description = parseDescription(QStringView(descriptionText).first(std::min(descriptionText.size(), MaxDescriptionChars)));

    ImageInfo image;
    image.id = u"Image:0"_s;
    PixelsInfo &pixels = image.pixels;
    if (auto width = ifd0.integer(TiffDirectory::ImageWidth); width && *width > 0 && *width <= quint64(MaxDimension))
        pixels.sizeX = qint64(*width);
    if (auto height = ifd0.integer(TiffDirectory::ImageLength); height && *height > 0 && *height <= quint64(MaxDimension))
        pixels.sizeY = qint64(*height);
    pixels.pixelType = TiffSampleType::omePixelType(source, ifd0);
    // ImageJ stores planes channel-fastest (its "czt" order).
    pixels.dimensionOrder = u"XYCZT"_s;

    const Dimensions dimensions = resolveDimensions(description, TiffSampleType::samplesPerPixel(ifd0).value_or(1));
    if (dimensions.mismatch) {
        metadata.warnings.append(
            ImageJTiffReader::tr("%1: the ImageJ description declares %2 channels × %3 slices × %4 frames but %5 images; "
                                 "read as a plain stack of %5 slices, as ImageJ does.")
                .arg(source.path(), description.value(u"channels"_s, u"1"_s), description.value(u"slices"_s, u"1"_s),
                     description.value(u"frames"_s, u"1"_s))
                .arg(dimensions.sizeZ));
    }
    const qint64 logicalChannels = dimensions.channels;
    const int samples = dimensions.samples;
    pixels.sizeZ = dimensions.sizeZ;
    pixels.sizeT = dimensions.sizeT;
    // OME counts samples as channels (an RGB image has SizeC 3 and one
    // Channel with SamplesPerPixel 3).
    pixels.sizeC = logicalChannels * samples;

    // Calibration: X/YResolution are pixels per `unit`, so a pixel is
    // 1/XResolution units (not rounded: ImageJ stores 1/size as a rational).
    // ImageJ ≥ 1.52 writes yunit/zunit when they differ from unit.
    const QString unit = description.value(u"unit"_s);
    const QString yUnit = description.has(u"yunit"_s) ? description.value(u"yunit"_s) : unit;
    const QString zUnit = description.has(u"zunit"_s) ? description.value(u"zunit"_s) : unit;
    if (auto xResolution = ifd0.real(source, TiffDirectory::XResolution); xResolution && *xResolution > 0)
        pixels.physicalSizeXUm = lengthInMicrometres(1.0 / *xResolution, unit);
    if (auto yResolution = ifd0.real(source, TiffDirectory::YResolution); yResolution && *yResolution > 0)
        pixels.physicalSizeYUm = lengthInMicrometres(1.0 / *yResolution, yUnit);
    // ImageJ writes a negative spacing for a stack recorded top-down; the
    // voxel depth is its magnitude.
    if (auto spacing = HeaderValues::number(description.value(u"spacing"_s)))
        pixels.physicalSizeZUm = lengthInMicrometres(std::fabs(*spacing), zUnit);
    if (auto interval = HeaderValues::number(description.value(u"finterval"_s)))
        pixels.timeIncrementS = timeInSeconds(*interval, description.value(u"tunit"_s));

    for (qint64 channel = 0; channel < std::min<qint64>(logicalChannels, 4096); ++channel) {
        ChannelInfo info;
        info.id = u"Channel:0:%1"_s.arg(channel);
        if (samples > 1)
            info.samplesPerPixel = samples;
        image.channels.append(info);
    }

    for (const auto &[key, value] : description.pairs)
        budget.addToFile(u"ImageJ|"_s + key, value);

    // IJMetadata: its damage costs the labels and Info, not the image.
    Result<ImageJMetadataBlock> block = ImageJMetadataBlock::read(source, ifd0);
    if (!block) {
        metadata.warnings.append(block.error());
    } else {
        metadata.warnings.append(block->warnings);
        const QStringList &labels = block->labels;
        // Labels name the channels only when there is one per channel, as in
        // a single-plane multichannel image (ImageJ writes one label per plane).
        const bool channelLabels = description.has(u"channels"_s) && labels.size() == logicalChannels && logicalChannels == image.channels.size()
            && std::none_of(labels.begin(), labels.end(), isPositionLabel);
        if (channelLabels) {
            for (qsizetype i = 0; i < labels.size(); ++i)
                image.channels[i].name = labels[i].trimmed();
        } else {
            for (qsizetype i = 0; i < labels.size(); ++i) {
                if (!labels[i].isEmpty())
                    budget.addToFile(u"ImageJ|Label #%1"_s.arg(i + 1), labels[i]);
            }
        }
        for (const auto &[key, value] : block->properties)
            budget.addToFile(key, value);
        const KeyValueList pairs = infoPairs(block->info);
        for (const auto &[key, value] : pairs)
            budget.addToFile(key, value);
        // Free-form Info (typed by a user in ImageJ) is kept whole, as far as it goes.
        if (pairs.isEmpty() && !block->info.trimmed().isEmpty())
            budget.addToFile(u"ImageJ|Info"_s, block->info.trimmed());
    }

    metadata.images.append(std::move(image));
    budget.finish();
    return metadata;
}

} // namespace

Result<FileMetadata> ImageJTiffReader::read(ByteSource &source, const TiffDirectory &ifd0, const QString &description)
{
    try {
        return readImageJ(source, ifd0, description);
    } catch (const std::bad_alloc &) {
        return Result<FileMetadata>::failure(
            tr("%1: the ImageJ header needs more memory than is available; the file is damaged or too large.").arg(source.path()));
    } catch (const std::exception &e) {
        return Result<FileMetadata>::failure(tr("%1: the ImageJ header could not be read: %2").arg(source.path(), QString::fromLocal8Bit(e.what())));
    }
}

} // namespace metafill
