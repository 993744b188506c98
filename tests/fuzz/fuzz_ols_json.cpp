// libFuzzer entry point for what Metafill does with an answer of an Ontology
// Lookup Service: the JSON parser and the client-side ranking over its terms.
// The input is a response body; seeds are synthetic bodies of every shape in
// tests/data/fuzz/ols-json.
#include "FuzzInput.h"
#include "OlsResponse.h"
#include "record/TermIds.h"

#include <QByteArrayView>
#include <QSet>
#include <QString>

#include <cstddef>
#include <cstdint>

using metafill::OlsResponse;
using metafill::OntologyTerm;

namespace {

bool hasControlCharacters(const QString &text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = FuzzInput::view(data, size);
    (void)OlsResponse::errorMessage(input);
    auto page = OlsResponse::parse(input);
    if (!page)
        return 0;

    // What the parser promises about every term it lets through.
    QList<OntologyTerm> terms = page->terms;
    if (terms.size() > OlsResponse::MaxTerms)
        __builtin_trap();
    QSet<QString> iris;
    for (const OntologyTerm &term : terms) {
        if (!metafill::TermIds::looksLikeIri(term.iri) || iris.contains(term.iri))
            __builtin_trap(); // one term per IRI, and a real IRI
        iris.insert(term.iri);
        if (term.synonyms.size() > OlsResponse::MaxSynonyms || term.source != OntologyTerm::Source::Ols)
            __builtin_trap();
        if (hasControlCharacters(term.label) || hasControlCharacters(term.curie) || hasControlCharacters(term.ontology))
            __builtin_trap();
        if (term.label.toUtf8().size() > OlsResponse::MaxTextBytes || term.ontology != term.ontology.toLower())
            __builtin_trap();
        if (!term.curie.isEmpty() && !metafill::TermIds::looksLikeCurie(term.curie))
            __builtin_trap();
    }

    // The client's own touches, with a text taken from the answer.
    const QString text = terms.isEmpty() ? QStringLiteral("confocal") : terms.first().label.left(20);
    OlsResponse::noteMatchedSynonyms(terms, text);
    OlsResponse::promoteExactMatches(terms, text);
    if (terms.size() != page->terms.size())
        __builtin_trap();
    return 0;
}
