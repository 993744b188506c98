// libFuzzer entry point for the CSV reader (OMERO exports, spreadsheets): the
// delimiter guess, Excel's "sep=" line, quoting and line ends. The first byte
// chooses the delimiter the caller asks for (or none: guessed), the rest is
// the file. Small limits make the limit paths reachable.
// Seeds: tests/data/fuzz/csv, tests/data/csv, tests/data/expected.
//
// Checked beyond "no crash": the limits hold (a file beyond them is refused,
// not cut short), and what CsvWriter writes of the rows read, CsvReader reads
// back as the same rows.
#include "FuzzInput.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>

using namespace metafill;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static constexpr char16_t Delimiters[] = {u'\t', u';', u',', u'|'};
    const uint8_t choice = data[0] % 5;
    const std::optional<QChar> delimiter = choice < 4 ? std::optional<QChar>(Delimiters[choice]) : std::nullopt;
    const QByteArray input = FuzzInput::bytes(data + 1, size - 1);

    CsvReader::Limits limits;
    limits.maxCellCharacters = 1000;
    limits.maxRows = 40;
    limits.maxColumns = 30;
    const auto table = CsvReader::parse(input, delimiter, limits);
    if (!table)
        return 0;
    if (table->rows.size() > limits.maxRows)
        __builtin_trap();
    for (const QStringList &row : table->rows) {
        if (row.isEmpty() || row.size() > limits.maxColumns)
            __builtin_trap();
        for (const QString &cell : row) {
            if (cell.size() > limits.maxCellCharacters)
                __builtin_trap();
        }
    }

    // The row limit refuses a longer file; it never cuts one short.
    CsvReader::Limits anyRows = limits;
    anyRows.maxRows = std::numeric_limits<int>::max() - 1;
    const auto unlimited = CsvReader::parse(input, delimiter, anyRows);
    if (!unlimited || unlimited->rows != table->rows || unlimited->delimiter != table->delimiter)
        __builtin_trap();

    // Written out and read again with the same delimiter: the same rows. A
    // row of one empty cell is a blank line, which the reader leaves out.
    const CsvWriter writer(table->delimiter);
    QByteArray written;
    QList<QStringList> expected;
    for (const QStringList &row : table->rows) {
        if (row.size() == 1 && row.first().isEmpty())
            continue;
        written += writer.row(row);
        expected.append(row);
    }
    // Two spellings belong to the start of a file, not to a cell: a first
    // line "sep=…" is Excel's delimiter hint, and a leading U+FEFF is a BOM.
    // (An OMERO table starts with its header, so no value stands there.)
    if (written.startsWith("sep=") || written.startsWith("\"sep=") || written.startsWith("'sep=") ||
        written.startsWith("\xEF\xBB\xBF"))
        return 0;
    const auto reread = CsvReader::parse(written, table->delimiter, limits);
    if (!reread || reread->rows != expected)
        __builtin_trap();
    return 0;
}
