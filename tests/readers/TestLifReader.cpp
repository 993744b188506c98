#include "CountingHeap.h"
#include "MetadataReader.h"
#include "ReaderTestSupport.h"
#include "TestPaths.h"
#include "formats/LifReader.h"
#include "formats/VendorXml.h"
#include "io/ByteSource.h"
#include "model/HeaderValues.h"
#include "ome/OmeXmlWriter.h"

#include <QDir>
#include <QFile>
#include <QtEndian>
#include <QtTest>

using namespace metafill;
using namespace Qt::StringLiterals;
using namespace ReaderTestSupport;

namespace {

QByteArray le32(qint32 value)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

// A LIF file as LAS X starts one: the XML block (0x70, block length, 0x2A,
// N, N UTF-16LE characters), then a memory block header with a few bytes
// that stand for the pixels. The numbers a damaged file gets wrong can be set.
struct LifBuilder
{
    explicit LifBuilder(QString xmlText) : xml(std::move(xmlText)) {}

    QString xml;
    std::optional<qint32> characters;  // default: xml.size()
    std::optional<qint32> blockLength; // default: 5 + 2N
    quint32 magic = 0x70;

    QByteArray build() const
    {
        QByteArray text(reinterpret_cast<const char *>(xml.utf16()), xml.size() * 2);
        const qint32 n = characters.value_or(qint32(xml.size()));
        QByteArray file = le32(qint32(magic)) + le32(blockLength.value_or(5 + 2 * qint32(xml.size()))) + '\x2A' + le32(n) + text;
        file += le32(0x70) + le32(16) + '\x2A' + le32(4) + '\x2A' + le32(0) + QByteArray(4, '\x11');
        return file;
    }
};

QString channelXml(int resolution, const QString &lut, qint64 bytesInc)
{
    return uR"(<ChannelDescription DataType="0" ChannelTag="0" Resolution="%1" LUTName="%2" BytesInc="%3" />)"_s.arg(resolution)
        .arg(lut)
        .arg(bytesInc);
}

QString dimensionXml(int id, qint64 elements, const QString &length, const QString &unit, qint64 bytesInc)
{
    return uR"(<DimensionDescription DimID="%1" NumberOfElements="%2" Origin="0" Length="%3" Unit="%4" BytesInc="%5" />)"_s.arg(id)
        .arg(elements)
        .arg(length, unit)
        .arg(bytesInc);
}

QString element(const QString &name, const QString &data, const QString &children = {})
{
    return uR"(<Element Name="%1" UniqueID="id-%1"><Data>%2</Data><Memory Size="16" MemoryBlockID="MemBlock_1" /><Children>%3</Children></Element>)"_s
        .arg(name, data, children);
}

QString header(const QString &elements)
{
    return uR"(<LMSDataContainerHeader Version="2">)"_s + elements + u"</LMSDataContainerHeader>"_s;
}

// A sequential SP8 acquisition: two sequences, one laser line and one active
// detector each, so that every channel's excitation is known.
QString sequentialImage()
{
    const QString definition = uR"(<ATLConfocalSettingDefinition ObjectiveName="HC PL APO CS2   40x/1.30 OIL " Magnification="40"
        NumericalAperture="1.3" Immersion="OIL" RefractionIndex="1.52" MicroscopeModel="DMi8-CS" IsInverseMicroscopeModel="1"
        SystemSerialNumber="8100001234" Zoom="2" Pinhole="%1">
      <Spectro><MultiBand Channel="%2" LeftWorld="%3" RightWorld="%4" DyeName="%5" /></Spectro>
      <AotfList><Aotf LightSourceName="Diode405"><LaserLineSetting LaserLine="%6" IntensityDev="%7" /><LaserLineSetting LaserLine="638" IntensityDev="0" /></Aotf></AotfList>
      <DetectorList><Detector Name="PMT 1" Type="PMT" Channel="1" IsActive="%8" Gain="650" Offset="-1" />
        <Detector Name="HyD 2" Type="HyD" Channel="2" IsActive="%9" Gain="100" /></DetectorList>
      <LaserArray><Laser LaserName="Diode 405" LightSourceName="Diode405" /></LaserArray>
    </ATLConfocalSettingDefinition>)"_s;
    const QString first = definition.arg(u"1e-4"_s, u"1"_s, u"410"_s, u"480"_s, u"DAPI"_s, u"405"_s, u"2.5"_s, u"1"_s, u"0"_s);
    const QString second = definition.arg(u"1.2e-4"_s, u"2"_s, u"500"_s, u"550"_s, u"Alexa 488"_s, u"488"_s, u"10"_s, u"0"_s, u"1"_s);
    return uR"(<Image TextDescription="two sequences">
      <ImageDescription><Channels>%1%2</Channels>
        <Dimensions>%3%4%5</Dimensions></ImageDescription>
      <TimeStampList><TimeStamp HighInteger="30871828" LowInteger="391214669" /></TimeStampList>
      <Attachment Name="HardwareSetting" Software="LAS X 3.7" SystemTypeName="TCS SP8" DataSourceTypeName="Confocal">
        <LDM_Block_Sequential>
          <LDM_Block_Sequential_Master>%6</LDM_Block_Sequential_Master>
          <LDM_Block_Sequential_List>%6%7</LDM_Block_Sequential_List>
        </LDM_Block_Sequential>
      </Attachment></Image>)"_s.arg(channelXml(12, u"Blue"_s, 0), channelXml(12, u"Green"_s, 2 * 256 * 256))
        .arg(dimensionXml(1, 256, u"5.1e-5"_s, u"m"_s, 2), dimensionXml(2, 256, u"5.1e-5"_s, u"m"_s, 512),
             dimensionXml(3, 11, u"-1e-5"_s, u"m"_s, 4 * 256 * 256))
        .arg(first, second);
}

// A project with folders: "Project/Experiment 1/Day 2/cells" and a bare image
// whose settings are missing.
QString nestedProject()
{
    const QString bare =
        uR"(<Image><ImageDescription><Channels>%1</Channels><Dimensions>%2%3</Dimensions></ImageDescription></Image>)"_s.arg(
            channelXml(8, u"Gray"_s, 0), dimensionXml(1, 64, u"0"_s, u"m"_s, 1), dimensionXml(2, 32, u""_s, u""_s, 64));
    const QString day2 = element(u"Day 2"_s, {}, element(u"cells"_s, sequentialImage()));
    const QString experiment = element(u"Experiment 1"_s, {}, day2 + element(u"bare"_s, bare));
    return header(element(u"Project"_s, {}, experiment));
}

Result<FileMetadata> readBytes(const QByteArray &bytes, const QString &name = u"test.lif"_s)
{
    return readBytesAs(bytes, name, u"lif"_s);
}

} // namespace

class TestLifReader : public QObject
{
    Q_OBJECT

private slots:
    void recognizesOnlyLif()
    {
        const LifReader reader;
        QCOMPARE(reader.format(), u"lif"_s);
        const QByteArray file = LifBuilder{nestedProject()}.build();
        QVERIFY(reader.recognizes(u"a.lif"_s, file));
        QVERIFY(!reader.recognizes(u"a.lif"_s, file.left(14)));
        QVERIFY(!reader.recognizes(u"a.lif"_s, "ZISRAWFILE\0\0\0\0\0\0"));
        LifBuilder other{nestedProject()};
        other.magic = 0x71;
        QVERIFY(!reader.recognizes(u"a.lif"_s, other.build()));
    }

    // MANIFEST #12: readlif's test file, an SP8 with two HyDs.
    void readlifSample()
    {
        const QString path = TestPaths::samples(u"lif/testdata_2channel_xz.lif"_s);
        SKIP_UNLESS_SAMPLE_EXISTS(path);
        ByteSource source(path);
        QVERIFY(source.open());
        const LifReader reader;
        QVERIFY(reader.recognizes(path, source.head()));
        const Result<FileMetadata> result = reader.read(source);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        const FileMetadata &m = *result;
        QCOMPARE(m.format, u"lif"_s);
        QVERIFY2(m.warnings.isEmpty(), qPrintable(m.warnings.join(u'\n')));
        constexpr qint64 xmlBytes = 45'530 * 2;
        QVERIFY2(source.bytesRead() <= xmlBytes + ByteSource::HeadSize, qPrintable(QString::number(source.bytesRead())));

        QCOMPARE(m.images.size(), 3);
        QCOMPARE(m.images[0].name, u"xzt"_s);
        QCOMPARE(m.images[1].name, u"xzy"_s);
        QCOMPARE(m.images[2].name, u"xz"_s);
        QCOMPARE(originalValue(m.originalMetadata, u"LMSDataContainerHeader|Element|Name"_s), u"2channel_xz"_s);

        const ImageInfo &xzt = m.images[0];
        QCOMPARE(xzt.id, u"Image:0"_s);
        QCOMPARE(xzt.pixels.sizeX, 128);
        // An XZ scan: its planes are X × Z, and Bio-Formats (so OMERO) calls that Z axis Y.
        QCOMPARE(xzt.pixels.sizeY, 128);
        QCOMPARE(xzt.pixels.sizeZ, 1);
        QCOMPARE(xzt.pixels.sizeT, 20);
        QCOMPARE(xzt.pixels.sizeC, 2);
        QCOMPARE(xzt.pixels.pixelType, u"uint8"_s);
        QCOMPARE(xzt.pixels.significantBits, 8);
        QCOMPARE(xzt.pixels.dimensionOrder, u"XYCTZ"_s);
        QVERIFY(qAbs(*xzt.pixels.physicalSizeXUm - 17.81554 / 127) < 1e-9); // Length / (N - 1)
        QVERIFY(qAbs(*xzt.pixels.physicalSizeYUm - 17.8154 / 127) < 1e-9);
        QVERIFY(!xzt.pixels.physicalSizeZUm);
        QVERIFY(qAbs(*xzt.pixels.timeIncrementS - 10.07 / 19) < 1e-9);
        QCOMPARE(xzt.acquisitionDate, u"2021-03-04T16:39:17.951Z"_s);

        const InstrumentInfo *instrument = m.instrument(xzt.instrumentRef);
        QVERIFY(instrument);
        QCOMPARE(instrument->id, u"Instrument:0"_s);
        QCOMPARE(instrument->microscope.model, u"DMI6000B-CS"_s);
        QCOMPARE(instrument->microscope.type, u"Inverted"_s);
        QCOMPARE(instrument->microscope.serialNumber, u"8100000201"_s);
        const ObjectiveInfo *objective = m.objectiveOf(xzt);
        QVERIFY(objective);
        QCOMPARE(objective->id, u"Objective:0:0"_s);
        QCOMPARE(objective->model, u"HC PL APO CS2    63x/1.30 GLYC"_s);
        QCOMPARE(*objective->nominalMagnification, 63.0);
        QCOMPARE(*objective->lensNA, 1.3);
        QCOMPARE(objective->immersion, u"Glycerol"_s);
        QCOMPARE(*xzt.objectiveRefractiveIndex, 1.46);

        QCOMPARE(instrument->detectors.size(), 2);
        QCOMPARE(instrument->detectors[0].model, u"HyD 1"_s);
        QCOMPARE(instrument->detectors[1].model, u"HyD 3"_s);
        QCOMPARE(instrument->detectors[0].type, u"Other"_s); // OME has no hybrid detector type
        QCOMPARE(instrument->lightSources.size(), 2);
        QCOMPARE(*instrument->lightSources[0].wavelengthNm, 488.0);
        QCOMPARE(*instrument->lightSources[1].wavelengthNm, 552.0);
        QCOMPARE(instrument->lightSources[0].kind, u"Laser"_s);
        QCOMPARE(instrument->lightSources[0].model, u"WLL"_s);
        QCOMPARE(instrument->filters.size(), 2);
        QCOMPARE(qRound(*instrument->filters[0].cutInNm), 493);
        QCOMPARE(qRound(*instrument->filters[0].cutOutNm), 541);

        QCOMPARE(xzt.channels.size(), 2);
        const ChannelInfo &green = xzt.channels[0];
        QCOMPARE(green.id, u"Channel:0:0"_s);
        QCOMPARE(green.detectorRef, instrument->detectors[0].id);
        QVERIFY(qAbs(*green.detectorGain - 41.5024) < 1e-3);
        QCOMPARE(green.fluor, u"Leica/FITC"_s);
        QCOMPARE(*green.color, qint32(0x00FF00FF));
        QCOMPARE(green.acquisitionMode, u"LaserScanningConfocalMicroscopy"_s);
        QVERIFY(qAbs(*green.pinholeUm - 82.795) < 1e-3);
        QVERIFY(!green.excitationNm); // 488 and 552 were on together: which excited which is not said
        QVERIFY(!green.emissionNm);
        QCOMPARE(xzt.channels[1].detectorRef, instrument->detectors[1].id);
        QCOMPARE(xzt.channels[1].fluor, u"Leica/TRITC"_s);

        const KeyValueList &keys = xzt.originalMetadata;
        QCOMPARE(originalValue(keys, u"ATLConfocalSettingDefinition|ObjectiveNumber"_s), u"11506353"_s); // readlif asserts this
        QCOMPARE(originalValue(keys, u"ATLConfocalSettingDefinition|Zoom"_s), u"10.3574655270055"_s);
        QCOMPARE(originalValue(keys, u"ATLConfocalSettingDefinition|DetectorList|Detector|Name #3"_s), u"HyD 3"_s);
        QCOMPARE(originalValue(keys, u"HardwareSetting|Software"_s), u"LAS X 3.5.7.23225"_s);
        QCOMPARE(originalValue(keys, u"Dimensions"_s), u"X 128, Z 128, T 20"_s);
        QCOMPARE(originalValue(keys, u"Channel 2|Detector"_s), u"HyD 3"_s);
        QCOMPARE(originalValue(keys, u"Channel 1|DetectionBand"_s), u"492.994-541.093 nm"_s);
        QCOMPARE(originalValue(keys, u"Channel 1|LaserLines"_s), u"488 nm (0.499851 %), 552 nm (49.9952 %)"_s);

        // "xzy": X × Z planes stacked along Y; as in Bio-Formats the listed Z
        // is Y and the listed Y is Z.
        const ImageInfo &xzy = m.images[1];
        QCOMPARE(xzy.pixels.sizeX, 128);
        QCOMPARE(xzy.pixels.sizeY, 128);
        QCOMPARE(xzy.pixels.sizeZ, 23);
        QCOMPARE(xzy.pixels.sizeT, 1);
        QCOMPARE(xzy.pixels.dimensionOrder, u"XYCZT"_s); // channels interleaved per plane
        QVERIFY(qAbs(*xzy.pixels.physicalSizeZUm - 5.039354 / 22) < 1e-9);
        QCOMPARE(xzy.instrumentRef, u"Instrument:1"_s);
        QCOMPARE(xzy.channels[1].id, u"Channel:1:1"_s);

        const QByteArray ome = OmeXmlWriter::toXml(m, 0);
        QVERIFY(ome.contains("LensNA=\"1.3\""));
    }

    void sampleThroughTheRegistry()
    {
        const QString path = TestPaths::samples(u"lif/testdata_2channel_xz.lif"_s);
        SKIP_UNLESS_SAMPLE_EXISTS(path);
        const MetadataReader reader;
        const Result<FileMetadata> result = reader.read(path);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->format, u"lif"_s);
        QVERIFY(MetadataReader::lastBytesRead() <= 45'530 * 2 + ByteSource::HeadSize);
    }

    void nestedFoldersAndSequences()
    {
        const Result<FileMetadata> result = readBytes(LifBuilder{nestedProject()}.build());
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        const FileMetadata &m = *result;
        QVERIFY2(m.warnings.isEmpty(), qPrintable(m.warnings.join(u'\n')));
        QCOMPARE(m.images.size(), 2);
        QCOMPARE(m.images[0].name, u"Experiment 1/Day 2/cells"_s);
        QCOMPARE(m.images[1].name, u"Experiment 1/bare"_s);

        const ImageInfo &cells = m.images[0];
        QCOMPARE(cells.description, u"two sequences"_s);
        QCOMPARE(cells.pixels.sizeX, 256);
        QCOMPARE(cells.pixels.sizeY, 256);
        QCOMPARE(cells.pixels.sizeZ, 11);
        QCOMPARE(cells.pixels.sizeT, 1);
        QCOMPARE(cells.pixels.pixelType, u"uint16"_s);
        QCOMPARE(cells.pixels.significantBits, 12);
        QCOMPARE(cells.pixels.dimensionOrder, u"XYCZT"_s);
        QVERIFY(qAbs(*cells.pixels.physicalSizeZUm - 1.0) < 1e-9); // |Length| / (N - 1), Z runs downwards
        QVERIFY(!cells.pixels.timeIncrementS);
        // LAS AF's TimeStamp halves: 30871828 << 32 | 391214669 (FILETIME).
        QCOMPARE(cells.acquisitionDate, HeaderValues::isoDate(*HeaderValues::fromFileTime((quint64(30871828) << 32) | 391214669)));

        const InstrumentInfo *instrument = m.instrument(cells.instrumentRef);
        QVERIFY(instrument);
        QCOMPARE(instrument->microscope.model, u"DMi8-CS"_s);
        QCOMPARE(m.objectiveOf(cells)->immersion, u"Oil"_s);
        QCOMPARE(instrument->detectors.size(), 2);
        QCOMPARE(instrument->detectors[0].type, u"PMT"_s);
        QCOMPARE(*instrument->detectors[0].offset, -1.0);
        QCOMPARE(instrument->lightSources.size(), 2);
        QCOMPARE(instrument->lightSources[0].model, u"Diode 405"_s);

        const ChannelInfo &dapi = cells.channels[0];
        QCOMPARE(dapi.detectorRef, instrument->detectors[0].id);
        QCOMPARE(*dapi.detectorGain, 650.0);
        QCOMPARE(dapi.fluor, u"DAPI"_s);
        QCOMPARE(*dapi.excitationNm, 405.0); // one line in its sequence
        QCOMPARE(dapi.lightSourceRef, instrument->lightSources[0].id);
        QCOMPARE(*dapi.lightSourceAttenuation, 0.975);
        QVERIFY(qAbs(*dapi.pinholeUm - 100.0) < 1e-9);
        QCOMPARE(*dapi.color, qint32(0x0000FFFF));
        const ChannelInfo &alexa = cells.channels[1];
        QCOMPARE(alexa.detectorRef, instrument->detectors[1].id);
        QCOMPARE(*alexa.excitationNm, 488.0);
        QCOMPARE(alexa.fluor, u"Alexa 488"_s);
        QVERIFY(qAbs(*alexa.pinholeUm - 120.0) < 1e-9);
        QCOMPARE(originalValue(cells.originalMetadata, u"Sequence 2|ATLConfocalSettingDefinition|Pinhole"_s), u"1.2e-4"_s);
        QCOMPARE(originalValue(cells.originalMetadata, u"ATLConfocalSettingDefinition|Zoom"_s), u"2"_s);

        // The bare image: nothing said, nothing filled.
        const ImageInfo &bare = m.images[1];
        QCOMPARE(bare.pixels.sizeX, 64);
        QCOMPARE(bare.pixels.sizeY, 32);
        QCOMPARE(bare.pixels.sizeZ, 1);
        QVERIFY(!bare.pixels.physicalSizeXUm); // Length 0
        QVERIFY(!bare.pixels.physicalSizeYUm); // no Length, no unit
        QVERIFY(bare.acquisitionDate.isEmpty());
        QVERIFY(bare.instrumentRef.isEmpty());
        QVERIFY(bare.objectiveRef.isEmpty());
        QVERIFY(bare.description.isEmpty());
        QCOMPARE(bare.channels.size(), 1);
        QVERIFY(bare.channels[0].detectorRef.isEmpty());
        QVERIFY(!bare.channels[0].pinholeUm);
        QVERIFY(bare.channels[0].acquisitionMode.isEmpty());
        QCOMPARE(m.instruments.size(), 1);
    }

    void cameraSettings()
    {
        const QString image = uR"(<Image><ImageDescription><Channels>%1%2</Channels><Dimensions>%3%4</Dimensions></ImageDescription>
          <Attachment Name="HardwareSetting" DataSourceTypeName="Camera"><ATLCameraSettingDefinition ObjectiveName="HC PL FLUOTAR   10x/0.32 DRY">
            <WideFieldChannelConfigurator CameraName="DFC9000 GT">
              <WideFieldChannelInfo UserDefName="GFP" ExposureTime="120 ms" EmissionWavelength="525" />
              <WideFieldChannelInfo UserDefName="None" ExposureTime="0.005" />
            </WideFieldChannelConfigurator></ATLCameraSettingDefinition></Attachment></Image>)"_s
                                  .arg(channelXml(16, u"Green"_s, 0), channelXml(16, u"Gray"_s, 2 * 2048 * 2048))
                                  .arg(dimensionXml(1, 2048, u"1.3e-3"_s, u"m"_s, 2), dimensionXml(2, 2048, u"1.3e-3"_s, u"m"_s, 4096));
        const Result<FileMetadata> result = readBytes(LifBuilder{header(element(u"Widefield"_s, image))}.build());
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        const ImageInfo &info = result->images.first();
        QCOMPARE(info.name, u"Widefield"_s); // the top Element is itself the image
        const ObjectiveInfo *objective = result->objectiveOf(info);
        QVERIFY(objective);
        QCOMPARE(*objective->nominalMagnification, 10.0);
        QCOMPARE(*objective->lensNA, 0.32);
        QCOMPARE(objective->immersion, u"Air"_s); // "DRY", the name's last word
        QCOMPARE(info.channels[0].name, u"GFP"_s);
        QCOMPARE(*info.channels[0].exposureS, 0.12);
        QCOMPARE(*info.channels[0].emissionNm, 525.0);
        QVERIFY(info.channels[1].name.isEmpty());
        QCOMPARE(*info.channels[1].exposureS, 0.005);
        QCOMPARE(info.channels[1].detectorRef, u"Detector:0:0"_s);
        QCOMPARE(result->instruments.first().detectors.first().model, u"DFC9000 GT"_s);
        QVERIFY(info.channels[0].acquisitionMode.isEmpty());
    }

    // Planes that are not X × Y: the second dimension listed is OMERO's Y.
    void scansAlongZOrTimeTakeTheirSecondDimensionAsY()
    {
        const auto image = [](const QString &dimensions) {
            return uR"(<Image><ImageDescription><Channels>%1</Channels><Dimensions>%2</Dimensions></ImageDescription></Image>)"_s.arg(
                channelXml(8, u"Gray"_s, 0), dimensions);
        };
        // A line scan repeated 500 times, then 3 Z positions.
        const QString lineScan = image(dimensionXml(1, 512, u"5.11e-5"_s, u"m"_s, 1) + dimensionXml(4, 500, u"2.495"_s, u"s"_s, 512)
                                       + dimensionXml(3, 3, u"2e-6"_s, u"m"_s, 512 * 500));
        // X × Z planes stacked along Y.
        const QString xzy = image(dimensionXml(1, 100, u"9.9e-6"_s, u"m"_s, 1) + dimensionXml(3, 40, u"7.8e-6"_s, u"m"_s, 100)
                                  + dimensionXml(2, 7, u"3e-6"_s, u"m"_s, 4000));
        const Result<FileMetadata> result =
            readBytes(LifBuilder{header(element(u"scans"_s, {}, element(u"line"_s, lineScan) + element(u"xzy"_s, xzy)))}.build());
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->images.size(), 2);

        const PixelsInfo &line = result->images[0].pixels;
        QCOMPARE(line.sizeX, 512);
        QCOMPARE(line.sizeY, 500);
        QCOMPARE(line.sizeZ, 3);
        QCOMPARE(line.sizeT, 1);
        QVERIFY(qAbs(*line.physicalSizeXUm - 0.1) < 1e-9);
        QVERIFY(!line.physicalSizeYUm); // seconds are no pixel size
        QVERIFY(qAbs(*line.physicalSizeZUm - 1.0) < 1e-9);
        QVERIFY(!line.timeIncrementS); // the time axis became Y
        QCOMPARE(line.dimensionOrder, u"XYZCT"_s);

        const PixelsInfo &stack = result->images[1].pixels;
        QCOMPARE(stack.sizeY, 40);
        QCOMPARE(stack.sizeZ, 7);
        QVERIFY(qAbs(*stack.physicalSizeYUm - 0.2) < 1e-9);
        QVERIFY(qAbs(*stack.physicalSizeZUm - 0.5) < 1e-9);
        QCOMPARE(stack.dimensionOrder, u"XYZCT"_s);
    }

    void brokenFilesGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray good = LifBuilder{nestedProject()}.build();
        for (const qsizetype cut : std::initializer_list<qsizetype>{0, 4, 9, 12, 13, 100, 2000, good.size() - 40})
            QTest::addRow("cut at %d", int(cut)) << good.left(cut) << (cut < 13 ? u"too short"_s : u"cut short"_s);
        LifBuilder builder{nestedProject()};
        builder.characters = builder.xml.size() * 4;
        QTest::newRow("N larger than the block") << builder.build() << u"impossible length"_s;
        builder.blockLength = 2'000'000'000;
        builder.characters = 900'000'000;
        QTest::newRow("N past the end") << builder.build() << u"cut short"_s;
        builder = LifBuilder{nestedProject()};
        builder.characters = -3;
        QTest::newRow("negative N") << builder.build() << u"impossible length"_s;
        builder = LifBuilder{nestedProject()};
        builder.characters = 0;
        QTest::newRow("no XML") << builder.build() << u"impossible length"_s;
        builder = LifBuilder{nestedProject()};
        builder.magic = 0x71;
        QTest::newRow("wrong magic") << builder.build() << u"not a Leica LIF"_s;

        QByteArray garbage = LifBuilder{u"<"_s + QString(300, QChar(0xD800))}.build();
        QTest::newRow("unpaired surrogates") << garbage << u"not readable XML"_s;
        QByteArray latin = LifBuilder{nestedProject()}.build();
        latin.replace(13, 200, QByteArray(200, 'A'));
        QTest::newRow("not UTF-16") << latin << u"not readable XML"_s;
        QTest::newRow("wrong root") << LifBuilder{u"<ImageDocument />"_s}.build() << u"LMSDataContainerHeader"_s;
    }
    void brokenFilesGiveClearErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const Result<FileMetadata> result = readBytes(bytes, u"broken.lif"_s);
        QVERIFY(!result);
        QVERIFY2(result.error().startsWith(u"broken.lif: "_s), qPrintable(result.error()));
        QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
    }

    void hugeHeaderIsRefusedBeforeReading()
    {
        LifBuilder big{nestedProject() + QString(100'000, u' ')};
        auto bigSource = ByteSource::fromBytes(big.build(), u"big.lif"_s, 1'000);
        QVERIFY(bigSource->open());
        const Result<FileMetadata> result = LifReader().read(*bigSource);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"MiB"_s), qPrintable(result.error()));
        QCOMPARE(bigSource->bytesRead(), bigSource->head().size());
    }

    void deepFoldersAreBounded()
    {
        QString project = element(u"leaf"_s, uR"(<Image><ImageDescription><Dimensions>%1</Dimensions></ImageDescription></Image>)"_s.arg(
                                                 dimensionXml(1, 4, u"1e-6"_s, u"m"_s, 1)));
        for (int i = 0; i < 5'000; ++i)
            project = uR"(<Element Name="f"><Data /><Children>)"_s + project + u"</Children></Element>"_s;
        const Result<FileMetadata> result = readBytes(LifBuilder{header(project)}.build());
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QVERIFY(result->images.isEmpty());
        QVERIFY(
            std::any_of(result->warnings.begin(), result->warnings.end(), [](const QString &w) { return w.contains(u"levels deep"_s); }));
    }

    void manyImagesShareTheKeyBound()
    {
        QString images;
        for (int i = 0; i < 400; ++i)
            images += element(u"image %1"_s.arg(i), sequentialImage());
        const Result<FileMetadata> result = readBytes(LifBuilder{header(element(u"Project"_s, {}, images))}.build());
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->images.size(), 400);
        qsizetype pairs = result->originalMetadata.size();
        for (const ImageInfo &image : result->images)
            pairs += image.originalMetadata.size();
        QVERIFY(pairs <= 20'000);
        QCOMPARE(result->images.last().name, u"image 399"_s);
        QCOMPARE(originalValue(result->images.last().originalMetadata, u"Element|Name"_s), u"image 399"_s);
    }

    // Fuzzing seeds in tests/data/images/lif, written by this test when
    // METAFILL_WRITE_SEEDS is set; otherwise the committed ones are read.
    void seeds()
    {
        const QDir dir(TestPaths::data(u"images/lif"_s));
        const QList<SeedFile> seeds = {
            {u"nested-sequential.lif"_s, LifBuilder{nestedProject()}.build()},
        };
        QVERIFY(writeSeedsIfAsked("METAFILL_WRITE_SEEDS", dir, seeds));
        for (const SeedFile &seed : seeds) {
            const Result<FileMetadata> result = readSeed(dir.filePath(seed.first));
            QVERIFY2(result, qPrintable(result ? QString() : result.error()));
            QCOMPARE(result->format, u"lif"_s);
            QCOMPARE(result->images.size(), 2);
        }
    }

    // LIF headers larger than any reader may hold as a tree (a project of
    // thousands of tile-scan images): whatever the file claims, reading adds
    // less than 64 MiB of heap. The largest header that is still read is
    // read; larger ones are refused with a message that names the file,
    // before reading (50 MiB) or once the text shows how large its tree would
    // be (24 MiB).
    void hugeHeaderStaysWithinTheMemoryBound_data()
    {
        QTest::addColumn<qint64>("headerBytes");
        QTest::addColumn<bool>("read");
        QTest::newRow("largest read") << qint64(-1) << true;
        QTest::newRow("24 MiB, refused after reading") << qint64(24) * 1024 * 1024 << false;
        QTest::newRow("50 MiB, refused before reading") << qint64(50) * 1024 * 1024 << false;
    }

    void hugeHeaderStaysWithinTheMemoryBound()
    {
        QFETCH(qint64, headerBytes);
        QFETCH(bool, read);
        if (!CountingHeap::available())
            QSKIP("The heap is not counted in this build (sanitizer).");
        const QString image = sequentialImage();
        const auto tile = [&](int i) { return element(u"Tile %1"_s.arg(i), image); };
        if (headerBytes < 0) {
            // As many images as a tree within the bound can hold, less 2% for the rest of the header.
            const QString one = tile(100'000);
            const QByteArrayView utf16(reinterpret_cast<const char *>(one.utf16()), one.size() * 2);
            headerBytes =
                VendorXml::MaxParseBytes / VendorXml::parseBytes(utf16, VendorXml::TextEncoding::Utf16Le) * 98 / 100 * utf16.size();
        }
        QString images;
        images.reserve(headerBytes / 2 + 1024);
        for (int i = 0; images.size() * 2 < headerBytes; ++i)
            images += tile(i);
        const QByteArray file = LifBuilder{header(element(u"Project"_s, {}, images))}.build();
        images = QString();

        std::optional<Result<FileMetadata>> result;
        const long long peak = CountingHeap::peakOf([&] { result.emplace(readBytes(file, u"huge.lif"_s)); });
        QVERIFY2(peak < 64LL * 1024 * 1024, qPrintable(u"%1 MiB"_s.arg(double(peak) / (1024 * 1024), 0, 'f', 1)));
        if (read) {
            QVERIFY2(*result, qPrintable(*result ? QString() : result->error()));
            QVERIFY((*result)->images.size() > 1'000);
        } else {
            QVERIFY(!*result);
            QVERIFY2(result->error().contains(u"huge.lif"_s) && result->error().contains(u"too large"_s), qPrintable(result->error()));
        }
    }
};

QTEST_GUILESS_MAIN(TestLifReader)
#include "TestLifReader.moc"
