#include "TermText.h"

using namespace Qt::StringLiterals;

namespace metafill {

QString TermText::fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
        case QChar::Other_Format: // soft hyphen, zero-width joiner: invisible, so never typed
            continue;
        default:
            break;
        }
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += u' ';
            pendingSpace = false;
        }
        out += c;
    }
    return out.toCaseFolded();
}

QStringList TermText::words(QStringView foldedKey)
{
    QStringList result;
    qsizetype start = -1;
    qsizetype i = 0;
    while (i < foldedKey.size()) {
        char32_t codePoint = foldedKey.at(i).unicode();
        qsizetype length = 1;
        if (QChar::isHighSurrogate(codePoint) && i + 1 < foldedKey.size() && foldedKey.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(foldedKey.at(i), foldedKey.at(i + 1));
            length = 2;
        }
        const bool inWord = QChar::isLetterOrNumber(codePoint);
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            result.append(foldedKey.mid(start, i - start).toString());
            start = -1;
        }
        i += length;
    }
    if (start >= 0)
        result.append(foldedKey.mid(start).toString());
    return result;
}

bool TermText::wordsStartWith(const QStringList &targetWords, const QStringList &queryWords)
{
    if (queryWords.isEmpty())
        return false;
    for (const QString &queryWord : queryWords) {
        bool found = false;
        for (const QString &targetWord : targetWords) {
            if (targetWord.startsWith(queryWord)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

QString TermText::prefixUpperBound(const QString &key)
{
    // U+10FFFF is the largest code point; UTF-8 (and so SQLite's BINARY
    // collation) orders by code point. A key that continues with U+10FFFF
    // itself would be missed, but that is a noncharacter no ontology uses.
    return key + QChar(0xDBFF) + QChar(0xDFFF);
}

QString TermText::clean(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            out += u' ';
        else
            out += c;
    }
    return out.trimmed();
}

} // namespace metafill
