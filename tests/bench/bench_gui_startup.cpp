// Start-up benchmark of the desktop program: how long from exec() until the
// window, with a template's form built, can take input — the issue's "start
// to an interactive window with REMBI loaded ≤ 500 ms". Runs the real
// `metafill` binary several times per template on Qt's offscreen platform
// (or $QT_QPA_PLATFORM, e.g. xcb under Xvfb) with throwaway settings and
// journal folders; the program itself prints the time when its event loop
// first runs idle (METAFILL_STARTUP_PROBE). Prints median and worst.
//
// Usage: bench_gui_startup [RUNS] [TEMPLATE...]   (default 10; REMBI and NBO Tier 1)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const int runs = args.isEmpty() ? 10 : std::max(1, args.first().toInt());
    QStringList templates = args.mid(1);
    if (templates.isEmpty())
        templates = {u"org.metafill.rembi"_s, u"org.metafill.nbo-tier1"_s};

    std::printf("metafill start-up to an interactive window (%s platform), %d runs each\n",
                qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM", u"offscreen"_s)), runs);
    int worstMedian = 0;
    for (const QString &templateId : std::as_const(templates)) {
        QList<int> interactive;
        QList<int> wall;
        for (int i = 0; i < runs; ++i) {
            QTemporaryDir home;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            if (!env.contains(u"QT_QPA_PLATFORM"_s))
                env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            env.insert(u"METAFILL_STARTUP_PROBE"_s, u"1"_s);
            env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
            env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
            env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
            QProcess program;
            program.setProcessEnvironment(env);
            QElapsedTimer timer;
            timer.start();
            program.start(QStringLiteral(METAFILL_GUI_BINARY), {u"--no-restore"_s, u"--template"_s, templateId});
            if (!program.waitForFinished(30'000) || program.exitCode() != 0) {
                std::fprintf(stderr, "metafill failed: %s\n", program.readAllStandardError().constData());
                return 1;
            }
            wall.append(int(timer.elapsed()));
            const QByteArray out = program.readAllStandardOutput();
            const qsizetype at = out.indexOf("interactive_ms ");
            if (at < 0) {
                std::fprintf(stderr, "no probe output: %s\n%s\n", out.constData(), program.readAllStandardError().constData());
                return 1;
            }
            interactive.append(out.mid(at + 15).trimmed().split('\n').first().toInt());
        }
        std::sort(interactive.begin(), interactive.end());
        std::sort(wall.begin(), wall.end());
        const int median = interactive.at(interactive.size() / 2);
        worstMedian = std::max(worstMedian, median);
        std::printf("%-26s interactive median %4d ms, worst %4d ms (process wall incl. exit: median %4d ms)\n", qPrintable(templateId),
                    median, interactive.last(), wall.at(wall.size() / 2));
    }
    std::printf("target: <= 500 ms -> %s\n", worstMedian <= 500 ? "met" : "NOT met");
    return 0;
}
