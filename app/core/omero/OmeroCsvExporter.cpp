#include "OmeroCsvExporter.h"

#include "OmeroKeys.h"
#include "csv/CsvWriter.h"
#include "util/FileSetWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

// Characters as Python counts them (code points), for the csv field limit.
qsizetype codePoints(const QString &s)
{
    qsizetype n = s.size();
    for (const QChar c : s) {
        if (c.isLowSurrogate())
            --n;
    }
    return n;
}

} // namespace

Result<OmeroCsvExporter::Table> OmeroCsvExporter::layout(const QList<AnnotatedObject> &objects, const Options &options, QStringList *warnings)
{
    using R = Result<Table>;
    if (objects.isEmpty())
        return R::failure(tr("there is nothing to export"));

    // Columns: each key as often as the object with most values for it needs.
    // A repeated key's columns stay next to each other.
    struct Column
    {
        QString key;
        int occurrence;
    };
    QList<Column> columns;
    QHash<QString, int> maxOccurrences;
    for (const AnnotatedObject &object : objects) {
        QHash<QString, int> seen;
        for (const KeyValue &kv : object.pairs) {
            const int occurrence = seen[kv.key]++;
            if (occurrence < maxOccurrences.value(kv.key, 0))
                continue;
            maxOccurrences[kv.key] = occurrence + 1;
            qsizetype insertAt = columns.size();
            if (occurrence > 0) {
                for (qsizetype c = 0; c < columns.size(); ++c) {
                    if (columns.at(c).key == kv.key)
                        insertAt = c + 1;
                }
            }
            columns.insert(insertAt, Column{kv.key, occurrence});
        }
    }
    if (columns.isEmpty())
        return R::failure(tr("the template gives no keys to export"));

    QHash<QString, qsizetype> firstColumn; // key -> index of its first column
    for (qsizetype c = columns.size() - 1; c >= 0; --c)
        firstColumn.insert(columns.at(c).key, c);

    Table table;
    const bool legacy = options.format == Format::Legacy;
    table.header.append(legacy ? u"image"_s : options.nameColumn);
    for (const Column &c : std::as_const(columns)) {
        const QString problem = OmeroKeys::problemWith(c.key);
        if (!problem.isEmpty())
            return R::failure(problem);
        if (legacy && OmeroKeys::isLegacyIdentifier(c.key))
            return R::failure(tr("KeyVal_from_csv.py would read the key '%1' as an identifier column; export with --format omero").arg(c.key));
        table.header.append(c.key);
    }
    if (!options.mapNamespace.isEmpty() && !legacy) {
        table.namespaces.append(u"NAMESPACE"_s);
        for (qsizetype c = 0; c < columns.size(); ++c)
            table.namespaces.append(options.mapNamespace);
    }

    QSet<QString> names;
    QSet<QString> splitWarned;
    for (const AnnotatedObject &object : objects) {
        if (object.name.isEmpty())
            return R::failure(tr("an object has no name; OMERO finds images by name"));
        if (object.name != object.name.trimmed() && !legacy)
            warnings->append(tr("the name '%1' starts or ends with blanks; OMERO compares names exactly").arg(object.name));
        if (names.contains(object.name))
            return R::failure(tr("the name '%1' appears twice; OMERO's import refuses such a file. "
                                 "Export the folders separately, or rename the files")
                                  .arg(object.name));
        names.insert(object.name);

        QStringList row(columns.size() + 1);
        row[0] = object.name;
        QHash<QString, int> seen;
        for (const KeyValue &kv : object.pairs) {
            const int occurrence = seen[kv.key]++;
            const qsizetype column = firstColumn.value(kv.key) + occurrence;
            if (codePoints(kv.value) > OmeroKeys::MaxCellCharacters)
                return R::failure(tr("the value of '%1' for '%2' has more than %3 characters; OMERO's import script cannot read such a cell. Shorten it.")
                                      .arg(kv.key, object.name)
                                      .arg(OmeroKeys::MaxCellCharacters));
            if (legacy && kv.value.contains(u';') && !splitWarned.contains(kv.key)) {
                splitWarned.insert(kv.key);
                warnings->append(tr("the value of '%1' contains ';' (for '%2'); KeyVal_from_csv.py splits it into several values there")
                                     .arg(kv.key, object.name));
            }
            row[column + 1] = kv.value;
        }
        table.rows.append(row);
    }
    return table;
}

Result<QList<QByteArray>> OmeroCsvExporter::encode(const Table &table, const Options &options)
{
    using R = Result<QList<QByteArray>>;
    const QChar delimiter = options.format == Format::Legacy ? u',' : options.delimiter;
    const CsvWriter writer(delimiter);
    QByteArray head;
    if (!table.namespaces.isEmpty())
        head += writer.row(table.namespaces);
    head += writer.row(table.header);
    if (head.size() >= options.maxFileBytes)
        return R::failure(tr("the header alone is larger than %1 bytes").arg(options.maxFileBytes));

    QList<QByteArray> parts;
    QByteArray current = head;
    bool hasRows = false;
    for (const QStringList &cells : table.rows) {
        QByteArray line = writer.row(cells);
        if (current.size() + line.size() > options.maxFileBytes) {
            if (!hasRows)
                return R::failure(tr("the row for '%1' alone is larger than %2 bytes, more than OMERO accepts in one file")
                                      .arg(cells.value(0))
                                      .arg(options.maxFileBytes));
            parts.append(current);
            current = head;
        }
        current += line;
        hasRows = true;
    }
    // The import script counts a blank line as a row of the wrong length, so
    // the file ends right after the last row's line feed.
    parts.append(current);
    return parts;
}

QString OmeroCsvExporter::partPath(const QString &path, int part)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    const QString stem = suffix.isEmpty() ? info.fileName() : info.fileName().chopped(suffix.size() + 1);
    return info.dir().filePath(suffix.isEmpty() ? u"%1.part%2"_s.arg(stem).arg(part) : u"%1.part%2.%3"_s.arg(stem).arg(part).arg(suffix));
}

Result<OmeroCsvExporter::Outcome> OmeroCsvExporter::write(const QList<AnnotatedObject> &objects, const QString &path, const Options &options)
{
    using R = Result<Outcome>;
    Outcome outcome;
    auto table = layout(objects, options, &outcome.warnings);
    if (!table)
        return R::failure(table.error());
    auto parts = encode(*table, options);
    if (!parts)
        return R::failure(parts.error());
    outcome.rows = int(table->rows.size());
    outcome.keyColumns = int(table->header.size()) - 1;

    // All parts appear together or not at all (FileSetWriter), so a failure
    // (full disk, no permission) or a kill leaves no partial output.
    QList<FileSetWriter::File> files;
    for (qsizetype i = 0; i < parts->size(); ++i)
        files.append({parts->size() == 1 ? path : partPath(path, int(i) + 1), parts->at(i)});
    if (const Status written = FileSetWriter::write(files); !written)
        return R::failure(written.error());
    for (const FileSetWriter::File &file : std::as_const(files))
        outcome.files.append(file.path);
    // What an earlier export to the same name left and this one did not
    // replace: the whole file when this one is split, its parts when it is
    // not, parts beyond this one's count. OMERO would import them again
    // together with the new files, with the old values.
    QStringList stale;
    if (parts->size() > 1 && QFileInfo::exists(path))
        stale.append(path);
    for (int part = parts->size() > 1 ? int(parts->size()) + 1 : 1; QFileInfo::exists(partPath(path, part)); ++part)
        stale.append(partPath(path, part));
    QStringList removed;
    for (const QString &file : std::as_const(stale)) {
        if (QFile::remove(file))
            removed.append(file);
        else
            outcome.warnings.append(tr("%1 is left from an earlier export to the same name and could not be removed; do not import it").arg(file));
    }
    if (!removed.isEmpty()) {
        outcome.warnings.append(tr("removed %1, left by an earlier export to the same name, so that OMERO does not import it with the new files")
                                    .arg(removed.join(u", "_s)));
    }
    if (parts->size() > 1)
        outcome.warnings.append(tr("the table is larger than %1 bytes, so it was split into %2 files that OMERO imports one after the other")
                                    .arg(options.maxFileBytes)
                                    .arg(parts->size()));
    return outcome;
}

} // namespace metafill
