#include "XmlFileInput.h"

#include <algorithm>

namespace metafill {

namespace {

// pugixml's utf8_writer: U+0000 is written as a NUL byte, which ends the text for the parser as for the stream.
char *writeUtf8(char *out, char32_t code)
{
    if (code < 0x80) {
        *out++ = char(code);
    } else if (code < 0x800) {
        *out++ = char(0xC0 | (code >> 6));
        *out++ = char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        *out++ = char(0xE0 | (code >> 12));
        *out++ = char(0x80 | ((code >> 6) & 0x3F));
        *out++ = char(0x80 | (code & 0x3F));
    } else {
        *out++ = char(0xF0 | (code >> 18));
        *out++ = char(0x80 | ((code >> 12) & 0x3F));
        *out++ = char(0x80 | ((code >> 6) & 0x3F));
        *out++ = char(0x80 | (code & 0x3F));
    }
    return out;
}

bool isLead(char16_t unit)
{
    return unit >= 0xD800 && unit < 0xDC00;
}

bool isTrail(char16_t unit)
{
    return unit >= 0xDC00 && unit < 0xE000;
}

char32_t combined(char16_t lead, char16_t trail)
{
    return 0x10000 + (char32_t(lead & 0x3FF) << 10) + (trail & 0x3FF);
}

} // namespace

XmlFileInput::XmlFileInput(ByteSource &source, qint64 offset, qint64 length, Encoding encoding, qint64 chunkBytes)
    : m_source(source), m_offset(offset), m_length(std::max<qint64>(0, length)), m_encoding(encoding),
      m_chunkBytes(std::max<qint64>(1, chunkBytes))
{}

Status XmlFileInput::check(ByteSource &source, qint64 offset, qint64 length)
{
    if (source.contains(offset, length) && length <= source.budgetLeft())
        return Done{};
    // ByteSource refuses such a read before reading anything, with the message a read at once gets.
    const Result<QByteArray> atOnce = source.read(offset, length);
    return atOnce ? Status(Done{}) : Status::failure(atOnce.error());
}

Status XmlFileInput::append(QByteArray &buffer, bool &last)
{
    const qint64 size = std::min(m_chunkBytes, m_length - m_position);
    Result<QByteArray> chunk = size > 0 ? m_source.read(m_offset + m_position, size) : Result<QByteArray>(QByteArray());
    if (!chunk)
        return Status::failure(chunk.error());
    m_position += size;
    const bool final = m_position >= m_length;

    // The bytes produced before stay for a watcher that starts at a tag's end (see watch()).
    if (m_output.size() >= LookBehind)
        m_before = m_output.right(LookBehind);
    else
        m_before = QByteArray(m_before + m_output).right(LookBehind);
    m_outputStart += m_output.size();
    if (m_encoding == Encoding::Utf8)
        m_output = std::move(chunk).value();
    else
        convertUtf16(*chunk, final, m_output); // into the same allocation, chunk after chunk
    buffer.append(QByteArrayView(m_output));   // a copy: m_output stays ours
    feedWatcher();
    last = final;
    return Done{};
}

// pugixml's utf16_decoder: a lead surrogate followed by a trail makes one
// character; any other surrogate is dropped, and the unit after an unpaired
// lead is read as it is.
void XmlFileInput::convertUtf16(QByteArrayView bytes, bool final, QByteArray &out)
{
    QByteArray joined;
    if (!m_pendingByte.isEmpty()) {
        joined = m_pendingByte + bytes;
        bytes = joined;
        m_pendingByte.clear();
    }
    const qsizetype units = bytes.size() / 2;
    if (bytes.size() % 2 != 0 && !final)
        m_pendingByte = bytes.last(1).toByteArray(); // a trailing odd byte of the whole text is dropped, as by pugixml
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const auto unitAt = [data](qsizetype i) { return char16_t(data[2 * i] | (data[2 * i + 1] << 8)); };

    // At most three bytes a unit (a pair of units makes four); written through a pointer, the text being mostly ASCII.
    out.resize(3 * (units + 1));
    char *const begin = out.data();
    char *p = begin;
    qsizetype i = 0;
    if (m_pendingLead != 0) {
        if (units > 0 && isTrail(unitAt(0))) {
            p = writeUtf8(p, combined(m_pendingLead, unitAt(0)));
            i = 1;
        }
        if (units > 0 || final)
            m_pendingLead = 0;
    }
    for (; i < units; ++i) {
        const char16_t unit = unitAt(i);
        if (unit < 0x80) {
            *p++ = char(unit);
        } else if (unit < 0xD800 || unit >= 0xE000) {
            p = writeUtf8(p, unit);
        } else if (isLead(unit)) {
            if (i + 1 < units) {
                if (isTrail(unitAt(i + 1))) {
                    p = writeUtf8(p, combined(unit, unitAt(i + 1)));
                    ++i;
                }
            } else if (!final) {
                m_pendingLead = unit; // its partner starts the next chunk
            }
        }
    }
    out.resize(p - begin);
}

bool XmlFileInput::watch(Watcher &watcher, qint64 offset)
{
    m_watcher = nullptr;
    const qint64 retainedStart = m_outputStart - m_before.size();
    const qint64 producedEnd = m_outputStart + m_output.size();
    if (offset < retainedStart || offset > producedEnd)
        return false;
    if (offset < m_outputStart) {
        if (watcher.see(QByteArrayView(m_before).sliced(offset - retainedStart)))
            return true;
        offset = m_outputStart;
    }
    if (!watcher.see(QByteArrayView(m_output).sliced(offset - m_outputStart)))
        m_watcher = &watcher;
    return true;
}

void XmlFileInput::feedWatcher()
{
    if (m_watcher && m_watcher->see(m_output))
        m_watcher = nullptr;
}

} // namespace metafill
