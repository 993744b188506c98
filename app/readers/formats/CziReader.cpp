#include "CziReader.h"

#include "formats/CziMetadataXml.h"
#include "io/BinaryCursor.h"

#include <QUuid>

#include <algorithm>
#include <exception>
#include <new>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

constexpr QByteArrayView FileMagic = "ZISRAWFILE";
constexpr QByteArrayView MetadataMagic = "ZISRAWMETADATA";

// A segment's Id is 16 bytes of ASCII padded with NULs.
QByteArrayView segmentId(QByteArrayView bytes)
{
    QByteArrayView id = bytes.first(std::min<qsizetype>(bytes.size(), 16));
    const qsizetype nul = id.indexOf('\0');
    return nul < 0 ? id : id.first(nul);
}

QString guidText(QByteArrayView bytes)
{
    // Stored as Windows writes a GUID: the first three fields little-endian.
    BinaryCursor cursor(bytes);
    const quint32 data1 = cursor.u32();
    const quint16 data2 = cursor.u16();
    const quint16 data3 = cursor.u16();
    const QByteArrayView rest = cursor.bytes(8);
    if (!cursor.ok())
        return {};
    const auto b = [&](int i) { return static_cast<uchar>(rest[i]); };
    const QUuid uuid(data1, data2, data3, b(0), b(1), b(2), b(3), b(4), b(5), b(6), b(7));
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

} // namespace

QString CziReader::format() const
{
    return u"czi"_s;
}

bool CziReader::recognizes(const QString &path, QByteArrayView head) const
{
    Q_UNUSED(path);
    return head.startsWith(FileMagic);
}

Result<FileMetadata> CziReader::read(ByteSource &source) const
{
    // Nothing may escape a reader: the XML parser can run out of memory on a
    // hostile document.
    try {
        return readFile(source);
    } catch (const std::bad_alloc &) {
        return Result<FileMetadata>::failure(
            tr("%1: the CZI metadata needs more memory than is available; the file is damaged or too large.").arg(source.path()));
    } catch (const std::exception &e) {
        return Result<FileMetadata>::failure(
            tr("%1: the CZI metadata could not be read: %2").arg(source.path(), QString::fromLocal8Bit(e.what())));
    }
}

Result<FileMetadata> CziReader::readFile(ByteSource &source)
{
    const QString &path = source.path();
    const QByteArray &head = source.head();
    if (!head.startsWith(FileMagic))
        return Result<FileMetadata>::failure(tr("%1: this is not a Zeiss CZI file (it does not start with ZISRAWFILE).").arg(path));
    if (head.size() < FileHeaderSize) {
        return Result<FileMetadata>::failure(
            tr("%1: the file ends inside its CZI header (%2 bytes); it is cut short, copy it again.").arg(path).arg(head.size()));
    }

    // FileHeaderSegmentData, #pragma pack(2), after the 32-byte segment header.
    BinaryCursor header(QByteArrayView(head).first(FileHeaderSize));
    header.seek(SegmentHeaderSize);
    const qint32 major = header.i32();
    const qint32 minor = header.i32();
    header.skip(8); // two reserved int32
    const QByteArrayView primaryFileGuid = header.bytes(16);
    header.skip(16); // FileGuid
    const qint32 filePart = header.i32();
    header.skip(8); // SubBlockDirectoryPosition: never read, it leads to pixels
    const qint64 metadataPosition = header.i64();
    const qint32 updatePending = header.i32();
    if (!header.ok())
        return Result<FileMetadata>::failure(tr("%1: the CZI header is damaged.").arg(path));

    if (metadataPosition <= 0) {
        if (filePart > 0) {
            return Result<FileMetadata>::failure(
                tr("%1: this is part %2 of a multi-part CZI file; its metadata is in the first part. Open the first file of the set "
                   "(the one without a number in brackets).")
                    .arg(path)
                    .arg(filePart));
        }
        return Result<FileMetadata>::failure(
            tr("%1: this CZI file has no metadata segment; it may still have been being written when it was copied.").arg(path));
    }
    if (!source.contains(metadataPosition, SegmentHeaderSize + MetadataDataHeaderSize)) {
        return Result<FileMetadata>::failure(
            tr("%1: the CZI header places the metadata at byte %2, past the end of the file (%3 bytes); the file is cut short, "
               "copy it again.")
                .arg(path)
                .arg(metadataPosition)
                .arg(source.size()));
    }

    auto segmentBytes = source.read(metadataPosition, SegmentHeaderSize + MetadataDataHeaderSize);
    if (!segmentBytes)
        return Result<FileMetadata>::failure(segmentBytes.error());
    BinaryCursor segment(segmentBytes.value());
    const QByteArrayView id = segmentId(segment.bytes(16));
    const qint64 allocatedSize = segment.i64();
    const qint64 usedSize = segment.i64();
    const qint32 xmlSize = segment.i32();
    if (id != MetadataMagic) {
        return Result<FileMetadata>::failure(tr("%1: the CZI header points to a \"%2\" segment where the metadata should be; "
                                                "the file is damaged.")
                                                 .arg(path, QString::fromLatin1(id)));
    }
    // A segment's UsedSize may be 0 ("use AllocatedSize", libCZI).
    const qint64 segmentSize = usedSize > 0 ? usedSize : allocatedSize;
    if (xmlSize <= 0 || segmentSize < 0 || xmlSize > segmentSize) {
        return Result<FileMetadata>::failure(
            tr("%1: the CZI metadata segment gives an impossible XML length (%2 bytes in a segment of %3); the file is damaged.")
                .arg(path)
                .arg(xmlSize)
                .arg(segmentSize));
    }
    const qint64 xmlPosition = metadataPosition + SegmentHeaderSize + MetadataDataHeaderSize;
    if (!source.contains(xmlPosition, xmlSize)) {
        return Result<FileMetadata>::failure(
            tr("%1: the CZI metadata (%2 bytes at byte %3) runs past the end of the file (%4 bytes); the file is cut short, "
               "copy it again.")
                .arg(path)
                .arg(xmlSize)
                .arg(xmlPosition)
                .arg(source.size()));
    }

    FileMetadata metadata;
    metadata.path = path;
    metadata.format = u"czi"_s;
    // The container's own facts, after the XML's keys; PrimaryFileGuid ties the parts of a multi-part file together.
    KeyValueList containerKeys{{u"ZISRAWFILE|Version"_s, u"%1.%2"_s.arg(major).arg(minor)},
                               {u"ZISRAWFILE|FilePart"_s, QString::number(filePart)}};
    if (const QString guid = guidText(primaryFileGuid); !guid.isEmpty())
        containerKeys.append({u"ZISRAWFILE|PrimaryFileGuid"_s, guid});
    if (Status parsed = CziMetadataXml::read(source, xmlPosition, xmlSize, metadata, containerKeys); !parsed)
        return Result<FileMetadata>::failure(parsed.error());

    if (updatePending != 0) {
        metadata.warnings.append(
            tr("%1: the CZI header says an update of the file was not finished; the metadata may not match the pixels.").arg(path));
    }
    return metadata;
}

} // namespace metafill
