// Adding thousands of images to the real main window: how long until they
// are all read and filled, how long the UI thread was ever busy at a stretch
// while that happened (the issue: never more than 16 ms), and the resident
// memory with them loaded (the issue: <= 200 MB with 5,000 images).
//
// The UI thread's stretches are measured with a 1 ms timer: each gap between
// two ticks beyond the timer's own interval is time the event loop could not
// run. Wall-clock gaps also contain time the scheduler gave to other
// processes (2 cores, reader threads busy), so the thread's own CPU time over
// the gap is printed beside it.
//
// Usage: bench_gui_import FOLDER [TEMPLATE]   (a folder of images, e.g. the
// corpus tests/bench/bench_inspect.py writes to /tmp/mf-bench)
#include "MainWindow.h"
#include "images/ImagesPanel.h"
#include "session/DocumentSession.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace metafill::gui;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

long residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

struct Stretch
{
    double wallMs = 0;
    double cpuMs = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Metafill"_s);
    QApplication::setApplicationName(u"metafill-bench"_s);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_gui_import FOLDER [TEMPLATE]\n");
        return 2;
    }
    QTemporaryDir scratch;
    AppSettings settings(scratch.filePath(u"settings.ini"_s));
    settings.setOfflineMode(true);
    MainWindow window(settings, scratch.filePath(u"journal"_s));
    window.resize(1280, 800);
    window.show();
    if (!window.newRecord(args.value(1, u"org.metafill.rembi"_s)))
        return 1;
    const long before = residentKiB();

    // The probe: a 1 ms timer; every late tick is a stretch the UI thread was busy or not scheduled.
    QElapsedTimer wall;
    wall.start();
    double lastWall = 0;
    double lastCpu = threadCpuMs();
    Stretch worstWall;
    Stretch worstCpu;
    QList<double> gaps;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const double nowWall = double(wall.nsecsElapsed()) / 1e6;
        const double nowCpu = threadCpuMs();
        const Stretch s{nowWall - lastWall, nowCpu - lastCpu};
        gaps.append(s.wallMs);
        if (s.wallMs > worstWall.wallMs)
            worstWall = s;
        if (s.cpuMs > worstCpu.cpuMs)
            worstCpu = s;
        lastWall = nowWall;
        lastCpu = nowCpu;
    });

    QSignalSpy finished(window.images(), &ImagesPanel::importFinished);
    QElapsedTimer total;
    total.start();
    lastWall = double(wall.nsecsElapsed()) / 1e6;
    lastCpu = threadCpuMs();
    probe.start();
    window.addImages({args.first()});
    if (!finished.wait(600'000)) {
        std::fprintf(stderr, "the import did not finish\n");
        return 1;
    }
    // Let the views settle after the batch arrived, still probing.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 importMs = total.elapsed();
    probe.stop();

    // Then the grid of all images is shown.
    auto *views = window.findChild<QTabWidget *>(u"views"_s);
    QElapsedTimer gridTimer;
    gridTimer.start();
    views->setCurrentIndex(1);
    QCoreApplication::processEvents();
    const qint64 gridMs = gridTimer.elapsed();

    std::sort(gaps.begin(), gaps.end());
    const double p99 = gaps.isEmpty() ? 0 : gaps.at(qsizetype(double(gaps.size() - 1) * 0.99));
    const int images = window.session()->imageCount();
    std::printf("added %d images from %s in %lld ms (headers read and filled on worker threads)\n", images,
                qPrintable(args.first()), static_cast<long long>(importMs));
    std::printf("UI thread while importing: longest stretch %.1f ms wall (its own CPU %.1f ms); longest own-CPU stretch %.1f ms "
                "(wall %.1f ms); p99 gap %.1f ms over %lld ticks\n",
                worstWall.wallMs, worstWall.cpuMs, worstCpu.cpuMs, worstCpu.wallMs, p99, static_cast<long long>(gaps.size()));
    std::printf("showing the grid of all images: %lld ms\n", static_cast<long long>(gridMs));
    std::printf("resident memory: %ld MiB before, %ld MiB with the images loaded\n", before / 1024, residentKiB() / 1024);
    window.session()->markSaved({});
    return 0;
}
