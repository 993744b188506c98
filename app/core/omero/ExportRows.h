#pragma once

#include "KeyValue.h"
#include "images/ImageFile.h"
#include "record/Record.h"

#include <QCoreApplication>
#include <QHash>

namespace metafill {

// Decides which OMERO objects get which pairs: one row per image, or one per
// dataset (images grouped by folder) with the values the images share.
class ExportRows
{
    Q_DECLARE_TR_FUNCTIONS(ExportRows)

public:
    static QList<AnnotatedObject> build(const Template &t, const Record &record, const QList<ImageFile> &images,
                                        OmeroOptions::Level level, const QString &datasetName, QStringList *warnings);

    // Finds the record's entry for each image: by file path, else by name.
    class EntryIndex
    {
    public:
        explicit EntryIndex(const Record &record);
        // The record's values for one image: the shared ones, overlaid with the
        // image's own entry, if it has one.
        ValueMap valuesFor(const ImageFile &image) const;

    private:
        const Record &m_record;
        QHash<QString, int> m_byPathAndName;
        QHash<QString, int> m_byPath;
        QHash<QString, int> m_byName;
    };
};

} // namespace metafill
