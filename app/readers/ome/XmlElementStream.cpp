#include "XmlElementStream.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace metafill {

namespace {

// pugixml's character classes (chartype_table): ct_space, ct_start_symbol, ct_symbol.
enum CharClass : uchar { Space = 1, StartSymbol = 2, Symbol = 4 };

constexpr std::array<uchar, 256> charClasses()
{
    std::array<uchar, 256> classes{};
    for (int c = 0; c < 256; ++c) {
        const bool start = c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
        const bool symbol = start || (c >= '0' && c <= '9') || c == '-' || c == '.';
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        classes[c] = uchar((space ? Space : 0) | (start ? StartSymbol : 0) | (symbol ? Symbol : 0));
    }
    return classes;
}

constexpr std::array<uchar, 256> classes = charClasses();

bool isSpace(uchar c)
{
    return classes[c] & Space;
}

bool isStartSymbol(uchar c)
{
    return classes[c] & StartSymbol;
}

bool isSymbol(uchar c)
{
    return classes[c] & Symbol;
}

// How much of the window before the position being read stays: pugixml
// never looks back further than the "<!" of a DOCTYPE.
constexpr qint64 LookBehind = 64;

} // namespace

XmlElementStream::XmlElementStream(Input &input, Handler &handler, Limits limits) : m_input(&input), m_handler(handler), m_limits(limits)
{
}

XmlElementStream::XmlElementStream(QByteArrayView document, Handler &handler, Limits limits)
    : m_handler(handler), m_limits(limits)
{
    m_data = reinterpret_cast<const uchar *>(document.data());
    m_loadedEnd = document.size();
    m_length = document.size();
    m_inputDone = true;
}

uchar XmlElementStream::load(qint64 position)
{
    while (position >= m_loadedEnd) {
        if (m_inputDone || m_outcome.failure != Failure::None)
            return 0;
        // A piece, or the tag whose name is being read, stays whole; the rest goes.
        qint64 keep = position - LookBehind;
        if (m_pin >= 0) {
            if (position - m_pin > m_limits.maxPieceBytes) {
                fail(Failure::PieceTooLarge);
                return 0;
            }
            keep = std::min(keep, m_pin);
        }
        if (m_tagStart >= 0) {
            if (position - m_tagStart > m_limits.maxPieceBytes) {
                fail(Failure::PieceTooLarge); // a name that long: no name to show
                return 0;
            }
            keep = std::min(keep, m_tagStart);
        }
        keep = std::clamp(keep, m_base, m_loadedEnd);
        m_buffer.remove(0, keep - m_base);
        m_base = keep;
        bool last = false;
        const Status appended = m_input->append(m_buffer, last);
        if (!appended) {
            fail(Failure::Input, appended.error());
            return 0;
        }
        m_data = reinterpret_cast<const uchar *>(m_buffer.constData());
        m_loadedEnd = m_base + m_buffer.size();
        if (last) {
            m_inputDone = true;
            m_length = m_loadedEnd;
        }
    }
    return m_data[position - m_base];
}

void XmlElementStream::skipSpace(qint64 &s)
{
    while (isSpace(at(s)))
        ++s;
}

// Moves `s` to the first `stop` byte or NUL, a loaded window at a time: texts
// and attribute values are most of a document.
void XmlElementStream::skipUntil(qint64 &s, char stop)
{
    for (;;) {
        if (s >= m_loadedEnd && at(s) == 0)
            return; // the end of the text (or a failed read)
        const uchar *p = m_data + (s - m_base);
        const uchar *end = m_data + (m_loadedEnd - m_base);
        while (p < end && *p != uchar(stop) && *p != 0)
            ++p;
        s = m_base + (p - m_data);
        if (p < end)
            return;
    }
}

// Moves `s` past a name (pugixml's ct_symbol bytes).
void XmlElementStream::skipSymbols(qint64 &s)
{
    for (;;) {
        if (s >= m_loadedEnd && !isSymbol(at(s)))
            return;
        const uchar *p = m_data + (s - m_base);
        const uchar *end = m_data + (m_loadedEnd - m_base);
        while (p < end && isSymbol(*p))
            ++p;
        s = m_base + (p - m_data);
        if (p < end)
            return;
    }
}

bool XmlElementStream::syntaxError(pugi::xml_parse_status status, qint64 offset)
{
    if (m_outcome.failure == Failure::None) {
        m_outcome.failure = Failure::Syntax;
        m_outcome.status = status;
        m_outcome.offset = offset;
    }
    return false;
}

bool XmlElementStream::fail(Failure failure, QString message)
{
    if (m_outcome.failure == Failure::None) {
        m_outcome.failure = failure;
        m_outcome.message = std::move(message);
        // The piece's name follows its '<', which is still in the window.
        if (failure == Failure::PieceTooLarge && m_pin >= m_base)
            m_outcome.element = bytes(m_pin + 1, m_pin + 1 + m_pieceNameLength).toByteArray();
    }
    return false;
}

QString XmlElementStream::limitMessage(const Outcome &outcome, const Limits &limits, const QString &origin, const QString &document)
{
    switch (outcome.failure) {
    case Failure::PieceTooLarge:
        return tr("%1: %2 has a <%3> element larger than Metafill reads (%4 MiB or %5 attributes and inner elements); the file is "
                  "damaged or not supported.")
            .arg(origin, document, QString::fromUtf8(outcome.element).left(64), QString::number(limits.maxPieceBytes / (1024 * 1024)),
                 QString::number(limits.maxPieceNodes));
    case Failure::TooDeep:
        return tr("%1: %2 nests its elements deeper than Metafill reads (%3 levels); the file is damaged or not supported.")
            .arg(origin, document, QString::number(limits.maxDepth));
    case Failure::Syntax:
    case Failure::Input:
    case Failure::Handler:
    case Failure::None:
        break;
    }
    return {};
}

XmlElementStream::Outcome XmlElementStream::run()
{
    // pugixml skips one byte-order mark at the start of its buffer.
    qint64 s = 0;
    if (at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF)
        s = 3;

    // parse_tree()
    while (m_outcome.failure == Failure::None && at(s) != 0) {
        if (at(s) == '<') {
            ++s;
        } else {
            const qint64 mark = s;
            skipSpace(s);
            if (at(s) == '<' || at(s) == 0)
                continue; // blanks only: no text node
            // No stepping back to `mark`: a long run of blanks may have
            // crossed a chunk, and the window no longer holds its start. The
            // blanks are not '<', so scanning on from here ends where a scan
            // from `mark` would.
            if (!m_open.isEmpty()) {
                // Text inside an element (strconv_pcdata): it ends at '<', which is stepped over, or at NUL.
                if (!countNode(mark))
                    break;
                skipUntil(s, '<');
                if (at(s) == '<')
                    ++s;
                if (at(s) == 0)
                    break;
            } else {
                // Text outside the root is skipped.
                skipUntil(s, '<');
                if (at(s) == 0)
                    break;
                ++s;
            }
        }
        // After '<' (LOC_TAG).
        const uchar c = at(s);
        bool goOn = false;
        if (isStartSymbol(c))
            goOn = startElement(s);
        else if (c == '/')
            goOn = endElement(s);
        else if (c == '?')
            goOn = question(s);
        else if (c == '!')
            goOn = exclamation(s);
        else
            goOn = syntaxError(pugi::status_unrecognized_tag, s);
        if (!goOn)
            break;
    }
    if (m_outcome.failure == Failure::None && !m_open.isEmpty())
        syntaxError(pugi::status_end_element_mismatch, s);
    // pugixml steps back from an error on the buffer's NUL after the text.
    if (m_outcome.failure == Failure::Syntax && m_outcome.offset > 0 && m_inputDone && m_outcome.offset == m_length)
        --m_outcome.offset;
    if (m_outcome.failure == Failure::None && !m_sawElement) {
        // Reported at that NUL; the text may have ended early at a NUL of its own.
        while (!m_inputDone && m_outcome.failure == Failure::None)
            load(m_loadedEnd);
        syntaxError(pugi::status_no_document_element, m_length);
    }
    return m_outcome;
}

bool XmlElementStream::startElement(qint64 &s)
{
    const qint64 tagStart = s - 1;
    m_tagStart = tagStart;
    const qint64 nameStart = s;
    skipSymbols(s);
    if (!opened(tagStart, nameStart, s))
        return false;
    const uchar ch = at(s);
    ++s;
    if (ch == '>')
        return startTagEnded(s);
    if (isSpace(ch)) {
        // Attributes (LOC_ATTRIBUTES); their values are read by pugixml later, only their end matters here.
        for (;;) {
            skipSpace(s);
            const uchar c = at(s);
            if (isStartSymbol(c)) {
                if (!countNode(s))
                    return false;
                skipSymbols(s);
                uchar after = at(s);
                ++s;
                if (isSpace(after)) {
                    skipSpace(s);
                    after = at(s);
                    ++s;
                }
                if (after != '=')
                    return syntaxError(pugi::status_bad_attribute, s);
                skipSpace(s);
                const uchar quote = at(s);
                if (quote != '"' && quote != '\'')
                    return syntaxError(pugi::status_bad_attribute, s);
                ++s;
                const qint64 value = s;
                skipUntil(s, char(quote));
                if (at(s) == 0)
                    return syntaxError(pugi::status_bad_attribute, value);
                ++s;
                if (isStartSymbol(at(s)))
                    return syntaxError(pugi::status_bad_attribute, s);
            } else if (c == '/') {
                ++s;
                if (at(s) != '>')
                    return syntaxError(pugi::status_bad_start_element, s);
                ++s;
                return closed(s);
            } else if (c == '>') {
                ++s;
                return startTagEnded(s);
            } else {
                return syntaxError(pugi::status_bad_start_element, s);
            }
        }
    }
    if (ch == '/') {
        if (at(s) != '>')
            return syntaxError(pugi::status_bad_start_element, s);
        ++s;
        return closed(s);
    }
    if (ch == 0)
        --s; // the NUL that ends the text
    return syntaxError(pugi::status_bad_start_element, s);
}

bool XmlElementStream::endElement(qint64 &s)
{
    ++s;
    const qint64 mark = s;
    if (m_open.isEmpty())
        return syntaxError(pugi::status_end_element_mismatch, mark);
    const auto [start, length] = m_open.last();
    const char *name = m_names.data() + start;
    qint64 matched = 0;
    while (isSymbol(at(s))) {
        if (matched >= length || at(s) != uchar(name[matched]))
            return syntaxError(pugi::status_end_element_mismatch, mark);
        ++s;
        ++matched;
    }
    if (matched < length)
        return syntaxError(pugi::status_end_element_mismatch, mark);
    skipSpace(s);
    if (at(s) != '>')
        return syntaxError(pugi::status_bad_end_element, s);
    ++s;
    return closed(s);
}

// "<?…?>": neither the XML declaration nor processing instructions are kept by parse_default.
bool XmlElementStream::question(qint64 &s)
{
    ++s;
    if (!isStartSymbol(at(s)))
        return syntaxError(pugi::status_bad_pi, s);
    while (isSymbol(at(s)))
        ++s;
    if (at(s) == 0)
        return syntaxError(pugi::status_bad_pi, s);
    while (at(s) != 0 && !(at(s) == '?' && at(s + 1) == '>'))
        ++s;
    if (at(s) == 0)
        return syntaxError(pugi::status_bad_pi, s);
    s += at(s + 1) == '>' ? 2 : 1;
    return true;
}

// "<!…": comments (not kept), CDATA sections (text), a DOCTYPE (skipped, never expanded).
bool XmlElementStream::exclamation(qint64 &s)
{
    ++s;
    const uchar c = at(s);
    if (c == '-') {
        ++s;
        if (at(s) != '-')
            return syntaxError(pugi::status_bad_comment, s);
        ++s;
        for (;;) {
            skipUntil(s, '-');
            if (at(s) == 0 || (at(s + 1) == '-' && at(s + 2) == '>'))
                break;
            ++s;
        }
        if (at(s) == 0)
            return syntaxError(pugi::status_bad_comment, s);
        s += at(s + 2) == '>' ? 3 : 2;
        return true;
    }
    if (c == '[') {
        for (const char expected : {'C', 'D', 'A', 'T', 'A', '['}) {
            ++s;
            if (at(s) != uchar(expected))
                return syntaxError(pugi::status_bad_cdata, s);
        }
        ++s;
        if (!countNode(s))
            return false;
        const qint64 value = s;
        for (;;) {
            skipUntil(s, ']');
            if (at(s) == 0)
                return syntaxError(pugi::status_bad_cdata, value);
            if (at(s + 1) == ']' && at(s + 2) == '>')
                break;
            ++s;
        }
        ++s;
        s += at(s + 1) == '>' ? 2 : 1;
        return true;
    }
    if (c == 'D' && at(s + 1) == 'O' && at(s + 2) == 'C' && at(s + 3) == 'T' && at(s + 4) == 'Y' && at(s + 5) == 'P' && at(s + 6) == 'E') {
        s -= 2;
        if (!m_open.isEmpty())
            return syntaxError(pugi::status_bad_doctype, s);
        if (!doctypeGroup(s))
            return false;
        if (at(s) != 0)
            ++s;
        return true;
    }
    return syntaxError(pugi::status_unrecognized_tag, s);
}

bool XmlElementStream::doctypeGroup(qint64 &s)
{
    qint64 depth = 0;
    s += 2;
    while (at(s) != 0) {
        if (at(s) == '<' && at(s + 1) == '!' && at(s + 2) != '-') {
            if (at(s + 2) == '[') {
                if (!doctypeIgnore(s))
                    return false;
            } else {
                s += 2;
                ++depth;
            }
        } else if (at(s) == '<' || at(s) == '"' || at(s) == '\'') {
            if (!doctypePrimitive(s))
                return false;
        } else if (at(s) == '>') {
            if (depth == 0)
                return true;
            --depth;
            ++s;
        } else {
            ++s;
        }
    }
    return syntaxError(pugi::status_bad_doctype, s);
}

bool XmlElementStream::doctypePrimitive(qint64 &s)
{
    if (at(s) == '"' || at(s) == '\'') {
        const uchar quote = at(s);
        ++s;
        while (at(s) != 0 && at(s) != quote)
            ++s;
        if (at(s) == 0)
            return syntaxError(pugi::status_bad_doctype, s);
        ++s;
    } else if (at(s) == '<' && at(s + 1) == '?') {
        s += 2;
        while (at(s) != 0 && !(at(s) == '?' && at(s + 1) == '>'))
            ++s;
        if (at(s) == 0)
            return syntaxError(pugi::status_bad_doctype, s);
        s += 2;
    } else if (at(s) == '<' && at(s + 1) == '!' && at(s + 2) == '-' && at(s + 3) == '-') {
        s += 4;
        while (at(s) != 0 && !(at(s) == '-' && at(s + 1) == '-' && at(s + 2) == '>'))
            ++s;
        if (at(s) == 0)
            return syntaxError(pugi::status_bad_doctype, s);
        s += 3;
    } else {
        return syntaxError(pugi::status_bad_doctype, s);
    }
    return true;
}

bool XmlElementStream::doctypeIgnore(qint64 &s)
{
    qint64 depth = 0;
    s += 3;
    while (at(s) != 0) {
        if (at(s) == '<' && at(s + 1) == '!' && at(s + 2) == '[') {
            s += 3;
            ++depth;
        } else if (at(s) == ']' && at(s + 1) == ']' && at(s + 2) == '>') {
            s += 3;
            if (depth == 0)
                return true;
            --depth;
        } else {
            ++s;
        }
    }
    return syntaxError(pugi::status_bad_doctype, s);
}

bool XmlElementStream::countNode(qint64 position)
{
    if (m_pin < 0)
        return true;
    if (++m_pieceNodes > m_limits.maxPieceNodes || position - m_pin > m_limits.maxPieceBytes)
        return fail(Failure::PieceTooLarge);
    return true;
}

bool XmlElementStream::opened(qint64 tagStart, qint64 nameStart, qint64 nameEnd)
{
    if (m_outcome.failure != Failure::None)
        return false;
    const QByteArrayView name = bytes(nameStart, nameEnd);
    if (m_open.size() >= m_limits.maxDepth)
        return fail(Failure::TooDeep);
    if (!m_open.isEmpty() && QByteArrayView(m_names.data() + m_open.last().first, m_open.last().second) == name) {
        m_open.append(m_open.last());
    } else {
        if (qint64(m_names.size()) + name.size() > m_limits.maxNameBytes)
            return fail(Failure::TooDeep);
        m_open.append({qint32(m_names.size()), qint32(name.size())});
        m_names.append(name.data(), size_t(name.size()));
    }
    if (m_open.size() == 1)
        m_sawElement = true;
    m_tagStart = -1;

    if (m_opaque > 0) {
        ++m_opaque;
        return m_wholePiece ? countNode(tagStart) : true;
    }
    const int depth = m_descended;
    const Use use = m_handler.use(name, depth);
    if (use == Use::Skip) {
        m_opaque = 1;
        m_wholePiece = false;
        return true;
    }
    m_pin = tagStart;
    m_pieceNodes = 1;
    m_pieceNameLength = std::min<qsizetype>(name.size(), 256);
    if (use == Use::Whole) {
        m_opaque = 1;
        m_wholePiece = true;
    } else {
        m_pendingDescend = true;
    }
    return true;
}

bool XmlElementStream::startTagEnded(qint64 end)
{
    if (m_outcome.failure != Failure::None)
        return false;
    if (!m_pendingDescend)
        return true;
    m_pendingDescend = false;
    if (end - m_pin > m_limits.maxPieceBytes)
        return fail(Failure::PieceTooLarge);
    // "<Image ID="Image:0">" → "<Image ID="Image:0"/>", an element of its own.
    m_scratch = bytes(m_pin, end - 1).toByteArray();
    m_scratch.append("/>");
    const qint64 offset = m_pin;
    m_pin = -1;
    ++m_descended;
    const Status started = m_handler.startTag(m_scratch, offset);
    return started ? true : fail(Failure::Handler, started.error());
}

bool XmlElementStream::closed(qint64 end)
{
    if (m_outcome.failure != Failure::None)
        return false;
    m_open.removeLast();
    m_names.resize(m_open.isEmpty() ? 0 : size_t(m_open.last().first + m_open.last().second));

    if (m_pendingDescend) {
        // An empty element to descend into: its start, at once its end.
        m_pendingDescend = false;
        if (end - m_pin > m_limits.maxPieceBytes)
            return fail(Failure::PieceTooLarge);
        const qint64 offset = m_pin;
        m_pin = -1;
        const Status started = m_handler.startTag(bytes(offset, end), offset);
        if (!started)
            return fail(Failure::Handler, started.error());
        const Status ended = m_handler.endTag();
        return ended ? true : fail(Failure::Handler, ended.error());
    }
    if (m_opaque > 0) {
        if (--m_opaque > 0 || !m_wholePiece)
            return true;
        m_wholePiece = false;
        if (end - m_pin > m_limits.maxPieceBytes)
            return fail(Failure::PieceTooLarge);
        const qint64 offset = m_pin;
        m_pin = -1;
        const Status taken = m_handler.element(bytes(offset, end), offset);
        return taken ? true : fail(Failure::Handler, taken.error());
    }
    --m_descended;
    const Status ended = m_handler.endTag();
    return ended ? true : fail(Failure::Handler, ended.error());
}

} // namespace metafill
