#pragma once

#include "SourceLocation.h"

#include <QList>
#include <QString>

namespace metafill {

// One finding about an input, already phrased for the person who has to fix it.
struct Diagnostic
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    SourceLocation where;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    // "file:line:column: error: message", the form editors and CI logs link to.
    QString toString() const;
};

// Collects findings while a loader or checker walks its input, so that one run
// reports every problem instead of stopping at the first.
class Diagnostics
{
public:
    void error(const SourceLocation &where, const QString &message);
    void warning(const SourceLocation &where, const QString &message);
    void append(const Diagnostic &diagnostic);
    void append(const Diagnostics &other);

    bool hasErrors() const;
    int errorCount() const;
    bool isEmpty() const { return m_items.isEmpty(); }
    const QList<Diagnostic> &items() const { return m_items; }
    // One finding per line, each as Diagnostic::toString() gives it.
    QString toString() const;

    // Guards against inputs crafted to produce millions of messages, or
    // messages of millions of characters.
    static constexpr int MaxItems = 500;
    static constexpr qsizetype MaxMessageCharacters = 2048;

private:
    QList<Diagnostic> m_items;
    bool m_truncated = false;
};

} // namespace metafill
