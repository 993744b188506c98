#pragma once

#include "images/ImageFile.h"
#include "omero/KeyValue.h"
#include "omero/OmeroCsvExporter.h"
#include "record/Record.h"
#include "template/Template.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace metafill::gui {

// What a person chooses in the export dialog.
struct ExportSettings
{
    OmeroCsvExporter::Format format = OmeroCsvExporter::Format::Omero;
    OmeroOptions::Level level = OmeroOptions::Level::Image;
    QString datasetName;     // dataset level: one dataset of this name; empty: each image's folder
    QChar delimiter = u'\t'; // KeyVal_from_csv.py files always use ',' (OmeroCsvExporter decides)
    QString mapNamespace;    // empty: OMERO's client namespace, editable in OMERO.web

    // The options OmeroCsvExporter writes with.
    OmeroCsvExporter::Options csvOptions() const;
    // The separator the file really gets.
    QChar effectiveDelimiter() const;
    friend bool operator==(const ExportSettings &, const ExportSettings &) = default;
};

// Something the person should know before importing the file into OMERO.
struct ExportWarning
{
    enum class Kind {
        DuplicateNames,  // OMERO finds rows by name; the import refuses the file
        RequiredMissing, // images whose required fields are empty
        InvalidValues,   // values that break the template's rules
        SplitFiles,      // more than 1 MiB: several files
        Exporter         // said by ExportRows or OmeroCsvExporter (differing dataset values, legacy splits, …)
    };
    Kind kind = Kind::Exporter;
    bool blocksExport = false;
    QString text;        // one sentence, translated
    QStringList details; // e.g. one line per field, with the images it concerns
};

// Everything the export of one record with one set of options produces,
// computed without writing: the OMERO objects and their key-value pairs, the
// table, the bytes of each file, and what the person should be warned about.
// Pure (no disk, no widgets), so it runs on a worker thread and in tests.
class ExportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ExportPlan)

public:
    static constexpr int PreviewRows = 20;

    // The images OMERO will have for the record's entries: the entry's name,
    // its absolute path, and its folder's name as dataset (as ImageCollector does).
    static QList<ImageFile> imagesOf(const Record &record);

    // `canceled` is asked between the expensive steps; a canceled plan is
    // incomplete and only good for throwing away.
    static ExportPlan compute(const Template &t, const Record &record, const ExportSettings &settings,
                              const std::function<bool()> &canceled = {});

    const ExportSettings &settings() const { return m_settings; }
    const QList<AnnotatedObject> &objects() const { return m_objects; }
    const OmeroCsvExporter::Table &table() const { return m_table; }
    // The bytes of each file as it will be written (several above 1 MiB).
    const QList<QByteArray> &fileBytes() const { return m_files; }
    int fileCount() const { return int(m_fileSizes.size()); }
    qint64 totalBytes() const;
    // The start of the first file, up to the end of the first `PreviewRows`
    // rows: byte for byte what the file will begin with.
    const QByteArray &previewBytes() const { return m_preview; }
    int previewRowCount() const { return m_previewRows; }
    int rowCount() const { return m_rowCount; }
    int keyColumnCount() const { return std::max(0, int(m_table.header.size()) - 1); }
    int imageCount() const { return m_imageCount; }
    int imagesMissingRequired() const { return m_imagesMissingRequired; }

    // Why no file can be written (the first blocking problem), or empty.
    QString error() const { return m_error; }
    bool canExport() const { return m_error.isEmpty(); }
    const QList<ExportWarning> &warnings() const { return m_warnings; }

    // Frees the objects, the table's rows and the files' bytes, keeping what
    // a view shows (counts, header, preview, warnings). A worker calls this
    // before handing the plan over, so 5,000 rows are freed on the thread that
    // built them, not on the UI thread. A plan without rows cannot write().
    void releaseRows();

    // Writes the plan's objects atomically with OmeroCsvExporter::write (the
    // very call metafill-cli export makes). Touches the disk: not on the UI thread.
    Result<OmeroCsvExporter::Outcome> write(const QString &path) const;

private:
    void checkNames(const QList<ImageFile> &images);
    void checkValues(const Template &t, const Record &record);

    ExportSettings m_settings;
    QList<AnnotatedObject> m_objects;
    OmeroCsvExporter::Table m_table;
    QList<QByteArray> m_files;
    QList<qint64> m_fileSizes;
    int m_rowCount = 0;
    QByteArray m_preview;
    int m_previewRows = 0;
    int m_imageCount = 0;
    int m_imagesMissingRequired = 0;
    QString m_error;
    QList<ExportWarning> m_warnings;
};

} // namespace metafill::gui
