#include "LocalizedText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace metafill {

QString LocalizedText::text(const QString &language) const
{
    if (m_texts.isEmpty())
        return {};
    if (auto it = m_texts.find(language); it != m_texts.end())
        return *it;
    const QString base = language.section(u'-', 0, 0).section(u'_', 0, 0);
    if (auto it = m_texts.find(base); it != m_texts.end())
        return *it;
    if (auto it = m_texts.find(u"en"_s); it != m_texts.end())
        return *it;
    return m_texts.first();
}

QString LocalizedText::localized() const
{
    // QLocale() follows the application's chosen language (set by the GUI or
    // the LANG of the command line).
    const QStringList languages = QLocale().uiLanguages();
    for (const QString &language : languages) {
        const QString base = language.section(u'-', 0, 0);
        if (m_texts.contains(language))
            return m_texts.value(language);
        if (m_texts.contains(base))
            return m_texts.value(base);
    }
    return text(u"en"_s);
}

} // namespace metafill
