#pragma once

#include "io/ByteSource.h"
#include "model/ImageMetadata.h"
#include "tiff/TiffDirectory.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace metafill {

// ImageJ's private TIFF tags 50838 (IJMetadataByteCounts) and 50839
// (IJMetadata): a header — magic "IJIJ", then (type, count) pairs — followed
// by the entries, whose lengths are the byte counts after the header's own.
// Only the text entries are read: the image's "Info" (often the original
// vendor metadata, flattened), the slice labels and the "prop" key/value
// pairs. Display ranges, LUTs, ROIs, overlays and plots are skipped without
// being read. Text is UTF-16 in the file's byte order.
class ImageJMetadataBlock
{
    Q_DECLARE_TR_FUNCTIONS(ImageJMetadataBlock)

public:
    // Bounds: more entries or bytes than this is not an ImageJ header.
    static constexpr qsizetype MaxEntries = 200'000;
    static constexpr qint64 MaxInfoBytes = 8 * 1024 * 1024;
    static constexpr qint64 MaxLabelBytes = 8 * 1024 * 1024;
    static constexpr qint64 MaxPropertyBytes = 4 * 1024 * 1024;
    static constexpr quint64 MinHeaderSize = 12;  // magic + one (type, count) pair
    static constexpr quint64 MaxHeaderSize = 804; // magic + 100 pairs, as ImageJ and tifffile check

    QString info;
    QStringList labels;
    KeyValueList properties;
    QStringList warnings; // entries that were skipped (translated)

    // The block of `directory`; empty when the tags are absent. A failure
    // means the tags are there but inconsistent: the caller reports it as a
    // warning and reads the rest of the header.
    static Result<ImageJMetadataBlock> read(ByteSource &source, const TiffDirectory &directory);
};

} // namespace metafill
