#include "OmeroExportReader.h"

#include "csv/CsvReader.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

const QStringList kParentColumns{u"PROJECT"_s, u"DATASET"_s, u"SCREEN"_s, u"PLATE"_s, u"RUN"_s, u"WELL"_s, u"PLATEACQUISITION"_s};

Result<QList<OmeroExportReader::Object>> fromTable(const CsvReader::Table &table)
{
    using Object = OmeroExportReader::Object;
    using R = Result<QList<Object>>;
    QList<Object> objects;
    qsizetype headerRow = 0;
    QStringList namespaces;
    if (!table.rows.isEmpty() && !table.rows.first().isEmpty() && table.rows.first().first().trimmed().compare(u"namespace"_s, Qt::CaseInsensitive) == 0) {
        namespaces = table.rows.first();
        headerRow = 1;
    }
    if (table.rows.size() <= headerRow)
        return R::failure(OmeroExportReader::tr("the file has no header row"));
    QStringList header = table.rows.at(headerRow);
    for (QString &h : header)
        h = h.trimmed();

    qsizetype idColumn = header.indexOf(u"OBJECT_ID"_s);
    qsizetype nameColumn = header.indexOf(u"OBJECT_NAME"_s);
    if (idColumn < 0 && nameColumn < 0) {
        // The legacy layout: an 'image' column, or else image names in column 0.
        nameColumn = header.indexOf(u"image"_s);
        if (nameColumn < 0)
            nameColumn = 0;
    }

    for (qsizetype r = headerRow + 1; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        if (row.size() != header.size())
            return R::failure(OmeroExportReader::tr("row %1 has %2 cells, but the header has %3").arg(r + 1).arg(row.size()).arg(header.size()));
        Object object;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString &key = header.at(c);
            const QString &cell = row.at(c);
            if (c == idColumn)
                object.id = cell.trimmed();
            else if (c == nameColumn)
                object.name = cell;
            else if (kParentColumns.contains(key))
                object.parents.insert(key, cell);
            else if (key.compare(u"tag"_s, Qt::CaseInsensitive) == 0) {
                for (const QString &tag : cell.split(u',', Qt::SkipEmptyParts))
                    object.tags.append(tag.trimmed());
            } else if (!cell.trimmed().isEmpty()) {
                object.pairs.append({key, cell.trimmed(), namespaces.value(c).trimmed()});
            }
        }
        objects.append(std::move(object));
    }
    return objects;
}

} // namespace

Result<QList<OmeroExportReader::Object>> OmeroExportReader::read(const QString &path)
{
    auto table = CsvReader::read(path);
    if (!table)
        return Result<QList<Object>>::failure(table.error());
    auto objects = fromTable(*table);
    if (!objects)
        return Result<QList<Object>>::failure(tr("%1: %2").arg(path, objects.error()));
    return objects;
}

Result<QList<OmeroExportReader::Object>> OmeroExportReader::parse(const QByteArray &data)
{
    auto table = CsvReader::parse(data);
    if (!table)
        return Result<QList<Object>>::failure(table.error());
    return fromTable(*table);
}

} // namespace metafill
