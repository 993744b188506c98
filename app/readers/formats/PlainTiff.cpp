#include "PlainTiff.h"

#include "formats/KeyValueBudget.h"
#include "formats/TiffSampleType.h"
#include "model/HeaderValues.h"

#include <QDateTime>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

// Baseline and extension text tags that say who or what wrote the file. Their
// keys are the TIFF tag names, as Bio-Formats uses them in OMERO's original
// metadata, so one template rule serves both.
struct TextTag
{
    quint16 tag;
    const char16_t *key;
};
constexpr TextTag textTags[] = {
    {269, u"DocumentName"},
    {TiffDirectory::Make, u"Make"},
    {TiffDirectory::Model, u"Model"},
    {285, u"PageName"},
    {TiffDirectory::Software, u"Software"},
    {TiffDirectory::DateTime, u"DateTime"},
    {TiffDirectory::Artist, u"Artist"},
    {316, u"HostComputer"},
    {33432, u"Copyright"},
};

constexpr qint64 MaxTextTagBytes = 64 * 1024;

// NewSubfileType bits: 1 = reduced-resolution version of another image, 4 = transparency mask.
constexpr quint64 NotAPage = 0x1 | 0x4;

enum ResolutionUnit : quint64 { Inch = 2, Centimeter = 3 };

std::optional<double> micrometresPerPixel(ByteSource &source, const TiffDirectory &ifd0, quint16 resolutionTag)
{
    // Without an explicit inch or centimetre the resolution is a screen or
    // print setting (72 dpi), not a calibration.
    const std::optional<quint64> unit = ifd0.integer(TiffDirectory::ResolutionUnit);
    if (!unit || (*unit != Inch && *unit != Centimeter))
        return std::nullopt;
    const std::optional<double> pixelsPerUnit = ifd0.real(source, resolutionTag);
    if (!pixelsPerUnit || !std::isfinite(*pixelsPerUnit) || *pixelsPerUnit <= 0)
        return std::nullopt;
    const double unitUm = *unit == Inch ? 25'400.0 : 10'000.0;
    const double size = unitUm / *pixelsPerUnit;
    return std::isfinite(size) && size > 0 ? std::optional<double>(size) : std::nullopt;
}

} // namespace

std::optional<qint64> PlainTiff::countPages(ByteSource &source, const TiffDirectory &ifd0, QString *warning)
{
    const TiffHeader &header = ifd0.header();
    const qint64 countSize = header.bigTiff ? 8 : 2;
    const qint64 entrySize = header.bigTiff ? 20 : 12;
    const qint64 pointerSize = header.bigTiff ? 8 : 4;
    const qint64 startBytes = source.bytesRead();

    const std::optional<quint64> firstType = ifd0.integer(TiffDirectory::NewSubfileType);
    qint64 pages = firstType && (*firstType & NotAPage) ? 0 : 1;
    QSet<quint64> visited{ifd0.offset()};
    quint64 next = ifd0.nextDirectory();
    const auto fail = [&](const QString &why) -> std::optional<qint64> {
        if (warning)
            *warning = why;
        return std::nullopt;
    };
    while (next != 0) {
        if (visited.size() >= MaxDirectories) {
            return fail(tr("%1: the file has more than %2 pages; Metafill does not count them, so the number of time points "
                           "is left unknown.")
                            .arg(source.path(), QString::number(MaxDirectories)));
        }
        if (source.bytesRead() - startBytes > WalkAllowance) {
            return fail(tr("%1: the file's pages are spread over more than %2 KiB of directories; Metafill stopped counting "
                           "after %3 pages, so the number of time points is left unknown.")
                            .arg(source.path(), QString::number(WalkAllowance / 1024), QString::number(pages)));
        }
        if (visited.contains(next)) {
            return fail(tr("%1: the TIFF directories form a loop; the file is damaged, so the number of pages is left unknown.")
                            .arg(source.path()));
        }
        if (next < 8 || next >= quint64(source.size())) {
            return fail(tr("%1: a TIFF directory pointer leads outside the file; the file is damaged or cut short, so the "
                           "number of pages is left unknown.")
                            .arg(source.path()));
        }
        visited.insert(next);
        // The entry count and the first entry: tags are sorted, and NewSubfileType
        // (254) is the lowest baseline tag, so if present it is the first entry.
        const Result<QByteArray> start = source.read(qint64(next), countSize + entrySize);
        if (!start)
            return fail(start.error());
        BinaryCursor cursor(*start, header.order);
        const quint64 entries = header.bigTiff ? cursor.u64() : cursor.u16();
        if (entries == 0 || entries > quint64(TiffDirectory::MaxEntries)) {
            return fail(tr("%1: a TIFF directory claims %2 entries; the file is damaged, so the number of pages is left unknown.")
                            .arg(source.path(), QString::number(entries)));
        }
        const quint16 firstTag = cursor.u16();
        const quint16 firstTagType = cursor.u16();
        cursor.skip(header.bigTiff ? 8 : 4); // the count
        quint64 subfileType = 0;
        if (firstTag == TiffDirectory::NewSubfileType)
            subfileType = firstTagType == 3 ? cursor.u16() : cursor.u32();
        if (!(subfileType & NotAPage))
            ++pages;

        const Result<QByteArray> pointer = source.read(qint64(next) + countSize + qint64(entries) * entrySize, pointerSize);
        if (!pointer)
            return fail(pointer.error());
        BinaryCursor pointerCursor(*pointer, header.order);
        next = header.bigTiff ? pointerCursor.u64() : pointerCursor.u32();
    }
    return pages;
}

FileMetadata PlainTiff::read(ByteSource &source, const TiffDirectory &ifd0, const QStringList &descriptions)
{
    FileMetadata metadata;
    metadata.path = source.path();
    metadata.format = u"tiff"_s;
    ImageInfo image;
    image.id = u"Image:0"_s;

    PixelsInfo &pixels = image.pixels;
    if (const std::optional<quint64> width = ifd0.integer(TiffDirectory::ImageWidth); width && *width > 0)
        pixels.sizeX = qint64(*width);
    if (const std::optional<quint64> height = ifd0.integer(TiffDirectory::ImageLength); height && *height > 0)
        pixels.sizeY = qint64(*height);
    pixels.pixelType = TiffSampleType::omePixelType(source, ifd0);
    const std::optional<int> samples = TiffSampleType::samplesPerPixel(ifd0);
    pixels.physicalSizeXUm = micrometresPerPixel(source, ifd0, TiffDirectory::XResolution);
    pixels.physicalSizeYUm = micrometresPerPixel(source, ifd0, TiffDirectory::YResolution);

    // Bio-Formats reads the pages of a plain TIFF as time points (Z = 1, T =
    // pages, C = samples per pixel, order XYCZT); Metafill does the same, so
    // that the numbers match what OMERO shows after import.
    QString pageWarning;
    if (const std::optional<qint64> pages = countPages(source, ifd0, &pageWarning)) {
        pixels.sizeZ = 1;
        pixels.sizeT = *pages;
    } else {
        metadata.warnings.append(pageWarning);
    }
    if (samples) {
        pixels.sizeC = *samples;
        pixels.dimensionOrder = u"XYCZT"_s;
        // One channel whose pixels hold all samples (RGB), as Bio-Formats describes it.
        ChannelInfo channel;
        channel.id = u"Channel:0:0"_s;
        channel.samplesPerPixel = *samples;
        image.channels.append(channel);
    }

    metadata.images.append(std::move(image));
    ImageInfo &stored = metadata.images.first();
    KeyValueBudget keyValues(metadata, source.path());
    for (const QString &description : descriptions) {
        const QString text = description.trimmed();
        if (text.isEmpty())
            continue;
        keyValues.addToFile(u"ImageDescription"_s, text);
        if (stored.description.isEmpty())
            stored.description = text.left(KeyValueBudget::MaxValueLength);
    }
    for (const TextTag &textTag : textTags) {
        for (const TiffTag *tag : ifd0.findAll(textTag.tag)) {
            const Result<QString> text = ifd0.text(source, *tag, MaxTextTagBytes);
            if (!text) {
                metadata.warnings.append(text.error());
                continue;
            }
            const QString value = text->trimmed();
            if (value.isEmpty())
                continue;
            keyValues.addToFile(QString::fromUtf16(textTag.key), value);
            if (textTag.tag == TiffDirectory::DateTime && stored.acquisitionDate.isEmpty()) {
                // TIFF 6.0: "YYYY:MM:DD HH:MM:SS", local time without a zone. Many
                // writers put something else there; only a valid date is used.
                const QDateTime date = QDateTime::fromString(value, u"yyyy:MM:dd HH:mm:ss"_s);
                if (date.isValid())
                    stored.acquisitionDate = HeaderValues::isoDate(date);
            }
        }
    }
    keyValues.finish();
    return metadata;
}

} // namespace metafill
