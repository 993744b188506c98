// libFuzzer entry point for the JSON term reader of the offline term index
// (OLS term, page, search and select answers imported as term packs; the
// FBbi index file; cellxgene ontology assets). Seeds: tests/data/ontology/*.json.
#include "FuzzInput.h"
#include "TermJsonReader.h"
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
    const auto file = TermJsonReader::parse(input, QStringLiteral("fuzz.json"), limits);
    if (!file)
        return 0;
    for (const TermEntry &term : file->terms) {
        if (term.iri.isEmpty() || term.label.isEmpty() || term.label.size() > limits.maxLabelLength ||
            term.synonyms.size() > limits.maxSynonymsPerTerm || term.parents.size() > limits.maxParentsPerTerm ||
            term.definition.size() > limits.maxDefinitionLength || term.label.contains(u'\n'))
            __builtin_trap();
        for (const TermEntry::Synonym &synonym : term.synonyms) {
            if (synonym.text.isEmpty() || synonym.text.contains(u'\n'))
                __builtin_trap();
        }
        (void)TermText::words(TermText::fold(term.label));
    }
    if (file->terms.size() > limits.maxTerms)
        __builtin_trap();
    return 0;
}
