#include "TestPaths.h"

#include "omero/ExportRows.h"
#include "omero/KeyValueBuilder.h"
#include "omero/KeyValueImporter.h"
#include "omero/OmeroCsvExporter.h"
#include "omero/OmeroExportReader.h"
#include "record/RecordEditor.h"
#include "template/TemplateLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace metafill;
using namespace Qt::StringLiterals;

class TestOmeroExport : public QObject
{
    Q_OBJECT

    std::optional<Template> m_types;
    QTemporaryDir m_dir;

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // The values every test starts from: awkward characters everywhere.
    Record sampleRecord() const
    {
        Record record;
        record.templateRef = m_types->ref();
        RecordEditor editor(*m_types, record.values);
        for (const QString &a : {u"s.text=Mitose, \"µ\" 5 °C; ä ö ü ß"_s, u"s.multi=Zeile 1\nZeile 2\tmit Tab"_s, u"s.num=0.1"_s,
                                 u"s.qty=0.065 µm"_s, u"s.choice=oil"_s, u"s.flag=no"_s, u"s.date=2024-02-29"_s,
                                 u"s.term=confocal microscopy (FBbi:00000251)"_s, u"s.orcid=0000-0002-1825-0097"_s,
                                 u"s.tags=a|b"_s, u"s.tags=DAPI;Phalloidin"_s, u"channel[0].name=DAPI"_s,
                                 u"channel[0].excitation=405"_s, u"channel[1].name=GFP"_s, u"channel[1].fluor=eGFP"_s}) {
            const Status s = editor.assign(a);
            if (!s)
                qFatal("%s", qPrintable(s.error()));
        }
        return record;
    }
    static QList<ImageFile> images(const QStringList &names)
    {
        QList<ImageFile> list;
        for (const QString &n : names)
            list.append(ImageFile{u"/data/ds/"_s + n, n, u"ds"_s});
        return list;
    }

    // Reads a written file with Python's csv module, as the OMERO script does.
    static std::optional<QJsonObject> readWithPython(const QString &path, bool legacy = false)
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            return std::nullopt;
        QProcess p;
        QStringList args{TestPaths::source(u"tests/support/omero_csv_read.py"_s), path};
        if (legacy)
            args << u"--legacy"_s;
        p.start(python, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("python: %s", p.readAllStandardError().constData());
            return QJsonObject{{u"failed"_s, true}};
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

private slots:
    void initTestCase()
    {
        TemplateLoader loader({TestPaths::data(u"templates/valid"_s)});
        auto outcome = loader.load(TestPaths::data(u"templates/valid/all-types.yaml"_s));
        QVERIFY(outcome.result);
        m_types = outcome.result;
    }

    void pairsFollowTheTemplate()
    {
        const QList<KeyValue> pairs = KeyValueBuilder::build(*m_types, sampleRecord().values);
        auto value = [&](const QString &key, int n = 0) {
            for (const KeyValue &kv : pairs) {
                if (kv.key == key && n-- == 0)
                    return kv.value;
            }
            return u"<missing>"_s;
        };
        QCOMPARE(value(u"Pixel size"_s), u"0.065 µm"_s);
        QCOMPARE(value(u"Imaging method"_s), u"confocal microscopy"_s);
        QCOMPARE(value(u"Imaging method term accession number"_s), u"http://purl.obolibrary.org/obo/FBbi_00000251"_s);
        QCOMPARE(value(u"Imaging method term source REF"_s), u"FBbi"_s);
        QCOMPARE(value(u"Keyword"_s, 0), u"a|b"_s);
        QCOMPARE(value(u"Keyword"_s, 1), u"DAPI;Phalloidin"_s);
        QCOMPARE(value(u"Channel 0 - Excitation wavelength"_s), u"405 nm"_s);
        QCOMPARE(value(u"Channel 1 - Fluorophore"_s), u"eGFP"_s);
        QCOMPARE(value(u"Channel 1 - Fluorophore term accession number"_s), QString()); // free text: unresolved
        QCOMPARE(value(u"Integer"_s), u"5"_s); // the template default
        QCOMPARE(value(u"ORCID"_s), u"https://orcid.org/0000-0002-1825-0097"_s);
        QCOMPARE(value(u"Link"_s), QString()); // empty fields still give their column
    }

    void goldenFile()
    {
        QStringList warnings;
        const Record record = sampleRecord();
        const QList<AnnotatedObject> objects =
            ExportRows::build(*m_types, record, images({u"a.tif"_s, u"b.lif [Series001]"_s, u"c.czi [Scene #2]"_s}),
                              OmeroOptions::Level::Image, QString(), &warnings);
        OmeroCsvExporter::Options options;
        options.mapNamespace = m_types->omero.mapNamespace;
        const QString out = m_dir.filePath(u"golden.tsv"_s);
        const auto written = OmeroCsvExporter::write(objects, out, options);
        QVERIFY2(written, qPrintable(written.ok() ? QString() : written.error()));
        QCOMPARE(written->files, QStringList{out});
        const QByteArray actual = readAll(out);
        const QByteArray expected = readAll(TestPaths::data(u"expected/all-types.tsv"_s));
        if (actual != expected) {
            QFile dump(QDir::temp().filePath(u"metafill-actual-all-types.tsv"_s));
            QVERIFY(dump.open(QIODevice::WriteOnly));
            dump.write(actual);
            qWarning("wrote %s for comparison", qPrintable(dump.fileName()));
        }
        QCOMPARE(actual, expected);
    }

    void pythonReadsEveryValueIntact()
    {
        const Record record = sampleRecord();
        QStringList warnings;
        const QList<ImageFile> files = images({u"a.tif"_s, u"b.lif [Series001]"_s});
        const QList<AnnotatedObject> objects = ExportRows::build(*m_types, record, files, OmeroOptions::Level::Image, {}, &warnings);
        for (const QChar delimiter : {u'\t', u',', u';'}) {
            OmeroCsvExporter::Options options;
            options.delimiter = delimiter;
            options.mapNamespace = u"org.example/types"_s;
            const QString out = m_dir.filePath(u"python.csv"_s);
            QVERIFY(OmeroCsvExporter::write(objects, out, options));
            const auto read = readWithPython(out);
            if (!read)
                QSKIP("python3 is not installed");
            QVERIFY2(!read->contains(u"failed"_s), "Python's csv module rejected the file");
            QCOMPARE(read->value(u"delimiter"_s).toString(), QString(delimiter));
            QCOMPARE(read->value(u"upstream_delimiter"_s).toString(), QString(delimiter));
            const QJsonObject objs = read->value(u"objects"_s).toObject();
            QCOMPARE(objs.size(), objects.size());
            for (const AnnotatedObject &object : objects) {
                const QJsonArray pairs = objs.value(object.name).toArray();
                QList<KeyValue> expected;
                for (const KeyValue &kv : object.pairs) {
                    if (!kv.value.isEmpty())
                        expected.append(kv);
                }
                QCOMPARE(pairs.size(), expected.size());
                for (qsizetype i = 0; i < expected.size(); ++i) {
                    const QJsonArray p = pairs.at(i).toArray();
                    QCOMPARE(p.at(0).toString(), expected.at(i).key);
                    QCOMPARE(p.at(1).toString(), expected.at(i).value);
                    QCOMPARE(p.at(2).toString(), u"org.example/types"_s);
                }
            }
        }
    }

    void legacyFormat()
    {
        QStringList warnings;
        const QList<AnnotatedObject> objects =
            ExportRows::build(*m_types, sampleRecord(), images({u"a.tif"_s}), OmeroOptions::Level::Image, {}, &warnings);
        OmeroCsvExporter::Options options;
        options.format = OmeroCsvExporter::Format::Legacy;
        options.mapNamespace = u"ignored"_s;
        const QString out = m_dir.filePath(u"legacy.csv"_s);
        const auto written = OmeroCsvExporter::write(objects, out, options);
        QVERIFY(written);
        const QByteArray bytes = readAll(out);
        QVERIFY(bytes.startsWith("image,"));
        QVERIFY(written->warnings.join(u' ').contains(u"splits it"_s));
        const auto read = readWithPython(out, true);
        if (!read)
            QSKIP("python3 is not installed");
        QCOMPARE(read->value(u"delimiter"_s).toString(), u","_s);
        const QJsonArray pairs = read->value(u"objects"_s).toObject().value(u"a.tif"_s).toArray();
        QStringList flattened;
        for (const auto &p : pairs)
            flattened << p.toArray().at(0).toString() + u'=' + p.toArray().at(1).toString();
        QVERIFY(flattened.contains(u"Name=Mitose, \"µ\" 5 °C"_s) == false);
        QVERIFY(flattened.contains(u"Keyword=DAPI"_s)); // what the legacy script makes of "DAPI;Phalloidin"
        QVERIFY(flattened.contains(u"Pixel size=0.065 µm"_s));
    }

    void largeOutputIsSplitBelowOneMebibyte()
    {
        QList<AnnotatedObject> objects;
        for (int i = 0; i < 3000; ++i) {
            QList<KeyValue> pairs;
            for (int k = 0; k < 10; ++k)
                pairs.append({u"Schlüssel %1"_s.arg(k), u"Wert µ°äöü %1 %2"_s.arg(i).arg(QString(20, u'é'))});
            objects.append({u"img_%1.tif"_s.arg(i, 5, 10, QChar(u'0')), pairs});
        }
        OmeroCsvExporter::Options options;
        const QString out = m_dir.filePath(u"big.csv"_s);
        const auto written = OmeroCsvExporter::write(objects, out, options);
        QVERIFY2(written, qPrintable(written.ok() ? QString() : written.error()));
        QVERIFY(written->files.size() > 1);
        QCOMPARE(written->files.first(), m_dir.filePath(u"big.part1.csv"_s));
        QVERIFY(!QFile::exists(out));
        int rows = 0;
        for (const QString &file : written->files) {
            const QByteArray bytes = readAll(file);
            QVERIFY(bytes.size() <= 1024 * 1024);
            QVERIFY(bytes.startsWith("OBJECT_NAME\tSchl\xC3\xBC" "ssel 0"));
            rows += int(bytes.count('\n')) - 1;
        }
        QCOMPARE(rows, 3000);
        const auto read = readWithPython(written->files.last());
        if (read)
            QVERIFY(!read->contains(u"failed"_s));
    }

    void whatOmeroWouldBreakOnIsRefused_data()
    {
        QTest::addColumn<QList<AnnotatedObject>>("objects");
        QTest::addColumn<QString>("message");
        const QString big(131'073, u'x');
        QTest::newRow("cell over limit") << QList<AnnotatedObject>{{u"a.tif"_s, {{u"K"_s, big}}}} << u"131072 characters"_s;
        QTest::newRow("duplicate names") << QList<AnnotatedObject>{{u"a.tif"_s, {{u"K"_s, u"1"_s}}}, {u"a.tif"_s, {{u"K"_s, u"2"_s}}}} << u"appears twice"_s;
        QTest::newRow("reserved key") << QList<AnnotatedObject>{{u"a.tif"_s, {{u"WELL"_s, u"A1"_s}}}} << u"silently drops"_s;
        QTest::newRow("tag key") << QList<AnnotatedObject>{{u"a.tif"_s, {{u"TAG"_s, u"x"_s}}}} << u"tags"_s;
        QTest::newRow("empty name") << QList<AnnotatedObject>{{QString(), {{u"K"_s, u"1"_s}}}} << u"no name"_s;
        QTest::newRow("nothing") << QList<AnnotatedObject>{} << u"nothing to export"_s;
    }
    void whatOmeroWouldBreakOnIsRefused()
    {
        QFETCH(QList<AnnotatedObject>, objects);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(u"refused.csv"_s);
        QFile::remove(out);
        const auto written = OmeroCsvExporter::write(objects, out, {});
        QVERIFY(!written);
        QVERIFY2(written.error().contains(message), qPrintable(written.error()));
        QVERIFY(!QFile::exists(out)); // nothing half-written
    }

    void cellAtTheLimitIsAccepted()
    {
        // 131,072 code points, some outside the BMP (two UTF-16 units each).
        const QString emoji = u"\U0001F52C"_s;
        QString cell = QString(131'072 - 10, u'x');
        for (int i = 0; i < 10; ++i)
            cell += emoji;
        const auto written = OmeroCsvExporter::write({{u"a.tif"_s, {{u"K"_s, cell}}}}, m_dir.filePath(u"limit.csv"_s), {});
        QVERIFY2(written, qPrintable(written.ok() ? QString() : written.error()));
    }

    void failedWriteLeavesOldFileIntact()
    {
        const QString out = m_dir.filePath(u"keep.csv"_s);
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old contents\n");
        f.close();
        const auto written = OmeroCsvExporter::write({{u"a.tif"_s, {{u"DATASET"_s, u"x"_s}}}}, out, {});
        QVERIFY(!written);
        QCOMPARE(readAll(out), QByteArray("old contents\n"));
        QVERIFY(!OmeroCsvExporter::write({{u"a.tif"_s, {{u"K"_s, u"x"_s}}}}, m_dir.filePath(u"no/such/dir/x.csv"_s), {}));
    }

    void datasetLevel()
    {
        Record record = sampleRecord();
        QList<ImageFile> files{{u"/d/exp1/a.tif"_s, u"a.tif"_s, u"exp1"_s}, {u"/d/exp1/b.tif"_s, u"b.tif"_s, u"exp1"_s},
                               {u"/d/exp2/c.tif"_s, u"c.tif"_s, u"exp2"_s}};
        // b.tif differs from a.tif in one value.
        ImageEntry b{u"/d/exp1/b.tif"_s, u"b.tif"_s, {}};
        b.values[FieldPath{u"s"_s, 0, u"num"_s}] = FieldValue{{0.2}, {}};
        record.images.append(b);
        QStringList warnings;
        const auto objects = ExportRows::build(*m_types, record, files, OmeroOptions::Level::Dataset, {}, &warnings);
        QCOMPARE(objects.size(), 2);
        QCOMPARE(objects.at(0).name, u"exp1"_s);
        QCOMPARE(objects.at(1).name, u"exp2"_s);
        QVERIFY(warnings.join(u'\n').contains(u"differ in 'Number'"_s));
        for (const KeyValue &kv : objects.at(0).pairs) {
            if (kv.key == u"Number")
                QVERIFY(kv.value.isEmpty());
            if (kv.key == u"Pixel size")
                QCOMPARE(kv.value, u"0.065 µm"_s);
        }
        const auto single = ExportRows::build(*m_types, sampleRecord(), files, OmeroOptions::Level::Dataset, u"All"_s, &warnings);
        QCOMPARE(single.size(), 1);
        QCOMPARE(single.first().name, u"All"_s);
    }

    void exportedAnnotationsComeBack_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("Export_to_csv upstream (sep=, quoted)") << u"csv/export_upstream.csv"_s;
        QTest::newRow("Export_to_csv 2024 (TAB, unquoted)") << u"csv/export_tab.tsv"_s;
        QTest::newRow("Metafill's own golden file") << u"expected/all-types.tsv"_s;
    }
    void exportedAnnotationsComeBack()
    {
        QFETCH(QString, file);
        const auto objects = OmeroExportReader::read(TestPaths::data(file));
        QVERIFY2(objects, qPrintable(objects.ok() ? QString() : objects.error()));
        QVERIFY(!objects->isEmpty());
        Diagnostics notes;
        const Record record = KeyValueImporter(*m_types).record(*objects, file, notes);
        const ValueMap &v = record.images.first().values;
        QCOMPARE(v.value(FieldPath{u"s"_s, 0, u"qty"_s}).values.value(0), Value(Quantity{0.065, u"µm"_s}));
        QCOMPARE(v.value(FieldPath{u"s"_s, 0, u"text"_s}).values.value(0), Value(u"Mitose, \"µ\" 5 °C; ä ö ü ß"_s));
        const Value term = v.value(FieldPath{u"s"_s, 0, u"term"_s}).values.value(0);
        QCOMPARE(std::get<Term>(term).curie, u"FBbi:00000251"_s);
        QCOMPARE(std::get<Term>(term).label, u"confocal microscopy"_s);
        QCOMPARE(v.value(FieldPath{u"s"_s, 0, u"tags"_s}).values.size(), 2);
        QCOMPARE(v.value(FieldPath{u"channel"_s, 1, u"name"_s}).values.value(0), Value(u"GFP"_s));
        QCOMPARE(v.value(FieldPath{u"s"_s, 0, u"choice"_s}).provenance.kind, Provenance::Kind::Imported);
    }
};

QTEST_GUILESS_MAIN(TestOmeroExport)
#include "TestOmeroExport.moc"
