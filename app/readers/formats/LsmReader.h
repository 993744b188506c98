#pragma once

#include "io/ByteSource.h"
#include "model/ImageMetadata.h"
#include "tiff/TiffDirectory.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace metafill {

// A Zeiss LSM file (LSM 510/710, ZEN ≤ 2012): a little-endian TIFF whose IFD0
// carries the private tag 34412 CZ_LSMINFO, a binary structure with the
// dimensions, voxel sizes and absolute offsets to sub-records (channel
// colours and names, the ScanInformation tree with objective, lasers and
// detectors). Called by the TIFF dispatcher when IFD0 has that tag.
class LsmReader
{
    Q_DECLARE_TR_FUNCTIONS(LsmReader)

public:
    static Result<FileMetadata> read(ByteSource &source, const TiffDirectory &ifd0);
};

} // namespace metafill
