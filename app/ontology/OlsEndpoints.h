#pragma once

#include "OntologyTerm.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace metafill {

// The requests Metafill sends to OLS4, as the part of the URL after the base
// ("/api/select?q=…"). Facts behind the choices (shared/reference/ols.md):
// - /api/select for type-ahead (its ranking is tuned for prefixes and it
//   returns highlighting), /api/search for full and exact search.
// - Branch roots go as allChildrenOf=<IRI> (is_a and part_of-like relations),
//   one parameter per root; ontologies as one comma list.
// - obsoletes is never sent: in OLS4 obsoletes=true returns ONLY obsolete
//   terms, and the default (false) is what a picker wants.
// - Without an ontology restriction, local=true keeps each term's defining
//   ontology only, so that the rows are not used up by imported copies.
// - type=class keeps ontologies and properties out of the answers.
// - A term by CURIE: /api/ontologies/{onto}/terms?obo_id=…, no double encoding.
//   By IRI: /api/ontologies/{onto}/terms/{IRI percent-encoded twice}, the form
//   OLS4's own API tests use (?iri= on /api/terms returns unrelated terms
//   for an unknown IRI, EBISPOT/ols4#435).
class OlsEndpoints
{
    Q_DECLARE_TR_FUNCTIONS(OlsEndpoints)

public:
    static constexpr int MaxRows = 500;

    // Fields asked of /api/select and /api/search beyond their defaults:
    // synonyms and the defining-ontology flag. OLS4 offers no obsolete flag
    // there (it filters obsolete terms out instead).
    static const char *selectFields();
    static const char *searchFields();

    static Result<QByteArray> select(const TermQuery &query);
    // exact=true is case-sensitive since OLS's 2026 migration (EBISPOT/ols4#1309);
    // the client follows an empty exact search with a plain one and compares itself.
    static Result<QByteArray> search(const TermQuery &query, bool exact);
    // `id`: a CURIE ("FBbi:00000246"), an IRI, or a short form ("FBbi_00000246").
    // `ontology`: the OLS id to ask; empty: the one the id's prefix names.
    static Result<QByteArray> term(const QString &id, const QString &ontology = {});

    // Percent-encodes everything but the unreserved characters of RFC 3986.
    static QByteArray encode(const QString &value);
};

} // namespace metafill
