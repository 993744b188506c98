#pragma once

#include <QMap>
#include <QString>

namespace metafill {

// Text a template author wrote in one or more languages ("en", "de", …).
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(const QString &english) { m_texts.insert(QStringLiteral("en"), english); }

    void set(const QString &language, const QString &text) { m_texts.insert(language, text); }
    bool isEmpty() const { return m_texts.isEmpty(); }
    bool has(const QString &language) const { return m_texts.contains(language); }
    const QMap<QString, QString> &all() const { return m_texts; }

    // The text in the first available of: the language, its base language
    // ("de" for "de-CH"), English, any language.
    QString text(const QString &language = QStringLiteral("en")) const;

    // The text in the language the application currently speaks.
    QString localized() const;

private:
    QMap<QString, QString> m_texts;
};

} // namespace metafill
