#include "CliApplication.h"
#include "util/Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Metafill"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("metafill.org"));
    QCoreApplication::setApplicationName(QStringLiteral("metafill"));
    QCoreApplication::setApplicationVersion(QStringLiteral(METAFILL_VERSION));
    metafill::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    metafill::cli::CliIo io{out, err};
    const int code = metafill::cli::CliApplication().run(app.arguments().mid(1), io);
    out.flush();
    err.flush();
    return code;
}
