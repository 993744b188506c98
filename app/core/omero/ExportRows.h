#pragma once

#include "KeyValue.h"
#include "images/ImageFile.h"
#include "record/Record.h"

#include <QCoreApplication>

namespace metafill {

// Decides which OMERO objects get which pairs: one row per image, or one per
// dataset (images grouped by folder) with the values the images share.
class ExportRows
{
    Q_DECLARE_TR_FUNCTIONS(ExportRows)

public:
    static QList<AnnotatedObject> build(const Template &t, const Record &record, const QList<ImageFile> &images,
                                        OmeroOptions::Level level, const QString &datasetName, QStringList *warnings);

    // The record's values for one image: the shared ones, overlaid with the
    // entry for that image (matched by file path, else by name), if any.
    static ValueMap valuesFor(const Record &record, const ImageFile &image);
};

} // namespace metafill
