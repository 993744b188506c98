#pragma once

#include "KeyValue.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace metafill {

// Writes key-value pairs as the CSV OMERO's annotation scripts import with
// every value intact (see templates/FORMAT.md, "OMERO CSV files").
class OmeroCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(OmeroCsvExporter)

public:
    enum class Format {
        Omero,  // Import_from_csv.py (omero-scripts after 5.8)
        Legacy, // KeyVal_from_csv.py (omero-scripts up to 5.8.x)
    };

    struct Options
    {
        Format format = Format::Omero;
        QString mapNamespace;  // written as a NAMESPACE row; empty: none (client namespace)
        QChar delimiter = u'\t';
        QString nameColumn = QStringLiteral("OBJECT_NAME");
        // omero-py decodes uploads in 1 MiB blocks and fails on a character
        // split between two blocks, so no file may be larger than one block.
        qint64 maxFileBytes = 1024 * 1024;
    };

    struct Table
    {
        QStringList header;
        QList<QStringList> rows;
        QStringList namespaces; // one per header cell; empty when no NAMESPACE row
    };

    struct Outcome
    {
        QStringList files;
        QStringList warnings;
        int rows = 0;
        int keyColumns = 0;
    };

    // Lays the objects out as one rectangular table. Fails, naming the object
    // and key, when OMERO could not import the result.
    static Result<Table> layout(const QList<AnnotatedObject> &objects, const Options &options, QStringList *warnings);
    // The bytes of each file to write: one, or several of at most maxFileBytes.
    static Result<QList<QByteArray>> encode(const Table &table, const Options &options);
    // Writes atomically: either every file is complete, or none is changed
    // (FileSetWriter). Removes what an earlier export to the same name left
    // that this one does not replace, with a warning.
    static Result<Outcome> write(const QList<AnnotatedObject> &objects, const QString &path, const Options &options);

    static QString partPath(const QString &path, int part);
};

} // namespace metafill
