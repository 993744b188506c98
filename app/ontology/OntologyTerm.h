#pragma once

#include "record/Value.h"

#include <QString>
#include <QStringList>

namespace metafill {

// One ontology term as the term services return it: from the offline index or
// from the Ontology Lookup Service. A record stores only the identity and the
// label (core's Term); the rest is for choosing.
struct OntologyTerm
{
    enum class Source { Offline, Ols };

    QString label;
    QString curie;    // "FBbi:00000246"; empty for a term without an OBO-style id
    QString iri;      // "http://purl.obolibrary.org/obo/FBbi_00000246"
    QString ontology; // OLS ontology id, lower case: "fbbi", "ncbitaxon"
    QStringList synonyms;
    QString definition;
    bool obsolete = false;
    QString replacedBy;     // the CURIE or IRI that replaces an obsolete term, if the ontology says
    QString matchedSynonym; // the synonym the query matched, when it matched a synonym and not the label
    Source source = Source::Offline;

    Term toTerm() const { return Term{label, curie, iri, ontology}; }
    // "ols" or "offline", as `terms search --json` writes it.
    QString sourceName() const;
};

// What to look for. Both the index and the OLS client take the same query.
struct TermQuery
{
    QString text;           // words, a prefix being typed, or an id (CURIE, IRI, short form "FBbi_00000246")
    QStringList ontologies; // OLS ids; empty: every ontology
    QStringList roots;      // CURIEs of branch roots; a hit is one of them or lies below one (is_a or part_of)
    int limit = 10;
    bool includeObsolete = false;
};

} // namespace metafill
