#include "CsvWriter.h"

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

bool needsQuotes(const QString &cell, QChar delimiter)
{
    for (const QChar c : cell) {
        if (c == delimiter || c == u'"' || c == u'\n' || c == u'\r' || c == u',' || c == u';' || c == u'\t' || c == u'|')
            return true;
    }
    return false;
}

} // namespace

QString CsvWriter::quoted(const QString &cell, QChar delimiter)
{
    if (!needsQuotes(cell, delimiter))
        return cell;
    QString escaped = cell;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QByteArray CsvWriter::row(const QStringList &cells) const
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += m_delimiter;
        line += quoted(cells.at(i), m_delimiter);
    }
    line += u'\n';
    return line.toUtf8();
}

} // namespace metafill
