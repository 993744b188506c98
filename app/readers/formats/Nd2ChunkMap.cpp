#include "Nd2ChunkMap.h"

#include "io/BinaryCursor.h"

#include <QString>

#include <algorithm>
#include <cctype>

namespace metafill {

namespace {

constexpr QByteArrayView FileSignature = "ND2 FILE SIGNATURE CHUNK NAME01!";
constexpr QByteArrayView ChunkMapSignature = "ND2 CHUNK MAP SIGNATURE 0000001!";
constexpr QByteArrayView FileMapSignature = "ND2 FILEMAP SIGNATURE NAME 0001!";
constexpr QByteArrayView ImagePlanePrefix = "ImageDataSeq|";
constexpr qint64 ChunkHeaderSize = 16;
constexpr qint64 TrailerSize = 40;
// Chunk names are padded so that the data starts on a 4096-byte boundary;
// anything far beyond that is not a chunk header.
constexpr quint32 MaxPaddedNameLength = 64 * 1024;

struct ChunkHeader
{
    quint32 magic = 0;
    quint32 nameLength = 0;
    quint64 dataLength = 0;
};

ChunkHeader parseHeader(QByteArrayView bytes)
{
    BinaryCursor cursor(bytes);
    ChunkHeader header;
    header.magic = cursor.u32();
    header.nameLength = cursor.u32();
    header.dataLength = cursor.u64();
    return header;
}

QString printable(QByteArrayView name)
{
    QString text = QString::fromLatin1(name.first(std::min<qsizetype>(name.size(), 80)));
    for (QChar &c : text) {
        if (!c.isPrint())
            c = u'?';
    }
    return text;
}

} // namespace

Nd2ChunkMap::Kind Nd2ChunkMap::identify(QByteArrayView head)
{
    if (head.size() < 8)
        return Kind::NotNd2;
    BinaryCursor cursor(head);
    const quint32 magic = cursor.u32();
    if (magic == ChunkMagic && head.size() >= 48 && head.sliced(16, 32) == FileSignature)
        return Kind::Chunked;
    // The JPEG 2000 signature box: length 12, type "jP  ".
    if (magic == Jpeg2000Magic && head.sliced(4, 4) == QByteArrayView("jP  "))
        return Kind::LegacyJpeg2000;
    return Kind::NotNd2;
}

Result<Nd2ChunkMap::Version> Nd2ChunkMap::readVersion(const ByteSource &source)
{
    const QByteArray &head = source.head();
    const auto damaged = [&] {
        return Result<Version>::failure(
            tr("%1: the ND2 signature at the start of the file is damaged; the file cannot be read.").arg(source.path()));
    };
    if (identify(head) != Kind::Chunked || head.size() < 112)
        return damaged();
    const ChunkHeader header = parseHeader(QByteArrayView(head).first(ChunkHeaderSize));
    if (header.nameLength != 32 || header.dataLength != 64)
        return damaged();
    // "Ver3.0", "Ver2.1", … NUL-padded.
    const QByteArrayView text = QByteArrayView(head).sliced(48, 64);
    if (!text.startsWith("Ver") || text.size() < 6 || !std::isdigit(uchar(text[3])) || text[4] != '.' || !std::isdigit(uchar(text[5])))
        return damaged();
    return Version{text[3] - '0', text[5] - '0'};
}

Result<Nd2ChunkMap> Nd2ChunkMap::read(ByteSource &source)
{
    const QString &path = source.path();
    const qint64 fileSize = source.size();
    const auto failure = [](QString message) { return Result<Nd2ChunkMap>::failure(std::move(message)); };
    const QString cutShort = tr("%1: the chunk map at the end of the ND2 file is missing. The file was not closed properly "
                                "(acquisition interrupted) or was cut short while copying; copy it again from the original.")
                                 .arg(path);
    if (fileSize < 112 + TrailerSize)
        return failure(cutShort);

    auto trailer = source.read(fileSize - TrailerSize, TrailerSize);
    if (!trailer)
        return failure(trailer.error());
    if (QByteArrayView(trailer.value()).first(32) != ChunkMapSignature)
        return failure(cutShort);
    BinaryCursor trailerCursor(QByteArrayView(trailer.value()).sliced(32));
    const quint64 mapOffset = trailerCursor.u64();

    const QString damagedMap = tr("%1: the chunk map of the ND2 file is damaged (%2); the file cannot be read.");
    if (mapOffset > quint64(fileSize - TrailerSize - ChunkHeaderSize))
        return failure(damagedMap.arg(path, tr("it points to byte %1 of a file of %2 bytes").arg(mapOffset).arg(fileSize)));
    auto headerBytes = source.read(qint64(mapOffset), ChunkHeaderSize + FileMapSignature.size());
    if (!headerBytes)
        return failure(headerBytes.error());
    const ChunkHeader header = parseHeader(QByteArrayView(headerBytes.value()).first(ChunkHeaderSize));
    if (header.magic != ChunkMagic || QByteArrayView(headerBytes.value()).sliced(ChunkHeaderSize) != FileMapSignature ||
        header.nameLength < FileMapSignature.size() || header.nameLength > MaxPaddedNameLength)
        return failure(damagedMap.arg(path, tr("no chunk map at byte %1").arg(mapOffset)));
    const qint64 dataOffset = qint64(mapOffset) + ChunkHeaderSize + header.nameLength;
    if (header.dataLength > quint64(MaxMapBytes))
        return failure(damagedMap.arg(path, tr("it claims %1 MiB").arg(double(header.dataLength) / (1024 * 1024), 0, 'f', 1)));
    if (!source.contains(dataOffset, qint64(header.dataLength)))
        return failure(damagedMap.arg(path, tr("it runs past the end of the file")));
    auto data = source.read(dataOffset, qint64(header.dataLength));
    if (!data)
        return failure(data.error());

    Nd2ChunkMap map;
    const QByteArrayView bytes = data.value();
    qsizetype position = 0;
    qint64 entries = 0;
    for (;;) {
        const QByteArrayView rest = bytes.sliced(position);
        const qsizetype bang = rest.first(std::min<qsizetype>(rest.size(), MaxNameLength)).indexOf('!');
        if (bang < 0)
            return failure(damagedMap.arg(path, tr("entry %1 has no proper name").arg(entries + 1)));
        const QByteArrayView name = rest.first(bang + 1);
        if (name == ChunkMapSignature)
            break;
        if (++entries > MaxEntries)
            return failure(damagedMap.arg(path, tr("it lists more than %1 chunks").arg(MaxEntries)));
        if (rest.size() < bang + 1 + 16)
            return failure(damagedMap.arg(path, tr("it ends in the middle of an entry")));
        BinaryCursor cursor(rest.sliced(bang + 1, 16));
        const quint64 offset = cursor.u64();
        const quint64 size = cursor.u64();
        // The offset is that of the chunk header; the size that of its data,
        // or equal to the offset when the writer did not know it (nd2 notes this).
        const bool sizeKnown = size != offset;
        if (offset > quint64(fileSize - ChunkHeaderSize) || (sizeKnown && size > quint64(fileSize) - offset)) {
            return failure(damagedMap.arg(path, tr("the chunk %1 is listed at bytes %2 to %3, beyond the end of the file (%4 bytes)")
                                                    .arg(printable(name))
                                                    .arg(offset)
                                                    .arg(sizeKnown ? offset + size : offset)
                                                    .arg(fileSize)));
        }
        if (name.startsWith(ImagePlanePrefix)) {
            ++map.m_imagePlanes;
        } else {
            if (map.m_entries.size() >= MaxKeptEntries)
                return failure(damagedMap.arg(path, tr("it lists more than %1 metadata chunks").arg(MaxKeptEntries)));
            map.m_entries.insert(name.toByteArray(), Entry{qint64(offset), sizeKnown ? qint64(size) : -1});
        }
        position += bang + 1 + 16;
    }
    return map;
}

Result<QByteArray> Nd2ChunkMap::readChunk(ByteSource &source, QByteArrayView name) const
{
    const auto found = m_entries.constFind(QByteArray(name.data(), name.size()));
    if (found == m_entries.constEnd())
        return Result<QByteArray>::failure(tr("%1: the ND2 file has no chunk %2.").arg(source.path(), printable(name)));
    const qint64 offset = found->offset;
    const QString damaged = tr("%1: the ND2 chunk %2 at byte %3 is damaged (%4); the file cannot be read completely.");
    // Header and name in one read; the name is verified so that a wrong map
    // entry is not decoded as something else.
    auto headerBytes = source.read(offset, ChunkHeaderSize + name.size());
    if (!headerBytes)
        return Result<QByteArray>::failure(headerBytes.error());
    const ChunkHeader header = parseHeader(QByteArrayView(headerBytes.value()).first(ChunkHeaderSize));
    if (header.magic != ChunkMagic || header.nameLength < name.size() || header.nameLength > MaxPaddedNameLength ||
        QByteArrayView(headerBytes.value()).sliced(ChunkHeaderSize) != name) {
        return Result<QByteArray>::failure(
            damaged.arg(source.path(), printable(name)).arg(offset).arg(tr("its header does not match the chunk map")));
    }
    if (header.dataLength > quint64(MaxChunkBytes)) {
        return Result<QByteArray>::failure(
            damaged.arg(source.path(), printable(name))
                .arg(offset)
                .arg(tr("it claims %1 MiB of metadata").arg(double(header.dataLength) / (1024 * 1024), 0, 'f', 1)));
    }
    const qint64 dataOffset = offset + ChunkHeaderSize + header.nameLength;
    if (!source.contains(dataOffset, qint64(header.dataLength))) {
        return Result<QByteArray>::failure(
            damaged.arg(source.path(), printable(name)).arg(offset).arg(tr("it runs past the end of the file")));
    }
    return source.read(dataOffset, qint64(header.dataLength));
}

} // namespace metafill
