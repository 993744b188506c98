#include "ExportRows.h"

#include "KeyValueBuilder.h"

#include <QFileInfo>
#include <QMap>

using namespace Qt::StringLiterals;

namespace metafill {

ExportRows::EntryIndex::EntryIndex(const Record &record) : m_record(record)
{
    // A file with several images (series) has one entry per image, with the
    // same path and different names.
    for (qsizetype i = 0; i < record.images.size(); ++i) {
        const ImageEntry &entry = record.images.at(i);
        if (!entry.file.isEmpty()) {
            const QString path = QFileInfo(entry.file).absoluteFilePath();
            m_byPathAndName.insert(path + u'\n' + entry.name, int(i));
            if (!m_byPath.contains(path))
                m_byPath.insert(path, int(i));
        } else {
            m_byName.insert(entry.name, int(i));
        }
    }
}

ValueMap ExportRows::EntryIndex::valuesFor(const ImageFile &image) const
{
    int i = m_byPathAndName.value(image.path + u'\n' + image.name, -1);
    if (i < 0)
        i = m_byPath.value(image.path, -1);
    if (i < 0)
        i = m_byName.value(image.name, -1);
    return m_record.effectiveValues(i);
}

QList<AnnotatedObject> ExportRows::build(const Template &t, const Record &record, const QList<ImageFile> &images,
                                         OmeroOptions::Level level, const QString &datasetName, QStringList *warnings)
{
    QList<AnnotatedObject> objects;
    const EntryIndex entries(record);
    if (level == OmeroOptions::Level::Image) {
        objects.reserve(images.size());
        for (const ImageFile &image : images)
            objects.append(AnnotatedObject{image.name, KeyValueBuilder::build(t, entries.valuesFor(image))});
        return objects;
    }

    // Dataset level: group the images; a key whose value differs between the
    // images of one dataset is left empty, and the person is told.
    QMap<QString, QList<const ImageFile *>> datasets;
    QStringList order;
    for (const ImageFile &image : images) {
        const QString name = datasetName.isEmpty() ? image.dataset : datasetName;
        if (!datasets.contains(name))
            order.append(name);
        datasets[name].append(&image);
    }
    if (images.isEmpty() && !datasetName.isEmpty()) {
        objects.append(AnnotatedObject{datasetName, KeyValueBuilder::build(t, record.values)});
        return objects;
    }
    for (const QString &name : std::as_const(order)) {
        const QList<const ImageFile *> &members = datasets.value(name);
        QList<KeyValue> pairs = KeyValueBuilder::build(t, entries.valuesFor(*members.first()));
        for (qsizetype m = 1; m < members.size(); ++m) {
            const QList<KeyValue> other = KeyValueBuilder::build(t, entries.valuesFor(*members.at(m)));
            for (qsizetype j = 0; j < pairs.size(); ++j) {
                const bool same = j < other.size() && other.at(j) == pairs.at(j);
                if (!same && !pairs.at(j).value.isEmpty()) {
                    warnings->append(tr("the images of dataset '%1' differ in '%2' (e.g. '%3' and '%4'); the dataset gets no value for it")
                                         .arg(name, pairs.at(j).key, members.first()->name, members.at(m)->name));
                    pairs[j].value.clear();
                }
            }
        }
        objects.append(AnnotatedObject{name, pairs});
    }
    return objects;
}

} // namespace metafill
