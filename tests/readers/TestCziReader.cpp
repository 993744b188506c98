#include "CountingHeap.h"
#include "MetadataReader.h"
#include "ReaderTestSupport.h"
#include "TestPaths.h"
#include "formats/CziMetadataXml.h"
#include "formats/CziReader.h"
#include "io/ByteSource.h"
#include "model/InspectJson.h"
#include "ome/OmeXmlWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
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

QByteArray le64(qint64 value)
{
    QByteArray bytes(8, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

QByteArray segmentId(const char *id)
{
    QByteArray bytes(id);
    bytes.resize(16, '\0');
    return bytes;
}

// A CZI file as ZEN lays one out, without subblocks or attachments: the
// 512-byte file header segment, then the metadata segment with `xml`. The
// numbers a damaged file gets wrong can be set.
struct CziBuilder
{
    explicit CziBuilder(QByteArray xmlText) : xml(std::move(xmlText)) {}

    QByteArray xml;
    qint32 filePart = 0;
    std::optional<qint64> metadataPosition; // default: right after the header
    std::optional<qint32> xmlSize;          // default: xml.size()
    std::optional<qint64> usedSize;         // default: 256 + xml.size()
    QByteArray metadataId = "ZISRAWMETADATA";
    qint32 updatePending = 0;

    QByteArray build() const
    {
        constexpr qint64 headerAllocated = 512 - 32;
        QByteArray file = segmentId("ZISRAWFILE") + le64(headerAllocated) + le64(80);
        file += le32(1) + le32(0) + le32(0) + le32(0);
        file += QByteArray::fromHex("00112233445566778899aabbccddeeff"); // PrimaryFileGuid
        file += QByteArray::fromHex("ffeeddccbbaa99887766554433221100"); // FileGuid
        file += le32(filePart);
        file += le64(0); // SubBlockDirectoryPosition
        file += le64(metadataPosition.value_or(512));
        file += le32(updatePending);
        file += le64(0); // AttachmentDirectoryPosition
        file.resize(512, '\0');

        const qint64 used = usedSize.value_or(256 + xml.size());
        file += segmentId(metadataId.constData()) + le64((used + 31) / 32 * 32) + le64(used);
        file += le32(xmlSize.value_or(qint32(xml.size()))) + le32(0);
        file += QByteArray(248, '\0');
        file += xml;
        file.resize((file.size() + 31) / 32 * 32, '\0');
        return file;
    }
};

QByteArray document(const QByteArray &information, const QByteArray &rest = {})
{
    return "<?xml version=\"1.0\"?>\n<ImageDocument><Metadata>" + rest + "<Information>" + information +
           "</Information></Metadata></ImageDocument>";
}

// Three scenes of a two-channel widefield acquisition, as ZEN writes a
// multi-position experiment: one instrument, scaling, scene names and positions.
QByteArray multiSceneInformation()
{
    return R"(
<Application><Name>ZEN 3.4 (blue edition)</Name><Version>3.4.91.00000</Version></Application>
<Image>
  <SizeX>512</SizeX><SizeY>256</SizeY><SizeC>2</SizeC><SizeS>3</SizeS>
  <PixelType>Gray16</PixelType><ComponentBitCount>14</ComponentBitCount>
  <AcquisitionDateAndTime>2021-06-01T09:15:02.1234567Z</AcquisitionDateAndTime>
  <ObjectiveSettings><ObjectiveRef Id="Objective:1" /><Medium>Oil</Medium><RefractiveIndex>1.518</RefractiveIndex></ObjectiveSettings>
  <Dimensions>
    <Channels>
      <Channel Id="Channel:0" Name="DAPI">
        <Fluor>DAPI</Fluor><ExcitationWavelength>353</ExcitationWavelength><EmissionWavelength>465</EmissionWavelength>
        <ExposureTime>25000000</ExposureTime><IlluminationType>Epifluorescence</IlluminationType>
        <ContrastMethod>Fluorescence</ContrastMethod><AcquisitionMode>WideField</AcquisitionMode><Color>#FF0000FF</Color>
        <DetectorSettings><Detector Id="Detector:Axiocam 705" /><Gain>2</Gain></DetectorSettings>
        <LightSourcesSettings><LightSourceSettings><LightSource Id="LightSource:1" /><Wavelength>385</Wavelength><Attenuation>0.25</Attenuation></LightSourceSettings></LightSourcesSettings>
      </Channel>
      <Channel Id="Channel:1" Name="Bright">
        <ExposureTime>1000000</ExposureTime><IlluminationType>Transmitted</IlluminationType>
        <ContrastMethod>Brightfield</ContrastMethod><AcquisitionMode>Airyscan</AcquisitionMode>
      </Channel>
    </Channels>
    <S><Scenes>
      <Scene Index="0" Name="Well A1"><CenterPosition>100.5,200.25</CenterPosition></Scene>
      <Scene Index="1" Name="Well A2"><CenterPosition>9100.5,200.25</CenterPosition></Scene>
      <Scene Index="2" Name="Well A3"><CenterPosition>18100.5,200.25</CenterPosition></Scene>
    </Scenes></S>
  </Dimensions>
</Image>
<Instrument>
  <Microscopes><Microscope Id="Microscope:1" Name="Axio Observer.Z1 / 7"><Type>Inverted</Type></Microscope></Microscopes>
  <LightSources><LightSource Id="LightSource:1" Name="Colibri 7 385"><Power>120</Power><LightSourceType><LightEmittingDiode /></LightSourceType></LightSource></LightSources>
  <Detectors><Detector Id="Detector:Axiocam 705" Name="Axiocam 705"><Manufacturer><Manufacturer>Zeiss</Manufacturer><Model>Axiocam 705 mono</Model></Manufacturer><Type>CMOS</Type></Detector></Detectors>
  <Objectives>
    <Objective Id="Objective:1" Name="Plan-Apochromat 63x/1.40 Oil DIC M27"><LensNA>1.4</LensNA><NominalMagnification>63</NominalMagnification><Immersion>Oil</Immersion><WorkingDistance>190</WorkingDistance></Objective>
    <Objective Id="Objective:2" Name="EC Plan-Neofluar 10x/0.30 M27" />
  </Objectives>
  <Filters><Filter Id="Filter:1"><Manufacturer><Model>BP 425/30</Model></Manufacturer><Type>BandPass</Type><TransmittanceRange><CutIn>410</CutIn><CutOut>440</CutOut></TransmittanceRange></Filter></Filters>
</Instrument>
)";
}

// Software state (left out of the keys) and Scaling, before Information as in ZEN's files.
QByteArray multiSceneRest()
{
    return R"(<Experiment><ExperimentBlocks><AcquisitionBlock><Secret>not original metadata</Secret></AcquisitionBlock></ExperimentBlocks></Experiment>
<HardwareSetting><ParameterCollection Id="MTBFocus"><Position>1.0</Position></ParameterCollection></HardwareSetting>
<Scaling><Items>
  <Distance Id="X"><Value>1.0833333333333333E-07</Value><DefaultUnitFormat>µm</DefaultUnitFormat></Distance>
  <Distance Id="Y"><Value>1.0833333333333333E-07</Value></Distance>
</Items></Scaling>)";
}

QByteArray multiSceneXml()
{
    return document(multiSceneInformation(), multiSceneRest());
}

Result<FileMetadata> readBytes(const QByteArray &bytes, const QString &name = u"test.czi"_s)
{
    return readBytesAs(bytes, name, u"czi"_s);
}

// An entry of ZEN's software state, as the Experiment block repeats them.
QByteArray acquisitionBlock(int i)
{
    return "<AcquisitionBlock Id=\"Block:" + QByteArray::number(i) +
           "\"><Enabled>true</Enabled><Position X=\"12.5\" Y=\"-3.25\"/><Focus>101.75</Focus></AcquisitionBlock>";
}

QByteArray experimentOf(qint64 bytes)
{
    QByteArray experiment = "<Experiment><ExperimentBlocks>";
    experiment.reserve(bytes + 1024);
    for (int i = 0; experiment.size() < bytes; ++i)
        experiment += acquisitionBlock(i);
    return experiment + "</ExperimentBlocks></Experiment>";
}

// A CZI file's metadata document read as CziReader reads it (its range from
// the file header and the segment's), by the given method.
Result<FileMetadata> readMetadataAs(ByteSource &source, CziMetadataXml::Method method)
{
    const qint64 position = qFromLittleEndian<qint64>(source.head().constData() + 92);
    const Result<QByteArray> segment = source.read(position, CziReader::SegmentHeaderSize + CziReader::MetadataDataHeaderSize);
    if (!segment)
        return Result<FileMetadata>::failure(segment.error());
    const qint32 xmlSize = qFromLittleEndian<qint32>(segment->constData() + CziReader::SegmentHeaderSize);
    FileMetadata metadata;
    metadata.path = source.path();
    metadata.format = u"czi"_s;
    const KeyValueList containerKeys{{u"ZISRAWFILE|Version"_s, u"1.0"_s}};
    const qint64 xmlPosition = position + CziReader::SegmentHeaderSize + CziReader::MetadataDataHeaderSize;
    if (Status read = CziMetadataXml::read(source, xmlPosition, xmlSize, metadata, containerKeys, method); !read)
        return Result<FileMetadata>::failure(read.error());
    return metadata;
}

Result<FileMetadata> readMetadataAs(const QByteArray &file, CziMetadataXml::Method method, const QString &name = u"test.czi"_s)
{
    auto source = ByteSource::fromBytes(file, name);
    if (Status opened = source->open(); !opened)
        return Result<FileMetadata>::failure(opened.error());
    return readMetadataAs(*source, method);
}

// Both ways of reading a file with `xml`: empty when they agree, else both results.
QString disagreement(const QByteArray &xml)
{
    const QByteArray file = CziBuilder{xml}.build();
    const QString tree = describe(readMetadataAs(file, CziMetadataXml::Method::Tree));
    const QString streamed = describe(readMetadataAs(file, CziMetadataXml::Method::Streaming));
    return tree == streamed ? QString() : u"tree:\n"_s + tree + u"\n--- streamed:\n"_s + streamed;
}

// What pugixml reads and what it skips, around and inside the parts of a ZEN document.
QByteArray markupEverywhere()
{
    return "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!DOCTYPE ImageDocument [ <!ENTITY e \"x\"> <!-- c --> ]>\n<!-- top -->"
           "<Other><Metadata><Information><Image><SizeX>99</SizeX></Image></Information></Metadata></Other>text at the top"
           "<ImageDocument Version=\"1.2\">text<Metadata><!-- a comment --><?pi x?>text"
           "<Experiment><Information><Image><SizeX>98</SizeX></Image></Information></Experiment>"
           "<Information><Image><SizeX><![CDATA[12]]></SizeX><SizeY> 7 </SizeY><Description>a &amp; b &#x41;&#10;c</Description>"
           "<Dimensions><Channels><Channel Id=\"Channel:0\" Name=\"&lt;DAPI&gt;\"><Fluor>DA<!-- split -->PI</Fluor></Channel></Channels>"
           "</Dimensions></Image><Document><Name>Plate &#x1F52C;</Name></Document></Information>"
           "<Information><Image><SizeX>97</SizeX></Image></Information>"
           "<Layers><Layer Name=\"annotations\" /></Layers><Scaling><Items><Distance "
           "Id=\"X\"><Value>2E-07</Value></Distance></Items></Scaling>"
           "<DisplaySetting><Channels><Channel Id=\"Channel:0\"><Color>#FF0000FF</Color></Channel></Channels></DisplaySetting>"
           "<HardwareSetting><Secret /></HardwareSetting>"
           "</Metadata><Metadata><Information><Image><SizeX>96</SizeX></Image></Information></Metadata></ImageDocument>"
           "<ImageDocument><Metadata><Information><Image><SizeX>95</SizeX></Image></Information></Metadata></ImageDocument>\n";
}

} // namespace

class TestCziReader : public QObject
{
    Q_OBJECT

private slots:
    void recognizesOnlyCzi()
    {
        const CziReader reader;
        QCOMPARE(reader.format(), u"czi"_s);
        const QByteArray file = CziBuilder{document("<Image><SizeX>1</SizeX></Image>")}.build();
        QVERIFY(reader.recognizes(u"a.czi"_s, file));
        QVERIFY(!reader.recognizes(u"a.czi"_s, "II*\0"));
        QVERIFY(!reader.recognizes(u"a.czi"_s, {}));
    }

    // MANIFEST #10: ZEN 3.1, Lattice Lightsheet 7, a PSF stack.
    void latticeLightsheetSample()
    {
        const QString path = TestPaths::samples(u"czi/488_PSF.czi"_s);
        SKIP_UNLESS_SAMPLE_EXISTS(path);
        ByteSource source(path);
        QVERIFY(source.open());
        const CziReader reader;
        QVERIFY(reader.recognizes(path, source.head()));
        const Result<FileMetadata> result = reader.read(source);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        const FileMetadata &m = *result;
        QCOMPARE(m.format, u"czi"_s);
        QVERIFY2(m.warnings.isEmpty(), qPrintable(m.warnings.join(u'\n')));
        // Only the file's first bytes, the metadata segment's headers (32 + 256
        // bytes) and its 336,092-byte XML are read.
        constexpr qint64 xmlSize = 336'092;
        constexpr qint64 segmentHeaders = 32 + 256;
        QVERIFY2(source.bytesRead() <= ByteSource::HeadSize + segmentHeaders + xmlSize, qPrintable(QString::number(source.bytesRead())));

        QCOMPARE(m.images.size(), 1);
        const ImageInfo &image = m.images.first();
        QCOMPARE(image.id, u"Image:0"_s);
        QCOMPARE(image.acquisitionDate, u"2020-03-02T06:48:39.178Z"_s);
        QCOMPARE(image.pixels.sizeX, 14);
        QCOMPARE(image.pixels.sizeY, 12);
        QCOMPARE(image.pixels.sizeZ, 40);
        QCOMPARE(image.pixels.sizeC, 1);
        QCOMPARE(image.pixels.sizeT, 1);
        QCOMPARE(image.pixels.pixelType, u"uint16"_s); // Image/PixelType Gray16 (the channel says Gray32Float)
        QCOMPARE(image.pixels.significantBits, 16);
        QVERIFY(qAbs(*image.pixels.physicalSizeXUm - 0.14499219) < 1e-6);
        QVERIFY(qAbs(*image.pixels.physicalSizeYUm - 0.14499219) < 1e-6);
        QVERIFY(qAbs(*image.pixels.physicalSizeZUm - 0.1) < 1e-9); // Scaling, not Processing/PSF/OriginalScaling (0.2)
        QVERIFY(image.pixels.dimensionOrder.isEmpty());

        QCOMPARE(m.instruments.size(), 1);
        const InstrumentInfo &instrument = m.instruments.first();
        QCOMPARE(image.instrumentRef, instrument.id);
        QCOMPARE(instrument.microscope.model, u"Lattice Lightsheet"_s);
        QCOMPARE(instrument.objectives.size(), 2); // the empty Objective:2 slot is left out
        const ObjectiveInfo *objective = m.objectiveOf(image);
        QVERIFY(objective);
        QCOMPARE(objective->model, u"Objective Observation"_s); // the detection objective, by ObjectiveRef
        QCOMPARE(*objective->nominalMagnification, 44.83);
        QCOMPARE(*objective->lensNA, 1.0);
        QCOMPARE(objective->immersion, u"Water"_s);
        QCOMPARE(*objective->workingDistanceUm, 280.0);
        QCOMPARE(*image.objectiveRefractiveIndex, 1.33);
        QCOMPARE(image.objectiveMedium, u"Water"_s);
        QCOMPARE(instrument.objectives.at(0).model, u"Objective Reflected Light"_s);
        QCOMPARE(*instrument.objectives.at(0).nominalMagnification, 13.3);
        QCOMPARE(*instrument.objectives.at(0).calibratedMagnification, 50.0);

        QCOMPARE(instrument.detectors.size(), 1);
        QCOMPARE(instrument.detectors.first().model, u"LatticeLightsheet"_s);
        QCOMPARE(instrument.lightSources.size(), 3);
        QCOMPARE(instrument.lightSources.first().kind, u"Laser"_s);
        QCOMPARE(*instrument.lightSources.first().powerMw, 10.0);
        QCOMPARE(instrument.filters.size(), 4);
        QCOMPARE(*instrument.filters.first().cutInNm, 404.0);

        QCOMPARE(image.channels.size(), 1);
        const ChannelInfo &channel = image.channels.first();
        QCOMPARE(channel.id, u"Channel:0:0"_s);
        QCOMPARE(channel.name, u"LatticeLightsheet 1-T1"_s);
        QCOMPARE(*channel.excitationNm, 488.0);
        QCOMPARE(*channel.emissionNm, 561.0);
        QCOMPARE(*channel.exposureS, 0.04); // 40,000,000 ns
        QCOMPARE(channel.illuminationType, u"Epifluorescence"_s);
        QCOMPARE(channel.contrastMethod, u"Fluorescence"_s);
        QCOMPARE(channel.acquisitionMode, u"SPIM"_s); // ZEN's "LatticeLightsheet"
        QCOMPARE(channel.detectorRef, instrument.detectors.first().id);
        QCOMPARE(channel.lightSourceRef, instrument.lightSources.first().id);
        QCOMPARE(*channel.lightSourceWavelengthNm, 488.0);
        QCOMPARE(*channel.lightSourceAttenuation, 0.8);
        QCOMPARE(*channel.color, qint32(0x00FFFFFF)); // #FF00FFFF: opaque cyan

        QCOMPARE(originalValue(m.originalMetadata, u"Information|Application|Name"_s), u"ZEN 3.1 (blue edition)"_s);
        QCOMPARE(originalValue(m.originalMetadata, u"Information|Image|SizeZ"_s), u"40"_s);
        QCOMPARE(originalValue(m.originalMetadata, u"Information|Image|Channel|ExposureTime"_s), u"40000000"_s);
        QCOMPARE(originalValue(m.originalMetadata, u"Information|Instrument|Objective|Name #1"_s), u"Objective Reflected Light"_s);
        QCOMPARE(originalValue(m.originalMetadata, u"Information|Instrument|Objective|Name #2"_s), u"Objective Observation"_s);
        QCOMPARE(originalValue(m.originalMetadata, u"ZISRAWFILE|Version"_s), u"1.0"_s);
        QVERIFY(!hasKeyStartingWith(m.originalMetadata, u"Experiment"_s));
        QVERIFY(!hasKeyStartingWith(m.originalMetadata, u"HardwareSetting"_s));

        const QByteArray ome = OmeXmlWriter::toXml(m, 0);
        QVERIFY(ome.contains("NominalMagnification=\"44.83\""));
    }

    void sampleThroughTheRegistry()
    {
        const QString path = TestPaths::samples(u"czi/488_PSF.czi"_s);
        SKIP_UNLESS_SAMPLE_EXISTS(path);
        const MetadataReader reader;
        const Result<FileMetadata> result = reader.read(path);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->format, u"czi"_s);
        QVERIFY(MetadataReader::lastBytesRead() <= ByteSource::HeadSize + 32 + 256 + 336'092);
    }

    void scenesBecomeImages()
    {
        const Result<FileMetadata> result = readBytes(CziBuilder{multiSceneXml()}.build());
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        const FileMetadata &m = *result;
        QVERIFY2(m.warnings.isEmpty(), qPrintable(m.warnings.join(u'\n')));
        QCOMPARE(m.images.size(), 3);
        const QStringList names = {u"Well A1"_s, u"Well A2"_s, u"Well A3"_s};
        for (int s = 0; s < 3; ++s) {
            const ImageInfo &image = m.images[s];
            QCOMPARE(image.id, u"Image:%1"_s.arg(s));
            QCOMPARE(image.name, names[s]);
            QCOMPARE(image.pixels.sizeX, 512);
            QCOMPARE(image.pixels.sizeZ, 1); // absent: 1
            QCOMPARE(image.pixels.sizeT, 1);
            QCOMPARE(image.pixels.sizeC, 2);
            QCOMPARE(image.pixels.significantBits, 14);
            QCOMPARE(image.channels.size(), 2);
            QCOMPARE(image.channels[1].id, u"Channel:%1:1"_s.arg(s));
            QCOMPARE(image.acquisitionDate, u"2021-06-01T09:15:02.123Z"_s);
            QCOMPARE(originalValue(image.originalMetadata, u"Information|Image|S|Scene|Name"_s), names[s]);
        }
        QCOMPARE(originalValue(m.images[1].originalMetadata, u"Information|Image|S|Scene|CenterPosition"_s), u"9100.5,200.25"_s);

        const ImageInfo &image = m.images.first();
        QVERIFY(qAbs(*image.pixels.physicalSizeXUm - 0.108333) < 1e-6);
        QVERIFY(!image.pixels.physicalSizeZUm); // no Distance Z
        const InstrumentInfo &instrument = m.instruments.first();
        QCOMPARE(instrument.microscope.model, u"Axio Observer.Z1 / 7"_s);
        QCOMPARE(instrument.microscope.type, u"Inverted"_s);
        QCOMPARE(instrument.objectives.size(), 2);
        QCOMPARE(*instrument.objectives[1].nominalMagnification, 10.0); // from the name
        QCOMPARE(*instrument.objectives[1].lensNA, 0.3);
        const ObjectiveInfo *objective = m.objectiveOf(image);
        QVERIFY(objective);
        QCOMPARE(objective->immersion, u"Oil"_s);
        QCOMPARE(*objective->workingDistanceUm, 190.0);
        QCOMPARE(image.objectiveMedium, u"Oil"_s);
        QCOMPARE(instrument.lightSources.first().kind, u"LightEmittingDiode"_s);
        QCOMPARE(instrument.lightSources.first().model, u"Colibri 7 385"_s);
        QCOMPARE(instrument.detectors.first().type, u"CMOS"_s);
        QCOMPARE(instrument.detectors.first().manufacturer, u"Zeiss"_s);
        QCOMPARE(instrument.detectors.first().model, u"Axiocam 705 mono"_s);
        QCOMPARE(instrument.filters.first().type, u"BandPass"_s);

        const ChannelInfo &dapi = image.channels[0];
        QCOMPARE(dapi.fluor, u"DAPI"_s);
        QCOMPARE(*dapi.exposureS, 0.025);
        QCOMPARE(dapi.detectorRef, u"Detector:0:0"_s);
        QCOMPARE(*dapi.detectorGain, 2.0);
        QCOMPARE(dapi.lightSourceRef, u"LightSource:0:0"_s);
        QCOMPARE(*dapi.lightSourceWavelengthNm, 385.0);
        QCOMPARE(*dapi.color, qint32(0x0000FFFF)); // #FF0000FF: opaque blue
        const ChannelInfo &bright = image.channels[1];
        QCOMPARE(bright.illuminationType, u"Transmitted"_s);
        QCOMPARE(bright.contrastMethod, u"Brightfield"_s);
        QCOMPARE(bright.acquisitionMode, u"Other"_s); // "Airyscan" is no OME mode
        QVERIFY(!bright.excitationNm);
        QVERIFY(bright.detectorRef.isEmpty());

        // Bio-Formats' keys, repeated ones numbered; the software state is left out.
        QCOMPARE(originalValue(m.originalMetadata, u"Information|Image|Channel|Name #1"_s), u"DAPI"_s);
        QCOMPARE(originalValue(m.originalMetadata, u"Information|Image|Channel|Name #2"_s), u"Bright"_s);
        QCOMPARE(originalValue(m.originalMetadata, u"Information|Image|RefractiveIndex"_s), u"1.518"_s); // ObjectiveSettings ends in "s"
        QCOMPARE(originalValue(m.originalMetadata, u"Scaling|Distance|Id #1"_s), u"X"_s);
        QVERIFY(!hasKeyStartingWith(m.originalMetadata, u"Experiment"_s));
        QVERIFY(!hasKeyStartingWith(m.originalMetadata, u"HardwareSetting"_s));
    }

    void missingValuesStayUnknown()
    {
        const Result<FileMetadata> result = readBytes(CziBuilder{document("<Image><SizeX>10</SizeX></Image>")}.build());
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->images.size(), 1);
        const ImageInfo &image = result->images.first();
        QCOMPARE(image.pixels.sizeX, 10);
        QVERIFY(!image.pixels.sizeY);       // not said, and not a dimension ZEN leaves out
        QCOMPARE(image.pixels.sizeC, 1);    // absent: 1
        QCOMPARE(image.channels.size(), 1); // an empty channel, for SizeC 1
        QVERIFY(image.channels.first().name.isEmpty());
        QVERIFY(!image.channels.first().exposureS);
        QVERIFY(image.pixels.pixelType.isEmpty());
        QVERIFY(!image.pixels.physicalSizeXUm);
        QVERIFY(!image.pixels.significantBits);
        QVERIFY(image.acquisitionDate.isEmpty());
        QVERIFY(image.objectiveRef.isEmpty());
        QVERIFY(image.instrumentRef.isEmpty());
        QVERIFY(result->instruments.isEmpty());
        QVERIFY(!image.objectiveRefractiveIndex);
    }

    void unreadableSizesStayUnknown()
    {
        const Result<FileMetadata> result = readBytes(
            CziBuilder{document("<Image><SizeX>-5</SizeX><SizeZ>many</SizeZ><SizeT>0</SizeT><PixelType>Gray99</PixelType></Image>")}
                .build());
        QVERIFY(result);
        const PixelsInfo &pixels = result->images.first().pixels;
        QVERIFY(!pixels.sizeX);
        QVERIFY(!pixels.sizeZ); // present but unreadable: unknown, not 1
        QVERIFY(!pixels.sizeT);
        QVERIFY(pixels.pixelType.isEmpty());
    }

    void rgbPixels()
    {
        const Result<FileMetadata> result =
            readBytes(CziBuilder{document("<Image><SizeX>8</SizeX><SizeY>8</SizeY><PixelType>Bgr24</PixelType>"
                                          "<Dimensions><Channels><Channel Id=\"Channel:0\" Name=\"TL\" /></Channels></Dimensions></Image>")}
                          .build());
        QVERIFY(result);
        const ImageInfo &image = result->images.first();
        QCOMPARE(image.pixels.pixelType, u"uint8"_s);
        QCOMPARE(image.pixels.sizeC, 3); // OME counts samples
        QCOMPARE(image.channels.size(), 1);
        QCOMPARE(image.channels.first().samplesPerPixel, 3);
    }

    void sizeSWithoutSceneList()
    {
        const Result<FileMetadata> result = readBytes(CziBuilder{document("<Image><SizeS>2</SizeS><SizeM>4</SizeM></Image>"
                                                                          "<Document><Name>Plate 1</Name></Document>")}
                                                          .build());
        QVERIFY(result);
        QCOMPARE(result->images.size(), 2);
        QVERIFY(result->images[0].name.isEmpty()); // no scene names; "Plate 1" names the document, not a scene
        QCOMPARE(originalValue(result->originalMetadata, u"Information|Image|SizeM"_s), u"4"_s);

        const Result<FileMetadata> single = readBytes(CziBuilder{document("<Document><Name>Plate 1</Name></Document>")}.build());
        QVERIFY(single);
        QCOMPARE(single->images.first().name, u"Plate 1"_s);
    }

    void updatePendingWarns()
    {
        CziBuilder builder{document("<Image><SizeX>4</SizeX></Image>")};
        builder.updatePending = 1;
        const Result<FileMetadata> result = readBytes(builder.build());
        QVERIFY(result);
        QCOMPARE(result->warnings.size(), 1);
    }

    void multiPartFileSaysWhereTheMetadataIs()
    {
        CziBuilder builder{document("<Image />")};
        builder.filePart = 1;
        builder.metadataPosition = 0;
        const Result<FileMetadata> result = readBytes(builder.build(), u"scan(1).czi"_s);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"part 1"_s) && result.error().contains(u"first"_s), qPrintable(result.error()));
        QVERIFY(result.error().startsWith(u"scan(1).czi: "_s));
    }

    void brokenFilesGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray good = CziBuilder{multiSceneXml()}.build();
        for (const qsizetype cut : {0, 10, 50, 111, 512, 530, 700, 800, 1500}) {
            QTest::addRow("cut at %d", int(cut)) << good.left(cut) << (cut < 10 ? u"not a Zeiss CZI"_s : u"cut short"_s);
        }
        CziBuilder builder{multiSceneXml()};
        builder.metadataPosition = qint64(1) << 40;
        QTest::newRow("metadata past the end") << builder.build() << u"past the end"_s;
        builder = CziBuilder{multiSceneXml()};
        builder.metadataPosition = -512;
        QTest::newRow("negative metadata position") << builder.build() << u"no metadata segment"_s;
        builder = CziBuilder{multiSceneXml()};
        builder.xmlSize = 2'000'000'000;
        builder.usedSize = 2'100'000'000;
        QTest::newRow("xml past the end") << builder.build() << u"runs past the end"_s;
        builder = CziBuilder{multiSceneXml()};
        builder.usedSize = 300;
        QTest::newRow("xml longer than its segment") << builder.build() << u"impossible XML length"_s;
        builder = CziBuilder{multiSceneXml()};
        builder.xmlSize = -4;
        QTest::newRow("negative xml size") << builder.build() << u"impossible XML length"_s;
        builder = CziBuilder{multiSceneXml()};
        builder.metadataId = "ZISRAWSUBBLOCK";
        QTest::newRow("wrong segment") << builder.build() << u"ZISRAWSUBBLOCK"_s;
        QTest::newRow("not xml") << CziBuilder{"\x01\x02 not <xml"}.build() << u"not readable XML"_s;
        QTest::newRow("wrong root") << CziBuilder{"<OME><Image/></OME>"}.build() << u"not a ZEN ImageDocument"_s;
        QTest::newRow("other format") << QByteArray("II*\0\x08\0\0\0", 8) << u"not a Zeiss CZI"_s;
    }
    void brokenFilesGiveClearErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const Result<FileMetadata> result = readBytes(bytes, u"broken.czi"_s);
        QVERIFY(!result);
        QVERIFY2(result.error().startsWith(u"broken.czi: "_s), qPrintable(result.error()));
        QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
    }

    void budgetIsChecked()
    {
        // 1,000 bytes of budget: the XML does not fit.
        auto source = ByteSource::fromBytes(CziBuilder{multiSceneXml() + QByteArray(70'000, ' ')}.build(), u"big.czi"_s, 1'000);
        QVERIFY(source->open());
        const Result<FileMetadata> result = CziReader().read(*source);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"MiB"_s), qPrintable(result.error()));
    }

    void deepNestingIsBounded()
    {
        QByteArray deep;
        for (int i = 0; i < 50'000; ++i)
            deep += "<Level>";
        deep += "x";
        for (int i = 0; i < 50'000; ++i)
            deep += "</Level>";
        const Result<FileMetadata> result = readBytes(CziBuilder{document("<Image><SizeX>3</SizeX></Image>" + deep)}.build());
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->images.first().pixels.sizeX, 3);
        QVERIFY(
            std::any_of(result->warnings.begin(), result->warnings.end(), [](const QString &w) { return w.contains(u"levels deep"_s); }));
    }

    void absurdSceneCountIsCapped()
    {
        const Result<FileMetadata> result = readBytes(CziBuilder{document("<Image><SizeS>99999999</SizeS></Image>")}.build());
        QVERIFY(result);
        QCOMPARE(result->images.size(), 10'000);
        QCOMPARE(result->warnings.size(), 1);
    }

    // Each scene repeats the channels: 60 bytes must not claim ten million channel records.
    void scenesTimesChannelsAreCapped()
    {
        std::optional<Result<FileMetadata>> result;
        const long long peak = CountingHeap::peakOf(
            [&] { result.emplace(readBytes(CziBuilder{document("<Image><SizeS>10000</SizeS><SizeC>1024</SizeC></Image>")}.build())); });
        QVERIFY(*result);
        const FileMetadata &m = result->value();
        QCOMPARE(m.images.size(), CziMetadataXml::MaxChannelRecords / 1'024);
        QCOMPARE(m.images.last().channels.size(), 1'024);
        QCOMPARE(m.warnings.size(), 1);
        QVERIFY2(m.warnings.first().contains(u"10000 scenes"_s), qPrintable(m.warnings.first()));
        if (peak >= 0)
            QVERIFY2(peak < 64LL * 1024 * 1024, qPrintable(u"%1 MiB"_s.arg(double(peak) / (1024 * 1024), 0, 'f', 1)));
    }

    void manyKeysAreBounded()
    {
        QByteArray many;
        for (int i = 0; i < 25'000; ++i)
            many += "<Item>" + QByteArray::number(i) + "</Item>";
        const Result<FileMetadata> result =
            readBytes(CziBuilder{document("<Image><SizeX>3</SizeX></Image><Things>" + many + "</Things>")}.build());
        QVERIFY(result);
        QVERIFY(result->originalMetadata.size() <= 20'000);
        // One warning counts every pair left out, by the collector's cap or the file's budget.
        QCOMPARE(result->warnings.size(), 1);
        // 25,000 items, SizeX and the container's 3 facts (version, part, GUID).
        const qsizetype offered = 25'000 + 1 + 3;
        const qsizetype kept = result->originalMetadata.size();
        QVERIFY2(result->warnings.first().contains(u" %1 further key/value pairs"_s.arg(offered - kept)), qPrintable(result->warnings.first()));
        QCOMPARE(originalValue(result->originalMetadata, u"Information|Image|SizeX"_s), u"3"_s);
    }

    // The tree parse (documents up to 1 MiB) and the stream (larger ones)
    // give the same result whatever a document holds: the same elements count
    // (the first ImageDocument, its first Metadata, Information wherever it
    // stands), the same keys in the same order, the same errors.
    void treeAndStreamAgree_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("multi-scene") << multiSceneXml();
        QTest::newRow("information last") << document(multiSceneInformation(), multiSceneRest() + experimentOf(20'000));
        QTest::newRow("minimal") << document("<Image><SizeX>10</SizeX><SizeY>4</SizeY><PixelType>Gray8</PixelType></Image>");
        QTest::newRow("missing values") << document("<Image><SizeX>10</SizeX></Image>");
        QTest::newRow("unreadable sizes") << document("<Image><SizeX>-5</SizeX><SizeZ>many</SizeZ><SizeT>0</SizeT></Image>");
        QTest::newRow("scenes without names") << document(
            "<Image><SizeS>2</SizeS><SizeM>4</SizeM></Image><Document><Name>P</Name></Document>");
        QTest::newRow("absurd scene count") << document("<Image><SizeS>99999999</SizeS></Image>");
        QTest::newRow("markup everywhere") << markupEverywhere();
        QTest::newRow("software state only") << document({}, experimentOf(5'000) + "<Layers />");
        QTest::newRow("no information") << QByteArray("<ImageDocument><Metadata><Scaling /></Metadata></ImageDocument>");
        QTest::newRow("empty metadata") << QByteArray("<ImageDocument><Metadata/></ImageDocument>");
        QByteArray deep;
        for (int i = 0; i < 5'000; ++i)
            deep += "<Level>";
        deep += "x";
        for (int i = 0; i < 5'000; ++i)
            deep += "</Level>";
        QTest::newRow("deep nesting") << document("<Image><SizeX>3</SizeX></Image>" + deep);
        QByteArray many;
        for (int i = 0; i < 25'000; ++i)
            many += "<Item>" + QByteArray::number(i) + "</Item>";
        QTest::newRow("many keys") << document("<Image><SizeX>3</SizeX></Image><Things>" + many + "</Things>");
        QTest::newRow("no metadata") << QByteArray("<ImageDocument><Information /></ImageDocument>");
        QTest::newRow("metadata outside the document") << QByteArray("<Metadata><Information /></Metadata>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blanks") << QByteArray(" \n\t ");
        QTest::newRow("not xml") << QByteArray("\x01\x02 not <xml");
        QTest::newRow("unclosed") << QByteArray("<ImageDocument><Metadata><Information>");
        QTest::newRow("stray <") << QByteArray("<ImageDocument><Metadata/></ImageDocument><");
        QTest::newRow("NUL inside") << QByteArray("<ImageDocument><Metadata>\0</Metadata></ImageDocument>", 53);
    }
    void treeAndStreamAgree()
    {
        QFETCH(QByteArray, xml);
        const QString difference = disagreement(xml);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // Cut at every byte and damaged at random (a fixed seed): the same model or the same error either way.
    void treeAndStreamAgreeOnDamagedDocuments()
    {
        const QByteArray xml = markupEverywhere() + multiSceneXml();
        for (qsizetype cut = 0; cut < xml.size(); ++cut) {
            const QString difference = disagreement(xml.left(cut));
            QVERIFY2(difference.isEmpty(), qPrintable(u"cut at %1:\n%2"_s.arg(cut).arg(difference)));
        }
        QRandomGenerator random(20'240'611);
        constexpr char replacements[] = "<>/=\"'!?-[]&; x\0";
        for (int i = 0; i < 3'000; ++i) {
            QByteArray damaged = xml;
            for (int k = 1 + random.bounded(3); k > 0; --k)
                damaged[random.bounded(damaged.size())] = replacements[random.bounded(int(sizeof replacements))];
            const QString difference = disagreement(damaged);
            QVERIFY2(difference.isEmpty(), qPrintable(u"%1\n%2"_s.arg(QString::fromLatin1(damaged.toPercentEncoding())).arg(difference)));
        }
    }

    void sampleTreeAndStreamAgree()
    {
        const QString path = TestPaths::samples(u"czi/488_PSF.czi"_s);
        SKIP_UNLESS_SAMPLE_EXISTS(path);
        ByteSource forTree(path);
        ByteSource forStream(path);
        QVERIFY(forTree.open());
        QVERIFY(forStream.open());
        const QString tree = describe(readMetadataAs(forTree, CziMetadataXml::Method::Tree));
        const QString streamed = describe(readMetadataAs(forStream, CziMetadataXml::Method::Streaming));
        QVERIFY(!tree.startsWith(u"error"_s));
        QVERIFY2(tree == streamed, qPrintable(u"tree:\n"_s + tree + u"\n--- streamed:\n"_s + streamed));
        QCOMPARE(forStream.bytesRead(), forTree.bytesRead()); // each byte once, in chunks
    }

    // ZEN's software state grows without bound (a 50 MiB Experiment block
    // here) while what the mapping reads stays small: the document is read,
    // in one pass from the file with less than 64 MiB of heap whatever its size.
    void hugeExperimentIsStreamed()
    {
        const QByteArray xml = document(multiSceneInformation(), experimentOf(50LL * 1024 * 1024) + multiSceneRest());
        const QByteArray file = CziBuilder{xml}.build();
        auto source = ByteSource::fromBytes(file, u"huge.czi"_s);
        QVERIFY(source->open());

        std::optional<Result<FileMetadata>> result;
        QElapsedTimer timer;
        timer.start();
        const long long peak = CountingHeap::peakOf([&] { result.emplace(CziReader().read(*source)); });
        qInfo("%.1f MiB of XML: %lld ms, peak heap added %.1f MiB", xml.size() / 1048576.0, timer.elapsed(), peak / 1048576.0);
        QVERIFY2(*result, qPrintable(*result ? QString() : result->error()));
        const FileMetadata &m = result->value();
        QVERIFY2(m.warnings.isEmpty(), qPrintable(m.warnings.join(u'\n')));
        QCOMPARE(m.images.size(), 3);
        QCOMPARE(m.images[2].name, u"Well A3"_s);
        QCOMPARE(m.images[0].pixels.sizeX, 512);
        QCOMPARE(m.images[0].channels[0].fluor, u"DAPI"_s);
        QVERIFY(qAbs(*m.images[0].pixels.physicalSizeXUm - 0.108333) < 1e-6);
        QCOMPARE(m.instruments.first().microscope.model, u"Axio Observer.Z1 / 7"_s);
        QCOMPARE(m.objectiveOf(m.images[0])->model, u"Plan-Apochromat 63x/1.40 Oil DIC M27"_s);
        QCOMPARE(originalValue(m.originalMetadata, u"Information|Image|Channel|Name #2"_s), u"Bright"_s);
        QCOMPARE(originalValue(m.originalMetadata, u"Scaling|Distance|Id #1"_s), u"X"_s);
        QVERIFY(!hasKeyStartingWith(m.originalMetadata, u"Experiment"_s));
        // The file's first bytes, the segment's headers and the XML, once.
        QVERIFY2(source->bytesRead() <= ByteSource::HeadSize + 32 + 256 + xml.size(), qPrintable(QString::number(source->bytesRead())));
        if (peak < 0)
            QSKIP("The heap is not counted in this build (sanitizer).");
        QVERIFY2(peak < 64LL * 1024 * 1024, qPrintable(u"%1 MiB"_s.arg(double(peak) / (1024 * 1024), 0, 'f', 1)));
    }

    // When what the mapping would read is itself huge, the file is refused
    // with a message before a tree of it is built: one child of Metadata
    // beyond a piece's size, or many whose tree would take too much memory.
    void hugeMetadataOutsideTheSoftwareStateIsRefused_data()
    {
        QTest::addColumn<int>("children");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one 50 MiB DisplaySetting") << 1 << u"<DisplaySetting> element larger than Metafill reads"_s;
        QTest::newRow("ten of 5 MiB") << 10 << u"too large to read: its parts other than ZEN's Experiment"_s;
    }
    void hugeMetadataOutsideTheSoftwareStateIsRefused()
    {
        QFETCH(int, children);
        QFETCH(QString, expected);
        const qint64 each = 50LL * 1024 * 1024 / children;
        QByteArray kept;
        kept.reserve(50LL * 1024 * 1024 + 1024);
        for (int c = 0; c < children; ++c) {
            const qsizetype start = kept.size();
            kept += "<DisplaySetting><Channels>";
            for (int i = 0; kept.size() - start < each; ++i)
                kept += "<Channel Id=\"Channel:" + QByteArray::number(i) + "\"><Color>#FF00FF00</Color><Low>0</Low></Channel>";
            kept += "</Channels></DisplaySetting>";
        }
        const QByteArray file = CziBuilder{document("<Image><SizeX>3</SizeX></Image>", kept)}.build();
        kept = QByteArray();

        std::optional<Result<FileMetadata>> result;
        const long long peak = CountingHeap::peakOf([&] { result.emplace(readBytes(file, u"huge.czi"_s)); });
        QVERIFY(!*result);
        QVERIFY2(result->error().startsWith(u"huge.czi: "_s) && result->error().contains(expected), qPrintable(result->error()));
        if (peak >= 0)
            QVERIFY2(peak < 64LL * 1024 * 1024, qPrintable(u"%1 MiB"_s.arg(double(peak) / (1024 * 1024), 0, 'f', 1)));
    }

    // Large damaged documents (streamed): the tree parse's message, naming the file.
    void damagedLargeDocumentsGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("xml");
        const QByteArray experiment = experimentOf(2 * 1024 * 1024);
        const QByteArray good = document(multiSceneInformation(), experiment + multiSceneRest());
        QTest::newRow("cut in the software state") << good.left(1'500'000);
        QTest::newRow("cut in Information") << good.left(good.indexOf("<Instrument>"));
        QTest::newRow("cut at the end") << good.chopped(3);
        QByteArray broken = good;
        broken.replace(broken.indexOf("<Focus>", 1'000'000), 7, "<Focus =>");
        QTest::newRow("bad attribute in the software state") << broken;
        broken = good;
        broken.replace(broken.indexOf("</Focus>", 1'800'000), 8, "</Focux>");
        QTest::newRow("mismatched end tag") << broken;
        broken = good;
        broken[1'200'000] = '\0';
        QTest::newRow("NUL in the middle") << broken;
        QTest::newRow("text only") << QByteArray(3 * 1024 * 1024, 'x');
    }
    void damagedLargeDocumentsGiveClearErrors()
    {
        QFETCH(QByteArray, xml);
        const QByteArray file = CziBuilder{xml}.build();
        const Result<FileMetadata> result = readBytes(file, u"broken.czi"_s);
        QVERIFY(!result);
        QVERIFY2(result.error().startsWith(u"broken.czi: "_s) && result.error().contains(u"not readable XML"_s),
                 qPrintable(result.error()));
        const Result<FileMetadata> tree = readMetadataAs(file, CziMetadataXml::Method::Tree, u"broken.czi"_s);
        QVERIFY(!tree);
        QCOMPARE(result.error(), tree.error());
    }

    // Fuzzing seeds in tests/data/images/czi, written by this test when
    // METAFILL_WRITE_SEEDS is set; otherwise the committed ones are read.
    void seeds()
    {
        const QDir dir(TestPaths::data(u"images/czi"_s));
        const QList<SeedFile> seeds = {
            {u"multi-scene.czi"_s, CziBuilder{multiSceneXml()}.build()},
            {u"minimal.czi"_s,
             CziBuilder{document("<Image><SizeX>10</SizeX><SizeY>4</SizeY><PixelType>Gray8</PixelType></Image>")}.build()},
        };
        QVERIFY(writeSeedsIfAsked("METAFILL_WRITE_SEEDS", dir, seeds));
        for (const SeedFile &seed : seeds) {
            const Result<FileMetadata> result = readSeed(dir.filePath(seed.first));
            QVERIFY2(result, qPrintable(result ? QString() : result.error()));
            QCOMPARE(result->format, u"czi"_s);
            QVERIFY(!result->images.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCziReader)
#include "TestCziReader.moc"
