// libFuzzer entry point for the OBO reader of the offline term index: the
// term packs a facility imports and the ontology sources of the build.
// Seeds: tests/data/ontology/*.obo.
#include "FuzzInput.h"
#include "OboReader.h"
#include "TermText.h"

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace metafill;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    TermReadLimits limits;
    limits.maxTerms = 2000;
    const QByteArrayView input = FuzzInput::view(data, size);
    const auto file = OboReader::parse(input, QStringLiteral("fuzz.obo"), limits);
    if (!file)
        return 0;
    // What the index relies on: every term has an IRI and a name within the
    // bounds, and no list outgrows its limit.
    for (const TermEntry &term : file->terms) {
        if (term.iri.isEmpty() || term.label.isEmpty() || term.label.size() > limits.maxLabelLength ||
            term.synonyms.size() > limits.maxSynonymsPerTerm || term.parents.size() > limits.maxParentsPerTerm ||
            term.altIds.size() > limits.maxAltIdsPerTerm || term.definition.size() > limits.maxDefinitionLength ||
            term.label.contains(u'\n'))
            __builtin_trap();
        (void)TermText::words(TermText::fold(term.label));
    }
    if (file->terms.size() > limits.maxTerms)
        __builtin_trap();
    return 0;
}
