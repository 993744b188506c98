// Runs the real metafill-cli on every case of the hostile-input corpus
// (tests/data/bad, made by tests/data/bad/generate.py, and the large cases the
// same script writes into the build tree at test time) and holds each run to
// what Metafill promises for broken and hostile input: a clean exit code (an
// error, or success with warnings where the input is still usable), a message
// that names the file, no crash, no hang, bounded time and memory, nothing
// read from outside what it was given, and nothing half-written.
//
// The limits come from CMake (HOSTILE_TIME_LIMIT_MS, HOSTILE_MEMORY_LIMIT_MIB):
// 1 s and 256 MiB for optimised builds; unoptimised (Debug) and sanitizer
// builds run the same code several times slower and get more time (see
// tests/hostile/CMakeLists.txt). The summary at the end prints the slowest
// and largest runs of each category.
//
// To hold an optimised build to the promise from a Debug test tree:
//   METAFILL_HOSTILE_CLI=build/release/bin/metafill-cli METAFILL_HOSTILE_TIME_LIMIT_MS=1000 ctest -R TestHostileInputs

#include "MeasuredProcess.h"
#include "TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

struct Case
{
    QString corpus;    // the folder holding MANIFEST.tsv
    QString path;      // relative to it
    QString kind;      // image, image-bulk, template, record, csv, terms, export-template
    QString expect;    // ok, fail, any
    QString template_; // relative to the corpus, or to tests/data for templates/…
    QString note;
    QString marker; // what the files under secret/ hold
};

// One command a case is run with.
struct Mode
{
    QString name;
    QList<int> exitCodes;            // the clean ones for this command
    bool reportGoesToStdout = false; // validate prints its report (exit code 1) on stdout
};

const Mode Inspect{u"inspect"_s, {0, 3}};
const Mode InspectOmeXml{u"ome-xml"_s, {0, 3}};
const Mode Export{u"export"_s, {0, 3, 4}};
const Mode TemplateCheck{u"template check"_s, {0, 1}};
const Mode Validate{u"validate"_s, {0, 1, 3}, true};
const Mode Resolve{u"terms resolve"_s, {0, 1, 3}, true};
const Mode Import{u"import"_s, {0, 3}};
const Mode TermsImport{u"terms import"_s, {0, 3}};
const Mode ExportWith{u"export with template"_s, {0, 1, 3, 4}};

bool isMutation(const QString &path)
{
    return path.startsWith(u"truncated/") || path.startsWith(u"bitflip/");
}

QList<Mode> modesFor(const Case &c)
{
    // Cut and flipped files go through the first reader only; the crafted
    // cases also through what comes after reading: the OME-XML Metafill
    // writes, and an export that runs REMBI's auto-fill queries on it
    // (except in a sanitizer build, where every run costs several times more).
    const bool once = isMutation(c.path) || HOSTILE_SANITIZED;
    if (c.kind == u"image")
        return once ? QList<Mode>{Inspect} : QList<Mode>{Inspect, InspectOmeXml, Export};
    if (c.kind == u"image-bulk") // thousands of images in one file: exporting them is a bulk job, not an attack
        return once ? QList<Mode>{Inspect} : QList<Mode>{Inspect, InspectOmeXml};
    if (c.kind == u"template")
        return {TemplateCheck};
    if (c.kind == u"record")
        return once ? QList<Mode>{Validate} : QList<Mode>{Validate, Resolve};
    if (c.kind == u"csv")
        return {Import};
    if (c.kind == u"terms")
        return {TermsImport};
    if (c.kind == u"export-template")
        return {ExportWith};
    return {};
}

QList<Case> readManifest(const QString &folder, QString *error)
{
    QFile file(QDir(folder).filePath(u"MANIFEST.tsv"_s));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString());
        return {};
    }
    QList<Case> cases;
    QString marker;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(u"# secret-marker: "_s)) {
            marker = line.mid(17).trimmed();
            continue;
        }
        if (line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u'\t');
        if (cells.size() != 5) {
            *error = u"%1: a line with %2 cells: %3"_s.arg(file.fileName()).arg(cells.size()).arg(line);
            return {};
        }
        cases.append(Case{folder, cells.at(0), cells.at(1), cells.at(2), cells.at(3), cells.at(4), QString()});
    }
    if (marker.isEmpty()) {
        *error = u"%1 names no secret marker"_s.arg(file.fileName());
        return {};
    }
    for (Case &c : cases)
        c.marker = marker;
    return cases;
}

struct Measurement
{
    QString label;
    qint64 wallMs = 0;
    qint64 peakKiB = 0;
};

// Files left in a folder, for "nothing half-written".
QStringList filesIn(const QString &folder)
{
    QStringList names;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        names.append(QDir(folder).relativeFilePath(it.next()));
    names.sort();
    return names;
}

} // namespace

class TestHostileInputs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpusIsComplete();
    void hostileInput_data();
    void hostileInput();
    void cleanupTestCase();

private:
    QStringList arguments(const Case &c, const Mode &mode, const QString &output) const;

    QList<Case> m_cases;
    QTemporaryDir m_home;
    QString m_cli = qEnvironmentVariable("METAFILL_HOSTILE_CLI", TestPaths::cliBinary());
    qint64 m_timeLimitMs = qEnvironmentVariableIsSet("METAFILL_HOSTILE_TIME_LIMIT_MS")
                               ? qEnvironmentVariableIntValue("METAFILL_HOSTILE_TIME_LIMIT_MS")
                               : HOSTILE_TIME_LIMIT_MS;
    qint64 m_memoryLimitKiB = qint64(HOSTILE_MEMORY_LIMIT_MIB) * 1024;
    QMap<QString, QList<Measurement>> m_measured; // by category (the first folder of the path)
    int m_runs = 0;
};

void TestHostileInputs::initTestCase()
{
    QVERIFY(m_home.isValid());
    QString error;
    m_cases = readManifest(TestPaths::data(u"bad"_s), &error);
    QVERIFY2(!m_cases.isEmpty(), qPrintable(error));
    const QString runtime = qEnvironmentVariable("METAFILL_HOSTILE_RUNTIME_CORPUS");
    if (!runtime.isEmpty()) {
        const QList<Case> large = readManifest(runtime, &error);
        QVERIFY2(!large.isEmpty(), qPrintable(error));
        m_cases += large;
    } else {
        qWarning("METAFILL_HOSTILE_RUNTIME_CORPUS is not set: the large cases (generated at test time) are left out");
    }
    qInfo("%lld cases for %s; limits: %lld ms, %lld MiB per run", qint64(m_cases.size()), qPrintable(m_cli), m_timeLimitMs,
          m_memoryLimitKiB / 1024);
}

void TestHostileInputs::corpusIsComplete()
{
    // Every category the issue asks for is there, and every listed input exists.
    QSet<QString> categories;
    for (const Case &c : std::as_const(m_cases)) {
        categories.insert(c.path.section(u'/', 0, 0));
        QVERIFY2(QFileInfo::exists(QDir(c.corpus).filePath(c.path)) || QFileInfo(QDir(c.corpus).filePath(c.path)).isSymLink(),
                 qPrintable(c.path));
        QVERIFY2(!modesFor(c).isEmpty(), qPrintable(c.path + u": unknown kind "_s + c.kind));
    }
    for (const QString &expected : {u"truncated"_s, u"bitflip"_s, u"tiff"_s, u"xml"_s, u"imagej"_s, u"vendor"_s, u"companion"_s, u"zarr"_s,
                                    u"yaml"_s, u"records"_s, u"csv"_s, u"terms"_s})
        QVERIFY2(categories.contains(expected), qPrintable(u"no cases in "_s + expected));
    // The secret the hostile files point at is there to be found, so that its absence in the output means something.
    QVERIFY(QFile::exists(TestPaths::data(u"bad/secret/secret.txt"_s)));
}

QStringList TestHostileInputs::arguments(const Case &c, const Mode &mode, const QString &output) const
{
    const QString input = QDir(c.corpus).filePath(c.path);
    const auto templateFile = [&](const QString &fallback) {
        const QString name = c.template_.isEmpty() ? fallback : c.template_;
        return name.startsWith(u"templates/") ? TestPaths::data(name) : QDir(c.corpus).filePath(name);
    };
    if (mode.name == Inspect.name)
        return {u"inspect"_s, u"--json"_s, u"--original-metadata"_s, input};
    if (mode.name == InspectOmeXml.name)
        return {u"inspect"_s, u"--ome-xml"_s, input};
    if (mode.name == Export.name) // REMBI: the built-in template with the most elaborate queries
        return {u"export"_s, u"--template"_s, TestPaths::source(u"templates/rembi.yaml"_s), u"-o"_s, output, input};
    if (mode.name == TemplateCheck.name)
        return {u"template"_s, u"check"_s, u"--template-path"_s, TestPaths::data(u"templates/valid"_s), input};
    if (mode.name == Validate.name)
        return {u"validate"_s, u"--template"_s, templateFile(u"templates/valid/all-types.yaml"_s), input};
    if (mode.name == Resolve.name)
        return {u"terms"_s,     u"resolve"_s,    u"--offline"_s,
                u"--dry-run"_s, u"--template"_s, templateFile(u"templates/valid/all-types.yaml"_s),
                input};
    if (mode.name == Import.name)
        return {u"import"_s, u"--template"_s, templateFile(u"templates/valid/all-types.yaml"_s), u"-o"_s, output, input};
    if (mode.name == TermsImport.name)
        return {u"terms"_s, u"import"_s, u"--offline"_s, input};
    if (mode.name == ExportWith.name)
        return {u"export"_s, u"--template"_s, input, u"-o"_s, output, templateFile(QString())};
    return {};
}

void TestHostileInputs::hostileInput_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("mode");
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
        const QList<Mode> modes = modesFor(m_cases.at(i));
        for (qsizetype m = 0; m < modes.size(); ++m) {
            const QString corpus = m_cases.at(i).corpus == TestPaths::data(u"bad"_s) ? QString() : u"runtime:"_s;
            QTest::addRow("%s%s [%s]", qPrintable(corpus), qPrintable(m_cases.at(i).path), qPrintable(modes.at(m).name))
                << int(i) << int(m);
        }
    }
}

void TestHostileInputs::hostileInput()
{
    QFETCH(int, index);
    QFETCH(int, mode);
    const Case &c = m_cases.at(index);
    const Mode run = modesFor(c).at(mode);

    // Each run gets a fresh home (settings, the user's term store) and an
    // empty folder to write into, so that what it leaves behind can be seen.
    QTemporaryDir home(m_home.filePath(u"run-XXXXXX"_s));
    QVERIFY(home.isValid());
    QDir(home.path()).mkpath(u"out"_s);
    const QString outputFolder = home.filePath(u"out"_s);
    const QString output = QDir(outputFolder).filePath(run.name == Import.name ? u"result.metafill.json"_s : u"result.tsv"_s);

    MeasuredProcess::Options options;
    options.environment = {{u"HOME"_s, home.path()},
                           {u"XDG_DATA_HOME"_s, home.filePath(u"data"_s)},
                           {u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s)},
                           {u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s)},
                           {u"LANG"_s, u"C.UTF-8"_s},
                           {u"LC_ALL"_s, u"C.UTF-8"_s},
                           {u"METAFILL_LANG"_s, u"en"_s}};
    options.unsetEnvironment = {
        u"METAFILL_TEMPLATE_PATH"_s, u"https_proxy"_s, u"HTTPS_PROXY"_s, u"http_proxy"_s, u"all_proxy"_s, u"ALL_PROXY"_s};
    options.scratchDirectory = home.path();
    options.hardLimitMs = std::max<qint64>(30'000, 10 * m_timeLimitMs);
    options.hardLimitKiB = 4 * m_memoryLimitKiB;
    const MeasuredProcess::Outcome outcome = MeasuredProcess::run(m_cli, arguments(c, run, output), options);
    QVERIFY2(outcome.started, qPrintable(outcome.error));
    ++m_runs;
    m_measured[c.path.section(u'/', 0, 0)].append(
        Measurement{(c.corpus == TestPaths::data(u"bad"_s) ? QString() : u"runtime:"_s) + c.path + u" ["_s + run.name + u']',
                    outcome.wallMs, outcome.peakKiB});

    // The failure message: the case, what is wrong, and what the program said.
    const QByteArray what = (c.path + u" (" + c.note + u"): "_s).toUtf8();
    const QByteArray said = "\n--- stderr:\n" + outcome.err.left(2000) + "\n--- stdout:\n" + outcome.out.left(1000);
    const auto why = [&](const QByteArray &problem, bool withOutput = true) {
        return QByteArray(what + problem + (withOutput ? said : QByteArray()));
    };
    const auto number = [](qint64 n) { return QByteArray::number(n); };

    QVERIFY2(!outcome.killedForTime, why("still running after " + number(options.hardLimitMs) + " ms: a hang").constData());
    QVERIFY2(!outcome.killedForMemory, why("used more than " + number(options.hardLimitKiB / 1024) + " MiB and was stopped").constData());
    QVERIFY2(outcome.exited, why("crashed with signal " + number(outcome.signal) + " (" + strsignal(outcome.signal) + ")").constData());
    QVERIFY2(run.exitCodes.contains(outcome.exitCode),
             why("exit code " + number(outcome.exitCode) + " is not one " + run.name.toUtf8() + " gives for bad input").constData());
    if (c.expect == u"ok")
        QVERIFY2(outcome.exitCode == 0, why("this input is still usable and must be accepted").constData());
    if (c.expect == u"fail")
        QVERIFY2(outcome.exitCode != 0, why("this input must be refused").constData());
    const QByteArray name = QFileInfo(c.path).fileName().toUtf8();
    if (outcome.exitCode != 0) {
        const bool named = outcome.err.contains(name) || (run.reportGoesToStdout && outcome.out.contains(name));
        QVERIFY2(named, why("the error does not name the file " + name).constData());
    }
    QVERIFY2(outcome.err.size() < 256 * 1024, why("wrote " + number(outcome.err.size()) + " bytes of messages").constData());

    // Nothing from the files hostile inputs point at may come out: not in
    // the messages, not in the output, not in what was written.
    const QByteArray marker = c.marker.toUtf8();
    QVERIFY2(!outcome.out.contains(marker) && !outcome.err.contains(marker), why("read a file outside what it was given").constData());
    const QStringList written = filesIn(outputFolder);
    for (const QString &file : written) {
        QFile f(QDir(outputFolder).filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(marker), why("wrote what a file outside its input holds into " + file.toUtf8(), false).constData());
    }
    // A refused input leaves nothing behind; an accepted one leaves exactly
    // its result (a split export: its parts). An export whose files could not
    // all be read (3) still writes the rows of the others, if there are any.
    if (run.name == Import.name || run.name == Export.name || run.name == ExportWith.name) {
        for (const QString &file : written)
            QVERIFY2(file.startsWith(u"result."_s), why("left a stray file " + file.toUtf8(), false).constData());
        const bool exportOfSomeFiles = run.name != Import.name && outcome.exitCode == 3;
        if (outcome.exitCode == 0)
            QVERIFY2(!written.isEmpty(), why("reported success but wrote nothing").constData());
        else if (!exportOfSomeFiles)
            QVERIFY2(written.isEmpty(), why("refused the input but left " + written.join(u", "_s).toUtf8()).constData());
        if (outcome.exitCode == 0 && run.name == Import.name) {
            QFile record(output);
            QVERIFY(record.open(QIODevice::ReadOnly));
            QJsonParseError parsed;
            QJsonDocument::fromJson(record.readAll(), &parsed);
            QVERIFY2(parsed.error == QJsonParseError::NoError,
                     why("wrote a record that is not JSON: " + parsed.errorString().toUtf8()).constData());
        }
    }

    QVERIFY2(outcome.wallMs < m_timeLimitMs,
             why("took " + number(outcome.wallMs) + " ms, the limit is " + number(m_timeLimitMs), false).constData());
    QVERIFY2(outcome.peakKiB < m_memoryLimitKiB,
             why("peaked at " + number(outcome.peakKiB / 1024) + " MiB, the limit is " + number(m_memoryLimitKiB / 1024) + " MiB", false)
                 .constData());
}

void TestHostileInputs::cleanupTestCase()
{
    // What the report quotes: per category the number of runs and the worst
    // time and memory, with the case that needed it.
    qInfo("%d runs of metafill-cli", m_runs);
    for (auto it = m_measured.cbegin(); it != m_measured.cend(); ++it) {
        const QList<Measurement> &all = it.value();
        const auto slowest =
            std::max_element(all.cbegin(), all.cend(), [](const Measurement &a, const Measurement &b) { return a.wallMs < b.wallMs; });
        const auto largest =
            std::max_element(all.cbegin(), all.cend(), [](const Measurement &a, const Measurement &b) { return a.peakKiB < b.peakKiB; });
        qInfo("%-10s %4lld runs; slowest %5lld ms (%s); largest %4lld MiB (%s)", qPrintable(it.key()), qint64(all.size()), slowest->wallMs,
              qPrintable(slowest->label), largest->peakKiB / 1024, qPrintable(largest->label));
    }
}

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "TestHostileInputs.moc"
