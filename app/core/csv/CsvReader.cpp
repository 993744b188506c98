#include "CsvReader.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace metafill {

Result<CsvReader::Table> CsvReader::read(const QString &path, std::optional<QChar> delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Table>::failure(tr("cannot read %1: %2").arg(path, file.errorString()));
    const Limits limits;
    if (file.size() > limits.maxBytes)
        return Result<Table>::failure(tr("%1 is too large to be a key-value table").arg(path));
    auto table = parse(file.read(limits.maxBytes + 1), delimiter, limits);
    if (!table)
        return Result<Table>::failure(tr("%1: %2").arg(path, table.error()));
    return table;
}

Result<CsvReader::Table> CsvReader::parse(const QByteArray &data, std::optional<QChar> delimiter)
{
    return parse(data, delimiter, Limits{});
}

Result<CsvReader::Table> CsvReader::parse(const QByteArray &data, std::optional<QChar> delimiter, const Limits &limits)
{
    using R = Result<Table>;
    if (data.size() > limits.maxBytes)
        return R::failure(tr("the file is too large to be a key-value table"));
    if (data.contains('\0'))
        return R::failure(tr("the file contains NUL bytes; it is not a text CSV file (UTF-16 files must be saved as UTF-8)"));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return R::failure(tr("the file is not UTF-8; save it as UTF-8 (OMERO requires that too)"));
    QStringView view(text);
    if (view.startsWith(QChar(0xFEFF)))
        view = view.mid(1);

    // Excel's hint, written by newer OMERO exports: sep=<delimiter> on the first line.
    static const QRegularExpression sepLine(u"^[\"']?sep=(.?)[\"']?\\r?(?:\\n|$)"_s);
    if (const auto m = sepLine.match(view.left(16).toString()); m.hasMatch()) {
        if (!delimiter && !m.captured(1).isEmpty())
            delimiter = m.captured(1).at(0);
        view = view.mid(m.capturedLength(0));
    }

    Table table;
    table.delimiter = delimiter ? *delimiter : guessDelimiter(view, limits);
    auto rows = split(view, table.delimiter, limits, limits.maxRows);
    if (!rows)
        return R::failure(rows.error());
    table.rows = std::move(rows).value();
    return table;
}

QChar CsvReader::guessDelimiter(QStringView text, const Limits &limits)
{
    // Without a delimiter that gives every row the same number (above one) of
    // cells, the one used most on the first line wins.
    const QStringView firstLine = text.left(text.indexOf(u'\n') < 0 ? text.size() : text.indexOf(u'\n'));
    QChar best = u'\t';
    for (const QChar candidate : {u';', u',', u'|'}) {
        if (firstLine.count(candidate) > firstLine.count(best))
            best = candidate;
    }
    int bestColumns = 1;
    for (const QChar candidate : {u'\t', u';', u',', u'|'}) {
        const auto rows = split(text, candidate, limits, 50);
        if (!rows || rows->isEmpty())
            continue;
        const qsizetype columns = rows->first().size();
        const bool consistent = std::all_of(rows->cbegin(), rows->cend(), [columns](const QStringList &r) { return r.size() == columns; });
        if (consistent && columns > bestColumns) {
            best = candidate;
            bestColumns = int(columns);
        }
    }
    return best;
}

Result<QList<QStringList>> CsvReader::split(QStringView text, QChar delimiter, const Limits &limits, int maxRows)
{
    using R = Result<QList<QStringList>>;
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool inQuotes = false;
    bool cellWasQuoted = false;
    bool rowHasContent = false;
    int line = 1;
    int quoteLine = 0;

    auto endCell = [&]() -> bool {
        row.append(cell);
        cell.clear();
        cellWasQuoted = false;
        return row.size() <= limits.maxColumns;
    };
    auto endRow = [&]() {
        if (rowHasContent || !row.isEmpty() || !cell.isEmpty() || cellWasQuoted) {
            endCell();
            rows.append(row);
        }
        row.clear();
        rowHasContent = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
        } else if (c == u'"' && cell.isEmpty() && !cellWasQuoted) {
            inQuotes = true;
            cellWasQuoted = true;
            rowHasContent = true;
            quoteLine = line;
        } else if (c == delimiter) {
            rowHasContent = true;
            if (!endCell())
                return R::failure(tr("line %1 has more than %2 columns").arg(line).arg(limits.maxColumns));
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRow();
            ++line;
            if (rows.size() >= maxRows)
                return rows;
        } else {
            cell += c;
            rowHasContent = true;
        }
        if (cell.size() > limits.maxCellCharacters)
            return R::failure(tr("line %1 has a cell longer than %2 characters").arg(line).arg(limits.maxCellCharacters));
    }
    if (inQuotes)
        return R::failure(tr("the quoted cell that starts on line %1 is never closed").arg(quoteLine));
    endRow();
    return rows;
}

} // namespace metafill
