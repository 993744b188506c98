#include "TermJsonReader.h"

#include "TermFileReader.h"
#include "TermText.h"
#include "record/TermIds.h"

#include <nlohmann/json.hpp>

#include <QHash>
#include <QSet>

#include <exception>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace metafill {
namespace {

const json *member(const json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const auto found = object.find(key);
    return found == object.end() ? nullptr : &*found;
}

// A string member, or the first string of an array member (OLS v2 writes
// labels as arrays).
std::optional<QString> text(const json &object, const char *key)
{
    const json *value = member(object, key);
    if (!value)
        return std::nullopt;
    if (value->is_array()) {
        for (const json &item : *value) {
            if (item.is_string())
                return QString::fromStdString(item.get_ref<const std::string &>());
        }
        return std::nullopt;
    }
    if (!value->is_string())
        return std::nullopt;
    return QString::fromStdString(value->get_ref<const std::string &>());
}

// Booleans, and the strings "true"/"false" some OLS builds wrote instead.
bool flag(const json &object, const char *key)
{
    const json *value = member(object, key);
    if (!value)
        return false;
    if (value->is_boolean())
        return value->get<bool>();
    if (value->is_string())
        return value->get_ref<const std::string &>() == "true";
    return false;
}

// Finds where the parser gave up, for the message: nlohmann's DOM parser
// without exceptions only says that it failed.
class ErrorLocator : public json::json_sax_t
{
public:
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t &) override { return true; }
    bool string(string_t &) override { return true; }
    bool binary(binary_t &) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t &) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &) override
    {
        errorPosition = position;
        return false;
    }

    std::size_t errorPosition = 0;
};

class JsonTermParser
{
public:
    JsonTermParser(const QString &path, const TermReadLimits &limits) : m_path(path), m_limits(limits), m_warnings(limits.maxWarnings)
    {
        m_file.path = path;
        m_file.format = u"json"_s;
    }

    Result<TermFile> run(QByteArrayView bytes)
    {
        if (bytes.size() > m_limits.maxFileBytes) {
            return failure(TermJsonReader::tr("%1: the file is larger than %2 MiB, more than any term pack Metafill takes.")
                               .arg(m_path, QString::number(m_limits.maxFileBytes / (1024 * 1024))));
        }
        qint64 values = 0;
        bool beyondBounds = false;
        const json::parser_callback_t bound = [&](int depth, json::parse_event_t event, json &) {
            if (event == json::parse_event_t::object_end || event == json::parse_event_t::array_end)
                return !beyondBounds;
            if (depth > m_limits.maxJsonDepth || ++values > m_limits.maxJsonValues)
                beyondBounds = true;
            return !beyondBounds;
        };
        const json document = json::parse(bytes.begin(), bytes.end(), bound, false);
        if (beyondBounds) {
            return failure(
                TermJsonReader::tr("%1: the JSON is nested deeper than %2 levels or holds more than %3 values; no term file does.")
                    .arg(m_path, QString::number(m_limits.maxJsonDepth), QString::number(m_limits.maxJsonValues)));
        }
        if (document.is_discarded())
            return syntaxError(bytes);

        if (document.is_array()) {
            readList(document, u"$"_s);
        } else if (const json *embedded = member(document, "_embedded"); embedded && member(*embedded, "terms")) {
            const json &terms = *member(*embedded, "terms");
            if (!terms.is_array())
                return shapeError();
            readList(terms, u"_embedded.terms"_s);
        } else if (const json *response = member(document, "response"); response && member(*response, "docs")) {
            const json &docs = *member(*response, "docs");
            if (!docs.is_array())
                return shapeError();
            readList(docs, u"response.docs"_s);
        } else if (member(document, "iri") && member(document, "label")) {
            readOlsTerm(document, u"$"_s);
        } else if (isCurieMap(document)) {
            readCurieMap(document);
        } else {
            return shapeError();
        }

        if (m_file.terms.isEmpty()) {
            return failure(TermJsonReader::tr("%1: the file holds no term with an id and a label.").arg(m_path));
        }
        QSet<QString> ontologies;
        for (const TermEntry &term : std::as_const(m_file.terms))
            ontologies.insert(term.ontology);
        if (ontologies.size() == 1)
            m_file.ontology = *ontologies.constBegin();
        m_file.warnings = std::move(m_warnings).finish();
        return std::move(m_file);
    }

private:
    static Result<TermFile> failure(const QString &message) { return Result<TermFile>::failure(message); }

    Result<TermFile> syntaxError(QByteArrayView bytes)
    {
        ErrorLocator locator;
        try {
            json::sax_parse(bytes.begin(), bytes.end(), &locator);
        } catch (const std::exception &) {
            // Only the position is wanted; the message below stands without it.
        }
        const qsizetype position = std::min<qsizetype>(qsizetype(locator.errorPosition), bytes.size());
        qsizetype line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i + 1 < position; ++i) {
            if (bytes.at(i) == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        const qsizetype column = std::max<qsizetype>(1, position - lineStart);
        return failure(TermJsonReader::tr("%1:%2:%3: the file is not valid JSON (or not UTF-8) here. It may be cut off or damaged; "
                                          "export or download it again.")
                           .arg(m_path, QString::number(line), QString::number(column)));
    }

    Result<TermFile> shapeError()
    {
        return failure(
            TermJsonReader::tr("%1: this JSON holds no terms Metafill knows how to read. Metafill reads an OLS term, an OLS page of "
                               "terms (_embedded.terms), an OLS search or select answer (response.docs), a list of terms, "
                               "or a map from CURIE to term.")
                .arg(m_path));
    }

    void warn(const QString &where, const QString &what) { m_warnings.add(u"%1: %2: %3"_s.arg(m_path, where, what)); }

    bool full(const QString &where)
    {
        if (m_file.terms.size() < m_limits.maxTerms)
            return false;
        if (!m_reportedFull) {
            warn(where, TermJsonReader::tr("the file holds more than %1 terms; the rest were left out.").arg(m_limits.maxTerms));
            m_reportedFull = true;
        }
        return true;
    }

    void readList(const json &list, const QString &where)
    {
        qsizetype index = 0;
        for (const json &item : list) {
            const QString place = where + u'[' + QString::number(index++) + u']';
            if (full(place))
                return;
            if (!item.is_object()) {
                warn(place, TermJsonReader::tr("not a term object; left out."));
                continue;
            }
            if (member(item, "iri") || member(item, "obo_id") || member(item, "short_form"))
                readOlsTerm(item, place);
            else
                readPlainTerm(item, place);
        }
    }

    // The OLS4 v1 term, search doc and select doc.
    void readOlsTerm(const json &object, const QString &where)
    {
        TermEntry term;
        QString iri = text(object, "iri").value_or(QString());
        QString curie = text(object, "obo_id").value_or(QString());
        if (!TermIds::looksLikeIri(iri))
            iri = TermIds::looksLikeCurie(curie) ? TermIds::iriFromCurie(curie) : QString();
        if (!TermIds::looksLikeCurie(curie))
            curie = TermIds::curieFromIri(iri);
        term.iri = iri;
        term.curie = curie;
        const QString ontology = text(object, "ontology_name").value_or(QString()).toLower();
        term.ontology = isOntologyId(ontology) ? ontology : TermIds::ontologyFromCurie(curie);
        term.label = TermText::clean(text(object, "label").value_or(QString()));

        // Scoped synonyms first (term endpoint), then plain lists (term endpoint
        // "synonyms", search "synonym"), without repeating one.
        QSet<QString> seen;
        if (const json *scoped = member(object, "obo_synonym"); scoped && scoped->is_array()) {
            for (const json &synonym : *scoped) {
                const std::optional<QString> name = text(synonym, "name");
                if (!name)
                    continue;
                const QString scope = text(synonym, "scope").value_or(QString());
                TermEntry::Scope parsed = TermEntry::Scope::Unspecified;
                if (scope.endsWith(u"ExactSynonym"))
                    parsed = TermEntry::Scope::Exact;
                else if (scope.endsWith(u"RelatedSynonym"))
                    parsed = TermEntry::Scope::Related;
                else if (scope.endsWith(u"NarrowSynonym"))
                    parsed = TermEntry::Scope::Narrow;
                else if (scope.endsWith(u"BroadSynonym"))
                    parsed = TermEntry::Scope::Broad;
                addSynonym(term, *name, parsed, seen, where);
            }
        }
        for (const char *key : {"synonyms", "synonym"}) {
            if (const json *plain = member(object, key); plain && plain->is_array()) {
                for (const json &synonym : *plain) {
                    if (synonym.is_string())
                        addSynonym(term, QString::fromStdString(synonym.get_ref<const std::string &>()), TermEntry::Scope::Unspecified,
                                   seen, where);
                }
            }
        }
        term.definition = text(object, "description").value_or(QString()).trimmed();
        term.obsolete = flag(object, "is_obsolete");
        term.replacedBy = text(object, "term_replaced_by").value_or(QString()).trimmed();
        add(std::move(term), where, flag(object, "is_defining_ontology"));
    }

    // {id, label, synonyms, parents, obsolete, definition}: the FBbi index file.
    void readPlainTerm(const json &object, const QString &where)
    {
        TermEntry term;
        const QString id = text(object, "id").value_or(QString());
        if (TermIds::looksLikeIri(id)) {
            term.iri = id;
            term.curie = TermIds::curieFromIri(id);
        } else if (TermIds::looksLikeCurie(id)) {
            term.curie = id;
            term.iri = TermIds::iriFromCurie(id);
        }
        term.ontology = TermIds::ontologyFromCurie(term.curie);
        term.label = TermText::clean(text(object, "label").value_or(QString()));
        QSet<QString> seen;
        if (const json *synonyms = member(object, "synonyms"); synonyms && synonyms->is_array()) {
            for (const json &synonym : *synonyms) {
                if (synonym.is_string())
                    addSynonym(term, QString::fromStdString(synonym.get_ref<const std::string &>()), TermEntry::Scope::Unspecified, seen,
                               where);
            }
        }
        if (const json *parents = member(object, "parents"); parents && parents->is_array()) {
            for (const json &parent : *parents) {
                if (parent.is_string())
                    addParent(term, QString::fromStdString(parent.get_ref<const std::string &>()), TermEntry::Relation::IsA, where);
            }
        }
        term.definition = text(object, "definition").value_or(QString()).trimmed();
        term.obsolete = flag(object, "obsolete");
        term.replacedBy = text(object, "replaced_by").value_or(QString()).trimmed();
        add(std::move(term), where, false);
    }

    static bool isCurieMap(const json &document)
    {
        if (!document.is_object() || document.empty())
            return false;
        const auto first = document.begin();
        return TermIds::looksLikeCurie(QString::fromStdString(first.key())) && first.value().is_object() && member(first.value(), "label");
    }

    // cellxgene-ontology-guide: {"CL:0000540": {"label", "description",
    // "synonyms", "deprecated", "replaced_by", "ancestors": {"CL:…": distance}}}.
    void readCurieMap(const json &document)
    {
        for (auto item = document.begin(); item != document.end(); ++item) {
            const QString id = QString::fromStdString(item.key());
            if (full(id))
                return;
            const json &object = item.value();
            if (!object.is_object() || !TermIds::looksLikeCurie(id)) {
                warn(id.left(80), TermJsonReader::tr("not a term object under a CURIE; left out."));
                continue;
            }
            TermEntry term;
            term.curie = id;
            term.iri = TermIds::iriFromCurie(id);
            term.ontology = TermIds::ontologyFromCurie(id);
            term.label = TermText::clean(text(object, "label").value_or(QString()));
            QSet<QString> seen;
            if (const json *synonyms = member(object, "synonyms"); synonyms && synonyms->is_array()) {
                // The guide keeps EXACT synonyms only.
                for (const json &synonym : *synonyms) {
                    if (synonym.is_string())
                        addSynonym(term, QString::fromStdString(synonym.get_ref<const std::string &>()), TermEntry::Scope::Exact, seen, id);
                }
            }
            if (const json *ancestors = member(object, "ancestors"); ancestors && ancestors->is_object()) {
                // Distance 1: the direct is_a and part_of parents (the guide
                // walks both); the relation itself is not recorded, and both
                // count the same for branch restriction.
                for (auto ancestor = ancestors->begin(); ancestor != ancestors->end(); ++ancestor) {
                    if (ancestor.value().is_number_integer() && ancestor.value().get<long long>() == 1)
                        addParent(term, QString::fromStdString(ancestor.key()), TermEntry::Relation::IsA, id);
                }
            }
            term.definition = text(object, "description").value_or(QString()).trimmed();
            term.obsolete = flag(object, "deprecated");
            term.replacedBy = text(object, "replaced_by").value_or(QString()).trimmed();
            add(std::move(term), id, false);
        }
    }

    static bool isOntologyId(const QString &id)
    {
        if (id.isEmpty() || id.size() > 40)
            return false;
        for (const QChar c : id) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_' && c != u'-' && c != u'.')
                return false;
        }
        return true;
    }

    void addSynonym(TermEntry &term, const QString &text, TermEntry::Scope scope, QSet<QString> &seen, const QString &where)
    {
        const QString cleaned = TermText::clean(text);
        if (cleaned.isEmpty() || cleaned.size() > m_limits.maxLabelLength || seen.contains(cleaned))
            return;
        if (term.synonyms.size() >= m_limits.maxSynonymsPerTerm) {
            if (!std::exchange(m_synonymsCapped, true))
                warn(where, TermJsonReader::tr("more than %1 synonyms; the rest were left out.").arg(m_limits.maxSynonymsPerTerm));
            return;
        }
        seen.insert(cleaned);
        term.synonyms.append({cleaned, scope});
    }

    void addParent(TermEntry &term, const QString &id, TermEntry::Relation relation, const QString &where)
    {
        QString iri;
        if (TermIds::looksLikeIri(id))
            iri = id;
        else if (TermIds::looksLikeCurie(id))
            iri = TermIds::iriFromCurie(id);
        if (iri.isEmpty())
            return;
        if (term.parents.size() >= m_limits.maxParentsPerTerm) {
            if (!std::exchange(m_parentsCapped, true))
                warn(where, TermJsonReader::tr("more than %1 parents; the rest were left out.").arg(m_limits.maxParentsPerTerm));
            return;
        }
        term.parents.append({iri, relation});
    }

    void add(TermEntry &&term, const QString &where, bool defining)
    {
        m_synonymsCapped = m_parentsCapped = false;
        if (term.iri.isEmpty()) {
            warn(where, TermJsonReader::tr("no IRI or CURIE; left out."));
            return;
        }
        if (term.label.isEmpty()) {
            warn(where, TermJsonReader::tr("%1 has no label; left out.").arg(term.iri));
            return;
        }
        if (term.label.size() > m_limits.maxLabelLength) {
            warn(where, TermJsonReader::tr("%1 has a label longer than %2 characters; left out.")
                            .arg(term.iri, QString::number(m_limits.maxLabelLength)));
            return;
        }
        if (term.definition.size() > m_limits.maxDefinitionLength) {
            term.definition.truncate(m_limits.maxDefinitionLength);
            warn(where, TermJsonReader::tr("the definition of %1 was cut at %2 characters.")
                            .arg(term.iri, QString::number(m_limits.maxDefinitionLength)));
        }
        const auto earlier = m_indexByIri.constFind(term.iri);
        if (earlier != m_indexByIri.constEnd()) {
            // The same IRI once per ontology that imports it: keep the defining one.
            if (defining && !m_defining.contains(term.iri)) {
                m_file.terms[*earlier] = std::move(term);
                m_defining.insert(m_file.terms[*earlier].iri);
            }
            return;
        }
        if (defining)
            m_defining.insert(term.iri);
        m_indexByIri.insert(term.iri, m_file.terms.size());
        m_file.terms.append(std::move(term));
    }

    QString m_path;
    const TermReadLimits &m_limits;
    TermWarnings m_warnings;
    TermFile m_file;
    QHash<QString, qsizetype> m_indexByIri;
    QSet<QString> m_defining;
    bool m_reportedFull = false;
    // One warning per term about left-out synonyms or parents; reset by add().
    bool m_synonymsCapped = false;
    bool m_parentsCapped = false;
};

} // namespace

Result<TermFile> TermJsonReader::parse(QByteArrayView bytes, const QString &path, const TermReadLimits &limits)
{
    // nlohmann throws std::bad_alloc (and, in sax_parse, nothing else we ask
    // for); nothing may escape a reader.
    try {
        JsonTermParser parser(path, limits);
        return parser.run(bytes);
    } catch (const std::exception &) {
        return Result<TermFile>::failure(tr("%1: the file could not be read: it is too large for the memory available.").arg(path));
    }
}

} // namespace metafill
