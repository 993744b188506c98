#pragma once

#include "io/ByteSource.h"
#include "model/ImageMetadata.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QString>

namespace metafill {

// One image file format. A reader reads only the bytes that hold metadata —
// never pixel data — through the ByteSource, which bounds every read, and
// returns the normalized model or a translated message saying what is wrong
// with the file. Readers are stateless and may be used from several threads.
class FormatReader
{
public:
    virtual ~FormatReader() = default;

    // The format's name in `inspect --json` ("czi", "lif", …); a reader that
    // handles a family (TIFF) may return a more specific one in FileMetadata.
    virtual QString format() const = 0;

    // Whether the file is in this format, judged from its name and first bytes
    // (ByteSource::head(), up to 64 KiB). No I/O.
    virtual bool recognizes(const QString &path, QByteArrayView head) const = 0;

    virtual Result<FileMetadata> read(ByteSource &source) const = 0;
};

} // namespace metafill
