#pragma once

#include "FormatReader.h"

#include <QCoreApplication>

namespace metafill {

// Leica LIF (LAS AF / LAS X project files). The file starts with one block:
// int32 0x70 (magic), int32 block length, byte 0x2A, int32 N, then N UTF-16LE
// characters of XML (LMSDataContainerHeader) describing every image of the
// project. The memory blocks with the pixels follow and are never read.
// LifMetadataXml turns the XML into the model.
class LifReader : public FormatReader
{
    Q_DECLARE_TR_FUNCTIONS(LifReader)

public:
    static constexpr quint32 BlockMagic = 0x70;
    static constexpr quint8 Separator = 0x2A;
    static constexpr qint64 HeaderSize = 13; // magic, block length, separator, N

    QString format() const override;
    bool recognizes(const QString &path, QByteArrayView head) const override;
    Result<FileMetadata> read(ByteSource &source) const override;

private:
    static Result<FileMetadata> readFile(ByteSource &source);
};

} // namespace metafill
