#pragma once

#include "io/ByteSource.h"
#include "model/ImageMetadata.h"
#include "tiff/TiffDirectory.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace metafill {

// A TIFF written by ImageJ / Fiji ("Save as TIFF") or by SCIFIO: the image's
// dimensions and calibration are in IFD0's ImageDescription as "key=value"
// lines, the pixel size in X/YResolution (pixels per `unit`), and channel
// labels plus the "Info" text (often the original vendor metadata) in the
// IJMetadata tags 50838/50839. Called by the TIFF dispatcher once it has seen
// the "ImageJ=" description; reads nothing but IFD0's tag values.
class ImageJTiffReader
{
    Q_DECLARE_TR_FUNCTIONS(ImageJTiffReader)

public:
    // `description` is IFD0's ImageDescription that starts with "ImageJ=" (or "SCIFIO=").
    static Result<FileMetadata> read(ByteSource &source, const TiffDirectory &ifd0, const QString &description);
};

} // namespace metafill
