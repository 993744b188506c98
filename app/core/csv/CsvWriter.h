#pragma once

#include <QByteArray>
#include <QStringList>

namespace metafill {

// Formats rows as RFC 4180 CSV, UTF-8 without BOM, LF line ends.
//
// Besides the delimiter, quotes and line breaks, a cell is also quoted when it
// holds any other character Python's csv.Sniffer considers as a delimiter
// (, ; TAB |). OMERO's import guesses the delimiter from the first lines; an
// unquoted comma repeated in every line could win that guess, while a quoted
// cell makes the sniffer read the delimiter next to the quotes.
class CsvWriter
{
public:
    explicit CsvWriter(QChar delimiter) : m_delimiter(delimiter) {}

    QChar delimiter() const { return m_delimiter; }
    QByteArray row(const QStringList &cells) const;
    static QString quoted(const QString &cell, QChar delimiter);

private:
    QChar m_delimiter;
};

} // namespace metafill
