#pragma once

#include "batch/HeaderScanner.h"
#include "images/ImageFile.h"

#include <QCoreApplication>
#include <QList>

namespace metafill {

// One image as OMERO will have it after import: a series of a file (LIF
// images, CZI scenes, ND2 positions and OME-TIFF images are each one), with the
// name OMERO gives it, and where its header came from.
struct CatalogImage
{
    ImageFile file;     // path, OMERO name, dataset
    int scanIndex = -1; // into the scanned files
    int imageIndex = -1; // within that file's metadata; -1 when its header could not be read
};

// Turns the files of a batch and their headers into the images OMERO will
// create: a file with several series becomes several images; the member files
// of a multi-file OME-TIFF set become the one image of the set.
class ImageCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ImageCatalog)

public:
    static QList<CatalogImage> build(const QList<ImageFile> &files, const QList<ScannedFile> &scanned);
};

} // namespace metafill
