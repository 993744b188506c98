#pragma once

#include "FormatReader.h"

#include <QCoreApplication>

namespace metafill {

// Nikon NIS-Elements ND2 files, versions 2.x (metadata as XML variants) and
// 3.x (binary CLX-lite variants). Reads the chunk map at the end of the file
// and then only the metadata chunks:
//   ImageAttributesLV!     (SLxImageAttributes: size, components, bit depth),
//   ImageMetadataSeqLV|0!  (SLxPictureMetadata of the first frame: calibration,
//                           objective, channels, exposure, date),
//   ImageMetadataLV!       (SLxExperiment: the nested T / XY / Z loops),
//   ImageTextInfoLV!       (SLxImageTextInfo: NIS-Elements' free-text fields),
//   ImageCalibrationLV|0!  (SLxCalibration: fallback pixel size, objective),
//   CustomDataVar|AppInfo_V1_0! (the NIS-Elements version);
// 2.x files use the same names without "LV". Image planes are never read.
//
// Like OMERO and Bio-Formats, each XY position of a multi-point experiment
// becomes its own image ("cluster.nd2 (series 1)" or the position's name).
// ND2 1.x files (JPEG 2000 containers) are recognized and refused with a clear
// message.
class Nd2Reader final : public FormatReader
{
    Q_DECLARE_TR_FUNCTIONS(Nd2Reader)

public:
    QString format() const override;
    // The ND2 signature chunk, or a JPEG 2000 container named *.nd2.
    bool recognizes(const QString &path, QByteArrayView head) const override;
    Result<FileMetadata> read(ByteSource &source) const override;
};

} // namespace metafill
