#pragma once

#include "YamlNode.h"
#include "template/LocalizedText.h"
#include "util/Diagnostic.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <optional>

namespace metafill {

// Reads the entries of one YAML mapping by name, reporting wrong kinds and
// misspelt keys ("did you mean …?") with their line and column.
class YamlMapping
{
    Q_DECLARE_TR_FUNCTIONS(YamlMapping)

public:
    // `what` names the mapping in messages, e.g. "field 'title'".
    YamlMapping(const YamlNode *node, const QString &file, Diagnostics &diagnostics, const QString &what);

    bool isValid() const { return m_valid; }
    const YamlNode *node() const { return m_node; }
    SourceLocation location() const { return at(m_node); }
    SourceLocation at(const YamlNode *node) const;
    SourceLocation keyLocation(const QString &key) const;

    // Each accessor marks the key as known; a missing key gives nothing (or an
    // error when required), a value of the wrong kind gives an error.
    const YamlNode *value(const QString &key);
    QString string(const QString &key, bool required = false);
    std::optional<QString> optionalString(const QString &key);
    LocalizedText text(const QString &key, bool required = false);
    std::optional<double> number(const QString &key);
    std::optional<qint64> integer(const QString &key);
    std::optional<bool> boolean(const QString &key);
    // A single word or a list of words.
    QStringList stringList(const QString &key);

    // Reports every key that no accessor asked for. Call after reading.
    void rejectUnknownKeys();

    // Reads a scalar or a {language: text} mapping.
    static LocalizedText localizedText(const YamlNode *node, const QString &file, Diagnostics &diagnostics);
    static std::optional<bool> toBoolean(const YamlNode *node);
    static std::optional<double> toNumber(const YamlNode *node);

private:
    const YamlNode *m_node;
    QString m_file;
    Diagnostics &m_diagnostics;
    QString m_what;
    QSet<QString> m_known;
    bool m_valid = false;
};

} // namespace metafill
