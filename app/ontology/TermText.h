#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace metafill {

// How the term index compares text. The same functions build the stored keys
// (metafill-term-index, term packs, the cache) and the keys of a query, so a
// change here changes the index format: raise TermText::FoldVersion then.
namespace TermText {

// Stored in the index; an index made with other folding rules is rebuilt or refused.
constexpr int FoldVersion = 1;

// The comparison key of a label, synonym or query: compatibility-decomposed
// (NFKD: "µ" and "μ" agree, ligatures split), combining marks removed
// ("Schrödinger" → "schrodinger"), case-folded, runs of white space turned
// into one space, no space at either end.
QString fold(QStringView text);

// The words of a folded key: the runs of letters and digits. Matches how the
// index's FTS5 tokenizer ("unicode61 remove_diacritics 2") splits text.
QStringList words(QStringView foldedKey);

// True when every query word is the start of some word of `target` (both folded
// and split by words()); the rule of the index's full-text tier.
bool wordsStartWith(const QStringList &targetWords, const QStringList &queryWords);

// The smallest string greater than every string that starts with `key`, for a
// range scan `key <= x < upperBound(key)` over an index in binary (UTF-8) order.
QString prefixUpperBound(const QString &key);

// Text as the index stores it: control characters (line breaks, tabs, NUL …)
// become spaces and the ends are trimmed, so a name from a hostile file cannot
// break the line-separated synonym lists or a terminal.
QString clean(QStringView text);

} // namespace TermText
} // namespace metafill
