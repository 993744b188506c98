#include "ExportPlan.h"

#include "csv/CsvReader.h"
#include "omero/ExportRows.h"
#include "record/RecordValidator.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace metafill::gui {
namespace {

// How many image names a warning lists before it says "and n more".
constexpr int NamedExamples = 3;

// Counts, per field (or per field and message), the images a problem concerns,
// keeping the template's order and a few names to show.
class ProblemTally
{
public:
    void add(const QString &key, const QString &imageName)
    {
        auto it = m_byKey.find(key);
        if (it == m_byKey.end()) {
            it = m_byKey.insert(key, Entry{});
            m_order.append(key);
        }
        ++it->count;
        if (it->examples.size() < NamedExamples && !imageName.isEmpty())
            it->examples.append(imageName);
        ++m_total;
    }
    bool isEmpty() const { return m_order.isEmpty(); }
    int total() const { return m_total; }
    const QStringList &keys() const { return m_order; }
    int count(const QString &key) const { return m_byKey.value(key).count; }
    QStringList examples(const QString &key) const { return m_byKey.value(key).examples; }

private:
    struct Entry
    {
        int count = 0;
        QStringList examples;
    };
    QHash<QString, Entry> m_byKey;
    QStringList m_order;
    int m_total = 0;
};

// "Author 2 › First name" for "author[1].first_name": what the form shows.
QString fieldLabel(const Template &t, const QString &pathText)
{
    const auto path = FieldPath::parse(pathText);
    if (!path)
        return pathText;
    const SectionSpec *section = t.section(path->section);
    const FieldSpec *field = t.field(*path);
    if (!section || !field)
        return pathText;
    QString sectionText = section->label.localized();
    if (section->isRepeatable())
        sectionText = ExportPlan::tr("%1 %2", "section label and instance number").arg(sectionText).arg(path->instance + 1);
    return ExportPlan::tr("%1 › %2", "section › field").arg(sectionText, field->label.localized());
}

// The core's messages are written to follow "warning: "; in a list of their
// own they read as sentences.
QString asSentence(QString text)
{
    if (text.isEmpty())
        return text;
    text[0] = text.at(0).toUpper();
    if (!text.endsWith(u'.'))
        text += u'.';
    return text;
}

// "3 of 5 images: a.tif, b.tif, c.tif, … (2 more)", or "all 5 images"; empty
// when there is nothing to tell apart (no images, or one).
QString imagesText(int count, int imageCount, const QStringList &examples)
{
    if (imageCount <= 1)
        return {};
    if (count == imageCount)
        return ExportPlan::tr("all %n image(s)", nullptr, imageCount);
    QString names = examples.join(u", "_s);
    if (count > examples.size())
        names += ExportPlan::tr(", … (%n more)", nullptr, count - int(examples.size()));
    return ExportPlan::tr("%1 of %n image(s): %2", nullptr, imageCount).arg(count).arg(names);
}

} // namespace

OmeroCsvExporter::Options ExportSettings::csvOptions() const
{
    OmeroCsvExporter::Options options;
    options.format = format;
    options.delimiter = delimiter;
    options.mapNamespace = mapNamespace.trimmed();
    return options;
}

QChar ExportSettings::effectiveDelimiter() const
{
    // OmeroCsvExporter::encode writes KeyVal_from_csv.py files with commas:
    // that script has no separator parameter, and ',' is where its guess ends.
    return format == OmeroCsvExporter::Format::Legacy ? u',' : delimiter;
}

QList<ImageFile> ExportPlan::imagesOf(const Record &record)
{
    QList<ImageFile> images;
    images.reserve(record.images.size());
    for (const ImageEntry &entry : record.images) {
        if (entry.file.isEmpty()) {
            images.append(ImageFile{QString(), entry.name, QString()});
            continue;
        }
        // As ImageCollector names them; QFileInfo computes these without the disk.
        const QFileInfo info(entry.file);
        images.append(ImageFile{info.absoluteFilePath(), entry.name, info.absoluteDir().dirName()});
    }
    return images;
}

qint64 ExportPlan::totalBytes() const
{
    qint64 total = 0;
    for (const qint64 size : m_fileSizes)
        total += size;
    return total;
}

void ExportPlan::releaseRows()
{
    m_objects = {};
    m_table.rows = {};
    m_files = {};
}

ExportPlan ExportPlan::compute(const Template &t, const Record &record, const ExportSettings &settings,
                               const std::function<bool()> &canceled)
{
    const auto isCanceled = [&canceled] { return canceled && canceled(); };
    ExportPlan plan;
    plan.m_settings = settings;
    const QList<ImageFile> images = imagesOf(record);
    plan.m_imageCount = int(images.size());
    const bool datasets = settings.level == OmeroOptions::Level::Dataset;
    const QString datasetName = settings.datasetName.trimmed();

    if (datasets && settings.format == OmeroCsvExporter::Format::Legacy) {
        plan.m_error = tr("KeyVal_from_csv annotates images only. Choose one row per image, or Import from CSV for datasets.");
        return plan;
    }
    if (images.isEmpty() && !(datasets && !datasetName.isEmpty())) {
        plan.m_error = datasets ? tr("The record has no images yet. Add images, or type the name of the dataset the values are for.")
                                : tr("The record has no images yet. Add images, or export one row for a dataset.");
        plan.checkValues(t, record);
        return plan;
    }

    QStringList exporterWarnings;
    plan.m_objects = ExportRows::build(t, record, images, settings.level, datasetName, &exporterWarnings);
    if (isCanceled())
        return plan;
    if (!datasets)
        plan.checkNames(images);
    plan.checkValues(t, record);
    if (isCanceled())
        return plan;

    const OmeroCsvExporter::Options options = settings.csvOptions();
    auto table = OmeroCsvExporter::layout(plan.m_objects, options, &exporterWarnings);
    if (table) {
        plan.m_table = std::move(table).value();
        auto files = OmeroCsvExporter::encode(plan.m_table, options);
        if (files) {
            plan.m_files = std::move(files).value();
            for (const QByteArray &file : std::as_const(plan.m_files))
                plan.m_fileSizes.append(file.size());
            plan.m_rowCount = int(plan.m_table.rows.size());
            // encode() fills each file row by row and starts a new one only
            // when the next row does not fit, so encoding the first rows alone
            // gives exactly the first bytes of the first file.
            OmeroCsvExporter::Table head = plan.m_table;
            head.rows = plan.m_table.rows.first(std::min<qsizetype>(PreviewRows, plan.m_table.rows.size()));
            auto previewFiles = OmeroCsvExporter::encode(head, options);
            if (previewFiles) {
                plan.m_preview = previewFiles->constFirst();
                // Only rows of more than 50 KiB each make the first file end
                // before PreviewRows; then it shows the rows that file holds.
                plan.m_previewRows = int(head.rows.size());
                if (previewFiles->size() > 1) {
                    const auto parsed = CsvReader::parse(plan.m_preview, settings.effectiveDelimiter());
                    const int headRows = plan.m_table.namespaces.isEmpty() ? 1 : 2;
                    plan.m_previewRows = parsed ? std::max(0, int(parsed->rows.size()) - headRows) : 0;
                }
            }
        } else if (plan.m_error.isEmpty()) {
            plan.m_error = files.error();
        }
    } else if (plan.m_error.isEmpty()) {
        plan.m_error = table.error();
    }

    if (plan.fileCount() > 1) {
        plan.m_warnings.append(
            {ExportWarning::Kind::SplitFiles,
             false,
             tr("The table is larger than %1, so it will be written as %n file(s) that OMERO imports one after the other.", nullptr,
                plan.fileCount())
                 .arg(QLocale().formattedDataSize(options.maxFileBytes)),
             {}});
    }
    for (const QString &warning : std::as_const(exporterWarnings))
        plan.m_warnings.append({ExportWarning::Kind::Exporter, false, asSentence(warning), {}});
    return plan;
}

void ExportPlan::checkNames(const QList<ImageFile> &images)
{
    // OMERO finds the row of an image by its name, so two images of one name
    // cannot both get theirs: the import script refuses the whole file.
    QHash<QString, QList<const ImageFile *>> byName;
    QStringList order;
    for (const ImageFile &image : images) {
        auto &list = byName[image.name];
        if (list.size() == 1)
            order.append(image.name);
        list.append(&image);
    }
    if (order.isEmpty())
        return;
    ExportWarning warning{ExportWarning::Kind::DuplicateNames,
                          true,
                          tr("%n image name(s) occur more than once. OMERO finds images by name, so its import refuses this file: "
                             "export one row per dataset, or the folders one at a time, or rename the files.",
                             nullptr, int(order.size())),
                          {}};
    for (const QString &name : std::as_const(order)) {
        QStringList paths;
        for (const ImageFile *image : byName.value(name))
            paths.append(image->path.isEmpty() ? tr("(no file)") : QDir::toNativeSeparators(image->path));
        warning.details.append(tr("%1 — %n image(s): %2", nullptr, int(paths.size())).arg(name, paths.join(u", "_s)));
    }
    m_warnings.prepend(warning);
}

void ExportPlan::checkValues(const Template &t, const Record &record)
{
    ProblemTally missing;
    ProblemTally invalid;
    QHash<QString, QString> invalidLabels;
    const int imageCount = int(record.images.size());
    const int scopes = std::max(1, imageCount);
    for (int i = 0; i < scopes; ++i) {
        const int scope = imageCount == 0 ? -1 : i;
        const QString name = scope < 0 ? QString() : record.images.at(scope).name;
        const ValidationReport report = RecordValidator::validate(t, record.effectiveValues(scope));
        bool lacksRequired = false;
        for (const ValidationReport::Problem &problem : report.problems) {
            if (!problem.isError)
                continue;
            if (problem.isEmpty) {
                missing.add(problem.path, name);
                lacksRequired = true;
            } else {
                const QString key = problem.path + u'\n' + problem.message;
                if (!invalidLabels.contains(key))
                    invalidLabels.insert(key, tr("%1: %2", "field: problem").arg(fieldLabel(t, problem.path), problem.message));
                invalid.add(key, name);
            }
        }
        m_imagesMissingRequired += lacksRequired ? 1 : 0;
    }

    if (!missing.isEmpty()) {
        ExportWarning warning{ExportWarning::Kind::RequiredMissing, false, {}, {}};
        if (imageCount == 0)
            warning.text =
                tr("%n required field(s) are empty. You can export now and complete them later.", nullptr, int(missing.keys().size()));
        else
            warning.text = tr("%1 of %n image(s) have empty required fields (%2 fields in all).", nullptr, imageCount)
                               .arg(m_imagesMissingRequired)
                               .arg(missing.keys().size());
        for (const QString &path : missing.keys()) {
            const QString images = imagesText(missing.count(path), imageCount, missing.examples(path));
            warning.details.append(images.isEmpty() ? fieldLabel(t, path)
                                                    : tr("%1 — %2", "field — images").arg(fieldLabel(t, path), images));
        }
        m_warnings.append(warning);
    }
    if (!invalid.isEmpty()) {
        ExportWarning warning{ExportWarning::Kind::InvalidValues,
                              false,
                              tr("%n value(s) break the template's rules; they are exported as they are.", nullptr, invalid.total()),
                              {}};
        for (const QString &key : invalid.keys()) {
            const QString images = imagesText(invalid.count(key), imageCount, invalid.examples(key));
            warning.details.append(images.isEmpty() ? invalidLabels.value(key)
                                                    : tr("%1 — %2", "problem — images").arg(invalidLabels.value(key), images));
        }
        m_warnings.append(warning);
    }
}

Result<OmeroCsvExporter::Outcome> ExportPlan::write(const QString &path) const
{
    if (!canExport())
        return Result<OmeroCsvExporter::Outcome>::failure(m_error);
    Q_ASSERT_X(!m_objects.isEmpty(), "ExportPlan::write", "the rows were released");
    return OmeroCsvExporter::write(m_objects, path, m_settings.csvOptions());
}

} // namespace metafill::gui
