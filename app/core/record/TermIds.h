#pragma once

#include <QString>

namespace metafill {

// Conversions between the spellings of an ontology term's identity: CURIE
// ("FBbi:00000251"), IRI ("http://purl.obolibrary.org/obo/FBbi_00000251") and
// OLS ontology id ("fbbi").
namespace TermIds {

bool looksLikeCurie(const QString &text);
bool looksLikeIri(const QString &text);
// The IRI of a CURIE; OBO Foundry ontologies share one scheme, a few others
// (EFO, EDAM) have their own.
QString iriFromCurie(const QString &curie);
// The CURIE of an IRI, or empty if the IRI follows no known scheme.
QString curieFromIri(const QString &iri);
// "FBbi:00000251" -> "fbbi"
QString ontologyFromCurie(const QString &curie);
// "FBbi:00000251" -> "FBbi", the "term source REF" of ISA-Tab and OMERO key-value layouts.
QString prefixOf(const QString &curie);

} // namespace TermIds
} // namespace metafill
