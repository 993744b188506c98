#include "MetadataReader.h"
#include "ReaderTestSupport.h"
#include "TestPaths.h"
#include "TiffTestFile.h"
#include "formats/LsmReader.h"
#include "formats/LsmScanInformation.h"
#include "io/ByteSource.h"
#include "tiff/TiffDirectory.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <cmath>

using namespace metafill;
using namespace Qt::StringLiterals;
using namespace ReaderTestSupport;

namespace {

bool near(std::optional<double> value, double expected)
{
    return value && std::fabs(*value - expected) <= 1e-12 * std::max(1.0, std::fabs(expected));
}

QByteArray le32(quint32 v)
{
    QByteArray out(4, '\0');
    qToLittleEndian(v, out.data());
    return out;
}

QByteArray le64(double v)
{
    quint64 bits;
    std::memcpy(&bits, &v, sizeof bits);
    QByteArray out(8, '\0');
    qToLittleEndian(bits, out.data());
    return out;
}

// Writes a ScanInformation record: blocks opened and closed explicitly.
class ScanWriter
{
public:
    ScanWriter &open(quint32 kind)
    {
        m_bytes += le32(kind) + le32(0) + le32(0);
        return *this;
    }
    ScanWriter &close()
    {
        m_bytes += le32(0xFFFFFFFF) + le32(0) + le32(0);
        return *this;
    }
    ScanWriter &text(quint32 entry, const QByteArray &value)
    {
        const QByteArray data = value + '\0';
        m_bytes += le32(entry) + le32(2) + le32(quint32(data.size())) + data;
        return *this;
    }
    ScanWriter &integer(quint32 entry, qint32 value)
    {
        m_bytes += le32(entry) + le32(4) + le32(4) + le32(quint32(value));
        return *this;
    }
    ScanWriter &real(quint32 entry, double value)
    {
        m_bytes += le32(entry) + le32(5) + le32(8) + le64(value);
        return *this;
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

using Scan = LsmScanInformation;

// Two tracks, as an LSM 710 writes them: track 1 a 488 nm line and a PMT
// behind a BP 505-530 filter; track 2 the 561 nm DPSS laser (633 nm
// configured but not acquired) and the spectral detector ChS1.
QByteArray twoTrackScanInformation()
{
    ScanWriter scan;
    scan.open(Scan::Recording)
        .text(0x10000001, "Synthetic")
        .text(0x10000002, "two tracks, written by TestLsmReader")
        .text(0x10000004, "Plan-Apochromat 63x/1.40 Oil DIC M27")
        .real(0x10000016, 2.5)
        .text(0x10000047, "tester")
        .real(0x10000036, 41732.6559837963);
    scan.open(Scan::Lasers);
    scan.open(Scan::Laser).text(0x50000001, "Argon/2").integer(0x50000002, 1).real(0x50000003, 30).close();
    scan.open(Scan::Laser).text(0x50000001, "DPSS 561-10").integer(0x50000002, 1).real(0x50000003, 20).close();
    scan.open(Scan::Laser).text(0x50000001, "HeNe633").integer(0x50000002, 0).close();
    scan.close();
    scan.open(Scan::Tracks);
    // Track 1
    scan.open(Scan::Track).text(0x4000000C, "Track 1").integer(0x40000006, 1);
    scan.open(Scan::DetectionChannels)
        .open(Scan::DetectionChannel)
        .real(0x70000003, 650)
        .real(0x70000009, 50.5)
        .integer(0x7000000B, 1)
        .text(0x7000000C, "Ch1")
        .text(0x70000010, "BP 505-530")
        .text(0x70000014, "Ch1-T1")
        .text(0x70000026, "Alexa Fluor 488")
        .close()
        .close();
    scan.open(Scan::IlluminationChannels)
        .open(Scan::IlluminationChannel)
        .text(0x90000001, "488")
        .real(0x90000003, 488)
        .integer(0x90000004, 1)
        .close()
        .close();
    scan.close();
    // Track 2
    scan.open(Scan::Track).text(0x4000000C, "Track 2").integer(0x40000006, 1);
    scan.open(Scan::DetectionChannels)
        .open(Scan::DetectionChannel)
        .real(0x70000003, 700)
        .real(0x70000009, 60)
        .integer(0x7000000B, 1)
        .text(0x7000000C, "PmtSPI1")
        .text(0x70000014, "ChS1")
        .real(0x70000022, 571.5)
        .real(0x70000023, 630.25)
        .text(0x70000026, "Alexa Fluor 568")
        .integer(0x70000099, 7) // an entry no table knows
        .close()
        .open(Scan::DetectionChannel) // configured, not acquired
        .integer(0x7000000B, 0)
        .text(0x7000000C, "Ch2")
        .close()
        .close();
    scan.open(Scan::IlluminationChannels)
        .open(Scan::IlluminationChannel)
        .real(0x90000003, 561)
        .integer(0x90000004, 1)
        .close()
        .open(Scan::IlluminationChannel)
        .real(0x90000003, 633)
        .integer(0x90000004, 0)
        .close()
        .close();
    scan.close();
    // A track that was not acquired: its detector must not appear.
    scan.open(Scan::Track).integer(0x40000006, 0);
    scan.open(Scan::DetectionChannels).open(Scan::DetectionChannel).text(0x7000000C, "Unused").close().close();
    scan.close();
    scan.close(); // Tracks
    scan.open(Scan::Timers).close().open(Scan::Markers).close();
    scan.close(); // Recording
    return scan.bytes();
}

struct LsmSpec
{
    quint32 magic = 67127628;
    qint32 structureSize = 380;
    qint32 sizeX = 64, sizeY = 32, sizeZ = 5, channels = 2, sizeT = 3;
    qint32 dataType = 2; // 12-bit
    double voxelX = 0.2e-6, voxelY = 0.25e-6, voxelZ = 1e-6;
    double timeInterval = 0;
    QList<double> timeStamps = {10, 12.5, 15};
    QStringList channelNames = {u"Ch1-T1"_s, u"ChS1"_s};
    QList<QByteArray> channelColors = {QByteArray::fromHex("00ff0000"), QByteArray::fromHex("ff000000")};
    QByteArray scanInformation = twoTrackScanInformation();
    bool channelWavelengths = true;
    // Overrides for broken files: an offset field at `at` in CZ_LSMINFO set to `value`.
    QList<std::pair<int, quint32>> offsetOverrides;
    QByteArray channelColorsOverride;
    enum class Bits { Inline, AtOffset, Absent } bitsPerSample = Bits::Inline;
};

QByteArray buildLsm(const LsmSpec &spec)
{
    TiffTestFile file(false, 4096);
    quint32 colorsOffset = 0, scanOffset = 0, stampsOffset = 0, wavelengthOffset = 0;
    if (!spec.channelColorsOverride.isEmpty()) {
        colorsOffset = file.append(spec.channelColorsOverride);
    } else if (!spec.channelNames.isEmpty()) {
        QByteArray names;
        for (const QString &name : spec.channelNames) {
            const QByteArray text = name.toLatin1() + '\0';
            names += le32(quint32(text.size())) + text;
        }
        QByteArray colors;
        for (const QByteArray &color : spec.channelColors)
            colors += color;
        const quint32 colorsAt = 24, namesAt = 24 + quint32(colors.size());
        const quint32 size = namesAt + quint32(names.size());
        colorsOffset = file.append(le32(size) + le32(quint32(spec.channelColors.size())) + le32(quint32(spec.channelNames.size()))
                                   + le32(colorsAt) + le32(namesAt) + le32(0) + colors + names);
    }
    if (!spec.scanInformation.isEmpty())
        scanOffset = file.append(spec.scanInformation);
    if (!spec.timeStamps.isEmpty()) {
        QByteArray stamps = le32(quint32(8 + 8 * spec.timeStamps.size())) + le32(quint32(spec.timeStamps.size()));
        for (double stamp : spec.timeStamps)
            stamps += le64(stamp);
        stampsOffset = file.append(stamps);
    }
    if (spec.channelWavelengths)
        wavelengthOffset = file.append(le32(2) + le64(500e-9) + le64(530e-9) + le64(571.5e-9) + le64(630.25e-9));

    QByteArray info(380, '\0');
    const auto put = [&](int at, const QByteArray &bytes) { info.replace(at, bytes.size(), bytes); };
    put(0, le32(spec.magic));
    put(4, le32(quint32(spec.structureSize)));
    put(8, le32(quint32(spec.sizeX)));
    put(12, le32(quint32(spec.sizeY)));
    put(16, le32(quint32(spec.sizeZ)));
    put(20, le32(quint32(spec.channels)));
    put(24, le32(quint32(spec.sizeT)));
    put(28, le32(quint32(spec.dataType)));
    put(32, le32(128));
    put(36, le32(64));
    put(40, le64(spec.voxelX));
    put(48, le64(spec.voxelY));
    put(56, le64(spec.voxelZ));
    put(108, le32(colorsOffset));
    put(112, le64(spec.timeInterval));
    put(124, le32(scanOffset));
    put(132, le32(stampsOffset));
    put(204, le32(wavelengthOffset));
    put(264, le32(1));
    put(268, le32(1));
    for (const auto &[at, value] : spec.offsetOverrides)
        put(at, le32(value));
    const qsizetype infoBytes = std::clamp<qsizetype>(spec.structureSize, 8, 380);

    file.add(254, TiffTestFile::Long, 1, le32(0));
    file.longValue(256, quint32(spec.sizeX));
    file.longValue(257, quint32(spec.sizeY));
    if (spec.bitsPerSample == LsmSpec::Bits::Inline)
        file.shorts(258, QList<quint16>(std::max(1, spec.channels), 16));
    else if (spec.bitsPerSample == LsmSpec::Bits::AtOffset)
        file.add(258, TiffTestFile::Short, 2, le32(file.append(QByteArray::fromHex("10001000"))));
    file.shortValue(259, 1);
    file.shortValue(277, quint16(std::max(1, spec.channels)));
    file.shortValue(284, 2);
    file.add(34412, TiffTestFile::Byte, quint32(infoBytes), info.left(infoBytes));
    return file.build();
}

Result<FileMetadata> readLsm(ByteSource &source)
{
    auto ifd0 = readFirstDirectory(source);
    if (!ifd0)
        return Result<FileMetadata>::failure(ifd0.error());
    return LsmReader::read(source, *ifd0);
}

Result<FileMetadata> readLsm(const QByteArray &bytes)
{
    return readFromBytes(bytes, u"synthetic.lsm"_s, [](ByteSource &source) { return readLsm(source); });
}

LsmSpec singlePlane()
{
    LsmSpec spec;
    spec.sizeZ = 1;
    spec.sizeT = 1;
    spec.channels = 1;
    spec.dataType = 1;
    spec.voxelZ = 1e-19; // the placeholder sample #15 stores
    spec.timeStamps = {175054.89724751515};
    spec.channelNames = {u"ChS1"_s};
    spec.channelColors = {QByteArray::fromHex("ff000000")};
    spec.channelWavelengths = false;
    ScanWriter scan;
    scan.open(Scan::Recording).text(0x10000004, "EC Plan-Neofluar 10x/0.30 M27").real(0x10000036, 41732.5);
    scan.open(Scan::Tracks).open(Scan::Track).integer(0x40000006, 1);
    scan.open(Scan::DetectionChannels).open(Scan::DetectionChannel).text(0x7000000C, "PmtSPI1").text(0x70000026, "DAPI").close().close();
    scan.open(Scan::IlluminationChannels)
        .open(Scan::IlluminationChannel)
        .real(0x90000003, 405)
        .close()
        .open(Scan::IlluminationChannel)
        .real(0x90000003, 488)
        .close()
        .close();
    scan.close().close().close();
    spec.scanInformation = scan.bytes();
    return spec;
}

// The files committed under tests/data/images/lsm as fuzz seeds.
QList<std::pair<QString, QByteArray>> seedFiles()
{
    return {{u"two-tracks.lsm"_s, buildLsm(LsmSpec{})}, {u"single-plane.lsm"_s, buildLsm(singlePlane())}};
}

} // namespace

class TestLsmReader : public QObject
{
    Q_OBJECT

private slots:
    void twoTracks()
    {
        auto result = readLsm(buildLsm(LsmSpec{}));
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        const FileMetadata &metadata = *result;
        QCOMPARE(metadata.format, u"lsm"_s);
        QVERIFY2(metadata.warnings.isEmpty(), qPrintable(metadata.warnings.join(u'\n')));
        QCOMPARE(metadata.images.size(), 1);
        const ImageInfo &image = metadata.images.first();
        QCOMPARE(image.name, u"Synthetic"_s);
        QCOMPARE(image.description, u"two tracks, written by TestLsmReader"_s);
        QCOMPARE(image.acquisitionDate, u"2014-04-03T15:44:37"_s);
        const PixelsInfo &pixels = image.pixels;
        QCOMPARE(pixels.sizeX, 64);
        QCOMPARE(pixels.sizeY, 32);
        QCOMPARE(pixels.sizeZ, 5);
        QCOMPARE(pixels.sizeC, 2);
        QCOMPARE(pixels.sizeT, 3);
        QCOMPARE(pixels.pixelType, u"uint16"_s);
        QCOMPARE(pixels.significantBits, 12);
        // Exactly 0.2, not 2e-7 × 1e6 = 0.19999999999999998: people read this number in the form.
        QCOMPARE(pixels.physicalSizeXUm, std::optional<double>(0.2));
        QVERIFY(near(pixels.physicalSizeYUm, 0.25));
        QVERIFY(near(pixels.physicalSizeZUm, 1.0));
        // TimeIntervall is 0: the time stamps give the step.
        QCOMPARE(pixels.timeIncrementS, 2.5);

        QCOMPARE(metadata.instruments.size(), 1);
        const InstrumentInfo &instrument = metadata.instruments.first();
        QCOMPARE(image.instrumentRef, instrument.id);
        QCOMPARE(instrument.objectives.size(), 1);
        const ObjectiveInfo *objective = metadata.objectiveOf(image);
        QVERIFY(objective);
        QCOMPARE(objective->model, u"Plan-Apochromat 63x/1.40 Oil DIC M27"_s);
        QCOMPARE(objective->nominalMagnification, 63.0);
        QCOMPARE(objective->lensNA, 1.4);
        QCOMPARE(objective->immersion, u"Oil"_s);
        QVERIFY(objective->manufacturer.isEmpty());

        // Acquired lasers only; power has no documented unit.
        QCOMPARE(instrument.lightSources.size(), 2);
        QCOMPARE(instrument.lightSources[0].model, u"Argon/2"_s);
        QCOMPARE(instrument.lightSources[0].kind, u"Laser"_s);
        QVERIFY(!instrument.lightSources[0].wavelengthNm);
        QVERIFY(!instrument.lightSources[0].powerMw);
        QCOMPARE(instrument.lightSources[1].model, u"DPSS 561-10"_s);
        QCOMPARE(instrument.lightSources[1].wavelengthNm, 561.0);

        // Acquired detection channels of acquired tracks only.
        QCOMPARE(instrument.detectors.size(), 2);
        QCOMPARE(instrument.detectors[0].model, u"Ch1"_s);
        QCOMPARE(instrument.detectors[1].model, u"PmtSPI1"_s);
        QCOMPARE(instrument.detectors[1].type, u"PMT"_s);
        QCOMPARE(instrument.detectors[1].gain, 700.0);
        QCOMPARE(instrument.filters.size(), 2);
        QCOMPARE(instrument.filters[0].model, u"BP 505-530"_s);
        QCOMPARE(instrument.filters[0].type, u"BandPass"_s);
        QCOMPARE(instrument.filters[0].cutInNm, 505.0);
        QCOMPARE(instrument.filters[0].cutOutNm, 530.0);
        QCOMPARE(instrument.filters[1].cutInNm, 571.5);
        QCOMPARE(instrument.filters[1].cutOutNm, 630.25);

        QCOMPARE(image.channels.size(), 2);
        const ChannelInfo &first = image.channels[0];
        QCOMPARE(first.id, u"Channel:0:0"_s);
        QCOMPARE(first.name, u"Ch1-T1"_s);
        QCOMPARE(first.color, qint32(0x00FF00FF));
        QCOMPARE(first.fluor, u"Alexa Fluor 488"_s);
        QCOMPARE(first.detectorRef, instrument.detectors[0].id);
        QCOMPARE(first.detectorGain, 650.0);
        QCOMPARE(first.pinholeUm, 50.5);
        QCOMPARE(first.excitationNm, 488.0);
        QVERIFY(first.lightSourceRef.isEmpty()); // "Argon/2" does not say 488
        QVERIFY(!first.emissionNm);
        const ChannelInfo &second = image.channels[1];
        QCOMPARE(second.name, u"ChS1"_s);
        QCOMPARE(second.color, qint32(0xFF0000FFu));
        QCOMPARE(second.fluor, u"Alexa Fluor 568"_s);
        QCOMPARE(second.excitationNm, 561.0);
        QCOMPARE(second.lightSourceRef, instrument.lightSources[1].id);
        QCOMPARE(second.lightSourceWavelengthNm, 561.0);
        QCOMPARE(second.detectorRef, instrument.detectors[1].id);

        // Original metadata scheme.
        QCOMPARE(originalValue(metadata, u"Recording|User"_s), u"tester"_s);
        QCOMPARE(originalValue(metadata, u"Recording|Zoom X"_s), u"2.5"_s);
        QCOMPARE(originalValue(metadata, u"Recording|Sample 0 Time"_s), u"41732.6559837963"_s);
        QCOMPARE(originalValue(metadata, u"Laser #2|Name"_s), u"DPSS 561-10"_s);
        QCOMPARE(originalValue(metadata, u"Laser #2|Power"_s), u"20"_s);
        QCOMPARE(originalValue(metadata, u"Track #2|Name"_s), u"Track 2"_s);
        QCOMPARE(originalValue(metadata, u"DetectionChannel #2|Detector Gain First"_s), u"700"_s);
        QCOMPARE(originalValue(metadata, u"DetectionChannel #2|SPI Wavelength Start"_s), u"571.5"_s);
        QCOMPARE(originalValue(metadata, u"DetectionChannel #2|Entry 0x70000099"_s), u"7"_s);
        QCOMPARE(originalValue(metadata, u"IlluminationChannel #3|Wavelength"_s), u"633"_s);
        QCOMPARE(originalValue(metadata, u"CZ_LSMINFO|VoxelSizeX"_s), u"2e-07"_s);
        QCOMPARE(originalValue(metadata, u"CZ_LSMINFO|DimensionChannels"_s), u"2"_s);
        QCOMPARE(originalValue(metadata, u"ChannelColors|Name #2"_s), u"ChS1"_s);
        QCOMPARE(originalValue(metadata, u"ChannelColors|Color #1"_s), u"#00FF00"_s);
        QCOMPARE(originalValue(metadata, u"ChannelWavelength #2|End"_s), u"6.3025e-07"_s);
        QCOMPARE(originalValue(metadata, u"Recording|Description"_s), u"two tracks, written by TestLsmReader"_s);
    }

    void singlePlaneKeepsZUnknown()
    {
        auto result = readLsm(buildLsm(singlePlane()));
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        const FileMetadata &metadata = *result;
        const ImageInfo &image = metadata.images.first();
        QCOMPARE(image.pixels.sizeZ, 1);
        // A 1e-19 m Z step on one plane is a placeholder, not a voxel depth.
        QVERIFY(!image.pixels.physicalSizeZUm);
        QCOMPARE(originalValue(metadata, u"CZ_LSMINFO|VoxelSizeZ"_s), u"1e-19"_s);
        QVERIFY(!image.pixels.timeIncrementS);
        QVERIFY(!image.pixels.significantBits);
        // A dry objective names no immersion; nothing is guessed.
        const ObjectiveInfo *objective = metadata.objectiveOf(image);
        QVERIFY(objective);
        QCOMPARE(objective->nominalMagnification, 10.0);
        QCOMPARE(objective->lensNA, 0.3);
        QVERIFY(objective->immersion.isEmpty());
        // Two illumination lines in one track: no single excitation wavelength.
        QCOMPARE(image.channels.size(), 1);
        QVERIFY(!image.channels[0].excitationNm);
        QCOMPARE(image.channels[0].fluor, u"DAPI"_s);
        QVERIFY(metadata.instruments.first().lightSources.isEmpty());
        QCOMPARE(image.acquisitionDate, u"2014-04-03T12:00:00"_s);
    }

    void timeIntervallWins()
    {
        LsmSpec spec;
        spec.timeInterval = 4;
        auto result = readLsm(buildLsm(spec));
        QVERIFY(result);
        QCOMPARE(result->images.first().pixels.timeIncrementS, 4.0);

        // Stamps that do not match the time points are not used.
        spec.timeInterval = 0;
        spec.timeStamps = {1, 2};
        result = readLsm(buildLsm(spec));
        QVERIFY(result);
        QVERIFY(!result->images.first().pixels.timeIncrementS);
    }

    void olderStructureSizes()
    {
        // LSM 2.0 ends at 152 bytes: no ChannelWavelength offset.
        LsmSpec spec;
        spec.structureSize = 152;
        auto result = readLsm(buildLsm(spec));
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        QVERIFY(result->warnings.isEmpty());
        QCOMPARE(result->images.first().pixels.sizeC, 2);
        QCOMPARE(originalValue(*result, u"ChannelWavelength #1|Start"_s), u"<absent>"_s);
        QCOMPARE(originalValue(*result, u"CZ_LSMINFO|DimensionP"_s), u"<absent>"_s);

        // Too small for the dimensions: X and Y from IFD0, the rest unknown.
        spec.structureSize = 20;
        result = readLsm(buildLsm(spec));
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        QCOMPARE(result->warnings.size(), 1);
        const PixelsInfo &pixels = result->images.first().pixels;
        QCOMPARE(pixels.sizeX, 64);
        QCOMPARE(pixels.sizeY, 32);
        QCOMPARE(pixels.sizeZ, 5); // DimensionZ sits at bytes 16..19, inside 20
        QVERIFY(!pixels.sizeC);
        QVERIFY(!pixels.sizeT);
        QVERIFY(!pixels.physicalSizeXUm);
        QVERIFY(result->instruments.isEmpty());

        spec.structureSize = -5;
        result = readLsm(buildLsm(spec));
        QVERIFY(result);
        QVERIFY(!result->images.first().pixels.sizeZ);
    }

    void pixelTypeFromOldWritersAndDataType()
    {
        // Two BitsPerSample values stored at an offset by old LSM writers.
        LsmSpec spec;
        spec.bitsPerSample = LsmSpec::Bits::AtOffset;
        auto result = readLsm(buildLsm(spec));
        QVERIFY(result);
        QCOMPARE(result->images.first().pixels.pixelType, u"uint16"_s);

        // No BitsPerSample: the LSM DataType says what the samples are.
        spec.bitsPerSample = LsmSpec::Bits::Absent;
        spec.dataType = 1;
        result = readLsm(buildLsm(spec));
        QVERIFY(result);
        QCOMPARE(result->images.first().pixels.pixelType, u"uint8"_s);
        spec.dataType = 0; // "varying": unknown
        result = readLsm(buildLsm(spec));
        QVERIFY(result);
        QVERIFY(result->images.first().pixels.pixelType.isEmpty());
    }

    void notAnLsmBlock()
    {
        LsmSpec spec;
        spec.magic = 0x12345678;
        auto result = readLsm(buildLsm(spec));
        QVERIFY(!result);
        QVERIFY2(result.error().startsWith(u"synthetic.lsm: "_s), qPrintable(result.error()));

        // IFD0 without the tag at all.
        TiffTestFile plain;
        plain.longValue(256, 8);
        plain.longValue(257, 8);
        result = readLsm(plain.build());
        QVERIFY(!result);
        QVERIFY(result.error().contains(u"synthetic.lsm"_s));
    }

    void offsetsPastTheEnd()
    {
        LsmSpec spec;
        spec.offsetOverrides = {{108, 0x7FFFFFF0}, {124, 0x7FFFFFF0}, {132, 0x7FFFFFF0}, {204, 0x7FFFFFF0}};
        auto result = readLsm(buildLsm(spec));
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        QCOMPARE(result->warnings.size(), 4);
        for (const QString &warning : result->warnings)
            QVERIFY2(warning.startsWith(u"synthetic.lsm: "_s), qPrintable(warning));
        QCOMPARE(result->images.first().pixels.sizeC, 2);
        QVERIFY(result->images.first().channels[0].name.isEmpty());
        QVERIFY(result->instruments.isEmpty());
    }

    void damagedChannelColors()
    {
        LsmSpec spec;
        spec.channelColorsOverride = le32(0xFFFFFFF0) + le32(1) + le32(1) + le32(24) + le32(28) + le32(0);
        auto result = readLsm(buildLsm(spec));
        QVERIFY(result);
        QCOMPARE(result->warnings.size(), 1);
        // Names come from the detection channels instead.
        QCOMPARE(result->images.first().channels[1].name, u"ChS1"_s);

        // Name lengths running past the block are cut, not followed.
        spec.channelColorsOverride = le32(40) + le32(0) + le32(3) + le32(24) + le32(24) + le32(0) + le32(5) + QByteArray("Ch1\0\0", 5)
            + le32(0x10000000) + QByteArray(3, 'x');
        result = readLsm(buildLsm(spec));
        QVERIFY(result);
        QCOMPARE(result->images.first().channels[0].name, u"Ch1"_s);
        QCOMPARE(originalValue(*result, u"ChannelColors|Name #2"_s), u"<absent>"_s);
    }

    void brokenScanInformation_data()
    {
        QTest::addColumn<QByteArray>("scan");
        QTest::addColumn<QString>("warning");
        ScanWriter bomb;
        for (int i = 0; i < 40; ++i)
            bomb.open(i == 0 ? Scan::Recording : Scan::Tracks);
        QTest::newRow("nesting bomb") << bomb.bytes() << u"nested"_s;
        ScanWriter many;
        many.open(Scan::Recording);
        for (int i = 0; i < Scan::MaxEntries; ++i)
            many.integer(0x10000009, i);
        many.close();
        QTest::newRow("too many entries") << many.bytes() << u"entries"_s;
        QTest::newRow("huge entry") << QByteArray(ScanWriter().open(Scan::Recording).bytes() + le32(0x10000001) + le32(2) + le32(0xFFFFFFF0))
                                    << u"bytes"_s;
        QTest::newRow("not a recording") << ScanWriter().open(Scan::Track).close().bytes() << u"recording"_s;
        QTest::newRow("garbage") << QByteArray(64, '\xAB') << u"recording"_s;
    }
    void brokenScanInformation()
    {
        QFETCH(QByteArray, scan);
        QFETCH(QString, warning);
        LsmSpec spec;
        spec.scanInformation = scan;
        auto result = readLsm(buildLsm(spec));
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        QCOMPARE(result->warnings.size(), 1);
        QVERIFY2(result->warnings.first().contains(warning), qPrintable(result->warnings.first()));
        QVERIFY(result->instruments.isEmpty());
        QCOMPARE(result->images.first().pixels.sizeZ, 5);
        QCOMPARE(result->images.first().channels[1].name, u"ChS1"_s);
    }

    void scanInformationCutShortKeepsWhatWasRead()
    {
        LsmSpec spec;
        spec.timeStamps.clear();
        spec.channelWavelengths = false;
        const QByteArray full = buildLsm(spec);
        // The scan information is the last record: cut the file in its middle.
        const QByteArray cut = full.left(full.size() - spec.scanInformation.size() / 2);
        auto result = readLsm(cut);
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        QCOMPARE(result->warnings.size(), 1);
        QVERIFY2(result->warnings.first().contains(u"cut short"_s), qPrintable(result->warnings.first()));
        QVERIFY(result->objectiveOf(result->images.first()));
        QCOMPARE(result->images.first().acquisitionDate, u"2014-04-03T15:44:37"_s);
    }

    void scanInformationParser()
    {
        // Parsed straight from memory: names of blocks and entries.
        auto parsed = LsmScanInformation::parse(twoTrackScanInformation(), u"x.lsm"_s);
        QVERIFY(parsed);
        QVERIFY(parsed->complete());
        QCOMPARE(parsed->blocks().first().kind, quint32(Scan::Recording));
        QCOMPARE(LsmScanInformation::kindName(Scan::DetectionChannel), u"DetectionChannel"_s);
        QCOMPARE(LsmScanInformation::entryName(0x10000004), u"Objective"_s);
        QCOMPARE(LsmScanInformation::entryName(0x70000026), u"Dye Name"_s);
        QCOMPARE(LsmScanInformation::entryName(0x7000ABCD), u"Entry 0x7000ABCD"_s);
        QCOMPARE(LsmScanInformation::kindName(0x15000000), u"Block 0x15000000"_s);
        // Incomplete input is not an error, just incomplete.
        auto partial = LsmScanInformation::parse(twoTrackScanInformation().left(100), u"x.lsm"_s);
        QVERIFY(partial);
        QVERIFY(!partial->complete());
        // Depth 16 is allowed, 17 is not.
        ScanWriter deep;
        deep.open(Scan::Recording);
        for (int i = 1; i < Scan::MaxDepth; ++i)
            deep.open(Scan::Tracks);
        for (int i = 0; i < Scan::MaxDepth; ++i)
            deep.close();
        QVERIFY(LsmScanInformation::parse(deep.bytes(), u"x.lsm"_s));
        deep = ScanWriter();
        deep.open(Scan::Recording);
        for (int i = 0; i < Scan::MaxDepth; ++i)
            deep.open(Scan::Tracks);
        QVERIFY(!LsmScanInformation::parse(deep.bytes(), u"x.lsm"_s));
    }

    void truncatedFilesNeverCrash()
    {
        int read = 0;
        for (const QByteArray &cut : truncations(buildLsm(LsmSpec{}), 8, 7)) {
            auto result = readLsm(cut);
            if (result)
                ++read;
            else
                QVERIFY(result.error().startsWith(u"synthetic.lsm: "_s));
        }
        QVERIFY(read > 0);
    }

    void seedFilesAreCurrent()
    {
        // METAFILL_REGENERATE_TEST_DATA=1 rewrites them after a change here.
        const QDir folder(TestPaths::data(u"images/lsm"_s));
        QVERIFY(writeSeedsIfAsked("METAFILL_REGENERATE_TEST_DATA", folder, seedFiles()));
        for (const auto &[name, bytes] : seedFiles()) {
            const Result<FileMetadata> result = readCurrentSeed(folder.filePath(name), bytes);
            QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
            QCOMPARE(result->format, u"lsm"_s);
            QVERIFY(result->warnings.isEmpty());
        }
        auto twoTracks = MetadataReader().read(folder.filePath(u"two-tracks.lsm"_s));
        QVERIFY(twoTracks);
        QCOMPARE(twoTracks->images.first().channels[1].excitationNm, 561.0);
    }

    void sample()
    {
        const QString path = TestPaths::samples(u"lsm/jimpipeline_test.lsm"_s);
        SKIP_UNLESS_SAMPLE_EXISTS(path);
        ByteSource source(path);
        QVERIFY(source.open());
        auto result = readLsm(source);
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        const FileMetadata &metadata = *result;
        QVERIFY2(metadata.warnings.isEmpty(), qPrintable(metadata.warnings.join(u'\n')));
        QCOMPARE(metadata.format, u"lsm"_s);
        const ImageInfo &image = metadata.images.first();
        const PixelsInfo &pixels = image.pixels;
        QCOMPARE(pixels.sizeX, 512);
        QCOMPARE(pixels.sizeY, 512);
        QCOMPARE(pixels.sizeZ, 1);
        QCOMPARE(pixels.sizeC, 1);
        QCOMPARE(pixels.sizeT, 1);
        QCOMPARE(pixels.pixelType, u"uint16"_s);
        QVERIFY2(near(pixels.physicalSizeXUm, 0.6918881841365326), qPrintable(QString::number(pixels.physicalSizeXUm.value_or(-1), 'g', 17)));
        QVERIFY(near(pixels.physicalSizeYUm, 0.6918881841365326));
        // VoxelSizeZ 1e-19 m on a single plane (Bio-Formats: 1.0E-13 µm): unknown.
        QVERIFY(!pixels.physicalSizeZUm);
        QCOMPARE(originalValue(metadata, u"CZ_LSMINFO|VoxelSizeZ"_s), u"1e-19"_s);
        QCOMPARE(image.acquisitionDate, u"2014-04-03T15:44:37"_s);
        QCOMPARE(image.name, u"Temp"_s);

        const ObjectiveInfo *objective = metadata.objectiveOf(image);
        QVERIFY(objective);
        QCOMPARE(objective->model, u"EC Plan-Neofluar 40x/1.30 Oil DIC M27"_s);
        QCOMPARE(objective->nominalMagnification, 40.0);
        QCOMPARE(objective->lensNA, 1.3);
        QCOMPARE(objective->immersion, u"Oil"_s);

        const InstrumentInfo &instrument = metadata.instruments.first();
        QCOMPARE(instrument.detectors.size(), 1);
        QCOMPARE(instrument.detectors[0].model, u"PmtSPI1"_s);
        QCOMPARE(instrument.detectors[0].type, u"PMT"_s);
        QCOMPARE(instrument.lightSources.size(), 1);
        QCOMPARE(instrument.lightSources[0].model, u"DPSS 561-10"_s);
        QCOMPARE(instrument.lightSources[0].wavelengthNm, 561.0);
        QCOMPARE(instrument.filters.size(), 1);
        QCOMPARE(instrument.filters[0].cutInNm, 571.727496);
        QCOMPARE(instrument.filters[0].cutOutNm, 630.372972);

        QCOMPARE(image.channels.size(), 1);
        const ChannelInfo &channel = image.channels.first();
        QCOMPARE(channel.name, u"ChS1"_s);
        QCOMPARE(channel.fluor, u"Alexa Fluor 568"_s);
        QCOMPARE(channel.excitationNm, 561.0);
        QCOMPARE(channel.lightSourceRef, instrument.lightSources[0].id);
        QCOMPARE(channel.detectorRef, instrument.detectors[0].id);
        QVERIFY(near(channel.detectorGain, 764.4112392398895));
        QVERIFY(near(channel.pinholeUm, 38.466599999999985));
        QCOMPARE(channel.color, qint32(0xFF0000FFu));

        QCOMPARE(originalValue(metadata, u"Recording|User"_s), u"Jefferis"_s);
        QCOMPARE(originalValue(metadata, u"Recording|Objective"_s), u"EC Plan-Neofluar 40x/1.30 Oil DIC M27"_s);
        QCOMPARE(originalValue(metadata, u"Recording|Zoom X"_s), u"0.6"_s);
        QCOMPARE(originalValue(metadata, u"Recording|Sample 0 Time"_s), u"41732.6559837963"_s);
        QCOMPARE(originalValue(metadata, u"Laser #1|Name"_s), u"DPSS 561-10"_s);
        QCOMPARE(originalValue(metadata, u"DetectionChannel #1|Point Detector Name"_s), u"PmtSPI1"_s);
        QCOMPARE(originalValue(metadata, u"DetectionChannel #1|SPI Wavelength Start"_s), u"571.727496"_s);
        QCOMPARE(originalValue(metadata, u"IlluminationChannel #1|Wavelength"_s), u"561"_s);
        QCOMPARE(originalValue(metadata, u"CZ_LSMINFO|DimensionX"_s), u"512"_s);

        // IFD0 and CZ_LSMINFO lie in the first 64 KiB; ChannelColors (53 B),
        // ScanInformation (3,275 B) and ChannelWavelength (20 B) beyond it.
        QVERIFY2(source.bytesRead() <= 3'348 + 1'000 + 64 * 1024 + 1'024, qPrintable(QString::number(source.bytesRead())));
        qInfo("jimpipeline_test.lsm: %lld bytes read of %lld", source.bytesRead(), source.size());

        auto viaDispatcher = MetadataReader().read(path);
        QVERIFY2(viaDispatcher, qPrintable(viaDispatcher.ok() ? QString() : viaDispatcher.error()));
        QCOMPARE(viaDispatcher->format, u"lsm"_s);
        QCOMPARE(viaDispatcher->images.first().channels.first().fluor, u"Alexa Fluor 568"_s);
        QCOMPARE(viaDispatcher->originalMetadata.size(), metadata.originalMetadata.size());
    }
};

QTEST_GUILESS_MAIN(TestLsmReader)
#include "TestLsmReader.moc"
