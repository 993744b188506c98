#pragma once

#include "FormatReader.h"
#include "formats/ImsProbeOutput.h"

#include <QCoreApplication>

namespace metafill {

// Bitplane / Oxford Instruments Imaris files (.ims, "Imaris 5.5" format):
// HDF5 containers whose metadata are attributes of the groups under
// /DataSetInfo ("Image", "Channel N", "TimeInfo", "Imaris" …), each written as
// an array of one-character strings.
//
// libhdf5 never runs in this process: it has known heap overflows on crafted
// files (formats.md §4) and pulls ~40 shared libraries into every program
// that links it. read() runs the helper program metafill-ims-probe
// (app/imsprobe, see ImsProbe) on the file, which reads it with libhdf5 under
// memory, CPU-time and wall-clock limits and answers in JSON; a crash there
// fails this one file. Bytes from memory (fuzzing, tests) go to the probe
// through a temporary file. The probe reads the file itself, so the source's
// bounds and byte count cover only the head read here; the probe bounds what
// it asks of libhdf5 instead (attributes of a few groups and one dataset's
// type, never a dataset's values).
//
// HDF5 is an optional build dependency: without it there is no probe, and the
// reader still recognizes .ims files and says that this build cannot read them.
class ImsReader final : public FormatReader
{
    Q_DECLARE_TR_FUNCTIONS(ImsReader)

public:
    QString format() const override;
    // The HDF5 signature (at offset 0 or after a user block) or the .ims suffix.
    bool recognizes(const QString &path, QByteArrayView head) const override;
    Result<FileMetadata> read(ByteSource &source) const override;

    // The model filled from what the probe read; `path` names the file in messages.
    static Result<FileMetadata> fromContents(const ImsContents &contents, const QString &path);
};

} // namespace metafill
