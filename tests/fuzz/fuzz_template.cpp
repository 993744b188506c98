// libFuzzer entry point for the template loader: YAML parsing, the template
// language, `extends` resolution and the checks, on templates from other
// institutions. The input is an extending template and, after the first NUL
// byte, the template it may extend; both are written into one folder so that
// the loader finds the base (or a cycle) exactly as it does on disk.
// Seeds: tests/data/fuzz/template (made from tests/data/templates and the
// built-in templates).
#include "FuzzInput.h"
#include "omero/KeyValueBuilder.h"
#include "omero/KeyValueImporter.h"
#include "record/RecordEditor.h"
#include "record/RecordValidator.h"
#include "template/TemplateLoader.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace metafill;

namespace {

void writeFile(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes.data(), bytes.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir root;
    if (!root.isValid())
        return 0;
    const QByteArrayView input = FuzzInput::view(data, size);
    const qsizetype split = input.indexOf('\0');
    const QByteArray extending = (split < 0 ? input : input.first(split)).toByteArray();
    const QString extendingPath = root.filePath(u"extending.yaml"_s);
    const QString basePath = root.filePath(u"base.yaml"_s);
    QFile::remove(basePath);
    if (split >= 0)
        writeFile(basePath, input.sliced(split + 1));
    writeFile(extendingPath, extending);

    // A fresh loader per input: it caches what it scanned.
    TemplateLoader loader(QStringList{});
    const TemplateLoader::Outcome outcome = loader.loadData(extending, extendingPath);
    if (outcome.result.has_value() == outcome.diagnostics.hasErrors())
        __builtin_trap(); // a template, or errors that say why not: never both, never neither
    if (!outcome.result)
        return 0;

    // What the rest of Metafill does with a template before anyone types:
    // the OMERO header built, the import keys compiled, and every preset
    // applied to an empty record (the loader checked them: they must apply).
    const Template &t = *outcome.result;
    (void)RecordValidator::validate(t, ValueMap{});
    (void)KeyValueBuilder::build(t, ValueMap{});
    const KeyValueImporter importer(t);
    for (const PresetSpec &preset : t.presets) {
        ValueMap values;
        if (!RecordEditor(t, values).applyPreset(preset.key))
            __builtin_trap();
        (void)RecordValidator::validate(t, values);
        (void)KeyValueBuilder::build(t, values);
    }
    return 0;
}
