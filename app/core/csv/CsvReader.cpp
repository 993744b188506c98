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
    // Any line end counts, CR alone too: files saved on old Macs end lines so.
    static const QRegularExpression sepLine(u"^[\"']?sep=([^\\r\\n\"]?)[\"']?(?:\\r\\n|\\r|\\n|$)"_s);
    if (const auto m = sepLine.match(view.left(16).toString()); m.hasMatch()) {
        if (!delimiter && !m.captured(1).isEmpty())
            delimiter = m.captured(1).at(0);
        view = view.mid(m.capturedLength(0));
    }

    Table table;
    table.delimiter = delimiter ? *delimiter : guessDelimiter(view, limits);
    // One row more than allowed is read, so that a longer file is refused
    // instead of cut short without a word.
    auto rows = split(view, table.delimiter, limits, limits.maxRows + 1);
    if (!rows)
        return R::failure(rows.error());
    if (rows->size() > limits.maxRows)
        return R::failure(tr("the file has more than %1 rows").arg(limits.maxRows));
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
    // The rows that fit in the first GuessWindow characters decide: every
    // candidate splits them once, so a file of one enormous cell (or of
    // millions of blank lines) is not read four more times just to guess.
    const bool cut = text.size() > GuessWindow;
    const QStringView window = text.first(std::min<qsizetype>(text.size(), GuessWindow));
    int bestColumns = 1;
    for (const QChar candidate : {u'\t', u';', u',', u'|'}) {
        auto found = split(window, candidate, limits, 50);
        if (!found)
            continue;
        QList<QStringList> rows = std::move(found).value();
        if (cut && rows.size() > 1 && rows.size() < 50)
            rows.removeLast(); // it may end inside the window
        if (rows.isEmpty())
            continue;
        const qsizetype columns = rows.first().size();
        const bool consistent = std::all_of(rows.cbegin(), rows.cend(), [columns](const QStringList &r) { return r.size() == columns; });
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
    // The last cell of a row counts against the column limit too.
    auto endRow = [&]() -> bool {
        bool fits = true;
        if (rowHasContent || !row.isEmpty() || !cell.isEmpty() || cellWasQuoted) {
            fits = endCell();
            rows.append(row);
        }
        row.clear();
        rowHasContent = false;
        return fits;
    };
    const auto tooManyColumns = [&] {
        return R::failure(tr("line %1 has more than %2 columns").arg(line).arg(limits.maxColumns));
    };

    // Runs of ordinary characters are found with a plain pointer scan and
    // appended at once: a cell of ten million characters costs one append,
    // not ten million (the per-character loop took seconds in debug builds).
    const char16_t *chars = text.utf16();
    const qsizetype n = text.size();
    const char16_t separator = delimiter.unicode();
    const auto tooLong = [&] {
        return R::failure(tr("line %1 has a cell longer than %2 characters").arg(line).arg(limits.maxCellCharacters));
    };
    qsizetype i = 0;
    while (i < n) {
        if (inQuotes) {
            qsizetype end = i;
            int lineEnds = 0;
            while (end < n && chars[end] != u'"') {
                lineEnds += chars[end] == u'\n' ? 1 : 0;
                ++end;
            }
            cell += text.sliced(i, end - i);
            line += lineEnds;
            if (cell.size() > limits.maxCellCharacters)
                return tooLong();
            if (end == n)
                break; // never closed: reported below
            if (end + 1 < n && chars[end + 1] == u'"') {
                cell += u'"';
                i = end + 2;
            } else {
                inQuotes = false;
                i = end + 1;
            }
            continue;
        }
        const char16_t c = chars[i];
        if (c == u'"' && cell.isEmpty() && !cellWasQuoted) {
            inQuotes = true;
            cellWasQuoted = true;
            rowHasContent = true;
            quoteLine = line;
            ++i;
        } else if (c == separator) {
            rowHasContent = true;
            if (!endCell())
                return tooManyColumns();
            ++i;
        } else if (c == u'\n' || c == u'\r') {
            i += (c == u'\r' && i + 1 < n && chars[i + 1] == u'\n') ? 2 : 1;
            if (!endRow())
                return tooManyColumns();
            ++line;
            if (rows.size() >= maxRows)
                return rows;
        } else {
            qsizetype end = i + 1;
            while (end < n && chars[end] != separator && chars[end] != u'\n' && chars[end] != u'\r')
                ++end;
            cell += text.sliced(i, end - i);
            rowHasContent = true;
            i = end;
            if (cell.size() > limits.maxCellCharacters)
                return tooLong();
        }
    }
    if (inQuotes)
        return R::failure(tr("the quoted cell that starts on line %1 is never closed").arg(quoteLine));
    if (!endRow())
        return tooManyColumns();
    return rows;
}

} // namespace metafill
