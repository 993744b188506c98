#include "LifReader.h"

#include "formats/LifMetadataXml.h"
#include "io/BinaryCursor.h"

#include <exception>
#include <new>

using namespace Qt::StringLiterals;

namespace metafill {

QString LifReader::format() const
{
    return u"lif"_s;
}

bool LifReader::recognizes(const QString &path, QByteArrayView head) const
{
    Q_UNUSED(path);
    // The magic is short, so the XML's first character ('<' in UTF-16LE) must
    // follow the header too.
    BinaryCursor cursor(head);
    const quint32 magic = cursor.u32();
    cursor.skip(4);
    const quint8 separator = cursor.u8();
    cursor.skip(4);
    const QByteArrayView first = cursor.bytes(2);
    return cursor.ok() && magic == BlockMagic && separator == Separator && first == QByteArrayView("<\0", 2);
}

Result<FileMetadata> LifReader::read(ByteSource &source) const
{
    // Nothing may escape a reader: the XML parser can run out of memory on a
    // hostile document.
    try {
        return readFile(source);
    } catch (const std::bad_alloc &) {
        return Result<FileMetadata>::failure(
            tr("%1: the LIF header needs more memory than is available; the file is damaged or too large.").arg(source.path()));
    } catch (const std::exception &e) {
        return Result<FileMetadata>::failure(
            tr("%1: the LIF header could not be read: %2").arg(source.path(), QString::fromLocal8Bit(e.what())));
    }
}

Result<FileMetadata> LifReader::readFile(ByteSource &source)
{
    const QString &path = source.path();
    BinaryCursor header(source.head());
    const quint32 magic = header.u32();
    const qint64 blockLength = header.i32();
    const quint8 separator = header.u8();
    const qint64 characters = header.i32();
    if (!header.ok()) {
        return Result<FileMetadata>::failure(
            tr("%1: the file is too short (%2 bytes) to be a Leica LIF file; it is cut short, copy it again.")
                .arg(path)
                .arg(source.size()));
    }
    if (magic != BlockMagic || separator != Separator)
        return Result<FileMetadata>::failure(tr("%1: this is not a Leica LIF file (the header does not start as LIF files do).").arg(path));

    // The block holds the separator, N and the 2N bytes of text; it cannot
    // be longer than the file.
    const qint64 xmlBytes = characters * 2;
    if (characters <= 0 || blockLength <= 0 || xmlBytes > blockLength) {
        return Result<FileMetadata>::failure(
            tr("%1: the LIF header gives an impossible length for its XML (%2 characters in a block of %3 bytes); the file is damaged.")
                .arg(path)
                .arg(characters)
                .arg(blockLength));
    }
    if (!source.contains(HeaderSize, xmlBytes) || blockLength > source.size() - 8) {
        return Result<FileMetadata>::failure(
            tr("%1: the LIF header (%2 bytes) runs past the end of the file (%3 bytes); the file is cut short, copy it again.")
                .arg(path)
                .arg(std::max(xmlBytes, blockLength))
                .arg(source.size()));
    }
    if (xmlBytes > source.budgetLeft()) {
        return Result<FileMetadata>::failure(
            tr("%1: the LIF header claims %2 MiB of XML, more than the %3 MiB Metafill reads; the file is damaged or not supported.")
                .arg(path)
                .arg(double(xmlBytes) / (1024 * 1024), 0, 'f', 1)
                .arg(source.budgetLeft() / (1024 * 1024)));
    }

    FileMetadata metadata;
    metadata.path = path;
    metadata.format = u"lif"_s;
    if (Status parsed = LifMetadataXml::read(source, HeaderSize, xmlBytes, metadata); !parsed)
        return Result<FileMetadata>::failure(parsed.error());
    return metadata;
}

} // namespace metafill
