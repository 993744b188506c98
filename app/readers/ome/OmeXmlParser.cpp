#include "OmeXmlParser.h"

#include "ome/OmeModelBuilder.h"
#include "ome/XmlElementStream.h"

#include <QVarLengthArray>

#include <pugixml.hpp>

#include <algorithm>
#include <cstring>
#include <tuple>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

using Use = OmeModelBuilder::Use;

QByteArrayView localName(QByteArrayView name)
{
    const qsizetype colon = name.lastIndexOf(':');
    return colon >= 0 ? name.sliced(colon + 1) : name;
}

// The result of scanning bytes as UTF-8: `complete` bytes are whole, valid
// sequences; then either an invalid sequence starts, or the bytes left are the
// beginning of a sequence that the next bytes may complete.
struct Utf8Scan
{
    qsizetype complete = 0;
    bool invalid = false;
    bool nonAscii = false; // among the complete bytes
};

Utf8Scan scanUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    Utf8Scan scan;
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = p[i];
        if (lead < 0x80) {
            ++i;
            // OME-XML is nearly all ASCII: eight bytes at a time.
            quint64 word = 0;
            while (i + 8 <= size && (std::memcpy(&word, p + i, 8), (word & 0x8080808080808080ULL) == 0))
                i += 8;
            continue;
        }
        int continuation = 0;
        char32_t minimum = 0;
        char32_t code = 0;
        if ((lead & 0xE0) == 0xC0) {
            continuation = 1;
            minimum = 0x80;
            code = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            continuation = 2;
            minimum = 0x800;
            code = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            continuation = 3;
            minimum = 0x10000;
            code = lead & 0x07;
        } else {
            scan.complete = i;
            scan.invalid = true;
            return scan;
        }
        if (size - i <= continuation) {
            scan.complete = i; // to be continued
            return scan;
        }
        for (int k = 1; k <= continuation; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) {
                scan.complete = i;
                scan.invalid = true;
                return scan;
            }
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            scan.complete = i;
            scan.invalid = true;
            return scan;
        }
        scan.nonAscii = true;
        i += continuation + 1;
    }
    scan.complete = size;
    return scan;
}

bool isValidUtf8(QByteArrayView bytes)
{
    const Utf8Scan scan = scanUtf8(bytes);
    return !scan.invalid && scan.complete == bytes.size();
}

void appendLatin1AsUtf8(QByteArrayView latin1, QByteArray &out)
{
    out.reserve(out.size() + latin1.size() * 2);
    for (const char c : latin1) {
        const auto b = uchar(c);
        if (b < 0x80) {
            out.append(c);
        } else {
            out.append(char(0xC0 | (b >> 6)));
            out.append(char(0x80 | (b & 0x3F)));
        }
    }
}

QString damaged(const QString &origin, pugi::xml_parse_status status, qint64 offset)
{
    pugi::xml_parse_result result;
    result.status = status;
    if (status == pugi::status_out_of_memory)
        return OmeXmlParser::tr("%1: the OME-XML metadata needs more memory than is available.").arg(origin);
    return OmeXmlParser::tr("%1: the OME-XML metadata is damaged (%2 at byte %3); the file may be cut short.")
        .arg(origin, QString::fromUtf8(result.description()), QString::number(offset));
}

QString notOme(const QString &origin, QByteArrayView rootName)
{
    return OmeXmlParser::tr("%1: the XML metadata is not OME-XML: its root element is <%2>, not <OME>.")
        .arg(origin, QString::fromUtf8(rootName).left(64));
}

QString latin1Warning(const QString &origin)
{
    return OmeXmlParser::tr("%1: the OME-XML metadata is not valid UTF-8 as the OME-TIFF specification requires; it was read as Latin-1, "
                            "so some characters may be wrong.")
        .arg(origin);
}

// ---- Small documents: one pugixml tree -------------------------------------

// Walks the tree as OmeModelBuilder asks. The builder descends only a few
// levels (OME, Image, Pixels …), so the explicit stack stays small; elements
// taken whole are read by the builder with loops, never by recursion.
void walkTree(const pugi::xml_node &root, OmeModelBuilder &builder)
{
    if (builder.use(localName(QByteArrayView(root.name()))) != Use::Descend)
        return;
    builder.begin(root);
    QVarLengthArray<pugi::xml_node, 8> next{root.first_child()}; // the next child to visit on each level
    while (!next.isEmpty()) {
        const pugi::xml_node node = next.back();
        if (!node) {
            next.removeLast();
            builder.end();
            continue;
        }
        next.back() = node.next_sibling();
        if (node.type() != pugi::node_element)
            continue;
        switch (builder.use(localName(QByteArrayView(node.name())))) {
        case Use::Whole:
            builder.whole(node);
            break;
        case Use::Descend:
            builder.begin(node);
            next.append(node.first_child());
            break;
        case Use::Skip:
            break;
        }
    }
}

Result<OmeXmlDocument> parseTree(const OmeXmlText &text, const QString &origin)
{
    const auto [begin, end] = text.documentRange();
    if (begin >= end)
        return Result<OmeXmlDocument>::failure(OmeXmlParser::tr("%1: the OME-XML metadata is empty.").arg(origin));
    QByteArrayView xml = text.bytes().sliced(begin, end - begin);

    OmeXmlDocument result;
    // The OME-TIFF specification demands UTF-8; old converters wrote Latin-1.
    QByteArray transcoded;
    if (!isValidUtf8(xml)) {
        appendLatin1AsUtf8(xml, transcoded);
        xml = transcoded;
        result.metadata.warnings.append(latin1Warning(origin));
    }

    // load_buffer copies the bytes and honours the explicit size. The default
    // options do not process DOCTYPE declarations, so no entity is ever expanded.
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), size_t(xml.size()), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed)
        return Result<OmeXmlDocument>::failure(damaged(origin, parsed.status, parsed.offset));
    const pugi::xml_node root = doc.document_element();
    if (localName(QByteArrayView(root.name())) != "OME")
        return Result<OmeXmlDocument>::failure(notOme(origin, QByteArrayView(root.name())));
    OmeModelBuilder builder(result, origin);
    walkTree(root, builder);
    builder.finish();
    return result;
}

} // namespace

// ---- Large documents: one pass, element by element --------------------------

// Hands the scanner the document's bytes: the trimmed range of the text,
// without a leading byte-order mark, as UTF-8. A text in memory is checked for
// UTF-8 before it starts, as the tree parse does. A text read from a file is
// checked as it arrives; when it turns out not to be UTF-8 and everything
// before was ASCII, the rest is converted from Latin-1 on the fly (the same
// bytes the whole-text conversion gives). When UTF-8 beyond ASCII came first,
// the parse starts over reading all as Latin-1, as the tree parse does, if
// the file's budget allows reading it again; else the rest is read as Latin-1.
class OmeXmlTextFeed : public XmlElementStream::Input
{
public:
    OmeXmlTextFeed(OmeXmlText &text, bool latin1, bool mayRestart)
        : m_text(text), m_latin1(latin1), m_checkUtf8(!text.inMemory() && !latin1), m_mayRestart(mayRestart)
    {
        std::tie(m_begin, m_end) = text.documentRange();
        m_position = m_begin;
    }

    Status append(QByteArray &buffer, bool &last) override
    {
        const Result<QByteArrayView> next = nextBytes();
        if (!next)
            return Status::failure(next.error());
        const bool final = m_position >= m_end;
        QByteArrayView bytes = *next;
        if (m_latin1) {
            appendLatin1AsUtf8(bytes, buffer);
        } else if (!m_checkUtf8) {
            buffer.append(bytes);
        } else {
            QByteArray joined;
            if (!m_carry.isEmpty()) {
                joined = m_carry + bytes;
                bytes = joined;
            }
            const Utf8Scan scan = scanUtf8(bytes);
            if (!scan.invalid && (scan.complete == bytes.size() || !final)) {
                m_carry = bytes.sliced(scan.complete).toByteArray();
                if (!m_draining) {
                    buffer.append(bytes.first(scan.complete));
                    m_nonAscii = m_nonAscii || scan.nonAscii;
                }
            } else if (m_mayRestart && (m_nonAscii || (scan.nonAscii && !m_draining))) {
                // Bytes already read as UTF-8 would read differently as Latin-1.
                m_restart = true;
                return Status::failure(u"restart"_s);
            } else {
                m_latin1 = true;
                m_checkUtf8 = false;
                m_carry.clear();
                if (!m_draining) {
                    buffer.append(bytes.first(scan.complete));
                    appendLatin1AsUtf8(bytes.sliced(scan.complete), buffer);
                }
            }
        }
        last = final && m_carry.isEmpty();
        return Done{};
    }

    // After the scan, which stops early at a NUL: whether the rest is UTF-8 decides the encoding, as for the whole text.
    void drain()
    {
        m_draining = true;
        QByteArray sink;
        bool last = false;
        while (m_checkUtf8 && !last && (m_position < m_end || !m_carry.isEmpty())) {
            sink.clear();
            if (!append(sink, last))
                return; // a read error here leaves the encoding as read so far; m_restart says the rest
        }
    }

    bool latin1() const { return m_latin1; }
    bool restartNeeded() const { return m_restart; }

private:
    // The next bytes of the range, up to the end of a chunk.
    Result<QByteArrayView> nextBytes()
    {
        if (m_position >= m_end)
            return QByteArrayView();
        const qint64 chunkStart = m_position / OmeXmlText::ChunkBytes * OmeXmlText::ChunkBytes;
        const qint64 upTo = std::min(chunkStart + OmeXmlText::ChunkBytes, m_end);
        QByteArrayView bytes;
        if (m_text.inMemory()) {
            bytes = m_text.bytes().sliced(m_position, upTo - m_position);
        } else {
            Result<QByteArray> chunk = m_text.chunk(chunkStart / OmeXmlText::ChunkBytes);
            if (!chunk)
                return Result<QByteArrayView>::failure(chunk.error());
            m_chunk = std::move(chunk).value();
            bytes = QByteArrayView(m_chunk).sliced(m_position - chunkStart, upTo - m_position);
        }
        m_position = upTo;
        return bytes;
    }

    OmeXmlText &m_text;
    qint64 m_begin = 0;
    qint64 m_end = 0;
    qint64 m_position = 0;
    QByteArray m_chunk;
    QByteArray m_carry; // the start of a UTF-8 sequence that continues in the next chunk
    bool m_latin1 = false;
    bool m_checkUtf8 = false;
    bool m_nonAscii = false;
    bool m_draining = false;
    bool m_mayRestart = false;
    bool m_restart = false;
};

namespace {

// Feeds the scanner's pieces to the builder: each one parsed by pugixml on its own.
class StreamHandler : public XmlElementStream::Handler
{
public:
    StreamHandler(OmeModelBuilder &builder, const QString &origin) : m_builder(builder), m_origin(origin) {}

    XmlElementStream::Use use(QByteArrayView qualifiedName, int depth) override
    {
        const QByteArrayView local = localName(qualifiedName);
        if (depth == 0) {
            // The first element is the root (pugixml's document_element()); others at the top are read past.
            if (m_rootSeen)
                return XmlElementStream::Use::Skip;
            m_rootSeen = true;
            m_rootName = qualifiedName.first(std::min<qsizetype>(qualifiedName.size(), 256)).toByteArray();
            m_rootIsOme = local == "OME";
            if (!m_rootIsOme)
                return XmlElementStream::Use::Skip;
        }
        switch (m_builder.use(local)) {
        case Use::Descend:
            return XmlElementStream::Use::Descend;
        case Use::Whole:
            return XmlElementStream::Use::Whole;
        case Use::Skip:
            break;
        }
        return XmlElementStream::Use::Skip;
    }

    Status startTag(QByteArrayView emptyElement, qint64 offset) override
    {
        if (!m_builder.beginReadsAttributes()) {
            m_builder.begin(pugi::xml_node());
            return Done{};
        }
        const Result<pugi::xml_node> element = parsePiece(emptyElement, offset);
        if (!element)
            return Status::failure(element.error());
        m_builder.begin(*element);
        return Done{};
    }

    Status element(QByteArrayView text, qint64 offset) override
    {
        const Result<pugi::xml_node> element = parsePiece(text, offset);
        if (!element)
            return Status::failure(element.error());
        m_builder.whole(*element);
        return Done{};
    }

    Status endTag() override
    {
        m_builder.end();
        return Done{};
    }

    bool rootIsOme() const { return m_rootIsOme; }
    const QByteArray &rootName() const { return m_rootName; }

private:
    // The scanner passes only elements pugixml accepts; a failure here is memory.
    Result<pugi::xml_node> parsePiece(QByteArrayView text, qint64 offset)
    {
        const pugi::xml_parse_result parsed = m_piece.load_buffer(text.data(), size_t(text.size()), pugi::parse_default, pugi::encoding_utf8);
        if (!parsed)
            return Result<pugi::xml_node>::failure(damaged(m_origin, parsed.status, offset + parsed.offset));
        return m_piece.document_element();
    }

    OmeModelBuilder &m_builder;
    const QString &m_origin;
    pugi::xml_document m_piece;
    bool m_rootSeen = false;
    bool m_rootIsOme = false;
    QByteArray m_rootName;
};

QString streamFailure(const XmlElementStream::Outcome &outcome, const QString &origin, const XmlElementStream::Limits &limits)
{
    switch (outcome.failure) {
    case XmlElementStream::Failure::Syntax:
        return damaged(origin, outcome.status, outcome.offset);
    case XmlElementStream::Failure::PieceTooLarge:
    case XmlElementStream::Failure::TooDeep:
        //: The %2 of XmlElementStream's limit messages ("… has a <Plane> element larger than …").
        return XmlElementStream::limitMessage(outcome, limits, origin, OmeXmlParser::tr("the OME-XML metadata"));
    case XmlElementStream::Failure::Input:
    case XmlElementStream::Failure::Handler:
    case XmlElementStream::Failure::None:
        break;
    }
    return outcome.message;
}

} // namespace

namespace {

Result<OmeXmlDocument> parseStreaming(OmeXmlText &text, const QString &origin)
{
    const auto [begin, end] = text.documentRange();
    if (begin >= end)
        return Result<OmeXmlDocument>::failure(OmeXmlParser::tr("%1: the OME-XML metadata is empty.").arg(origin));
    // In memory the encoding is known before the start, as in the tree parse.
    bool latin1 = text.inMemory() && !isValidUtf8(text.bytes().sliced(begin, end - begin));
    const XmlElementStream::Limits limits;
    for (;;) {
        OmeXmlDocument result;
        OmeModelBuilder builder(result, origin);
        StreamHandler handler(builder, origin);
        OmeXmlTextFeed feed(text, latin1, !latin1 && text.canReadAgain());
        XmlElementStream::Outcome outcome;
        if (text.inMemory() && !latin1) {
            XmlElementStream scanner(text.bytes().sliced(begin, end - begin), handler, limits);
            outcome = scanner.run();
        } else {
            XmlElementStream scanner(feed, handler, limits);
            outcome = scanner.run();
        }
        if (!feed.restartNeeded())
            feed.drain();
        if (feed.restartNeeded()) {
            // UTF-8 first, then bytes that are not: the whole text is Latin-1, read it again as such.
            latin1 = true;
            continue;
        }
        if (outcome.failure != XmlElementStream::Failure::None)
            return Result<OmeXmlDocument>::failure(streamFailure(outcome, origin, limits));
        if (!handler.rootIsOme())
            return Result<OmeXmlDocument>::failure(notOme(origin, handler.rootName()));
        builder.finish();
        if (feed.latin1())
            result.metadata.warnings.prepend(latin1Warning(origin));
        return result;
    }
}

} // namespace

Result<FileMetadata> OmeXmlParser::parse(QByteArrayView xml, const QString &origin)
{
    Result<OmeXmlDocument> document = parseDocument(xml, origin);
    if (!document)
        return Result<FileMetadata>::failure(document.error());
    return std::move(document).value().metadata;
}

Result<OmeXmlDocument> OmeXmlParser::parseDocument(QByteArrayView xml, const QString &origin)
{
    OmeXmlText text(xml);
    return parseDocument(text, origin);
}

Result<OmeXmlDocument> OmeXmlParser::parseDocument(OmeXmlText &text, const QString &origin, Method method)
{
    if (text.size() > MaxXmlBytes) {
        return Result<OmeXmlDocument>::failure(
            tr("%1: the OME-XML metadata is %2 MiB long, more than the %3 MiB Metafill reads; the file is damaged or not supported.")
                .arg(origin, QString::number(double(text.size()) / (1024 * 1024), 'f', 1), QString::number(MaxXmlBytes / (1024 * 1024))));
    }
    if (method == Method::Automatic)
        method = text.inMemory() && text.size() <= OmeXmlText::StreamAboveBytes ? Method::Tree : Method::Streaming;
    if (method == Method::Streaming)
        return parseStreaming(text, origin);
    if (text.inMemory())
        return parseTree(text, origin);
    const Result<QByteArray> all = text.readAll();
    if (!all)
        return Result<OmeXmlDocument>::failure(all.error());
    return parseTree(OmeXmlText(*all), origin);
}

bool OmeXmlParser::looksLikeOmeXml(QByteArrayView description)
{
    description = description.trimmed();
    while (!description.isEmpty() && description.back() == '\0')
        description = description.chopped(1).trimmed();
    if (description.startsWith("\xEF\xBB\xBF"))
        description = description.sliced(3).trimmed();
    if (description.endsWith("OME>") || description.startsWith("<OME") || description.startsWith("<ome:OME"))
        return true;
    return description.startsWith("<?xml") && (description.contains("<OME") || description.contains(":OME "));
}

} // namespace metafill
