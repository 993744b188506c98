#include "LifHeaderStream.h"

#include "formats/LifHeaderBuilder.h"
#include "formats/LifMetadataXml.h"
#include "formats/VendorXml.h"
#include "ome/XmlElementStream.h"

#include <pugixml.hpp>

#include <limits>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

// The first text child of an element, found in the converted bytes after its
// start tag as pugixml (parse_default) would build it: a run of text up to
// '<' is a PCDATA node unless it is only blanks (space, tab, CR, LF);
// comments and processing instructions make no node; a CDATA section is a
// node of its own. The scan ends at the first child element or end tag, as
// LifHeaderBuilder::text() wants. The text is kept as written (escapes and
// line ends are pugixml's to decode) from its first byte that is not a blank,
// up to LifHeaderStream::FirstTextBytes.
class FirstTextScanner : public XmlFileInput::Watcher
{
public:
    enum class Found { Nothing, Text, CData };

    void reset()
    {
        m_state = State::TagEnd;
        m_found = Found::Nothing;
        m_raw.clear();
        m_nonBlank = false;
    }

    bool see(QByteArrayView bytes) override
    {
        for (const char c : bytes) {
            if (step(static_cast<uchar>(c)))
                return true;
        }
        return m_state == State::Done;
    }

    bool done() const { return m_state == State::Done; }
    Found found() const { return m_found; }
    const QByteArray &raw() const { return m_raw; }

private:
    enum class State { TagEnd, Blank, Text, Markup, Bang, BangDash, Comment, Pi, CDataOpen, CDataStart, CData, Done };

    static bool isBlank(uchar c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    bool finish(Found found)
    {
        m_found = found;
        m_state = State::Done;
        return true;
    }

    // Keeps a byte of the text; enough is enough (the mapping needs the first stamp).
    bool keep(uchar c, Found kind)
    {
        m_raw.append(char(c));
        return m_raw.size() >= LifHeaderStream::FirstTextBytes && finish(kind);
    }

    bool step(uchar c)
    {
        switch (m_state) {
        case State::TagEnd:
            // The start tag's last byte: its '>', or the '/' of an empty element's "/>" (no content).
            if (c != '>')
                return finish(Found::Nothing);
            m_state = State::Blank;
            return false;
        case State::Blank:
            if (isBlank(c))
                return false;
            if (c == '\v' || c == '\f') {
                m_nonBlank = true; // no XML blank, so the run is text; yet a blank to the mapping
                return false;
            }
            if (c == '<') {
                if (m_nonBlank)
                    return finish(Found::Text);
                m_state = State::Markup;
                return false;
            }
            m_state = State::Text;
            return keep(c, Found::Text);
        case State::Text:
            return c == '<' ? finish(Found::Text) : keep(c, Found::Text);
        case State::Markup:
            if (c == '!') {
                m_state = State::Bang;
            } else if (c == '?') {
                m_state = State::Pi;
                m_previous = 0;
            } else {
                return finish(Found::Nothing); // a child element or the end tag
            }
            return false;
        case State::Bang:
            if (c == '-') {
                m_state = State::BangDash;
            } else if (c == '[') {
                m_state = State::CDataOpen;
                m_matched = 0;
            } else {
                return finish(Found::Nothing); // not XML inside an element: the scan fails there anyway
            }
            return false;
        case State::BangDash:
            if (c != '-')
                return finish(Found::Nothing);
            m_state = State::Comment;
            m_previous = m_beforePrevious = 0;
            return false;
        case State::Comment:
            if (c == '>' && m_previous == '-' && m_beforePrevious == '-') {
                m_state = State::Blank;
                m_nonBlank = false;
            }
            m_beforePrevious = m_previous;
            m_previous = c;
            return false;
        case State::Pi:
            if (c == '>' && m_previous == '?') {
                m_state = State::Blank;
                m_nonBlank = false;
            }
            m_previous = c;
            return false;
        case State::CDataOpen:
            if (c != uchar("CDATA["[m_matched]))
                return finish(Found::Nothing);
            if (++m_matched == 6)
                m_state = State::CDataStart;
            return false;
        case State::CDataStart:
            if (isBlank(c) || c == '\v' || c == '\f')
                return false;
            m_state = State::CData;
            [[fallthrough]];
        case State::CData:
            if (c == '>' && m_raw.endsWith("]]")) {
                m_raw.chop(2);
                return finish(Found::CData);
            }
            return keep(c, Found::CData);
        case State::Done:
            return true;
        }
        return true;
    }

    State m_state = State::TagEnd;
    Found m_found = Found::Nothing;
    QByteArray m_raw;
    bool m_nonBlank = false;
    int m_matched = 0;
    uchar m_previous = 0;
    uchar m_beforePrevious = 0;
};

// Feeds the scanner's pieces to the builder, each parsed by pugixml on its own.
class StreamHandler : public XmlElementStream::Handler
{
public:
    StreamHandler(LifHeaderBuilder &builder, XmlFileInput &input, const QString &path) : m_builder(builder), m_input(input), m_path(path) {}

    XmlElementStream::Use use(QByteArrayView name, int) override
    {
        deliverText();
        switch (m_builder.use(name)) {
        case LifHeaderBuilder::Use::Descend:
            return XmlElementStream::Use::Descend;
        case LifHeaderBuilder::Use::Whole:
            return XmlElementStream::Use::Whole;
        case LifHeaderBuilder::Use::Skip:
            break;
        }
        return XmlElementStream::Use::Skip;
    }

    Status startTag(QByteArrayView emptyElement, qint64 offset) override
    {
        if (!m_builder.beginReadsAttributes()) {
            m_builder.begin(pugi::xml_node());
        } else {
            const Result<pugi::xml_node> node = parse(emptyElement, offset);
            if (!node)
                return Status::failure(node.error());
            m_builder.begin(*node);
            m_piece.reset(); // the builder copied what it needs
        }
        if (m_builder.wantsText()) {
            // From the tag's last byte on: in the stream the text starts after it, if the tag was not "/>".
            m_text.reset();
            m_textPending = m_input.watch(m_text, offset + emptyElement.size() - 2);
            Q_ASSERT(m_textPending); // the tag was just read, so its bytes are still there (XmlFileInput::LookBehind)
        }
        return Done{};
    }

    Status element(QByteArrayView text, qint64 offset) override
    {
        const Result<pugi::xml_node> node = parse(text, offset);
        if (!node)
            return Status::failure(node.error());
        m_builder.whole(*node);
        m_piece.reset();
        return Done{};
    }

    Status endTag() override
    {
        deliverText();
        m_builder.end();
        return Done{};
    }

private:
    // The pieces of one image become one tree in the builder: together they
    // may cost at most MaxImageParseBytes; a start tag between images alone.
    Status admit(QByteArrayView piece)
    {
        const qint64 image = m_builder.gatheringImage();
        if (image == 0 || image != m_costImage)
            m_cost = 0;
        m_costImage = image;
        m_cost += VendorXml::parseBytes(piece, VendorXml::TextEncoding::Utf8);
        if (m_cost <= LifMetadataXml::MaxImageParseBytes)
            return Done{};
        const QString limit = QString::number(LifMetadataXml::MaxImageParseBytes / (1024 * 1024));
        if (image == 0) {
            return Status::failure(LifHeaderStream::tr("%1: an element of this LIF file's header is too large to read: it would need more "
                                                       "than %2 MiB of memory; the file is damaged or not supported.")
                                       .arg(m_path, limit));
        }
        return Status::failure(LifHeaderStream::tr("%1: the settings of the image \u201C%2\u201D in this LIF file are too large to read: "
                                                   "they would need more than %3 MiB of memory; the file is damaged or not supported.")
                                   .arg(m_path, m_builder.gatheredImageName().left(200), limit));
    }

    // The scanner passes only elements pugixml accepts; a failure here is memory.
    Result<pugi::xml_node> parse(QByteArrayView text, qint64 offset)
    {
        if (Status admitted = admit(text); !admitted)
            return Result<pugi::xml_node>::failure(admitted.error());
        const pugi::xml_parse_result parsed =
            m_piece.load_buffer(text.data(), size_t(text.size()), pugi::parse_default, pugi::encoding_utf8);
        if (!parsed)
            return Result<pugi::xml_node>::failure(LifMetadataXml::notReadable(m_path, parsed.status, offset + parsed.offset));
        return m_piece.document_element();
    }

    // The first text of the element that wants it, before anything else is said about that element.
    void deliverText()
    {
        if (!m_textPending)
            return;
        m_textPending = false;
        // The scan is ahead of the stream: it has seen the bytes the stream is telling about.
        Q_ASSERT(m_text.done());
        if (!m_text.done() || m_text.found() == FirstTextScanner::Found::Nothing)
            return;
        const QByteArray piece = m_text.found() == FirstTextScanner::Found::CData ? QByteArray("<t><![CDATA[" + m_text.raw() + "]]></t>")
                                                                                  : QByteArray("<t>" + m_text.raw() + "</t>");
        pugi::xml_document text;
        if (text.load_buffer(piece.constData(), size_t(piece.size()), pugi::parse_default, pugi::encoding_utf8))
            m_builder.text(QByteArrayView(text.document_element().child_value()));
    }

    LifHeaderBuilder &m_builder;
    XmlFileInput &m_input;
    const QString &m_path;
    pugi::xml_document m_piece;
    qint64 m_cost = 0;
    qint64 m_costImage = 0;
    FirstTextScanner m_text;
    bool m_textPending = false;
};

QString streamFailure(const XmlElementStream::Outcome &outcome, const XmlElementStream::Limits &limits, const QString &path)
{
    switch (outcome.failure) {
    case XmlElementStream::Failure::Syntax:
        return LifMetadataXml::notReadable(path, outcome.status, outcome.offset);
    case XmlElementStream::Failure::PieceTooLarge:
    case XmlElementStream::Failure::TooDeep:
        //: The %2 of XmlElementStream's limit messages ("… has a <Plane> element larger than …").
        return XmlElementStream::limitMessage(outcome, limits, path, LifHeaderStream::tr("the header of this LIF file"));
    case XmlElementStream::Failure::Input:
    case XmlElementStream::Failure::Handler:
    case XmlElementStream::Failure::None:
        break;
    }
    return outcome.message;
}

} // namespace

Status LifHeaderStream::read(ByteSource &source, qint64 offset, qint64 length, LifHeaderBuilder &builder, qint64 chunkBytes)
{
    if (Status readable = XmlFileInput::check(source, offset, length); !readable)
        return readable;
    XmlElementStream::Limits limits;
    // The pieces are bounded by what they cost as trees (StreamHandler::admit()), not by their node count.
    limits.maxPieceNodes = std::numeric_limits<qint64>::max();
    XmlFileInput input(source, offset, length, XmlFileInput::Encoding::Utf16Le, chunkBytes);
    StreamHandler handler(builder, input, source.path());
    XmlElementStream stream(input, handler, limits);
    const XmlElementStream::Outcome outcome = stream.run();
    if (outcome.failure != XmlElementStream::Failure::None)
        return Status::failure(streamFailure(outcome, limits, source.path()));
    return Done{};
}

} // namespace metafill
