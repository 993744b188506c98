#include "model/HeaderValues.h"
#include "ome/OmeXmlWriter.h"
#include "tiff/TiffDirectory.h"

#include <QtTest>

#include <pugixml.hpp>

using namespace metafill;
using namespace Qt::StringLiterals;

class TestHeaderValues : public QObject
{
    Q_OBJECT

private slots:
    void lengths_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("micrometres");
        QTest::newRow("metres") << 1.44992e-07 << u"m"_s << 0.144992;
        QTest::newRow("micro sign") << 0.3 << u"\u00B5m"_s << 0.3;
        QTest::newRow("greek mu") << 0.3 << u"\u03BCm"_s << 0.3;
        QTest::newRow("ascii") << 0.3 << u"um"_s << 0.3;
        QTest::newRow("micron") << 0.3 << u"micron"_s << 0.3;
        QTest::newRow("escaped") << 0.3 << u"\\u00B5m"_s << 0.3;
        QTest::newRow("udunits") << 2.0 << u"micrometer"_s << 2.0;
        QTest::newRow("nanometer") << 650.0 << u"nanometer"_s << 0.65;
        QTest::newRow("angstrom") << 10.0 << u"angstrom"_s << 0.001;
        QTest::newRow("mm") << 0.001 << u"mm"_s << 1.0;
    }
    void lengths()
    {
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(double, micrometres);
        const auto converted = HeaderValues::toMicrometres(value, unit);
        QVERIFY(converted);
        QVERIFY2(qFuzzyCompare(*converted, micrometres), qPrintable(QString::number(*converted)));
    }

    void uncalibratedUnitsStayUnknown()
    {
        QVERIFY(!HeaderValues::toMicrometres(1.0, u"pixel"_s));
        QVERIFY(!HeaderValues::toMicrometres(1.0, u""_s));
        QVERIFY(!HeaderValues::toMicrometres(qInf(), u"µm"_s));
    }

    void times()
    {
        QCOMPARE(*HeaderValues::toSeconds(40'000'000, u"ns"_s), 0.04);
        QCOMPARE(*HeaderValues::toSeconds(997, u"ms"_s), 0.997);
        QCOMPARE(*HeaderValues::toSeconds(2, u"millisecond"_s), 0.002);
    }

    void magnificationFromObjectiveNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("magnification");
        QTest::addColumn<double>("na");
        QTest::newRow("nikon") << u"Plan Apo λ 60x"_s << 60.0 << -1.0;
        QTest::newRow("zeiss") << u"EC Plan-Neofluar 40x/1.30 Oil DIC M27"_s << 40.0 << 1.30;
        QTest::newRow("leica") << u"HC PL APO CS2    63x/1.30 GLYC "_s << 63.0 << 1.30;
        QTest::newRow("decimal") << u"Plan 2.5x/0.075"_s << 2.5 << 0.075;
        QTest::newRow("none") << u"Objective Observation"_s << -1.0 << -1.0;
    }
    void magnificationFromObjectiveNames()
    {
        QFETCH(QString, name);
        QFETCH(double, magnification);
        QFETCH(double, na);
        const auto mag = HeaderValues::magnificationFromName(name);
        QCOMPARE(mag.value_or(-1.0), magnification);
        const auto aperture = HeaderValues::numericalApertureFromName(name);
        QCOMPARE(aperture.value_or(-1.0), na);
    }

    void immersionWords()
    {
        QCOMPARE(HeaderValues::omeImmersion(u"GLYC"_s), u"Glycerol"_s);
        QCOMPARE(HeaderValues::omeImmersion(u"Oil"_s), u"Oil"_s);
        QCOMPARE(HeaderValues::omeImmersion(u"W"_s), u"Water"_s);
        QCOMPARE(HeaderValues::omeImmersion(u"banana"_s), QString());
    }

    void vendorDates()
    {
        // Leica LIF: FILETIME of sample testdata_2channel_xz.lif, image "xzt".
        QCOMPARE(HeaderValues::isoDate(*HeaderValues::fromFileTime(116444736000000000ULL)), u"1970-01-01T00:00:00Z"_s);
        const quint64 lifTicks = (1614875957951ULL + 11644473600000ULL) * 10000ULL;
        QCOMPARE(HeaderValues::isoDate(*HeaderValues::fromFileTime(lifTicks)), u"2021-03-04T16:39:17.951Z"_s);
        // Zeiss LSM: OLE date of jimpipeline_test.lsm, local time without a zone.
        QCOMPARE(HeaderValues::isoDate(*HeaderValues::fromOleDate(41732.6559837963)), u"2014-04-03T15:44:37"_s);
        // Nikon ND2: Julian day 2456827.0801 is 2014-06-18 13:55 UTC.
        QCOMPARE(HeaderValues::isoDate(*HeaderValues::fromJulianDay(2456827.0801)).left(16), u"2014-06-18T13:55"_s);
        QVERIFY(!HeaderValues::fromJulianDay(0));
        QVERIFY(!HeaderValues::fromFileTime(0));
        QVERIFY(!HeaderValues::fromOleDate(-5));
    }

    void parsedDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("czi") << u"2020-03-02T06:48:39.1784942Z"_s << u"2020-03-02T06:48:39.178Z"_s;
        QTest::newRow("ome") << u"2010-03-02T15:08:59"_s << u"2010-03-02T15:08:59"_s;
        QTest::newRow("imaris") << u"2002-01-01 00:00:00.000"_s << u"2002-01-01T00:00:00"_s;
        QTest::newRow("offset") << u"2019-06-27T18:33:41+02:00"_s << u"2019-06-27T18:33:41+02:00"_s;
        QTest::newRow("garbage") << u"yesterday"_s << QString();
        QTest::newRow("bad month") << u"2019-13-01"_s << QString();
    }
    void parsedDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        QCOMPARE(HeaderValues::isoDate(HeaderValues::parseDateTime(text)), iso);
    }

    void legacyText()
    {
        QCOMPARE(HeaderValues::decodeLegacyText("caf\xc3\xa9\0\0"), u"café"_s);
        QCOMPARE(HeaderValues::decodeLegacyText("caf\xe9"), u"café"_s);
        const char utf16[] = {'H', 0, 'y', 0, 'D', 0, 0, 0, 'x', 0};
        QCOMPARE(HeaderValues::decodeUtf16(QByteArrayView(utf16, sizeof utf16)), u"HyD"_s);
    }

    // The writer leaves out what the model does not know and writes units explicitly.
    void omeXmlWriterWritesKnownValuesOnly()
    {
        FileMetadata file;
        InstrumentInfo instrument;
        instrument.id = u"Instrument:0"_s;
        instrument.microscope.model = u"DMI6000B-CS"_s;
        ObjectiveInfo objective;
        objective.id = u"Objective:0:0"_s;
        objective.model = u"HC PL APO 63x/1.30 GLYC"_s;
        objective.lensNA = 1.3;
        objective.nominalMagnification = 63;
        objective.immersion = u"Glycerol"_s;
        instrument.objectives.append(objective);
        file.instruments.append(instrument);
        for (int i = 0; i < 2; ++i) {
            ImageInfo image;
            image.id = u"Image:%1"_s.arg(i);
            image.name = u"image \u00B5 <%1> \x01"_s.arg(i);
            image.instrumentRef = instrument.id;
            image.objectiveRef = objective.id;
            image.pixels.sizeX = 128;
            image.pixels.pixelType = u"uint8"_s;
            image.pixels.physicalSizeXUm = 0.139;
            ChannelInfo channel;
            channel.id = u"Channel:%1:0"_s.arg(i);
            channel.excitationNm = 488;
            channel.exposureS = 0.04;
            image.channels.append(channel);
            image.originalMetadata.append({u"Zoom"_s, u"10.357"_s});
            file.images.append(image);
        }
        file.originalMetadata.append({u"Version"_s, u"2"_s});

        const QByteArray xml = OmeXmlWriter::toXml(file, 1);
        pugi::xml_document doc;
        QVERIFY(doc.load_buffer(xml.constData(), xml.size()));
        QCOMPARE(doc.select_nodes("//Image").size(), size_t(1));
        QCOMPARE(QString::fromUtf8(doc.select_node("//Image/@Name").attribute().value()), u"image \u00B5 <1> "_s);
        pugi::xpath_query unit("string(//Pixels/@PhysicalSizeXUnit)");
        QCOMPARE(QString::fromStdString(unit.evaluate_string(doc)), u"µm"_s);
        QCOMPARE(pugi::xpath_query("string(//Pixels/@PhysicalSizeY)").evaluate_string(doc), std::string());
        QCOMPARE(pugi::xpath_query("number(//Plane[@TheC=0]/@ExposureTime)").evaluate_number(doc), 0.04);
        QCOMPARE(pugi::xpath_query("string(//Objective[@ID=//ObjectiveSettings/@ID]/@Immersion)").evaluate_string(doc),
                 std::string("Glycerol"));
        QCOMPARE(pugi::xpath_query("string(//MapAnnotation/Value/M[@K='Zoom'])").evaluate_string(doc), std::string("10.357"));
        QCOMPARE(pugi::xpath_query("count(//MapAnnotation)").evaluate_number(doc), 2.0);
        QVERIFY(!xml.contains("SizeY"));
        QVERIFY(xml.contains("xmlns=\"http://www.openmicroscopy.org/Schemas/OME/2016-06\""));
    }

    void tiffDirectoryRejectsAbsurdCounts()
    {
        // Classic little-endian TIFF whose first directory claims 65535 entries.
        QByteArray bytes("II*\0\x08\0\0\0\xff\xff", 10);
        bytes.append(64, '\0');
        auto source = ByteSource::fromBytes(bytes, u"absurd.tif"_s);
        QVERIFY(source->open());
        auto header = TiffDirectory::readHeader(*source);
        QVERIFY(header);
        auto directory = TiffDirectory::read(*source, *header, header->firstDirectory);
        QVERIFY(!directory);
        QVERIFY2(directory.error().contains(u"65535 entries"_s), qPrintable(directory.error()));
    }
};

QTEST_GUILESS_MAIN(TestHeaderValues)
#include "TestHeaderValues.moc"
