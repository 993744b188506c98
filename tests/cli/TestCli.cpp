#include "TestPaths.h"

#include "CliApplication.h"
#include "omero/OmeroExportReader.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace metafill;
using namespace metafill::cli;
using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_out;
    QString m_err;

    // Runs metafill-cli in this process, with its output captured.
    int run(const QStringList &arguments)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out);
        QTextStream err(&m_err);
        CliIo io{out, err};
        QStringList args = arguments;
        if (args.size() > 1 && (args.contains(u"export"_s) || args.contains(u"validate"_s) || args.contains(u"import"_s)))
            args << u"--template-path"_s << TestPaths::data(u"templates/valid"_s);
        const int code = CliApplication().run(args, io);
        out.flush();
        err.flush();
        return code;
    }
    QString imagesDir()
    {
        const QString dir = m_dir.filePath(u"images/exp1"_s);
        QDir().mkpath(dir);
        for (const QString &name : {u"a.tif"_s, u"b.czi"_s, u"c.ome.tiff"_s, u"notes.txt"_s}) {
            QFile f(dir + u'/' + name);
            if (f.open(QIODevice::WriteOnly))
                f.write("x");
        }
        QDir().mkpath(dir + u"/d.ome.zarr/0"_s);
        return m_dir.filePath(u"images"_s);
    }
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        // Imaris files are read through the probe program; CTest names it in
        // the environment, this makes the binary work when started by hand too.
#ifdef METAFILL_IMS_PROBE_BINARY
        if (!qEnvironmentVariableIsSet("METAFILL_IMS_PROBE"))
            qputenv("METAFILL_IMS_PROBE", METAFILL_IMS_PROBE_BINARY);
#endif
    }

    void helpAndUsage()
    {
        QCOMPARE(run({}), int(UsageError));
        QVERIFY(m_out.contains(u"Commands:"_s));
        QCOMPARE(run({u"--help"_s}), int(Success));
        QVERIFY(m_out.contains(u"Exit codes"_s));
        for (const QStringList &command : {QStringList{u"template"_s, u"check"_s}, QStringList{u"template"_s, u"fields"_s},
                                           QStringList{u"export"_s}, QStringList{u"validate"_s}, QStringList{u"import"_s}}) {
            QCOMPARE(run(command + QStringList{u"--help"_s}), int(Success));
            QVERIFY2(m_out.startsWith(u"Usage: metafill-cli "_s + command.join(u' ')), qPrintable(m_out));
        }
        QCOMPARE(run({u"frobnicate"_s}), int(UsageError));
        QVERIFY(m_err.contains(u"unknown command"_s));
        QCOMPARE(run({u"export"_s, u"--no-such-option"_s}), int(UsageError));
        QVERIFY(m_err.contains(u"--help"_s));
    }

    void templateCheck()
    {
        QCOMPARE(run({u"template"_s, u"check"_s, TestPaths::data(u"templates/valid/base.yaml"_s)}), int(Success));
        QVERIFY(m_out.contains(u": ok (org.example.base 1.2.0"_s));
        const QString broken = TestPaths::data(u"templates/broken/unknown-type.yaml"_s);
        QCOMPARE(run({u"template"_s, u"check"_s, TestPaths::data(u"templates/valid/base.yaml"_s), broken}), int(Problems));
        const QRegularExpression located(u"^"_s + QRegularExpression::escape(broken) + u":\\d+:\\d+: error: unknown field type"_s,
                                         QRegularExpression::MultilineOption);
        QVERIFY2(located.match(m_err).hasMatch(), qPrintable(m_err));
        QCOMPARE(run({u"template"_s, u"check"_s, m_dir.filePath(u"missing.yaml"_s)}), int(Problems));
        QVERIFY(m_err.contains(u"does not exist"_s));
        QCOMPARE(run({u"template"_s, u"check"_s}), int(UsageError));
    }

    void builtinTemplatesPassCheck()
    {
        QDirIterator it(TestPaths::source(u"templates"_s), {u"*.yaml"_s});
        int n = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QCOMPARE(run({u"template"_s, u"check"_s, path}), int(Success));
            ++n;
        }
        QVERIFY(n > 0);
    }

    void templateFields()
    {
        QCOMPARE(run({u"template"_s, u"fields"_s, TestPaths::data(u"templates/valid/all-types.yaml"_s)}), int(Success));
        const QStringList lines = m_out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 17);
        QCOMPARE(lines.first(), u"s.text\ttext\toptional\tText"_s);
        QVERIFY(lines.contains(u"s.tags\ttext[]\toptional\tKeyword"_s));
        QVERIFY(lines.contains(u"channel[].excitation\tquantity\toptional\tChannel {index} - Excitation wavelength"_s));
    }

    void exportWithAwkwardValues()
    {
        const QString out = m_dir.filePath(u"export.tsv"_s);
        const int code = run({u"export"_s, u"--no-autofill"_s, u"--template"_s, u"org.example.all-types"_s,
                              u"--set"_s, u"s.text=Mitose, \"µ\" 5 °C; Ä ö ü ß"_s,
                              u"--set"_s, u"s.multi=Zeile 1\nZeile 2"_s,
                              u"--set"_s, u"s.qty=0.1 um"_s, u"--set"_s, u"s.term=FBbi:00000251"_s,
                              u"-o"_s, out, imagesDir()});
        QVERIFY2(code == Success, qPrintable(m_err));
        QVERIFY(m_out.contains(u"4 image rows"_s));
        QVERIFY(m_out.contains(u"Target Data_Type Image"_s));
        const auto objects = OmeroExportReader::read(out);
        QVERIFY(objects);
        QStringList names;
        for (const auto &o : *objects)
            names << o.name;
        QCOMPARE(names, (QStringList{u"a.tif"_s, u"b.czi"_s, u"c.ome.tiff"_s, u"d.ome.zarr"_s}));
        const auto &pairs = objects->first().pairs;
        auto value = [&](const QString &key) {
            for (const auto &p : pairs) {
                if (p.key == key)
                    return p.value;
            }
            return QString();
        };
        QCOMPARE(value(u"Text"_s), u"Mitose, \"µ\" 5 °C; Ä ö ü ß"_s);
        QCOMPARE(value(u"Multi-line"_s), u"Zeile 1\nZeile 2"_s);
        QCOMPARE(value(u"Pixel size"_s), u"0.1 µm"_s);
        QCOMPARE(value(u"Imaging method term source REF"_s), u"FBbi"_s);
        QCOMPARE(value(u"Integer"_s), u"5"_s);
    }

    void exportRefusesBadValuesAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad number") << QStringList{u"--set"_s, u"s.num=0,5"_s} << int(Problems) << u"decimal comma"_s;
        QTest::newRow("unknown field") << QStringList{u"--set"_s, u"s.nope=1"_s} << int(Problems) << u"no field"_s;
        QTest::newRow("out of range") << QStringList{u"--set"_s, u"s.int=1000"_s} << int(Problems) << u"maximum"_s;
        QTest::newRow("bad term") << QStringList{u"--set"_s, u"s.qty=5 s"_s} << int(Problems) << u"not allowed"_s;
        QTest::newRow("legacy dataset") << QStringList{u"--format"_s, u"omero-legacy"_s, u"--level"_s, u"dataset"_s} << int(UsageError) << u"not datasets"_s;
        QTest::newRow("bad format") << QStringList{u"--format"_s, u"excel"_s} << int(UsageError) << u"--format"_s;
        QTest::newRow("missing record") << QStringList{u"--record"_s, u"/nonexistent.json"_s} << int(InputError) << u"cannot read"_s;
        QTest::newRow("bad template") << QStringList{u"--template"_s, TestPaths::data(u"templates/broken/reserved-tag.yaml"_s)} << int(Problems) << u"tags"_s;
    }
    void exportRefusesBadValuesAndWritesNothing()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(u"refused.tsv"_s);
        QFile::remove(out);
        QStringList args{u"export"_s, u"--no-autofill"_s, u"--template"_s, u"org.example.all-types"_s};
        args << extra << u"-o"_s << out << imagesDir();
        QCOMPARE(run(args), code);
        QVERIFY2(m_err.contains(message), qPrintable(m_err));
        QVERIFY(!QFile::exists(out));
    }

    void exportFindsNoImages()
    {
        const QString empty = m_dir.filePath(u"empty"_s);
        QDir().mkpath(empty);
        QCOMPARE(run({u"export"_s, u"--template"_s, u"org.example.all-types"_s, u"-o"_s, m_dir.filePath(u"x.tsv"_s), empty}), int(InputError));
        QVERIFY(m_err.contains(u"no image files"_s));
        QCOMPARE(run({u"export"_s, u"--template"_s, u"org.example.all-types"_s, u"-o"_s, m_dir.filePath(u"x.tsv"_s), m_dir.filePath(u"nope"_s)}), int(InputError));
    }

    void recordValidateImportRoundTrip()
    {
        // A record from an OMERO export, validated, then used for a new export.
        const QString record = m_dir.filePath(u"from-omero.metafill.json"_s);
        QCOMPARE(run({u"import"_s, u"--template"_s, u"org.example.all-types"_s, u"-o"_s, record, TestPaths::data(u"csv/export_upstream.csv"_s)}), int(Success));
        QVERIFY(m_out.contains(u"2 image"_s));
        QCOMPARE(run({u"validate"_s, u"--template"_s, u"org.example.all-types"_s, record}), int(Success));
        QVERIFY2(m_out.contains(u"[a.tif]: completeness 100%"_s), qPrintable(m_out));

        // An invalid record: a value outside its field's range.
        const QString bad = m_dir.filePath(u"bad.metafill.json"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"metafill_record": 1, "template": {"id": "org.example.base", "version": "1.0.0"},
                   "values": {"sample[0].count": {"value": -3}, "study.gone": {"value": "x"}}})");
        f.close();
        QCOMPARE(run({u"validate"_s, u"--template"_s, u"org.example.base"_s, bad}), int(Problems));
        QVERIFY2(m_out.contains(u"sample[0].count: error: -3 is below the minimum of 0"_s), qPrintable(m_out));
        QVERIFY(m_out.contains(u"study.title: error: required, but empty"_s));
        QVERIFY(m_out.contains(u"INVALID"_s));
        QVERIFY2(m_err.contains(u"no field 'study.gone'"_s), qPrintable(m_err)); // reported, not silently dropped
        QVERIFY(m_err.contains(u"version 1.0.0"_s));

        // The record's shared values fill every row; --set wins over the record.
        const QString good = m_dir.filePath(u"good.metafill.json"_s);
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(R"({"metafill_record": 1, "template": {"id": "org.example.base", "version": "1.2.0"},
                   "values": {"study.title": {"value": "From record"}, "sample[0].organism": {"value": "NCBITaxon:9606"}}})");
        g.close();
        const QString out = m_dir.filePath(u"from-record.csv"_s);
        QCOMPARE(run({u"export"_s, u"--no-autofill"_s, u"--template"_s, u"org.example.base"_s, u"--record"_s, good, u"--set"_s, u"study.title=From --set"_s,
                      u"--level"_s, u"dataset"_s, u"-o"_s, out, imagesDir()}), int(Success));
        const auto objects = OmeroExportReader::read(out);
        QVERIFY(objects);
        QCOMPARE(objects->size(), 1);
        QCOMPARE(objects->first().name, u"exp1"_s);
        QCOMPARE(objects->first().pairs.first().key, u"Study title"_s);
        QCOMPARE(objects->first().pairs.first().value, u"From --set"_s);
    }

    void legacyExport()
    {
        const QString out = m_dir.filePath(u"legacy.csv"_s);
        QCOMPARE(run({u"export"_s, u"--no-autofill"_s, u"--template"_s, u"org.example.all-types"_s, u"--format"_s, u"omero-legacy"_s,
                      u"--set"_s, u"s.tags=DAPI;GFP"_s, u"-o"_s, out, imagesDir()}), int(Success));
        QVERIFY(readAll(out).startsWith("image,Text,"));
        QVERIFY(m_err.contains(u"splits it"_s));
        QVERIFY(m_out.contains(u"KeyVal_from_csv"_s));
    }

    void sharedSamplesExport()
    {
        if (!QFileInfo::exists(TestPaths::samples()))
            QSKIP("../shared/samples is not present");
        const QString out = m_dir.filePath(u"samples.tsv"_s);
        QCOMPARE(run({u"export"_s, u"--template"_s, u"org.example.all-types"_s, u"--set"_s, u"s.text=µ ° ä, \"q\"; x"_s,
                      u"-o"_s, out, TestPaths::samples()}), int(Success));
        const auto objects = OmeroExportReader::read(out);
        QVERIFY(objects);
        QStringList names;
        for (const auto &o : *objects)
            names << o.name;
        // One row per image as OMERO names them: the series of a LIF file each,
        // a multi-file OME-TIFF set once (its companion), never its member files.
        for (const QString &name : {u"488_PSF.czi"_s, u"testdata_2channel_xz.lif [xzt]"_s, u"testdata_2channel_xz.lif [xzy]"_s,
                                    u"cluster.nd2"_s, u"multifile.companion.ome"_s, u"jimpipeline_test.lsm"_s, u"PtK2Cell.ims"_s})
            QVERIFY2(names.contains(name), qPrintable(name + u" not in: "_s + names.join(u", "_s)));
        QVERIFY2(!names.contains(u"testdata_2channel_xz.lif"_s) && !names.contains(u"multifile-Z1.ome.tiff"_s)
                     && !names.contains(u"METADATA.ome.xml"_s),
                 qPrintable(names.join(u", "_s)));
        QVERIFY2(m_out.contains(u"Read the headers of 18 of 18 files"_s), qPrintable(m_out));

        // Each row holds its own image's header values (all-types fills the channels' excitation).
        for (const auto &o : *objects) {
            const QStringList keys = [&] { QStringList k; for (const auto &p : o.pairs) k << p.key + u'=' + p.value; return k; }();
            if (o.name == u"488_PSF.czi"_s)
                QVERIFY2(keys.contains(u"Channel 0 - Excitation wavelength=488 nm"_s), qPrintable(keys.join(u" | "_s)));
            if (o.name == u"cluster.nd2"_s)
                QVERIFY2(keys.contains(u"Channel 1 - Excitation wavelength=561 nm"_s), qPrintable(keys.join(u" | "_s)));
        }
    }

    // Synthetic files of every format in the repository: the whole batch is read,
    // every file as its format, and the JSON contract holds.
    void inspectJsonContract()
    {
        QCOMPARE(run({u"inspect"_s, u"--json"_s, TestPaths::data(u"images"_s)}), int(Success));
        const QStringList lines = m_out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 20);
        QSet<QString> formats;
        for (const QString &line : lines) {
            const auto object = nlohmann::json::parse(line.toStdString(), nullptr, false);
            QVERIFY2(object.is_object(), qPrintable(line));
            for (const char *key : {"path", "format", "error", "images"})
                QVERIFY2(object.contains(key), qPrintable(line));
            QVERIFY2(object["error"].is_null(), qPrintable(line));
            formats.insert(QString::fromStdString(object["format"].get<std::string>()));
            for (const auto &image : object["images"]) {
                for (const char *key : {"name", "size", "pixel_type", "physical_size_um", "acquisition_date", "microscope", "objective",
                                        "detectors", "channels"})
                    QVERIFY2(image.contains(key), qPrintable(line));
                for (const char *axis : {"x", "y", "z", "c", "t"})
                    QVERIFY2(image["size"].contains(axis), qPrintable(line));
                for (const char *key : {"manufacturer", "model"})
                    QVERIFY2(image["microscope"].contains(key), qPrintable(line));
                for (const char *key : {"model", "magnification", "na", "immersion"})
                    QVERIFY2(image["objective"].contains(key), qPrintable(line));
                for (const auto &channel : image["channels"]) {
                    for (const char *key : {"name", "excitation_nm", "emission_nm", "exposure_s", "fluor"})
                        QVERIFY2(channel.contains(key), qPrintable(line));
                }
            }
        }
        for (const QString &format : {u"ome-tiff"_s, u"imagej-tiff"_s, u"tiff"_s, u"czi"_s, u"lsm"_s, u"lif"_s, u"nd2"_s, u"ims"_s, u"ome-zarr"_s})
            QVERIFY2(formats.contains(format), qPrintable(format));

        // Files are read on several threads; the output is the same as on one.
        const QString parallel = m_out;
        QCOMPARE(run({u"inspect"_s, u"--json"_s, u"--threads"_s, u"1"_s, TestPaths::data(u"images"_s)}), int(Success));
        QCOMPARE(m_out, parallel);
        QCOMPARE(run({u"inspect"_s, u"--json"_s, u"--threads"_s, u"8"_s, TestPaths::data(u"images"_s)}), int(Success));
        QCOMPARE(m_out, parallel);
    }

    // A corrupt file among good ones is reported and the batch goes on; the
    // exit code says that something failed.
    void badFilesDoNotStopTheBatch()
    {
        const QString dir = m_dir.filePath(u"mixed"_s);
        QDir().mkpath(dir);
        QVERIFY(QFile::copy(TestPaths::data(u"images/czi/minimal.czi"_s), dir + u"/good.czi"_s));
        QFile broken(dir + u"/broken.czi"_s);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(readAll(TestPaths::data(u"images/czi/minimal.czi"_s)).left(200));
        broken.close();

        QCOMPARE(run({u"inspect"_s, u"--json"_s, dir}), int(InputError));
        QCOMPARE(m_out.count(u'\n'), 2);
        QVERIFY2(m_err.contains(u"broken.czi"_s) && m_err.contains(u"1 of 2 files could not be read"_s), qPrintable(m_err));

        const QString out = m_dir.filePath(u"mixed.tsv"_s);
        QCOMPARE(run({u"export"_s, u"--template"_s, u"org.example.all-types"_s, u"-o"_s, out, dir}), int(InputError));
        const auto objects = OmeroExportReader::read(out);
        QVERIFY(objects);
        QCOMPARE(objects->size(), 2);
        QVERIFY2(m_err.contains(u"1 of 2 files could not be read"_s), qPrintable(m_err));
    }

    void realBinaryExitCodesAndStreams()
    {
        QProcess p;
        p.start(TestPaths::cliBinary(), {u"template"_s, u"check"_s, TestPaths::data(u"templates/broken/reserved-dataset.yaml"_s)});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), int(Problems));
        QVERIFY(p.readAllStandardOutput().isEmpty());
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"reserved-dataset.yaml:10:9: error:"_s));

        p.start(TestPaths::cliBinary(), {u"--version"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("metafill-cli "));

        // The built-in templates are found next to the binary, by id.
        p.start(TestPaths::cliBinary(), {u"template"_s, u"check"_s, u"org.metafill.rembi"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
    }

    void versionNamesCommitAndLibraries()
    {
        QCOMPARE(run({u"--version"_s}), int(Success));
        const QStringList lines = m_out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), u"metafill-cli "_s + QStringLiteral(METAFILL_VERSION));
        QVERIFY2(lines.at(1).startsWith(u"Commit: "_s), qPrintable(m_out));
        QCOMPARE(lines.at(2), u"Qt %1 (built with %2)"_s.arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
        QVERIFY2(QRegularExpression(u"^yaml-cpp \\d+\\.\\d+\\.\\d+ \\(at build time\\)$"_s).match(lines.at(3)).hasMatch(), qPrintable(m_out));
        QVERIFY2(QRegularExpression(u"^libcurl \\d+\\.\\d+\\.\\d+( \\(.+\\))?$"_s).match(lines.at(4)).hasMatch(), qPrintable(m_out));

        // The commit is asked of git at every build: built from a checkout, it
        // is one that git knows (HEAD's, or an older one after new commits).
        const QString commit = lines.at(1).mid(8);
        if (!QFileInfo::exists(TestPaths::source(u".git"_s))) {
            QCOMPARE(commit, u"unknown"_s);
            return;
        }
        if (QStandardPaths::findExecutable(u"git"_s).isEmpty())
            QSKIP("git is not installed: the commit cannot be checked");
        QString revision = commit;
        if (revision.endsWith(u"-dirty"_s))
            revision.chop(6);
        QProcess git;
        git.start(u"git"_s, {u"-C"_s, TestPaths::source(), u"rev-parse"_s, u"--verify"_s, u"--quiet"_s, revision + u"^{commit}"_s});
        QVERIFY(git.waitForFinished(30000));
        QVERIFY2(git.exitCode() == 0, qPrintable(commit));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
