#include "CountingHeap.h"
#include "MetadataReader.h"
#include "ReaderTestSupport.h"
#include "TestPaths.h"
#include "formats/LifHeaderBuilder.h"
#include "formats/LifHeaderStream.h"
#include "formats/LifMetadataXml.h"
#include "formats/LifReader.h"
#include "formats/XmlFileInput.h"
#include "io/ByteSource.h"
#include "model/HeaderValues.h"
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

// A widefield image from a camera system.
QString cameraImage()
{
    return uR"(<Image><ImageDescription><Channels>%1%2</Channels><Dimensions>%3%4</Dimensions></ImageDescription>
          <Attachment Name="HardwareSetting" DataSourceTypeName="Camera"><ATLCameraSettingDefinition ObjectiveName="HC PL FLUOTAR   10x/0.32 DRY">
            <WideFieldChannelConfigurator CameraName="DFC9000 GT">
              <WideFieldChannelInfo UserDefName="GFP" ExposureTime="120 ms" EmissionWavelength="525" />
              <WideFieldChannelInfo UserDefName="None" ExposureTime="0.005" />
            </WideFieldChannelConfigurator></ATLCameraSettingDefinition></Attachment></Image>)"_s
        .arg(channelXml(16, u"Green"_s, 0), channelXml(16, u"Gray"_s, 2 * 2048 * 2048))
        .arg(dimensionXml(1, 2048, u"1.3e-3"_s, u"m"_s, 2), dimensionXml(2, 2048, u"1.3e-3"_s, u"m"_s, 4096));
}

// An image of one channel whose TimeStampList is `list`.
QString timeStampImage(const QString &list)
{
    return uR"(<Image><ImageDescription><Channels>%1</Channels><Dimensions>%2</Dimensions></ImageDescription>%3</Image>)"_s.arg(
        channelXml(8, u"Gray"_s, 0), dimensionXml(1, 4, u"1e-6"_s, u"m"_s, 1), list);
}

// LAS X's time stamps: FILETIME in hex, one per plane.
constexpr quint64 FirstStamp = 0x01D71116D8E4A4F0ULL;
const QString lasXStamps = u"01D71116D8E4A4F0 01D71116D8E4A4F1 01D71116D8E4A4F2"_s;

QString firstStampDate()
{
    return HeaderValues::isoDate(*HeaderValues::fromFileTime(FirstStamp));
}

// An older LAS AF acquisition: settings as records, stamps as elements, and
// attachments the mapping does not read (tile positions).
QString lasAfImage()
{
    return uR"(<Image TextDescription="LAS AF"><ImageDescription><Channels>%1</Channels><Dimensions>%2%3</Dimensions></ImageDescription>
      <TimeStampList><TimeStamp HighInteger="30871828" LowInteger="391214669" /><TimeStamp HighInteger="30871828" LowInteger="391214670" /></TimeStampList>
      <Attachment Name="TileScanInfo"><Tile FieldX="0" FieldY="0" PosX="0.01" PosY="0.02" /><Tile FieldX="1" FieldY="0" PosX="0.011" PosY="0.02" /></Attachment>
      <Attachment Name="ScannerSetting"><ScannerSetting><ScannerSettingRecord Identifier="dblZoom" Variant="2.5" />
        <ScannerSettingRecord Identifier="nDelayTime_s" Variant="0" /></ScannerSetting><ScannerSetting><ScannerSettingRecord Identifier="second" Variant="x" /></ScannerSetting></Attachment>
      <Attachment Name="FilterSetting"><FilterSetting><FilterSettingRecord ObjectName="PMT 1" Attribute="HighVoltage" Variant="650" /></FilterSetting></Attachment>
    </Image>)"_s.arg(channelXml(12, u"Red"_s, 0), dimensionXml(1, 512, u"1e-4"_s, u"m"_s, 2),
                     dimensionXml(2, 512, u"1e-4"_s, u"m"_s, 1024));
}

// Elements where LAS X does not write them, repeated, or in between: the walk's rules (LifHeaderBuilder).
QString oddLayout()
{
    const QString stampImage = timeStampImage(u"<TimeStampList NumberOfTimeStamps=\"3\">\r\n  "_s + lasXStamps + u"</TimeStampList>"_s);
    const QString dataAfterChildren =
        uR"(<Element Name="late data"><Children>%1</Children><Data>%2</Data></Element>)"_s.arg(element(u"child"_s, stampImage), stampImage);
    const QString memoryFirst =
        uR"(<Element Name="memory first"><Memory Size="4096" /><Data>%1</Data><Memory Size="1" /></Element>)"_s.arg(stampImage);
    const QString twoData =
        uR"(<Element Name="two data"><Data><Other /><Image TextDescription="first">%1</Image><Image TextDescription="second" /></Data>
        <Data><Image TextDescription="third" /></Data><Children /><Children>%2</Children></Element>)"_s.arg(
            u"<ImageDescription><Dimensions>%1</Dimensions></ImageDescription>"_s.arg(dimensionXml(1, 8, u"1e-6"_s, u"m"_s, 1)),
            element(u"second children"_s, stampImage));
    const QString hidden =
        uR"(<Element Name="hidden in data"><Data><Element Name="not walked"><Data>%1</Data></Element></Data></Element>)"_s.arg(stampImage);
    return uR"(<!-- LAS X --><Other><LMSDataContainerHeader Version="9" /></Other><LMSDataContainerHeader Version="2">text<Other />)"_s +
           element(u"Project"_s, timeStampImage(u"<TimeStampList />"_s),
                   dataAfterChildren + memoryFirst + twoData + hidden + element(u"af"_s, lasAfImage()) +
                       element(u"Tile \U0001F52C \u00B5m"_s, cameraImage())) +
           uR"(<Element Name="second top"><Data><Image /></Data></Element></LMSDataContainerHeader><LMSDataContainerHeader Version="3" />)"_s;
}

// A LIF file's header read as LifReader reads it, by the given method.
Result<FileMetadata> readHeaderAs(ByteSource &source, LifMetadataXml::Method method)
{
    const qint64 characters = qFromLittleEndian<qint32>(source.head().constData() + 9);
    FileMetadata metadata;
    metadata.path = source.path();
    metadata.format = u"lif"_s;
    if (Status read = LifMetadataXml::read(source, LifReader::HeaderSize, characters * 2, metadata, method); !read)
        return Result<FileMetadata>::failure(read.error());
    return metadata;
}

Result<FileMetadata> readHeaderAs(const QByteArray &file, LifMetadataXml::Method method, const QString &name = u"test.lif"_s)
{
    auto source = ByteSource::fromBytes(file, name);
    if (Status opened = source->open(); !opened)
        return Result<FileMetadata>::failure(opened.error());
    return readHeaderAs(*source, method);
}

// A LIF file's header streamed in chunks of `chunkBytes`, so that any two bytes can be read apart.
Result<FileMetadata> streamInChunks(const QByteArray &file, qint64 chunkBytes)
{
    auto source = ByteSource::fromBytes(file, u"test.lif"_s);
    if (Status opened = source->open(); !opened)
        return Result<FileMetadata>::failure(opened.error());
    FileMetadata metadata;
    metadata.path = source->path();
    metadata.format = u"lif"_s;
    LifHeaderBuilder builder(metadata, source->path());
    const qint64 characters = qFromLittleEndian<qint32>(source->head().constData() + 9);
    Status read = LifHeaderStream::read(*source, LifReader::HeaderSize, characters * 2, builder, chunkBytes);
    if (read)
        read = builder.finish();
    if (!read)
        return Result<FileMetadata>::failure(read.error());
    return metadata;
}

// Both ways of reading a file (the stream also in chunks of a few bytes):
// empty when they agree, else the results that differ.
QString disagreement(const QByteArray &file, std::initializer_list<qint64> smallChunks = {1, 3})
{
    const QString tree = describe(readHeaderAs(file, LifMetadataXml::Method::Tree));
    QString difference;
    const auto compare = [&](const QString &how, const QString &streamed) {
        if (streamed != tree && difference.isEmpty())
            difference = u"tree:\n"_s + tree + u"\n--- "_s + how + u":\n"_s + streamed;
    };
    compare(u"streamed"_s, describe(readHeaderAs(file, LifMetadataXml::Method::Streaming)));
    for (const qint64 chunk : smallChunks)
        compare(u"streamed in chunks of %1 bytes"_s.arg(chunk), describe(streamInChunks(file, chunk)));
    return difference;
}

// The header's images mapped from their whole Elements, walked as LAS X
// writes a project (the first Children's Elements, depth first), with the
// result's file keys and warnings: what the result must be if the parts
// LifHeaderBuilder gathers hold all that LifMetadataXml::mapImage() reads.
FileMetadata mapWholeElements(const QByteArray &utf16Xml, const FileMetadata &result)
{
    FileMetadata direct = result;
    direct.images.clear();
    direct.instruments.clear();
    pugi::xml_document document;
    if (!document.load_buffer(utf16Xml.constData(), size_t(utf16Xml.size()), pugi::parse_default, pugi::encoding_utf16_le))
        return direct;
    struct Pending
    {
        pugi::xml_node element;
        QString folder;
        int depth;
    };
    QList<Pending> stack;
    const pugi::xml_node root = document.child("LMSDataContainerHeader");
    for (pugi::xml_node element = root.last_child(); element; element = element.previous_sibling()) {
        if (QByteArrayView(element.name()) == "Element")
            stack.append({element, {}, 0});
    }
    QList<std::pair<pugi::xml_node, QString>> images;
    while (!stack.isEmpty()) {
        const Pending current = stack.takeLast();
        const QString name = QString::fromUtf8(current.element.attribute("Name").value()).trimmed();
        const QString folder = current.depth == 0 ? QString() : current.folder.isEmpty() ? name : current.folder + u'/' + name;
        if (current.element.child("Data").child("Image"))
            images.append({current.element, current.depth == 0 ? name : folder});
        for (pugi::xml_node child = current.element.child("Children").last_child(); child; child = child.previous_sibling()) {
            if (QByteArrayView(child.name()) == "Element")
                stack.append({child, folder, current.depth + 1});
        }
    }
    for (qsizetype i = 0; i < images.size(); ++i) {
        const pugi::xml_node element = images[i].first;
        LifMetadataXml::MappedImage mapped =
            LifMetadataXml::mapImage({element, element.child("Memory"), element.child("Data").child("Image")}, images[i].second, i, 5'000);
        if (mapped.instrument)
            direct.instruments.append(*mapped.instrument);
        direct.images.append(mapped.image);
    }
    return direct;
}

// A header in which `piece` starts so that its unit `at` is unit `unit` of
// the text: a comment in the project pads the text before it. Unit 524,288
// starts the second chunk a stream reads (XmlFileInput::ChunkBytes).
QString withUnitAt(qsizetype unit, const QString &piece, qsizetype at)
{
    const QString start = uR"(<LMSDataContainerHeader Version="2"><Element Name="Project"><Data /><Children>)"_s;
    const qsizetype padding = unit - at - start.size() - 7;
    return start + u"<!--"_s + QString(padding, u'x') + u"-->"_s + piece + element(u"after"_s, sequentialImage()) +
           u"</Children></Element></LMSDataContainerHeader>"_s;
}

constexpr qsizetype SecondChunk = XmlFileInput::ChunkBytes / 2;

// Unpaired surrogates: no string literal may hold them.
const QString lead(QChar(0xD800));
const QString trail(QChar(0xDC00));

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
        const Result<FileMetadata> result = readBytes(LifBuilder{header(element(u"Widefield"_s, cameraImage()))}.build());
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
            {u"odd-layout.lif"_s, LifBuilder{oddLayout()}.build()},
        };
        const QList<qsizetype> images = {2, 7};
        QVERIFY(writeSeedsIfAsked("METAFILL_WRITE_SEEDS", dir, seeds));
        for (qsizetype i = 0; i < seeds.size(); ++i) {
            const Result<FileMetadata> result = readCurrentSeed(dir.filePath(seeds[i].first), seeds[i].second);
            QVERIFY2(result, qPrintable(result ? QString() : result.error()));
            QCOMPARE(result->format, u"lif"_s);
            QCOMPARE(result->images.size(), images[i]);
        }
    }

    // Where LAS X does not put them, elements follow the walk's rules
    // (LifHeaderBuilder): the first of each kind counts, an Element's Data and
    // Memory only before its Children, Elements only in the first Children.
    void oddLayoutFollowsTheWalksRules()
    {
        const Result<FileMetadata> result = readBytes(LifBuilder{oddLayout()}.build());
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        const FileMetadata &m = *result;
        QVERIFY2(m.warnings.isEmpty(), qPrintable(m.warnings.join(u'\n')));
        QStringList names;
        for (const ImageInfo &image : m.images)
            names.append(image.name);
        const QStringList expected = {u"Project"_s, u"late data/child"_s,         u"memory first"_s, u"two data"_s,
                                      u"af"_s,      u"Tile \U0001F52C \u00B5m"_s, u"second top"_s};
        QCOMPARE(names, expected);
        QCOMPARE(originalValue(m.originalMetadata, u"LMSDataContainerHeader|Version"_s), u"2"_s);
        QCOMPARE(originalValue(m.originalMetadata, u"LMSDataContainerHeader|Element|Name #2"_s), u"second top"_s);
        QCOMPARE(m.images[1].acquisitionDate, firstStampDate()); // "\r\n  " before the first stamp
        QCOMPARE(originalValue(m.images[2].originalMetadata, u"Memory|Size"_s), u"4096"_s);
        QCOMPARE(m.images[3].description, u"first"_s);
        QCOMPARE(m.images[3].pixels.sizeX, 8);
        const ImageInfo &af = m.images[4];
        QCOMPARE(af.acquisitionDate, HeaderValues::isoDate(*HeaderValues::fromFileTime((quint64(30871828) << 32) | 391214669)));
        QCOMPARE(originalValue(af.originalMetadata, u"ScannerSetting|dblZoom"_s), u"2.5"_s);
        QCOMPARE(originalValue(af.originalMetadata, u"ScannerSetting|second"_s), u"<absent>"_s); // the first ScannerSetting only
        QCOMPARE(originalValue(af.originalMetadata, u"FilterSetting|PMT 1|HighVoltage"_s), u"650"_s);
        QCOMPARE(m.images[5].channels[0].name, u"GFP"_s);
        QVERIFY(m.images[6].pixels.sizeX == std::nullopt);
    }

    // The tree parse (headers up to 1 MiB) and the stream (larger ones) give
    // the same result whatever a header holds.
    void treeAndStreamAgree_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<bool>("inSmallChunks"); // false: a big header, read in 1 MiB chunks only (time)
        QTest::newRow("nested sequential") << nestedProject() << true;
        QTest::newRow("camera") << header(element(u"Widefield"_s, cameraImage())) << true;
        QTest::newRow("odd layout") << oddLayout() << true;
        QString many;
        for (int i = 0; i < 400; ++i)
            many += element(u"image %1"_s.arg(i), sequentialImage());
        QTest::newRow("400 images share the keys") << header(element(u"Project"_s, {}, many)) << false; // 3 MiB: in 1 MiB chunks only
        QString deep = element(u"leaf"_s, timeStampImage({}));
        for (int i = 0; i < 200; ++i)
            deep = uR"(<Element Name="f"><Data /><Children>)"_s + deep + u"</Children></Element>"_s;
        QTest::newRow("deep folders") << header(deep) << true;
        QTest::newRow("no images") << header(element(u"Empty"_s, {})) << true;
        QTest::newRow("no header") << u"<ImageDocument />"_s << true;
        QTest::newRow("empty header") << u"<LMSDataContainerHeader/>"_s << true;
        QTest::newRow("byte-order mark") << QString(QChar(0xFEFF) + nestedProject()) << true;
        QTest::newRow("unpaired surrogates in values")
            << header(element(u"a"_s + lead + u"b"_s + trail + u"c"_s,
                              timeStampImage(u"<TimeStampList NumberOfTimeStamps=\"1\">"_s + lead + lasXStamps + u"</TimeStampList>"_s)))
            << true;
        QTest::newRow("unpaired surrogates in markup") << QString(u"<LMS"_s + trail + u"DataContainerHeader Version=\"2\"><Ele"_s + lead +
                                                                  u"ment Name=\"x\" /></LMSDataContainerHeader>"_s)
                                                       << true;
        // The first time stamp: LAS X writes stamps as the list's text; what pugixml makes of other texts.
        const QStringList lists = {
            u"<TimeStampList NumberOfTimeStamps=\"3\">"_s + lasXStamps + u"</TimeStampList>"_s,
            u"<TimeStampList NumberOfTimeStamps=\"3\">\n\t  "_s + lasXStamps + u"\n</TimeStampList>"_s,
            u"<TimeStampList NumberOfTimeStamps=\"3\"><![CDATA[ "_s + lasXStamps + u"]]></TimeStampList>"_s,
            u"<TimeStampList NumberOfTimeStamps=\"3\"> <!-- stamps --> <?pi x?>"_s + lasXStamps + u"</TimeStampList>"_s,
            u"<TimeStampList NumberOfTimeStamps=\"3\">&#x30;1D71116D8E4A4F0 &amp;</TimeStampList>"_s,
            u"<TimeStampList NumberOfTimeStamps=\"3\">&#32;&#10;"_s + lasXStamps + u"</TimeStampList>"_s,
            u"<TimeStampList NumberOfTimeStamps=\"3\">\v\f"_s + lasXStamps + u"</TimeStampList>"_s,
            u"<TimeStampList NumberOfTimeStamps=\"3\">\v<!-- -->"_s + lasXStamps + u"</TimeStampList>"_s,
            u"<TimeStampList NumberOfTimeStamps=\"3\">\u00A0"_s + lasXStamps + u"</TimeStampList>"_s,
            u"<TimeStampList NumberOfTimeStamps=\"3\"><TimeStamp HighInteger=\"1\" LowInteger=\"2\" />"_s + lasXStamps +
                u"</TimeStampList>"_s,
            u"<TimeStampList NumberOfTimeStamps=\"3\"><![CDATA[]]>"_s + lasXStamps + u"</TimeStampList>"_s,
            u"<TimeStampList NumberOfTimeStamps=\"3\">01D71116<!-- -->D8E4A4F0</TimeStampList>"_s,
            u"<TimeStampList NumberOfTimeStamps=\"1\">01D71116D8E4A4F0AB</TimeStampList>"_s,
            u"<TimeStampList NumberOfTimeStamps=\"0\"/>"_s,
            u"<TimeStampList NumberOfTimeStamps=\"0\"></TimeStampList>"_s,
            u"<TimeStampList><TimeStamp HighInteger=\"30871828\" LowInteger=\"391214669\" />text</TimeStampList>"_s,
            u"<TimeStampList>"_s + lasXStamps + u"<TimeStamp HighInteger=\"30871828\" LowInteger=\"391214669\" /></TimeStampList>"_s,
            u"<TimeStampList NumberOfTimeStamps=\"3\">"_s + QString(70'000, u' ') + lasXStamps + u"</TimeStampList>"_s,
            u"<TimeStampList NumberOfTimeStamps=\"3\">01D71116D8E4A4F0"_s + QString(70'000, u'0') + u"</TimeStampList>"_s,
            u"<TimeStampList NumberOfTimeStamps=\"1\">"_s + lasXStamps +
                u"</TimeStampList><TimeStampList NumberOfTimeStamps=\"1\">01D70000D8E4A4F0</TimeStampList>"_s,
        };
        for (qsizetype i = 0; i < lists.size(); ++i) {
            QTest::addRow("time stamps %d", int(i))
                << header(element(u"t"_s, timeStampImage(lists[i]))) << true;
        }
    }
    void treeAndStreamAgree()
    {
        QFETCH(QString, xml);
        QFETCH(bool, inSmallChunks);
        const QByteArray file = LifBuilder{xml}.build();
        const QString difference = inSmallChunks ? disagreement(file) : disagreement(file, {});
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // A text whose leading blanks (more than XmlElementStream's 64 bytes of
    // look-behind) cross the end of a chunk: XmlElementStream::run() once
    // stepped back to the text's start after skipping them, which had left
    // its window by then, and read before its buffer.
    void blankRunAcrossChunks()
    {
        const QString list = u"<TimeStampList NumberOfTimeStamps=\"3\">"_s + QString(200, u' ') + lasXStamps + u"</TimeStampList>"_s;
        const QString difference = disagreement(LifBuilder{header(element(u"t"_s, timeStampImage(list)))}.build(), {1, 3, 64});
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        const QString piece = element(u"ts"_s, timeStampImage(list));
        const QByteArray file = LifBuilder{withUnitAt(SecondChunk - 100, piece, piece.indexOf(u"\">"_s) + 2)}.build();
        const Result<FileMetadata> streamed = readBytes(file);
        QVERIFY2(streamed, qPrintable(streamed ? QString() : streamed.error()));
        QCOMPARE(streamed->images.first().acquisitionDate, firstStampDate());
    }

    // The builder gathers of an image only what the mapping reads (both ways
    // of reading use it, so only a mapping of whole Elements can show that).
    void gatheredPartsHoldAllTheMappingReads_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("nested sequential") << LifBuilder{nestedProject()}.build();
        QTest::newRow("camera") << LifBuilder{header(element(u"Widefield"_s, cameraImage()))}.build();
        QTest::newRow("LAS AF") << LifBuilder{header(element(u"Project"_s, {}, element(u"af"_s, lasAfImage())))}.build();
        const QString stamps = u"<TimeStampList NumberOfTimeStamps=\"3\">\n"_s + lasXStamps + u"</TimeStampList>"_s;
        QTest::newRow("time stamps") << LifBuilder{header(element(u"t"_s, timeStampImage(stamps)))}.build();
        const QString path = TestPaths::samples(u"lif/testdata_2channel_xz.lif"_s);
        if (const std::optional<QByteArray> sample = readFile(path))
            QTest::newRow("readlif sample") << *sample;
    }
    void gatheredPartsHoldAllTheMappingReads()
    {
        QFETCH(QByteArray, file);
        const Result<FileMetadata> result = readBytes(file);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QVERIFY(!result->images.isEmpty());
        const qint64 characters = qFromLittleEndian<qint32>(file.constData() + 9);
        const FileMetadata direct = mapWholeElements(file.mid(LifReader::HeaderSize, characters * 2), *result);
        const QString whole = describe(direct);
        const QString gathered = describe(*result);
        QVERIFY2(whole == gathered, qPrintable(u"whole Elements:\n"_s + whole + u"\n--- gathered parts:\n"_s + gathered));
    }

    // LAS X's stamps as text, and the other forms a stream reads past or into.
    void firstTimeStamp_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<bool>("dated");
        QTest::newRow("LAS X") << QString(u"<TimeStampList NumberOfTimeStamps=\"3\">"_s + lasXStamps + u"</TimeStampList>"_s) << true;
        QTest::newRow("after line ends") << QString(u"<TimeStampList NumberOfTimeStamps=\"3\">\r\n"_s + lasXStamps + u"</TimeStampList>"_s)
                                         << true;
        QTest::newRow("CDATA") << QString(u"<TimeStampList NumberOfTimeStamps=\"3\"><![CDATA["_s + lasXStamps + u"]]></TimeStampList>"_s)
                               << true;
        QTest::newRow("after a comment") << QString(u"<TimeStampList NumberOfTimeStamps=\"3\"><!-- -->"_s + lasXStamps +
                                                    u"</TimeStampList>"_s)
                                         << true;
        QTest::newRow("escaped") << QString(u"<TimeStampList NumberOfTimeStamps=\"3\">&#32;&#x30;1D71116D8E4A4F0</TimeStampList>"_s)
                                 << true;
        QTest::newRow("after 70,000 blanks") << QString(u"<TimeStampList NumberOfTimeStamps=\"3\">"_s + QString(70'000, u'\n') +
                                                        lasXStamps + u"</TimeStampList>"_s)
                                             << true;
        QTest::newRow("after an element") << QString(u"<TimeStampList NumberOfTimeStamps=\"3\"><Other/>"_s + lasXStamps +
                                                     u"</TimeStampList>"_s)
                                          << false;
        QTest::newRow("empty") << QString(u"<TimeStampList NumberOfTimeStamps=\"0\"/>"_s) << false;
    }
    void firstTimeStamp()
    {
        QFETCH(QString, list);
        QFETCH(bool, dated);
        const QByteArray file = LifBuilder{header(element(u"t"_s, timeStampImage(list)))}.build();
        for (const auto method : {LifMetadataXml::Method::Tree, LifMetadataXml::Method::Streaming}) {
            const Result<FileMetadata> result = readHeaderAs(file, method);
            QVERIFY2(result, qPrintable(result ? QString() : result.error()));
            QCOMPARE(result->images.first().acquisitionDate, dated ? firstStampDate() : QString());
        }
    }

    // Cut at every character and damaged at random (a fixed seed): the same model or the same error either way.
    void treeAndStreamAgreeOnDamagedHeaders()
    {
        const QString xml = oddLayout();
        for (qsizetype cut = 0; cut < xml.size(); cut += 3) {
            const QString difference = disagreement(LifBuilder{xml.left(cut)}.build(), {5});
            QVERIFY2(difference.isEmpty(), qPrintable(u"cut at %1:\n%2"_s.arg(cut).arg(difference)));
        }
        QRandomGenerator random(20'240'612);
        const QString replacements = u"<>/=\"'!?-[]&; x\u00E9\u20AC"_s + QChar(0) + lead + trail;
        for (int i = 0; i < 2'000; ++i) {
            QString damaged = xml;
            for (int k = 1 + random.bounded(3); k > 0; --k)
                damaged[random.bounded(damaged.size())] = replacements[random.bounded(replacements.size())];
            const QString difference = disagreement(LifBuilder{damaged}.build(), {5});
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
        // Bytes out of step: a UTF-16 text with a byte inserted or one left over.
        QByteArray file = LifBuilder{xml}.build();
        for (const qsizetype at : {13, 14, 500, 5'001}) {
            QByteArray shifted = file;
            shifted.insert(at, 'A');
            const QString difference = disagreement(shifted, {1, 2, 5});
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
    }

    void sampleTreeAndStreamAgree()
    {
        const QString path = TestPaths::samples(u"lif/testdata_2channel_xz.lif"_s);
        SKIP_UNLESS_SAMPLE_EXISTS(path);
        ByteSource forTree(path);
        ByteSource forStream(path);
        QVERIFY(forTree.open());
        QVERIFY(forStream.open());
        const QString tree = describe(readHeaderAs(forTree, LifMetadataXml::Method::Tree));
        const QString streamed = describe(readHeaderAs(forStream, LifMetadataXml::Method::Streaming));
        QVERIFY(!tree.startsWith(u"error"_s));
        QVERIFY2(tree == streamed, qPrintable(u"tree:\n"_s + tree + u"\n--- streamed:\n"_s + streamed));
        QCOMPARE(forStream.bytesRead(), forTree.bytesRead()); // each byte once, in chunks
    }

    // A stream reads the header in chunks of 1 MiB (512 Ki UTF-16 units):
    // what straddles two chunks is read as a whole tree reads it.
    void chunkBoundaries_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("date");
        const QString stamps = timeStampImage(u"<TimeStampList NumberOfTimeStamps=\"3\">"_s + lasXStamps + u"</TimeStampList>"_s);
        const QString name = u"a \U0001F52C b"_s;
        QString piece = element(name, stamps);
        QTest::newRow("surrogate pair") << withUnitAt(SecondChunk - 1, piece, piece.indexOf(QChar(0xD83D))) << name << firstStampDate();
        piece = element(u"a"_s + lead + u"b"_s, stamps);
        QTest::newRow("unpaired lead at the end")
            << withUnitAt(SecondChunk - 1, piece, piece.indexOf(QChar(0xD800))) << u"ab"_s << firstStampDate();
        piece = element(u"a"_s + trail + u"b"_s, stamps);
        QTest::newRow("unpaired trail at the start")
            << withUnitAt(SecondChunk, piece, piece.indexOf(QChar(0xDC00))) << u"ab"_s << firstStampDate();
        piece = element(u"\u00B5\u20AC"_s, stamps);
        QTest::newRow("multi-byte characters") << withUnitAt(SecondChunk - 1, piece, piece.indexOf(QChar(0x00B5))) << u"\u00B5\u20AC"_s
                                               << firstStampDate();
        piece = element(u"ts"_s, stamps);
        const qsizetype tagEnd = piece.indexOf(u"\">01D7"_s) + 1;
        QTest::newRow("time stamp tag across chunks") << withUnitAt(SecondChunk, piece, tagEnd) << u"ts"_s << firstStampDate();
        QTest::newRow("time stamp tag ends a chunk") << withUnitAt(SecondChunk - 1, piece, tagEnd) << u"ts"_s << firstStampDate();
        QTest::newRow("first stamp across chunks") << withUnitAt(SecondChunk, piece, tagEnd + 9) << u"ts"_s << firstStampDate();
        piece = element(u"ts"_s,
                        timeStampImage(u"<TimeStampList NumberOfTimeStamps=\"3\"><![CDATA["_s + lasXStamps + u"]]></TimeStampList>"_s));
        QTest::newRow("CDATA across chunks") << withUnitAt(SecondChunk, piece, piece.indexOf(u"CDATA"_s) + 2) << u"ts"_s
                                             << firstStampDate();
        piece = element(u"ts"_s, timeStampImage(u"<TimeStampList NumberOfTimeStamps=\"0\"/><Other>01D71116D8E4A4F0</Other>"_s));
        const qsizetype slash = piece.indexOf(u"/><Other>"_s);
        QTest::newRow("empty list's /> across chunks") << withUnitAt(SecondChunk - 1, piece, slash) << u"ts"_s << QString();
        QTest::newRow("empty list ends a chunk") << withUnitAt(SecondChunk - 1, piece, slash + 1) << u"ts"_s << QString();
    }
    void chunkBoundaries()
    {
        QFETCH(QString, xml);
        QFETCH(QString, name);
        QFETCH(QString, date);
        QVERIFY(xml.size() > SecondChunk + 1000);
        const QByteArray file = LifBuilder{xml}.build();
        const Result<FileMetadata> streamed = readBytes(file); // > 1 MiB: streamed
        QVERIFY2(streamed, qPrintable(streamed ? QString() : streamed.error()));
        QCOMPARE(streamed->images.first().name, name);
        QCOMPARE(streamed->images.first().acquisitionDate, date);
        QCOMPARE(streamed->images.size(), 2);
        const QString difference = disagreement(file, {7});
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // A project of thousands of images (a header of more than 20 MiB) is
    // read in one pass from the file, with less than 64 MiB of heap.
    void hugeProjectIsStreamed()
    {
        const QString image = sequentialImage();
        QString images;
        images.reserve(11 * 1024 * 1024);
        int count = 0;
        while (count < 3'000 || images.size() * 2 < 20 * 1024 * 1024)
            images += element(u"Tile %1"_s.arg(count++), image);
        const QString xml = header(element(u"Project"_s, {}, images));
        images = QString();
        const QByteArray file = LifBuilder{xml}.build();
        auto source = ByteSource::fromBytes(file, u"project.lif"_s);
        QVERIFY(source->open());

        std::optional<Result<FileMetadata>> result;
        QElapsedTimer timer;
        timer.start();
        const long long peak = CountingHeap::peakOf([&] { result.emplace(LifReader().read(*source)); });
        qInfo("%d images, %.1f MiB of XML: %lld ms, peak heap added %.1f MiB", count, xml.size() * 2 / 1048576.0, timer.elapsed(),
              peak / 1048576.0);
        QVERIFY2(*result, qPrintable(*result ? QString() : result->error()));
        const FileMetadata &m = result->value();
        QCOMPARE(m.images.size(), count);
        QCOMPARE(m.instruments.size(), count);
        const ImageInfo &last = m.images.last();
        QCOMPARE(last.name, u"Tile %1"_s.arg(count - 1));
        QCOMPARE(last.id, u"Image:%1"_s.arg(count - 1));
        QCOMPARE(last.pixels.sizeZ, 11);
        QCOMPARE(*last.channels[1].excitationNm, 488.0);
        QCOMPARE(last.instrumentRef, u"Instrument:%1"_s.arg(count - 1));
        QCOMPARE(m.instrument(last.instrumentRef)->microscope.model, u"DMi8-CS"_s);
        // 16 pairs each (the share of 20,000 for so many images) while the file's bound lasts.
        QCOMPARE(m.images.first().originalMetadata.size(), 16);
        QCOMPARE(originalValue(m.images.first().originalMetadata, u"Element|Name"_s), u"Tile 0"_s);
        qsizetype pairs = m.originalMetadata.size();
        for (const ImageInfo &i : m.images)
            pairs += i.originalMetadata.size();
        QCOMPARE(pairs, 20'000);
        QCOMPARE(m.warnings.size(), 2); // pairs beyond the file's bound, and beyond each image's share
        QVERIFY2(source->bytesRead() <= ByteSource::HeadSize + xml.size() * 2, qPrintable(QString::number(source->bytesRead())));
        if (peak < 0)
            QSKIP("The heap is not counted in this build (sanitizer).");
        QVERIFY2(peak < 64LL * 1024 * 1024, qPrintable(u"%1 MiB"_s.arg(double(peak) / (1024 * 1024), 0, 'f', 1)));
    }

    // A long time series: one stamp per plane, 30 MiB of them; the first is read.
    void longTimeSeriesIsStreamed()
    {
        QString stamps;
        stamps.reserve(16 * 1024 * 1024);
        qsizetype count = 0;
        for (; stamps.size() * 2 < 30 * 1024 * 1024; ++count)
            stamps += u"%1 "_s.arg(FirstStamp + quint64(count) * 10'000'000, 16, 16, QChar(u'0')).toUpper();
        QString image = sequentialImage();
        const qsizetype from = image.indexOf(u"<TimeStampList>"_s);
        const qsizetype to = image.indexOf(u"</TimeStampList>"_s) + 16;
        image.replace(from, to - from, u"<TimeStampList NumberOfTimeStamps=\"%1\">%2</TimeStampList>"_s.arg(count).arg(stamps));
        stamps = QString();
        const QString xml = header(element(u"Series"_s, {}, element(u"Time lapse"_s, image)));
        image = QString();
        const QByteArray file = LifBuilder{xml}.build();
        auto source = ByteSource::fromBytes(file, u"series.lif"_s);
        QVERIFY(source->open());

        std::optional<Result<FileMetadata>> result;
        QElapsedTimer timer;
        timer.start();
        const long long peak = CountingHeap::peakOf([&] { result.emplace(LifReader().read(*source)); });
        qInfo("%lld stamps, %.1f MiB of XML: %lld ms, peak heap added %.1f MiB", qint64(count), xml.size() * 2 / 1048576.0, timer.elapsed(),
              peak / 1048576.0);
        QVERIFY2(*result, qPrintable(*result ? QString() : result->error()));
        const FileMetadata &m = result->value();
        QVERIFY2(m.warnings.isEmpty(), qPrintable(m.warnings.join(u'\n')));
        QCOMPARE(m.images.size(), 1);
        QCOMPARE(m.images.first().name, u"Time lapse"_s);
        QCOMPARE(m.images.first().acquisitionDate, firstStampDate());
        QCOMPARE(*m.images.first().channels[0].excitationNm, 405.0);
        QCOMPARE(originalValue(m.images.first().originalMetadata, u"ATLConfocalSettingDefinition|Zoom"_s), u"2"_s);
        QVERIFY2(source->bytesRead() <= ByteSource::HeadSize + xml.size() * 2, qPrintable(QString::number(source->bytesRead())));
        if (peak < 0)
            QSKIP("The heap is not counted in this build (sanitizer).");
        QVERIFY2(peak < 64LL * 1024 * 1024, qPrintable(u"%1 MiB"_s.arg(double(peak) / (1024 * 1024), 0, 'f', 1)));
    }

    // Large damaged headers (streamed): the tree parse's message, naming the file.
    void damagedLargeHeadersGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("file");
        QString images;
        for (int i = 0; i < 400; ++i)
            images += element(u"image %1"_s.arg(i), sequentialImage());
        const QString good = header(element(u"Project"_s, {}, images));
        QVERIFY(good.size() * 2 > 2 * 1024 * 1024);
        QTest::newRow("cut short") << LifBuilder{good.left(good.size() * 2 / 3)}.build();
        QTest::newRow("cut in a tag") << LifBuilder{good.left(good.indexOf(u"<Element Name=\"image 300\""_s) + 9)}.build();
        QString broken = good;
        broken.replace(u"Name=\"image 200\""_s, u"Name=image 200"_s);
        QTest::newRow("attribute without quotes") << LifBuilder{broken}.build();
        broken = good;
        broken.replace(
            u"</Data><Memory Size=\"16\" MemoryBlockID=\"MemBlock_1\" /><Children></Children></Element><Element Name=\"image 250\""_s,
            u"</Dada><Memory Size=\"16\" MemoryBlockID=\"MemBlock_1\" /><Children></Children></Element><Element Name=\"image 250\""_s);
        QTest::newRow("end tag that does not match") << LifBuilder{broken}.build();
        broken = good;
        const qsizetype tag = broken.indexOf(u"<Element Name=\"image 150\""_s);
        broken[tag] = QChar(0xD800); // an unpaired surrogate where a tag starts: dropped, so the tag is text and its end does not match
        QTest::newRow("unpaired surrogate in markup") << LifBuilder{broken}.build();
        broken = good;
        broken[good.size() / 2] = QChar(0);
        QTest::newRow("NUL character") << LifBuilder{broken}.build();
        QByteArray shifted = LifBuilder{good}.build();
        shifted.insert(1'500'001, 'A'); // the rest of the text is out of step by a byte
        QTest::newRow("bytes out of step") << shifted;
    }
    void damagedLargeHeadersGiveClearErrors()
    {
        QFETCH(QByteArray, file);
        const Result<FileMetadata> result = readBytes(file, u"broken.lif"_s);
        QVERIFY(!result);
        QVERIFY2(result.error().startsWith(u"broken.lif: "_s) && result.error().contains(u"not readable XML"_s),
                 qPrintable(result.error()));
        const Result<FileMetadata> tree = readHeaderAs(file, LifMetadataXml::Method::Tree, u"broken.lif"_s);
        QVERIFY(!tree);
        QCOMPARE(result.error(), tree.error());
    }

    // Images of a thousand channels each: the model itself stays bounded; the
    // first images are read and a warning says so.
    void manyChannelsAreBounded()
    {
        QString channels;
        for (int c = 0; c < 1'000; ++c)
            channels += channelXml(8, u"Gray"_s, c);
        const QString image =
            uR"(<Image><ImageDescription><Channels>%1</Channels><Dimensions>%2</Dimensions></ImageDescription></Image>)"_s.arg(
                channels, dimensionXml(1, 4, u"1e-6"_s, u"m"_s, 1));
        QString images;
        for (int i = 0; i < 150; ++i)
            images += element(u"image %1"_s.arg(i), image);
        const QByteArray file = LifBuilder{header(element(u"Project"_s, {}, images))}.build();
        images = QString();

        std::optional<Result<FileMetadata>> result;
        const long long peak = CountingHeap::peakOf([&] { result.emplace(readBytes(file, u"channels.lif"_s)); });
        QVERIFY2(*result, qPrintable(*result ? QString() : result->error()));
        const FileMetadata &m = result->value();
        QVERIFY(m.images.size() > 10 && m.images.size() < 150);
        QCOMPARE(m.images.first().channels.size(), 1'000);
        QVERIFY2(std::any_of(m.warnings.begin(), m.warnings.end(), [](const QString &w) { return w.contains(u"more memory"_s); }),
                 qPrintable(m.warnings.join(u'\n')));
        if (peak >= 0)
            QVERIFY2(peak < 64LL * 1024 * 1024, qPrintable(u"%1 MiB"_s.arg(double(peak) / (1024 * 1024), 0, 'f', 1)));
        const QString difference = disagreement(file, {});
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // An image whose settings would take more memory than an image may: refused, naming the image.
    void hugeImageSettingsAreRefused()
    {
        QString records;
        records.reserve(2 * 1024 * 1024 + 100);
        for (int i = 0; records.size() < 2 * 1024 * 1024; ++i)
            records += uR"(<ScannerSettingRecord Identifier="r%1" Variant="1" />)"_s.arg(i);
        // ScannerSetting blocks, each far within the size of a piece, together beyond what one image may take.
        const QString block = u"<Attachment Name=\"ScannerSetting\"><ScannerSetting>"_s + records + u"</ScannerSetting></Attachment>"_s;
        records = QString();
        QString image = lasAfImage();
        image.replace(u"</Image>"_s, block + block + block + block + u"</Image>"_s);
        const QByteArray file = LifBuilder{header(element(u"Project"_s, {}, element(u"big settings"_s, image)))}.build();
        std::optional<Result<FileMetadata>> result;
        const long long peak = CountingHeap::peakOf([&] { result.emplace(readBytes(file, u"huge.lif"_s)); });
        QVERIFY(!*result);
        QVERIFY2(result->error().startsWith(u"huge.lif: "_s) && result->error().contains(u"big settings"_s) &&
                     result->error().contains(u"too large"_s),
                 qPrintable(result->error()));
        if (peak >= 0)
            QVERIFY2(peak < 64LL * 1024 * 1024, qPrintable(u"%1 MiB"_s.arg(double(peak) / (1024 * 1024), 0, 'f', 1)));
    }
};

QTEST_GUILESS_MAIN(TestLifReader)
#include "TestLifReader.moc"
