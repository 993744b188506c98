#pragma once

#include "model/ImageMetadata.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace metafill {

// OME-Zarr (OME-NGFF) images: folders, not files, so this is not a
// FormatReader; MetadataReader calls it for folders.
//
// Understood layouts:
// - an image group: "multiscales" in .zattrs (NGFF 0.1–0.4, Zarr v2) or in
//   zarr.json under attributes.ome (NGFF 0.5, Zarr v3), with versions such as
//   "0.4-dev-spatialdata" read as their base version;
// - bioformats2raw output ("bioformats2raw.layout" in the top group): series
//   0/, 1/ … merged with the OME-XML in OME/METADATA.ome.xml, or in
//   METADATA.ome.xml beside the Zarr folder (the old layout 1);
// - a folder that holds one such *.zarr folder and METADATA.ome.xml (what the
//   old bioformats2raw wrote), passed instead of the Zarr folder itself;
// - high-content plates ("plate") and wells ("well").
//
// Only JSON metadata documents and the OME-XML are read, never chunks (see
// ZarrStore for the bounds). What the metadata do not say stays unknown: a
// scale on an axis without a unit is no physical size.
class OmeZarrReader
{
    Q_DECLARE_TR_FUNCTIONS(OmeZarrReader)

public:
    // At most this many images per folder (bioformats2raw series, plate wells).
    static constexpr qsizetype MaxImages = 10'000;
    // Channels described one by one per image.
    static constexpr qint64 MaxChannels = 4'096;

    // Whether the folder is a Zarr hierarchy, or holds a bioformats2raw
    // *.zarr folder next to METADATA.ome.xml. Looks at file names only.
    static bool recognizesFolder(const QString &path);
    static Result<FileMetadata> readFolder(const QString &path);
    // As readFolder; also reports the bytes of metadata read (benchmarks, tests).
    static Result<FileMetadata> readFolder(const QString &path, qint64 &bytesRead);
};

} // namespace metafill
