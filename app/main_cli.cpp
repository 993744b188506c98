#include "CliApplication.h"
#include "util/Translations.h"

#include <QCoreApplication>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

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
    QTextStream in(stdin);
    metafill::cli::CliIo io{out, err, &in, isatty(fileno(stdin)) && isatty(fileno(stderr))};
    const int code = metafill::cli::CliApplication().run(app.arguments().mid(1), io);
    out.flush();
    err.flush();
    return code;
}
