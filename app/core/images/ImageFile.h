#pragma once

#include <QString>

namespace metafill {

struct ImageFile
{
    QString path;    // absolute
    QString name;    // the name OMERO gives the image on import
    QString dataset; // the folder it lies in, the dataset OMERO.insight would make of it
};

// How OMERO names the images it imports (ome/omero-blitz, PixelsProcessor):
// the file name alone for a file with one image; "file [series]" for each image
// of a file with several, with the series' index from 0 when it has no name.
// Names longer than 255 characters are cut at the front to "…" + the last 254.
namespace ImageNaming {
QString omeroName(const QString &fileName, int seriesCount, int seriesIndex, const QString &seriesName);
}

} // namespace metafill
