#pragma once

#include "OntologyTerm.h"
#include "util/Result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace metafill {

class SqliteDatabase;

// The reading side of TermIndex: search, lookup by id and branches, over one
// connection to each file. TermIndex lends the connections and keeps the
// branch sets; nothing else should include this header.
namespace TermSearch {

enum class Place { Installed, User };

struct Connections
{
    std::unique_ptr<SqliteDatabase> installed;
    std::unique_ptr<SqliteDatabase> user;

    ~Connections();
    SqliteDatabase *db(Place place) const { return place == Place::Installed ? installed.get() : user.get(); }
    QList<Place> places() const;
};

// The two files, for messages.
struct StorePaths
{
    QString installed;
    QString user;

    QString readError(const SqliteDatabase &db, Place place) const;
};

// The terms of a branch: the roots and everything below them. Rows of the
// installed index by row id (its scans are large); the user store's rows are
// checked by IRI (it is small, and a cached copy of a term has no parents of
// its own).
struct Branch
{
    QSet<QString> iris;
    QSet<qint64> installedRows;
    // The ontologies of its terms: a search in the branch looks in these only.
    QSet<QString> ontologies;
};

// A TermQuery made ready for the scans.
struct Request
{
    QString text; // as typed, trimmed
    QString key;  // TermText::fold
    QString upperBound;
    QStringList words;
    bool includeObsolete = false;
    QSet<QString> ontologies; // lower case; empty: every ontology
    std::shared_ptr<const Branch> branch;
    int limit = 10;

    // `text` is query.text trimmed; the caller has checked its length.
    static Request from(const TermQuery &query, const QString &text, int maxLimit);
};

Result<QList<OntologyTerm>> search(const StorePaths &paths, Connections &connections, const Request &request);

// The copy of a term shown for an id (pack, then installed, then cache).
Result<std::optional<OntologyTerm>> lookup(const StorePaths &paths, Connections &connections, const QString &id);

// The IRI an id stands for: the stored term's when a place has it, else what
// the id spells (a root need not be stored for its descendants to be); empty
// when the text is no id.
Result<QString> iriOf(const StorePaths &paths, Connections &connections, const QString &id);

// The roots (IRIs) and everything below them through is_a and part_of, in
// every place; breadth first, each IRI once (cycles end), at most `maxDepth`
// links down.
Result<std::shared_ptr<const Branch>> branchBelow(const StorePaths &paths, Connections &connections, const QStringList &rootIris,
                                                  int maxDepth);

// Whether `iri` is one of the roots or lies below one; upwards, breadth
// first, each IRI once, at most `maxDepth` links up.
Result<bool> isBelow(const StorePaths &paths, Connections &connections, const QString &iri, const QSet<QString> &rootIris, int maxDepth);

} // namespace TermSearch
} // namespace metafill
