#pragma once

#include "FormatReader.h"

#include <QCoreApplication>

namespace metafill {

// The TIFF family (classic TIFF and BigTIFF). Reads the header and IFD0 and
// hands the file to the variant its tags reveal, in this order:
//   1. tag 34412 CZ_LSMINFO                       → Zeiss LSM ("lsm")
//   2. an ImageDescription holding OME-XML        → OME-TIFF ("ome-tiff")
//   3. an ImageDescription starting "ImageJ=" or "SCIFIO=" → ImageJ ("imagej-tiff")
//   4. anything else                              → plain TIFF ("tiff")
// Every ImageDescription of IFD0 is looked at: Micro-Manager writes OME-XML
// and an ImageJ description side by side. A Micro-Manager image stack also
// gets its summary JSON added, whichever variant it is.
class TiffReader : public FormatReader
{
    Q_DECLARE_TR_FUNCTIONS(TiffReader)

public:
    QString format() const override;
    bool recognizes(const QString &path, QByteArrayView head) const override;
    Result<FileMetadata> read(ByteSource &source) const override;

private:
    Result<FileMetadata> readTiff(ByteSource &source) const;
};

} // namespace metafill
