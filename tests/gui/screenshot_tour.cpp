// Takes the README's screenshots of the real program: the main window with
// REMBI and the sample images loaded, the term picker with its suggestions
// open, and the grid of all images. Run it on a real display server (Xvfb) —
// packaging/dev/take-screenshots.sh does that; offscreen would draw without
// window decorations and popups.
//
// Usage: metafill-screenshot-tour OUTPUT_DIR IMAGE_PATH...
// METAFILL_TOUR_DARK=1 draws the tour with Fusion and a dark palette, as a
// dark desktop theme would, to look at the window in dark colours;
// QT_SCALE_FACTOR=2 (with a larger Xvfb screen) shows it at high DPI.
#include "MainWindow.h"
#include "form/FieldEditor.h"
#include "form/FormView.h"
#include "grid/BatchGridView.h"
#include "images/ImagesPanel.h"
#include "session/DocumentSession.h"
#include "settings/AppSettings.h"
#include "util/Translations.h"

#include <QApplication>
#include <QStyleFactory>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace metafill;
using namespace metafill::gui;

namespace {

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// A dark palette like those of dark desktop themes (not a Metafill theme:
// the program follows the desktop's palette).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x5a, 0xa9, 0xf0));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xb0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

bool shoot(const QString &path)
{
    // The whole screen, so popups (the term suggestions) are in the picture.
    const QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0);
    if (!screen.save(path)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return false;
    }
    std::printf("wrote %s (%dx%d)\n", qPrintable(path), screen.width(), screen.height());
    return true;
}

FieldValue typed(const QString &text)
{
    return FieldValue{{text}, {}};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Metafill"_s);
    QApplication::setApplicationName(u"metafill"_s);
    QApplication::setApplicationDisplayName(u"Metafill"_s);
    if (qEnvironmentVariableIntValue("METAFILL_TOUR_DARK") == 1) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
    }
    // As the program does: the language of METAFILL_LANG, or the system's.
    metafill::installTranslations(app);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: metafill-screenshot-tour OUTPUT_DIR IMAGE_PATH...\n");
        return 2;
    }
    const QDir output(args.first());
    QDir().mkpath(output.absolutePath());

    QTemporaryDir scratch;
    AppSettings settings(scratch.filePath(u"settings.ini"_s));
    // The pictures must not depend on the network: terms come from the offline index.
    settings.setOfflineMode(true);
    MainWindow window(settings, scratch.filePath(u"journal"_s));
    window.resize(1360, 860);
    window.move(20, 20);
    window.show();
    if (!window.newRecord(u"org.metafill.rembi"_s)) {
        std::fprintf(stderr, "REMBI could not be loaded\n");
        return 1;
    }

    // What a microscopist has typed by the time the images come in.
    DocumentSession *session = window.session();
    session->setValue({u"study"_s, 0, u"title"_s}, -1, typed(u"Mitotic spindle dynamics in HeLa cells"_s));
    session->setValue({u"study"_s, 0, u"description"_s}, -1,
                      typed(u"Live imaging of spindle assembly after nocodazole washout."_s));
    session->setValue({u"author"_s, 0, u"first_name"_s}, -1, typed(u"Ada"_s));
    session->setValue({u"author"_s, 0, u"last_name"_s}, -1, typed(u"Lovelace"_s));

    QSignalSpy imported(window.images(), &ImagesPanel::importFinished);
    window.addImages(args.mid(1));
    if (!imported.wait(60'000)) {
        std::fprintf(stderr, "reading the headers took too long\n");
        return 1;
    }
    // Show the first image's values: header-filled fields carry their marks.
    window.images()->setCurrentScope(0);
    window.form()->showSection(u"image_acquisition"_s, false);
    settle(600);
    bool ok = shoot(output.filePath(u"main-window.png"_s));

    // The term picker: typing into "Imaging method" offers FBbi terms.
    window.images()->setCurrentScope(-1);
    const FieldPath imagingMethod{u"study_component"_s, 0, u"imaging_method"_s};
    // Without a window manager (Xvfb) nothing activates the window by itself.
    QApplication::setActiveWindow(&window);
    window.form()->focusField(imagingMethod);
    settle(300);
    FieldEditor *editor = window.form()->editor(imagingMethod);
    QWidget *input = editor ? editor->focusTarget() : nullptr;
    if (!input) {
        std::fprintf(stderr, "the imaging method field is missing\n");
        return 1;
    }
    QTest::keyClicks(input, u"confoc"_s);
    settle(1500);
    ok = shoot(output.filePath(u"term-picker.png"_s)) && ok;
    QTest::keyClick(input, Qt::Key_Escape);

    // The grid of all images.
    if (auto *views = window.findChild<QTabWidget *>(u"views"_s))
        views->setCurrentIndex(1);
    settle(300);
    // Scrolled to the acquisition columns, where the headers filled most.
    QTableView *table = window.grid()->table();
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        if (table->model()->headerData(column, Qt::Horizontal).toString().startsWith(u"Microscope model"_s)) {
            table->horizontalScrollBar()->setValue(table->horizontalHeader()->sectionPosition(column)
                                                   - table->horizontalHeader()->sectionSize(0));
            break;
        }
    }
    settle(600);
    ok = shoot(output.filePath(u"batch-grid.png"_s)) && ok;

    // Leave nothing behind: the journal lives in the scratch folder.
    session->markSaved({});
    return ok ? 0 : 1;
}
