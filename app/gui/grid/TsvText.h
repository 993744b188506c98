#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace metafill::gui {

// Tab-separated text as spreadsheets put it on the clipboard. Excel and
// LibreOffice end rows with CR LF or LF and quote a cell ("…", quotes doubled)
// when it holds a tab, a line break or a quote; a quote inside an unquoted
// cell is an ordinary character.
class TsvText
{
public:
    // Rows of cells. The line end after the last row makes no extra row, but
    // an empty line between rows is a row with one empty cell, so a column
    // with a gap pastes into the right rows.
    static QList<QStringList> parse(QStringView text);

    // Cells quoted only where they must be, rows ended with LF as LibreOffice
    // writes them (Excel reads that too).
    static QString write(const QList<QStringList> &rows);
    static QString quoted(const QString &cell);
};

} // namespace metafill::gui
