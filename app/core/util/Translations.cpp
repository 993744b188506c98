#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace metafill {

QString translationsDir()
{
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(u"../share/metafill/translations"_s);
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    QString chosen = qEnvironmentVariable("METAFILL_LANG");
    if (chosen.isEmpty())
        chosen = language;
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    // A language Metafill has no translation for gets the English plural
    // forms at least ("3 images", not the source's "3 image(s)").
    if (own->load(locale, u"metafill"_s, u"_"_s, translationsDir()) || own->load(u"metafill_en"_s, translationsDir()))
        QCoreApplication::installTranslator(own);
}

} // namespace metafill
