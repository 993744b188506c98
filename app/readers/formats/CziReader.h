#pragma once

#include "FormatReader.h"

#include <QCoreApplication>

namespace metafill {

// Zeiss CZI (ZISRAW), as written by ZEN. The file is a chain of 32-byte
// aligned segments; its 112-byte ZISRAWFILE header (libCZI's
// FileHeaderSegmentData, packed to 2 bytes) gives the offset of the
// ZISRAWMETADATA segment, whose 256-byte data header gives the length of the
// UTF-8 XML document that follows it. Only those three pieces are read: never
// the subblock directory, subblocks (pixels) or attachments. CziMetadataXml
// turns the XML into the model.
class CziReader : public FormatReader
{
    Q_DECLARE_TR_FUNCTIONS(CziReader)

public:
    static constexpr qint64 FileHeaderSize = 112;
    // Segment header (Id[16], AllocatedSize, UsedSize) + MetadataSegmentData
    // (XmlSize, AttachmentSize, 248 spare bytes): the XML starts after them.
    static constexpr qint64 SegmentHeaderSize = 32;
    static constexpr qint64 MetadataDataHeaderSize = 256;

    QString format() const override;
    bool recognizes(const QString &path, QByteArrayView head) const override;
    Result<FileMetadata> read(ByteSource &source) const override;

private:
    static Result<FileMetadata> readFile(ByteSource &source);
};

} // namespace metafill
