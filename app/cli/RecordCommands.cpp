#include "RecordCommands.h"

#include "AutofillEngine.h"
#include "DiagnosticPrinter.h"
#include "ImageCatalog.h"
#include "MetadataReader.h"
#include "batch/HeaderScanner.h"
#include "images/ImageCollector.h"
#include "omero/ExportRows.h"
#include "omero/KeyValueImporter.h"
#include "omero/OmeroCsvExporter.h"
#include "record/RecordBinder.h"
#include "record/RecordEditor.h"
#include "record/RecordFile.h"
#include "record/RecordValidator.h"
#include "template/TemplateLoader.h"

using namespace Qt::StringLiterals;

namespace metafill::cli {
namespace {

std::optional<Template> loadTemplate(const QCommandLineParser &parser, const QStringList &searchPath, CliIo &io)
{
    const QString name = parser.value(u"template"_s);
    if (name.isEmpty()) {
        io.err << QCoreApplication::translate("RecordCommands", "name the template with --template FILE") << '\n';
        return std::nullopt;
    }
    TemplateLoader loader(searchPath);
    auto outcome = loader.loadByNameOrPath(name);
    printDiagnostics(outcome.diagnostics, io.err);
    return outcome.result;
}

// Reads a record file and binds it to the template, reporting what could not
// be carried over. Returns nothing if the record cannot be used at all.
std::optional<Record> loadRecord(const QString &path, const Template &t, CliIo &io)
{
    const auto raw = RecordFile::read(path);
    if (!raw) {
        io.err << raw.error() << '\n';
        return std::nullopt;
    }
    auto bound = RecordBinder::bind(*raw, t, path);
    printDiagnostics(bound.notes, io.err);
    return bound.record;
}

void printReport(const QString &name, const ValidationReport &report, CliIo &io)
{
    for (const ValidationReport::Problem &p : report.problems) {
        const QString kind = p.isError ? QCoreApplication::translate("Diagnostic", "error") : QCoreApplication::translate("Diagnostic", "warning");
        io.out << name << u": "_s << p.path << u": "_s << kind << u": "_s << p.message << '\n';
    }
    io.out << QCoreApplication::translate("ValidateCommand", "%1: completeness %2% (required %3/%4, recommended %5/%6)%7")
                  .arg(name)
                  .arg(report.completenessPercent())
                  .arg(report.requiredFilled)
                  .arg(report.requiredTotal)
                  .arg(report.recommendedFilled)
                  .arg(report.recommendedTotal)
                  .arg(report.isValid() ? QCoreApplication::translate("ValidateCommand", ", valid")
                                        : QCoreApplication::translate("ValidateCommand", ", INVALID"))
           << '\n';
}

} // namespace

QString ExportCommand::summary() const
{
    return tr("Write the OMERO key-value CSV for image files or folders (searched recursively): one row per image, "
              "or one per dataset. Values come from --record and --set; every --set value is checked against its field.");
}

int ExportCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    addTemplatePathOption(parser);
    parser.addOptions({
        {u"template"_s, tr("The template (file or id)."), tr("FILE")},
        {u"record"_s, tr("A record file with the values shared by all images."), tr("FILE")},
        {u"set"_s, tr("Set a field, e.g. --set study.title=\"Mitosis in HeLa\". Repeat for more fields, or for more values of a field that takes several."), tr("FIELD_PATH=VALUE")},
        {u"format"_s, tr("omero (Import_from_csv.py, default) or omero-legacy (KeyVal_from_csv.py, omero-scripts up to 5.8)."), tr("FORMAT"), u"omero"_s},
        {u"level"_s, tr("image (one row per image) or dataset (one row per folder of images). Default: the template's."), tr("LEVEL")},
        {u"dataset"_s, tr("With --level dataset: put all images in one dataset of this name."), tr("NAME")},
        {u"namespace"_s, tr("Write the pairs into this OMERO namespace (a NAMESPACE row). Default: the template's; none means OMERO's editable client namespace."), tr("NS")},
        {u"delimiter"_s, tr("tab (default; the most robust for OMERO), comma or semicolon."), tr("CHAR"), u"tab"_s},
        {{u"o"_s, u"output"_s}, tr("The CSV file to write. Larger than 1 MiB, it is split into OUT.part1.csv, OUT.part2.csv, …"), tr("OUT")},
        {u"no-autofill"_s, tr("Do not fill fields from the image files' headers.")},
        {u"accept-suggestions"_s, tr("Also fill the fields whose template rule only suggests a header value (policy 'suggest'), where they are empty.")},
    });
    parser.addPositionalArgument(u"PATH"_s, tr("Image files or folders."), u"PATH..."_s);
    if (const int code = parse(parser, arguments, tr("--template FILE [options] -o OUT.csv PATH..."), io); code >= 0)
        return code;

    const QString output = parser.value(u"output"_s);
    if (output.isEmpty() || parser.positionalArguments().isEmpty()) {
        io.err << tr("metafill-cli export: give the output with -o OUT.csv and at least one image file or folder") << '\n';
        return UsageError;
    }
    OmeroCsvExporter::Options options;
    const QString format = parser.value(u"format"_s);
    if (format == u"omero-legacy")
        options.format = OmeroCsvExporter::Format::Legacy;
    else if (format != u"omero") {
        io.err << tr("metafill-cli export: --format must be omero or omero-legacy") << '\n';
        return UsageError;
    }
    const QString delimiter = parser.value(u"delimiter"_s);
    if (delimiter == u"tab")
        options.delimiter = u'\t';
    else if (delimiter == u"comma")
        options.delimiter = u',';
    else if (delimiter == u"semicolon")
        options.delimiter = u';';
    else {
        io.err << tr("metafill-cli export: --delimiter must be tab, comma or semicolon") << '\n';
        return UsageError;
    }

    const auto t = loadTemplate(parser, searchPath(parser), io);
    if (!t)
        return Problems;
    OmeroOptions::Level level = t->omero.level;
    if (parser.isSet(u"level"_s)) {
        const QString l = parser.value(u"level"_s);
        if (l == u"image")
            level = OmeroOptions::Level::Image;
        else if (l == u"dataset")
            level = OmeroOptions::Level::Dataset;
        else {
            io.err << tr("metafill-cli export: --level must be image or dataset") << '\n';
            return UsageError;
        }
    }
    if (level == OmeroOptions::Level::Dataset && options.format == OmeroCsvExporter::Format::Legacy) {
        io.err << tr("metafill-cli export: KeyVal_from_csv.py annotates images, not datasets; use --format omero for --level dataset") << '\n';
        return UsageError;
    }
    options.mapNamespace = parser.isSet(u"namespace"_s) ? parser.value(u"namespace"_s).trimmed() : t->omero.mapNamespace;

    Record record;
    record.templateRef = t->ref();
    if (parser.isSet(u"record"_s)) {
        auto loaded = loadRecord(parser.value(u"record"_s), *t, io);
        if (!loaded)
            return InputError;
        record = std::move(*loaded);
    }
    RecordEditor editor(*t, record.values);
    for (const QString &assignment : parser.values(u"set"_s)) {
        if (const Status s = editor.assign(assignment); !s) {
            io.err << tr("--set %1").arg(s.error()) << '\n';
            return Problems;
        }
    }

    const auto files = ImageCollector::collect(parser.positionalArguments());
    if (!files) {
        io.err << files.error() << '\n';
        return InputError;
    }
    if (files->isEmpty()) {
        io.err << tr("no image files found in: %1").arg(parser.positionalArguments().join(u", "_s)) << '\n';
        return InputError;
    }

    // Every image gets its own row, filled from its own header. A file whose
    // header cannot be read keeps the shared values; it is reported and the
    // batch goes on.
    const bool autofill = !parser.isSet(u"no-autofill"_s);
    const bool acceptSuggestions = parser.isSet(u"accept-suggestions"_s);
    QList<ScannedFile> scanned;
    int unreadable = 0;
    if (autofill) {
        QStringList paths;
        paths.reserve(files->size());
        for (const ImageFile &file : *files)
            paths.append(file.path);
        const MetadataReader reader;
        scanned = HeaderScanner::scan(reader, paths);
        for (const ScannedFile &scan : std::as_const(scanned)) {
            if (!scan.ok()) {
                ++unreadable;
                io.err << tr("error: %1").arg(scan.error) << '\n';
            }
        }
    }
    const QList<CatalogImage> catalog = ImageCatalog::build(*files, scanned);
    QList<ImageFile> images;
    images.reserve(catalog.size());
    int filledValues = 0;
    qsizetype filledImages = 0;
    if (autofill) {
        const AutofillEngine engine(*t);
        printDiagnostics(engine.problems(), io.err);
        const ExportRows::EntryIndex entries(record);
        QList<ImageEntry> filled;
        filled.reserve(catalog.size());
        QMap<QString, int> notes; // the same note for many images is said once, with a count
        for (const CatalogImage &image : catalog) {
            images.append(image.file);
            if (image.imageIndex < 0)
                continue;
            ValueMap values = entries.valuesFor(image.file);
            const AutofillResult result = engine.fill(*scanned.at(image.scanIndex).metadata, image.imageIndex, values);
            filledValues += result.filled;
            if (acceptSuggestions) {
                for (const Suggestion &suggestion : result.suggestions) {
                    values.insert(suggestion.path, FieldValue{{suggestion.value}, suggestion.provenance});
                    ++filledValues;
                }
            }
            for (const QString &note : result.notes)
                notes[note] += 1;
            filled.append(ImageEntry{image.file.path, image.file.name, std::move(values)});
        }
        for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
            io.err << tr("warning: %1").arg(it.key());
            if (it.value() > 1)
                io.err << u' ' << tr("(%n image(s))", nullptr, it.value());
            io.err << '\n';
        }
        // The filled entries carry the record's shared and per-image values
        // already; keep the record's own entries for images not in this batch.
        filledImages = filled.size();
        record.images = filled + record.images;
    } else {
        for (const CatalogImage &image : catalog)
            images.append(image.file);
    }

    // Exporting an incomplete description is normal while work goes on, so
    // problems are reported, not fatal; empty required fields in one line.
    // With headers read, each image is checked with its own values, and a
    // problem is said once with the number of images it concerns.
    QList<const ValueMap *> checked;
    for (const ImageEntry &entry : std::as_const(record.images)) {
        if (checked.size() == filledImages)
            break;
        checked.append(&entry.values);
    }
    if (checked.isEmpty() || !autofill)
        checked = {&record.values};
    QMap<QString, int> emptyRequiredCount;
    QMap<QString, int> problemCount;
    long long completenessSum = 0;
    for (const ValueMap *values : std::as_const(checked)) {
        const ValidationReport report = RecordValidator::validate(*t, *values);
        completenessSum += report.completenessPercent();
        for (const ValidationReport::Problem &p : report.problems) {
            if (!p.isError)
                continue;
            if (p.isEmpty)
                emptyRequiredCount[p.path] += 1;
            else
                problemCount[tr("%1: %2").arg(p.path, p.message)] += 1;
        }
    }
    const auto times = [&](int n) { return checked.size() > 1 ? u" "_s + tr("(%n image(s))", nullptr, n) : QString(); };
    for (auto it = problemCount.cbegin(); it != problemCount.cend(); ++it)
        io.err << tr("warning: %1").arg(it.key()) << times(it.value()) << '\n';
    if (!emptyRequiredCount.isEmpty()) {
        QStringList emptyRequired;
        for (auto it = emptyRequiredCount.cbegin(); it != emptyRequiredCount.cend(); ++it)
            emptyRequired.append(it.key() + times(it.value()));
        io.err << tr("warning: %n required field(s) are empty: %1", nullptr, int(emptyRequired.size())).arg(emptyRequired.join(u", "_s)) << '\n';
    }
    const int completeness = int(completenessSum / checked.size());

    QStringList warnings;
    const QList<AnnotatedObject> objects = ExportRows::build(*t, record, images, level, parser.value(u"dataset"_s), &warnings);
    auto written = OmeroCsvExporter::write(objects, output, options);
    for (const QString &w : std::as_const(warnings))
        io.err << tr("warning: %1").arg(w) << '\n';
    if (!written) {
        io.err << tr("metafill-cli export: %1; nothing was written").arg(written.error()) << '\n';
        return OutputError;
    }
    for (const QString &w : written->warnings)
        io.err << tr("warning: %1").arg(w) << '\n';

    const bool datasets = level == OmeroOptions::Level::Dataset;
    io.out << tr("Wrote %1: %2 %3, %4 key columns, completeness %5%.")
                  .arg(written->files.join(u", "_s))
                  .arg(written->rows)
                  .arg(datasets ? tr("dataset rows") : tr("image rows"))
                  .arg(written->keyColumns)
                  .arg(completeness)
           << '\n';
    if (autofill) {
        io.out << tr("Read the headers of %1 of %2 files; %3 values filled from headers and presets.")
                      .arg(files->size() - unreadable)
                      .arg(files->size())
                      .arg(filledValues)
               << '\n';
    }
    if (options.format == OmeroCsvExporter::Format::Legacy)
        io.out << tr("In OMERO, run \"KeyVal_from_csv\" with Data_Type Dataset and the dataset's ID.") << '\n';
    else if (datasets)
        io.out << tr("In OMERO, run \"Import from CSV\" with Data_Type Project (the project's ID) and Target Data_Type Dataset; CSV separator: guess.") << '\n';
    else
        io.out << tr("In OMERO, run \"Import from CSV\" with Data_Type Dataset (the dataset's ID) and Target Data_Type Image; CSV separator: guess.") << '\n';
    if (unreadable > 0) {
        io.err << tr("%1 of %2 files could not be read; their rows hold only the shared values.").arg(unreadable).arg(files->size()) << '\n';
        return InputError;
    }
    return Success;
}

QString ValidateCommand::summary() const
{
    return tr("Check records against a template: every problem per field, and how complete each record is. Exits with 1 if a record has errors.");
}

int ValidateCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    addTemplatePathOption(parser);
    parser.addOption({u"template"_s, tr("The template (file or id)."), tr("FILE")});
    parser.addPositionalArgument(u"RECORD"_s, tr("Record files."), u"RECORD..."_s);
    if (const int code = parse(parser, arguments, tr("--template FILE RECORD..."), io); code >= 0)
        return code;
    if (parser.positionalArguments().isEmpty()) {
        io.err << tr("metafill-cli validate: name at least one record file") << '\n';
        return UsageError;
    }
    const auto t = loadTemplate(parser, searchPath(parser), io);
    if (!t)
        return Problems;
    int exitCode = Success;
    for (const QString &path : parser.positionalArguments()) {
        const auto record = loadRecord(path, *t, io);
        if (!record) {
            exitCode = std::max(exitCode, int(InputError));
            continue;
        }
        QList<std::pair<QString, ValidationReport>> reports;
        if (record->images.isEmpty()) {
            reports.append({path, RecordValidator::validate(*t, record->values)});
        } else {
            for (int i = 0; i < record->images.size(); ++i)
                reports.append({path + u" ["_s + record->images.at(i).name + u']', RecordValidator::validate(*t, record->effectiveValues(i))});
        }
        for (const auto &[name, report] : reports) {
            printReport(name, report, io);
            if (!report.isValid())
                exitCode = std::max(exitCode, int(Problems));
        }
    }
    return exitCode;
}

QString ImportCommand::summary() const
{
    return tr("Read key-value pairs exported from OMERO (Export_to_csv.py, or a CSV for the import scripts) into a record, one image entry per row.");
}

int ImportCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    addTemplatePathOption(parser);
    parser.addOptions({
        {u"template"_s, tr("The template (file or id)."), tr("FILE")},
        {{u"o"_s, u"output"_s}, tr("The record file to write."), tr("RECORD")},
    });
    parser.addPositionalArgument(u"CSV"_s, tr("The CSV file exported from OMERO."), u"CSV"_s);
    if (const int code = parse(parser, arguments, tr("--template FILE -o RECORD CSV"), io); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(u"output"_s)) {
        io.err << tr("metafill-cli import: give one CSV file and the record to write with -o") << '\n';
        return UsageError;
    }
    const auto t = loadTemplate(parser, searchPath(parser), io);
    if (!t)
        return Problems;
    const QString csv = parser.positionalArguments().first();
    const auto objects = OmeroExportReader::read(csv);
    if (!objects) {
        io.err << objects.error() << '\n';
        return InputError;
    }
    Diagnostics notes;
    const Record record = KeyValueImporter(*t).record(*objects, csv, notes);
    printDiagnostics(notes, io.err);
    if (const Status s = RecordFile::write(record, *t, parser.value(u"output"_s)); !s) {
        io.err << s.error() << '\n';
        return OutputError;
    }
    io.out << tr("Wrote %1 with %n image(s).", nullptr, int(record.images.size())).arg(parser.value(u"output"_s)) << '\n';
    return Success;
}

} // namespace metafill::cli
