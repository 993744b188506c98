// Kills the real `metafill` program with SIGKILL while a person types into a
// record, starts it again, lets it restore the session from its journal,
// saves, and checks that every value typed two seconds or more before the
// kill is in the saved record (README: "everything typed is journalled within
// two seconds"), and that what was typed later is either missing or cut where
// the typing was, never something else.
//
// The person is the typist plugin (tests/hostile/typist): a Qt input plugin
// loaded into the unmodified program through QT_QPA_GENERIC_PLUGINS, which
// clicks into fields and presses keys. The program runs on the offscreen
// platform, with a home of its own and the Ontology Lookup Service switched off.

#include "MeasuredProcess.h"
#include "TestPaths.h"
#include "record/RecordBinder.h"
#include "record/RecordFile.h"
#include "record/ValueText.h"
#include "template/TemplateLoader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <time.h>

using namespace Qt::StringLiterals;
using namespace metafill;

namespace {

constexpr qint64 JournalPromiseMs = 2'000;
constexpr quint32 Seed = 20261121;

// Milliseconds on the monotonic clock, which every process on this computer shares.
qint64 monotonicMs()
{
    QElapsedTimer now;
    now.start();
    return now.msecsSinceReference();
}

// Fields of REMBI a person fills in first, and what they type: non-ASCII
// letters and signs included, so the journal's encoding is tested too.
const QList<std::pair<QString, QString>> Typing = {
    {u"study.title"_s, u"Mitose in HeLa-Zellen, 37 °C"_s},     {u"study.description"_s, u"Lebendzellbilder über 48 h; ä ö ü ß µm"_s},
    {u"study_component.name"_s, u"Zeitreihe 1 — Kontrolle"_s}, {u"study_component.description"_s, u"Konfokal, 63×/1.4 Öl"_s},
    {u"biosample.identity"_s, u"HeLa Kyoto H2B-mCherry"_s},    {u"biosample.organism_common_name"_s, u"Mensch"_s},
    {u"specimen.location_within_biosample"_s, u"Zellkern"_s},  {u"specimen.preparation_method"_s, u"Lebend, Glasboden-Schale 35 mm"_s},
    {u"image_acquisition.microscope_model"_s, u"LSM 980"_s},   {u"image_acquisition.objective_model"_s, u"Plan-Apochromat 63x/1.40 Oil"_s},
    {u"image_data.qc_info"_s, u"Fokusdrift < 0,5 µm"_s},       {u"funding.funding_statement"_s, u"DFG SFB 1234, Teilprojekt B5"_s},
};

struct LogLine
{
    QString what;
    QString path;
    qint64 ms = 0;
};

QList<LogLine> readLog(const QString &path)
{
    QList<LogLine> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList words = line.split(u'\t');
        if (words.size() == 2)
            lines.append({words.at(0), QString(), words.at(1).toLongLong()});
        else if (words.size() == 3)
            lines.append({words.at(0), words.at(1), words.at(2).toLongLong()});
    }
    return lines;
}

// Kills the child when a check fails before the test reaped it: no program
// of this test outlives it.
struct ChildGuard
{
    pid_t pid = -1;
    ~ChildGuard()
    {
        if (pid > 0) {
            ::kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
        }
    }
};

void sleepMs(qint64 ms)
{
    const timespec pause{time_t(ms / 1000), long(ms % 1000) * 1'000'000};
    nanosleep(&pause, nullptr);
}

} // namespace

class TestGuiKills : public QObject
{
    Q_OBJECT

    std::optional<Template> m_rembi;

    MeasuredProcess::Options options(const QTemporaryDir &home, const QString &script) const
    {
        MeasuredProcess::Options o;
        o.environment = {{u"HOME"_s, home.path()},
                         {u"XDG_DATA_HOME"_s, home.filePath(u"data"_s)},
                         {u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s)},
                         {u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s)},
                         {u"XDG_RUNTIME_DIR"_s, home.filePath(u"runtime"_s)},
                         {u"QT_QPA_PLATFORM"_s, u"offscreen"_s},
                         {u"QT_PLUGIN_PATH"_s, QStringLiteral(TYPIST_PLUGIN_PATH)},
                         {u"QT_QPA_GENERIC_PLUGINS"_s, u"metafilltypist:"_s + script},
                         {u"METAFILL_TEMPLATE_PATH"_s, TestPaths::source(u"templates"_s)},
                         {u"METAFILL_LANG"_s, u"en"_s}};
        o.scratchDirectory = home.path();
        return o;
    }

    static QString writeScript(const QTemporaryDir &home, const QString &name, const QStringList &steps)
    {
        const QString path = home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(steps.join(u'\n').toUtf8() + '\n');
        return path;
    }

    // Waits until the log has a line `what` (or the process ended); its time, or -1.
    static qint64 waitForLog(const QString &log, const QString &what, pid_t pid, qint64 timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            for (const LogLine &line : readLog(log)) {
                if (line.what == what)
                    return line.ms;
            }
            int status = 0;
            if (waitpid(pid, &status, WNOHANG) == pid)
                return -1;
            sleepMs(10);
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        TemplateLoader loader({TestPaths::source(u"templates"_s)});
        auto loaded = loader.load(TestPaths::source(u"templates/rembi.yaml"_s));
        QVERIFY2(loaded.result, qPrintable(loaded.diagnostics.toString()));
        m_rembi = std::move(loaded.result);
    }

    void killedWhileTypingIsRestored_data()
    {
        QTest::addColumn<bool>("afterEverything");
        QTest::addColumn<int>("round");
        // Two seconds after the last key: every value must come back.
        QTest::newRow("two seconds after the last key") << true << 0;
        // At random moments while typing: what was typed two seconds before must.
        for (int round = 1; round <= 3; ++round)
            QTest::addRow("while typing, round %d", round) << false << round;
    }

    void killedWhileTypingIsRestored()
    {
        QFETCH(bool, afterEverything);
        QFETCH(int, round);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(QDir().mkpath(home.filePath(u"config/Metafill"_s)));
        QVERIFY(QDir().mkpath(home.filePath(u"runtime"_s)));
        {
            QFile settings(home.filePath(u"config/Metafill/metafill.conf"_s));
            QVERIFY(settings.open(QIODevice::WriteOnly));
            settings.write("[ontology]\noffline=true\n");
        }
        // The person opens a record saved earlier (empty) and types into it.
        const QString recordPath = home.filePath(u"study.metafill.json"_s);
        Record empty;
        empty.templateRef = m_rembi->ref();
        QVERIFY(RecordFile::write(empty, *m_rembi, recordPath));

        QStringList steps;
        for (const auto &[path, text] : Typing)
            steps.append(u"type\t"_s + path + u'\t' + text);
        steps.append(u"done"_s);
        const QString typing = writeScript(home, u"typing.tsv"_s, steps);
        QString error;
        const pid_t editor = MeasuredProcess::start(QStringLiteral(METAFILL_GUI_BINARY), {recordPath}, options(home, typing), &error);
        QVERIFY2(editor > 0, qPrintable(error));
        ChildGuard editorGuard{editor};
        const QString typingLog = typing + u".log"_s;

        qint64 killAt = 0;
        if (afterEverything) {
            const qint64 done = waitForLog(typingLog, u"done"_s, editor, 120'000);
            QVERIFY2(done > 0, "the typing never finished");
            killAt = done + JournalPromiseMs + 100;
        } else {
            const qint64 first = waitForLog(typingLog, u"typed"_s, editor, 120'000);
            QVERIFY2(first > 0, "nothing was ever typed");
            // Typing all fields takes a few seconds; a moment somewhere in them.
            QRandomGenerator random(Seed + quint32(round));
            killAt = first + qint64(random.bounded(6'000u));
        }
        while (monotonicMs() < killAt)
            sleepMs(5);
        const qint64 killedAt = monotonicMs();
        ::kill(editor, SIGKILL);
        int status = 0;
        waitpid(editor, &status, 0);
        editorGuard.pid = -1;
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
                 qPrintable(u"metafill ended before it was killed (wait status %1)"_s.arg(status)));
        const QList<LogLine> typed = readLog(typingLog);

        // Started again on the same home, it offers the session; Restore, then Save.
        const QString restoring = writeScript(home, u"restore.tsv"_s, {u"restore"_s, u"save"_s, u"done"_s});
        const pid_t restorer = MeasuredProcess::start(QStringLiteral(METAFILL_GUI_BINARY), {recordPath}, options(home, restoring), &error);
        QVERIFY2(restorer > 0, qPrintable(error));
        ChildGuard restorerGuard{restorer};
        const qint64 saved = waitForLog(restoring + u".log"_s, u"saved"_s, restorer, 120'000);
        const QList<LogLine> restoreLog = readLog(restoring + u".log"_s);
        // Saved, the session's journal is removed (on the journal's own thread):
        // nothing is offered again at the next start.
        const QDir journal(home.filePath(u"data/Metafill/metafill/journal"_s));
        QElapsedTimer removal;
        removal.start();
        while (saved > 0 && !journal.entryList({u"*.journal"_s}, QDir::Files).isEmpty() && removal.elapsed() < 10'000)
            sleepMs(20);
        ::kill(restorer, SIGKILL);
        waitpid(restorer, &status, 0);
        restorerGuard.pid = -1;
        QString said;
        for (const LogLine &line : restoreLog)
            said += line.what + u' ' + line.path + u"; "_s;
        QVERIFY2(saved > 0, qPrintable(u"the restored session was not saved: "_s + said));

        const auto raw = RecordFile::read(recordPath);
        QVERIFY2(raw, qPrintable(raw ? QString() : raw.error()));
        const RecordBinder::Outcome bound = RecordBinder::bind(*raw, *m_rembi, recordPath);
        QVERIFY(bound.record);
        int restoredFields = 0;
        for (const auto &[path, text] : Typing) {
            const FieldPath fieldPath = *FieldPath::parse(path);
            const FieldSpec *field = m_rembi->field(fieldPath);
            QVERIFY(field);
            const FieldValue value = bound.record->values.value(fieldPath);
            const QString restored = value.isEmpty() ? QString() : ValueText::format(value.values.first());
            qint64 typedAt = -1;
            for (const LogLine &line : typed) {
                if (line.what == u"typed" && line.path == path)
                    typedAt = line.ms;
            }
            const bool promised = typedAt > 0 && typedAt + JournalPromiseMs <= killedAt;
            if (promised) {
                QVERIFY2(restored == text, qPrintable(u"%1 was typed %2 ms before the kill as \"%3\" but restored as \"%4\""_s.arg(path)
                                                          .arg(killedAt - typedAt)
                                                          .arg(text, restored)));
                ++restoredFields;
            } else {
                QVERIFY2(text.startsWith(restored),
                         qPrintable(u"%1 was restored as \"%2\", which is not what was typed (\"%3\")"_s.arg(path, restored, text)));
            }
        }
        if (afterEverything)
            QCOMPARE(restoredFields, int(Typing.size()));
        qInfo("killed %lld ms after the first key; %d of %lld fields typed 2 s or more before the kill, all restored",
              killedAt - (typed.isEmpty() ? killedAt : typed.first().ms), restoredFields, qint64(Typing.size()));

        QVERIFY2(journal.entryList({u"*.journal"_s}, QDir::Files).isEmpty(), qPrintable(journal.entryList().join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestGuiKills)
#include "TestGuiKills.moc"
