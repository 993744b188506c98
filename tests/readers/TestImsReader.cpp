// Imaris .ims: the real sample (MANIFEST #16), small .ims files this test
// writes with the HDF5 C API, and broken inputs that must fail clearly. Every
// file is read through the real metafill-ims-probe (libhdf5 runs only there);
// stand-in probes (small shell scripts) crash, hang, flood and talk nonsense,
// and each must give its clear error quickly.
//
// The seeds in tests/data/images/ims/ and the probe's answers on them in
// tests/data/fuzz/ims-probe-output/ (seeds of fuzz_ims_probe_output) are
// written by this test:
//   METAFILL_WRITE_SEEDS=1 ./TestImsReader writeSeeds writeProbeAnswers
//
// (No raw string literals in this file: Qt 6.4's moc then misses the test class.)
#include "MetadataReader.h"
#include "Sanitizers.h"
#include "TestPaths.h"
#include "formats/ImsProbe.h"
#include "formats/ImsProbeOutput.h"
#include "formats/ImsReader.h"
#include "io/ByteSource.h"
#include "ome/OmeXmlWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>
#include <vector>

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

// Sets an environment variable for one scope (the reader reads
// METAFILL_IMS_PROBE and METAFILL_IMS_PROBE_TIMEOUT_MS on every file).
class ScopedVariable
{
public:
    ScopedVariable(const char *name, const QByteArray &value) : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedVariable()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedVariable(const ScopedVariable &) = delete;
    ScopedVariable &operator=(const ScopedVariable &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

bool probeAvailable()
{
    return !ImsProbe::locate().isEmpty();
}

// A stand-in probe: a shell script.
QString writeScript(const QString &path, const QByteArray &body)
{
    QFile script(path);
    if (!script.open(QIODevice::WriteOnly))
        return {};
    script.write("#!/bin/sh\n" + body + "\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

// The real probe's exit code and what it printed (stdout, then stderr).
std::pair<int, QByteArray> runProbe(const QStringList &arguments)
{
    QProcess probe;
    probe.setStandardInputFile(QProcess::nullDevice());
    probe.start(ImsProbe::locate(), arguments);
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit)
        return {-1, {}};
    return {probe.exitCode(), probe.readAllStandardOutput() + probe.readAllStandardError()};
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
    void initTestCase()
    {
#ifdef METAFILL_IMS_PROBE_BINARY
        // ctest sets it; a run by hand gets the probe of this build.
        if (!qEnvironmentVariableIsSet("METAFILL_IMS_PROBE"))
            qputenv("METAFILL_IMS_PROBE", METAFILL_IMS_PROBE_BINARY);
#endif
    }

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
        if (!probeAvailable())
            QSKIP("built without HDF5");
        const MetadataReader reader;
        QElapsedTimer timer;
        timer.start();
        const Result<FileMetadata> result = reader.read(path);
        qInfo("PtK2Cell.ims read through metafill-ims-probe in %lld ms", timer.elapsed());
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

        // This process reads only the head; the probe's reads are counted by
        // the kernel (it reports them): attributes and object headers, plus
        // the ELF headers of the libraries it loads, far below the 1.38 MB
        // file (its pixel blocks are never touched).
        QVERIFY(MetadataReader::lastBytesRead() <= ByteSource::HeadSize);
        const Result<ImsContents> contents = ImsProbe::run(ImsProbe::locate(), path, path);
        QVERIFY2(contents, qPrintable(contents ? QString() : contents.error()));
        if (const std::optional<qint64> probeRead = contents->probeBytesRead) {
            qInfo("PtK2Cell.ims: %lld bytes read by the probe process (file %lld bytes)", *probeRead, QFileInfo(path).size());
            // Under AddressSanitizer the probe's runtime reads /proc/self/maps
            // (and more) before main(): the kernel counts that too.
            if (!METAFILL_ASAN)
                QVERIFY2(*probeRead < 256 * 1024, qPrintable(QString::number(*probeRead)));
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
        if (!probeAvailable())
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
        if (ImsProbe::isBuilt())
            QSKIP("built with HDF5");
        const Result<FileMetadata> result = MetadataReader().read(TestPaths::data(u"images/ims/synthetic-2ch.ims"_s));
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"no Imaris support"_s), qPrintable(result.error()));
    }

    // The committed fuzz seeds are read as written.
    void seeds()
    {
        if (!probeAvailable())
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

    // The real probe as a program: usage, a file it cannot open, a good file.
    void probeProgram()
    {
        if (!probeAvailable())
            QSKIP("built without HDF5");
        QCOMPARE(runProbe({}).first, int(ImsProbeOutput::Usage));
        QCOMPARE(runProbe({u"a"_s, u"b"_s}).first, int(ImsProbeOutput::Usage));
        const auto [missingCode, missingText] = runProbe({u"/nonexistent/file.ims"_s});
        QCOMPARE(missingCode, int(ImsProbeOutput::FileRefused));
        QVERIFY2(!missingText.isEmpty(), missingText.constData());

        const auto [code, output] = runProbe({TestPaths::data(u"images/ims/synthetic-2ch.ims"_s)});
        QCOMPARE(code, int(ImsProbeOutput::Read));
        QVERIFY(output.startsWith("{\"metafill-ims-probe\":1,"));
        const Result<ImsContents> contents = ImsProbeOutput::parse(output);
        QVERIFY2(contents, qPrintable(contents ? QString() : contents.error()));
        QVERIFY(contents->hasDataSetInfo);
        QCOMPARE(contents->pixelType, u"uint16"_s);
        QCOMPARE(contents->dataSetInfo.first().name, u"Channel 0"_s);
        QCOMPARE(valueOf(contents->rootAttributes, u"ImarisVersion"_s), u"5.5.0"_s);
        QVERIFY(contents->probeBytesRead.value_or(0) > 0);
    }

    // What the probe writes is what the reader reads back.
    void probeOutputRoundTrip()
    {
        ImsContents contents;
        contents.hasDataSetInfo = true;
        contents.rootAttributes = {{u"ImarisVersion"_s, u"5.5.0"_s}};
        contents.dataSetInfo = {{u"Image"_s, {{u"Name"_s, u"Mü \"q\" \\ \u0001 ✓ 𝄞"_s}, {u"X"_s, u"256"_s}}}, {u"Channel 0"_s, {}}};
        contents.pixelType = u"float"_s;
        contents.truncated = true;
        contents.probeBytesRead = 1234;
        const Result<ImsContents> back = ImsProbeOutput::parse(ImsProbeOutput::toJson(contents));
        QVERIFY2(back, qPrintable(back ? QString() : back.error()));
        QVERIFY(*back == contents);

        // At every bound at once: the most groups and attributes, the longest names.
        ImsContents full;
        full.hasDataSetInfo = true;
        for (int g = 0; g < ImsProbeOutput::MaxDataSetInfoGroups; ++g) {
            ImsContents::Group group{u"Group %1 "_s.arg(g).leftJustified(ImsProbeOutput::MaxNameLength, u'g'), {}};
            for (int a = 0; a < ImsProbeOutput::MaxAttributes / ImsProbeOutput::MaxDataSetInfoGroups; ++a)
                group.attributes.append({u"Attribute %1"_s.arg(a), u"value"_s});
            full.dataSetInfo.append(group);
        }
        while (full.rootAttributes.size() + full.dataSetInfo.size() * full.dataSetInfo[0].attributes.size() < ImsProbeOutput::MaxAttributes)
            full.rootAttributes.append({QString(ImsProbeOutput::MaxNameLength, u'k'), u"v"_s});
        const QByteArray fullJson = ImsProbeOutput::toJson(full);
        const Result<ImsContents> fullBack = ImsProbeOutput::parse(fullJson);
        QVERIFY2(fullBack, qPrintable(fullBack ? QString() : fullBack.error()));
        QVERIFY(*fullBack == full);
        full.rootAttributes.append({u"one"_s, u"too many"_s});
        QVERIFY(!ImsProbeOutput::parse(ImsProbeOutput::toJson(full)));

        ImsContents empty;
        const Result<ImsContents> none = ImsProbeOutput::parse(ImsProbeOutput::toJson(empty));
        QVERIFY(none);
        QVERIFY(!none->hasDataSetInfo);
        QVERIFY(!none->probeBytesRead);
        QVERIFY(*none == empty);
    }

    // Answers no real probe gives are refused with a reason, within the bounds.
    void probeOutputBounds_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("reason");
        const QByteArray tail = ",\"data_set_info\":null,\"pixel_type\":\"\",\"truncated\":false,\"damaged\":false,\"bytes_read\":null}";
        const auto rootAttributes = [&](const QByteArray &pairs) -> QByteArray {
            return "{\"metafill-ims-probe\":1,\"root_attributes\":" + pairs + tail;
        };
        QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
        QTest::newRow("no version") << QByteArray("{}") << u"no protocol version"_s;
        QTest::newRow("other version") << QByteArray("{\"metafill-ims-probe\":2}") << u"version 2 of the protocol"_s;
        QTest::newRow("valid") << rootAttributes("[]") << QString();
        QTest::newRow("attributes as object") << rootAttributes("{}") << u"root attributes"_s;
        QTest::newRow("pair of three") << rootAttributes("[[\"a\",\"b\",\"c\"]]") << u"root attributes"_s;
        QTest::newRow("number value") << rootAttributes("[[\"a\",1]]") << u"root attributes"_s;
        QTest::newRow("value too long") << rootAttributes("[[\"a\",\"" + QByteArray(ImsProbeOutput::MaxValueLength + 1, 'v') + "\"]]")
                                        << u"root attributes"_s;
        QTest::newRow("name too long") << rootAttributes("[[\"" + QByteArray(ImsProbeOutput::MaxNameLength + 1, 'k') + "\",\"v\"]]")
                                       << u"root attributes"_s;
        QByteArray many = "[";
        for (int i = 0; i <= ImsProbeOutput::MaxAttributes; ++i)
            many += (i ? ",[\"k\",\"v\"]" : "[\"k\",\"v\"]");
        many += "]";
        QTest::newRow("too many attributes") << rootAttributes(many) << u"root attributes"_s;
        QByteArray tooMuchText = "[";
        for (int i = 0; i < 17; ++i)
            tooMuchText += QByteArray(i ? "," : "") + "[\"k\",\"" + QByteArray(ImsProbeOutput::MaxValueLength - 1, 'v') + "\"]";
        tooMuchText += "]";
        QTest::newRow("too much text") << rootAttributes(tooMuchText) << u"root attributes"_s;
        QByteArray millions = "[";
        for (int i = 0; i < 200000; ++i)
            millions += "[],";
        millions += "[]]";
        QTest::newRow("millions of values") << rootAttributes(millions) << u"more values"_s;
        QTest::newRow("deep nesting") << rootAttributes(QByteArray(100000, '[') + QByteArray(100000, ']')) << u"nested deeper"_s;
        QTest::newRow("bad pixel type") << QByteArray(
                                               "{\"metafill-ims-probe\":1,\"root_attributes\":[],\"data_set_info\":null,"
                                               "\"pixel_type\":\"complex128\",\"truncated\":false,\"damaged\":false,\"bytes_read\":null}")
                                        << u"pixel type"_s;
        QTest::newRow("negative bytes read") << QByteArray("{\"metafill-ims-probe\":1,\"root_attributes\":[],\"data_set_info\":null,"
                                                           "\"pixel_type\":\"\",\"truncated\":false,\"damaged\":false,\"bytes_read\":-1}")
                                             << u"bytes read"_s;
        QTest::newRow("group without name")
            << QByteArray("{\"metafill-ims-probe\":1,\"root_attributes\":[],\"data_set_info\":[{\"attributes\":[]}],"
                          "\"pixel_type\":\"\",\"truncated\":false,\"damaged\":false,\"bytes_read\":null}")
            << u"DataSetInfo group"_s;
        QTest::newRow("flag as string") << QByteArray("{\"metafill-ims-probe\":1,\"root_attributes\":[],\"data_set_info\":null,"
                                                      "\"pixel_type\":\"\",\"truncated\":\"no\",\"damaged\":false,\"bytes_read\":null}")
                                        << u"completeness flags"_s;
        QTest::newRow("too large") << QByteArray(ImsProbeOutput::MaxOutputBytes + 1, ' ') << u"larger than 32 MiB"_s;
    }
    void probeOutputBounds()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, reason);
        const Result<ImsContents> contents = ImsProbeOutput::parse(answer);
        if (reason.isEmpty()) {
            QVERIFY2(contents, qPrintable(contents ? QString() : contents.error()));
            return;
        }
        QVERIFY(!contents);
        QVERIFY2(contents.error().contains(reason), qPrintable(contents.error()));
    }

    // Stand-in probes that crash, hang, flood or talk nonsense: each read
    // fails with its own clear message, quickly, and never hangs.
    void misbehavingProbe_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QByteArray>("answer"); // answer.json beside the script
        QTest::addColumn<QString>("expected");
        const QByteArray catAnswer = "exec cat \"$(dirname \"$0\")/answer.json\"";
        QTest::newRow("crash") << QByteArray("kill -SEGV $$") << QByteArray() << u"crashed on this file (signal SIGSEGV)"_s;
        QTest::newRow("abort") << QByteArray("echo 'free(): invalid pointer' >&2; kill -ABRT $$") << QByteArray()
                               << u"crashed on this file (signal SIGABRT)"_s;
        QTest::newRow("cpu limit") << QByteArray("kill -XCPU $$") << QByteArray() << u"more processor time or memory"_s;
        QTest::newRow("killed") << QByteArray("kill -KILL $$") << QByteArray() << u"more processor time or memory"_s;
        QTest::newRow("hang") << QByteArray("exec sleep 30") << QByteArray() << u"took longer than 1 s"_s;
        QTest::newRow("hang after output") << QByteArray("echo '{'; exec sleep 30") << QByteArray() << u"took longer than 1 s"_s;
        QTest::newRow("40 MiB on stdout") << QByteArray("exec head -c 41943040 /dev/zero") << QByteArray() << u"more than 32 MiB"_s;
        QTest::newRow("40 MiB on stderr") << QByteArray("head -c 41943040 /dev/zero >&2; exit 1") << QByteArray()
                                          << u"could not open the file (no reason given)"_s;
        QTest::newRow("file refused") << QByteArray("echo 'truncated file: eof = 200' >&2; exit 1") << QByteArray()
                                      << u"could not open the file (truncated file: eof = 200); it is damaged"_s;
        QTest::newRow("out of memory") << QByteArray("exit 4") << QByteArray() << u"512 MiB of memory"_s;
        QTest::newRow("too much metadata") << QByteArray("exit 5") << QByteArray() << u"more than 32 MiB of Imaris metadata"_s;
        QTest::newRow("missing library")
            << QByteArray("echo 'metafill-ims-probe: error while loading shared libraries: libhdf5_serial.so.103: cannot open shared "
                          "object file' >&2; exit 127")
            << QByteArray()
            << u"failed (exit status 127: metafill-ims-probe: error while loading shared libraries: libhdf5_serial.so.103"_s;
        QTest::newRow("not JSON") << QByteArray("echo 'Segmentation fault'") << QByteArray()
                                  << u"does not understand (the answer is not valid JSON)"_s;
        QTest::newRow("nothing") << QByteArray("exit 0") << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("other version") << catAnswer << QByteArray("{\"metafill-ims-probe\": 2}") << u"version 2 of the protocol"_s;
        QByteArray absurd = "{\"metafill-ims-probe\":1,\"root_attributes\":[";
        for (int i = 0; i < 30000; ++i)
            absurd += (i ? ",[\"k\",\"v\"]" : "[\"k\",\"v\"]");
        absurd += "],\"data_set_info\":null,\"pixel_type\":\"\",\"truncated\":false,\"damaged\":false,\"bytes_read\":null}";
        QTest::newRow("absurd counts") << catAnswer << absurd << u"does not understand"_s;
        QTest::newRow("deep nesting") << catAnswer << QByteArray(1000000, '[') << u"does not understand"_s;
    }
    void misbehavingProbe()
    {
        QFETCH(QByteArray, script);
        QFETCH(QByteArray, answer);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString input = dir.filePath(u"input.ims"_s);
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89HDF\r\n\x1a\n", 8) + QByteArray(1024, '\0'));
        file.close();
        if (!answer.isEmpty()) {
            QFile json(dir.filePath(u"answer.json"_s));
            QVERIFY(json.open(QIODevice::WriteOnly));
            json.write(answer);
        }
        const ScopedVariable probe("METAFILL_IMS_PROBE", QFile::encodeName(writeScript(dir.filePath(u"probe.sh"_s), script)));
        const ScopedVariable timeout("METAFILL_IMS_PROBE_TIMEOUT_MS", "1000");

        QElapsedTimer timer;
        timer.start();
        const Result<FileMetadata> result = MetadataReader().read(input);
        QVERIFY(!result);
        QVERIFY2(result.error().startsWith(input + u": "_s), qPrintable(result.error()));
        QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    // A stand-in probe's well-formed answer is read like the real one's.
    void answerFromAnyProbe()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(u"input.ims"_s);
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89HDF\r\n\x1a\n", 8) + QByteArray(1024, '\0'));
        file.close();
        ImsContents contents;
        contents.hasDataSetInfo = true;
        contents.dataSetInfo = {{u"Image"_s, {{u"Name"_s, u"From a script"_s}, {u"X"_s, u"7"_s}}}};
        QFile json(dir.filePath(u"answer.json"_s));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(ImsProbeOutput::toJson(contents));
        json.close();
        const ScopedVariable probe("METAFILL_IMS_PROBE", QFile::encodeName(writeScript(dir.filePath(u"probe.sh"_s),
                                                                                       "exec cat \"$(dirname \"$0\")/answer.json\"")));
        const Result<FileMetadata> result = MetadataReader().read(input);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->images[0].name, u"From a script"_s);
        QCOMPARE(result->images[0].pixels.sizeX, 7);
    }

    // No probe where it is looked for: a message that says so.
    void probeMissing()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(u"input.ims"_s);
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89HDF\r\n\x1a\n", 8) + QByteArray(1024, '\0'));
        file.close();
        {
            const ScopedVariable probe("METAFILL_IMS_PROBE", "/nonexistent/metafill-ims-probe");
            const Result<FileMetadata> result = MetadataReader().read(input);
            QVERIFY(!result);
            QVERIFY2(result.error().contains(u"cannot read Imaris files"_s) &&
                         result.error().contains(u"/nonexistent/metafill-ims-probe"_s),
                     qPrintable(result.error()));
        }
        {
            // Present but not executable.
            QFile plain(dir.filePath(u"probe.txt"_s));
            QVERIFY(plain.open(QIODevice::WriteOnly));
            plain.close();
            const ScopedVariable probe("METAFILL_IMS_PROBE", QFile::encodeName(plain.fileName()));
            const Result<FileMetadata> result = MetadataReader().read(input);
            QVERIFY(!result);
            QVERIFY2(result.error().contains(u"cannot read Imaris files"_s), qPrintable(result.error()));
        }
    }

    // Batches read files on several threads: eight probes at once.
    void concurrentReads()
    {
        if (!probeAvailable())
            QSKIP("built without HDF5");
        const QString path = TestPaths::data(u"images/ims/synthetic-2ch.ims"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const MetadataReader reader;
        std::vector<std::optional<Result<FileMetadata>>> results(8);
        std::vector<std::thread> threads;
        QElapsedTimer timer;
        timer.start();
        for (size_t i = 0; i < results.size(); ++i) {
            threads.emplace_back([&, i] {
                // Half from the file, half from memory (through a temporary copy).
                results[i] = i % 2 ? reader.readBytes(bytes, u"memory-%1.ims"_s.arg(i), u"ims"_s) : reader.read(path);
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        qInfo("8 concurrent reads through metafill-ims-probe in %lld ms", timer.elapsed());
        for (const auto &result : results) {
            QVERIFY(result);
            QVERIFY2(*result, qPrintable(*result ? QString() : result->error()));
            QCOMPARE((*result)->images[0].channels[0].name, u"DAPI"_s);
            QCOMPARE((*result)->images[0].pixels.sizeT, 3);
        }
    }

    // The committed probe answers (fuzz seeds) are what the protocol reads.
    void probeAnswerSeeds()
    {
        const QDir answers(TestPaths::data(u"fuzz/ims-probe-output"_s));
        const QStringList names = answers.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QCOMPARE(names, (QStringList{u"plain.json"_s, u"synthetic-2ch.json"_s, u"synthetic-sparse.json"_s}));
        for (const QString &name : names) {
            QFile file(answers.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(file.size() <= 16 * 1024, qPrintable(name));
            const Result<ImsContents> contents = ImsProbeOutput::parse(file.readAll());
            QVERIFY2(contents, qPrintable(name + u": "_s + (contents ? QString() : contents.error())));
            const Result<FileMetadata> metadata = ImsReader::fromContents(*contents, name);
            QCOMPARE(bool(metadata), name != u"plain.json"_s);
        }
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

    // Writes the probe's answers on the seeds and on an HDF5 file in another
    // layout (run by hand; see the top of this file).
    void writeProbeAnswers()
    {
#ifndef METAFILL_HAVE_HDF5
        QSKIP("built without HDF5");
#else
        if (qEnvironmentVariableIsEmpty("METAFILL_WRITE_SEEDS"))
            QSKIP("set METAFILL_WRITE_SEEDS=1 to rewrite tests/data/fuzz/ims-probe-output");
        QTemporaryDir dir;
        const QString plain = dir.filePath(u"plain.h5"_s);
        writeIms(plain, {}, H5T_IEEE_F64LE);
        const QString answers = TestPaths::data(u"fuzz/ims-probe-output"_s);
        QDir().mkpath(answers);
        for (const QString &ims :
             {TestPaths::data(u"images/ims/synthetic-2ch.ims"_s), TestPaths::data(u"images/ims/synthetic-sparse.ims"_s), plain}) {
            const auto [code, output] = runProbe({ims});
            QCOMPARE(code, int(ImsProbeOutput::Read));
            QFile answer(QDir(answers).filePath(QFileInfo(ims).completeBaseName() + u".json"_s));
            QVERIFY(answer.open(QIODevice::WriteOnly));
            answer.write(output);
        }
#endif
    }
};

QTEST_GUILESS_MAIN(TestImsReader)
#include "TestImsReader.moc"
