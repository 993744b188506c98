// Imaris .ims: the real sample (MANIFEST #16), small .ims files this test
// writes with the HDF5 C API, and broken inputs that must fail clearly.
//
// The fuzz seeds in tests/data/images/ims/ are written by this test:
//   METAFILL_WRITE_SEEDS=1 ./TestImsReader writeSeeds
#include "MetadataReader.h"
#include "TestPaths.h"
#include "formats/ImsReader.h"
#include "io/ByteSource.h"
#include "ome/OmeXmlWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#ifdef METAFILL_HAVE_HDF5
#include <hdf5.h>
#endif

using namespace metafill;
using namespace Qt::StringLiterals;

namespace {

QString valueOf(const KeyValueList &pairs, const QString &key)
{
    for (const auto &[k, v] : pairs) {
        if (k == key)
            return v;
    }
    return u"<absent>"_s;
}

// Bytes this process read with read(2) and friends, from /proc/self/io:
// libhdf5 reads the file itself, so the ByteSource cannot count those reads.
std::optional<qint64> processBytesRead()
{
    QFile io(u"/proc/self/io"_s);
    if (!io.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("rchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return std::nullopt;
}

#ifdef METAFILL_HAVE_HDF5

// Attributes as Imaris writes them: an array of one-character strings.
void imarisAttribute(hid_t location, const char *name, const QByteArray &value)
{
    const hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, 1);
    // Imaris writes an empty value as one NUL character.
    const QByteArray data = value.isEmpty() ? QByteArray(1, '\0') : value;
    const hsize_t count = hsize_t(data.size());
    const hid_t space = H5Screate_simple(1, &count, nullptr);
    const hid_t attribute = H5Acreate2(location, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
    H5Awrite(attribute, type, data.constData());
    H5Aclose(attribute);
    H5Sclose(space);
    H5Tclose(type);
}

struct ImsGroup
{
    QByteArray name;
    QList<std::pair<QByteArray, QByteArray>> attributes;
};

// A small .ims: root attributes, DataSetInfo groups, and (unless
// `dataType` < 0) a 4×4×1 dataset of that type whose values are never written.
QByteArray writeIms(const QString &path, const QList<ImsGroup> &groups, hid_t dataType = H5T_STD_U16LE, bool newestFormat = true)
{
    const hid_t access = H5Pcreate(H5P_FILE_ACCESS);
    if (newestFormat)
        H5Pset_libver_bounds(access, H5F_LIBVER_LATEST, H5F_LIBVER_LATEST);
    const hid_t file = H5Fcreate(QFile::encodeName(path).constData(), H5F_ACC_TRUNC, H5P_DEFAULT, access);
    H5Pclose(access);
    imarisAttribute(file, "ImarisVersion", "5.5.0");
    imarisAttribute(file, "ImarisDataSet", "ImarisDataSet");
    const hid_t info = groups.isEmpty() ? -1 : H5Gcreate2(file, "DataSetInfo", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    for (const ImsGroup &group : groups) {
        const hid_t g = H5Gcreate2(info, group.name.constData(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        for (const auto &[name, value] : group.attributes)
            imarisAttribute(g, name.constData(), value);
        H5Gclose(g);
    }
    if (info >= 0)
        H5Gclose(info);
    if (dataType >= 0) {
        const hid_t links = H5Pcreate(H5P_LINK_CREATE);
        H5Pset_create_intermediate_group(links, 1);
        const hsize_t dims[3] = {1, 4, 4};
        const hid_t space = H5Screate_simple(3, dims, nullptr);
        const hid_t data =
            H5Dcreate2(file, "DataSet/ResolutionLevel 0/TimePoint 0/Channel 0/Data", dataType, space, links, H5P_DEFAULT, H5P_DEFAULT);
        H5Dclose(data);
        H5Sclose(space);
        H5Pclose(links);
    }
    H5Fclose(file);
    QFile written(path);
    return written.open(QIODevice::ReadOnly) ? written.readAll() : QByteArray();
}

QList<ImsGroup> fullDescription()
{
    return {
        {"Image",
         {{"X", "128"},
          {"Y", "64"},
          {"Z", "10"},
          {"Noc", "2"},
          {"Unit", "nm"},
          {"ExtMin0", "0"},
          {"ExtMax0", "12800"},
          {"ExtMin1", "-3200"},
          {"ExtMax1", "3200"},
          {"ExtMin2", "0"},
          {"ExtMax2", "5000"},
          {"Name", "Synthetic stack"},
          {"Description", "Written by TestImsReader"},
          {"RecordingDate", "2023-04-05 06:07:08.900"},
          {"NumericalAperture", "1.4"},
          {"LensPower", "63"},
          {"ManufactorString", "Generic"},
          {"ManufactorType", "LSM"},
          {"Filename", "C:\\Daten\\M\xfc"
                       "ller.ims"}}},
        {"Channel 0",
         {{"Name", "DAPI"},
          {"Description", "nuclei"},
          {"Color", "0.000 0.000 1.000"},
          {"LSMExcitationWavelength", "405"},
          {"LSMEmissionWavelength", "461"},
          {"LSMPinhole", "53.5"}}},
        {"Channel 1", {{"Name", "GFP"}, {"Color", "0 1 0"}, {"LSMExcitationWavelength", ""}, {"LSMPinhole", "0"}}},
        {"TimeInfo", {{"DatasetTimePoints", "3"}, {"FileTimePoints", "3"}, {"TimePoint1", "2023-04-05 06:07:08.900"}}},
        {"Imaris", {{"Version", "9.9"}}},
    };
}

#endif

} // namespace

class TestImsReader : public QObject
{
    Q_OBJECT

private slots:
    void recognizes()
    {
        const ImsReader reader;
        QCOMPARE(reader.format(), u"ims"_s);
        QVERIFY(reader.recognizes(u"a.ims"_s, QByteArrayView("\x89HDF\r\n\x1a\n\0\0", 10)));
        QVERIFY(reader.recognizes(u"a.h5"_s, QByteArrayView("\x89HDF\r\n\x1a\n\0\0", 10)));
        QVERIFY(reader.recognizes(u"old.IMS"_s, QByteArrayView("IMS2", 4)));
        QVERIFY(!reader.recognizes(u"a.tif"_s, QByteArrayView("II*\0", 4)));
        // After a 512-byte user block.
        QByteArray userBlock(512, 'u');
        userBlock.append("\x89HDF\r\n\x1a\n", 8);
        QVERIFY(reader.recognizes(u"a.h5"_s, userBlock));
    }

    // MANIFEST #16: Bitplane's PtK2Cell demo data set (Imaris 7.0).
    void samplePtK2Cell()
    {
        const QString path = TestPaths::samples(u"ims/PtK2Cell.ims"_s);
        if (!QFile::exists(path))
            QSKIP("sample ims/PtK2Cell.ims not present");
        if (!ImsHdf5::isAvailable())
            QSKIP("built without HDF5");
        const MetadataReader reader;
        const std::optional<qint64> before = processBytesRead();
        const Result<FileMetadata> result = reader.read(path);
        const std::optional<qint64> after = processBytesRead();
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        const FileMetadata &file = *result;
        QCOMPARE(file.format, u"ims"_s);
        QCOMPARE(file.images.size(), 1);
        const ImageInfo &image = file.images[0];
        QCOMPARE(image.name, u"Spindle Formation in PtK2 Cell"_s);
        QCOMPARE(image.acquisitionDate, u"2002-01-01T00:00:00"_s);
        QVERIFY(image.description.startsWith(u"Labeling of Dynactin"_s));
        QCOMPARE(image.pixels.sizeX, 256);
        QCOMPARE(image.pixels.sizeY, 256);
        QCOMPARE(image.pixels.sizeZ, 32);
        QCOMPARE(image.pixels.sizeC, 4);
        QCOMPARE(image.pixels.sizeT, 1);
        QCOMPARE(image.pixels.pixelType, u"uint8"_s);
        QCOMPARE(image.pixels.dimensionOrder, u"XYZCT"_s);
        QVERIFY(image.pixels.physicalSizeXUm && image.pixels.physicalSizeYUm && image.pixels.physicalSizeZUm);
        QCOMPARE(qRound(*image.pixels.physicalSizeXUm * 10000), 670); // (17.118 + 0.033) / 256
        QCOMPARE(qRound(*image.pixels.physicalSizeYUm * 10000), 670);
        QCOMPARE(qRound(*image.pixels.physicalSizeZUm * 1000), 200); // (6.3 + 0.1) / 32
        QCOMPARE(image.channels.size(), 4);
        const QStringList names = {u"Kinetochores"_s, u"Microtubules"_s, u"DNA"_s, u"Dynactin"_s};
        const qint32 colors[] = {qint32(0xFF0000FFu), qint32(0x00FF00FF), qint32(0x0000FFFF), qint32(0xFFFFFFFFu)};
        for (int c = 0; c < 4; ++c) {
            QCOMPARE(image.channels[c].id, u"Channel:0:%1"_s.arg(c));
            QCOMPARE(image.channels[c].name, names[c]);
            QCOMPARE(image.channels[c].color, colors[c]);
            // 500/500 are a converter's placeholders, but they are what the file says.
            QCOMPARE(image.channels[c].excitationNm, 500.0);
            QCOMPARE(image.channels[c].emissionNm, 500.0);
            QVERIFY(!image.channels[c].pinholeUm); // "0"
        }
        // NumericalAperture and LensPower are empty: no objective, no instrument.
        QVERIFY(file.instruments.isEmpty());
        QVERIFY(image.objectiveRef.isEmpty());
        // "Generic"/"LSM" are no microscope; they stay original metadata.
        QCOMPARE(valueOf(image.originalMetadata, u"Image|ManufactorString"_s), u"Generic"_s);
        QCOMPARE(valueOf(image.originalMetadata, u"Image|ManufactorType"_s), u"LSM"_s);
        QCOMPARE(valueOf(image.originalMetadata, u"Image|RecordingDate"_s), u"2002-01-01 00:00:00.000"_s);
        QCOMPARE(valueOf(image.originalMetadata, u"Channel 1|Description"_s), u"Tubulin"_s);
        QCOMPARE(valueOf(image.originalMetadata, u"Imaris|Version"_s), u"7.0"_s);
        QCOMPARE(valueOf(image.originalMetadata, u"Log|Entries"_s), u"3"_s);
        QCOMPARE(valueOf(file.originalMetadata, u"ImarisVersion"_s), u"5.5.0"_s);
        // Filename holds Windows-1252 bytes: decoded as Latin-1, never dropped.
        const QString filename = valueOf(image.originalMetadata, u"Image|Filename"_s);
        QVERIFY2(filename.startsWith(u"G:"_s) && filename.endsWith(u".ics"_s), qPrintable(filename));
        QVERIFY(filename.contains(QChar(0xC9)));

        // The ByteSource reads only the head; libhdf5's own reads are counted
        // by the kernel: attributes and object headers only, far below the
        // 1.38 MB file (its pixel blocks are never touched).
        QVERIFY(MetadataReader::lastBytesRead() <= ByteSource::HeadSize);
        if (before && after) {
            qInfo("PtK2Cell.ims: %lld bytes read by the process (file %lld bytes)", *after - *before, QFileInfo(path).size());
            QVERIFY2(*after - *before < 256 * 1024, qPrintable(QString::number(*after - *before)));
        }

        // The whole model goes to OME-XML without trouble.
        const QByteArray xml = OmeXmlWriter::toXml(file, 0);
        QVERIFY(xml.contains("PhysicalSizeZ=\"0.2\""));
    }

    // The same file from memory (the fuzzing path) gives the same values.
    void sampleFromMemory()
    {
        const QString path = TestPaths::samples(u"ims/PtK2Cell.ims"_s);
        if (!QFile::exists(path))
            QSKIP("sample ims/PtK2Cell.ims not present");
        if (!ImsHdf5::isAvailable())
            QSKIP("built without HDF5");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const MetadataReader reader;
        const Result<FileMetadata> result = reader.readBytes(file.readAll(), u"memory/PtK2Cell.ims"_s, u"ims"_s);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->images[0].pixels.sizeZ, 32);
        QCOMPARE(result->images[0].channels[3].name, u"Dynactin"_s);
    }

    void syntheticFile_data()
    {
        QTest::addColumn<bool>("newestFormat");
        QTest::newRow("HDF5 1.10 format") << true;
        QTest::newRow("HDF5 1.8-compatible format") << false;
    }
    void syntheticFile()
    {
#ifndef METAFILL_HAVE_HDF5
        QSKIP("built without HDF5");
#else
        QFETCH(bool, newestFormat);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"synthetic.ims"_s);
        const QByteArray bytes = writeIms(path, fullDescription(), H5T_STD_U16LE, newestFormat);
        QVERIFY(!bytes.isEmpty());

        const MetadataReader reader;
        for (const bool fromMemory : {false, true}) {
            const Result<FileMetadata> result = fromMemory ? reader.readBytes(bytes, u"synthetic.ims"_s, u"ims"_s) : reader.read(path);
            QVERIFY2(result, qPrintable(result ? QString() : result.error()));
            const ImageInfo &image = result->images[0];
            QCOMPARE(image.name, u"Synthetic stack"_s);
            QCOMPARE(image.description, u"Written by TestImsReader"_s);
            QCOMPARE(image.acquisitionDate, u"2023-04-05T06:07:08.900"_s);
            QCOMPARE(image.pixels.sizeX, 128);
            QCOMPARE(image.pixels.sizeY, 64);
            QCOMPARE(image.pixels.sizeZ, 10);
            QCOMPARE(image.pixels.sizeC, 2);
            QCOMPARE(image.pixels.sizeT, 3);
            QCOMPARE(image.pixels.pixelType, u"uint16"_s);
            // Extents in nm: 12800 nm / 128 = 0.1 µm, 6400 nm / 64, 5000 nm / 10.
            QCOMPARE(*image.pixels.physicalSizeXUm, 0.1);
            QCOMPARE(*image.pixels.physicalSizeYUm, 0.1);
            QCOMPARE(*image.pixels.physicalSizeZUm, 0.5);
            QCOMPARE(image.channels.size(), 2);
            QCOMPARE(image.channels[0].name, u"DAPI"_s);
            QCOMPARE(image.channels[0].color, qint32(0x0000FFFF));
            QCOMPARE(image.channels[0].excitationNm, 405.0);
            QCOMPARE(image.channels[0].emissionNm, 461.0);
            QCOMPARE(image.channels[0].pinholeUm, 53.5);
            QCOMPARE(image.channels[1].name, u"GFP"_s);
            QCOMPARE(image.channels[1].color, qint32(0x00FF00FF));
            QVERIFY(!image.channels[1].excitationNm); // empty
            QVERIFY(!image.channels[1].emissionNm);   // absent
            QVERIFY(!image.channels[1].pinholeUm);    // 0
            QCOMPARE(result->instruments.size(), 1);
            const ObjectiveInfo *objective = result->objectiveOf(image);
            QVERIFY(objective);
            QCOMPARE(objective->lensNA, 1.4);
            QCOMPARE(objective->nominalMagnification, 63.0);
            QVERIFY(result->instruments[0].microscope.manufacturer.isEmpty());
            QCOMPARE(valueOf(image.originalMetadata, u"Image|Filename"_s), u"C:\\Daten\\Müller.ims"_s);
            QCOMPARE(valueOf(image.originalMetadata, u"Channel 0|Description"_s), u"nuclei"_s);
            QCOMPARE(valueOf(image.originalMetadata, u"TimeInfo|DatasetTimePoints"_s), u"3"_s);
            QVERIFY(result->warnings.isEmpty());
        }
#endif
    }

    // What the file does not say stays unknown.
    void missingValuesStayUnknown()
    {
#ifndef METAFILL_HAVE_HDF5
        QSKIP("built without HDF5");
#else
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sparse.ims"_s);
        // Extents but no Unit, no Noc (two channel groups), no TimeInfo, no dataset.
        writeIms(path,
                 {{"Image", {{"X", "8"}, {"Y", "8"}, {"Z", "1"}, {"ExtMin0", "0"}, {"ExtMax0", "8"}, {"RecordingDate", "not a date"}}},
                  {"Channel 0", {{"Color", "red"}}},
                  {"Channel 1", {}}},
                 -1);
        const Result<FileMetadata> result = MetadataReader().read(path);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        const ImageInfo &image = result->images[0];
        QCOMPARE(image.pixels.sizeX, 8);
        QCOMPARE(image.pixels.sizeC, 2); // counted from the Channel groups
        QVERIFY(!image.pixels.sizeT);
        QVERIFY(!image.pixels.physicalSizeXUm);
        QVERIFY(image.pixels.pixelType.isEmpty());
        QVERIFY(image.acquisitionDate.isEmpty());
        QVERIFY(image.name.isEmpty());
        QVERIFY(!image.channels[0].color);
        QVERIFY(image.channels[0].name.isEmpty());
        QVERIFY(result->instruments.isEmpty());
        QCOMPARE(result->warnings.size(), 1);
        QVERIFY2(result->warnings[0].contains(u"no length unit"_s), qPrintable(result->warnings[0]));
#endif
    }

    // Numbers stored as numbers (some converters do) read as text; a
    // variable-length string is skipped, not allocated.
    void numericAndOtherAttributeTypes()
    {
#ifndef METAFILL_HAVE_HDF5
        QSKIP("built without HDF5");
#else
        QTemporaryDir dir;
        const QString path = dir.filePath(u"numbers.ims"_s);
        writeIms(path, {{"Image", {{"Name", "n"}}}}, H5T_IEEE_F32LE);
        const hid_t file = H5Fopen(QFile::encodeName(path).constData(), H5F_ACC_RDWR, H5P_DEFAULT);
        const hid_t image = H5Gopen2(file, "DataSetInfo/Image", H5P_DEFAULT);
        const hid_t scalar = H5Screate(H5S_SCALAR);
        const auto write = [&](const char *name, hid_t type, const void *value) {
            const hid_t attribute = H5Acreate2(image, name, type, scalar, H5P_DEFAULT, H5P_DEFAULT);
            H5Awrite(attribute, type, value);
            H5Aclose(attribute);
        };
        const int x = 512;
        const double extent = 25.6;
        const float unitless = 0.2f;
        write("X", H5T_NATIVE_INT, &x);
        write("ExtMax0", H5T_NATIVE_DOUBLE, &extent);
        write("Gamma", H5T_NATIVE_FLOAT, &unitless);
        const hid_t variable = H5Tcopy(H5T_C_S1);
        H5Tset_size(variable, H5T_VARIABLE);
        const char *text = "variable";
        write("Variable", variable, &text);
        H5Tclose(variable);
        const hid_t fixed = H5Tcopy(H5T_C_S1);
        H5Tset_size(fixed, 8);
        write("Fixed", fixed, "um\0\0\0\0\0\0");
        H5Tclose(fixed);
        H5Sclose(scalar);
        H5Gclose(image);
        H5Fclose(file);

        const Result<FileMetadata> result = MetadataReader().read(path);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        const ImageInfo &info = result->images[0];
        QCOMPARE(info.pixels.sizeX, 512);
        QCOMPARE(info.pixels.pixelType, u"float"_s);
        QCOMPARE(valueOf(info.originalMetadata, u"Image|ExtMax0"_s), u"25.6"_s);
        QCOMPARE(valueOf(info.originalMetadata, u"Image|Gamma"_s), u"0.2"_s);
        QCOMPARE(valueOf(info.originalMetadata, u"Image|Fixed"_s), u"um"_s);
        QCOMPARE(valueOf(info.originalMetadata, u"Image|Variable"_s), u"<absent>"_s);
#endif
    }

    // An HDF5 file in another layout is refused with a clear message.
    void hdf5ThatIsNotImaris()
    {
#ifndef METAFILL_HAVE_HDF5
        QSKIP("built without HDF5");
#else
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bigdataviewer.h5"_s);
        writeIms(path, {}, H5T_STD_U8LE);
        const Result<FileMetadata> result = MetadataReader().read(path);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"not an Imaris file"_s), qPrintable(result.error()));
        QVERIFY(result.error().startsWith(path));

        const QString noImage = dir.filePath(u"noimage.ims"_s);
        writeIms(noImage, {{"Channel 0", {{"Name", "x"}}}});
        const Result<FileMetadata> missing = MetadataReader().read(noImage);
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(u"DataSetInfo/Image"_s), qPrintable(missing.error()));
#endif
    }

    // Links are not followed: an external link could open any file.
    void linksAreNotFollowed()
    {
#ifndef METAFILL_HAVE_HDF5
        QSKIP("built without HDF5");
#else
        QTemporaryDir dir;
        const QString other = dir.filePath(u"other.ims"_s);
        writeIms(other, fullDescription());
        const QString path = dir.filePath(u"linked.ims"_s);
        writeIms(path, {{"Image", {{"X", "4"}}}}, -1);
        const hid_t file = H5Fopen(QFile::encodeName(path).constData(), H5F_ACC_RDWR, H5P_DEFAULT);
        H5Lcreate_external(QFile::encodeName(other).constData(), "/DataSetInfo/Channel 0", file, "DataSetInfo/Channel 0", H5P_DEFAULT,
                           H5P_DEFAULT);
        H5Lcreate_soft("/DataSetInfo/Image", file, "DataSetInfo/Channel 1", H5P_DEFAULT, H5P_DEFAULT);
        H5Lcreate_external(QFile::encodeName(other).constData(), "/DataSet", file, "DataSet", H5P_DEFAULT, H5P_DEFAULT);
        H5Fclose(file);

        const Result<FileMetadata> result = MetadataReader().read(path);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        const ImageInfo &image = result->images[0];
        QCOMPARE(image.pixels.sizeX, 4);
        QVERIFY(!image.pixels.sizeC);
        QVERIFY(image.channels.isEmpty());
        QVERIFY(image.pixels.pixelType.isEmpty());
        QCOMPARE(valueOf(image.originalMetadata, u"Channel 0|Name"_s), u"<absent>"_s);
#endif
    }

    // A cut or damaged file fails with a message; nothing crashes or hangs.
    void brokenFiles()
    {
#ifndef METAFILL_HAVE_HDF5
        QSKIP("built without HDF5");
#else
        QTemporaryDir dir;
        const QByteArray bytes = writeIms(dir.filePath(u"whole.ims"_s), fullDescription());
        const MetadataReader reader;
        for (const qsizetype length :
             {qsizetype(8), qsizetype(40), qsizetype(200), bytes.size() / 3, bytes.size() / 2, bytes.size() - 100}) {
            const QString path = dir.filePath(u"cut-%1.ims"_s.arg(length));
            QFile cut(path);
            QVERIFY(cut.open(QIODevice::WriteOnly));
            cut.write(bytes.left(length));
            cut.close();
            for (const bool fromMemory : {false, true}) {
                const Result<FileMetadata> result = fromMemory ? reader.readBytes(bytes.left(length), path, u"ims"_s) : reader.read(path);
                // Some cuts only lose attributes libhdf5 never reaches; the rest must fail clearly.
                if (!result)
                    QVERIFY2(result.error().startsWith(path), qPrintable(result.error()));
            }
        }
        // Garbage after a valid signature.
        QByteArray garbage("\x89HDF\r\n\x1a\n", 8);
        garbage.append(QByteArray(4096, '\xff'));
        const Result<FileMetadata> result = reader.readBytes(garbage, u"garbage.ims"_s, u"ims"_s);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"could not open"_s), qPrintable(result.error()));
#endif
    }

    void notHdf5()
    {
        const Result<FileMetadata> result = MetadataReader().readBytes(QByteArray("Imaris 3 file\n"), u"old.ims"_s, u"ims"_s);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"not an HDF5 file"_s), qPrintable(result.error()));
        const Result<FileMetadata> empty = MetadataReader().readBytes(QByteArray(), u"empty.ims"_s, u"ims"_s);
        QVERIFY(!empty);
    }

    // A build without HDF5 still knows .ims files and says why it cannot read them.
    void withoutHdf5SaysSo()
    {
        if (ImsHdf5::isAvailable())
            QSKIP("built with HDF5");
        const Result<FileMetadata> result = MetadataReader().read(TestPaths::data(u"images/ims/synthetic-2ch.ims"_s));
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"no Imaris support"_s), qPrintable(result.error()));
    }

    // The committed fuzz seeds are read as written.
    void seeds()
    {
        if (!ImsHdf5::isAvailable())
            QSKIP("built without HDF5");
        const QDir seeds(TestPaths::data(u"images/ims"_s));
        const QStringList names = seeds.entryList({u"*.ims"_s}, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 2);
        for (const QString &name : names) {
            QVERIFY2(QFileInfo(seeds.filePath(name)).size() <= 16 * 1024, qPrintable(name));
            const Result<FileMetadata> result = MetadataReader().read(seeds.filePath(name));
            QVERIFY2(result, qPrintable(result ? QString() : result.error()));
            QCOMPARE(result->images.size(), 1);
        }
        const Result<FileMetadata> full = MetadataReader().read(seeds.filePath(u"synthetic-2ch.ims"_s));
        QVERIFY(full);
        QCOMPARE(full->images[0].channels[0].name, u"DAPI"_s);
        QCOMPARE(full->images[0].pixels.sizeT, 3);
    }

    // Writes the seeds (run by hand; see the top of this file).
    void writeSeeds()
    {
#ifndef METAFILL_HAVE_HDF5
        QSKIP("built without HDF5");
#else
        if (qEnvironmentVariableIsEmpty("METAFILL_WRITE_SEEDS"))
            QSKIP("set METAFILL_WRITE_SEEDS=1 to rewrite tests/data/images/ims");
        QDir().mkpath(TestPaths::data(u"images/ims"_s));
        writeIms(TestPaths::data(u"images/ims/synthetic-2ch.ims"_s), fullDescription());
        writeIms(TestPaths::data(u"images/ims/synthetic-sparse.ims"_s),
                 {{"Image", {{"X", "8"}, {"Y", "8"}, {"Z", "1"}, {"ExtMin0", "0"}, {"ExtMax0", "8"}}}, {"Channel 0", {{"Name", "only"}}}},
                 H5T_STD_U8LE);
#endif
    }
};

QTEST_GUILESS_MAIN(TestImsReader)
#include "TestImsReader.moc"
