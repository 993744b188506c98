#include "TermSearch.h"

#include "SqliteDatabase.h"
#include "TermFile.h"
#include "TermIndex.h"
#include "TermText.h"
#include "record/TermIds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace metafill {
namespace TermSearch {
namespace {

// How well a term matches, best first (see the ranking in TermIndex.h).
enum Category { IdMatch, ExactLabel, ExactSynonym, LabelPrefix, SynonymPrefix, LabelWords, SynonymWords, SpreadWords, NoMatch };

// Which copy of a term is shown when several places hold it: a pack (the
// facility chose it), then the installed index, then the cache.
int placeRank(Place place, qint64 origin)
{
    if (place == Place::User)
        return origin > 0 ? 0 : 2;
    return 1;
}

// A term that matched one of the scans, with what ranks it.
struct Candidate
{
    Place place = Place::Installed;
    qint64 row = 0;
    qint64 origin = 0;
    int obsolete = 0;
    int category = NoMatch;
    int caseMismatch = 0;
    int scopePenalty = 0;
    qint64 boost = 0;
    qint64 length = 0;

    auto rank() const { return std::tuple(obsolete, category, caseMismatch, scopePenalty, -boost, length, placeRank(place, origin), row); }
};

// A stored term as the search returns it.
struct TermRow
{
    Place place = Place::Installed;
    qint64 row = 0;
    qint64 origin = 0;
    QString iri;
    QString curie;
    QString ontology;
    QString label;
    QString labelKey;
    QStringList synonyms;
    QStringList synonymKeys;
    QString definition;
    bool obsolete = false;
    QString replacedBy;
};

constexpr qsizetype MaxBranchTerms = 500'000;
constexpr qsizetype MaxAncestryNodes = 100'000;
// Rows a prefix scan may bring when a branch restriction filters them
// afterwards; without a branch the scans stop at a few more than the limit.
constexpr qint64 MaxFilteredScanRows = 50'000;
// Candidates from the full-text tier: kept small because that tier is
// unordered (its rows come in insertion order, which metafill-term-index sets
// to commonly-used-first, shortest-label-first).
constexpr qint64 MaxFullTextRows = 300;
constexpr qint64 MaxFullTextRowsFiltered = 5'000;
constexpr int MaxQueryWords = 8;

struct Match
{
    int category = NoMatch;
    qsizetype synonym = -1;
};

Match classify(const QString &labelKey, const QStringList &synonymKeys, const Request &query)
{
    if (labelKey == query.key)
        return {ExactLabel, -1};
    for (qsizetype i = 0; i < synonymKeys.size(); ++i) {
        if (synonymKeys.at(i) == query.key)
            return {ExactSynonym, i};
    }
    if (labelKey.startsWith(query.key))
        return {LabelPrefix, -1};
    for (qsizetype i = 0; i < synonymKeys.size(); ++i) {
        if (synonymKeys.at(i).startsWith(query.key))
            return {SynonymPrefix, i};
    }
    if (query.words.isEmpty())
        return {};
    if (TermText::wordsStartWith(TermText::words(labelKey), query.words))
        return {LabelWords, -1};
    QStringList allWords = TermText::words(labelKey);
    for (qsizetype i = 0; i < synonymKeys.size(); ++i) {
        const QStringList words = TermText::words(synonymKeys.at(i));
        if (TermText::wordsStartWith(words, query.words))
            return {SynonymWords, i};
        allWords += words;
    }
    if (TermText::wordsStartWith(allWords, query.words))
        return {SpreadWords, -1};
    return {};
}

QStringList splitLines(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(u'\n');
}

struct Found
{
    Place place = Place::Installed;
    qint64 row = 0;
    qint64 origin = 0;
};

// Ids the text may spell, as lower-case term_key keys, and an exact IRI.
struct IdSpelling
{
    QString iri;
    QStringList keys;
};

std::optional<IdSpelling> spellingsOf(const QString &rawId)
{
    const QString id = rawId.trimmed();
    if (id.isEmpty() || id.size() > 2048 || id.contains(u' '))
        return std::nullopt;
    IdSpelling spelling;
    if (TermIds::looksLikeIri(id)) {
        spelling.iri = id;
        // OBO PURLs are http; a pasted https form names the same term.
        QString obo = id;
        if (obo.startsWith(u"https://purl.obolibrary.org/obo/"))
            obo.replace(0, 5, u"http"_s);
        const QString curie = TermIds::curieFromIri(obo);
        if (!curie.isEmpty())
            spelling.keys.append(curie.toLower());
        if (obo != id)
            spelling.keys.append(obo); // looked up as an IRI below
        return spelling;
    }
    if (TermIds::looksLikeCurie(id)) {
        spelling.keys.append(id.toLower());
        return spelling;
    }
    // A short form, "FBbi_00000246": the prefix may itself hold an underscore,
    // so every underscore is tried as the separator, the last one first.
    if (id.size() <= 200 && id.contains(u'_') && id.at(0).isLetter()) {
        int tried = 0;
        for (qsizetype i = id.size() - 1; i > 0 && tried < 8; --i) {
            if (id.at(i) != u'_')
                continue;
            ++tried;
            const QString curie = id.left(i) + u':' + id.mid(i + 1);
            if (TermIds::looksLikeCurie(curie))
                spelling.keys.append(curie.toLower());
        }
        if (!spelling.keys.isEmpty())
            return spelling;
    }
    return std::nullopt;
}

// Finds the copy of a term shown for an id: pack, then installed, then cache.
Result<std::optional<Found>> findById(const StorePaths &paths, Connections &connections, const QString &id)
{
    using Answer = Result<std::optional<Found>>;
    const std::optional<IdSpelling> spelling = spellingsOf(id);
    if (!spelling)
        return std::optional<Found>();
    std::optional<Found> best;
    auto consider = [&](const Found &found) {
        if (!best ||
            std::pair(placeRank(found.place, found.origin), -found.origin) < std::pair(placeRank(best->place, best->origin), -best->origin))
            best = found;
    };
    for (const Place place : connections.places()) {
        SqliteDatabase &db = *connections.db(place);
        QStringList iris;
        if (!spelling->iri.isEmpty())
            iris.append(spelling->iri);
        for (const QString &key : spelling->keys) {
            if (TermIds::looksLikeIri(key)) {
                iris.append(key);
                continue;
            }
            SqliteQuery byKey(db, "SELECT k.term_id, t.origin FROM term_key k JOIN term t ON t.id = k.term_id WHERE k.key = ?1");
            byKey.bind(1, key);
            while (byKey.next())
                consider({place, byKey.integer(0), byKey.integer(1)});
            if (byKey.failed())
                return Answer::failure(paths.readError(db, place));
        }
        for (const QString &iri : std::as_const(iris)) {
            SqliteQuery byIri(db, "SELECT id, origin FROM term WHERE iri = ?1");
            byIri.bind(1, iri);
            while (byIri.next())
                consider({place, byIri.integer(0), byIri.integer(1)});
            if (byIri.failed())
                return Answer::failure(paths.readError(db, place));
        }
    }
    return best;
}

std::optional<TermRow> loadRow(SqliteDatabase &db, Place place, qint64 row)
{
    SqliteQuery query(db, "SELECT iri, curie, ontology, label, label_key, synonyms, synonym_keys, definition, obsolete, "
                          "replaced_by, origin FROM term WHERE id = ?1");
    query.bind(1, row);
    if (!query.next())
        return std::nullopt;
    TermRow term;
    term.place = place;
    term.row = row;
    term.iri = query.text(0);
    term.curie = query.text(1);
    term.ontology = query.text(2);
    term.label = query.text(3);
    term.labelKey = query.text(4);
    term.synonyms = splitLines(query.text(5));
    term.synonymKeys = splitLines(query.text(6));
    term.definition = query.text(7);
    term.obsolete = query.integer(8) != 0;
    term.replacedBy = query.text(9);
    term.origin = query.integer(10);
    return term;
}

OntologyTerm toOntologyTerm(const TermRow &row)
{
    OntologyTerm term;
    term.label = row.label;
    term.curie = row.curie;
    term.iri = row.iri;
    term.ontology = row.ontology;
    term.synonyms = row.synonyms;
    term.definition = row.definition;
    term.obsolete = row.obsolete;
    term.replacedBy = row.replacedBy;
    term.source = OntologyTerm::Source::Offline;
    return term;
}

// One search: candidates from the prefix scans, then (if the list is not
// full) from the full-text tier, each put in rank order and turned into
// terms, one per IRI.
class Searcher
{
public:
    Searcher(const StorePaths &paths, Connections &connections, const Request &query)
        : m_paths(paths), m_connections(connections), m_query(query)
    {
        // The ontologies to look in: those asked for, and in a branch only
        // those its terms belong to (which narrows the scans a lot: a branch of
        // FBbi need not see the 15,000 taxa).
        m_ontologies = query.ontologies;
        if (query.branch)
            m_ontologies = m_ontologies.isEmpty() ? query.branch->ontologies : (m_ontologies & query.branch->ontologies);
        m_restricted = !query.ontologies.isEmpty() || query.branch;
        QStringList sorted(m_ontologies.begin(), m_ontologies.end());
        sorted.sort();
        if (m_restricted)
            m_ontologiesJson = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(sorted)).toJson(QJsonDocument::Compact));
        m_fullTextMatch = fullTextExpression(sorted);
    }

    Result<QList<OntologyTerm>> run()
    {
        if (!findId())
            return failure();
        if (m_restricted && m_ontologies.isEmpty())
            return m_results; // the ontologies asked for hold nothing of the branch

        // Live terms of both tiers first, obsolete ones (when asked for) after them.
        std::vector<Candidate> prefixed;
        if (!m_query.key.isEmpty()) {
            for (const Place place : m_connections.places()) {
                if (!scanLabels(place, prefixed) || !scanSynonyms(place, prefixed))
                    return failure();
            }
            if (!settleCase(prefixed))
                return failure();
            sortByRank(prefixed);
            if (!takeInRankOrder(prefixed, false))
                return failure();
        }
        std::vector<Candidate> worded;
        bool wordedScanned = false;
        auto scanWords = [&] {
            wordedScanned = true;
            for (const Place place : m_connections.places()) {
                if (!scanFullText(place, worded))
                    return false;
            }
            sortByRank(worded);
            return true;
        };
        // Text that named a term by its id is no words to look for.
        const bool wordsAllowed = !m_fullTextMatch.isEmpty() && !m_namedById;
        if (m_results.size() < m_query.limit && wordsAllowed) {
            if (!scanWords() || !takeInRankOrder(worded, false))
                return failure();
        }
        if (m_query.includeObsolete && m_results.size() < m_query.limit) {
            if (!takeInRankOrder(prefixed, true))
                return failure();
            if (m_results.size() < m_query.limit && wordsAllowed) {
                if ((!wordedScanned && !scanWords()) || !takeInRankOrder(worded, true))
                    return failure();
            }
        }
        return m_results;
    }

private:
    Result<QList<OntologyTerm>> failure() const { return Result<QList<OntologyTerm>>::failure(m_error); }
    bool failAt(Place place)
    {
        m_error = m_paths.readError(*m_connections.db(place), place);
        return false;
    }

    qint64 scanLimit() const { return m_query.branch ? MaxFilteredScanRows : qint64(m_query.limit) * 2 + 8; }

    void bindFilters(SqliteQuery &query, int obsoleteIndex, int ontologiesIndex) const
    {
        query.bind(obsoleteIndex, qint64(m_query.includeObsolete ? 1 : 0));
        if (m_restricted)
            query.bind(ontologiesIndex, m_ontologiesJson);
        else
            query.bindNull(ontologiesIndex);
    }

    bool inBranchRow(Place place, qint64 row) const
    {
        // The user store's rows are checked by IRI when they are emitted.
        return !m_query.branch || place == Place::User || m_query.branch->installedRows.contains(row);
    }

    // Labels that start with the query, from the index on label_key alone.
    bool scanLabels(Place place, std::vector<Candidate> &candidates)
    {
        // Without a branch, SQLite keeps the best few (a top-N sort in the
        // rank order below). In a branch every row of the range is needed, as
        // the branch filter comes after; they are sorted here instead.
        static const QByteArray select =
            "SELECT id, length(label_key), label_key = ?1, obsolete, boost, origin FROM term INDEXED BY term_label "
            "WHERE label_key >= ?1 AND label_key < ?2 AND obsolete <= ?3 "
            "AND (?4 IS NULL OR ontology IN (SELECT value FROM json_each(?4)))";
        static const QByteArray best = select + " ORDER BY obsolete, label_key = ?1 DESC, boost DESC, length(label_key), id LIMIT ?5";
        static const QByteArray all = select + " LIMIT ?5";
        return scanPrefixes(place, m_query.branch ? all : best, ExactLabel, LabelPrefix, candidates);
    }

    // Synonyms that start with the query; the synonym index holds the term's
    // ranking fields too, so this reads no table rows. Column 6 is the scope.
    bool scanSynonyms(Place place, std::vector<Candidate> &candidates)
    {
        static const QByteArray select =
            "SELECT term_id, label_length, key = ?1, obsolete, boost, origin, scope FROM synonym INDEXED BY synonym_key "
            "WHERE key >= ?1 AND key < ?2 AND obsolete <= ?3 "
            "AND (?4 IS NULL OR ontology IN (SELECT value FROM json_each(?4)))";
        static const QByteArray best = select + " ORDER BY obsolete, key = ?1 DESC, scope <> 0, boost DESC, label_length, term_id LIMIT ?5";
        static const QByteArray all = select + " LIMIT ?5";
        return scanPrefixes(place, m_query.branch ? all : best, ExactSynonym, SynonymPrefix, candidates);
    }

    // One prefix range scan: the statement selects row, length, exact?,
    // obsolete, boost, origin and, for synonyms, their scope as a 7th column.
    bool scanPrefixes(Place place, const QByteArray &sql, Category exact, Category prefix, std::vector<Candidate> &candidates)
    {
        SqliteQuery scan(*m_connections.db(place), sql);
        scan.bind(1, m_query.key).bind(2, m_query.upperBound);
        bindFilters(scan, 3, 4);
        scan.bind(5, scanLimit());
        const bool withScope = exact == ExactSynonym;
        while (scan.next()) {
            Candidate candidate;
            candidate.place = place;
            candidate.row = scan.integer(0);
            if (!inBranchRow(place, candidate.row))
                continue;
            candidate.length = scan.integer(1);
            candidate.category = scan.integer(2) ? exact : prefix;
            candidate.obsolete = int(scan.integer(3));
            candidate.boost = scan.integer(4);
            candidate.origin = scan.integer(5);
            if (withScope)
                candidate.scopePenalty = scan.integer(6) == int(TermEntry::Scope::Exact) ? 0 : 1;
            candidates.push_back(candidate);
        }
        return !scan.failed() || failAt(place);
    }

    // Among exact matches, the one typed in the same case first: "um" is the
    // micrometre's synonym "um" before the micromolar's "uM".
    bool settleCase(std::vector<Candidate> &candidates)
    {
        for (Candidate &candidate : candidates) {
            if (candidate.category != ExactLabel && candidate.category != ExactSynonym)
                continue;
            SqliteDatabase &db = *m_connections.db(candidate.place);
            if (candidate.category == ExactLabel) {
                SqliteQuery label(db, "SELECT label FROM term WHERE id = ?1");
                label.bind(1, candidate.row);
                candidate.caseMismatch = label.next() && label.text(0) == m_query.text ? 0 : 1;
                if (label.failed())
                    return failAt(candidate.place);
            } else {
                SqliteQuery synonym(db, "SELECT 1 FROM synonym WHERE term_id = ?1 AND key = ?2 AND text = ?3");
                synonym.bind(1, candidate.row).bind(2, m_query.key).bind(3, m_query.text);
                candidate.caseMismatch = synonym.next() ? 0 : 1;
                if (synonym.failed())
                    return failAt(candidate.place);
            }
        }
        return true;
    }

    // The FTS5 query: every word of the text as a token prefix of the label
    // or synonyms, and the filters as FTS5 columns, so that FTS5 applies them
    // while it walks its lists instead of this code reading rows it drops.
    QString fullTextExpression(const QStringList &ontologies) const
    {
        if (m_query.words.isEmpty())
            return {};
        QStringList words;
        for (const QString &word : m_query.words)
            words.append(u'"' + word + u"\"*"_s); // letters and digits only: nothing to escape
        QString expression = u"{label synonyms} : ("_s + words.join(u" AND "_s) + u')';
        // The ontology filter costs FTS5 a walk over the ontology's list of
        // terms (0.3 ms for NCBITaxon), far less than reading the rows of the
        // other ontologies to drop them. Obsolete terms are few: dropped in
        // scanFullText().
        if (m_restricted) {
            // Ontology ids as phrases ("fbbi"), quotes doubled as FTS5 wants;
            // an id without letters or digits matches no token, so it is left out.
            static const QRegularExpression tokenChar(u"[\\p{L}\\p{N}]"_s);
            QStringList phrases;
            for (const QString &ontology : ontologies) {
                if (ontology.contains(tokenChar))
                    phrases.append(u'"' + QString(ontology).replace(u'"', u"\"\""_s) + u'"');
            }
            if (phrases.isEmpty())
                return {};
            expression += u" AND ontology : ("_s + phrases.join(u" OR "_s) + u')';
        }
        return expression;
    }

    // Every word of the query starts a word of the label or synonyms, ranked
    // here: bm25 over large prefix sets is too slow. FTS5 gives row ids only;
    // the rows that survive the branch filter are read afterwards.
    bool scanFullText(Place place, std::vector<Candidate> &candidates)
    {
        SqliteDatabase &db = *m_connections.db(place);
        QList<qint64> rows;
        {
            SqliteQuery scan(db, "SELECT rowid FROM term_fts WHERE term_fts MATCH ?1 LIMIT ?2");
            scan.bind(1, m_fullTextMatch).bind(2, m_query.branch ? MaxFullTextRowsFiltered : MaxFullTextRows);
            while (scan.next()) {
                const qint64 row = scan.integer(0);
                if (inBranchRow(place, row))
                    rows.append(row);
            }
            if (scan.failed())
                return failAt(place);
        }
        for (const qint64 row : std::as_const(rows)) {
            SqliteQuery term(db, "SELECT label_key, synonym_keys, obsolete, boost, origin FROM term WHERE id = ?1");
            term.bind(1, row);
            if (!term.next()) {
                if (term.failed())
                    return failAt(place);
                continue;
            }
            if (term.integer(2) != 0 && !m_query.includeObsolete)
                continue;
            Candidate candidate;
            candidate.place = place;
            candidate.row = row;
            const QString labelKey = term.text(0);
            const Match match = classify(labelKey, splitLines(term.text(1)), m_query);
            // FTS5 found it, so it matches even where the word rules differ in a detail.
            candidate.category = match.category == NoMatch ? SpreadWords : match.category;
            candidate.length = labelKey.size();
            candidate.obsolete = int(term.integer(2));
            candidate.boost = term.integer(3);
            candidate.origin = term.integer(4);
            candidates.push_back(candidate);
        }
        return true;
    }

    // The term an id in the query names comes first.
    bool findId()
    {
        const Result<std::optional<Found>> found = findById(m_paths, m_connections, m_query.text);
        if (!found) {
            m_error = found.error();
            return false;
        }
        if (!found->has_value())
            return true;
        const Found &named = **found;
        std::optional<TermRow> row = loadRow(*m_connections.db(named.place), named.place, named.row);
        if (!row)
            return true;
        // An obsolete term named by its id is shown (marked obsolete, with its
        // replacement): the person asked for exactly that term.
        if (!passesFilters(*row, /*obsoleteAllowed*/ true))
            return true;
        m_namedById = true;
        m_emittedIris.insert(row->iri);
        m_results.append(toOntologyTerm(*row));
        return true;
    }

    bool passesFilters(const TermRow &row, bool obsoleteAllowed) const
    {
        if (row.obsolete && !obsoleteAllowed)
            return false;
        if (m_restricted && !m_ontologies.contains(row.ontology))
            return false;
        if (m_query.branch) {
            if (row.place == Place::Installed ? !m_query.branch->installedRows.contains(row.row) : !m_query.branch->iris.contains(row.iri))
                return false;
        }
        return true;
    }

    // The copy shown for a candidate's IRI: a pack's, else the installed one,
    // else the cache's. False only when a store could not be read.
    bool chooseRepresentative(TermRow &row)
    {
        if (row.place == Place::User && row.origin > 0)
            return true;
        auto replaceWith = [&row](SqliteDatabase &db, Place place, SqliteQuery &query) {
            const qint64 other = query.integer(0);
            if (std::optional<TermRow> copy = loadRow(db, place, other))
                row = std::move(*copy);
        };
        if (m_connections.user) {
            SqliteQuery pack(*m_connections.user, "SELECT id FROM term WHERE iri = ?1 AND origin > 0 ORDER BY origin DESC LIMIT 1");
            pack.bind(1, row.iri);
            if (pack.next()) {
                replaceWith(*m_connections.user, Place::User, pack);
                return true;
            }
            if (pack.failed())
                return failAt(Place::User);
        }
        if (row.place == Place::User && m_connections.installed) {
            SqliteQuery installed(*m_connections.installed, "SELECT id FROM term WHERE iri = ?1");
            installed.bind(1, row.iri);
            if (installed.next()) {
                replaceWith(*m_connections.installed, Place::Installed, installed);
                return true;
            }
            if (installed.failed())
                return failAt(Place::Installed);
        }
        return true;
    }

    static void sortByRank(std::vector<Candidate> &candidates)
    {
        std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.rank() < b.rank(); });
    }

    // Turns candidates into results, best first, one per IRI, until the
    // limit; `obsolete` chooses the live or the obsolete ones.
    bool takeInRankOrder(const std::vector<Candidate> &candidates, bool obsolete)
    {
        for (const Candidate &candidate : candidates) {
            if (m_results.size() >= m_query.limit)
                break;
            if ((candidate.obsolete != 0) != obsolete)
                continue;
            const QPair<int, qint64> key{int(candidate.place), candidate.row};
            if (m_visitedRows.contains(key))
                continue;
            m_visitedRows.insert(key);
            std::optional<TermRow> row = loadRow(*m_connections.db(candidate.place), candidate.place, candidate.row);
            if (!row)
                continue;
            if (m_emittedIris.contains(row->iri))
                continue;
            m_emittedIris.insert(row->iri);
            TermRow &shown = *row;
            if (!chooseRepresentative(shown))
                return false;
            if (!passesFilters(shown, m_query.includeObsolete))
                continue;
            OntologyTerm term = toOntologyTerm(shown);
            const Match match = classify(shown.labelKey, shown.synonymKeys, m_query);
            if (match.synonym >= 0 && match.synonym < shown.synonyms.size())
                term.matchedSynonym = shown.synonyms.at(match.synonym);
            m_results.append(std::move(term));
        }
        return true;
    }

    const StorePaths &m_paths;
    Connections &m_connections;
    const Request &m_query;
    bool m_restricted = false; // by ontology or branch
    QSet<QString> m_ontologies;
    QString m_ontologiesJson;
    QString m_fullTextMatch;
    bool m_namedById = false;
    QList<OntologyTerm> m_results;
    QSet<QString> m_emittedIris;
    QSet<QPair<int, qint64>> m_visitedRows;
    QString m_error;
};

// The children of an IRI in one place: the rows whose parent it is.
bool collectChildren(SqliteDatabase &db, Place place, const QString &iri, Branch &branch, QStringList &next)
{
    SqliteQuery children(db, "SELECT t.id, t.iri, t.ontology FROM parent p JOIN term t ON t.id = p.term_id WHERE p.parent_iri = ?1");
    children.bind(1, iri);
    while (children.next()) {
        if (place == Place::Installed)
            branch.installedRows.insert(children.integer(0));
        branch.ontologies.insert(children.text(2));
        const QString child = children.text(1);
        if (!branch.iris.contains(child)) {
            branch.iris.insert(child);
            next.append(child);
        }
    }
    return !children.failed();
}

} // namespace

Connections::~Connections() = default;

QList<Place> Connections::places() const
{
    QList<Place> result;
    if (installed)
        result.append(Place::Installed);
    if (user)
        result.append(Place::User);
    return result;
}

QString StorePaths::readError(const SqliteDatabase &db, Place place) const
{
    if (place == Place::Installed)
        return TermIndex::tr("%1: the installed term index cannot be read (%2). Reinstall Metafill.").arg(installed, db.lastError());
    return TermIndex::tr("%1: your term store cannot be read or changed (%2). If this repeats, delete the file to start a new one; "
                         "the cached terms and imported term packs in it are then lost.")
        .arg(user, db.lastError());
}

Request Request::from(const TermQuery &query, const QString &text, int maxLimit)
{
    Request request;
    request.text = text;
    request.key = TermText::fold(text);
    request.upperBound = TermText::prefixUpperBound(request.key);
    request.words = TermText::words(request.key).mid(0, MaxQueryWords);
    request.includeObsolete = query.includeObsolete;
    request.limit = std::clamp(query.limit, 1, maxLimit);
    for (const QString &ontology : query.ontologies) {
        const QString id = ontology.trimmed().toLower();
        if (!id.isEmpty())
            request.ontologies.insert(id);
    }
    return request;
}

Result<QList<OntologyTerm>> search(const StorePaths &paths, Connections &connections, const Request &request)
{
    Searcher searcher(paths, connections, request);
    return searcher.run();
}

Result<std::optional<OntologyTerm>> lookup(const StorePaths &paths, Connections &connections, const QString &id)
{
    using Answer = Result<std::optional<OntologyTerm>>;
    const Result<std::optional<Found>> found = findById(paths, connections, id);
    if (!found)
        return Answer::failure(found.error());
    if (!found->has_value())
        return std::optional<OntologyTerm>();
    const Found &named = **found;
    const std::optional<TermRow> row = loadRow(*connections.db(named.place), named.place, named.row);
    if (!row)
        return std::optional<OntologyTerm>();
    return std::optional<OntologyTerm>(toOntologyTerm(*row));
}

Result<QString> iriOf(const StorePaths &paths, Connections &connections, const QString &id)
{
    const Result<std::optional<Found>> found = findById(paths, connections, id);
    if (!found)
        return Result<QString>::failure(found.error());
    if (found->has_value()) {
        const Found &named = **found;
        SqliteQuery query(*connections.db(named.place), "SELECT iri FROM term WHERE id = ?1");
        query.bind(1, named.row);
        if (query.next())
            return query.text(0);
    }
    const QString trimmed = id.trimmed();
    if (TermIds::looksLikeIri(trimmed))
        return trimmed;
    if (TermIds::looksLikeCurie(trimmed))
        return TermIds::iriFromCurie(trimmed);
    return QString();
}

Result<std::shared_ptr<const Branch>> branchBelow(const StorePaths &paths, Connections &connections, const QStringList &rootIris,
                                                  int maxDepth)
{
    using Answer = Result<std::shared_ptr<const Branch>>;
    auto branch = std::make_shared<Branch>();
    QStringList frontier = rootIris;
    for (const QString &iri : rootIris) {
        branch->iris.insert(iri);
        for (const Place place : connections.places()) {
            SqliteQuery root(*connections.db(place), "SELECT id, ontology FROM term WHERE iri = ?1");
            root.bind(1, iri);
            while (root.next()) {
                if (place == Place::Installed)
                    branch->installedRows.insert(root.integer(0));
                branch->ontologies.insert(root.text(1));
            }
            if (root.failed())
                return Answer::failure(paths.readError(*connections.db(place), place));
        }
    }
    for (int depth = 0; depth < maxDepth && !frontier.isEmpty() && branch->iris.size() < MaxBranchTerms; ++depth) {
        QStringList next;
        for (const QString &iri : std::as_const(frontier)) {
            for (const Place place : connections.places()) {
                if (!collectChildren(*connections.db(place), place, iri, *branch, next))
                    return Answer::failure(paths.readError(*connections.db(place), place));
            }
            if (branch->iris.size() >= MaxBranchTerms)
                break;
        }
        frontier = std::move(next);
    }
    return std::shared_ptr<const Branch>(std::move(branch));
}

Result<bool> isBelow(const StorePaths &paths, Connections &connections, const QString &iri, const QSet<QString> &rootIris, int maxDepth)
{
    if (iri.isEmpty() || rootIris.isEmpty())
        return false;
    if (rootIris.contains(iri))
        return true;
    QSet<QString> visited{iri};
    QStringList frontier{iri};
    for (int depth = 0; depth < maxDepth && !frontier.isEmpty(); ++depth) {
        QStringList next;
        for (const QString &child : std::as_const(frontier)) {
            for (const Place place : connections.places()) {
                SqliteQuery parents(*connections.db(place),
                                    "SELECT p.parent_iri FROM term t JOIN parent p ON p.term_id = t.id WHERE t.iri = ?1");
                parents.bind(1, child);
                while (parents.next()) {
                    const QString parent = parents.text(0);
                    if (rootIris.contains(parent))
                        return true;
                    if (!visited.contains(parent) && visited.size() < MaxAncestryNodes) {
                        visited.insert(parent);
                        next.append(parent);
                    }
                }
                if (parents.failed())
                    return Result<bool>::failure(paths.readError(*connections.db(place), place));
            }
        }
        frontier = std::move(next);
    }
    return false;
}

} // namespace TermSearch
} // namespace metafill
