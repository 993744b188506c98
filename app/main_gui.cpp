#include "MainWindow.h"
#include "settings/AppSettings.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

// The window icon, for where the desktop does not take it from the installed
// org.metafill.Metafill.desktop (X11, a build started from its folder, Windows):
// the SVG when Qt's SVG icon engine is installed, else the PNGs rendered from it.
static QIcon applicationIcon()
{
    QIcon icon(u":/icons/org.metafill.Metafill.svg"_s);
    QDirIterator pngs(u":/icons/hicolor"_s, {u"org.metafill.Metafill.png"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (pngs.hasNext())
        icon.addFile(pngs.next());
    return icon;
}

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Metafill"_s);
    QApplication::setOrganizationDomain(u"metafill.org"_s);
    QApplication::setApplicationName(u"metafill"_s);
    QApplication::setApplicationDisplayName(u"Metafill"_s);
    QApplication::setApplicationVersion(QStringLiteral(METAFILL_VERSION));
    QApplication::setDesktopFileName(u"org.metafill.Metafill"_s);
    QApplication::setWindowIcon(applicationIcon());

    metafill::gui::AppSettings settings;
    metafill::installTranslations(app, settings.languageCode());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Describe microscopy images with metadata templates."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption templateOption(u"template"_s, QCoreApplication::translate("main", "Start a new record from this template (file or id)."),
                                            QCoreApplication::translate("main", "TEMPLATE"));
    const QCommandLineOption noRestoreOption(u"no-restore"_s,
                                             QCoreApplication::translate("main", "Do not offer to restore sessions that ended without saving."));
    parser.addOption(templateOption);
    parser.addOption(noRestoreOption);
    parser.addPositionalArgument(u"files"_s, QCoreApplication::translate("main", "A record to open, or images to add."),
                                 QCoreApplication::translate("main", "[FILE...]"));
    parser.process(app);

    metafill::gui::MainWindow window(settings);
    window.show();

    // What to show: a crashed session first (the person's unsaved work), else
    // the record named on the command line, else a new record from the
    // template asked for, the one used last, or REMBI.
    const QStringList files = parser.positionalArguments();
    const bool restored = !parser.isSet(noRestoreOption) && window.offerRestore();
    if (!restored) {
        const bool openRecord = files.size() == 1 && files.first().endsWith(u".json"_s, Qt::CaseInsensitive);
        if (openRecord) {
            window.openRecord(files.first());
        } else {
            QString templateToUse = parser.value(templateOption);
            if (templateToUse.isEmpty()) {
                const QStringList recent = settings.recentTemplates();
                templateToUse = !recent.isEmpty() && QFileInfo::exists(recent.first()) ? recent.first() : u"org.metafill.rembi"_s;
            }
            if (!window.newRecord(templateToUse) && templateToUse != u"org.metafill.rembi"_s)
                window.newRecord(u"org.metafill.rembi"_s);
            if (!files.isEmpty())
                window.addImages(files);
        }
    }

    // The start-up benchmark (tests/bench/bench_gui_startup) asks how long it
    // took until the window with its form could take input: measured when the
    // event loop first runs idle after showing it.
    if (qEnvironmentVariableIsSet("METAFILL_STARTUP_PROBE")) {
        QTimer::singleShot(0, &app, [&] {
            std::printf("interactive_ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
