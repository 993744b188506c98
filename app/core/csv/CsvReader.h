#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace metafill {

// Reads CSV as OMERO's scripts and spreadsheet programs write it: UTF-8 with
// or without BOM, an optional Excel "sep=" first line, RFC 4180 quoting, any
// line ends. Without a "sep=" line the delimiter (TAB ; , |) is the one that
// gives every row the same number of cells.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Table
    {
        QList<QStringList> rows; // blank lines are left out
        QChar delimiter;
    };
    struct Limits
    {
        qint64 maxBytes = 512LL * 1024 * 1024;
        int maxCellCharacters = 10 * 1024 * 1024;
        int maxRows = 2'000'000;
        int maxColumns = 20'000;
    };

    static Result<Table> parse(const QByteArray &data, std::optional<QChar> delimiter = std::nullopt);
    static Result<Table> parse(const QByteArray &data, std::optional<QChar> delimiter, const Limits &limits);
    static Result<Table> read(const QString &path, std::optional<QChar> delimiter = std::nullopt);

private:
    // How much of the text guessDelimiter() looks at.
    static constexpr qsizetype GuessWindow = 64 * 1024;

    static Result<QList<QStringList>> split(QStringView text, QChar delimiter, const Limits &limits, int maxRows);
    static QChar guessDelimiter(QStringView text, const Limits &limits);
};

} // namespace metafill
