#include "TermIds.h"

#include <QRegularExpression>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

const QString kObo = u"http://purl.obolibrary.org/obo/"_s;

// Ontologies whose IRIs do not follow the OBO PURL scheme.
constexpr std::array<std::pair<const char16_t *, const char16_t *>, 3> kOwnSchemes{{
    {u"EFO", u"http://www.ebi.ac.uk/efo/EFO_"},
    {u"Orphanet", u"http://www.orpha.net/ORDO/Orphanet_"},
    {u"EDAM", u"http://edamontology.org/"},
}};

} // namespace

bool TermIds::looksLikeCurie(const QString &text)
{
    static const QRegularExpression pattern(u"^[A-Za-z][A-Za-z0-9_.-]{0,39}:[A-Za-z0-9_.-]{1,60}$"_s);
    return !looksLikeIri(text) && pattern.match(text).hasMatch();
}

bool TermIds::looksLikeIri(const QString &text)
{
    return (text.startsWith(u"http://") || text.startsWith(u"https://")) && !text.contains(u' ') && text.size() < 2048;
}

QString TermIds::iriFromCurie(const QString &curie)
{
    const QString prefix = prefixOf(curie);
    const QString local = curie.section(u':', 1);
    if (prefix.isEmpty() || local.isEmpty())
        return {};
    if (prefix == u"EDAM")
        return u"http://edamontology.org/"_s + local; // EDAM:format_1234
    for (const auto &[p, base] : kOwnSchemes) {
        if (prefix == QStringView(p))
            return QString::fromUtf16(base) + local;
    }
    return kObo + prefix + u'_' + local;
}

QString TermIds::curieFromIri(const QString &iri)
{
    if (iri.startsWith(kObo)) {
        const QString rest = iri.mid(kObo.size());
        const qsizetype underscore = rest.indexOf(u'_');
        if (underscore > 0 && underscore + 1 < rest.size() && !rest.contains(u'/'))
            return rest.left(underscore) + u':' + rest.mid(underscore + 1);
        return {};
    }
    for (const auto &[p, base] : kOwnSchemes) {
        const QString b = QString::fromUtf16(base);
        if (iri.startsWith(b) && iri.size() > b.size()) {
            const QString local = iri.mid(b.size());
            if (QStringView(p) == u"EDAM")
                return u"EDAM:"_s + local;
            return QString::fromUtf16(p) + u':' + local;
        }
    }
    return {};
}

QString TermIds::ontologyFromCurie(const QString &curie)
{
    return prefixOf(curie).toLower();
}

QString TermIds::prefixOf(const QString &curie)
{
    const qsizetype colon = curie.indexOf(u':');
    return colon > 0 ? curie.left(colon) : QString();
}

} // namespace metafill
