#include "OlsEndpoints.h"

#include "record/TermIds.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

using Target = Result<QByteArray>;

const QRegularExpression &ontologyIdPattern()
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9_.-]{0,63}$"_s);
    return pattern;
}

const QRegularExpression &shortFormPattern()
{
    static const QRegularExpression pattern(u"^([A-Za-z][A-Za-z0-9.-]{0,39})_([A-Za-z0-9_.-]{1,60})$"_s);
    return pattern;
}

class QueryBuilder
{
public:
    void add(const char *name, const QString &value)
    {
        m_query += (m_query.isEmpty() ? "?" : "&");
        m_query += name;
        m_query += '=';
        m_query += OlsEndpoints::encode(value);
    }
    void add(const char *name, const char *value) { add(name, QString::fromLatin1(value)); }
    QByteArray query() const { return m_query; }

private:
    QByteArray m_query;
};

// The parameters /api/select and /api/search share; the error when the query
// cannot be sent as it is.
std::optional<QString> addCommon(QueryBuilder &builder, const TermQuery &query)
{
    const QString text = query.text.simplified();
    if (text.isEmpty())
        return OlsEndpoints::tr("There is nothing to search for.");
    builder.add("q", text);

    QStringList ontologies;
    for (const QString &ontology : query.ontologies) {
        const QString id = ontology.trimmed().toLower();
        if (!ontologyIdPattern().match(id).hasMatch())
            return OlsEndpoints::tr("'%1' is not an ontology id such as fbbi or ncbitaxon.").arg(ontology);
        if (!ontologies.contains(id))
            ontologies.append(id);
    }
    if (!ontologies.isEmpty())
        builder.add("ontology", ontologies.join(u','));
    else
        builder.add("local", "true");
    builder.add("type", "class");

    for (const QString &root : query.roots) {
        const QString trimmed = root.trimmed();
        const QString iri = TermIds::looksLikeIri(trimmed) ? trimmed : (TermIds::looksLikeCurie(trimmed) ? TermIds::iriFromCurie(trimmed) : QString());
        // A root that cannot be sent must not be dropped silently: the
        // answers would then come from outside the branch.
        if (iri.isEmpty())
            return OlsEndpoints::tr("'%1' is not the CURIE or IRI of a branch of an ontology.").arg(root);
        builder.add("allChildrenOf", iri);
    }
    builder.add("rows", QString::number(std::clamp(query.limit, 1, OlsEndpoints::MaxRows)));
    return std::nullopt;
}

} // namespace

const char *OlsEndpoints::selectFields()
{
    return "id,iri,label,short_form,obo_id,ontology_name,ontology_prefix,description,type,synonym,is_defining_ontology";
}

const char *OlsEndpoints::searchFields()
{
    // /api/search has no "id" worth asking for: its documents carry no highlighting.
    return "iri,label,short_form,obo_id,ontology_name,ontology_prefix,description,type,synonym,is_defining_ontology";
}

QByteArray OlsEndpoints::encode(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

Target OlsEndpoints::select(const TermQuery &query)
{
    QueryBuilder builder;
    if (std::optional<QString> problem = addCommon(builder, query))
        return Target::failure(*problem);
    builder.add("fieldList", selectFields());
    return QByteArray(QByteArray("/api/select") + builder.query());
}

Target OlsEndpoints::search(const TermQuery &query, bool exact)
{
    QueryBuilder builder;
    if (std::optional<QString> problem = addCommon(builder, query))
        return Target::failure(*problem);
    if (exact)
        builder.add("exact", "true");
    builder.add("fieldList", searchFields());
    builder.add("start", "0");
    return QByteArray(QByteArray("/api/search") + builder.query());
}

Target OlsEndpoints::term(const QString &id, const QString &ontology)
{
    const QString trimmed = id.trimmed();
    QString curie;
    QString iri;
    QString shortForm;
    if (TermIds::looksLikeIri(trimmed)) {
        iri = trimmed;
        curie = TermIds::curieFromIri(iri);
    } else if (TermIds::looksLikeCurie(trimmed)) {
        curie = trimmed;
    } else if (const QRegularExpressionMatch match = shortFormPattern().match(trimmed); match.hasMatch()) {
        shortForm = trimmed;
        curie = match.captured(1) + u':' + match.captured(2);
    } else {
        return Target::failure(tr("'%1' is not a term id: give a CURIE such as FBbi:00000246 or an IRI.").arg(id));
    }

    QString onto = ontology.trimmed().toLower();
    if (onto.isEmpty())
        onto = TermIds::ontologyFromCurie(curie);
    if (onto.isEmpty())
        return Target::failure(tr("Metafill cannot tell which ontology %1 belongs to; name the ontology to look it up in.").arg(id));
    if (!ontologyIdPattern().match(onto).hasMatch())
        return Target::failure(tr("'%1' is not an ontology id such as fbbi or ncbitaxon.").arg(ontology));

    const QByteArray base = QByteArray("/api/ontologies/" + encode(onto) + "/terms");
    if (!iri.isEmpty()) {
        // Spring decodes the path once and OLS decodes it again.
        return QByteArray(base + '/' + QUrl::toPercentEncoding(QString::fromLatin1(encode(iri))));
    }
    QueryBuilder builder;
    if (!shortForm.isEmpty())
        builder.add("short_form", shortForm);
    else
        builder.add("obo_id", curie);
    return QByteArray(base + builder.query());
}

} // namespace metafill
