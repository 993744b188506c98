#include "OlsResponse.h"

#include "record/TermIds.h"

#include <nlohmann/json.hpp>

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <string>

using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace metafill {

namespace {

// The deepest value of any real answer is about eight levels down (a v2
// page → elements → term → linkedEntities → entry → label → string); a
// HAL page of MaxTerms full terms holds about 150 values per term.
constexpr int MaxDepth = 32;
constexpr qint64 MaxValues = 500'000;
constexpr qsizetype MaxErrorDocumentBytes = 64 * 1024;
constexpr qsizetype MaxErrorMessageLength = 300;

const json *member(const json &object, std::initializer_list<const char *> keys)
{
    if (!object.is_object())
        return nullptr;
    for (const char *key : keys) {
        const auto found = object.find(key);
        if (found != object.end() && !found->is_null())
            return &*found;
    }
    return nullptr;
}

// Reads the values of one answer, keeping count of what had to be cut.
class TermReader
{
public:
    struct Candidate
    {
        OntologyTerm term;
        std::optional<bool> defining; // is_defining_ontology, when the answer says
        std::string solrId;           // /api/select's "id", the key of its highlighting
    };

    bool cut = false;

    std::optional<Candidate> read(const json &doc)
    {
        if (!doc.is_object())
            return std::nullopt;
        Candidate candidate;
        OntologyTerm &term = candidate.term;
        term.source = OntologyTerm::Source::Ols;

        term.iri = oneLine(text(member(doc, {"iri"})));
        if (!TermIds::looksLikeIri(term.iri))
            term.iri.clear(); // "javascript:…" or garbage must not reach a record or a link
        const QString oboId = oneLine(text(member(doc, {"obo_id", "curie"})));
        if (TermIds::looksLikeCurie(oboId))
            term.curie = oboId;
        else if (!term.iri.isEmpty())
            term.curie = TermIds::curieFromIri(term.iri);
        if (!TermIds::looksLikeCurie(term.curie))
            term.curie.clear(); // an IRI in a known scheme can still end in anything
        if (term.curie.isEmpty()) {
            // "EFO_0009736" → "EFO:0009736" for IRIs outside the known schemes.
            QString shortForm = oneLine(text(member(doc, {"short_form", "shortForm"})));
            const qsizetype underscore = shortForm.indexOf(u'_');
            if (underscore > 0) {
                shortForm[underscore] = u':';
                if (TermIds::looksLikeCurie(shortForm))
                    term.curie = shortForm;
            }
        }
        if (term.iri.isEmpty() && !term.curie.isEmpty())
            term.iri = TermIds::iriFromCurie(term.curie);
        if (term.iri.isEmpty())
            return std::nullopt; // nothing to identify the term by

        term.label = oneLine(text(member(doc, {"label"})));
        static const QRegularExpression ontologyId(u"^[a-z0-9][a-z0-9_.-]{0,63}$"_s);
        term.ontology = oneLine(text(member(doc, {"ontology_name", "ontologyId"}))).toLower();
        if (!ontologyId.match(term.ontology).hasMatch())
            term.ontology = TermIds::ontologyFromCurie(term.curie);

        addSynonyms(term, member(doc, {"synonyms"}));
        addSynonyms(term, member(doc, {"synonym"}));
        addSynonyms(term, member(doc, {"obo_synonym"}));
        for (const QString &definition : texts(member(doc, {"description", "definition"}))) {
            term.definition = paragraph(definition);
            if (!term.definition.isEmpty())
                break;
        }

        term.obsolete = flag(member(doc, {"is_obsolete", "isObsolete"})).value_or(false) || OlsResponse::isObsoleteLabel(term.label);
        term.replacedBy = oneLine(text(member(doc, {"term_replaced_by", "termReplacedBy"})));
        if (!TermIds::looksLikeCurie(term.replacedBy) && !TermIds::looksLikeIri(term.replacedBy))
            term.replacedBy.clear();
        candidate.defining = flag(member(doc, {"is_defining_ontology", "isDefiningOntology"}));
        if (const json *id = member(doc, {"id"}); id && id->is_string() && id->get_ref<const std::string &>().size() <= 4096)
            candidate.solrId = id->get<std::string>();
        return candidate;
    }

    // A string, the first string of an array (v2 labels), or {"value": "…"}
    // (v2 localised values); empty for anything else.
    QString text(const json *value)
    {
        if (!value)
            return {};
        if (value->is_string())
            return bounded(value->get_ref<const std::string &>());
        if (value->is_object()) {
            const json *inner = member(*value, {"value"});
            return inner && inner->is_string() ? bounded(inner->get_ref<const std::string &>()) : QString();
        }
        if (value->is_array()) {
            for (const json &element : *value) {
                if (element.is_string() || element.is_object()) {
                    QString first = text(&element); // one level down only: element is not an array
                    if (!first.isEmpty())
                        return first;
                }
            }
        }
        return {};
    }

    QStringList texts(const json *value)
    {
        QStringList result;
        if (!value)
            return result;
        if (!value->is_array()) {
            if (QString one = text(value); !one.isEmpty())
                result.append(one);
            return result;
        }
        for (const json &element : *value) {
            if (result.size() >= OlsResponse::MaxSynonyms) {
                cut = true;
                break;
            }
            // obo_synonym entries are {"name": …}; v2 values may be {"value": …}.
            const json *inner = element.is_object() ? member(element, {"name", "value"}) : &element;
            if (inner && inner->is_string()) {
                if (QString one = bounded(inner->get_ref<const std::string &>()); !one.isEmpty())
                    result.append(one);
            }
        }
        return result;
    }

    static std::optional<bool> flag(const json *value)
    {
        if (!value)
            return std::nullopt;
        if (value->is_boolean())
            return value->get<bool>();
        if (value->is_string()) {
            const std::string &s = value->get_ref<const std::string &>();
            if (s == "true" || s == "True" || s == "TRUE")
                return true;
            if (s == "false" || s == "False" || s == "FALSE")
                return false;
        }
        if (value->is_number_integer())
            return value->get<long long>() != 0;
        return std::nullopt;
    }

    // Control characters (a hostile answer could hide line breaks or escape
    // sequences in a label that ends up in a CSV cell or a terminal) become
    // spaces; runs of white space one space.
    static QString oneLine(const QString &text)
    {
        QString clean = text;
        for (QChar &c : clean) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                c = u' ';
        }
        return clean.simplified();
    }

    static QString paragraph(const QString &text)
    {
        QString clean;
        clean.reserve(text.size());
        for (QChar c : text) {
            if (c == u'\n' || (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format))
                clean.append(c);
            else
                clean.append(u' ');
        }
        return clean.trimmed();
    }

private:
    QString bounded(const std::string &utf8)
    {
        if (qsizetype(utf8.size()) <= OlsResponse::MaxTextBytes)
            return QString::fromStdString(utf8);
        cut = true;
        qsizetype end = OlsResponse::MaxTextBytes;
        while (end > 0 && (static_cast<unsigned char>(utf8[size_t(end)]) & 0xC0) == 0x80)
            --end; // never split a UTF-8 sequence
        return QString::fromUtf8(utf8.data(), end);
    }

    void addSynonyms(OntologyTerm &term, const json *value)
    {
        for (const QString &synonym : texts(value)) {
            const QString clean = oneLine(synonym);
            if (clean.isEmpty() || term.synonyms.contains(clean))
                continue;
            if (term.synonyms.size() >= OlsResponse::MaxSynonyms) {
                cut = true;
                return;
            }
            term.synonyms.append(clean);
        }
    }
};

bool betterCopy(const TermReader::Candidate &candidate, const TermReader::Candidate &kept)
{
    if (candidate.defining.has_value() || kept.defining.has_value())
        return candidate.defining.value_or(false) && !kept.defining.value_or(false);
    // Without the flag: the ontology the CURIE's prefix names is the defining one.
    const QString home = TermIds::ontologyFromCurie(candidate.term.curie);
    return !home.isEmpty() && candidate.term.ontology == home && kept.term.ontology != home;
}

QString withoutHighlight(QString text)
{
    text.remove(u"<b>"_s, Qt::CaseInsensitive);
    text.remove(u"</b>"_s, Qt::CaseInsensitive);
    return TermReader::oneLine(text);
}

// The synonym a select answer's highlighting shows as matched, when the label
// itself was not matched.
QString highlightedSynonym(TermReader &reader, const json &highlighting, const TermReader::Candidate &candidate)
{
    if (candidate.solrId.empty() || !highlighting.is_object())
        return {};
    const auto entry = highlighting.find(candidate.solrId);
    if (entry == highlighting.end() || !entry->is_object())
        return {};
    if (!reader.text(member(*entry, {"label_autosuggest", "label"})).isEmpty())
        return {};
    const QString marked = withoutHighlight(reader.text(member(*entry, {"synonym_autosuggest", "synonym"})));
    if (marked.isEmpty())
        return {};
    const QStringList &synonyms = candidate.term.synonyms;
    for (const QString &synonym : synonyms) {
        if (synonym.compare(marked, Qt::CaseInsensitive) == 0)
            return synonym;
    }
    for (const QString &synonym : synonyms) {
        if (synonym.contains(marked, Qt::CaseInsensitive))
            return synonym;
    }
    return marked;
}

std::optional<qint64> count(const json *value)
{
    if (value && value->is_number_unsigned() && value->get<std::uint64_t>() < (std::uint64_t(1) << 53))
        return qint64(value->get<std::uint64_t>());
    if (value && value->is_number_integer() && value->get<long long>() >= 0)
        return qint64(value->get<long long>());
    return std::nullopt;
}

Result<OlsPage> readTerms(const json *docs, const json *highlighting, std::optional<qint64> total)
{
    TermReader reader;
    OlsPage page;
    page.totalHits = total.value_or(-1);
    if (!docs)
        return page;

    QList<TermReader::Candidate> kept;
    QHash<QString, qsizetype> indexOfIri;
    int seen = 0;
    for (const json &doc : *docs) {
        if (++seen > OlsResponse::MaxTerms) {
            reader.cut = true;
            break;
        }
        std::optional<TermReader::Candidate> candidate = reader.read(doc);
        if (!candidate)
            continue;
        if (highlighting)
            candidate->term.matchedSynonym = highlightedSynonym(reader, *highlighting, *candidate);
        const auto existing = indexOfIri.constFind(candidate->term.iri);
        if (existing == indexOfIri.constEnd()) {
            indexOfIri.insert(candidate->term.iri, kept.size());
            kept.append(std::move(*candidate));
        } else if (betterCopy(*candidate, kept[*existing])) {
            if (candidate->term.matchedSynonym.isEmpty())
                candidate->term.matchedSynonym = kept[*existing].term.matchedSynonym;
            kept[*existing] = std::move(*candidate);
        }
    }
    page.terms.reserve(kept.size());
    for (TermReader::Candidate &candidate : kept)
        page.terms.append(std::move(candidate.term));
    page.cut = reader.cut;
    return page;
}

json parseBounded(QByteArrayView body, bool &beyondBounds)
{
    qint64 values = 0;
    beyondBounds = false;
    const json::parser_callback_t bound = [&](int depth, json::parse_event_t event, json &) {
        if (event == json::parse_event_t::object_end || event == json::parse_event_t::array_end)
            return !beyondBounds;
        if (depth > MaxDepth || ++values > MaxValues)
            beyondBounds = true;
        return !beyondBounds;
    };
    return json::parse(body.begin(), body.end(), bound, false);
}

} // namespace

// The failures below are phrases that OlsClient puts into "… sent a
// malformed answer (it <phrase>)."
Result<OlsPage> OlsResponse::parse(QByteArrayView body)
{
    using R = Result<OlsPage>;
    if (body.size() > MaxDocumentBytes)
        //: completes "the answer …"
        return R::failure(tr("is larger than %1 MiB").arg(MaxDocumentBytes / (1024 * 1024)));
    bool beyondBounds = false;
    const json document = parseBounded(body, beyondBounds);
    if (beyondBounds)
        return R::failure(tr("is nested deeper or holds more values than any answer of the service"));
    if (document.is_discarded())
        return R::failure(tr("is not valid JSON"));
    if (!document.is_object())
        return R::failure(tr("is not a JSON object"));

    // /api/select and /api/search
    if (const json *response = member(document, {"response"})) {
        const json *docs = member(*response, {"docs"});
        if (!docs || !docs->is_array())
            return R::failure(tr("has no list of results"));
        const json *highlighting = member(document, {"highlighting"});
        return readTerms(docs, highlighting && highlighting->is_object() ? highlighting : nullptr, count(member(*response, {"numFound"})));
    }
    // A v2 page ("page" is a number there)
    if (const json *elements = member(document, {"elements"})) {
        if (!elements->is_array())
            return R::failure(tr("has no list of terms"));
        return readTerms(elements, nullptr, count(member(document, {"totalElements"})));
    }
    // A HAL page of terms; Spring leaves out _embedded when the page is empty.
    const json *embedded = member(document, {"_embedded"});
    const json *page = member(document, {"page"});
    if (embedded || (page && page->is_object())) {
        const json *terms = embedded ? member(*embedded, {"terms", "properties", "individuals"}) : nullptr;
        if (embedded && (!terms || !terms->is_array()))
            return R::failure(tr("has no list of terms"));
        return readTerms(terms, nullptr, page ? count(member(*page, {"totalElements"})) : std::nullopt);
    }
    // One term
    if (member(document, {"iri"})) {
        const json single = json::array({document});
        Result<OlsPage> one = readTerms(&single, nullptr, std::nullopt);
        if (one && one->terms.isEmpty())
            return R::failure(tr("describes a term without a usable IRI or id"));
        return one;
    }
    if (QString message = errorMessage(body); !message.isEmpty())
        return R::failure(tr("is an error message: %1").arg(message));
    return R::failure(tr("holds no terms"));
}

QString OlsResponse::errorMessage(QByteArrayView body)
{
    if (body.size() > MaxErrorDocumentBytes)
        return {};
    bool beyondBounds = false;
    const json document = parseBounded(body, beyondBounds);
    if (beyondBounds || document.is_discarded() || !document.is_object())
        return {};
    const json *message = member(document, {"message"});
    if (!message || !message->is_string() || !member(document, {"status"}))
        return {};
    QString text = TermReader::oneLine(QString::fromStdString(message->get<std::string>()));
    if (text.size() > MaxErrorMessageLength)
        text = text.left(MaxErrorMessageLength) + u'…';
    return text;
}

bool OlsResponse::isObsoleteLabel(const QString &label)
{
    return label.startsWith(u"obsolete", Qt::CaseInsensitive);
}

void OlsResponse::noteMatchedSynonyms(QList<OntologyTerm> &terms, const QString &text)
{
    const QString wanted = text.simplified();
    if (wanted.isEmpty())
        return;
    const QStringList words = wanted.split(u' ');
    const auto matches = [&](const QString &candidate) {
        return std::all_of(words.begin(), words.end(), [&](const QString &word) { return candidate.contains(word, Qt::CaseInsensitive); });
    };
    for (OntologyTerm &term : terms) {
        if (!term.matchedSynonym.isEmpty() || matches(term.label))
            continue;
        for (const QString &synonym : std::as_const(term.synonyms)) {
            if (matches(synonym)) {
                term.matchedSynonym = synonym;
                break;
            }
        }
    }
}

void OlsResponse::promoteExactMatches(QList<OntologyTerm> &terms, const QString &text)
{
    const QString wanted = text.simplified();
    if (wanted.isEmpty())
        return;
    const auto same = [&](const QString &candidate) { return candidate.compare(wanted, Qt::CaseInsensitive) == 0; };
    const auto rank = [&](OntologyTerm &term) {
        if (same(term.label))
            return 0;
        for (const QString &synonym : std::as_const(term.synonyms)) {
            if (same(synonym)) {
                term.matchedSynonym = synonym;
                return 1;
            }
        }
        QString shortForm = term.curie;
        shortForm.replace(u':', u'_');
        if (same(term.curie) || same(term.iri) || (!term.curie.isEmpty() && same(shortForm)))
            return 2;
        return 3;
    };
    QList<std::pair<int, OntologyTerm>> ranked;
    ranked.reserve(terms.size());
    for (OntologyTerm &term : terms) {
        const int r = rank(term);
        ranked.append({r, std::move(term)});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    terms.clear();
    for (auto &entry : ranked)
        terms.append(std::move(entry.second));
}

} // namespace metafill
