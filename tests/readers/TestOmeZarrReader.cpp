// OME-Zarr folders: the real samples (MANIFEST #17–#19), small folders this
// test writes (NGFF 0.4 with units, 0.5, bioformats2raw with OME-XML, a
// plate), and broken metadata that must fail clearly.
//
// The example folders in tests/data/images/ome-zarr/ are written by this test:
//   METAFILL_WRITE_SEEDS=1 ./TestOmeZarrReader writeSeeds
#include "MetadataReader.h"
#include "ReaderTestSupport.h"
#include "TestPaths.h"
#include "formats/OmeZarrReader.h"
#include "formats/ZarrStore.h"
#include "io/ByteSource.h"
#include "ome/OmeXmlWriter.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace metafill;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(content);
}

QString valueOf(const KeyValueList &pairs, const QString &key)
{
    for (const auto &[k, v] : pairs) {
        if (k == key)
            return v;
    }
    return u"<absent>"_s;
}

// The size of every metadata file in a folder (everything but chunks).
qint64 metadataBytes(const QString &folder)
{
    qint64 total = 0;
    QDirIterator it(folder, {u".zattrs"_s, u".zgroup"_s, u".zarray"_s, u"zarr.json"_s, u".zmetadata"_s, u"*.xml"_s},
                    QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

Result<FileMetadata> readCounted(const QString &folder, qint64 &bytesRead)
{
    const qint64 before = ByteSource::totalBytesRead();
    Result<FileMetadata> result = OmeZarrReader::readFolder(folder, bytesRead);
    // The store's own count agrees with what went through ByteSources.
    if (ByteSource::totalBytesRead() - before != bytesRead)
        qWarning("byte counts differ: %lld vs %lld", ByteSource::totalBytesRead() - before, bytesRead);
    return result;
}

// The documents below are adjacent one-line literals: moc's tokenizer loses
// its way in raw strings that span lines, and JSON needs no line breaks.

// NGFF 0.4 (Zarr v2) with units on every axis, a multiscale-level scale,
// omero channels, and a second pyramid level.
void writeV04(const QString &root)
{
    writeFile(root + u"/.zgroup"_s, R"({"zarr_format": 2})");
    writeFile(
        root + u"/.zattrs"_s,
        R"({"multiscales": [{"version": "0.4", "name": "synthetic v0.4",)"
        R"(  "axes": [{"name": "t", "type": "time", "unit": "millisecond"}, {"name": "c", "type": "channel"},)"
        R"(           {"name": "z", "type": "space", "unit": "micrometer"},)"
        R"(           {"name": "y", "type": "space", "unit": "nanometer"}, {"name": "x", "type": "space", "unit": "nanometer"}],)"
        R"(  "datasets": [{"path": "0", "coordinateTransformations": [{"type": "scale", "scale": [500.0, 1.0, 0.5, 65.0, 65.0]}]},)"
        R"(               {"path": "1", "coordinateTransformations": [{"type": "scale", "scale": [500.0, 1.0, 0.5, 130.0, 130.0]}]}],)"
        R"(  "coordinateTransformations": [{"type": "scale", "scale": [2.0, 1.0, 1.0, 1.0, 1.0]}]}],)"
        R"( "omero": {"name": "omero name", "channels": [)"
        R"(  {"label": "DAPI", "color": "0000FF", "window": {"min": 0, "max": 65535, "start": 100, "end": 4000}},)"
        R"(  {"label": "GFP", "color": "00FF00", "active": true}]}})");
    writeFile(root + u"/0/.zarray"_s, R"({"zarr_format": 2, "shape": [4, 2, 7, 300, 400], "chunks": [1, 1, 1, 300, 400], "dtype": "<u2",)"
                                      R"( "compressor": null, "fill_value": 0, "order": "C", "filters": null})");
    writeFile(root + u"/1/.zarray"_s, R"({"zarr_format": 2, "shape": [4, 2, 7, 150, 200], "chunks": [1, 1, 1, 150, 200], "dtype": "<u2",)"
                                      R"( "compressor": null, "fill_value": 0, "order": "C", "filters": null})");
    // A chunk, which must never be read.
    writeFile(root + u"/0/0.0.0.0.0"_s, QByteArray(4096, 'P'));
}

// NGFF 0.5 (Zarr v3): attributes.ome, dimension_names.
void writeV05(const QString &root)
{
    writeFile(
        root + u"/zarr.json"_s,
        R"({"zarr_format": 3, "node_type": "group", "attributes": {"ome": {"version": "0.5",)"
        R"(  "multiscales": [{"name": "synthetic v0.5",)"
        R"(   "axes": [{"name": "c", "type": "channel"}, {"name": "z", "type": "space", "unit": "micrometer"},)"
        R"(            {"name": "y", "type": "space", "unit": "micrometer"}, {"name": "x", "type": "space", "unit": "micrometer"}],)"
        R"(   "datasets": [{"path": "s0", "coordinateTransformations": [{"type": "scale", "scale": [1, 2.0, 0.25, 0.25]},)"
        R"(                                                             {"type": "translation", "translation": [0, 10, 20, 30]}]}]}],)"
        R"(  "omero": {"channels": [{"label": 488, "color": "FF00FF"}]}},)"
        R"( "other": {"note": "kept"}}})");
    writeFile(root + u"/s0/zarr.json"_s, R"({"zarr_format": 3, "node_type": "array", "shape": [1, 5, 256, 128], "data_type": "uint8",)"
                                         R"( "chunk_grid": {"name": "regular", "configuration": {"chunk_shape": [1, 1, 256, 128]}},)"
                                         R"( "chunk_key_encoding": {"name": "default"}, "fill_value": 0, "codecs": [{"name": "bytes"}],)"
                                         R"( "dimension_names": ["c", "z", "y", "x"], "attributes": {}})");
}

const QByteArray Bioformats2rawXml =
    R"(<?xml version="1.0" encoding="UTF-8"?>)"
    R"(<OME xmlns="http://www.openmicroscopy.org/Schemas/OME/2016-06">)"
    R"( <Instrument ID="Instrument:0"><Microscope Manufacturer="Zeiss" Model="LSM 980"/>)"
    R"(  <Objective ID="Objective:0:0" Model="Plan-Apochromat 63x/1.40 Oil" LensNA="1.4" NominalMagnification="63" Immersion="Oil"/>)"
    R"( </Instrument>)"
    R"( <Image ID="Image:0" Name="first series"><AcquisitionDate>2024-02-03T04:05:06</AcquisitionDate>)"
    R"(  <InstrumentRef ID="Instrument:0"/><ObjectiveSettings ID="Objective:0:0"/>)"
    R"(  <Pixels ID="Pixels:0" DimensionOrder="XYZCT" Type="uint16" SizeX="64" SizeY="32" SizeZ="3" SizeC="2" SizeT="1")"
    R"(          PhysicalSizeX="0.1" PhysicalSizeXUnit="µm" PhysicalSizeY="0.1" PhysicalSizeYUnit="µm">)"
    R"(   <Channel ID="Channel:0:0" Name="Alexa 488" EmissionWavelength="520"/><Channel ID="Channel:0:1"/><MetadataOnly/>)"
    R"(  </Pixels>)"
    R"( </Image>)"
    R"( <Image ID="Image:1" Name="second series">)"
    R"(  <Pixels ID="Pixels:1" DimensionOrder="XYZCT" Type="uint8" SizeX="16" SizeY="16" SizeZ="1" SizeC="1" SizeT="1"><MetadataOnly/></Pixels>)"
    R"( </Image>)"
    R"(</OME>)";

// bioformats2raw layout 3: OME/METADATA.ome.xml, OME/.zattrs "series",
// series groups without units (bioformats2raw writes them from the XML).
void writeBioformats2raw(const QString &root)
{
    writeFile(root + u"/.zgroup"_s, R"({"zarr_format": 2})");
    writeFile(root + u"/.zattrs"_s, R"({"bioformats2raw.layout": 3})");
    writeFile(root + u"/OME/.zgroup"_s, R"({"zarr_format": 2})");
    writeFile(root + u"/OME/.zattrs"_s, R"({"series": ["0", "1"]})");
    writeFile(root + u"/OME/METADATA.ome.xml"_s, Bioformats2rawXml);
    const char *twoChannels = R"([{"label": "from zarr 0", "color": "FF0000"}, {"label": "from zarr 1", "color": "00FF00"}])";
    const char *oneChannel = R"([{"label": "only"}])";
    for (const auto &[series, shape, dtype, channels] :
         {std::tuple("0", "[1, 2, 3, 32, 64]", "<u2", twoChannels), std::tuple("1", "[1, 1, 1, 16, 16]", "|u1", oneChannel)}) {
        const QString group = root + u'/' + QLatin1StringView(series);
        writeFile(group + u"/.zgroup"_s, R"({"zarr_format": 2})");
        writeFile(
            group + u"/.zattrs"_s,
            QByteArray(R"({"multiscales": [{"version": "0.4", "datasets": [{"path": "0"}],)"
                       R"(  "axes": [{"name": "t", "type": "time"}, {"name": "c", "type": "channel"}, {"name": "z", "type": "space"},)"
                       R"(           {"name": "y", "type": "space"}, {"name": "x", "type": "space"}]}],)"
                       R"( "omero": {"channels": )") +
                channels + "}}");
        writeFile(group + u"/0/.zarray"_s,
                  QByteArray(R"({"zarr_format": 2, "shape": )") + shape + R"(, "dtype": ")" + dtype + R"(", "chunks": [1,1,1,16,16]})");
    }
}

// An HCS plate: two wells with two fields each.
void writePlate(const QString &root)
{
    writeFile(root + u"/.zgroup"_s, R"({"zarr_format": 2})");
    writeFile(root + u"/.zattrs"_s,
              R"({"plate": {"version": "0.4", "name": "Plate 7", "field_count": 2,)"
              R"( "rows": [{"name": "A"}], "columns": [{"name": "1"}, {"name": "2"}],)"
              R"( "wells": [{"path": "A/1", "rowIndex": 0, "columnIndex": 0}, {"path": "A/2", "rowIndex": 0, "columnIndex": 1},)"
              R"( {"path": "A/3", "rowIndex": 0, "columnIndex": 2}]}})");
    for (const char *well : {"A/1", "A/2"}) {
        const QString wellPath = root + u'/' + QLatin1StringView(well);
        writeFile(wellPath + u"/.zattrs"_s, R"({"well": {"version": "0.4", "images": [{"path": "0"}, {"path": "1"}]}})");
        for (const char *field : {"0", "1"}) {
            const QString fieldPath = wellPath + u'/' + QLatin1StringView(field);
            writeFile(fieldPath + u"/.zattrs"_s,
                      R"({"multiscales": [{"version": "0.4", "datasets": [{"path": "0",)"
                      R"( "coordinateTransformations": [{"type": "scale", "scale": [1.0, 0.325, 0.325]}]}],)"
                      R"( "axes": [{"name": "c", "type": "channel"}, {"name": "y", "type": "space", "unit": "micrometer"},)"
                      R"( {"name": "x", "type": "space", "unit": "micrometer"}]}]})");
            writeFile(fieldPath + u"/0/.zarray"_s, R"({"zarr_format": 2, "shape": [3, 20, 30], "dtype": "<u2", "chunks": [1, 20, 30]})");
        }
    }
    // Well A/3 is listed but missing: left out with a warning.
}

} // namespace

class TestOmeZarrReader : public QObject
{
    Q_OBJECT

private slots:
    void recognizesFolders()
    {
        QTemporaryDir dir;
        writeV04(dir.filePath(u"image.ome.zarr"_s));
        QVERIFY(OmeZarrReader::recognizesFolder(dir.filePath(u"image.ome.zarr"_s)));
        QVERIFY(!OmeZarrReader::recognizesFolder(dir.path())); // no METADATA.ome.xml beside it
        writeFile(dir.filePath(u"METADATA.ome.xml"_s), Bioformats2rawXml);
        QVERIFY(OmeZarrReader::recognizesFolder(dir.path()));
        QVERIFY(!OmeZarrReader::recognizesFolder(dir.filePath(u"METADATA.ome.xml"_s)));
        QVERIFY(!OmeZarrReader::recognizesFolder(dir.filePath(u"missing"_s)));
    }

    // MANIFEST #17 and #18: SpatialData's blobs image, NGFF "0.4-dev-spatialdata"
    // (Zarr v2) and "0.5-dev-spatialdata" (Zarr v3).
    void blobsSamples_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("#17 v0.4") << u"ome-zarr/ome-zarr/blobs_image_v04.ome.zarr"_s;
        QTest::newRow("#18 v0.5") << u"ome-zarr/ome-zarr/blobs_image_v05.ome.zarr"_s;
    }
    void blobsSamples()
    {
        QFETCH(QString, folder);
        const QString path = TestPaths::samples(folder);
        SKIP_UNLESS_SAMPLE_EXISTS(path);
        QVERIFY(OmeZarrReader::recognizesFolder(path));
        qint64 bytesRead = 0;
        const Result<FileMetadata> result = readCounted(path, bytesRead);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->format, u"ome-zarr"_s);
        QCOMPARE(result->images.size(), 1);
        const ImageInfo &image = result->images[0];
        QCOMPARE(image.id, u"Image:0"_s);
        QCOMPARE(image.name, u"/images/blobs_image"_s);
        QCOMPARE(image.pixels.sizeX, 12);
        QCOMPARE(image.pixels.sizeY, 12);
        QCOMPARE(image.pixels.sizeZ, 1);
        QCOMPARE(image.pixels.sizeC, 3);
        QCOMPARE(image.pixels.sizeT, 1);
        QCOMPARE(image.pixels.pixelType, u"double"_s);
        QCOMPARE(image.pixels.dimensionOrder, u"XYCZT"_s);
        // Scale 1 on axes without a unit: no physical size.
        QVERIFY(!image.pixels.physicalSizeXUm);
        QVERIFY(!image.pixels.physicalSizeYUm);
        QVERIFY(!image.pixels.physicalSizeZUm);
        QCOMPARE(image.channels.size(), 3);
        for (int c = 0; c < 3; ++c) {
            QCOMPARE(image.channels[c].id, u"Channel:0:%1"_s.arg(c));
            QCOMPARE(image.channels[c].name, QString::number(c)); // integer labels
            QVERIFY(!image.channels[c].color);
        }
        QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(u'\n')));
        QCOMPARE(valueOf(image.originalMetadata, u"multiscales|0|name"_s), u"/images/blobs_image"_s);
        QCOMPARE(valueOf(image.originalMetadata, u"omero|channels|2|label"_s), u"2"_s);
        QCOMPARE(valueOf(image.originalMetadata, u"array|shape"_s), u"3, 12, 12"_s);
        // Only the metadata files, never the chunk.
        qInfo("%s: %lld bytes read, metadata files %lld bytes", qPrintable(folder), bytesRead, metadataBytes(path));
        QVERIFY(bytesRead <= metadataBytes(path));
        QVERIFY(bytesRead > 0);
    }

    // MANIFEST #19: the old bioformats2raw layout (layout 1, METADATA.ome.xml
    // beside data.zarr, multiscales 0.1 without axes), opened as the parent
    // folder and as data.zarr itself.
    void bioformatsSample_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("parent folder") << u"ome-zarr/bioformats-zarr"_s;
        QTest::newRow("data.zarr") << u"ome-zarr/bioformats-zarr/data.zarr"_s;
    }
    void bioformatsSample()
    {
        QFETCH(QString, folder);
        const QString path = TestPaths::samples(folder);
        SKIP_UNLESS_SAMPLE_EXISTS(path);
        QVERIFY(OmeZarrReader::recognizesFolder(path));
        qint64 bytesRead = 0;
        const Result<FileMetadata> result = readCounted(path, bytesRead);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->images.size(), 1);
        const ImageInfo &image = result->images[0];
        QCOMPARE(image.name, u"multi-channel.ome.tif"_s);
        QCOMPARE(image.pixels.sizeX, 439);
        QCOMPARE(image.pixels.sizeY, 167);
        QCOMPARE(image.pixels.sizeZ, 1);
        QCOMPARE(image.pixels.sizeC, 3);
        QCOMPARE(image.pixels.sizeT, 1);
        QCOMPARE(image.pixels.pixelType, u"int8"_s);
        QCOMPARE(image.channels.size(), 3);
        QVERIFY(!image.pixels.physicalSizeXUm);
        QCOMPARE(result->companionFiles.size(), 1);
        QVERIFY(result->companionFiles[0].endsWith(u"METADATA.ome.xml"_s));
        QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(u'\n')));
        QCOMPARE(valueOf(result->originalMetadata, u"bioformats2raw.layout"_s), u"1"_s);
        QCOMPARE(valueOf(image.originalMetadata, u"multiscales|0|version"_s), u"0.1"_s);
        qInfo("%s: %lld bytes read, metadata files %lld bytes", qPrintable(folder), bytesRead,
              metadataBytes(TestPaths::samples(u"ome-zarr/bioformats-zarr"_s)));
        QVERIFY(bytesRead <= metadataBytes(TestPaths::samples(u"ome-zarr/bioformats-zarr"_s)));

        // Through the registry, as the batch scanner calls it.
        const MetadataReader reader;
        const Result<FileMetadata> viaRegistry = reader.read(path);
        QVERIFY(viaRegistry);
        QCOMPARE(viaRegistry->path, path);
        QCOMPARE(MetadataReader::lastBytesRead(), bytesRead);
    }

    void ngff04WithUnits()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"units.ome.zarr"_s);
        writeV04(root);
        qint64 bytesRead = 0;
        const Result<FileMetadata> result = readCounted(root, bytesRead);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        const ImageInfo &image = result->images[0];
        QCOMPARE(image.name, u"synthetic v0.4"_s);
        QCOMPARE(image.pixels.sizeX, 400);
        QCOMPARE(image.pixels.sizeY, 300);
        QCOMPARE(image.pixels.sizeZ, 7);
        QCOMPARE(image.pixels.sizeC, 2);
        QCOMPARE(image.pixels.sizeT, 4);
        QCOMPARE(image.pixels.pixelType, u"uint16"_s);
        QCOMPARE(image.pixels.dimensionOrder, u"XYZCT"_s);
        QCOMPARE(*image.pixels.physicalSizeXUm, 0.065);
        QCOMPARE(*image.pixels.physicalSizeYUm, 0.065);
        QCOMPARE(*image.pixels.physicalSizeZUm, 0.5);
        QCOMPARE(*image.pixels.timeIncrementS, 1.0); // 500 ms × the multiscale's 2
        QCOMPARE(image.channels.size(), 2);
        QCOMPARE(image.channels[0].name, u"DAPI"_s);
        QCOMPARE(image.channels[0].color, qint32(0x0000FFFF));
        QCOMPARE(image.channels[1].name, u"GFP"_s);
        QCOMPARE(image.channels[1].color, qint32(0x00FF00FF));
        QCOMPARE(valueOf(image.originalMetadata, u"omero|channels|0|window|end"_s), u"4000"_s);
        QCOMPARE(valueOf(image.originalMetadata, u"array|dtype"_s), u"<u2"_s);
        QCOMPARE(valueOf(image.originalMetadata, u"multiscales|0|axes|0|unit"_s), u"millisecond"_s);
        QVERIFY(result->warnings.isEmpty());
        // The second level and the chunk are never read.
        QCOMPARE(bytesRead, QFileInfo(root + u"/.zattrs"_s).size() + QFileInfo(root + u"/0/.zarray"_s).size());

        const QByteArray xml = OmeXmlWriter::toXml(*result, 0);
        QVERIFY(xml.contains("PhysicalSizeX=\"0.065\""));
    }

    void ngff05()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"v05.ome.zarr"_s);
        writeV05(root);
        const Result<FileMetadata> result = MetadataReader().read(root);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->format, u"ome-zarr"_s);
        const ImageInfo &image = result->images[0];
        QCOMPARE(image.name, u"synthetic v0.5"_s);
        QCOMPARE(image.pixels.sizeX, 128);
        QCOMPARE(image.pixels.sizeY, 256);
        QCOMPARE(image.pixels.sizeZ, 5);
        QCOMPARE(image.pixels.sizeC, 1);
        QCOMPARE(image.pixels.sizeT, 1);
        QCOMPARE(image.pixels.pixelType, u"uint8"_s);
        QCOMPARE(*image.pixels.physicalSizeZUm, 2.0);
        QCOMPARE(*image.pixels.physicalSizeXUm, 0.25);
        QVERIFY(!image.pixels.timeIncrementS);
        QCOMPARE(image.channels.size(), 1);
        QCOMPARE(image.channels[0].name, u"488"_s);
        QCOMPARE(image.channels[0].color, qint32(0xFF00FFFFu));
        // The "ome" level is left out of the keys; other attributes keep theirs.
        QCOMPARE(valueOf(image.originalMetadata, u"version"_s), u"0.5"_s);
        QCOMPARE(valueOf(image.originalMetadata, u"other|note"_s), u"kept"_s);
        QCOMPARE(valueOf(image.originalMetadata, u"array|data_type"_s), u"uint8"_s);
    }

    void bioformats2rawWithOmeXml()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"converted.zarr"_s);
        writeBioformats2raw(root);
        const Result<FileMetadata> result = OmeZarrReader::readFolder(root);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->images.size(), 2);
        QCOMPARE(result->instruments.size(), 1);
        QCOMPARE(result->instruments[0].microscope.model, u"LSM 980"_s);
        const ImageInfo &first = result->images[0];
        QCOMPARE(first.id, u"Image:0"_s);
        QCOMPARE(first.name, u"first series"_s);
        QCOMPARE(first.acquisitionDate, u"2024-02-03T04:05:06"_s);
        const ObjectiveInfo *objective = result->objectiveOf(first);
        QVERIFY(objective);
        QCOMPARE(objective->lensNA, 1.4);
        QCOMPARE(first.pixels.sizeX, 64);
        QCOMPARE(first.pixels.sizeZ, 3);
        QCOMPARE(first.pixels.pixelType, u"uint16"_s);
        QCOMPARE(*first.pixels.physicalSizeXUm, 0.1);
        QVERIFY(!first.pixels.physicalSizeZUm); // neither the XML nor the Zarr (no unit) says
        QCOMPARE(first.channels.size(), 2);
        QCOMPARE(first.channels[0].name, u"Alexa 488"_s); // the XML's
        QCOMPARE(first.channels[0].emissionNm, 520.0);
        QCOMPARE(first.channels[1].name, u"from zarr 1"_s); // the gap filled from omero
        QCOMPARE(first.channels[1].color, qint32(0x00FF00FF));
        QCOMPARE(first.channels[1].id, u"Channel:0:1"_s);
        const ImageInfo &second = result->images[1];
        QCOMPARE(second.id, u"Image:1"_s);
        QCOMPARE(second.name, u"second series"_s);
        QCOMPARE(second.pixels.pixelType, u"uint8"_s);
        QCOMPARE(second.pixels.sizeX, 16);
        QCOMPARE(result->companionFiles.size(), 1);
        QVERIFY(result->companionFiles[0].endsWith(u"OME/METADATA.ome.xml"_s));
        QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(u'\n')));
        QCOMPARE(valueOf(result->originalMetadata, u"bioformats2raw.layout"_s), u"3"_s);

        // Without the OME-XML, the series are read from Zarr alone.
        QFile::remove(root + u"/OME/METADATA.ome.xml"_s);
        QFile::remove(root + u"/OME/.zattrs"_s); // and found as 0, 1, … without the series list
        const Result<FileMetadata> zarrOnly = OmeZarrReader::readFolder(root);
        QVERIFY2(zarrOnly, qPrintable(zarrOnly ? QString() : zarrOnly.error()));
        QCOMPARE(zarrOnly->images.size(), 2);
        QCOMPARE(zarrOnly->images[0].channels[0].name, u"from zarr 0"_s);
        QCOMPARE(zarrOnly->images[1].id, u"Image:1"_s);
        QVERIFY(zarrOnly->instruments.isEmpty());
    }

    void plate()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"plate.ome.zarr"_s);
        writePlate(root);
        const Result<FileMetadata> result = OmeZarrReader::readFolder(root);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        // The first field of each well that exists.
        QCOMPARE(result->images.size(), 2);
        QCOMPARE(result->images[0].name, u"Well A/1, field 0"_s);
        QCOMPARE(result->images[1].name, u"Well A/2, field 0"_s);
        QCOMPARE(result->images[1].id, u"Image:1"_s);
        QCOMPARE(result->images[0].pixels.sizeC, 3);
        QCOMPARE(*result->images[0].pixels.physicalSizeXUm, 0.325);
        QCOMPARE(valueOf(result->originalMetadata, u"plate|name"_s), u"Plate 7"_s);
        QCOMPARE(result->warnings.size(), 1);
        QVERIFY2(result->warnings[0].contains(u"A/3"_s), qPrintable(result->warnings[0]));

        // A well opened on its own lists all its fields.
        const Result<FileMetadata> well = OmeZarrReader::readFolder(root + u"/A/1"_s);
        QVERIFY2(well, qPrintable(well ? QString() : well.error()));
        QCOMPARE(well->images.size(), 2);
    }

    // Python writes NaN for unknown numbers; the rest of the document stays readable.
    void nonFiniteNumbersAreTolerated()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"nan.zarr"_s);
        writeV04(root);
        writeFile(
            root + u"/0/.zarray"_s,
            R"({"zarr_format": 2, "shape": [1, 1, 1, 8, 8], "dtype": "<f4", "fill_value": NaN, "note": "NaN in text", "x": -Infinity})");
        const Result<FileMetadata> result = OmeZarrReader::readFolder(root);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->images[0].pixels.pixelType, u"float"_s);
        QCOMPARE(valueOf(result->images[0].originalMetadata, u"array|note"_s), u"NaN in text"_s);
    }

    void brokenMetadata_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed JSON") << u".zattrs"_s << QByteArray(R"({"multiscales": [{"version": "0.4",)") << u"not valid JSON"_s;
        QTest::newRow("nesting bomb") << u".zattrs"_s << QByteArray(200000, '[') << u"nested more than"_s;
        QTest::newRow("nested bomb in array") << u"0/.zarray"_s
                                              << (QByteArray(R"({"shape": [3, 4, 5, 6, 7], "x": )") + QByteArray(100, '{'))
                                              << u"nested more than"_s;
        QTest::newRow("huge shape") << u"0/.zarray"_s << QByteArray(R"({"shape": [1, 2, 3, 18446744073709551615, 7], "dtype": "<u2"})")
                                    << u"no plausible shape"_s;
        QTest::newRow("negative shape") << u"0/.zarray"_s << QByteArray(R"({"shape": [1, 2, -3, 4, 7], "dtype": "<u2"})")
                                        << u"no plausible shape"_s;
        QTest::newRow("fractional shape") << u"0/.zarray"_s << QByteArray(R"({"shape": [1, 2, 1e30, 4, 7], "dtype": "<u2"})")
                                          << u"no plausible shape"_s;
        QTest::newRow("shape not a list") << u"0/.zarray"_s << QByteArray(R"({"shape": "big"})") << u"no plausible shape"_s;
        QTest::newRow("array not an object") << u"0/.zarray"_s << QByteArray(R"([1, 2, 3])") << u"not a Zarr array"_s;
        QTest::newRow("axes mismatch") << u"0/.zarray"_s << QByteArray(R"({"shape": [300, 400], "dtype": "<u2"})") << u"has 2 dimensions"_s;
        QTest::newRow("no multiscales") << u".zattrs"_s << QByteArray(R"({"something": "else"})") << u"no OME-NGFF image"_s;
        QTest::newRow("multiscales not a list")
            << u".zattrs"_s << QByteArray(R"({"multiscales": {"datasets": []}})") << u"no multiscales description"_s;
        QTest::newRow("no datasets") << u".zattrs"_s << QByteArray(R"({"multiscales": [{"version": "0.4", "datasets": []}]})")
                                     << u"lists no arrays"_s;
        QTest::newRow("path out of the folder")
            << u".zattrs"_s << QByteArray(R"({"multiscales": [{"datasets": [{"path": "../outside"}]}]})") << u"not a plain path"_s;
        QTest::newRow("absolute path") << u".zattrs"_s << QByteArray(R"({"multiscales": [{"datasets": [{"path": "/etc"}]}]})")
                                       << u"not a plain path"_s;
        QTest::newRow("missing array") << u".zattrs"_s << QByteArray(R"({"multiscales": [{"datasets": [{"path": "9"}]}]})")
                                       << u"missing or not an array"_s;
        QTest::newRow("axes not a list") << u".zattrs"_s << QByteArray(R"({"multiscales": [{"datasets": [{"path": "0"}], "axes": 5}]})")
                                         << u"not a list of axes"_s;
    }
    void brokenMetadata()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString root = dir.filePath(u"broken.zarr"_s);
        writeV04(root);
        writeFile(root + u'/' + file, content);
        const Result<FileMetadata> result = MetadataReader().read(root);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(message), qPrintable(result.error()));
        QVERIFY2(result.error().startsWith(root), qPrintable(result.error()));
    }

    // A metadata file larger than the bound is refused before it is read.
    void oversizedMetadata()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"big.zarr"_s);
        writeV04(root);
        QFile zarray(root + u"/0/.zarray"_s);
        QVERIFY(zarray.open(QIODevice::ReadWrite));
        QVERIFY(zarray.resize(ZarrStore::MaxJsonBytes + 1)); // sparse, nothing written
        zarray.close();
        const qint64 before = ByteSource::totalBytesRead();
        const Result<FileMetadata> result = OmeZarrReader::readFolder(root);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"more than the 16 MiB"_s), qPrintable(result.error()));
        QVERIFY(ByteSource::totalBytesRead() - before < 1024 * 1024);
    }

    // Links out of the folder are not followed; links inside it are.
    void symbolicLinks()
    {
        QTemporaryDir dir;
        const QString outside = dir.filePath(u"outside"_s);
        writeFile(outside + u"/.zarray"_s, R"({"shape": [1, 1, 1, 5, 5], "dtype": "|u1"})");
        const QString root = dir.filePath(u"linked.zarr"_s);
        writeV04(root);
        QVERIFY(QDir(root + u"/0"_s).removeRecursively());
        QVERIFY(QFile::link(outside, root + u"/0"_s));
        const Result<FileMetadata> result = OmeZarrReader::readFolder(root);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"outside the image folder"_s), qPrintable(result.error()));

        // Inside the folder a link is fine.
        QFile::remove(root + u"/0"_s);
        QVERIFY(QFile::link(root + u"/1"_s, root + u"/0"_s));
        const Result<FileMetadata> inside = OmeZarrReader::readFolder(root);
        QVERIFY2(inside, qPrintable(inside ? QString() : inside.error()));
        QCOMPARE(inside->images[0].pixels.sizeX, 200);
    }

    // NGFF 0.1–0.3: no axes (0.1/0.2 are t, c, z, y, x), axes as names (0.3).
    void olderVersions()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"old.zarr"_s);
        writeFile(root + u"/.zgroup"_s, R"({"zarr_format": 2})");
        writeFile(root + u"/.zattrs"_s, R"({"multiscales": [{"version": "0.3", "axes": ["z", "y", "x"], "datasets": [{"path": "0"}]}]})");
        writeFile(root + u"/0/.zarray"_s, R"({"shape": [9, 10, 11], "dtype": ">i2"})");
        Result<FileMetadata> result = OmeZarrReader::readFolder(root);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->images[0].pixels.sizeZ, 9);
        QCOMPARE(result->images[0].pixels.sizeX, 11);
        QCOMPARE(result->images[0].pixels.pixelType, u"int16"_s);

        // A version from the future is read as 0.5 with a warning.
        writeFile(root + u"/.zattrs"_s, R"({"multiscales": [{"version": "0.9", "axes": ["z", "y", "x"], "datasets": [{"path": "0"}]}]})");
        result = OmeZarrReader::readFolder(root);
        QVERIFY(result);
        QCOMPARE(result->warnings.size(), 1);
        QVERIFY(result->warnings[0].contains(u"0.9"_s));

        // An unknown extra axis is reported, not guessed.
        writeFile(root + u"/.zattrs"_s,
                  R"({"multiscales": [{"version": "0.4", "datasets": [{"path": "0"}],)"
                  R"( "axes": [{"name": "angle", "type": "angle"}, {"name": "y", "type": "space"}, {"name": "x", "type": "space"}]}]})");
        result = OmeZarrReader::readFolder(root);
        QVERIFY(result);
        QCOMPARE(result->images[0].pixels.sizeZ, 1);
        QCOMPARE(result->warnings.size(), 1);
        QVERIFY(result->warnings[0].contains(u"angle (9)"_s));
    }

    void notOmeZarr()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"plain.zarr"_s);
        writeFile(root + u"/.zarray"_s, R"({"shape": [10, 10], "dtype": "<u2"})");
        Result<FileMetadata> result = OmeZarrReader::readFolder(root);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"plain Zarr array"_s), qPrintable(result.error()));

        const QString two = dir.filePath(u"two"_s);
        writeV04(two + u"/a.zarr"_s);
        writeV04(two + u"/b.zarr"_s);
        writeFile(two + u"/METADATA.ome.xml"_s, Bioformats2rawXml);
        result = OmeZarrReader::readFolder(two);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"several Zarr folders"_s), qPrintable(result.error()));

        result = OmeZarrReader::readFolder(dir.filePath(u"nothing"_s));
        QVERIFY(!result);
    }

    // The committed example folders read as written.
    void seeds()
    {
        const QDir seeds(TestPaths::data(u"images/ome-zarr"_s));
        const QStringList names = seeds.entryList({u"*.zarr"_s}, QDir::Dirs, QDir::Name);
        QVERIFY(names.size() >= 2);
        for (const QString &name : names) {
            const Result<FileMetadata> result = MetadataReader().read(seeds.filePath(name));
            QVERIFY2(result, qPrintable(result ? QString() : result.error()));
            QVERIFY(!result->images.isEmpty());
        }
    }

    void writeSeeds()
    {
        if (qEnvironmentVariableIsEmpty("METAFILL_WRITE_SEEDS"))
            QSKIP("set METAFILL_WRITE_SEEDS=1 to rewrite tests/data/images/ome-zarr");
        QDir(TestPaths::data(u"images/ome-zarr"_s)).removeRecursively();
        writeV04(TestPaths::data(u"images/ome-zarr/v04-units.ome.zarr"_s));
        QFile::remove(TestPaths::data(u"images/ome-zarr/v04-units.ome.zarr/0/0.0.0.0.0"_s));
        writeV05(TestPaths::data(u"images/ome-zarr/v05.ome.zarr"_s));
        writeBioformats2raw(TestPaths::data(u"images/ome-zarr/bioformats2raw-layout3.zarr"_s));
    }
};

QTEST_GUILESS_MAIN(TestOmeZarrReader)
#include "TestOmeZarrReader.moc"
