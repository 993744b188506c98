#include "OmeXmlText.h"

#include "ome/OmeXmlParser.h"
#include "tiff/TiffDirectory.h"

#include <algorithm>

namespace metafill {

namespace {

// What the parser trims from the end of a document.
bool isTrailingBlank(char c)
{
    return c == '\0' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// What looksLikeOmeXml() trims (QByteArrayView::trimmed() and NULs).
bool isSpaceOrNul(char c)
{
    return c == '\0' || c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

QByteArrayView trimmedStart(QByteArrayView text)
{
    while (!text.isEmpty() && text.front() != '\0' && isSpaceOrNul(text.front()))
        text = text.sliced(1);
    return text;
}

} // namespace

OmeXmlText::OmeXmlText(QByteArrayView bytes) : m_memory(bytes), m_length(bytes.size())
{
}

OmeXmlText OmeXmlText::owning(QByteArray bytes)
{
    OmeXmlText text;
    text.m_owned = std::move(bytes);
    text.m_memory = text.m_owned;
    text.m_length = text.m_owned.size();
    return text;
}

Result<OmeXmlText> OmeXmlText::fromTiffTag(ByteSource &source, const TiffDirectory &directory, const TiffTag &tag, qint64 maxBytes)
{
    const std::optional<quint64> length = tag.byteLength();
    if (!tag.isInline && length && *length > quint64(StreamAboveBytes) && *length <= quint64(maxBytes))
        return fromFile(source, qint64(tag.offset), qint64(*length));
    Result<QByteArray> bytes = directory.bytes(source, tag, maxBytes);
    if (!bytes)
        return Result<OmeXmlText>::failure(bytes.error());
    return owning(std::move(bytes).value());
}

Result<OmeXmlText> OmeXmlText::fromFile(ByteSource &source, qint64 offset, qint64 length)
{
    // A range outside the file or beyond the budget: ByteSource says so, as for a read at once.
    if (length <= StreamAboveBytes || !source.contains(offset, length) || length > source.budgetLeft()) {
        Result<QByteArray> bytes = source.read(offset, length);
        if (!bytes)
            return Result<OmeXmlText>::failure(bytes.error());
        return owning(std::move(bytes).value());
    }

    OmeXmlText text;
    text.m_source = &source;
    text.m_offset = offset;
    text.m_length = length;
    // Where the text ends: the last chunk with more than blanks. Blank chunks after it are read once and dropped.
    for (qint64 index = text.chunkCount() - 1; index >= 0; --index) {
        const qint64 start = index * ChunkBytes;
        Result<QByteArray> bytes = source.read(offset + start, std::min(ChunkBytes, length - start));
        if (!bytes)
            return Result<OmeXmlText>::failure(bytes.error());
        // A pointer walk: a description of 60 MiB of NULs is scanned here whole
        // (QByteArray::at() per byte took seconds in debug builds).
        const char *chunk = bytes->constData();
        qsizetype end = bytes->size();
        while (end > 0 && isTrailingBlank(chunk[end - 1]))
            --end;
        if (end > 0 || index == 0) {
            text.m_tail = std::move(bytes).value();
            text.m_tailIndex = index;
            text.m_textEnd = start + end;
            break;
        }
    }
    // Nothing but blanks: an empty text, which no reader needs to read again.
    if (text.m_textEnd == 0)
        return owning(QByteArray());
    if (text.m_tailIndex == 0) {
        text.m_head = text.m_tail;
    } else {
        Result<QByteArray> head = source.read(offset, ChunkBytes);
        if (!head)
            return Result<OmeXmlText>::failure(head.error());
        text.m_head = std::move(head).value();
    }
    return text;
}

std::pair<qint64, qint64> OmeXmlText::documentRange() const
{
    qint64 end = m_textEnd;
    if (inMemory()) {
        end = m_memory.size();
        while (end > 0 && isTrailingBlank(m_memory.at(end - 1)))
            --end;
    }
    const QByteArrayView start = head().first(std::min<qint64>(end, head().size()));
    return {start.startsWith("\xEF\xBB\xBF") ? 3 : 0, end};
}

QByteArrayView OmeXmlText::head() const
{
    return inMemory() ? m_memory : QByteArrayView(m_head);
}

Result<QByteArray> OmeXmlText::chunk(qint64 index) const
{
    if (index == 0)
        return m_head;
    if (index == m_tailIndex)
        return m_tail;
    const qint64 start = index * ChunkBytes;
    return m_source->read(m_offset + start, std::min(ChunkBytes, m_length - start));
}

bool OmeXmlText::canReadAgain() const
{
    // The pass under way still charges up to the whole text; another one as much again.
    return inMemory() || m_source->budgetLeft() >= 2 * m_length;
}

Result<QByteArray> OmeXmlText::readAll()
{
    if (inMemory())
        return m_memory.data() == m_owned.constData() ? m_owned : m_memory.toByteArray();
    QByteArray all;
    all.reserve(m_length);
    for (qint64 index = 0; index < chunkCount(); ++index) {
        const Result<QByteArray> bytes = chunk(index);
        if (!bytes)
            return bytes;
        all.append(*bytes);
    }
    return all;
}

bool OmeXmlText::looksLikeOmeXml()
{
    if (inMemory())
        return OmeXmlParser::looksLikeOmeXml(m_memory);

    // The end, trimmed as looksLikeOmeXml() trims it.
    QByteArrayView tail = QByteArrayView(m_tail).first(m_textEnd - m_tailIndex * ChunkBytes);
    while (!tail.isEmpty() && isSpaceOrNul(tail.back()))
        tail.chop(1);
    const bool tailKnown = !tail.isEmpty() || m_tailIndex == 0;
    if (tail.endsWith("OME>"))
        return true;

    QByteArrayView head = trimmedStart(m_head);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = trimmedStart(head.sliced(3));
    const bool headKnown = !head.isEmpty();
    if (head.startsWith("<OME") || head.startsWith("<ome:OME"))
        return true;
    if (headKnown && tailKnown && !head.startsWith("<?xml"))
        return false;
    if (headKnown && tailKnown && (head.contains("<OME") || head.contains(":OME ") || tail.contains("<OME") || tail.contains(":OME ")))
        return true;

    // Undecided by the two ends (an XML declaration with the root further in than a chunk): the whole text decides.
    Result<QByteArray> all = readAll();
    if (!all)
        return false;
    m_owned = std::move(all).value();
    m_memory = m_owned;
    m_source = nullptr;
    m_head.clear();
    m_tail.clear();
    return OmeXmlParser::looksLikeOmeXml(m_memory);
}

} // namespace metafill
