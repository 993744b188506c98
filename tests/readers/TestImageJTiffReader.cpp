#include "MetadataReader.h"
#include "ReaderTestSupport.h"
#include "TestPaths.h"
#include "TiffTestFile.h"
#include "formats/ImageJMetadataBlock.h"
#include "formats/ImageJTiffReader.h"
#include "io/ByteSource.h"
#include "tiff/TiffDirectory.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace metafill;
using namespace Qt::StringLiterals;
using namespace ReaderTestSupport;

namespace {

// One IJMetadata entry block: its four-letter type and the entries' bytes.
struct IjEntries
{
    QByteArray type;
    QList<QByteArray> entries;
};

// What an ImageJ TIFF holds; buildImageJ() writes it the way ImageJ does.
struct ImageJFile
{
    QByteArray description;
    bool bigEndian = true; // ImageJ itself writes big-endian files
    quint32 width = 40, height = 30;
    QList<quint16> bitsPerSample = {16};
    std::optional<quint16> sampleFormat;
    std::optional<quint16> samplesPerPixel;
    std::optional<std::pair<quint32, quint32>> xResolution = std::pair<quint32, quint32>{4, 1};
    std::optional<std::pair<quint32, quint32>> yResolution = std::pair<quint32, quint32>{5, 1};
    QString info;
    QStringList labels;
    QStringList properties; // key, value, key, value …
    bool withRanges = false; // a 'rang' entry the reader must skip
};

// IJMetadata in ImageJ's layout: magic, (type, count) pairs, entries; and the
// byte counts tag (header size first).
std::pair<QByteArray, QList<quint32>> ijMetadata(const TiffTestFile &file, const QList<IjEntries> &blocks)
{
    QByteArray header = file.bigEndian() ? QByteArray("IJIJ") : QByteArray("JIJI");
    QByteArray body;
    QList<quint32> counts;
    for (const IjEntries &block : blocks) {
        QByteArray type = block.type;
        if (!file.bigEndian())
            std::reverse(type.begin(), type.end());
        header += type;
        header += file.u32(quint32(block.entries.size()));
        for (const QByteArray &entry : block.entries) {
            counts.append(quint32(entry.size()));
            body += entry;
        }
    }
    counts.prepend(quint32(header.size()));
    return {header + body, counts};
}

TiffTestFile imageJTiff(const ImageJFile &spec)
{
    TiffTestFile file(spec.bigEndian);
    file.longValue(256, spec.width);
    file.longValue(257, spec.height);
    file.shorts(258, spec.bitsPerSample);
    file.ascii(270, spec.description);
    if (spec.samplesPerPixel)
        file.shortValue(277, *spec.samplesPerPixel);
    if (spec.xResolution)
        file.rational(282, spec.xResolution->first, spec.xResolution->second);
    if (spec.yResolution)
        file.rational(283, spec.yResolution->first, spec.yResolution->second);
    file.shortValue(296, 1);
    if (spec.sampleFormat)
        file.shortValue(339, *spec.sampleFormat);
    QList<IjEntries> blocks;
    if (!spec.info.isEmpty())
        blocks.append(IjEntries{"info", {file.utf16(spec.info)}});
    if (!spec.labels.isEmpty()) {
        IjEntries labels{"labl", {}};
        for (const QString &label : spec.labels)
            labels.entries.append(file.utf16(label));
        blocks.append(labels);
    }
    if (spec.withRanges)
        blocks.append(IjEntries{"rang", {file.f64(0) + file.f64(4095) + file.f64(0) + file.f64(255)}});
    if (!spec.properties.isEmpty()) {
        IjEntries properties{"prop", {}};
        for (const QString &text : spec.properties)
            properties.entries.append(file.utf16(text));
        blocks.append(properties);
    }
    if (!blocks.isEmpty()) {
        const auto [data, counts] = ijMetadata(file, blocks);
        file.longs(50838, counts);
        file.add(50839, TiffTestFile::Byte, quint32(data.size()), data);
    }
    return file;
}

QByteArray buildImageJ(const ImageJFile &spec)
{
    return imageJTiff(spec).build();
}

// Reads a file the way the TIFF dispatcher hands it over: header, IFD0, its
// ImageJ description, then the ImageJ reader.
Result<FileMetadata> readImageJ(ByteSource &source)
{
    auto ifd0 = readFirstDirectory(source);
    if (!ifd0)
        return Result<FileMetadata>::failure(ifd0.error());
    const TiffTag *tag = ifd0->find(TiffDirectory::ImageDescription);
    if (!tag)
        return Result<FileMetadata>::failure(u"no description"_s);
    auto description = ifd0->text(source, *tag, 1 << 20);
    if (!description)
        return Result<FileMetadata>::failure(description.error());
    return ImageJTiffReader::read(source, *ifd0, *description);
}

Result<FileMetadata> readImageJ(const QByteArray &bytes)
{
    return readFromBytes(bytes, u"synthetic.tif"_s, [](ByteSource &source) { return readImageJ(source); });
}

// The hyperstack every synthetic test starts from: 2 channels × 3 slices,
// calibrated in microns, with labels, Info, display ranges and properties.
ImageJFile hyperstack()
{
    ImageJFile spec;
    spec.description = "ImageJ=1.53t\nimages=6\nchannels=2\nslices=3\nhyperstack=true\nmode=composite\nunit=micron\n"
                       "spacing=0.5\nfinterval=2\nloop=false\nmin=0.0\nmax=4095.0\n";
    spec.info = u" BitsPerPixel = 16\n DimensionOrder = XYCZT\nScaling|Distance|Value #1 = 1.44992E-07\n"
                u"Information|Instrument|Objective|Name = Plan-Apochromat 40x/1.3 Oil\nfree text without pairs\n"_s;
    spec.labels = {u"c:1/2 z:1/3 - x.czi"_s, u"c:2/2 z:1/3 - x.czi"_s, u"c:1/2 z:2/3 - x.czi"_s,
                   u"c:2/2 z:2/3 - x.czi"_s, u"c:1/2 z:3/3 - x.czi"_s, u"c:2/2 z:3/3 - x.czi"_s};
    spec.properties = {u"UniqueName"_s, u"true"_s, u"Operator"_s, u"Ada"_s};
    spec.withRanges = true;
    return spec;
}

// The synthetic files committed under tests/data/images/imagej-tiff as fuzz
// seeds; seedFiles() checks they still match what these functions write.
QList<std::pair<QString, QByteArray>> seedFiles()
{
    ImageJFile littleEndian;
    littleEndian.bigEndian = false;
    littleEndian.description = "ImageJ=1.54f\nimages=2\nchannels=2\nmode=composite\nunit=\\u00B5m\n";
    littleEndian.labels = {u"DAPI"_s, u"GFP"_s};
    littleEndian.info = u"Acquisition|Date = 2024-01-02\n"_s;

    ImageJFile uncalibrated;
    uncalibrated.description = "ImageJ=1.53c\nunit=pixel\nfinterval=1\nmin=0.0\nmax=183.0\n";
    uncalibrated.bitsPerSample = {8};
    uncalibrated.xResolution = std::pair<quint32, quint32>{7128607, 1000000};
    uncalibrated.info = u"SCIFIO version: 0.41.0\nImage name = xzt\n"_s;

    return {{u"hyperstack-big-endian.tif"_s, buildImageJ(hyperstack())},
            {u"channel-labels-little-endian.tif"_s, buildImageJ(littleEndian)},
            {u"uncalibrated.tif"_s, buildImageJ(uncalibrated)}};
}

} // namespace

class TestImageJTiffReader : public QObject
{
    Q_OBJECT

private slots:
    void hyperstackWithLabelsAndInfo()
    {
        auto result = readImageJ(buildImageJ(hyperstack()));
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        const FileMetadata &metadata = *result;
        QCOMPARE(metadata.format, u"imagej-tiff"_s);
        QVERIFY2(metadata.warnings.isEmpty(), qPrintable(metadata.warnings.join(u'\n')));
        QCOMPARE(metadata.images.size(), 1);
        const ImageInfo &image = metadata.images.first();
        QCOMPARE(image.pixels.sizeX, 40);
        QCOMPARE(image.pixels.sizeY, 30);
        QCOMPARE(image.pixels.sizeC, 2);
        QCOMPARE(image.pixels.sizeZ, 3);
        QCOMPARE(image.pixels.sizeT, 1);
        QCOMPARE(image.pixels.dimensionOrder, u"XYCZT"_s);
        QCOMPARE(image.pixels.pixelType, u"uint16"_s);
        QCOMPARE(image.pixels.physicalSizeXUm, 0.25);
        QCOMPARE(image.pixels.physicalSizeYUm, 0.2);
        QCOMPARE(image.pixels.physicalSizeZUm, 0.5);
        QCOMPARE(image.pixels.timeIncrementS, 2.0);
        QCOMPARE(image.channels.size(), 2);
        QCOMPARE(image.channels[1].id, u"Channel:0:1"_s);
        // Labels per plane, not per channel: kept as original metadata only.
        QVERIFY(image.channels[0].name.isEmpty());
        QCOMPARE(originalValue(metadata, u"ImageJ|Label #6"_s), u"c:2/2 z:3/3 - x.czi"_s);
        // Info pairs, properties and the description itself.
        QCOMPARE(originalValue(metadata, u"Scaling|Distance|Value #1"_s), u"1.44992E-07"_s);
        QCOMPARE(originalValue(metadata, u"DimensionOrder"_s), u"XYCZT"_s);
        QCOMPARE(originalValue(metadata, u"Information|Instrument|Objective|Name"_s), u"Plan-Apochromat 40x/1.3 Oil"_s);
        QCOMPARE(originalValue(metadata, u"UniqueName"_s), u"true"_s);
        QCOMPARE(originalValue(metadata, u"Operator"_s), u"Ada"_s);
        QCOMPARE(originalValue(metadata, u"ImageJ|ImageJ"_s), u"1.53t"_s);
        QCOMPARE(originalValue(metadata, u"ImageJ|mode"_s), u"composite"_s);
        QCOMPARE(originalValue(metadata, u"ImageJ|Info"_s), u"<absent>"_s);
        // ImageJ has no instrument, date or channel optics.
        QVERIFY(metadata.instruments.isEmpty());
        QVERIFY(image.acquisitionDate.isEmpty());
        QVERIFY(!image.channels[0].excitationNm);
    }

    void channelNamesFromLabels()
    {
        ImageJFile spec;
        spec.bigEndian = false;
        spec.description = "ImageJ=1.54f\nimages=2\nchannels=2\nmode=composite\n";
        spec.labels = {u"DAPI"_s, u"GFP"_s};
        spec.info = u"Just a note typed in ImageJ."_s;
        auto result = readImageJ(buildImageJ(spec));
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        const ImageInfo &image = result->images.first();
        QCOMPARE(image.channels.size(), 2);
        QCOMPARE(image.channels[0].name, u"DAPI"_s);
        QCOMPARE(image.channels[1].name, u"GFP"_s);
        QVERIFY(!hasKeyStartingWith(*result, u"ImageJ|Label"_s));
        // Info without key = value lines is kept whole.
        QCOMPARE(originalValue(*result, u"ImageJ|Info"_s), u"Just a note typed in ImageJ."_s);
        // No unit: the resolution tags give no physical size.
        QVERIFY(!image.pixels.physicalSizeXUm);
        QVERIFY(!image.pixels.physicalSizeZUm);
    }

    void positionLabelsAreNotChannelNames()
    {
        ImageJFile spec;
        spec.description = "ImageJ=1.54f\nimages=2\nchannels=2\n";
        spec.labels = {u"c:1/2 - a.czi #1"_s, u"c:2/2 - a.czi #1"_s};
        auto result = readImageJ(buildImageJ(spec));
        QVERIFY(result);
        QVERIFY(result->images.first().channels[0].name.isEmpty());
        QCOMPARE(originalValue(*result, u"ImageJ|Label #2"_s), u"c:2/2 - a.czi #1"_s);
    }

    void units_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("expected"); // µm for XResolution 4 px/unit; < 0: unknown
        QTest::newRow("micron") << u"micron"_s << 0.25;
        QTest::newRow("um") << u"um"_s << 0.25;
        QTest::newRow("micro sign") << u"\u00B5m"_s << 0.25;
        QTest::newRow("greek mu") << u"\u03BCm"_s << 0.25;
        QTest::newRow("escaped") << u"\\u00B5m"_s << 0.25;
        QTest::newRow("nm") << u"nm"_s << 0.00025;
        QTest::newRow("mm") << u"mm"_s << 250.0;
        QTest::newRow("cm") << u"cm"_s << 2500.0;
        QTest::newRow("inch") << u"inch"_s << 6350.0;
        QTest::newRow("pixel") << u"pixel"_s << -1.0;
        QTest::newRow("unknown word") << u"furlong"_s << -1.0;
    }
    void units()
    {
        QFETCH(QString, unit);
        QFETCH(double, expected);
        // The dispatcher hands over the decoded description; build it as text.
        TiffTestFile file = imageJTiff(ImageJFile{});
        auto source = ByteSource::fromBytes(file.build(), u"units.tif"_s);
        QVERIFY(source->open());
        auto ifd0 = readFirstDirectory(*source);
        QVERIFY(ifd0);
        const QString description = u"ImageJ=1.53t\nimages=4\nslices=4\nunit="_s + unit + u"\nspacing=2\n"_s;
        auto result = ImageJTiffReader::read(*source, *ifd0, description);
        QVERIFY(result);
        const PixelsInfo &pixels = result->images.first().pixels;
        if (expected < 0) {
            QVERIFY(!pixels.physicalSizeXUm);
            QVERIFY(!pixels.physicalSizeYUm);
            QVERIFY(!pixels.physicalSizeZUm);
        } else {
            QVERIFY(pixels.physicalSizeXUm);
            QVERIFY2(std::fabs(*pixels.physicalSizeXUm - expected) < 1e-9 * expected, qPrintable(QString::number(*pixels.physicalSizeXUm)));
            QVERIFY(std::fabs(*pixels.physicalSizeZUm - 8 * expected) < 1e-9 * expected);
        }
    }

    void separateAxisUnitsAndTimeUnit()
    {
        ImageJFile spec;
        spec.description = "ImageJ=1.54f\nimages=6\nslices=3\nframes=2\nunit=um\nyunit=nm\nzunit=mm\nspacing=0.001\n"
                           "finterval=250\ntunit=ms\n";
        auto result = readImageJ(buildImageJ(spec));
        QVERIFY(result);
        const PixelsInfo &pixels = result->images.first().pixels;
        QCOMPARE(pixels.physicalSizeXUm, 0.25);
        QVERIFY(pixels.physicalSizeYUm && std::fabs(*pixels.physicalSizeYUm - 0.0002) < 1e-15);
        QCOMPARE(pixels.physicalSizeZUm, 1.0);
        QCOMPARE(pixels.timeIncrementS, 0.25);
        QCOMPARE(pixels.sizeZ, 3);
        QCOMPARE(pixels.sizeT, 2);
    }

    void dimensions_data()
    {
        QTest::addColumn<QByteArray>("description");
        QTest::addColumn<int>("sizeC");
        QTest::addColumn<int>("sizeZ");
        QTest::addColumn<int>("sizeT");
        QTest::addColumn<bool>("warns");
        QTest::newRow("single plane") << QByteArray("ImageJ=1.53c\n") << 1 << 1 << 1 << false;
        // A plain stack is a Z stack in ImageJ (tifffile: an unidentified axis).
        QTest::newRow("plain stack") << QByteArray("ImageJ=1.53c\nimages=5\n") << 1 << 5 << 1 << false;
        QTest::newRow("time series") << QByteArray("ImageJ=1.53c\nimages=4\nframes=4\n") << 1 << 1 << 4 << false;
        QTest::newRow("hyperstack") << QByteArray("ImageJ=1.53c\nimages=24\nchannels=2\nslices=3\nframes=4\n") << 2 << 3 << 4 << false;
        QTest::newRow("images missing") << QByteArray("ImageJ=1.53c\nchannels=3\n") << 3 << 1 << 1 << false;
        // ImageJ ignores hyperstack dimensions that do not multiply to images.
        QTest::newRow("mismatch") << QByteArray("ImageJ=1.53c\nimages=7\nchannels=2\nslices=3\n") << 1 << 7 << 1 << true;
        QTest::newRow("nonsense counts") << QByteArray("ImageJ=1.53c\nimages=-3\nchannels=x\nslices=0\n") << 1 << 1 << 1 << false;
        QTest::newRow("overflowing product") << QByteArray("ImageJ=1.53c\nchannels=2147483647\nslices=2147483647\nframes=2147483647\n")
                                             << 1 << 1 << 1 << true;
        QTest::newRow("SCIFIO") << QByteArray("SCIFIO=0.41.0\nimages=2\nframes=2\n") << 1 << 1 << 2 << false;
    }
    void dimensions()
    {
        QFETCH(QByteArray, description);
        QFETCH(int, sizeC);
        QFETCH(int, sizeZ);
        QFETCH(int, sizeT);
        QFETCH(bool, warns);
        ImageJFile spec;
        spec.description = description;
        auto result = readImageJ(buildImageJ(spec));
        QVERIFY(result);
        const PixelsInfo &pixels = result->images.first().pixels;
        QCOMPARE(pixels.sizeC, sizeC);
        QCOMPARE(pixels.sizeZ, sizeZ);
        QCOMPARE(pixels.sizeT, sizeT);
        QCOMPARE(result->images.first().channels.size(), sizeC);
        QCOMPARE(!result->warnings.isEmpty(), warns);
    }

    void rgbAndSampleTypes()
    {
        ImageJFile rgb;
        rgb.description = "ImageJ=1.53t\n";
        rgb.bitsPerSample = {8, 8, 8};
        rgb.samplesPerPixel = 3;
        auto result = readImageJ(buildImageJ(rgb));
        QVERIFY(result);
        const ImageInfo &image = result->images.first();
        QCOMPARE(image.pixels.pixelType, u"uint8"_s);
        QCOMPARE(image.pixels.sizeC, 3);
        QCOMPARE(image.channels.size(), 1);
        QCOMPARE(image.channels[0].samplesPerPixel, 3);

        // Bio-Formats declares the samples of an RGB plane as channels.
        rgb.description = "ImageJ=1.53t\nimages=1\nchannels=3\n";
        result = readImageJ(buildImageJ(rgb));
        QVERIFY(result);
        QCOMPARE(result->images.first().pixels.sizeC, 3);
        QCOMPARE(result->images.first().channels.size(), 1);
        QVERIFY(result->warnings.isEmpty());

        ImageJFile floats;
        floats.description = "ImageJ=1.53t\n";
        floats.bitsPerSample = {32};
        floats.sampleFormat = 3;
        result = readImageJ(buildImageJ(floats));
        QVERIFY(result);
        QCOMPARE(result->images.first().pixels.pixelType, u"float"_s);

        floats.sampleFormat = 2;
        floats.bitsPerSample = {16};
        result = readImageJ(buildImageJ(floats));
        QVERIFY(result);
        QCOMPARE(result->images.first().pixels.pixelType, u"int16"_s);
    }

    void missingValuesStayUnknown()
    {
        ImageJFile spec;
        spec.description = "ImageJ=1.53c\nunit=micron\n";
        spec.xResolution.reset();
        spec.yResolution.reset();
        auto result = readImageJ(buildImageJ(spec));
        QVERIFY(result);
        const ImageInfo &image = result->images.first();
        QVERIFY(!image.pixels.physicalSizeXUm);
        QVERIFY(!image.pixels.physicalSizeYUm);
        QVERIFY(!image.pixels.physicalSizeZUm);
        QVERIFY(!image.pixels.timeIncrementS);
        QVERIFY(image.name.isEmpty());
        QVERIFY(image.objectiveRef.isEmpty());

        // A zero resolution is no calibration either.
        spec.xResolution = std::pair<quint32, quint32>{0, 1};
        spec.description = "ImageJ=1.53c\nunit=micron\nspacing=0\nfinterval=-1\n";
        result = readImageJ(buildImageJ(spec));
        QVERIFY(result);
        QVERIFY(!result->images.first().pixels.physicalSizeXUm);
        QVERIFY(!result->images.first().pixels.physicalSizeZUm);
        QVERIFY(!result->images.first().pixels.timeIncrementS);
    }

    void brokenIjMetadata_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("counts exceed the data") << 0;
        QTest::newRow("header lists more entries than counts") << 1;
        QTest::newRow("bad magic") << 2;
        QTest::newRow("header too large") << 3;
        QTest::newRow("header too small") << 4;
        QTest::newRow("absurd number of counts") << 5;
        QTest::newRow("data outside the file") << 6;
        QTest::newRow("data tag of type short") << 7;
    }
    void brokenIjMetadata()
    {
        QFETCH(int, variant);
        TiffTestFile file(true);
        file.longValue(256, 40);
        file.longValue(257, 30);
        file.shortValue(258, 16);
        file.ascii(270, "ImageJ=1.53t\nimages=2\nchannels=2\nunit=um\n");
        file.rational(282, 4, 1);
        auto [data, counts] = ijMetadata(file, {{"info", {file.utf16(u"A = 1"_s)}}, {"labl", {file.utf16(u"DAPI"_s), file.utf16(u"GFP"_s)}}});
        switch (variant) {
        case 0:
            counts[2] += 1000;
            break;
        case 1:
            data.replace(16, 4, file.u32(7)); // the labels claim 7 entries
            break;
        case 2:
            data.replace(0, 4, "XXXX");
            break;
        case 3:
            counts[0] = 900;
            break;
        case 4:
            counts[0] = 8;
            break;
        case 5:
            counts = QList<quint32>(ImageJMetadataBlock::MaxEntries + 1, 2);
            break;
        default:
            break;
        }
        file.longs(50838, counts);
        if (variant == 7)
            file.add(50839, TiffTestFile::Short, quint32(data.size() / 2), data);
        else
            file.add(50839, TiffTestFile::Byte, quint32(data.size()), data);
        QByteArray bytes = file.build();
        if (variant == 6) {
            // Point the data tag past the end: find its entry (tag 50839 = 0xC697) and patch the offset.
            const qsizetype entry = bytes.indexOf(QByteArray::fromHex("c6970001"));
            QVERIFY(entry > 0);
            bytes.replace(entry + 8, 4, file.u32(0x7FFFFFF0));
        }
        auto result = readImageJ(bytes);
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        // The image is still read; the damaged block costs labels and Info only.
        const ImageInfo &image = result->images.first();
        QCOMPARE(image.pixels.sizeC, 2);
        QCOMPARE(image.pixels.physicalSizeXUm, 0.25);
        QCOMPARE(result->warnings.size(), 1);
        QVERIFY2(result->warnings.first().contains(u"synthetic.tif"_s), qPrintable(result->warnings.first()));
        QVERIFY(image.channels[0].name.isEmpty());
        QCOMPARE(originalValue(*result, u"A"_s), u"<absent>"_s);
    }

    void hugeDescriptionIsCut()
    {
        ImageJFile spec;
        spec.description = "ImageJ=1.53t\nimages=3\nslices=3\n";
        TiffTestFile file = imageJTiff(spec);
        auto source = ByteSource::fromBytes(file.build(), u"huge.tif"_s);
        QVERIFY(source->open());
        auto ifd0 = readFirstDirectory(*source);
        QVERIFY(ifd0);
        QString description = u"ImageJ=1.53t\nimages=3\nslices=3\n"_s;
        for (int i = 0; description.size() < 1100 * 1024; ++i)
            description += u"key%1=value\n"_s.arg(i);
        auto result = ImageJTiffReader::read(*source, *ifd0, description);
        QVERIFY(result);
        QCOMPARE(result->images.first().pixels.sizeZ, 3);
        QVERIFY(result->originalMetadata.size() <= 20'000);
        QVERIFY(result->warnings.size() >= 2); // cut description, dropped pairs
    }

    void truncatedFilesNeverCrash()
    {
        int read = 0;
        for (const QByteArray &cut : truncations(buildImageJ(hyperstack()), 8, 5)) {
            auto result = readImageJ(cut);
            if (result) {
                ++read;
                QCOMPARE(result->images.size(), 1);
            } else {
                QVERIFY(!result.error().isEmpty());
            }
        }
        QVERIFY(read > 0);
    }

    void seedFilesAreCurrent()
    {
        // METAFILL_REGENERATE_TEST_DATA=1 rewrites them after a change here.
        const QDir folder(TestPaths::data(u"images/imagej-tiff"_s));
        QVERIFY(writeSeedsIfAsked("METAFILL_REGENERATE_TEST_DATA", folder, seedFiles()));
        for (const auto &[name, bytes] : seedFiles()) {
            const Result<FileMetadata> result = readCurrentSeed(folder.filePath(name), bytes);
            QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
            QCOMPARE(result->format, u"imagej-tiff"_s);
        }
        auto labels = MetadataReader().read(folder.filePath(u"channel-labels-little-endian.tif"_s));
        QVERIFY(labels);
        QCOMPARE(labels->images.first().channels[1].name, u"GFP"_s);
        QCOMPARE(labels->images.first().pixels.physicalSizeXUm, 0.25);
        auto uncalibrated = MetadataReader().read(folder.filePath(u"uncalibrated.tif"_s));
        QVERIFY(uncalibrated);
        QVERIFY(!uncalibrated->images.first().pixels.physicalSizeXUm);
        QCOMPARE(uncalibrated->images.first().pixels.timeIncrementS, 1.0);
    }

    void samplePsfZStack()
    {
        const QString path = TestPaths::samples(u"imagej-tiff/napari_lattice_psf.tif"_s);
        SKIP_UNLESS_SAMPLE_EXISTS(path);
        ByteSource source(path);
        QVERIFY(source.open());
        auto result = readImageJ(source);
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        const FileMetadata &metadata = *result;
        QVERIFY2(metadata.warnings.isEmpty(), qPrintable(metadata.warnings.join(u'\n')));
        const PixelsInfo &pixels = metadata.images.first().pixels;
        QCOMPARE(pixels.sizeX, 78);
        QCOMPARE(pixels.sizeY, 78);
        QCOMPARE(pixels.sizeZ, 93);
        QCOMPARE(pixels.sizeC, 1);
        QCOMPARE(pixels.sizeT, 1);
        QCOMPARE(pixels.pixelType, u"float"_s);
        // XResolution 6896932/1000000 px per micron, not rounded.
        QCOMPARE(*pixels.physicalSizeXUm, 1.0 / (6896932.0 / 1000000.0));
        QCOMPARE(*pixels.physicalSizeYUm, 1.0 / (6896932.0 / 1000000.0));
        QCOMPARE(pixels.physicalSizeZUm, 0.3);
        QVERIFY(!pixels.timeIncrementS);
        QCOMPARE(originalValue(metadata, u"Series 0 Name"_s), u"488.czi #1"_s);
        QCOMPARE(originalValue(metadata, u"Scaling|Distance|Value #1"_s), u"1.44992E-07"_s);
        QCOMPARE(originalValue(metadata, u"ImageJ|Label #1"_s), u"z:1/93 - 488.czi #1"_s);
        QCOMPARE(originalValue(metadata, u"UniqueName"_s), u"true"_s);
        QCOMPARE(originalValue(metadata, u"ImageJ|unit"_s), u"micron"_s);
        // IFD0, the description and IJMetadata (11,642 bytes) lie in the first 64 KiB.
        QVERIFY2(source.bytesRead() <= 12'400 + 64 * 1024, qPrintable(QString::number(source.bytesRead())));
        qInfo("napari_lattice_psf.tif: %lld bytes read of %lld", source.bytesRead(), source.size());

        auto viaDispatcher = MetadataReader().read(path);
        QVERIFY2(viaDispatcher, qPrintable(viaDispatcher.ok() ? QString() : viaDispatcher.error()));
        QCOMPARE(viaDispatcher->format, u"imagej-tiff"_s);
        QCOMPARE(viaDispatcher->images.first().pixels.sizeZ, 93);
        QCOMPARE(viaDispatcher->images.first().pixels.physicalSizeXUm, pixels.physicalSizeXUm);
        QCOMPARE(viaDispatcher->originalMetadata.size(), metadata.originalMetadata.size());
    }

    void sampleUncalibratedLifExport()
    {
        const QString path = TestPaths::samples(u"imagej-tiff/readlif_xz_c0_t0.tif"_s);
        SKIP_UNLESS_SAMPLE_EXISTS(path);
        ByteSource source(path);
        QVERIFY(source.open());
        auto result = readImageJ(source);
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        const FileMetadata &metadata = *result;
        const PixelsInfo &pixels = metadata.images.first().pixels;
        QCOMPARE(pixels.sizeX, 128);
        QCOMPARE(pixels.sizeY, 128);
        QCOMPARE(pixels.sizeZ, 1);
        QCOMPARE(pixels.sizeC, 1);
        QCOMPARE(pixels.pixelType, u"uint8"_s);
        // unit=pixel: uncalibrated although XResolution is 7.128607.
        QVERIFY(!pixels.physicalSizeXUm);
        QVERIFY(!pixels.physicalSizeYUm);
        QCOMPARE(pixels.timeIncrementS, 1.0);
        QCOMPARE(originalValue(metadata, u"Image name"_s), u"xzt"_s);
        QCOMPARE(originalValue(metadata, u"Image|ATLConfocalSettingDefinition|ObjectiveNumber"_s), u"11506353"_s);
        // IJMetadata is 94,276 bytes at offset 273; the pixels follow it.
        QVERIFY2(source.bytesRead() <= 94'276 + 1'000 + 64 * 1024, qPrintable(QString::number(source.bytesRead())));
        qInfo("readlif_xz_c0_t0.tif: %lld bytes read of %lld", source.bytesRead(), source.size());

        auto viaDispatcher = MetadataReader().read(path);
        QVERIFY(viaDispatcher);
        QCOMPARE(viaDispatcher->format, u"imagej-tiff"_s);
        QVERIFY(!viaDispatcher->images.first().pixels.physicalSizeXUm);
    }
};

QTEST_GUILESS_MAIN(TestImageJTiffReader)
#include "TestImageJTiffReader.moc"
