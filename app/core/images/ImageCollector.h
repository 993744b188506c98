#pragma once

#include "ImageFile.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace metafill {

// Finds the image files among paths given on the command line or dropped on
// the window: files as they are, folders searched recursively. OME-Zarr folders
// count as one image each.
class ImageCollector
{
    Q_DECLARE_TR_FUNCTIONS(ImageCollector)

public:
    static Result<QList<ImageFile>> collect(const QStringList &paths);

    static bool isImageFile(const QString &fileName);
    static bool isImageFolder(const QString &folderName);

    static constexpr int MaxDepth = 32;
    static constexpr int MaxImages = 1'000'000;
};

} // namespace metafill
