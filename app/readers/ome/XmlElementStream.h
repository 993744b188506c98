#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <pugixml.hpp>

#include <string>

namespace metafill {

// Reads an XML document in one forward pass and in bounded memory, cutting it
// into pieces small enough to hand to pugixml one at a time: the owner says,
// element by element, whether to skip an element, to descend into it (it then
// gets the start tag as an empty element, its children one by one, then the
// end) or to take it whole.
//
// The scanner accepts exactly the documents pugixml accepts through
// xml_document::load_buffer() with pugi::parse_default, and fails where
// pugixml fails with the same status at the same offset; the control flow
// below follows pugixml 1.x's parse_tree() step by step, for the buffer
// load_buffer() parses: a copy of the text with a NUL appended (so pugixml's
// `endch`, the buffer's last byte, is that NUL), one leading byte-order mark
// skipped, an embedded NUL ending the text. So a large document gives exactly
// the result and the messages the whole-tree parse gives a small one
// (TestOmeXmlParser compares the two on thousands of damaged documents, so a
// pugixml that parses differently shows there). What it holds at any time is
// the open elements' names and the piece being cut, both bounded by Limits.
class XmlElementStream
{
    Q_DECLARE_TR_FUNCTIONS(XmlElementStream)

public:
    enum class Use { Skip, Descend, Whole };

    // The document's bytes, in order.
    class Input
    {
    public:
        virtual ~Input() = default;
        // Appends the next bytes to `buffer` and sets `last` when no more follow.
        virtual Status append(QByteArray &buffer, bool &last) = 0;
    };

    class Handler
    {
    public:
        virtual ~Handler() = default;
        // An element starts whose parent is the document (depth 0) or an element being descended into.
        virtual Use use(QByteArrayView qualifiedName, int depth) = 0;
        // The start tag of an element to descend into, as an empty element: "<Image ID=\"Image:0\"/>";
        // `offset`: where the tag starts in the document.
        virtual Status startTag(QByteArrayView emptyElement, qint64 offset) = 0;
        // An element taken whole, from its start tag to its end tag.
        virtual Status element(QByteArrayView text, qint64 offset) = 0;
        // The end of an element descended into.
        virtual Status endTag() = 0;
    };

    struct Limits
    {
        qint64 maxPieceBytes = 8 * 1024 * 1024; // a start tag or an element taken whole
        qint64 maxPieceNodes = 100'000;         // elements, attributes and texts in one piece
        qint64 maxDepth = 1'000'000;            // open elements
        qint64 maxNameBytes = 8 * 1024 * 1024;  // their names together
    };

    enum class Failure { None, Syntax, Input, Handler, PieceTooLarge, TooDeep };
    struct Outcome
    {
        Failure failure = Failure::None;
        pugi::xml_parse_status status = pugi::status_ok; // Syntax: as pugixml reports it
        qint64 offset = 0;                               // Syntax: where, in bytes
        QString message;                                 // Input, Handler
        QByteArray element;                              // PieceTooLarge: the element's name
    };

    // A document whose bytes arrive through `input`.
    XmlElementStream(Input &input, Handler &handler, Limits limits);
    // A document wholly in memory; nothing is copied.
    XmlElementStream(QByteArrayView document, Handler &handler, Limits limits);

    Outcome run();

    // The message for a run that stopped at one of the limits, for every format
    // alike: "`origin`: `document` has a <Plane> element larger than …".
    // `document` is what was read, worded by the format ("the header of this
    // LIF file"). Empty for the other failures, whose wording is the format's.
    static QString limitMessage(const Outcome &outcome, const Limits &limits, const QString &origin, const QString &document);

private:
    uchar at(qint64 position)
    {
        if (position < m_loadedEnd) [[likely]]
            return m_data[position - m_base];
        return load(position);
    }
    uchar load(qint64 position);
    void skipSpace(qint64 &s);
    void skipUntil(qint64 &s, char stop);
    void skipSymbols(qint64 &s);

    // pugixml's parse_tree() steps; each returns false when the scan ends.
    bool startElement(qint64 &s);
    bool endElement(qint64 &s);
    bool question(qint64 &s);
    bool exclamation(qint64 &s);
    bool doctypeGroup(qint64 &s);
    bool doctypePrimitive(qint64 &s);
    bool doctypeIgnore(qint64 &s);
    bool syntaxError(pugi::xml_parse_status status, qint64 offset);
    bool fail(Failure failure, QString message = {});

    // The elements' bookkeeping.
    bool opened(qint64 tagStart, qint64 nameStart, qint64 nameEnd);
    bool startTagEnded(qint64 end);
    bool closed(qint64 end);
    bool countNode(qint64 position);
    QByteArrayView bytes(qint64 from, qint64 to) const
    {
        return QByteArrayView(reinterpret_cast<const char *>(m_data) + (from - m_base), to - from);
    }

    Input *m_input = nullptr;
    Handler &m_handler;
    Limits m_limits;

    // The window [m_base, m_loadedEnd) of the document; its end reads as NUL.
    QByteArray m_buffer;
    const uchar *m_data = nullptr;
    qint64 m_base = 0;
    qint64 m_loadedEnd = 0;
    qint64 m_length = -1; // once known
    bool m_inputDone = false;

    // Open elements: their names, equal neighbours sharing their bytes.
    std::string m_names;
    QList<std::pair<qint32, qint32>> m_open;
    bool m_sawElement = false;

    // Pieces: bytes from m_pin on stay in the window.
    qint64 m_pin = -1;
    qint64 m_tagStart = -1;     // of the element being opened
    bool m_pendingDescend = false;
    int m_descended = 0;        // open elements being descended into
    qint64 m_opaque = 0;        // open elements inside (and including) one skipped or taken whole
    bool m_wholePiece = false;  // the opaque one is taken whole
    qint64 m_pieceNodes = 0;
    qsizetype m_pieceNameLength = 0;
    QByteArray m_scratch;       // a start tag rewritten as an empty element

    Outcome m_outcome;
};

} // namespace metafill
