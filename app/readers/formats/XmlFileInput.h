#pragma once

#include "io/ByteSource.h"
#include "ome/XmlElementStream.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace metafill {

// A vendor header's XML (Zeiss CZI, Leica LIF) handed to XmlElementStream
// from its file one chunk at a time, so that the text of a large header is
// never whole in memory. Every byte of the range is read once, in order, so
// ByteSource counts and charges exactly what reading the range at once would.
//
// LIF headers are UTF-16LE; they are converted to UTF-8 exactly as pugixml
// converts them for a whole-tree parse (pugi::encoding_utf16_le): unpaired
// surrogates are dropped, not replaced (QStringDecoder would write U+FFFD),
// so the stream sees the very bytes the tree parse sees and reports errors at
// the same offsets. A surrogate pair split between two chunks is joined.
class XmlFileInput : public XmlElementStream::Input
{
public:
    enum class Encoding { Utf8, Utf16Le };
    static constexpr qint64 ChunkBytes = 1024 * 1024; // even: chunks of UTF-16 text end between code units

    // Sees the converted text as it is produced, from an offset on.
    class Watcher
    {
    public:
        virtual ~Watcher() = default;
        // The next bytes; returns true once it has seen enough.
        virtual bool see(QByteArrayView bytes) = 0;
    };

    // `length` bytes at `offset` of `source`, which must outlive the input. Use
    // check() first: a range the source cannot serve fails on the first chunk.
    // Tests read in smaller chunks, to put a boundary between any two bytes.
    XmlFileInput(ByteSource &source, qint64 offset, qint64 length, Encoding encoding, qint64 chunkBytes = ChunkBytes);

    // Whether the range lies in the file and fits the source's budget, with
    // ByteSource's own messages: the same answer reading it at once would give.
    static Status check(ByteSource &source, qint64 offset, qint64 length);

    Status append(QByteArray &buffer, bool &last) override;

    // Hands the converted text from `offset` on to `watcher` until it has seen
    // enough. `offset` must not lie before the bytes the stream asked for last
    // (less LookBehind): a handler may watch from the tag it is told about.
    // False when those bytes are gone (then nothing is watched).
    bool watch(Watcher &watcher, qint64 offset);
    static constexpr qsizetype LookBehind = 16;

private:
    void convertUtf16(QByteArrayView bytes, bool final, QByteArray &out);
    void feedWatcher();

    ByteSource &m_source;
    qint64 m_offset;
    qint64 m_length;
    Encoding m_encoding;
    qint64 m_chunkBytes;
    qint64 m_position = 0; // bytes of the range read so far

    char16_t m_pendingLead = 0; // a high surrogate whose partner is in the next chunk
    QByteArray m_pendingByte;   // half a UTF-16 code unit at the end of a chunk

    // The converted text last produced, [m_outputStart, m_outputStart + size),
    // and the LookBehind bytes before it.
    QByteArray m_output;
    qint64 m_outputStart = 0;
    QByteArray m_before;

    Watcher *m_watcher = nullptr;
};

} // namespace metafill
