#pragma once

#include <QString>

class QCoreApplication;

namespace metafill {

// Loads Metafill's and Qt's translations for `language` ("de", …), or for the
// system's language when it is empty. METAFILL_LANG overrides both. The .qm
// files live in share/metafill/translations next to the program.
void installTranslations(QCoreApplication &app, const QString &language = {});
QString translationsDir();

} // namespace metafill
