#include "Diagnostic.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace metafill {

QString Diagnostic::toString() const
{
    const QString kind = isError() ? QCoreApplication::translate("Diagnostic", "error")
                                   : QCoreApplication::translate("Diagnostic", "warning");
    const QString where_ = where.toString();
    if (where_.isEmpty())
        return u"%1: %2"_s.arg(kind, message);
    return u"%1: %2: %3"_s.arg(where_, kind, message);
}

void Diagnostics::error(const SourceLocation &where, const QString &message)
{
    append(Diagnostic{Diagnostic::Severity::Error, where, message});
}

void Diagnostics::warning(const SourceLocation &where, const QString &message)
{
    append(Diagnostic{Diagnostic::Severity::Warning, where, message});
}

void Diagnostics::append(const Diagnostic &diagnostic)
{
    if (m_items.size() < MaxItems) {
        m_items.append(diagnostic);
        // Messages quote what the input says; a hostile value of a megabyte
        // would make a megabyte of message. Its start and end are enough.
        QString &message = m_items.last().message;
        if (message.size() > MaxMessageCharacters)
            message = message.first(MaxMessageCharacters - 256) + u" … "_s + message.last(256);
        return;
    }
    if (!m_truncated) {
        m_truncated = true;
        m_items.append(Diagnostic{Diagnostic::Severity::Error, diagnostic.where,
                                  QCoreApplication::translate("Diagnostic", "too many problems; the rest are not shown")});
    }
}

void Diagnostics::append(const Diagnostics &other)
{
    for (const Diagnostic &d : other.m_items)
        append(d);
}

QString Diagnostics::toString() const
{
    QStringList lines;
    for (const Diagnostic &d : m_items)
        lines.append(d.toString());
    return lines.join(u'\n');
}

bool Diagnostics::hasErrors() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [](const Diagnostic &d) { return d.isError(); });
}

int Diagnostics::errorCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const Diagnostic &d) { return d.isError(); }));
}

} // namespace metafill
