#include "ImageCatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace metafill {

QList<CatalogImage> ImageCatalog::build(const QList<ImageFile> &files, const QList<ScannedFile> &scanned)
{
    // The files of one multi-file set are imported by OMERO as one image: keep
    // the set's master if it is in the batch, else the set's first member.
    QSet<QString> inBatch;
    for (const ImageFile &file : files)
        inBatch.insert(QFileInfo(file.path).absoluteFilePath());
    QSet<QString> setsSeen;
    QSet<QString> masters;
    QSet<QString> readAsPartOfAnother; // e.g. the METADATA.ome.xml beside a bioformats2raw folder
    for (const ScannedFile &scan : scanned) {
        if (!scan.ok())
            continue;
        if (!scan.metadata->setMaster.isEmpty())
            masters.insert(QFileInfo(scan.metadata->setMaster).absoluteFilePath());
        const QString self = QFileInfo(scan.path).absoluteFilePath();
        for (const QString &companion : scan.metadata->companionFiles) {
            const QString absolute = QFileInfo(companion).absoluteFilePath();
            if (absolute != self)
                readAsPartOfAnother.insert(absolute);
        }
    }
    QList<CatalogImage> images;
    images.reserve(files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        const ImageFile &file = files.at(i);
        const ScannedFile *scan = i < scanned.size() ? &scanned.at(i) : nullptr;
        const QString absolute = QFileInfo(file.path).absoluteFilePath();
        if (readAsPartOfAnother.contains(absolute) && !masters.contains(absolute))
            continue;
        if (scan && scan->ok() && !scan->metadata->setMaster.isEmpty()) {
            const QString master = QFileInfo(scan->metadata->setMaster).absoluteFilePath();
            const bool isMaster = master == absolute;
            if (!isMaster && inBatch.contains(master))
                continue;
            if (setsSeen.contains(master))
                continue;
            setsSeen.insert(master);
        }
        if (!scan || !scan->ok() || scan->metadata->images.isEmpty()) {
            images.append(CatalogImage{file, scan ? int(i) : -1, -1});
            continue;
        }
        const FileMetadata &metadata = *scan->metadata;
        const QString fileName = QFileInfo(file.path).fileName();
        const int count = int(metadata.images.size());
        for (int s = 0; s < count; ++s) {
            CatalogImage image{file, int(i), s};
            image.file.name = ImageNaming::omeroName(fileName, count, s, metadata.images.at(s).name);
            images.append(image);
        }
    }
    return images;
}

} // namespace metafill
