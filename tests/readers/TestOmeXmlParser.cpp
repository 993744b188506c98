#include "CountingHeap.h"
#include "TestPaths.h"

#include "formats/KeyValueBudget.h"
#include "io/ByteSource.h"
#include "ome/OmeXmlParser.h"
#include "ome/OmeXmlWriter.h"
#include "tiff/TiffDirectory.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QtTest>

#include <atomic>

using namespace metafill;
using namespace Qt::StringLiterals;

namespace {

// The most heap a call adds at its peak, in bytes (-1 where it cannot be counted).
template<typename Call>
long long peakHeapOf(Call call)
{
    return CountingHeap::peakOf(call);
}

constexpr long long MetadataBudget = 64LL * 1024 * 1024;

} // namespace

// moc cannot lex raw string literals (it reads "//" inside them as a comment),
// so the class is declared before the XML fixtures and defined after them.
class TestOmeXmlParser : public QObject
{
    Q_OBJECT

private slots:
    void prefixedDocumentWithUnits();
    void documentInfo();
    // Absent values stay unknown: no µm for a missing PhysicalSize (viv's bug),
    // no defaults for missing sizes.
    void missingValuesStayUnknown();
    void uncalibratedUnitsStayUnknown();
    // Micro-Manager's OME-XML (after tlambert03/ome-types tests/data/MMStack.ome.xml):
    // IDs "Microscope" and "Camera" that follow no scheme.
    void microManagerIds();
    // An instrument with exactly one objective and no ObjectiveSettings: that objective took the image.
    void singleObjectiveIsTheImagesObjective();
    // OME 2010-06 wrapped light sources in a LightSource element.
    void legacyLightSource();
    void originalMetadataFromAnnotations();
    void originalMetadataIsBounded();
    void latin1IsReadWithAWarning();
    void brokenDocuments_data();
    void brokenDocuments();
    void everyTruncationIsHandled();
    // Entities are never expanded (pugixml ignores DOCTYPE declarations), and a
    // deeply nested document is neither parsed nor walked recursively.
    void hostileDocuments();
    void tooLargeIsRefused();
    void looksLikeOmeXml_data();
    void looksLikeOmeXml();
    // What the parser fills, the writer can write back: the round trip keeps the values.
    void writerRoundTrip();

    // A large document is read element by element (never whole in memory), a
    // small one as one pugixml tree. Both ways give the same model, warnings
    // and error messages: checked on fixtures, on every truncation and on
    // thousands of damaged variants of them, and on the repository's OME files.
    void streamingMatchesTree_data();
    void streamingMatchesTree();
    void streamingMatchesTreeOnDamagedDocuments();
    void streamingMatchesTreeOnRepositoryFiles();
    // From a file the text arrives in 1 MiB chunks: chunk boundaries anywhere,
    // Latin-1 found late, a NUL after the root, blanks beyond the last chunk.
    void streamingFromFileMatchesTree();
    // Original metadata beyond the budget is counted, not kept, wherever it is.
    void originalMetadataBeyondBudgetIsCountedInEveryAnnotation();
    // A 53 MiB document with 200,000 planes and 85,000 annotations parses with
    // the right model within the 64 MiB metadata budget, from memory and from a file.
    void largeDocumentStaysWithinMemoryBudget();
    // 60 MiB of tiny elements, a million attributes, 2 million channels in
    // 10,000 images, 500,000 nested elements: bounded, and a clear result.
    void hostileLargeDocumentsStayWithinMemoryBudget();
};

namespace {

const QString origin = u"/data/test.ome.tif"_s;

// A 2013-06 document with a namespace prefix, explicit units (nm, m, µm, ms)
// and file IDs in neither the model's nor Bio-Formats' scheme.
const QByteArray prefixedWithUnits = R"(<?xml version="1.0" encoding="UTF-8"?>
<ome:OME xmlns:ome="http://www.openmicroscopy.org/Schemas/OME/2013-06" UUID="urn:uuid:1111">
  <ome:Instrument ID="Instrument:scope">
    <ome:Microscope Manufacturer="Zeiss" Model="Axio Observer" SerialNumber="123" Type="Inverted"/>
    <ome:Laser ID="LightSource:488" Manufacturer="Coherent" Model="Sapphire" Wavelength="0.488" WavelengthUnit="µm" Power="20" PowerUnit="mW"/>
    <ome:LightEmittingDiode ID="LightSource:led" Model="Colibri 7"/>
    <ome:Detector ID="Detector:cam" Manufacturer="Hamamatsu" Model="ORCA-Flash4.0" Type="CMOS" Gain="2" Voltage="900" VoltageUnit="mV"/>
    <ome:Objective ID="Objective:a" Model="Plan-Apochromat 20x/0.8" NominalMagnification="20" LensNA="0.8" Immersion="Air" Correction="PlanApo" WorkingDistance="0.55" WorkingDistanceUnit="mm"/>
    <ome:Objective ID="Objective:b" Model="C-Apochromat 40x/1.2 W" NominalMagnification="40" LensNA="1.2" Immersion="Water"/>
    <ome:Filter ID="Filter:em" Model="BP 525/50" Type="BandPass">
      <ome:TransmittanceRange CutIn="500" CutOut="550" CutInUnit="nm" CutOutUnit="nm"/>
    </ome:Filter>
  </ome:Instrument>
  <ome:Image ID="Image:first" Name="cells">
    <ome:AcquisitionDate>2019-05-06T10:11:12</ome:AcquisitionDate>
    <ome:Description>Two channels</ome:Description>
    <ome:InstrumentRef ID="Instrument:scope"/>
    <ome:ObjectiveSettings ID="Objective:b" Medium="Water" RefractiveIndex="1.33"/>
    <ome:StageLabel Name="Position 1" X="1" Y="2"/>
    <ome:Pixels ID="Pixels:0" DimensionOrder="XYCZT" Type="uint16" SignificantBits="12" BigEndian="true"
        SizeX="512" SizeY="256" SizeZ="10" SizeC="2" SizeT="3"
        PhysicalSizeX="325" PhysicalSizeXUnit="nm" PhysicalSizeY="0.325" PhysicalSizeZ="1e-6" PhysicalSizeZUnit="m"
        TimeIncrement="1500" TimeIncrementUnit="ms">
      <ome:Channel ID="Channel:first:0" Name="GFP" Fluor="EGFP" AcquisitionMode="LaserScanningConfocalMicroscopy"
          IlluminationType="Epifluorescence" ContrastMethod="Fluorescence" ExcitationWavelength="0.488" ExcitationWavelengthUnit="µm"
          EmissionWavelength="525" PinholeSize="50" PinholeSizeUnit="µm" SamplesPerPixel="1" Color="4294967295">
        <ome:LightSourceSettings ID="LightSource:488" Wavelength="488" Attenuation="0.1"/>
        <ome:DetectorSettings ID="Detector:cam" Gain="3.5" Voltage="700"/>
      </ome:Channel>
      <ome:Channel ID="Channel:first:1" Name="DIC" ContrastMethod="DIC" Color="-16776961">
        <ome:LightSourceSettings ID="LightSource:led"/>
      </ome:Channel>
      <ome:TiffData IFD="0"/>
      <ome:Plane TheC="1" TheZ="0" TheT="0" ExposureTime="0.02"/>
      <ome:Plane TheC="0" TheZ="0" TheT="0" ExposureTime="10" ExposureTimeUnit="ms"/>
      <ome:Plane TheC="0" TheZ="1" TheT="0" ExposureTime="99" ExposureTimeUnit="ms"/>
    </ome:Pixels>
  </ome:Image>
</ome:OME>)";

} // namespace



void TestOmeXmlParser::prefixedDocumentWithUnits()
{
    const auto parsed = OmeXmlParser::parse(prefixedWithUnits, origin);
    QVERIFY2(parsed, qPrintable(parsed.ok() ? QString() : parsed.error()));
    const FileMetadata &m = *parsed;
    QVERIFY(m.warnings.isEmpty());

    QCOMPARE(m.instruments.size(), 1);
    const InstrumentInfo &instrument = m.instruments.first();
    QCOMPARE(instrument.id, u"Instrument:0"_s);
    QCOMPARE(instrument.microscope.manufacturer, u"Zeiss"_s);
    QCOMPARE(instrument.microscope.model, u"Axio Observer"_s);
    QCOMPARE(instrument.microscope.serialNumber, u"123"_s);
    QCOMPARE(instrument.microscope.type, u"Inverted"_s);

    QCOMPARE(instrument.lightSources.size(), 2);
    const LightSourceInfo &laser = instrument.lightSources.at(0);
    QCOMPARE(laser.id, u"LightSource:0:0"_s);
    QCOMPARE(laser.kind, u"Laser"_s);
    QCOMPARE(laser.manufacturer, u"Coherent"_s);
    QCOMPARE(laser.wavelengthNm.value_or(-1), 488.0);
    QCOMPARE(laser.powerMw.value_or(-1), 20.0);
    QCOMPARE(instrument.lightSources.at(1).kind, u"LightEmittingDiode"_s);
    QVERIFY(!instrument.lightSources.at(1).wavelengthNm);

    QCOMPARE(instrument.detectors.size(), 1);
    const DetectorInfo &detector = instrument.detectors.first();
    QCOMPARE(detector.id, u"Detector:0:0"_s);
    QCOMPARE(detector.type, u"CMOS"_s);
    QCOMPARE(detector.gain.value_or(-1), 2.0);
    QCOMPARE(detector.voltage.value_or(-1), 0.9);

    QCOMPARE(instrument.objectives.size(), 2);
    QCOMPARE(instrument.objectives.at(0).id, u"Objective:0:0"_s);
    QCOMPARE(instrument.objectives.at(0).workingDistanceUm.value_or(-1), 550.0);
    QCOMPARE(instrument.objectives.at(0).correction, u"PlanApo"_s);
    QCOMPARE(instrument.objectives.at(1).id, u"Objective:0:1"_s);
    QCOMPARE(instrument.objectives.at(1).nominalMagnification.value_or(-1), 40.0);
    QCOMPARE(instrument.objectives.at(1).lensNA.value_or(-1), 1.2);
    QCOMPARE(instrument.objectives.at(1).immersion, u"Water"_s);

    QCOMPARE(instrument.filters.size(), 1);
    QCOMPARE(instrument.filters.first().type, u"BandPass"_s);
    QCOMPARE(instrument.filters.first().cutInNm.value_or(-1), 500.0);
    QCOMPARE(instrument.filters.first().cutOutNm.value_or(-1), 550.0);

    QCOMPARE(m.images.size(), 1);
    const ImageInfo &image = m.images.first();
    QCOMPARE(image.id, u"Image:0"_s);
    QCOMPARE(image.name, u"cells"_s);
    QCOMPARE(image.description, u"Two channels"_s);
    QCOMPARE(image.acquisitionDate, u"2019-05-06T10:11:12"_s);
    QCOMPARE(image.instrumentRef, u"Instrument:0"_s);
    QCOMPARE(image.objectiveRef, u"Objective:0:1"_s);
    QCOMPARE(image.objectiveMedium, u"Water"_s);
    QCOMPARE(image.objectiveRefractiveIndex.value_or(-1), 1.33);
    QCOMPARE(image.stageLabel, u"Position 1"_s);
    QCOMPARE(m.objectiveOf(image)->model, u"C-Apochromat 40x/1.2 W"_s);

    const PixelsInfo &p = image.pixels;
    QCOMPARE(p.sizeX.value_or(-1), 512);
    QCOMPARE(p.sizeY.value_or(-1), 256);
    QCOMPARE(p.sizeZ.value_or(-1), 10);
    QCOMPARE(p.sizeC.value_or(-1), 2);
    QCOMPARE(p.sizeT.value_or(-1), 3);
    QCOMPARE(p.dimensionOrder, u"XYCZT"_s);
    QCOMPARE(p.pixelType, u"uint16"_s);
    QCOMPARE(p.significantBits.value_or(-1), 12);
    QVERIFY(qFuzzyCompare(p.physicalSizeXUm.value_or(-1), 0.325));
    QCOMPARE(p.physicalSizeYUm.value_or(-1), 0.325); // no unit attribute: µm
    QVERIFY(qFuzzyCompare(p.physicalSizeZUm.value_or(-1), 1.0));
    QCOMPARE(p.timeIncrementS.value_or(-1), 1.5);

    QCOMPARE(image.channels.size(), 2);
    const ChannelInfo &gfp = image.channels.at(0);
    QCOMPARE(gfp.id, u"Channel:0:0"_s);
    QCOMPARE(gfp.name, u"GFP"_s);
    QCOMPARE(gfp.fluor, u"EGFP"_s);
    QCOMPARE(gfp.acquisitionMode, u"LaserScanningConfocalMicroscopy"_s);
    QCOMPARE(gfp.illuminationType, u"Epifluorescence"_s);
    QCOMPARE(gfp.contrastMethod, u"Fluorescence"_s);
    QCOMPARE(gfp.excitationNm.value_or(-1), 488.0);
    QCOMPARE(gfp.emissionNm.value_or(-1), 525.0); // no unit attribute: nm
    QCOMPARE(gfp.pinholeUm.value_or(-1), 50.0);
    QCOMPARE(gfp.samplesPerPixel.value_or(-1), 1);
    QCOMPARE(gfp.color.value_or(0), -1); // written unsigned, kept as signed RGBA
    QCOMPARE(gfp.exposureS.value_or(-1), 0.01); // the first plane of channel 0, in ms
    QCOMPARE(gfp.lightSourceRef, u"LightSource:0:0"_s);
    QCOMPARE(gfp.lightSourceWavelengthNm.value_or(-1), 488.0);
    QCOMPARE(gfp.lightSourceAttenuation.value_or(-1), 0.1);
    QCOMPARE(gfp.detectorRef, u"Detector:0:0"_s);
    QCOMPARE(gfp.detectorGain.value_or(-1), 3.5);
    QCOMPARE(gfp.detectorVoltage.value_or(-1), 700.0);
    const ChannelInfo &dic = image.channels.at(1);
    QCOMPARE(dic.contrastMethod, u"DIC"_s);
    QCOMPARE(dic.color.value_or(0), -16776961);
    QCOMPARE(dic.exposureS.value_or(-1), 0.02); // no unit attribute: s
    QCOMPARE(dic.lightSourceRef, u"LightSource:0:1"_s);
    QVERIFY(!dic.excitationNm);
    QVERIFY(!dic.detectorGain);
}

void TestOmeXmlParser::documentInfo()
{
    const auto document = OmeXmlParser::parseDocument(prefixedWithUnits, origin);
    QVERIFY(document);
    QCOMPARE(document->uuid, u"urn:uuid:1111"_s);
    QVERIFY(document->binaryOnlyMetadataFile.isEmpty());
    QVERIFY(document->tiffDataFiles.isEmpty());

    const QByteArray member = R"(<?xml version="1.0"?><OME UUID="urn:uuid:a" xmlns="http://www.openmicroscopy.org/Schemas/OME/2016-06">
        <BinaryOnly MetadataFile="set.companion.ome" UUID="urn:uuid:b"/></OME>)";
    const auto binaryOnly = OmeXmlParser::parseDocument(member, origin);
    QVERIFY(binaryOnly);
    QCOMPARE(binaryOnly->binaryOnlyMetadataFile, u"set.companion.ome"_s);
    QCOMPARE(binaryOnly->binaryOnlyUuid, u"urn:uuid:b"_s);
    QVERIFY(binaryOnly->metadata.images.isEmpty());
}

void TestOmeXmlParser::missingValuesStayUnknown()
{
    const QByteArray xml = R"(<OME xmlns="http://www.openmicroscopy.org/Schemas/OME/2016-06">
        <Image ID="Image:0"><Pixels ID="Pixels:0" DimensionOrder="XYZCT" Type="int8" SizeX="4" SizeY="4" SizeZ="1" SizeC="1" SizeT="1" BigEndian="true">
          <Channel ID="Channel:0:0"/></Pixels></Image></OME>)";
    const auto parsed = OmeXmlParser::parse(xml, origin);
    QVERIFY(parsed);
    const ImageInfo &image = parsed->images.first();
    QVERIFY(!image.pixels.physicalSizeXUm && !image.pixels.physicalSizeYUm && !image.pixels.physicalSizeZUm);
    QVERIFY(!image.pixels.timeIncrementS);
    QVERIFY(!image.pixels.significantBits);
    QVERIFY(image.acquisitionDate.isEmpty());
    QVERIFY(image.instrumentRef.isEmpty() && image.objectiveRef.isEmpty());
    QCOMPARE(image.channels.size(), 1);
    QVERIFY(!image.channels.first().exposureS && !image.channels.first().excitationNm && !image.channels.first().color);
    QVERIFY(parsed->instruments.isEmpty());
}

void TestOmeXmlParser::uncalibratedUnitsStayUnknown()
{
    const QByteArray xml = R"(<OME><Image ID="Image:0"><Pixels ID="Pixels:0" DimensionOrder="XYZCT" Type="float" SizeX="4" SizeY="4" SizeZ="1" SizeC="1" SizeT="1"
        PhysicalSizeX="1" PhysicalSizeXUnit="pixel" PhysicalSizeY="-2" PhysicalSizeZ="2" PhysicalSizeZUnit="Å"/></Image></OME>)";
    const auto parsed = OmeXmlParser::parse(xml, origin);
    QVERIFY(parsed);
    const PixelsInfo &p = parsed->images.first().pixels;
    QVERIFY(!p.physicalSizeXUm);
    QVERIFY(!p.physicalSizeYUm); // not positive
    QVERIFY(qFuzzyCompare(p.physicalSizeZUm.value_or(-1), 0.0002));
}

void TestOmeXmlParser::microManagerIds()
{
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<OME xmlns="http://www.openmicroscopy.org/Schemas/OME/2016-06">
<Instrument ID="Microscope">
    <Detector ID="Camera" Manufacturer="DCam" Model="DemoCamera-MultiMode" Offset="0.0" SerialNumber="V1.0" />
</Instrument>
<Image ID="Image:0" Name="stack_1_MMStack_2-Pos000_000">
    <Description />
    <InstrumentRef ID="Microscope" />
    <StageLabel Name="2-Pos000_000" X="-256.0" XUnit="µm" Y="-256.0" YUnit="µm" />
    <Pixels BigEndian="false" DimensionOrder="XYCZT" ID="Pixels:0" PhysicalSizeX="2.0" PhysicalSizeXUnit="µm" PhysicalSizeY="2.0"
        PhysicalSizeYUnit="µm" PhysicalSizeZ="1.75" PhysicalSizeZUnit="µm" SizeC="3" SizeT="2" SizeX="256" SizeY="256" SizeZ="5"
        TimeIncrement="1.0" TimeIncrementUnit="ms" Type="uint16">
        <Channel ID="Channel:0:0" Name="Cy5" SamplesPerPixel="1">
            <DetectorSettings Binning="2x2" Gain="1.0" ID="Camera" Integration="20" Offset="1.0" Voltage="1.0" VoltageUnit="V" Zoom="3.0" />
            <LightPath />
        </Channel>
        <Channel ID="Channel:0:1" Name="DAPI" SamplesPerPixel="1"><LightPath /></Channel>
        <Channel ID="Channel:0:2" Name="FITC" SamplesPerPixel="1"><LightPath /></Channel>
        <TiffData FirstC="0" FirstT="0" FirstZ="0" IFD="0" PlaneCount="1">
            <UUID FileName="stack_1_MMStack_2-Pos000_000.ome.tif">urn:uuid:659dc8f0</UUID>
        </TiffData>
        <TiffData FirstC="1" FirstT="0" FirstZ="0" IFD="1" PlaneCount="1">
            <UUID FileName="stack_1_MMStack_2-Pos000_000.ome.tif">urn:uuid:659dc8f0</UUID>
        </TiffData>
        <Plane DeltaT="117.0" DeltaTUnit="ms" ExposureTime="1.0" ExposureTimeUnit="ms" TheC="0" TheT="0" TheZ="0" />
    </Pixels>
</Image>
</OME>)";
    const auto document = OmeXmlParser::parseDocument(xml, origin);
    QVERIFY(document);
    const FileMetadata &m = document->metadata;
    QCOMPARE(m.instruments.first().id, u"Instrument:0"_s);
    QCOMPARE(m.instruments.first().detectors.first().id, u"Detector:0:0"_s);
    QCOMPARE(m.instruments.first().detectors.first().model, u"DemoCamera-MultiMode"_s);
    QCOMPARE(m.instruments.first().detectors.first().offset.value_or(-1), 0.0);
    const ImageInfo &image = m.images.first();
    QCOMPARE(image.instrumentRef, u"Instrument:0"_s);
    QVERIFY(image.description.isEmpty());
    QCOMPARE(image.stageLabel, u"2-Pos000_000"_s);
    QCOMPARE(image.pixels.physicalSizeZUm.value_or(-1), 1.75);
    QCOMPARE(image.pixels.timeIncrementS.value_or(-1), 0.001);
    QCOMPARE(image.channels.first().detectorRef, u"Detector:0:0"_s);
    QCOMPARE(image.channels.first().detectorVoltage.value_or(-1), 1.0);
    QCOMPARE(image.channels.first().exposureS.value_or(-1), 0.001);
    QVERIFY(!image.channels.at(1).exposureS);
    QCOMPARE(document->tiffDataFiles, QStringList{u"stack_1_MMStack_2-Pos000_000.ome.tif"_s});
}

void TestOmeXmlParser::singleObjectiveIsTheImagesObjective()
{
    const QByteArray xml = R"(<OME><Instrument ID="Instrument:0"><Objective ID="Objective:0:0" LensNA="1.4"/></Instrument>
        <Image ID="Image:0"><InstrumentRef ID="Instrument:0"/></Image>
        <Image ID="Image:1"/></OME>)";
    const auto parsed = OmeXmlParser::parse(xml, origin);
    QVERIFY(parsed);
    QCOMPARE(parsed->images.at(0).objectiveRef, u"Objective:0:0"_s);
    QVERIFY(parsed->images.at(1).objectiveRef.isEmpty());
}

void TestOmeXmlParser::legacyLightSource()
{
    const QByteArray xml = R"(<OME xmlns="http://www.openmicroscopy.org/Schemas/OME/2010-06"><Instrument ID="Instrument:0">
        <LightSource ID="LightSource:0" Manufacturer="Spectra-Physics" Power="5"><Laser Type="Gas" Wavelength="561"/></LightSource>
        </Instrument><Image ID="Image:0" Name="x"><AcquiredDate>2010-02-03T04:05:06</AcquiredDate>
        <Pixels DimensionOrder="XYZCT" Type="uint8" SizeX="1" SizeY="1" SizeZ="1" SizeC="1" SizeT="1">
        <Channel ID="Channel:0:0"><LightSourceSettings ID="LightSource:0"/></Channel></Pixels></Image></OME>)";
    const auto parsed = OmeXmlParser::parse(xml, origin);
    QVERIFY(parsed);
    const LightSourceInfo &laser = parsed->instruments.first().lightSources.first();
    QCOMPARE(laser.kind, u"Laser"_s);
    QCOMPARE(laser.manufacturer, u"Spectra-Physics"_s);
    QCOMPARE(laser.wavelengthNm.value_or(-1), 561.0);
    QCOMPARE(laser.powerMw.value_or(-1), 5.0);
    QCOMPARE(parsed->images.first().acquisitionDate, u"2010-02-03T04:05:06"_s);
    QCOMPARE(parsed->images.first().channels.first().lightSourceRef, u"LightSource:0:0"_s);
}

void TestOmeXmlParser::originalMetadataFromAnnotations()
{
    const QByteArray xml = R"(<OME xmlns="http://www.openmicroscopy.org/Schemas/OME/2016-06">
        <Image ID="Image:0"><AnnotationRef ID="Annotation:map"/></Image>
        <StructuredAnnotations>
          <XMLAnnotation ID="Annotation:0" Namespace="openmicroscopy.org/OriginalMetadata"><Value>
            <OriginalMetadata><Key>Information|Instrument|Microscope|Name</Key><Value>Axio Observer.Z1 / 7</Value></OriginalMetadata>
          </Value></XMLAnnotation>
          <XMLAnnotation ID="Annotation:1" Namespace="openmicroscopy.org/OriginalMetadata"><Value>
            <OriginalMetadata><Key>Scaling|Distance|Value #1</Key><Value>1.44992E-07</Value></OriginalMetadata>
          </Value></XMLAnnotation>
          <MapAnnotation ID="Annotation:map"><Value><M K="Operator">jdoe</M><M K="Stain">DAPI &amp; GFP</M></Value></MapAnnotation>
          <CommentAnnotation ID="Annotation:c"><Value>not a key</Value></CommentAnnotation>
        </StructuredAnnotations></OME>)";
    const auto parsed = OmeXmlParser::parse(xml, origin);
    QVERIFY(parsed);
    const KeyValueList expectedFile = {{u"Information|Instrument|Microscope|Name"_s, u"Axio Observer.Z1 / 7"_s},
                                       {u"Scaling|Distance|Value #1"_s, u"1.44992E-07"_s}};
    QCOMPARE(parsed->originalMetadata, expectedFile);
    const KeyValueList expectedImage = {{u"Operator"_s, u"jdoe"_s}, {u"Stain"_s, u"DAPI & GFP"_s}};
    QCOMPARE(parsed->images.first().originalMetadata, expectedImage);
}

void TestOmeXmlParser::originalMetadataIsBounded()
{
    QByteArray xml = "<OME><StructuredAnnotations><MapAnnotation ID=\"Annotation:0\"><Value>";
    for (int i = 0; i < 25'000; ++i)
        xml += "<M K=\"key " + QByteArray::number(i) + "\">v</M>";
    xml += "<M K=\"long\">" + QByteArray(5000, 'x') + "</M>";
    xml += "</Value></MapAnnotation></StructuredAnnotations></OME>";
    const auto parsed = OmeXmlParser::parse(xml, origin);
    QVERIFY(parsed);
    QCOMPARE(parsed->originalMetadata.size(), 20'000);
    QCOMPARE(parsed->warnings.size(), 1);
    QVERIFY(parsed->warnings.first().startsWith(origin));

    QByteArray one = "<OME><StructuredAnnotations><MapAnnotation ID=\"Annotation:0\"><Value><M K=\"long\">" + QByteArray(5000, 'x')
        + "</M></Value></MapAnnotation></StructuredAnnotations></OME>";
    const auto cut = OmeXmlParser::parse(one, origin);
    QVERIFY(cut);
    QCOMPARE(cut->originalMetadata.first().second.size(), 4096);
    QCOMPARE(cut->warnings.size(), 1);
}

void TestOmeXmlParser::latin1IsReadWithAWarning()
{
    QByteArray xml = "<OME><Image ID=\"Image:0\" Name=\"5 \xB5m beads\"/></OME>";
    const auto parsed = OmeXmlParser::parse(xml, origin);
    QVERIFY(parsed);
    QCOMPARE(parsed->images.first().name, u"5 µm beads"_s);
    QCOMPARE(parsed->warnings.size(), 1);
    QVERIFY(parsed->warnings.first().contains(u"Latin-1"_s));
}

void TestOmeXmlParser::brokenDocuments_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("blanks") << QByteArray(" \n\0\0", 4) << u"empty"_s;
    QTest::newRow("truncated") << prefixedWithUnits.left(prefixedWithUnits.size() / 2) << u"damaged"_s;
    QTest::newRow("unclosed") << QByteArray("<OME><Image>") << u"damaged"_s;
    QTest::newRow("not xml") << QByteArray("ImageJ=1.53t\nimages=3\n") << u"damaged"_s;
    QTest::newRow("other root") << QByteArray("<?xml version=\"1.0\"?><ImageDescription/>") << u"not OME-XML"_s;
    static const char withNul[] = "<OME><Image ID=\"a\0b\"/></OME>";
    QTest::newRow("embedded nul") << QByteArray(withNul, sizeof withNul - 1) << u"OME"_s;
}

void TestOmeXmlParser::brokenDocuments()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, expected);
    const auto parsed = OmeXmlParser::parse(xml, origin);
    if (parsed) {
        // An embedded NUL may end the text early; reading it is also fine.
        QVERIFY(QByteArrayView(xml).contains('\0'));
        return;
    }
    QVERIFY2(parsed.error().startsWith(origin), qPrintable(parsed.error()));
    QVERIFY2(parsed.error().contains(expected), qPrintable(parsed.error()));
}

void TestOmeXmlParser::everyTruncationIsHandled()
{
    for (qsizetype length = 0; length < prefixedWithUnits.size(); length += 7) {
        const auto parsed = OmeXmlParser::parse(QByteArrayView(prefixedWithUnits).first(length), origin);
        if (!parsed)
            QVERIFY(parsed.error().startsWith(origin));
    }
}

void TestOmeXmlParser::hostileDocuments()
{
    QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE OME [<!ENTITY lol \"lol\">";
    for (int i = 1; i < 10; ++i) {
        laughs += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int k = 0; k < 10; ++k)
            laughs += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
        laughs += "\">";
    }
    laughs += "]><OME><Image ID=\"Image:0\" Name=\"&lol9;\"/></OME>";
    const auto bomb = OmeXmlParser::parse(laughs, origin);
    if (bomb)
        QVERIFY(bomb->images.first().name.size() < 100);

    QElapsedTimer timer;
    timer.start();
    QByteArray deep = "<OME><Image ID=\"Image:0\">";
    for (int i = 0; i < 200'000; ++i)
        deep += "<Pixels>";
    for (int i = 0; i < 200'000; ++i)
        deep += "</Pixels>";
    deep += "</Image></OME>";
    const auto parsed = OmeXmlParser::parse(deep, origin);
    QVERIFY(parsed);
    QCOMPARE(parsed->images.size(), 1);
    QVERIFY(timer.elapsed() < 10'000);
}

void TestOmeXmlParser::tooLargeIsRefused()
{
    const QByteArray huge(OmeXmlParser::MaxXmlBytes + 1, ' ');
    const auto parsed = OmeXmlParser::parse(huge, origin);
    QVERIFY(!parsed);
    QVERIFY(parsed.error().contains(u"MiB"_s));
}

void TestOmeXmlParser::looksLikeOmeXml_data()
{
    QTest::addColumn<QByteArray>("description");
    QTest::addColumn<bool>("ome");
    QTest::newRow("bio-formats") << QByteArray("<?xml version='1.0' encoding='utf-8'?>\n<OME xmlns=\"x\"></OME>") << true;
    QTest::newRow("trailing nul and blanks") << QByteArray("<OME></OME>\n\0", 13) << true;
    QTest::newRow("prefixed") << QByteArray("<ome:OME xmlns:ome=\"x\"/>") << true;
    QTest::newRow("comment first") << QByteArray("<?xml version=\"1.0\"?><!-- Warning --><OME UUID=\"u\"><BinaryOnly/></OME>") << true;
    QTest::newRow("imagej") << QByteArray("ImageJ=1.53t\nimages=3\n") << false;
    QTest::newRow("other xml") << QByteArray("<?xml version=\"1.0\"?><Leica/>") << false;
    QTest::newRow("plain text") << QByteArray("Acquired with OME>") << true; // tifffile's rule, parsed and refused later
    QTest::newRow("empty") << QByteArray() << false;
}

void TestOmeXmlParser::looksLikeOmeXml()
{
    QFETCH(QByteArray, description);
    QFETCH(bool, ome);
    QCOMPARE(OmeXmlParser::looksLikeOmeXml(description), ome);
}

void TestOmeXmlParser::writerRoundTrip()
{
    const auto parsed = OmeXmlParser::parse(prefixedWithUnits, origin);
    QVERIFY(parsed);
    const QByteArray written = OmeXmlWriter::toXml(*parsed);
    const auto again = OmeXmlParser::parse(written, origin);
    QVERIFY2(again, qPrintable(again.ok() ? QString() : again.error()));
    const ImageInfo &a = parsed->images.first();
    const ImageInfo &b = again->images.first();
    QCOMPARE(b.objectiveRef, a.objectiveRef);
    QCOMPARE(b.instrumentRef, a.instrumentRef);
    QCOMPARE(b.pixels.sizeZ, a.pixels.sizeZ);
    QCOMPARE(b.pixels.physicalSizeXUm.value_or(-1), a.pixels.physicalSizeXUm.value_or(-2));
    QCOMPARE(b.channels.size(), a.channels.size());
    QCOMPARE(b.channels.first().exposureS.value_or(-1), a.channels.first().exposureS.value_or(-2));
    QCOMPARE(b.channels.first().detectorRef, a.channels.first().detectorRef);
    QCOMPARE(again->instruments.first().objectives.size(), 2);
}

namespace {

// Everything the parser produces, one value a line, to compare two parses.
QString describe(const Result<OmeXmlDocument> &result)
{
    if (!result)
        return u"error: "_s + result.error();
    QStringList out;
    const auto value = [](const auto &optional) -> QString {
        return optional ? QString::number(double(*optional), 'g', 17) : u"-"_s;
    };
    const auto pairs = [&out](const KeyValueList &list) {
        for (const auto &[key, text] : list)
            out << u"  "_s + key + u" = "_s + text;
    };
    const OmeXmlDocument &d = *result;
    out << d.uuid << d.binaryOnlyMetadataFile << d.binaryOnlyUuid << d.tiffDataFiles.join(u'|');
    const FileMetadata &m = d.metadata;
    out << m.path << m.format << m.companionFiles.join(u'|') << m.setMaster << m.warnings;
    pairs(m.originalMetadata);
    for (const InstrumentInfo &i : m.instruments) {
        out << i.id << i.microscope.manufacturer << i.microscope.model << i.microscope.serialNumber << i.microscope.type;
        for (const ObjectiveInfo &o : i.objectives) {
            out << o.id << o.manufacturer << o.model << o.serialNumber << value(o.nominalMagnification) << value(o.calibratedMagnification)
                << value(o.lensNA) << o.immersion << o.correction << value(o.workingDistanceUm);
        }
        for (const DetectorInfo &x : i.detectors)
            out << x.id << x.manufacturer << x.model << x.serialNumber << x.type << value(x.gain) << value(x.voltage) << value(x.offset);
        for (const LightSourceInfo &x : i.lightSources)
            out << x.id << x.kind << x.manufacturer << x.model << x.serialNumber << value(x.wavelengthNm) << value(x.powerMw);
        for (const FilterInfo &x : i.filters)
            out << x.id << x.manufacturer << x.model << x.type << value(x.cutInNm) << value(x.cutOutNm);
    }
    for (const ImageInfo &i : m.images) {
        out << i.id << i.name << i.description << i.acquisitionDate << i.instrumentRef << i.objectiveRef << value(i.objectiveRefractiveIndex)
            << i.objectiveMedium << i.stageLabel;
        const PixelsInfo &p = i.pixels;
        out << value(p.sizeX) << value(p.sizeY) << value(p.sizeZ) << value(p.sizeC) << value(p.sizeT) << p.dimensionOrder << p.pixelType
            << value(p.significantBits) << value(p.physicalSizeXUm) << value(p.physicalSizeYUm) << value(p.physicalSizeZUm)
            << value(p.timeIncrementS);
        for (const ChannelInfo &c : i.channels) {
            out << c.id << c.name << c.fluor << c.acquisitionMode << c.illuminationType << c.contrastMethod << value(c.excitationNm)
                << value(c.emissionNm) << value(c.pinholeUm) << value(c.samplesPerPixel) << value(c.color) << value(c.exposureS)
                << c.detectorRef << value(c.detectorGain) << value(c.detectorVoltage) << c.lightSourceRef
                << value(c.lightSourceWavelengthNm) << value(c.lightSourceAttenuation);
        }
        pairs(i.originalMetadata);
    }
    return out.join(u'\n');
}

Result<OmeXmlDocument> parseAs(QByteArrayView xml, OmeXmlParser::Method method)
{
    OmeXmlText text(xml);
    return OmeXmlParser::parseDocument(text, origin, method);
}

// Both ways of parsing `xml` from memory; empty when they agree, else both results.
QString disagreement(QByteArrayView xml)
{
    const QString tree = describe(parseAs(xml, OmeXmlParser::Method::Tree));
    const QString streamed = describe(parseAs(xml, OmeXmlParser::Method::Streaming));
    return tree == streamed ? QString() : u"tree:\n"_s + tree + u"\n--- streaming:\n"_s + streamed;
}

// Out of schema order, with every construct pugixml reads or skips: a DOCTYPE
// with an internal subset, comments, CDATA, processing instructions, entities,
// text and a second element outside the root, repeated elements of which only
// the first counts, references to an instrument that comes after the images.
const QByteArray richDocument = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE OME [ <!ENTITY e "x"> <!-- c --> <?pi x?> <![IGNORE[ <!ELEMENT a ANY> ]]> ]>
<!-- comment at the top -->
<?xml-stylesheet href="a"?>
text at the top
<OME xmlns="http://www.openmicroscopy.org/Schemas/OME/2016-06" UUID="  urn:uuid:rich  " Creator="a &gt; b, c > d">
  <StructuredAnnotations>
    <MapAnnotation ID="Annotation:map"><Value><M K="Operator">jdoe</M><M K="">no key</M><M K="Stain"><![CDATA[DAPI & <GFP>]]></M>
      <M K="escapes">a&#13;&#10;b&#x41;&amp;&unknown;</M></Value><Value><M K="second value">ignored</M></Value></MapAnnotation>
    <XMLAnnotation ID="Annotation:0" Namespace="openmicroscopy.org/OriginalMetadata"><Value>
      <OriginalMetadata><Key>  Key with blanks  </Key><Value>  v1 </Value></OriginalMetadata>
      <OriginalMetadata><Key></Key><Value>empty key</Value></OriginalMetadata>
      <OriginalMetadata><Value>no key</Value></OriginalMetadata>
      <!-- a comment --><OriginalMetadata><Key>k2</Key><Value>v<!-- split -->2</Value></OriginalMetadata>
    </Value></XMLAnnotation>
    <CommentAnnotation ID="Annotation:c"><Value>not a key</Value></CommentAnnotation>
  </StructuredAnnotations>
  <Image ID="Image:a" Name="first &amp; only">
    <AcquiredDate>2010-02-03T04:05:06</AcquiredDate>
    <AcquisitionDate>not a date</AcquisitionDate>
    <AcquisitionDate>2011-01-01T00:00:00</AcquisitionDate>
    <Description>One</Description><Description>Two</Description>
    <InstrumentRef ID="Instrument:late"/>
    <AnnotationRef ID="Annotation:map"/>
    <Pixels ID="Pixels:0" DimensionOrder="xyczt" Type="UINT16" SizeX="10" SizeY="20" SizeZ="3" SizeC="3" SizeT="1" PhysicalSizeX="0.5">
      <Plane TheC="2" ExposureTime="3"/>
      <Plane TheC=" 0 " ExposureTime="1" ExposureTimeUnit="ms"/>
      <Channel ID="Channel:a:0" Name="A" Color="-1"><DetectorSettings ID="Detector:late" Gain="2"/><LightSourceSettings ID="Laser:late" Attenuation="0.5"/></Channel>
      <Channel ID="Channel:a:1" Name="B"/>
      <Channel ID="Channel:a:2" Name="C" SamplesPerPixel="3"/>
      <BinData Length="4">AAAA</BinData>
      <TiffData><UUID FileName="a.ome.tif">urn:uuid:1</UUID></TiffData>
      <TiffData><UUID FileName="b.ome.tif">urn:uuid:2</UUID></TiffData>
      <TiffData><UUID FileName="a.ome.tif">urn:uuid:1</UUID></TiffData>
      <Plane TheC="0" ExposureTime="99"/>
      <Plane TheC="1" ExposureTime="5" ExposureTimeUnit="µs"/>
    </Pixels>
    <Pixels ID="Pixels:1" SizeX="999"/>
  </Image>
  <Image ID="Image:b" Name='single quotes "x"'>
    <InstrumentRef ID="Instrument:late"/>
    <AnnotationRef ID="Annotation:0"/>
  </Image>
  <ROI ID="ROI:0"><Union><Shape><Image ID="nested"/></Shape></Union></ROI>
  <Instrument ID="Instrument:late">
    <Microscope Manufacturer="Nikon" Type="Inverted"/>
    <Microscope Manufacturer="ignored"/>
    <LightSource ID="Laser:late" Manufacturer="Coherent"><Laser Wavelength="488" Power="10"/></LightSource>
    <Arc ID="Arc:1" Power="100" PowerUnit="W"/>
    <Detector ID="Detector:late" Type="PMT" Voltage="500"/>
    <Objective ID="Objective:only" Model="Plan Apo 60x" NominalMagnification="60" LensNA="1.4" Immersion="Oil"/>
    <Filter ID="Filter:1"><TransmittanceRange CutIn="500" CutOut="550"/></Filter>
  </Instrument>
  <BinaryOnly MetadataFile="x.companion.ome" UUID="urn:uuid:x"/>
  <BinaryOnly MetadataFile="second"/>
  <StructuredAnnotations><MapAnnotation ID="ignored"><Value><M K="never">read</M></Value></MapAnnotation></StructuredAnnotations>
</OME>
trailing text
<Second root="ignored"/>
)";

QList<std::pair<QString, QByteArray>> fixtures()
{
    QByteArray crlf = prefixedWithUnits;
    crlf.replace("\n", "\r\n");
    crlf.replace(" Name=\"GFP\"", " Name=\"G\tF\r\nP\"");
    QByteArray latin1 = richDocument;
    latin1.replace("µs", "\xB5s"); // then not UTF-8
    QByteArray deep = "<OME><Image ID=\"Image:0\">";
    for (int i = 0; i < 2'000; ++i)
        deep += i % 2 ? "<a>" : "<b x=\"1\">";
    for (int i = 1'999; i >= 0; --i)
        deep += i % 2 ? "</a>" : "</b>";
    deep += "</Image></OME>";
    return {
        {u"prefixed"_s, prefixedWithUnits},
        {u"rich"_s, richDocument},
        {u"byte-order mark"_s, "\xEF\xBB\xBF" + richDocument},
        {u"two byte-order marks"_s, "\xEF\xBB\xBF\xEF\xBB\xBF" + prefixedWithUnits},
        {u"CR LF"_s, crlf},
        {u"Latin-1"_s, latin1},
        {u"deep"_s, deep},
        {u"self-closing root"_s, "<ome:OME xmlns:ome=\"x\" UUID=\"u\"/>"},
        {u"root ends the text"_s, "<OME><Image ID=\"Image:0\" Name=\"n\"/></OME"},
        {u"other root"_s, "<?xml version=\"1.0\"?><Other><Image/></Other><OME/>"},
        {u"NUL after the root"_s, QByteArray("<OME><Image ID=\"a\" Name=\"n\"/></OME>\0<broken", 42)},
        {u"NUL in the root"_s, QByteArray("<OME><Image ID=\"a\" Name=\"n\"/>\0</OME>", 37)},
        {u"stray < at the end"_s, "<OME/><"},
        {u"no element"_s, "just text"},
        {u"only a comment"_s, "<!-- nothing -->"},
    };
}

} // namespace

void TestOmeXmlParser::streamingMatchesTree_data()
{
    QTest::addColumn<QByteArray>("xml");
    for (const auto &[name, xml] : fixtures())
        QTest::newRow(qPrintable(name)) << xml;
}

void TestOmeXmlParser::streamingMatchesTree()
{
    QFETCH(QByteArray, xml);
    const QString difference = disagreement(xml);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // Truncated anywhere: the same errors at the same bytes.
    const qsizetype step = std::max<qsizetype>(1, xml.size() / 3'000);
    for (qsizetype length = 0; length < xml.size(); length += step) {
        const QString cut = disagreement(QByteArrayView(xml).first(length));
        QVERIFY2(cut.isEmpty(), qPrintable(u"cut at %1:\n"_s.arg(length) + cut));
    }
}

void TestOmeXmlParser::streamingMatchesTreeOnDamagedDocuments()
{
    // Damage that moves pugixml through all its branches: markup characters,
    // NULs, broken UTF-8, cut and repeated pieces, stray markup openers.
    static const QByteArray inserts[] = {"<",        ">",     "/",      "\"",     "'",         "=",    "!",    "?",    "-",   "[",
                                         "]",        "&",     ";",      " ",      QByteArray(1, '\0'), "\r", "\xC3", "\xB5", "\xEF\xBB\xBF",
                                         "<!--",     "-->",   "<![CDATA[", "]]>", "<?x",       "?>",   "<!DOCTYPE d [", "</a>", "<a>", "</",
                                         "<a b='1'", "<OME>", "</OME>", "<!x",    "<!-x",      "<![CD"};
    QRandomGenerator random(20'241'121);
    int compared = 0;
    for (const auto &[name, fixture] : fixtures()) {
        if (fixture.size() > 10'000)
            continue;
        for (int round = 0; round < 1'500; ++round) {
            QByteArray xml = fixture;
            const int edits = 1 + int(random.bounded(3));
            for (int e = 0; e < edits && !xml.isEmpty(); ++e) {
                const qsizetype at = random.bounded(int(xml.size()));
                switch (random.bounded(4)) {
                case 0:
                    xml.insert(at, inserts[random.bounded(int(std::size(inserts)))]);
                    break;
                case 1:
                    xml[at] = inserts[random.bounded(int(std::size(inserts)))].at(0);
                    break;
                case 2:
                    xml.remove(at, 1 + random.bounded(40));
                    break;
                default:
                    xml.insert(at, xml.mid(random.bounded(int(xml.size())), 1 + random.bounded(60)));
                    break;
                }
            }
            const QString difference = disagreement(xml);
            QVERIFY2(difference.isEmpty(), qPrintable(name + u" damaged:\n"_s + QString::fromLatin1(xml.toPercentEncoding(" <>/=\"'!?-[]&;:\n"))
                                                      + u"\n"_s + difference));
            ++compared;
        }
    }
    QVERIFY(compared > 10'000);
}

void TestOmeXmlParser::streamingMatchesTreeOnRepositoryFiles()
{
    // The OME-XML of every OME-TIFF, companion and .ome.xml file in the repository's test data and in the shared samples.
    int compared = 0;
    for (const QString &folder : {TestPaths::data(u"images"_s), TestPaths::samples()}) {
        QDirIterator files(folder, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            ByteSource source(path, 256LL * 1024 * 1024);
            if (!source.open())
                continue;
            QList<QByteArray> documents;
            if (path.endsWith(u".ome"_s) || path.endsWith(u".xml"_s)) {
                if (const Result<QByteArray> all = source.read(0, source.size()))
                    documents.append(*all);
            } else if (TiffDirectory::isTiff(source.head())) {
                const Result<TiffHeader> header = TiffDirectory::readHeader(source);
                const Result<TiffDirectory> ifd0 = header ? TiffDirectory::read(source, *header, header->firstDirectory)
                                                          : Result<TiffDirectory>::failure(header.error());
                if (!ifd0)
                    continue;
                for (const TiffTag *tag : ifd0->findAll(TiffDirectory::ImageDescription)) {
                    const Result<QByteArray> bytes = ifd0->bytes(source, *tag, OmeXmlParser::MaxXmlBytes);
                    if (bytes && OmeXmlParser::looksLikeOmeXml(*bytes))
                        documents.append(*bytes);
                }
            }
            for (const QByteArray &xml : std::as_const(documents)) {
                const QString difference = disagreement(xml);
                QVERIFY2(difference.isEmpty(), qPrintable(path + u":\n"_s + difference));
                ++compared;
            }
        }
    }
    QVERIFY(compared >= 4);
}

void TestOmeXmlParser::streamingFromFileMatchesTree()
{
    constexpr qsizetype chunk = OmeXmlText::ChunkBytes;
    // A comment in front puts the chunk boundary anywhere in the document behind it.
    const auto padded = [](qsizetype boundaryAt, const QByteArray &document) -> QByteArray {
        return "<!--" + QByteArray(chunk - boundaryAt - 7, 'x') + "-->" + document;
    };
    // The difference between parsing from a file and as a tree (empty: none), and what the file parse read.
    const auto fileVersusTree = [](const QByteArray &xml) -> std::pair<QString, qint64> {
        auto source = ByteSource::fromBytes(xml, origin);
        if (!source->open())
            return {u"cannot open"_s, 0};
        Result<OmeXmlText> text = OmeXmlText::fromFile(*source, 0, xml.size());
        if (!text)
            return {text.error(), 0};
        if (text->inMemory())
            return {u"not read in chunks"_s, 0};
        const QString streamed = describe(OmeXmlParser::parseDocument(text.value(), origin));
        const QString tree = describe(parseAs(xml, OmeXmlParser::Method::Tree));
        if (streamed == tree)
            return {QString(), source->bytesRead()};
        return {u"tree:\n"_s + tree + u"\n--- streaming from the file:\n"_s + streamed, source->bytesRead()};
    };
#define CHECK_FILE(xml, what)                                                                                                              \
    do {                                                                                                                                   \
        const QString differs = fileVersusTree(xml).first;                                                                                  \
        QVERIFY2(differs.isEmpty(), qPrintable(QString(what) + u"\n"_s + differs));                                                       \
    } while (false)

    QByteArray ascii = richDocument;
    ascii.replace("µs", "us");
    for (qsizetype at = 1; at < richDocument.size(); at += 53) {
        const QByteArray xml = padded(at, richDocument);
        const auto [difference, bytesRead] = fileVersusTree(xml);
        QVERIFY2(difference.isEmpty(), qPrintable(u"boundary at %1\n"_s.arg(at) + difference));
        // Each byte is read once, as a read of the whole range would.
        auto atOnce = ByteSource::fromBytes(xml, origin);
        QVERIFY(atOnce->open());
        QVERIFY(atOnce->read(0, xml.size()));
        QCOMPARE(bytesRead, atOnce->bytesRead());
        CHECK_FILE(xml.left(chunk + 1 + at / 2), u"cut after the boundary at %1"_s.arg(at));
        // Not UTF-8: found after the boundary, with (restart) or without (converted on the fly) UTF-8 before it.
        QByteArray latin1 = padded(at, ascii);
        latin1.insert(latin1.lastIndexOf("</OME>"), "\xB5");
        CHECK_FILE(latin1, u"Latin-1 after ASCII, boundary at %1"_s.arg(at));
        QByteArray mixed = padded(at, richDocument);
        mixed.insert(mixed.lastIndexOf("</OME>"), "\xB5");
        CHECK_FILE(mixed, u"Latin-1 after UTF-8, boundary at %1"_s.arg(at));
    }
    {
        // Not UTF-8 after UTF-8, and no budget left to read the file again: the rest is read as Latin-1.
        QByteArray mixed = padded(100, richDocument);
        mixed.insert(mixed.lastIndexOf("</OME>"), "<Image ID=\"late\" Name=\"\xB5m\"/>");
        auto source = ByteSource::fromBytes(mixed, origin, mixed.size() + 100);
        QVERIFY(source->open());
        Result<OmeXmlText> text = OmeXmlText::fromFile(*source, 0, mixed.size());
        QVERIFY(text);
        const auto parsed = OmeXmlParser::parseDocument(text.value(), origin);
        QVERIFY2(parsed, qPrintable(parsed.ok() ? QString() : parsed.error()));
        QCOMPARE(parsed->metadata.images.size(), 3);
        QCOMPARE(parsed->metadata.images.last().name, u"µm"_s);
        QCOMPARE(parsed->metadata.images.first().channels.at(1).exposureS.value_or(-1), 5e-6); // "µs" before it, UTF-8
        QVERIFY(parsed->metadata.warnings.first().contains(u"Latin-1"_s));
    }
    CHECK_FILE(padded(100, richDocument) + QByteArray("\0 junk \xB5 <", 10), u"NUL and Latin-1 after the root"_s);
    CHECK_FILE(padded(100, ascii) + QByteArray("\0 junk \xB5 <", 10), u"NUL and Latin-1 after the root, ASCII before"_s);
    CHECK_FILE("\xEF\xBB\xBF" + padded(100, richDocument) + QByteArray(2 * chunk + 5, ' ') + QByteArray(3, '\0'), u"blank chunks at the end"_s);
    CHECK_FILE("\xEF\xBB\xBF" + QByteArray(2 * chunk, '\n'), u"blanks only"_s);
    CHECK_FILE(padded(100, richDocument) + "<", u"stray < at the end"_s);
#undef CHECK_FILE
}

void TestOmeXmlParser::originalMetadataBeyondBudgetIsCountedInEveryAnnotation()
{
    // Bio-Formats writes one XMLAnnotation per key.
    QByteArray xml = "<OME><StructuredAnnotations>";
    for (int i = 0; i < 25'000; ++i) {
        xml += "<XMLAnnotation ID=\"Annotation:" + QByteArray::number(i) + "\"><Value><OriginalMetadata><Key>key " + QByteArray::number(i)
            + "</Key><Value>v</Value></OriginalMetadata></Value></XMLAnnotation>";
    }
    xml += "</StructuredAnnotations></OME>";
    for (const OmeXmlParser::Method method : {OmeXmlParser::Method::Tree, OmeXmlParser::Method::Streaming}) {
        const auto parsed = parseAs(xml, method);
        QVERIFY(parsed);
        QCOMPARE(parsed->metadata.originalMetadata.size(), 20'000);
        QCOMPARE(parsed->metadata.originalMetadata.last().first, u"key 19999"_s);
        QCOMPARE(parsed->metadata.warnings.size(), 1);
        QVERIFY2(parsed->metadata.warnings.first().contains(u" 5000 further key/value pairs"_s), qPrintable(parsed->metadata.warnings.first()));
    }
}

namespace {

// Shaped like Bio-Formats' OME-XML of a large acquisition: one image whose
// Pixels lists `planes` Plane elements (4 channels; the first plane of channel
// c was exposed (c + 1) × 10 ms, every later one 1 s longer), and
// `annotations` OriginalMetadata annotations after a MapAnnotation of the image.
QByteArray largeDocument(int planes, int annotations)
{
    QByteArray xml;
    xml.reserve(planes * 150LL + annotations * 220LL + 4096);
    xml += R"(<?xml version="1.0" encoding="UTF-8"?><OME xmlns="http://www.openmicroscopy.org/Schemas/OME/2016-06" UUID="urn:uuid:large">)"
           R"(<Instrument ID="Instrument:0"><Detector ID="Detector:0" Model="ORCA" Type="CMOS"/><Objective ID="Objective:0" LensNA="1.4"/></Instrument>)"
           R"(<Image ID="Image:0" Name="large"><AcquisitionDate>2024-11-21T07:31:00</AcquisitionDate><InstrumentRef ID="Instrument:0"/>)"
           R"(<AnnotationRef ID="Annotation:image"/><Pixels ID="Pixels:0" DimensionOrder="XYZCT" Type="uint16" SizeX="2048" SizeY="2048" )"
           R"(SizeZ="500" SizeC="4" SizeT="100">)";
    for (int c = 0; c < 4; ++c)
        xml += "<Channel ID=\"Channel:0:" + QByteArray::number(c) + "\" Name=\"C" + QByteArray::number(c)
            + "\"><DetectorSettings ID=\"Detector:0\"/></Channel>";
    xml += R"(<TiffData IFD="0" PlaneCount="200000"><UUID FileName="large.ome.tif">urn:uuid:large</UUID></TiffData>)";
    for (int p = 0; p < planes; ++p) {
        const int c = p % 4;
        xml += "<Plane TheC=\"" + QByteArray::number(c) + "\" TheZ=\"" + QByteArray::number(p / 4 % 500) + "\" TheT=\""
            + QByteArray::number(p / 2000) + "\" DeltaT=\"" + QByteArray::number(p * 0.25) + "\" DeltaTUnit=\"s\" ExposureTime=\""
            + QByteArray::number((c + 1) * 10 + (p >= 4 ? 1000 : 0)) + "\" ExposureTimeUnit=\"ms\" PositionZ=\""
            + QByteArray::number(p / 4 % 500) + "\" PositionZUnit=\"µm\"/>";
    }
    xml += R"(</Pixels></Image><StructuredAnnotations><MapAnnotation ID="Annotation:image"><Value>)"
           R"(<M K="Operator">jdoe</M><M K="Stain">DAPI</M><M K="Well">B4</M></Value></MapAnnotation>)";
    for (int a = 0; a < annotations; ++a) {
        xml += "<XMLAnnotation ID=\"Annotation:" + QByteArray::number(a)
            + "\" Namespace=\"openmicroscopy.org/OriginalMetadata\"><Value><OriginalMetadata><Key>Vendor|Section|Key " + QByteArray::number(a)
            + "</Key><Value>" + QByteArray(100, char('a' + a % 26)) + "</Value></OriginalMetadata></Value></XMLAnnotation>";
    }
    xml += "</StructuredAnnotations></OME>";
    return xml;
}

void verifyLargeDocument(const Result<OmeXmlDocument> &parsed, int annotations)
{
    QVERIFY2(parsed, qPrintable(parsed.ok() ? QString() : parsed.error()));
    const FileMetadata &m = parsed->metadata;
    QCOMPARE(parsed->uuid, u"urn:uuid:large"_s);
    QCOMPARE(parsed->tiffDataFiles, QStringList{u"large.ome.tif"_s});
    QCOMPARE(m.images.size(), 1);
    const ImageInfo &image = m.images.first();
    QCOMPARE(image.acquisitionDate, u"2024-11-21T07:31:00"_s);
    QCOMPARE(image.instrumentRef, u"Instrument:0"_s);
    QCOMPARE(image.objectiveRef, u"Objective:0:0"_s);
    QCOMPARE(image.pixels.sizeZ.value_or(-1), 500);
    QCOMPARE(image.channels.size(), 4);
    for (int c = 0; c < 4; ++c) {
        QCOMPARE(image.channels.at(c).exposureS.value_or(-1), (c + 1) * 0.01); // the first plane's
        QCOMPARE(image.channels.at(c).detectorRef, u"Detector:0:0"_s);
    }
    const KeyValueList imagePairs = {{u"Operator"_s, u"jdoe"_s}, {u"Stain"_s, u"DAPI"_s}, {u"Well"_s, u"B4"_s}};
    QCOMPARE(image.originalMetadata, imagePairs);
    // Up to the budget in document order, then only counted.
    QCOMPARE(m.originalMetadata.size(), KeyValueBudget::MaxPairs - 3);
    QCOMPARE(m.originalMetadata.first().first, u"Vendor|Section|Key 0"_s);
    QCOMPARE(m.originalMetadata.last().first, u"Vendor|Section|Key %1"_s.arg(KeyValueBudget::MaxPairs - 4));
    QCOMPARE(m.originalMetadata.last().second, QString(100, QChar(char16_t(u'a' + (KeyValueBudget::MaxPairs - 4) % 26))));
    QCOMPARE(m.warnings.size(), 1);
    const QString dropped = QString::number(annotations + 3 - KeyValueBudget::MaxPairs);
    QVERIFY2(m.warnings.first().contains(u" "_s + dropped + u" further key/value pairs"_s), qPrintable(m.warnings.first()));
}

} // namespace

void TestOmeXmlParser::largeDocumentStaysWithinMemoryBudget()
{
    constexpr int planes = 200'000;
    constexpr int annotations = 85'000;
    const QByteArray xml = largeDocument(planes, annotations);
    QVERIFY(xml.size() >= 50LL * 1024 * 1024);
    QVERIFY(xml.size() <= OmeXmlParser::MaxXmlBytes);

    // From memory: the text is the caller's; what the parse adds is the budget's.
    Result<OmeXmlDocument> parsed = Result<OmeXmlDocument>::failure({});
    const long long fromMemory = peakHeapOf([&] { parsed = OmeXmlParser::parseDocument(xml, origin); });
    verifyLargeDocument(parsed, annotations);

    // From a file, as an OME-TIFF's ImageDescription is read: the text too counts, yet is never whole in memory.
    QTemporaryFile file;
    QVERIFY(file.open());
    QCOMPARE(file.write(xml), xml.size());
    file.close();
    qint64 bytesRead = 0;
    const long long fromFile = peakHeapOf([&] {
        ByteSource source(file.fileName());
        QVERIFY(source.open());
        Result<OmeXmlText> text = OmeXmlText::fromFile(source, 0, source.size());
        QVERIFY(text);
        parsed = OmeXmlParser::parseDocument(text.value(), file.fileName());
        bytesRead = source.bytesRead();
    });
    QVERIFY2(parsed, qPrintable(parsed.ok() ? QString() : parsed.error()));
    verifyLargeDocument(parsed, annotations);
    // Each byte once, as a read of the whole range would.
    ByteSource atOnce(file.fileName());
    QVERIFY(atOnce.open());
    QVERIFY(atOnce.read(0, atOnce.size()));
    QCOMPARE(bytesRead, atOnce.bytesRead());

    if (fromMemory < 0)
        QSKIP("The heap is not counted in this build (sanitizer).");
    qInfo("peak heap added: %.1f MiB from memory, %.1f MiB from a file (%.1f MiB document)", fromMemory / 1048576.0, fromFile / 1048576.0,
          xml.size() / 1048576.0);
    QVERIFY2(fromMemory < MetadataBudget, qPrintable(u"%1 bytes"_s.arg(fromMemory)));
    QVERIFY2(fromFile < MetadataBudget, qPrintable(u"%1 bytes"_s.arg(fromFile)));
}

void TestOmeXmlParser::hostileLargeDocumentsStayWithinMemoryBudget()
{
    struct Case
    {
        const char *name;
        QByteArray xml;
        bool parses;
    };
    QList<Case> cases;
    {
        QByteArray tiny = "<OME><Image ID=\"Image:0\" Name=\"tiny\"><Pixels SizeX=\"1\">";
        tiny.reserve(60 * 1024 * 1024 + 64);
        while (tiny.size() < 60 * 1024 * 1024)
            tiny += "<a/><b/><c/><d/>";
        tiny += "</Pixels></Image></OME>";
        cases.append({"60 MiB of tiny elements", std::move(tiny), true});
    }
    {
        QByteArray attributes = "<OME><Image ID=\"Image:0\"";
        for (int i = 0; i < 1'000'000; ++i)
            attributes += " a" + QByteArray::number(i) + "=\"\"";
        attributes += "/></OME>";
        cases.append({"one element with 1,000,000 attributes", attributes, false});
        attributes.replace("<Image ", "<Unknown ");
        cases.append({"one unread element with 1,000,000 attributes", std::move(attributes), true});
    }
    {
        QByteArray channels = "<OME>";
        for (int i = 0; i < 10'000; ++i) {
            channels += "<Image><Pixels>";
            for (int c = 0; c < 200; ++c)
                channels += "<Channel/>";
            channels += "</Pixels></Image>";
        }
        channels += "</OME>";
        cases.append({"2,000,000 channels in 10,000 images", std::move(channels), true});
    }
    {
        QByteArray deep = "<OME><Image ID=\"Image:0\">";
        for (int i = 0; i < 500'000; ++i)
            deep += "<Pixels>";
        for (int i = 0; i < 500'000; ++i)
            deep += "</Pixels>";
        deep += "</Image></OME>";
        cases.append({"500,000 nested elements", std::move(deep), true});
    }

    for (const Case &hostile : std::as_const(cases)) {
        Result<OmeXmlDocument> parsed = Result<OmeXmlDocument>::failure({});
        const long long peak = peakHeapOf([&] { parsed = OmeXmlParser::parseDocument(hostile.xml, origin); });
        QVERIFY2(parsed.ok() == hostile.parses, qPrintable(QString::fromLatin1(hostile.name) + u": "_s + (parsed ? u"parsed"_s : parsed.error())));
        if (!parsed)
            QVERIFY2(parsed.error().startsWith(origin), qPrintable(parsed.error()));
        if (peak >= 0) {
            qInfo("%s: peak heap added %.1f MiB", hostile.name, peak / 1048576.0);
            QVERIFY2(peak < MetadataBudget, hostile.name);
        }
    }
}

QTEST_GUILESS_MAIN(TestOmeXmlParser)
#include "TestOmeXmlParser.moc"
