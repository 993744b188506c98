#pragma once

#include "io/ByteSource.h"
#include "model/ImageMetadata.h"
#include "tiff/TiffDirectory.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace metafill {

// Micro-Manager's own metadata in its image-stack TIFFs (MMStack OME-TIFF and
// NDTiff): a header right after the TIFF header, at byte 8, leads to the
// acquisition's summary JSON (channels, pixel size, Z step, interval, start
// time …), and IFD0's private tag 51123 holds the first plane's JSON (camera,
// exposure, device properties). Micro-Manager converts only part of this to
// OME-XML, so the summary fills what the OME-XML (or ImageJ description)
// leaves unknown, and its keys become original metadata:
//   "Summary|<key>" for the summary, "Plane0|<key>" for the first plane.
class MicroManagerSummary
{
    Q_DECLARE_TR_FUNCTIONS(MicroManagerSummary)

public:
    static constexpr quint32 MmStackIndexHeader = 54773648;
    static constexpr quint32 NdTiffHeader = 483729;
    static constexpr quint32 SummaryHeader = 2355492;
    static constexpr qint64 MaxSummaryBytes = 16 * 1024 * 1024;
    static constexpr qint64 MaxPlaneBytes = 1024 * 1024;

    // Whether the bytes after a classic TIFF header are Micro-Manager's header.
    static bool isMicroManager(QByteArrayView head);

    // Adds the summary and IFD0's plane metadata to `metadata` without
    // overriding anything it already says. Problems become warnings: the
    // image is readable without this part.
    static void apply(ByteSource &source, const TiffDirectory &ifd0, FileMetadata &metadata);
};

} // namespace metafill
