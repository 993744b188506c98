#pragma once

#include "io/ByteSource.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <utility>

namespace metafill {

class TiffDirectory;
struct TiffTag;

// The bytes of one OME-XML document for OmeXmlParser: in memory, or a range
// of a file. A large range (a 56 MiB ImageDescription) is never held whole:
// its first and last chunk are read when it is opened (the parser must know
// where the text ends before it starts), the others one at a time while the
// parser reads them, each byte once, so ByteSource counts and charges exactly
// what reading the range at once would.
class OmeXmlText
{
public:
    static constexpr qint64 ChunkBytes = 1024 * 1024;
    // Ranges up to this size are read at once: small documents are parsed as one tree.
    static constexpr qint64 StreamAboveBytes = ChunkBytes;

    // Bytes in memory; they are not copied and must outlive the text.
    explicit OmeXmlText(QByteArrayView bytes);
    // `length` bytes at `offset` of `source`, which must outlive the text.
    static Result<OmeXmlText> fromFile(ByteSource &source, qint64 offset, qint64 length);
    // The value of a TIFF tag (an ImageDescription) of at most `maxBytes`, with
    // TiffDirectory::bytes()' checks and messages.
    static Result<OmeXmlText> fromTiffTag(ByteSource &source, const TiffDirectory &directory, const TiffTag &tag, qint64 maxBytes);

    qint64 size() const { return m_length; }
    bool inMemory() const { return !m_source; }
    QByteArrayView bytes() const { return m_memory; } // in memory only
    // Where the document is in the text, [begin, end): after a leading
    // byte-order mark, before NULs and blanks (space, tab, CR, LF) at the end.
    std::pair<qint64, qint64> documentRange() const;

    // OmeXmlParser::looksLikeOmeXml() for the whole text; a large one is judged
    // by its first and last chunk, and read whole only when they do not tell.
    bool looksLikeOmeXml();
    // The whole text, for a reader that needs it after all (reads what was not read yet).
    Result<QByteArray> readAll();
    // The first chunk (the whole text when in memory).
    QByteArrayView head() const;
    // Whether the text can be read once more after the read about to start
    // (a file range costs the source's budget again).
    bool canReadAgain() const;

private:
    friend class OmeXmlTextFeed;
    OmeXmlText() = default;
    static OmeXmlText owning(QByteArray bytes);

    qint64 chunkCount() const { return (m_length + ChunkBytes - 1) / ChunkBytes; }
    // Chunk k: bytes [k × ChunkBytes, …) of the text; the first and the last with text are kept.
    Result<QByteArray> chunk(qint64 index) const;

    QByteArray m_owned;        // a small file range, read at once
    QByteArrayView m_memory;   // the text, when in memory
    ByteSource *m_source = nullptr;
    qint64 m_offset = 0;
    qint64 m_length = 0;
    QByteArray m_head;         // chunk 0
    QByteArray m_tail;         // chunk m_tailIndex: the last one that is not all blanks
    qint64 m_tailIndex = 0;
    qint64 m_textEnd = 0;      // after the last byte that is not NUL, space, tab, CR or LF
};

} // namespace metafill
