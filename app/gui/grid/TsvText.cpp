#include "TsvText.h"

using namespace Qt::StringLiterals;

namespace metafill::gui {

QList<QStringList> TsvText::parse(QStringView text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool rowStarted = false;
    qsizetype i = 0;
    const qsizetype n = text.size();

    const auto endCell = [&] {
        row.append(cell);
        cell.clear();
    };
    const auto endRow = [&] {
        endCell();
        rows.append(row);
        row.clear();
        rowStarted = false;
    };

    while (i < n) {
        rowStarted = true;
        if (text.at(i) == u'"' && cell.isEmpty()) {
            // A quoted cell: up to the quote that is not doubled. Text after
            // it up to the next tab or line end belongs to the cell as well,
            // as spreadsheets read it.
            ++i;
            while (i < n) {
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        cell.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell.append(text.at(i));
                ++i;
            }
            // An unterminated quote keeps everything read so far; nothing is dropped.
            continue;
        }
        const QChar c = text.at(i);
        if (c == u'\t') {
            endCell();
            ++i;
        } else if (c == u'\r' || c == u'\n') {
            endRow();
            i += (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') ? 2 : 1;
        } else {
            cell.append(c);
            ++i;
        }
    }
    if (rowStarted)
        endRow();
    return rows;
}

QString TsvText::quoted(const QString &cell)
{
    if (!cell.contains(u'\t') && !cell.contains(u'\n') && !cell.contains(u'\r') && !cell.startsWith(u'"'))
        return cell;
    QString escaped = cell;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString TsvText::write(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                text += u'\t';
            text += quoted(row.at(c));
        }
        text += u'\n';
    }
    return text;
}

} // namespace metafill::gui
