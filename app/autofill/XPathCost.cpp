#include "XPathCost.h"

#include <algorithm>
#include <vector>

namespace metafill {

namespace {

bool isNameCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.';
}

// Axes that may visit every node of the document from a single node.
bool isSearchAxis(QStringView name)
{
    for (const char16_t *axis :
         {u"descendant", u"descendant-or-self", u"following", u"preceding", u"following-sibling", u"preceding-sibling"}) {
        if (name == QStringView(axis))
            return true;
    }
    return false;
}

} // namespace

int XPathCost::nestedSearches(QStringView xpath)
{
    // A scan over the text, not a parse: '[' and '(' open scopes. A predicate
    // weighs one more than its scope when the path it filters searched the
    // document; a search inside it costs its weight plus one. Operators end
    // a path; the words and/or/div/mod are left alone, which can only make
    // the count higher.
    struct Scope
    {
        int weight = 0;
        bool pathSearched = false; // the path being read in this scope contains a search
        bool predicate = false;    // '[' rather than '('
    };
    std::vector<Scope> scopes{Scope{}};
    int deepest = 0;
    const auto search = [&] {
        Scope &scope = scopes.back();
        deepest = std::max(deepest, scope.weight + 1);
        scope.pathSearched = true;
    };

    const qsizetype n = xpath.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = xpath.at(i);
        if (c == u'"' || c == u'\'') {
            const qsizetype end = xpath.indexOf(c, i + 1);
            if (end < 0)
                break;
            i = end;
        } else if (c == u'/' && i + 1 < n && xpath.at(i + 1) == u'/') {
            search();
            ++i;
        } else if (c.isLetter() || c == u'_') {
            qsizetype end = i;
            while (end < n && isNameCharacter(xpath.at(end)))
                ++end;
            if (end + 1 < n && xpath.at(end) == u':' && xpath.at(end + 1) == u':' && isSearchAxis(xpath.sliced(i, end - i)))
                search();
            i = end - 1;
        } else if (c == u'[' || c == u'(') {
            Scope &outer = scopes.back();
            const bool predicate = c == u'[';
            const int weight = outer.weight + (predicate && outer.pathSearched ? 1 : 0);
            scopes.push_back(Scope{weight, false, predicate});
        } else if (c == u']' || c == u')') {
            if (scopes.size() < 2)
                continue; // unbalanced: the XPath compiler reports it
            const Scope inner = scopes.back();
            scopes.pop_back();
            // After a predicate the filtered path goes on; after parentheses
            // their content is the path: "(//a)[1]" searched.
            if (!inner.predicate)
                scopes.back().pathSearched = scopes.back().pathSearched || inner.pathSearched;
        } else if (c == u'=' || c == u'!' || c == u'<' || c == u'>' || c == u',' || c == u'|' || c == u'+') {
            scopes.back().pathSearched = false;
        }
    }
    return deepest;
}

} // namespace metafill
