// libFuzzer entry point for the record loader: a *.metafill.json file as
// someone else saved it (or a damaged one), read, bound to its template,
// validated and exported as OMERO's CSV. Records are bound to the template
// tests/data/templates/valid/all-types.yaml, which has a field of every type.
// Seeds: tests/data/fuzz/record.
//
// Checked beyond "no crash": a record that was read once is written and read
// back without change, since saving a record must not lose what it holds.
#include "FuzzInput.h"
#include "TestPaths.h"
#include "omero/ExportRows.h"
#include "omero/OmeroCsvExporter.h"
#include "record/RecordBinder.h"
#include "record/RecordFile.h"
#include "record/RecordValidator.h"
#include "template/TemplateLoader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace metafill;

namespace {

const Template &recordTemplate()
{
    static const Template t = [] {
        TemplateLoader loader(QStringList{});
        auto outcome = loader.load(TestPaths::data(u"templates/valid/all-types.yaml"_s));
        if (!outcome.result) {
            std::fputs("fuzz_record: cannot load the template all-types.yaml\n", stderr);
            std::abort();
        }
        return *outcome.result;
    }();
    return t;
}

void exportAsOmeroCsv(const Template &t, const Record &record)
{
    QList<ImageFile> images;
    for (const ImageEntry &entry : record.images)
        images.append(ImageFile{entry.file, entry.name, u"dataset"_s});
    if (images.isEmpty())
        images.append(ImageFile{u"/data/a.tif"_s, u"a.tif"_s, u"data"_s});
    for (const auto level : {OmeroOptions::Level::Image, OmeroOptions::Level::Dataset}) {
        QStringList warnings;
        const QList<AnnotatedObject> objects = ExportRows::build(t, record, images, level, QString(), &warnings);
        const OmeroCsvExporter::Options options;
        const auto table = OmeroCsvExporter::layout(objects, options, &warnings);
        if (table)
            (void)OmeroCsvExporter::encode(*table, options);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Template &t = recordTemplate();
    const QByteArray input = FuzzInput::bytes(data, size);
    auto parsed = RecordFile::parse(input);
    if (!parsed)
        return 0;
    RawRecord raw = std::move(parsed).value();
    // A record of another template is refused by the binder; bind it as one
    // of this template too, so its values always reach the binder's checks.
    RecordBinder::Outcome bound = RecordBinder::bind(raw, t, u"fuzz.metafill.json"_s);
    if (!bound.record) {
        raw.templateRef.id = t.id;
        bound = RecordBinder::bind(raw, t, u"fuzz.metafill.json"_s);
        if (!bound.record)
            return 0;
    }
    const Record &record = *bound.record;
    for (int image = -1; image < record.images.size(); ++image)
        (void)RecordValidator::validate(t, record.effectiveValues(image));
    exportAsOmeroCsv(t, record);

    // Saved and opened again, the record is the same record.
    const QByteArray saved = RecordFile::serialize(record, t);
    auto reread = RecordFile::parse(saved);
    if (!reread)
        __builtin_trap();
    const RecordBinder::Outcome again = RecordBinder::bind(*reread, t, u"saved.metafill.json"_s);
    if (!again.record || again.migrated || RecordFile::serialize(*again.record, t) != saved)
        __builtin_trap();
    return 0;
}
