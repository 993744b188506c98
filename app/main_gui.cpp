#include "MainWindow.h"
#include "template/TemplateLoader.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Metafill"_s);
    QApplication::setOrganizationDomain(u"metafill.org"_s);
    QApplication::setApplicationName(u"metafill"_s);
    QApplication::setApplicationDisplayName(u"Metafill"_s);
    QApplication::setApplicationVersion(QStringLiteral(METAFILL_VERSION));
    QApplication::setDesktopFileName(u"org.metafill.Metafill"_s);
    metafill::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Describe microscopy images with metadata templates."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption templateOption(u"template"_s, QCoreApplication::translate("main", "Open this template (file or id)."),
                                            QCoreApplication::translate("main", "FILE"), u"org.metafill.rembi"_s);
    parser.addOption(templateOption);
    parser.process(app);

    metafill::gui::MainWindow window;
    metafill::TemplateLoader loader;
    const auto outcome = loader.loadByNameOrPath(parser.value(templateOption));
    for (const metafill::Diagnostic &d : outcome.diagnostics.items())
        std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
    if (outcome.result)
        window.showTemplate(*outcome.result);
    window.show();
    return QApplication::exec();
}
