// libFuzzer entry point for `metafill-cli import`: a CSV exported from OMERO
// (Export_to_csv.py) or written for its import scripts, read as objects with
// key-value pairs and mapped back onto the fields of a template — instance key
// patterns, repeated keys, term label/accession/source columns. The template
// is tests/data/templates/valid/all-types.yaml (a field of every type, a
// repeating channel section). Seeds: tests/data/csv, tests/data/expected,
// tests/data/fuzz/csv.
//
// Checked beyond "no crash": the imported record can be saved and opened
// again unchanged.
#include "FuzzInput.h"
#include "TestPaths.h"
#include "omero/KeyValueImporter.h"
#include "omero/OmeroExportReader.h"
#include "record/RecordBinder.h"
#include "record/RecordFile.h"
#include "template/TemplateLoader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace metafill;

namespace {

const Template &importTemplate()
{
    static const Template t = [] {
        TemplateLoader loader(QStringList{});
        auto outcome = loader.load(TestPaths::data(u"templates/valid/all-types.yaml"_s));
        if (!outcome.result) {
            std::fputs("fuzz_omero_import: cannot load the template all-types.yaml\n", stderr);
            std::abort();
        }
        return *outcome.result;
    }();
    return t;
}

// Says which property broke before stopping, so that a finding can be read
// without a debugger.
[[noreturn]] void broken(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz_omero_import: %s\n%s\n", what, qPrintable(detail));
    __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Template &t = importTemplate();
    const QByteArray input = FuzzInput::bytes(data, size);
    const auto objects = OmeroExportReader::parse(input);
    if (!objects)
        return 0;
    static const KeyValueImporter importer(t);
    Diagnostics notes;
    const Record record = importer.record(*objects, u"fuzz.csv"_s, notes);

    const QByteArray saved = RecordFile::serialize(record, t);
    const auto reread = RecordFile::parse(saved);
    if (!reread)
        broken("the saved record does not open", reread.error());
    const RecordBinder::Outcome bound = RecordBinder::bind(*reread, t, u"imported.metafill.json"_s);
    if (!bound.record || bound.notes.hasErrors())
        broken("the saved record does not bind to its template", bound.notes.toString());
    if (const QByteArray again = RecordFile::serialize(*bound.record, t); again != saved)
        broken("the record changed on its way through a file", QString::fromUtf8(saved + "\n----\n" + again));
    return 0;
}
