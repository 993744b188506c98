#pragma once

#include "OntologyTerm.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace metafill {

// Terms read from one answer of an Ontology Lookup Service.
struct OlsPage
{
    QList<OntologyTerm> terms; // one per IRI, in the service's order
    qint64 totalHits = -1;     // numFound / totalElements as the service reports it; -1: not said
    bool cut = false;          // a bound below was reached: some results, synonyms or text are missing
};

// Reads the JSON answers of OLS4 (v1, and v2 defensively) into OntologyTerm.
// The answer comes from the network and is treated as hostile: the parser
// never throws, refuses documents nested deeper or holding more values than
// any real answer, and bounds what it keeps. Anything it cannot use is left
// out rather than guessed.
//
// Shapes understood:
//   /api/select, /api/search   {"response":{"numFound","docs":[…]}, "highlighting":{id:{…}}}
//   a term                     {"iri","label","obo_id","synonyms",…,"is_obsolete"}
//   a HAL page of terms        {"_embedded":{"terms":[…]},"page":{"totalElements"}}
//   a v2 page                  {"elements":[…],"totalElements"}; label/synonym arrays,
//                              booleans possibly as the strings "true"/"false"
// A term appears once per IRI: when several ontologies import the same term,
// the one from the defining ontology is kept (is_defining_ontology; failing
// that, the ontology the CURIE's prefix names), at the place of the first.
class OlsResponse
{
    Q_DECLARE_TR_FUNCTIONS(OlsResponse)

public:
    static constexpr int MaxTerms = 1'000;
    static constexpr int MaxSynonyms = 200;       // per term
    static constexpr qsizetype MaxTextBytes = 64 * 1024; // per string, in UTF-8; longer ones are cut
    static constexpr qsizetype MaxDocumentBytes = 16 * 1024 * 1024; // the client's own cap is lower

    // Any of the shapes above. The error is a phrase for the client's message
    // ("is not valid JSON", …), without the service's address.
    static Result<OlsPage> parse(QByteArrayView body);

    // The message of an error document — OLS4 {"status","message"} or the
    // Spring default {"timestamp","status","error","message","path"} — cut to
    // one short line; empty when the body is no such document.
    static QString errorMessage(QByteArrayView body);

    // Labels such as "obsolete confocal microscopy" or "OBSOLETE: …": some
    // ontologies mark obsolete terms only in the label (ORDO, older files).
    static bool isObsoleteLabel(const QString &label);

    // Client-side touches the service does not do itself:
    // the synonym a text matched when it did not match the label …
    static void noteMatchedSynonyms(QList<OntologyTerm> &terms, const QString &text);
    // … and exact label matches first, then exact synonym matches, then an
    // exact id; otherwise the service's order is kept (a stable partition).
    static void promoteExactMatches(QList<OntologyTerm> &terms, const QString &text);
};

} // namespace metafill
