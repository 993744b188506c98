// Kills the real `metafill-cli export` with SIGKILL at random moments of a
// long batch (thousands of images) and checks what a person finds afterwards:
// each output file is either absent, or byte for byte what an uninterrupted
// run writes (or, when an older export was there, still that older file);
// never a cut file, and no temporary file a later run or person could take
// for output. A kill runs no destructor and no clean-up: what is on disk is
// exactly what the program had made durable at that instant.
//
// Two batches: one whose CSV is a single file, and one whose long values
// split it into parts (OUT.part1.tsv …), the case where a kill between two
// parts could leave a smaller set that looks complete. Half of the kills come
// at random times (seeded: the same times on every run), the others at the
// moment the program holds its output open (seen in /proc/<pid>/fd), which
// is when a cut file would be made.

#include "MeasuredProcess.h"
#include "TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <numeric>
#include <sys/wait.h>
#include <time.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int ImageFolders = 12;
constexpr int ImagesPerFolder = HOSTILE_SANITIZED ? 84 : 250; // 3,000 images (1,008 in a sanitizer build)
// Long enough values that the table is split: about 2 MB (three parts) for
// this batch, and 3 MB (four parts) for the earlier export it replaces.
constexpr int LongValue = HOSTILE_SANITIZED ? 2000 : 600;
constexpr int OlderLongValue = HOSTILE_SANITIZED ? 3500 : 900;
constexpr int KillsPerBatch = 12;
constexpr quint32 Seed = 20261121;

QMap<QString, QByteArray> filesIn(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        QFile file(it.next());
        files.insert(it.fileName(), file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>"));
    }
    return files;
}

// Whether the process has a file open in `folder` (QSaveFile's temporary:
// on Linux an unnamed O_TMPFILE inode, "folder/#123 (deleted)").
bool writesInto(pid_t pid, const QString &folder)
{
    const QString prefix = folder + u'/';
    QDirIterator it(u"/proc/%1/fd"_s.arg(pid), QDir::Files | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        if (it.fileInfo().symLinkTarget().startsWith(prefix))
            return true;
    }
    return false;
}

void sleepMicroseconds(qint64 microseconds)
{
    const timespec pause{time_t(microseconds / 1'000'000), long(microseconds % 1'000'000) * 1000};
    nanosleep(&pause, nullptr);
}

struct Batch
{
    QString name;
    QStringList sets;                 // --set arguments
    QMap<QString, QByteArray> result; // file name -> bytes of an uninterrupted run
    QMap<QString, QByteArray> older;  // what an earlier, different export left
    qint64 wallMs = 0;
};

} // namespace

class TestExportKills : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_images;

    QStringList exportArguments(const Batch &batch, const QString &output) const
    {
        QStringList arguments{u"export"_s, u"--template"_s, TestPaths::source(u"templates/rembi.yaml"_s), u"-o"_s, output};
        for (const QString &set : batch.sets)
            arguments << u"--set"_s << set;
        return arguments << m_images;
    }

    MeasuredProcess::Options options() const
    {
        MeasuredProcess::Options o;
        o.environment = {{u"HOME"_s, m_dir.path()}, {u"METAFILL_LANG"_s, u"en"_s}};
        o.scratchDirectory = m_dir.path();
        o.hardLimitMs = 300'000;
        return o;
    }

    // An uninterrupted run into an empty folder: the files it writes.
    bool reference(Batch &batch, QString *why)
    {
        const QString folder = m_dir.filePath(u"reference-"_s + batch.name);
        QDir().mkpath(folder);
        const MeasuredProcess::Outcome run =
            MeasuredProcess::run(TestPaths::cliBinary(), exportArguments(batch, folder + u"/out.tsv"_s), options());
        batch.wallMs = run.wallMs;
        batch.result = filesIn(folder);
        if (!run.exited || run.exitCode != 0)
            *why = QString::fromUtf8(run.err.right(2000));
        return run.exited && run.exitCode == 0 && !batch.result.isEmpty();
    }

    void killAndCheck(const Batch &batch, int kill, bool atWrite, QRandomGenerator &random, QMap<QString, int> &outcomes);

private slots:
    void initTestCase();
    void killedExportLeavesWholeFilesOnly_data();
    void killedExportLeavesWholeFilesOnly();
};

void TestExportKills::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Real images, read for real: copies of the synthetic OME-TIFF, each
    // under its own name (OMERO needs unique names), plus the other formats.
    m_images = m_dir.filePath(u"images"_s);
    const QByteArray omeTiff = [] {
        QFile f(TestPaths::data(u"images/ome-tiff/synthetic.ome.tif"_s));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!omeTiff.isEmpty());
    for (int folder = 0; folder < ImageFolders; ++folder) {
        const QString dir = QDir(m_images).filePath(u"plate%1"_s.arg(folder, 2, 10, QChar(u'0')));
        QVERIFY(QDir().mkpath(dir));
        for (int image = 0; image < ImagesPerFolder; ++image) {
            QFile f(QDir(dir).filePath(u"p%1-well%2.ome.tif"_s.arg(folder).arg(image, 3, 10, QChar(u'0'))));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(omeTiff);
        }
    }
    QDir().mkpath(QDir(m_images).filePath(u"other"_s));
    for (const QString &file : {u"czi/multi-scene.czi"_s, u"lif/nested-sequential.lif"_s, u"nd2/synthetic-v3.nd2"_s,
                                u"lsm/two-tracks.lsm"_s, u"imagej-tiff/hyperstack-big-endian.tif"_s})
        QVERIFY(QFile::copy(TestPaths::data(u"images/"_s + file), QDir(m_images).filePath(u"other/"_s + QFileInfo(file).fileName())));
}

void TestExportKills::killedExportLeavesWholeFilesOnly_data()
{
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<QStringList>("olderSets");
    QTest::newRow("one file") << QStringList{u"study.title=Kills"_s} << QStringList{u"study.title=An earlier export"_s};
    QTest::newRow("split into parts") << QStringList{u"study.title=Kills"_s, u"study.description="_s + QString(LongValue, u'd')}
                                      << QStringList{u"study.title=An earlier export"_s,
                                                     u"study.description="_s + QString(OlderLongValue, u'e')};
}

void TestExportKills::killedExportLeavesWholeFilesOnly()
{
    QFETCH(QStringList, sets);
    QFETCH(QStringList, olderSets);
    Batch batch{QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-'), sets, {}, {}, 0};
    QString why;
    QVERIFY2(reference(batch, &why), qPrintable(why));
    Batch older{batch.name + u"-older"_s, olderSets, {}, {}, 0};
    QVERIFY2(reference(older, &why), qPrintable(why));
    batch.older = older.result;
    if (batch.name.startsWith(u"split"_s)) {
        QVERIFY2(batch.result.size() > 1, "the batch must be split into parts");
        QVERIFY(batch.older.size() > batch.result.size()); // so that a stale part is left to remove
    }
    qInfo("%s: %lld file(s) of %lld bytes, uninterrupted run %lld ms", qPrintable(batch.name), qint64(batch.result.size()),
          std::accumulate(batch.result.cbegin(), batch.result.cend(), qint64(0),
                          [](qint64 sum, const QByteArray &b) { return sum + b.size(); }),
          batch.wallMs);

    QRandomGenerator random(Seed);
    QMap<QString, int> outcomes;
    for (int kill = 0; kill < KillsPerBatch; ++kill) {
        killAndCheck(batch, kill, kill % 2 == 1, random, outcomes);
        if (QTest::currentTestFailed())
            return;
    }
    QStringList summary;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        summary.append(u"%1: %2"_s.arg(it.key()).arg(it.value()));
    qInfo("%s: %d kills; %s", qPrintable(batch.name), KillsPerBatch, qPrintable(summary.join(u", "_s)));
    // The kills straddled the moment of writing: some found no new output,
    // and some struck while the output was open.
    QVERIFY2(outcomes.value(u"killed while writing"_s) >= 2, qPrintable(summary.join(u", "_s)));
    QVERIFY2(outcomes.value(u"new output absent"_s) + outcomes.value(u"new output absent, older kept whole"_s) > 0,
             qPrintable(summary.join(u", "_s)));
    // Only a kill within the microseconds of naming leaves some of the new
    // parts. (When QSaveFile synced each part just before renaming it,
    // milliseconds separated the names and kills at the write left partial sets.)
    QVERIFY2(outcomes.value(u"killed between two renames: some new parts"_s) <= 1, qPrintable(summary.join(u", "_s)));

    // What a kill left does not confuse the next run: over the remains of the
    // last kill (over an earlier export) it writes the same files as an
    // uninterrupted run into an empty folder, and nothing else stays there.
    const QString folder = m_dir.filePath(u"kill-%1-%2"_s.arg(batch.name).arg(KillsPerBatch - 1));
    const QMap<QString, QByteArray> left = filesIn(folder);
    const bool stalePartLeft =
        std::any_of(left.keyBegin(), left.keyEnd(), [&](const QString &name) { return !batch.result.contains(name); });
    const MeasuredProcess::Outcome again =
        MeasuredProcess::run(TestPaths::cliBinary(), exportArguments(batch, folder + u"/out.tsv"_s), options());
    QVERIFY(again.exited);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(filesIn(folder), batch.result);
    if (stalePartLeft) // the earlier export's fourth part: removed, and said so
        QVERIFY2(again.err.contains("removed ") && again.err.contains("left by an earlier export"), again.err.right(1000).constData());
}

void TestExportKills::killAndCheck(const Batch &batch, int kill, bool atWrite, QRandomGenerator &random, QMap<QString, int> &outcomes)
{
    // Each kill in a folder of its own; every other one over an earlier export.
    const QString folder = m_dir.filePath(u"kill-%1-%2"_s.arg(batch.name).arg(kill));
    const bool overOlder = kill % 4 >= 2;
    const auto prepare = [&] {
        QDir(folder).removeRecursively();
        QVERIFY(QDir().mkpath(folder));
        if (overOlder) {
            for (auto it = batch.older.cbegin(); it != batch.older.cend(); ++it) {
                QFile f(QDir(folder).filePath(it.key()));
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(it.value());
            }
        }
    };
    prepare();
    const QMap<QString, QByteArray> before = filesIn(folder);

    // Random: anywhere in the run, a little past its usual end included.
    const qint64 at = qint64(random.bounded(quint32(batch.wallMs * 11 / 10 + 1)));
    // At the write: the moment the output is open, then up to 25 ms more:
    // writing and syncing the parts (about 10 ms for three), naming them, and after.
    const qint64 extraMicroseconds = qint64(random.bounded(25'000u));
    bool sawWriting = false;
    int status = 0;
    bool exited = false;
    // Looking for the open output every 200 µs can miss it on a busy machine
    // (a single file is open for a few milliseconds): such a run proves
    // nothing about a kill at the write, so it is run again.
    constexpr int AttemptsAtWrite = 5;
    QElapsedTimer clock; // of the last attempt
    for (int attempt = 1;; ++attempt) {
        QString error;
        const pid_t pid = MeasuredProcess::start(TestPaths::cliBinary(), exportArguments(batch, folder + u"/out.tsv"_s), options(), &error);
        QVERIFY2(pid > 0, qPrintable(error));
        clock.start();
        exited = false;
        while (true) {
            if (waitpid(pid, &status, WNOHANG) == pid) {
                exited = true;
                break;
            }
            if (atWrite) {
                if (writesInto(pid, folder)) {
                    sawWriting = true;
                    sleepMicroseconds(extraMicroseconds);
                    break;
                }
            } else if (clock.elapsed() >= at) {
                break;
            }
            if (clock.elapsed() > 10 * batch.wallMs + 30'000)
                break;
            sleepMicroseconds(200);
        }
        if (!exited) {
            ::kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
        }
        if (!atWrite || sawWriting || attempt == AttemptsAtWrite)
            break;
        qInfo("%s kill %2d: the export finished between two looks at its open files; run again", qPrintable(batch.name), kill);
        prepare();
        if (QTest::currentTestFailed())
            return;
    }
    const bool killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    if (atWrite)
        QVERIFY2(sawWriting, "in 5 runs the export was never seen holding its output open");
    if (atWrite && killed)
        ++outcomes[u"killed while writing"_s];

    // Every file is whole: new, or the older export's, or gone; nothing else is there.
    const QMap<QString, QByteArray> after = filesIn(folder);
    int fromThisRun = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QByteArray what = (batch.name + u", kill "_s + QString::number(kill) + u" ("_s +
                                 (atWrite ? u"at the write"_s : u"at %1 ms"_s.arg(at)) + u"): "_s + it.key())
                                    .toUtf8();
        if (batch.result.value(it.key()) == it.value()) {
            ++fromThisRun;
            continue;
        }
        QVERIFY2(before.contains(it.key()), QByteArray(what + " is neither what the export writes nor what was there before: " +
                                                       QByteArray::number(it.value().size()) + " bytes (a cut file or a temporary)")
                                                .constData());
        QVERIFY2(before.value(it.key()) == it.value(), QByteArray(what + " was changed but is not the new file either").constData());
    }
    // The parts of a split export are all on disk before the first gets its
    // name, and then get their names one after the other within microseconds
    // (a rename each; no file system can rename several files at once). Only
    // a kill inside those microseconds leaves some of the new parts: counted
    // and reported, each part still whole.
    QString outcome;
    if (!killed)
        outcome = u"finished before the kill"_s;
    else if (fromThisRun == 0)
        outcome = overOlder ? u"new output absent, older kept whole"_s : u"new output absent"_s;
    else if (fromThisRun == batch.result.size())
        outcome = u"new output complete"_s;
    else
        outcome = u"killed between two renames: some new parts"_s;
    ++outcomes[outcome];
    qInfo("%s kill %2d: %s, %s; %s", qPrintable(batch.name), kill,
          qPrintable(atWrite ? u"at the write + %1 µs"_s.arg(extraMicroseconds) : u"at %1 ms"_s.arg(at)),
          qPrintable(u"killed after %1 ms"_s.arg(clock.elapsed())), qPrintable(outcome));
}

QTEST_GUILESS_MAIN(TestExportKills)
#include "TestExportKills.moc"
