#pragma once

#include "io/ByteSource.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>

namespace metafill {

// The table of contents of a Nikon ND2 file (versions 2.x and 3.x), and the
// only way the ND2 reader reaches a chunk. Layout (tlambert03/nd2
// `_chunk_decode.py`, Laboratory-Imaging/limnd2 `base.py`):
//   - offset 0: chunk header `uint32 magic 0x0ABECEDA, uint32 nameLength,
//     uint64 dataLength`, name "ND2 FILE SIGNATURE CHUNK NAME01!", data "Ver3.0";
//   - the last 40 bytes: "ND2 CHUNK MAP SIGNATURE 0000001!" + uint64 offset of
//     the chunk map, itself a chunk named "ND2 FILEMAP SIGNATURE NAME 0001!"
//     whose data is a run of `name…!` + uint64 offset + uint64 size entries,
//     closed by the chunk-map signature;
//   - every chunk: the same 16-byte header, the name (padded), then the data.
// Every entry is checked to lie inside the file. Image-plane entries
// ("ImageDataSeq|n!") are counted but not kept: metadata never needs them.
class Nd2ChunkMap
{
    Q_DECLARE_TR_FUNCTIONS(Nd2ChunkMap)

public:
    static constexpr quint32 ChunkMagic = 0x0ABECEDA;
    // A JPEG 2000 signature box read as a little-endian uint32: ND2 1.x files.
    static constexpr quint32 Jpeg2000Magic = 0x0C000000;
    static constexpr qint64 MaxMapBytes = 48LL * 1024 * 1024;
    static constexpr qint64 MaxEntries = 4'000'000;
    static constexpr qint64 MaxKeptEntries = 100'000;
    static constexpr qint64 MaxNameLength = 1'024;
    static constexpr qint64 MaxChunkBytes = 32LL * 1024 * 1024;

    enum class Kind { NotNd2, Chunked, LegacyJpeg2000 };
    // What the first bytes say: a chunked ND2 (2.x/3.x), an ND2 1.x file
    // (JPEG 2000 container), or something else.
    static Kind identify(QByteArrayView head);

    struct Version
    {
        int major = 0;
        int minor = 0;
    };
    // The version in the file's signature chunk ("Ver3.0" → 3.0).
    static Result<Version> readVersion(const ByteSource &source);

    static Result<Nd2ChunkMap> read(ByteSource &source);

    bool contains(QByteArrayView name) const { return m_entries.contains(QByteArray(name.data(), name.size())); }
    // The data of the chunk `name`, after checking its header and name. An
    // absent chunk is an error too; ask contains() first for optional ones.
    Result<QByteArray> readChunk(ByteSource &source, QByteArrayView name) const;

    // How many image planes ("ImageDataSeq|n!" chunks) the map lists.
    qint64 imagePlaneCount() const { return m_imagePlanes; }
    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry
    {
        qint64 offset = 0;
        qint64 size = -1; // -1: the map does not say
    };

    QHash<QByteArray, Entry> m_entries;
    qint64 m_imagePlanes = 0;
};

} // namespace metafill
