#include "MetadataReader.h"
#include "ReaderTestSupport.h"
#include "TestPaths.h"
#include "formats/ClxLiteDecoder.h"
#include "formats/Nd2Reader.h"
#include "formats/Nd2XmlVariant.h"
#include "io/ByteSource.h"
#include "ome/OmeXmlWriter.h"

#include <QtEndian>
#include <QtTest>

#include <functional>

using namespace metafill;
using namespace Qt::StringLiterals;
using namespace ReaderTestSupport;

namespace {

// ---------------------------------------------------------------------------
// Writers for small synthetic ND2 files, following the layout Nd2ChunkMap and
// ClxLiteDecoder document (the same facts as tlambert03/nd2 and limnd2).

void appendU32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendU64(QByteArray &out, quint64 value)
{
    char bytes[8];
    qToLittleEndian(value, bytes);
    out.append(bytes, 8);
}

void appendUtf16(QByteArray &out, const QString &text)
{
    for (QChar c : text) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
    out.append('\0');
    out.append('\0');
}

// A CLX-lite item list: the children of one level.
class Clx
{
public:
    Clx &u32(const QString &name, quint32 value)
    {
        return scalar(3, name, [&](QByteArray &o) { appendU32(o, value); });
    }
    Clx &i32(const QString &name, qint32 value)
    {
        return scalar(2, name, [&](QByteArray &o) { appendU32(o, quint32(value)); });
    }
    Clx &u64(const QString &name, quint64 value)
    {
        return scalar(5, name, [&](QByteArray &o) { appendU64(o, value); });
    }
    Clx &i64(const QString &name, qint64 value)
    {
        return scalar(4, name, [&](QByteArray &o) { appendU64(o, quint64(value)); });
    }
    Clx &f64(const QString &name, double value)
    {
        return scalar(6, name, [&](QByteArray &o) {
            quint64 bits;
            std::memcpy(&bits, &value, 8);
            appendU64(o, bits);
        });
    }
    Clx &boolean(const QString &name, bool value)
    {
        return scalar(1, name, [&](QByteArray &o) { o.append(char(value ? 1 : 0)); });
    }
    Clx &string(const QString &name, const QString &value)
    {
        return scalar(8, name, [&](QByteArray &o) { appendUtf16(o, value); });
    }
    Clx &bytes(const QString &name, const QByteArray &value, quint8 type = 9)
    {
        return scalar(type, name, [&](QByteArray &o) {
            appendU64(o, quint64(value.size()));
            o.append(value);
        });
    }
    Clx &level(const QString &name, const Clx &children)
    {
        QByteArray item;
        header(item, 11, name);
        appendU32(item, quint32(children.m_count));
        const qsizetype lengthAt = item.size();
        appendU64(item, 0);
        item.append(children.m_bytes);
        const quint64 length = quint64(item.size());
        qToLittleEndian(length, item.data() + lengthAt);
        for (int i = 0; i < children.m_count; ++i)
            appendU64(item, 0); // offsets table; readers skip it
        m_bytes.append(item);
        ++m_count;
        return *this;
    }
    // Raw bytes as the next item (for broken data).
    Clx &raw(const QByteArray &bytes)
    {
        m_bytes.append(bytes);
        ++m_count;
        return *this;
    }
    QByteArray toBytes() const { return m_bytes; }

    // One top-level structure, as a metadata chunk holds it.
    static QByteArray chunk(const QString &name, const Clx &fields) { return Clx().level(name, fields).toBytes(); }

private:
    static void header(QByteArray &out, quint8 type, const QString &name)
    {
        out.append(char(type));
        out.append(char(name.size() + 1));
        appendUtf16(out, name);
    }
    Clx &scalar(quint8 type, const QString &name, const std::function<void(QByteArray &)> &value)
    {
        header(m_bytes, type, name);
        value(m_bytes);
        ++m_count;
        return *this;
    }

    QByteArray m_bytes;
    int m_count = 0;
};

// A compressed (type 76) block holding `clx`.
QByteArray compressedClx(const QByteArray &clx)
{
    QByteArray out;
    out.append(char(76));
    out.append('\0');
    out.append(QByteArray(10, '\0'));
    out.append(qCompress(clx).mid(4)); // qCompress prefixes the zlib stream with its length
    return out;
}

class Nd2File
{
public:
    explicit Nd2File(const QByteArray &version = "Ver3.0")
    {
        appendU32(m_bytes, 0x0ABECEDA);
        appendU32(m_bytes, 32);
        appendU64(m_bytes, 64);
        m_bytes.append("ND2 FILE SIGNATURE CHUNK NAME01!");
        m_bytes.append(version.leftJustified(64, '\0'));
    }
    Nd2File &chunk(const QByteArray &name, const QByteArray &data)
    {
        m_entries.append({name, quint64(m_bytes.size()), quint64(data.size())});
        appendU32(m_bytes, 0x0ABECEDA);
        appendU32(m_bytes, quint32(name.size()));
        appendU64(m_bytes, quint64(data.size()));
        m_bytes.append(name);
        m_bytes.append(data);
        return *this;
    }
    // Overrides where the map says a chunk is.
    Nd2File &misplace(const QByteArray &name, quint64 offset)
    {
        for (Entry &entry : m_entries) {
            if (entry.name == name)
                entry.offset = offset;
        }
        return *this;
    }
    QByteArray finish(std::optional<quint64> mapOffsetOverride = std::nullopt) const
    {
        QByteArray file = m_bytes;
        QByteArray map;
        for (const Entry &entry : m_entries) {
            map.append(entry.name);
            appendU64(map, entry.offset);
            appendU64(map, entry.size);
        }
        const quint64 mapOffset = quint64(file.size());
        map.append("ND2 CHUNK MAP SIGNATURE 0000001!");
        appendU64(map, mapOffset);
        appendU32(file, 0x0ABECEDA);
        appendU32(file, 32);
        appendU64(file, quint64(map.size()));
        file.append("ND2 FILEMAP SIGNATURE NAME 0001!");
        file.append(map);
        file.append("ND2 CHUNK MAP SIGNATURE 0000001!");
        appendU64(file, mapOffsetOverride.value_or(mapOffset));
        return file;
    }

private:
    struct Entry
    {
        QByteArray name;
        quint64 offset;
        quint64 size;
    };
    QByteArray m_bytes;
    QList<Entry> m_entries;
};

Clx spectrum(const QList<std::pair<quint32, double>> &points)
{
    Clx list;
    for (int i = 0; i < points.size(); ++i)
        list.level(u"Point%1"_s.arg(i),
                   Clx().u32(u"eType"_s, points[i].first).f64(u"dWavelength"_s, points[i].second).f64(u"dTValue"_s, 1.0));
    return Clx().u32(u"uiCount"_s, quint32(points.size())).level(u"pPoint"_s, list).boolean(u"bPoints"_s, false);
}

Clx plane(const QString &name, quint32 color, const Clx &excitation, const Clx &emission)
{
    const Clx filter = Clx()
                           .string(u"m_sName"_s, u"Filter"_s)
                           .u32(u"m_ePlacement"_s, 3)
                           .level(u"m_ExcitationSpectrum"_s, excitation)
                           .level(u"m_EmissionSpectrum"_s, emission);
    return Clx()
        .u32(u"uiCompCount"_s, 1)
        .u32(u"uiSampleIndex"_s, 0)
        .u64(u"uiModalityMask"_s, 0x101)
        .level(u"pFluorescentProbe"_s, Clx().string(u"m_sName"_s, QString()).level(u"m_ExcitationSpectrum"_s, spectrum({})))
        .level(u"pFilterPath"_s, Clx().u32(u"m_uiCount"_s, 1).level(u"m_pFilter"_s, Clx().level(QString(), filter)))
        .u32(u"uiColor"_s, color)
        .string(u"sDescription"_s, name)
        .f64(u"dPinholeDiameter"_s, 0.0);
}

// Sample-like 3.x file: 2 XY positions × 3 time points × 5 planes, 2 channels;
// two image planes of `planeBytes` each stand for the pixel data.
QByteArray syntheticV3(qsizetype planeBytes = 16)
{
    const QByteArray attributes = Clx::chunk(u"SLxImageAttributes"_s, Clx()
                                                                          .u32(u"uiWidth"_s, 64)
                                                                          .u32(u"uiWidthBytes"_s, 256)
                                                                          .u32(u"uiHeight"_s, 48)
                                                                          .u32(u"uiComp"_s, 2)
                                                                          .i32(u"uiBpcInMemory"_s, 16)
                                                                          .i32(u"uiBpcSignificant"_s, 12)
                                                                          .u32(u"uiSequenceCount"_s, 30)
                                                                          .i32(u"ePixelType"_s, 1));
    const Clx planes = Clx()
                           .level(u"a0"_s, plane(u"GFP"_s, 0x00FF00, spectrum({{2, 470}, {3, 490}}), spectrum({{4, 525}})))
                           .level(u"a1"_s, plane(u"mCherry"_s, 0x0000FF, spectrum({{4, 488}, {4, 561}}), spectrum({{4, 610}})));
    const Clx sampleSetting =
        Clx()
            .level(u"pCameraSetting"_s, Clx().string(u"CameraUniqueName"_s, u"Zyla_1"_s).string(u"CameraUserName"_s, u"Andor Zyla"_s))
            .level(u"pDeviceSetting"_s, Clx().string(u"m_sMicroscopeFullName"_s, u"Ti2 Microscope"_s))
            .f64(u"dExposureTime"_s, 100.0);
    const QByteArray picture = compressedClx(Clx::chunk(
        u"SLxPictureMetadata"_s, Clx()
                                     .f64(u"dTimeAbsolute"_s, 2456827.080131852)
                                     .level(u"sPicturePlanes"_s, Clx()
                                                                     .u32(u"uiCount"_s, 2)
                                                                     .u32(u"uiCompCount"_s, 2)
                                                                     .level(u"sPlaneNew"_s, planes)
                                                                     .u32(u"uiSampleCount"_s, 1)
                                                                     .level(u"sSampleSetting"_s, Clx().level(u"a0"_s, sampleSetting)))
                                     .f64(u"dCalibration"_s, 0.5)
                                     .f64(u"dAspect"_s, 1.0)
                                     .boolean(u"bCalibrated"_s, true)
                                     .string(u"wsObjectiveName"_s, u"Plan Apo λ 100x Oil"_s)
                                     .f64(u"dObjectiveMag"_s, -1.0)
                                     .f64(u"dObjectiveNA"_s, 1.45)
                                     .f64(u"dRefractIndex1"_s, 1.515)
                                     .f64(u"dZoom"_s, 1.5)));
    const Clx points =
        Clx()
            .level(QString(), Clx().f64(u"dPosX"_s, 100.5).f64(u"dPosY"_s, -20.0).f64(u"dPosZ"_s, 3.0).string(u"dPosName"_s, u"well A1"_s))
            .level(QString(), Clx().f64(u"dPosX"_s, 200.5).f64(u"dPosY"_s, -40.0).f64(u"dPosZ"_s, 3.0).string(u"dPosName"_s, QString()))
            .level(QString(), Clx().f64(u"dPosX"_s, 300.5).f64(u"dPosY"_s, -60.0).f64(u"dPosZ"_s, 3.0).string(u"dPosName"_s, u"skipped"_s));
    const Clx zLevel = Clx().u32(u"eType"_s, 4).level(u"uLoopPars"_s, Clx().u32(u"uiCount"_s, 5).f64(u"dZStep"_s, -0.25));
    const Clx xyLevel = Clx()
                            .u32(u"eType"_s, 2)
                            .level(u"uLoopPars"_s, Clx().u32(u"uiCount"_s, 3).level(u"Points"_s, points))
                            .bytes(u"pItemValid"_s, QByteArray("\x01\x01\x00", 3))
                            .level(u"ppNextLevelEx"_s, Clx().level(QString(), zLevel));
    const QByteArray experiment =
        Clx::chunk(u"SLxExperiment"_s, Clx()
                                           .u32(u"eType"_s, 1)
                                           .string(u"wsCameraName"_s, u"Zyla_1"_s)
                                           .level(u"uLoopPars"_s, Clx().u32(u"uiCount"_s, 3).f64(u"dPeriod"_s, 60000.0))
                                           .level(u"ppNextLevelEx"_s, Clx().level(QString(), xyLevel)));
    const QByteArray text =
        Clx::chunk(u"SLxImageTextInfo"_s,
                   Clx()
                       .string(u"TextInfoItem_5"_s, u"Camera Name: Andor Zyla\r\nMicroscope Settings:   Microscope: Ti2 Microscope\r\n"_s)
                       .string(u"TextInfoItem_9"_s, u"18/06/2014  15:55:27"_s));
    const QByteArray appInfo =
        R"(<?xml version="1.0" encoding="UTF-8"?><variant version="1.0"><no_name runtype="CLxListVariant">)"
        R"(<m_SWNameString runtype="CLxStringW" value="NIS-Elements AR"/><m_VersionString runtype="CLxStringW" value="5.21.00"/>)"
        R"(</no_name></variant>)";
    return Nd2File()
        .chunk("ImageAttributesLV!", attributes)
        .chunk("ImageMetadataSeqLV|0!", picture)
        .chunk("ImageMetadataLV!", experiment)
        .chunk("ImageTextInfoLV!", text)
        .chunk("CustomDataVar|AppInfo_V1_0!", appInfo)
        .chunk("ImageDataSeq|0!", QByteArray(planeBytes, 'P'))
        .chunk("ImageDataSeq|1!", QByteArray(planeBytes, 'P'))
        .finish();
}

// A 3.x file that says little: no experiment, no calibration, magnification −1.
QByteArray sparseV3()
{
    const QByteArray attributes = Clx::chunk(u"SLxImageAttributes"_s, Clx()
                                                                          .u32(u"uiWidth"_s, 16)
                                                                          .u32(u"uiHeight"_s, 8)
                                                                          .u32(u"uiComp"_s, 1)
                                                                          .u32(u"uiBpcInMemory"_s, 8)
                                                                          .u32(u"uiBpcSignificant"_s, 8)
                                                                          .u32(u"uiSequenceCount"_s, 1));
    const QByteArray picture = Clx::chunk(u"SLxPictureMetadata"_s, Clx()
                                                                       .f64(u"dCalibration"_s, 1.0)
                                                                       .boolean(u"bCalibrated"_s, false)
                                                                       .string(u"wsObjectiveName"_s, QString())
                                                                       .f64(u"dObjectiveMag"_s, -1.0)
                                                                       .f64(u"dObjectiveNA"_s, -1.0)
                                                                       .f64(u"dTimeAbsolute"_s, 0.0));
    return Nd2File().chunk("ImageAttributesLV!", attributes).chunk("ImageMetadataSeqLV|0!", picture).finish();
}

QByteArray utf16Xml(const QString &xml)
{
    QByteArray out("\xFF\xFE", 2);
    for (QChar c : xml) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

// A 2.x file: XML variants under the names without "LV", one of them UTF-16.
QByteArray syntheticV2()
{
    const QByteArray attributes = R"(<?xml version="1.0" encoding="UTF-8"?><variant version="1.0"><no_name runtype="CLxListVariant">)"
                                  R"(<uiWidth runtype="lx_uint32" value="32"/><uiHeight runtype="lx_uint32" value="24"/>)"
                                  R"(<uiComp runtype="lx_uint32" value="1"/><uiBpcInMemory runtype="lx_uint32" value="16"/>)"
                                  R"(<uiBpcSignificant runtype="lx_uint32" value="14"/><uiSequenceCount runtype="lx_uint32" value="4"/>)"
                                  R"(</no_name></variant>)";
    const QString picture =
        uR"(<?xml version="1.0" encoding="UTF-16"?><variant version="1.0"><no_name runtype="CLxListVariant">)"
        uR"(<dTimeAbsolute runtype="double" value="2455000.25"/><dCalibration runtype="double" value="0.1075"/>)"
        uR"(<bCalibrated runtype="bool" value="true"/><wsObjectiveName runtype="CLxStringW" value="Plan Fluor 40x/1.30 Oil"/>)"
        uR"(<dObjectiveMag runtype="double" value="40"/><dObjectiveNA runtype="double" value="1.3"/>)"
        uR"(<sPicturePlanes runtype="CLxListVariant"><uiCount runtype="lx_uint32" value="1"/>)"
        uR"(<sPlane runtype="CLxListVariant"><a0 runtype="CLxListVariant"><sDescription runtype="CLxStringW" value="DAPI"/>)"
        uR"(<uiColor runtype="lx_uint32" value="16711680"/></a0></sPlane>)"
        uR"(<sSampleSetting runtype="CLxListVariant"><a0 runtype="CLxListVariant"><dExposureTime runtype="double" value="250"/></a0></sSampleSetting>)"
        uR"(</sPicturePlanes></no_name></variant>)"_s;
    const QByteArray experiment =
        R"(<?xml version="1.0" encoding="UTF-8"?><variant version="1.0"><no_name runtype="RLxExperiment">)"
        R"(<eType runtype="lx_uint32" value="4"/><uLoopPars runtype="CLxListVariant"><no_name runtype="RLxExperiment.RLxExpZStackLoop">)"
        R"(<uiCount runtype="lx_uint32" value="4"/><dZLow runtype="double" value="-1.5"/><dZHigh runtype="double" value="1.5"/>)"
        R"(<dZStep runtype="double" value="0"/></no_name></uLoopPars><pItemValid runtype="CLxListVariant"></pItemValid>)"
        R"(<ppNextLevelEx runtype="CLxListVariant"></ppNextLevelEx></no_name></variant>)";
    const QByteArray text = R"(<?xml version="1.0" encoding="UTF-8"?><variant version="1.0"><no_name runtype="CLxListVariant">)"
                            R"(<TextInfoItem_5 runtype="CLxStringW" value="Microscope: Eclipse Ti"/></no_name></variant>)";
    return Nd2File("Ver2.1")
        .chunk("ImageAttributes!", attributes)
        .chunk("ImageMetadataSeq|0!", utf16Xml(picture))
        .chunk("ImageMetadata!", experiment)
        .chunk("ImageTextInfo!", text)
        .finish();
}

QByteArray withAttributes(const QByteArray &attributesChunk)
{
    return Nd2File().chunk("ImageAttributesLV!", attributesChunk).finish();
}

Result<FileMetadata> readBytes(const QByteArray &bytes, const QString &name = u"synthetic.nd2"_s, qint64 *bytesRead = nullptr)
{
    return readFromBytes(bytes, name, [&](ByteSource &source) {
        Result<FileMetadata> result = Nd2Reader().read(source);
        if (bytesRead)
            *bytesRead = source.bytesRead();
        return result;
    });
}

} // namespace

class TestNd2Reader : public QObject
{
    Q_OBJECT

private slots:
    // --- CLX-lite decoder -------------------------------------------------

    void decodesEveryScalarType()
    {
        const QByteArray bytes = Clx::chunk(u"S"_s, Clx()
                                                        .boolean(u"b"_s, true)
                                                        .i32(u"i"_s, -7)
                                                        .u32(u"u"_s, 4000000000u)
                                                        .i64(u"l"_s, -5'000'000'000LL)
                                                        .u64(u"q"_s, 18'000'000'000'000'000'000ULL)
                                                        .f64(u"d"_s, 0.16780898323268245)
                                                        .bytes(u"p"_s, QByteArray("\x01\x02", 2), 7)
                                                        .string(u"s"_s, u"Plan Apo λ 60x"_s)
                                                        .bytes(u"a"_s, QByteArray("\x01\x01\x00\x00", 4)));
        const auto decoded = ClxLiteDecoder::decode(bytes);
        QVERIFY2(decoded, qPrintable(decoded.ok() ? QString() : decoded.error()));
        const ClxNode *s = decoded->child(u"S");
        QVERIFY(s && s->isLevel());
        QCOMPARE(s->integerAt(u"b"), 1);
        QCOMPARE(s->integerAt(u"i"), -7);
        QCOMPARE(s->integerAt(u"u"), 4000000000LL);
        QCOMPARE(s->integerAt(u"l"), -5'000'000'000LL);
        QVERIFY(!s->integerAt(u"q"));                         // does not fit a qint64 …
        QCOMPARE(s->textAt(u"q"), u"18000000000000000000"_s); // … but is kept as text
        QCOMPARE(s->numberAt(u"d"), 0.16780898323268245);
        QCOMPARE(s->textAt(u"d"), u"0.16780898323268245"_s);
        QCOMPARE(s->find(u"p")->bytes, QByteArray("\x01\x02", 2));
        QCOMPARE(s->textAt(u"s"), u"Plan Apo λ 60x"_s);
        // Flags like pItemValid must not be mistaken for nested CLX-lite (nd2 #288).
        QCOMPARE(s->find(u"a")->type, ClxNode::Type::Bytes);
    }

    void decodesNestedAndCompressedBlocks()
    {
        const QByteArray nested = Clx::chunk(u"Inner"_s, Clx().u32(u"x"_s, 5));
        const QByteArray outer = Clx::chunk(u"Outer"_s, Clx().bytes(u"blob"_s, nested).level(u"list"_s, Clx().u32({}, 1).u32({}, 2)));
        const auto decoded = ClxLiteDecoder::decode(compressedClx(outer));
        QVERIFY2(decoded, qPrintable(decoded.ok() ? QString() : decoded.error()));
        QCOMPARE(decoded->integerAt(u"Outer/blob/Inner/x"), 5);
        const ClxNode *list = decoded->find(u"Outer/list");
        QVERIFY(list);
        QCOMPARE(list->children.size(), std::size_t(2));
        QCOMPARE(list->children[1].integer(), 2);
    }

    void rejectsBrokenClxLite_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray good = Clx::chunk(u"S"_s, Clx().u32(u"uiWidth"_s, 38).string(u"name"_s, u"x"_s));
        QTest::newRow("cut inside a level") << good.left(20) << u"damaged or cut short"_s;
        QTest::newRow("cut inside a name") << good.left(5) << u"cut short"_s;
        QTest::newRow("unknown type") << QByteArray("\x0A\x02\x41\x00\x00\x00", 6) << u"unknown type 10"_s;
        QByteArray unterminated;
        unterminated.append(char(8)).append(char(2)).append("A\0\0\0", 4).append("B\0C\0", 4);
        QTest::newRow("string without end") << unterminated << u"runs past the end"_s;
        QByteArray hugeArray = Clx().bytes(u"a"_s, QByteArray(4, 'x')).toBytes();
        hugeArray[6] = '\xFF'; // size now far beyond the data
        hugeArray[12] = '\x7F';
        QTest::newRow("byte array past end") << hugeArray << u"cut short"_s;
        QByteArray longLevel = good;
        longLevel[16] = '\x7F'; // level length (u64 after type, name and count) far too large
        QTest::newRow("level longer than data") << longLevel << u"claims"_s;
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("compressed garbage") << (QByteArray("\x4C\x00", 2) + QByteArray(10, '\0') + QByteArray("not zlib at all"))
                                            << u"damaged"_s;
        QTest::newRow("compressed cut short") << compressedClx(good).left(20) << u"cut short"_s;
    }
    void rejectsBrokenClxLite()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const auto decoded = ClxLiteDecoder::decode(bytes);
        QVERIFY(!decoded);
        QVERIFY2(decoded.error().contains(message), qPrintable(decoded.error()));
    }

    void toleratesHugeItemCounts()
    {
        // A level announcing 4 billion items but holding one: nd2 stops at the
        // end of the data, and so do we, without allocating for the count.
        QByteArray bytes = Clx::chunk(u"S"_s, Clx().u32(u"x"_s, 1));
        bytes[6] = '\xFF';
        bytes[7] = '\xFF';
        bytes[8] = '\xFF';
        bytes[9] = '\xFF';
        const auto decoded = ClxLiteDecoder::decode(bytes);
        QVERIFY2(decoded, qPrintable(decoded.ok() ? QString() : decoded.error()));
        QCOMPARE(decoded->integerAt(u"S/x"), 1);
    }

    void refusesZipBomb()
    {
        // 40 MiB of zeros compress to about 40 KiB.
        const QByteArray bomb = compressedClx(Clx::chunk(u"S"_s, Clx().bytes(u"zeros"_s, QByteArray(40 * 1024 * 1024, '\0'))));
        QVERIFY(bomb.size() < 200 * 1024);
        const auto decoded = ClxLiteDecoder::decode(bomb);
        QVERIFY(!decoded);
        QVERIFY2(decoded.error().contains(u"expands to more than 32 MiB"_s), qPrintable(decoded.error()));
    }

    void refusesDeepNesting()
    {
        Clx inner = Clx().u32(u"x"_s, 1);
        for (int i = 0; i < 100; ++i)
            inner = Clx().level(u"n"_s, inner);
        const auto decoded = ClxLiteDecoder::decode(inner.toBytes());
        QVERIFY(!decoded);
        QVERIFY2(decoded.error().contains(u"nested more than 48 levels"_s), qPrintable(decoded.error()));

        // Nested compressed blocks count as nesting too.
        QByteArray onion = Clx::chunk(u"S"_s, Clx().u32(u"x"_s, 1));
        for (int i = 0; i < 60; ++i)
            onion = compressedClx(onion);
        const auto unpeeled = ClxLiteDecoder::decode(onion);
        QVERIFY(!unpeeled);
        QVERIFY2(unpeeled.error().contains(u"nested"_s), qPrintable(unpeeled.error()));
    }

    void capsTheNumberOfValues()
    {
        Clx many;
        for (int i = 0; i < 300; ++i)
            many.u32(u"v"_s, quint32(i));
        ClxLiteDecoder::Limits limits;
        limits.maxNodes = 100;
        const auto decoded = ClxLiteDecoder::decode(Clx::chunk(u"S"_s, many), limits);
        QVERIFY(!decoded);
        QVERIFY2(decoded.error().contains(u"more than 100 values"_s), qPrintable(decoded.error()));
    }

    void decodesXmlVariants()
    {
        const QByteArray xml =
            R"(<?xml version="1.0"?><variant version="1.0"><no_name runtype="CLxListVariant">)"
            R"(<uiWidth runtype="lx_uint32" value="38"/><d runtype="double" value="1e-05"/><b runtype="bool" value="false"/>)"
            R"(<blob runtype="CLxByteArray" value="AAE="/><list runtype="CLxListVariant"><no_name runtype="lx_int32" value="-3"/></list>)"
            R"(</no_name></variant>)";
        QVERIFY(Nd2XmlVariant::looksLikeXml(xml));
        QVERIFY(!Nd2XmlVariant::looksLikeXml(QByteArray("\x0b\x13", 2)));
        const auto decoded = Nd2XmlVariant::decode(QByteArray(xml + QByteArray(7, '\0')));
        QVERIFY2(decoded, qPrintable(decoded.ok() ? QString() : decoded.error()));
        const ClxNode &content = decoded->children.front().children.front();
        QVERIFY(content.name.isEmpty());
        QCOMPARE(content.integerAt(u"uiWidth"), 38);
        QCOMPARE(content.numberAt(u"d"), 1e-05);
        QCOMPARE(content.integerAt(u"b"), 0);
        QCOMPARE(content.find(u"blob")->bytes, QByteArray("\x00\x01", 2));
        QCOMPARE(content.find(u"list")->children.front().integer(), -3);

        QVERIFY(!Nd2XmlVariant::decode(QByteArray("<variant><a></variant>")));
        QString deep = u"<variant>"_s;
        for (int i = 0; i < 100; ++i)
            deep += u"<n>"_s;
        for (int i = 0; i < 100; ++i)
            deep += u"</n>"_s;
        deep += u"</variant>"_s;
        const auto tooDeep = Nd2XmlVariant::decode(deep.toUtf8());
        QVERIFY(!tooDeep);
        QVERIFY2(tooDeep.error().contains(u"nested"_s), qPrintable(tooDeep.error()));
    }

    // --- Whole files --------------------------------------------------------

    void readsSyntheticVersion3File()
    {
        const QByteArray bytes = syntheticV3();
        QVERIFY(bytes.size() < 16 * 1024);
        const auto result = readBytes(bytes, u"synthetic.nd2"_s);
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        const FileMetadata &file = *result;
        QCOMPARE(file.format, u"nd2"_s);
        QVERIFY2(file.warnings.isEmpty(), qPrintable(file.warnings.join(u'\n')));

        // Two acquired XY positions (the third is not valid) → two images.
        QCOMPARE(file.images.size(), 2);
        QCOMPARE(file.images[0].name, u"synthetic.nd2 well A1"_s);
        QCOMPARE(file.images[1].name, u"synthetic.nd2 (series 2)"_s);
        QCOMPARE(file.images[0].stageLabel, u"well A1"_s);
        QCOMPARE(originalValue(file.images[1].originalMetadata, u"XYPosLoop|dPosX"_s), u"200.5"_s);

        const ImageInfo &image = file.images[1];
        QCOMPARE(image.id, u"Image:1"_s);
        QCOMPARE(image.pixels.sizeX, 64);
        QCOMPARE(image.pixels.sizeY, 48);
        QCOMPARE(image.pixels.sizeC, 2);
        QCOMPARE(image.pixels.sizeZ, 5);
        QCOMPARE(image.pixels.sizeT, 3);
        QCOMPARE(image.pixels.dimensionOrder, u"XYCZT"_s);
        QCOMPARE(image.pixels.pixelType, u"uint16"_s);
        QCOMPARE(image.pixels.significantBits, 12);
        QCOMPARE(image.pixels.physicalSizeXUm, 0.5);
        QCOMPARE(image.pixels.physicalSizeYUm, 0.5);
        QCOMPARE(image.pixels.physicalSizeZUm, 0.25);
        QCOMPARE(image.pixels.timeIncrementS, 60.0);
        QCOMPARE(image.acquisitionDate.left(16), u"2014-06-18T13:55"_s);
        QVERIFY(image.acquisitionDate.endsWith(u'Z'));

        QCOMPARE(image.channels.size(), 2);
        const ChannelInfo &gfp = image.channels[0];
        QCOMPARE(gfp.id, u"Channel:1:0"_s);
        QCOMPARE(gfp.name, u"GFP"_s);
        QCOMPARE(gfp.color, qint32(0x00FF00FF)); // green, opaque
        QCOMPARE(gfp.excitationNm, 480.0);       // band 470–490
        QCOMPARE(gfp.emissionNm, 525.0);
        QCOMPARE(gfp.exposureS, 0.1);
        QCOMPARE(gfp.contrastMethod, u"Fluorescence"_s);
        QVERIFY(!gfp.pinholeUm); // 0 = not given
        const ChannelInfo &cherry = image.channels[1];
        QCOMPARE(cherry.color, qint32(0xFF0000FF));
        QCOMPARE(cherry.excitationNm, 561.0); // the line below 610 nm emission
        QCOMPARE(cherry.emissionNm, 610.0);
        QCOMPARE(cherry.exposureS, 0.1); // both planes used sample setting a0

        QCOMPARE(file.instruments.size(), 1);
        const InstrumentInfo &instrument = file.instruments.front();
        QCOMPARE(instrument.microscope.model, u"Ti2 Microscope"_s);
        QCOMPARE(instrument.detectors.size(), 1);
        QCOMPARE(instrument.detectors.front().model, u"Andor Zyla"_s);
        QCOMPARE(gfp.detectorRef, instrument.detectors.front().id);
        const ObjectiveInfo *objective = file.objectiveOf(image);
        QVERIFY(objective);
        QCOMPARE(objective->model, u"Plan Apo λ 100x Oil"_s);
        QCOMPARE(objective->nominalMagnification, 100.0); // dObjectiveMag −1 → from the name
        QCOMPARE(objective->lensNA, 1.45);
        QCOMPARE(objective->immersion, u"Oil"_s);
        QCOMPARE(image.objectiveRefractiveIndex, 1.515);

        QCOMPARE(originalValue(file.originalMetadata, u"SLxPictureMetadata|dZoom"_s), u"1.5"_s);
        QCOMPARE(originalValue(file.originalMetadata, u"SLxPictureMetadata|sPicturePlanes|sPlaneNew|a1|sDescription"_s), u"mCherry"_s);
        QCOMPARE(originalValue(file.originalMetadata, u"SLxExperiment|ppNextLevelEx|0|uLoopPars|Points|0|dPosName"_s), u"well A1"_s);
        QCOMPARE(originalValue(file.originalMetadata, u"SLxExperiment|ppNextLevelEx|0|pItemValid"_s), u"010100"_s);
        QCOMPARE(originalValue(file.originalMetadata, u"SLxImageTextInfo|TextInfoItem_9"_s), u"18/06/2014  15:55:27"_s);
        QCOMPARE(originalValue(file.originalMetadata, u"AppInfo|m_VersionString"_s), u"5.21.00"_s);
        QCOMPARE(originalValue(file.originalMetadata, u"ND2|Version"_s), u"3.0"_s);

        for (int i = 0; i < file.images.size(); ++i)
            QVERIFY(!OmeXmlWriter::toXml(file, i).isEmpty());
    }

    void neverReadsImagePlanes()
    {
        // Two planes of 1 MiB between the metadata and the chunk map.
        const QByteArray bytes = syntheticV3(1024 * 1024);
        qint64 bytesRead = 0;
        QVERIFY(readBytes(bytes, u"large.nd2"_s, &bytesRead));
        QVERIFY2(bytesRead < 16 * 1024, qPrintable(QString::number(bytesRead)));
    }

    void missingValuesStayUnknown()
    {
        const auto result = readBytes(sparseV3());
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        QCOMPARE(result->images.size(), 1);
        const ImageInfo &image = result->images.front();
        QVERIFY(image.name.isEmpty());
        QCOMPARE(image.pixels.pixelType, u"uint8"_s);
        QCOMPARE(image.pixels.sizeC, 1);
        QCOMPARE(image.pixels.sizeZ, 1); // one frame, no loops
        QCOMPARE(image.pixels.sizeT, 1);
        QVERIFY(!image.pixels.physicalSizeXUm); // bCalibrated false
        QVERIFY(!image.pixels.physicalSizeZUm);
        QVERIFY(!image.pixels.timeIncrementS);
        QVERIFY(image.acquisitionDate.isEmpty()); // dTimeAbsolute 0
        QVERIFY(image.channels.isEmpty());
        QVERIFY(image.objectiveRef.isEmpty());
        QVERIFY(result->instruments.isEmpty()); // mag −1, NA −1, no name: no objective
    }

    void readsVersion2XmlFile()
    {
        const auto result = readBytes(syntheticV2(), u"old.nd2"_s);
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        QCOMPARE(result->images.size(), 1);
        const ImageInfo &image = result->images.front();
        QCOMPARE(image.pixels.sizeX, 32);
        QCOMPARE(image.pixels.sizeY, 24);
        QCOMPARE(image.pixels.sizeZ, 4);
        QCOMPARE(image.pixels.sizeT, 1);
        QCOMPARE(image.pixels.pixelType, u"uint16"_s);
        QCOMPARE(image.pixels.significantBits, 14);
        QCOMPARE(image.pixels.physicalSizeXUm, 0.1075);
        QCOMPARE(image.pixels.physicalSizeZUm, 1.0); // no step: range 3 µm over 4 planes
        QCOMPARE(image.channels.size(), 1);
        QCOMPARE(image.channels.front().name, u"DAPI"_s);
        QCOMPARE(image.channels.front().color, qint32(0x0000FFFF)); // 0xFF0000 in NIS order is blue
        QCOMPARE(image.channels.front().exposureS, 0.25);
        QCOMPARE(image.acquisitionDate, u"2009-06-17T18:00:00Z"_s);
        const ObjectiveInfo *objective = result->objectiveOf(image);
        QVERIFY(objective);
        QCOMPARE(objective->nominalMagnification, 40.0);
        QCOMPARE(objective->lensNA, 1.3);
        QCOMPARE(objective->immersion, u"Oil"_s);
        QCOMPARE(result->instruments.front().microscope.model, u"Eclipse Ti"_s);
        QCOMPARE(originalValue(result->originalMetadata, u"ND2|Version"_s), u"2.1"_s);
        QCOMPARE(originalValue(result->originalMetadata, u"SLxExperiment|uLoopPars|0|uiCount"_s), u"4"_s);
    }

    void positionsNeedImagePlanes()
    {
        // 5,000 positions announced, two image planes stored: a damaged or
        // hostile header must not become 5,000 images.
        const QByteArray attributes = Clx::chunk(
            u"SLxImageAttributes"_s, Clx().u32(u"uiWidth"_s, 4).u32(u"uiHeight"_s, 4).u32(u"uiComp"_s, 1).u32(u"uiSequenceCount"_s, 5000));
        const QByteArray experiment =
            Clx::chunk(u"SLxExperiment"_s, Clx().u32(u"eType"_s, 2).level(u"uLoopPars"_s, Clx().u32(u"uiCount"_s, 5000)));
        const auto result = readBytes(Nd2File()
                                          .chunk("ImageAttributesLV!", attributes)
                                          .chunk("ImageMetadataLV!", experiment)
                                          .chunk("ImageDataSeq|0!", "a")
                                          .chunk("ImageDataSeq|1!", "b")
                                          .finish());
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        QCOMPARE(result->images.size(), 2);
        QCOMPARE(result->images[1].name, u"synthetic.nd2 (series 2)"_s);
        QVERIFY2(result->warnings.join(u'\n').contains(u"lists 5000 XY positions but holds only 2 image planes"_s),
                 qPrintable(result->warnings.join(u'\n')));
    }

    void refusesLegacyAndForeignFiles()
    {
        QByteArray jp2("\x00\x00\x00\x0CjP  \r\n\x87\n", 12);
        jp2.append(QByteArray(200, '\0'));
        QVERIFY(Nd2Reader().recognizes(u"old.nd2"_s, jp2));
        QVERIFY(!Nd2Reader().recognizes(u"photo.jp2"_s, jp2));
        const auto legacy = readBytes(jp2, u"old.nd2"_s);
        QVERIFY(!legacy);
        QVERIFY2(legacy.error().contains(u"before version 2 (JPEG 2000) are not supported"_s), qPrintable(legacy.error()));
        QVERIFY(legacy.error().startsWith(u"old.nd2: "_s));

        const auto foreign = readBytes(QByteArray(300, 'x'));
        QVERIFY(!foreign);
        QVERIFY2(foreign.error().contains(u"not a Nikon ND2 file"_s), qPrintable(foreign.error()));
        QVERIFY(!Nd2Reader().recognizes(u"x.nd2"_s, QByteArray(300, 'x')));
        QVERIFY(Nd2Reader().recognizes(u"renamed.bin"_s, syntheticV3()));
    }

    void rejectsBrokenFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray good = syntheticV3();
        const QByteArray attributes = Clx::chunk(u"SLxImageAttributes"_s, Clx().u32(u"uiWidth"_s, 4).u32(u"uiHeight"_s, 4));

        QTest::newRow("map offset past end") << Nd2File().chunk("ImageAttributesLV!", attributes).finish(1ULL << 40) << u"points to byte"_s;
        QTest::newRow("map offset at a non-map")
            << Nd2File().chunk("ImageAttributesLV!", attributes).finish(112) << u"no chunk map at byte 112"_s;
        QTest::newRow("entry past end")
            << Nd2File().chunk("ImageAttributesLV!", attributes).misplace("ImageAttributesLV!", 1ULL << 33).finish()
            << u"beyond the end of the file"_s;
        QTest::newRow("image entry past end")
            << Nd2File().chunk("ImageAttributesLV!", attributes).chunk("ImageDataSeq|0!", "x").misplace("ImageDataSeq|0!", 999'999).finish()
            << u"ImageDataSeq|0! is listed at bytes"_s;
        QTest::newRow("entry at wrong chunk")
            << Nd2File().chunk("ImageAttributesLV!", attributes).chunk("ImageTextInfoLV!", "x").misplace("ImageAttributesLV!", 0).finish()
            << u"header does not match"_s;
        QTest::newRow("no attributes") << Nd2File().chunk("ImageTextInfoLV!", attributes).finish() << u"no image attributes"_s;
        QTest::newRow("no size") << withAttributes(Clx::chunk(u"SLxImageAttributes"_s, Clx().u32(u"uiComp"_s, 1)))
                                 << u"no valid image size"_s;
        QTest::newRow("damaged attributes") << withAttributes(attributes.left(30)) << u"ImageAttributesLV! is damaged"_s;
        QTest::newRow("zip bomb in picture metadata")
            << Nd2File()
                   .chunk("ImageAttributesLV!", attributes)
                   .chunk("ImageMetadataSeqLV|0!", compressedClx(Clx::chunk(u"P"_s, Clx().bytes(u"z"_s, QByteArray(40 << 20, '\0')))))
                   .finish()
            << u"expands to more than"_s;
        QTest::newRow("cut in the middle") << good.left(good.size() / 2) << u"chunk map at the end of the ND2 file is missing"_s;
        QTest::newRow("cut before the trailer") << good.left(good.size() - 1) << u"missing"_s;
        QTest::newRow("signature only") << good.left(112) << u"missing"_s;
        QByteArray badVersion = good;
        badVersion[48] = 'X';
        QTest::newRow("damaged version") << badVersion << u"signature at the start of the file is damaged"_s;
        QByteArray hugeMap = Nd2File().chunk("ImageAttributesLV!", attributes).finish();
        const qsizetype mapHeader = hugeMap.size() - 40 - (18 + 16 + 32 + 8) - 48;
        QCOMPARE(hugeMap.mid(mapHeader, 4), QByteArray("\xDA\xCE\xBE\x0A", 4));
        hugeMap[mapHeader + 14] = '\x7F'; // data length ≈ 2^55
        QTest::newRow("huge chunk map") << hugeMap << u"it claims"_s;
    }
    void rejectsBrokenFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const auto result = readBytes(bytes, u"broken.nd2"_s);
        QVERIFY2(!result, "a broken file was read without complaint");
        QVERIFY2(result.error().contains(message), qPrintable(result.error()));
        QVERIFY2(result.error().startsWith(u"broken.nd2: "_s), qPrintable(result.error()));
    }

    void brokenDescriptiveChunksOnlyWarn()
    {
        const QByteArray attributes = Clx::chunk(u"SLxImageAttributes"_s, Clx().u32(u"uiWidth"_s, 4).u32(u"uiHeight"_s, 4));
        const auto result =
            readBytes(Nd2File().chunk("ImageAttributesLV!", attributes).chunk("ImageTextInfoLV!", "\x08\x02garbage").finish());
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        QVERIFY(result->warnings.join(u'\n').contains(u"ImageTextInfoLV! is damaged"_s));
    }

    // Every cut of the attributes' CLX-lite data: an error or a value, never a crash.
    void survivesEveryTruncation()
    {
        const QByteArray attributes =
            Clx::chunk(u"SLxImageAttributes"_s,
                       Clx().u32(u"uiWidth"_s, 4).u32(u"uiHeight"_s, 4).string(u"s"_s, u"text"_s).level(u"l"_s, Clx().f64(u"d"_s, 1)));
        const qsizetype children = attributes.size() - 4 * 8; // before the offsets table
        for (qsizetype cut = 0; cut < attributes.size(); ++cut) {
            const auto result = readBytes(withAttributes(attributes.left(cut)));
            if (cut < children)
                QVERIFY2(!result, qPrintable(QString::number(cut)));
            else
                QVERIFY2(result, qPrintable(QString::number(cut)));
        }
        for (const QByteArray &cut : truncations(syntheticV3(), 0, 7))
            QVERIFY(!readBytes(cut));
    }

    // --- Fuzz seeds in tests/data/images/nd2 --------------------------------

    void fuzzSeedsAreCurrent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("v3") << u"synthetic-v3.nd2"_s << syntheticV3();
        QTest::newRow("v3 sparse") << u"sparse-v3.nd2"_s << sparseV3();
        QTest::newRow("v2") << u"synthetic-v2.nd2"_s << syntheticV2();
    }
    // The seeds are written by this test: run it once with
    // METAFILL_WRITE_ND2_SEEDS=1 after changing the synthetic files.
    void fuzzSeedsAreCurrent()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        const QDir folder(TestPaths::data(u"images/nd2"_s));
        QVERIFY(writeSeedsIfAsked("METAFILL_WRITE_ND2_SEEDS", folder, {{name, bytes}}));
        const auto result = readCurrentSeed(folder.filePath(name), bytes);
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        QCOMPARE(result->format, u"nd2"_s);
        QVERIFY(!result->images.isEmpty());
    }

    // --- Real sample (MANIFEST #14) -----------------------------------------

    void readsClusterSample()
    {
        const QString path = TestPaths::samples(u"nd2/cluster.nd2"_s);
        SKIP_UNLESS_SAMPLE_EXISTS(path);
        ByteSource source(path);
        QVERIFY(source.open());
        const auto result = Nd2Reader().read(source);
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        const FileMetadata &file = *result;
        QVERIFY2(file.warnings.isEmpty(), qPrintable(file.warnings.join(u'\n')));
        QCOMPARE(file.images.size(), 1);
        const ImageInfo &image = file.images.front();
        // soft-matter/pims test_bioformats.py: 38 × 31, 2 channels, 3 T, 10 Z.
        QCOMPARE(image.pixels.sizeX, 38);
        QCOMPARE(image.pixels.sizeY, 31);
        QCOMPARE(image.pixels.sizeC, 2);
        QCOMPARE(image.pixels.sizeT, 3);
        QCOMPARE(image.pixels.sizeZ, 10);
        QCOMPARE(image.pixels.dimensionOrder, u"XYCZT"_s);
        QCOMPARE(image.pixels.pixelType, u"uint16"_s);
        QCOMPARE(image.pixels.significantBits, 12);
        QCOMPARE(image.pixels.physicalSizeXUm, 0.16780898323268245);
        QCOMPARE(image.pixels.physicalSizeYUm, 0.16780898323268245);
        QCOMPARE(image.pixels.physicalSizeZUm, 0.5);
        QVERIFY(!image.pixels.timeIncrementS); // dPeriod 0: "as fast as possible"
        QVERIFY2(image.acquisitionDate.startsWith(u"2014-06-18T13:55"_s), qPrintable(image.acquisitionDate));
        QCOMPARE(image.channels.size(), 2);
        QCOMPARE(image.channels[0].name, u"5-FAM/pH 9.0"_s);
        QCOMPARE(image.channels[1].name, u"FM 4-64/2% CHAPS"_s);
        // pims: colour of channel 0 ≈ [0.47, 0.91, 0.06] (uiColor 0x0FE978).
        QCOMPARE(image.channels[0].color, qint32(0x78E90FFF));
        QCOMPARE(image.channels[0].emissionNm, 525.0);
        QCOMPARE(image.channels[0].excitationNm, 488.0);
        QCOMPARE(image.channels[1].emissionNm, 700.0);
        QCOMPARE(image.channels[1].excitationNm, 561.0);
        QVERIFY(qAbs(*image.channels[0].exposureS - 0.9969975547008216) < 1e-12);
        QVERIFY(qAbs(*image.channels[0].pinholeUm - 38.314176245210724) < 1e-9);

        const ObjectiveInfo *objective = file.objectiveOf(image);
        QVERIFY(objective);
        QCOMPARE(objective->model, u"Plan Apo λ 60x"_s);
        QCOMPARE(objective->nominalMagnification, 60.0);
        QCOMPARE(objective->lensNA, 0.95);
        QCOMPARE(objective->immersion, u"Air"_s); // refractive index 1, NA 0.95
        const InstrumentInfo &instrument = file.instruments.front();
        QCOMPARE(instrument.microscope.model, u"Ti Microscope"_s);
        QCOMPARE(instrument.detectors.size(), 1);
        QCOMPARE(instrument.detectors.front().model, u"Nikon A1plus"_s);

        QCOMPARE(originalValue(file.originalMetadata, u"SLxPictureMetadata|dCalibration"_s), u"0.16780898323268245"_s);
        QCOMPARE(originalValue(file.originalMetadata, u"SLxPictureMetadata|dZoom"_s), u"2.469"_s);
        QCOMPARE(originalValue(file.originalMetadata, u"SLxImageTextInfo|TextInfoItem_9"_s), u"18/06/2014  15:55:27"_s);
        QCOMPARE(originalValue(file.originalMetadata, u"AppInfo|m_VersionString"_s), u"4.20.01 (Build 982)"_s);
        QCOMPARE(originalValue(file.originalMetadata,
                               u"SLxPictureMetadata|sPicturePlanes|sSampleSetting|a0|pCameraSetting|PropertiesQuality|CH2ChannelDyeName"_s),
                 u"5-FAM/pH 9.0"_s);

        // Metadata chunks (chunk map 4,048 + attributes 580 + text 7,898 +
        // picture 29,799 + experiment 8,816 + calibration 209 + app info 548
        // bytes) plus 64 KiB; the 30 image planes are never touched.
        const qint64 metadataBytes = 4048 + 580 + 7898 + 29799 + 8816 + 209 + 548;
        QVERIFY2(source.bytesRead() <= metadataBytes + 64 * 1024, qPrintable(QString::number(source.bytesRead())));
        qInfo("cluster.nd2: %lld bytes read of %lld", source.bytesRead(), source.size());
        QVERIFY(!OmeXmlWriter::toXml(file, 0).isEmpty());

        const MetadataReader reader;
        const auto viaRegistry = reader.read(path);
        QVERIFY2(viaRegistry, qPrintable(viaRegistry.ok() ? QString() : viaRegistry.error()));
        QCOMPARE(viaRegistry->format, u"nd2"_s);
        QCOMPARE(MetadataReader::lastBytesRead(), source.bytesRead());
    }
};

QTEST_GUILESS_MAIN(TestNd2Reader)
#include "TestNd2Reader.moc"
