#pragma once

#include "io/ByteSource.h"
#include "model/ImageMetadata.h"
#include "tiff/TiffDirectory.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace metafill {

// A TIFF without OME-XML, ImageJ or LSM metadata: what the baseline tags of
// IFD0 say (size, sample type, calibration, date, the writer's text tags) and
// how many pages the file has.
class PlainTiff
{
    Q_DECLARE_TR_FUNCTIONS(PlainTiff)

public:
    // IFDs walked to count pages, and the bytes the walk may read beyond the
    // file's first 64 KiB (each IFD costs about 20 bytes).
    static constexpr int MaxDirectories = 10'000;
    static constexpr qint64 WalkAllowance = 64 * 1024;

    // `descriptions` are IFD0's ImageDescription texts, as the dispatcher read them.
    static FileMetadata read(ByteSource &source, const TiffDirectory &ifd0, const QStringList &descriptions);

    // The number of full-resolution pages in the main IFD chain, or nullopt
    // when the chain is damaged, loops or is too long to walk within the
    // bounds; then `warning` says why. Reduced-resolution images and
    // transparency masks (NewSubfileType bits 0 and 2) are not pages, and
    // SubIFD pyramid levels are never in the main chain.
    static std::optional<qint64> countPages(ByteSource &source, const TiffDirectory &ifd0, QString *warning);
};

} // namespace metafill
