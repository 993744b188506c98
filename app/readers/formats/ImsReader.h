#pragma once

#include "FormatReader.h"
#include "formats/ImsHdf5.h"

#include <QCoreApplication>

namespace metafill {

// Bitplane / Oxford Instruments Imaris files (.ims, "Imaris 5.5" format):
// HDF5 containers whose metadata are attributes of the groups under
// /DataSetInfo ("Image", "Channel N", "TimeInfo", "Imaris" …), each written as
// an array of one-character strings.
//
// Unlike the other readers this one does not read through the ByteSource:
// libhdf5 opens the file by its path (source.path()) and reads it itself, so
// the source's bounds and byte count do not cover those reads — the file's
// size is the only honest upper bound. ImsHdf5 bounds what is asked of the
// library instead (attributes of a few groups and one dataset's type, never a
// dataset's values). When the source serves bytes from memory (fuzzing,
// tests), those bytes are handed to libhdf5 as a file image. libhdf5 1.10 has
// known crashes on crafted files (formats.md §4), so batch runs should read
// .ims files in a separate process.
//
// HDF5 is an optional build dependency: without it the reader still
// recognizes .ims files and says that this build cannot read them.
class ImsReader final : public FormatReader
{
    Q_DECLARE_TR_FUNCTIONS(ImsReader)

public:
    QString format() const override;
    // The HDF5 signature (at offset 0 or after a user block) or the .ims suffix.
    bool recognizes(const QString &path, QByteArrayView head) const override;
    Result<FileMetadata> read(ByteSource &source) const override;

    // The model filled from what libhdf5 returned; `path` names the file in messages.
    static Result<FileMetadata> fromContents(const ImsContents &contents, const QString &path);
};

} // namespace metafill
