#include "Nd2XmlVariant.h"

#include <QLocale>
#include <QString>

#include <pugixml.hpp>

#include <cstring>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

bool isUtf16(QByteArrayView bytes)
{
    if (bytes.size() >= 2 && ((uchar(bytes[0]) == 0xFF && uchar(bytes[1]) == 0xFE) || (uchar(bytes[0]) == 0xFE && uchar(bytes[1]) == 0xFF)))
        return true;
    // "<" followed by a zero byte: UTF-16LE without a byte-order mark.
    return bytes.size() >= 2 && bytes[0] == '<' && bytes[1] == '\0';
}

// Chunks are padded with zero bytes; the XML parser must not see them.
QByteArrayView withoutPadding(QByteArrayView bytes)
{
    if (isUtf16(bytes)) {
        if (bytes.size() % 2 != 0)
            bytes.chop(1);
        while (bytes.size() >= 2 && bytes[bytes.size() - 1] == '\0' && bytes[bytes.size() - 2] == '\0')
            bytes.chop(2);
        return bytes;
    }
    while (!bytes.isEmpty() && bytes.back() == '\0')
        bytes.chop(1);
    return bytes;
}

class XmlConverter
{
    Q_DECLARE_TR_FUNCTIONS(Nd2XmlVariant)

public:
    explicit XmlConverter(const ClxLiteDecoder::Limits &limits) : m_limits(limits) {}

    Status convert(const pugi::xml_node &element, ClxNode &node, int depth)
    {
        if (depth > m_limits.maxDepth)
            return Status::failure(tr("the metadata is nested more than %1 levels deep").arg(m_limits.maxDepth));
        if (++m_nodes > m_limits.maxNodes)
            return Status::failure(tr("the metadata holds more than %1 values").arg(m_limits.maxNodes));
        const QString name = QString::fromUtf8(element.name());
        node.name = name == u"no_name"_s ? QString() : name;
        const char *runtype = element.attribute("runtype").value();
        const pugi::xml_attribute value = element.attribute("value");
        if (value && setValue(runtype, QString::fromUtf8(value.value()), node))
            return Done{};
        node.type = ClxNode::Type::Level;
        for (pugi::xml_node childElement = element.first_child(); childElement; childElement = childElement.next_sibling()) {
            if (childElement.type() != pugi::node_element)
                continue;
            ClxNode child;
            if (Status converted = convert(childElement, child, depth + 1); !converted)
                return converted;
            node.children.push_back(std::move(child));
        }
        return Done{};
    }

private:
    // Fills a scalar from its runtype; false for runtypes that are structures.
    static bool setValue(const char *runtype, const QString &text, ClxNode &node)
    {
        const auto is = [runtype](const char *candidate) { return std::strcmp(runtype, candidate) == 0; };
        bool ok = false;
        if (is("bool")) {
            node.type = ClxNode::Type::Bool;
            node.intValue = (text.compare(u"true"_s, Qt::CaseInsensitive) == 0 || text == u"1"_s) ? 1 : 0;
            return true;
        }
        if (is("lx_int32") || is("lx_int64")) {
            node.intValue = text.trimmed().toLongLong(&ok);
            node.type = ok ? ClxNode::Type::Int : ClxNode::Type::String;
        } else if (is("lx_uint32") || is("lx_uint64")) {
            node.uintValue = text.trimmed().toULongLong(&ok);
            node.type = ok ? ClxNode::Type::UInt : ClxNode::Type::String;
        } else if (is("double") || is("float")) {
            // Written by NIS-Elements in the C locale ("0.95", "1e-05").
            node.doubleValue = QLocale::c().toDouble(text.trimmed(), &ok);
            node.type = ok ? ClxNode::Type::Double : ClxNode::Type::String;
        } else if (is("CLxByteArray")) {
            auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            ok = bool(decoded);
            if (ok)
                node.bytes = std::move(decoded.decoded);
            node.type = ok ? ClxNode::Type::Bytes : ClxNode::Type::String;
        } else if (is("CLxStringW") || is("unknown")) {
            node.type = ClxNode::Type::String;
        } else {
            return false;
        }
        if (node.type == ClxNode::Type::String)
            node.text = text;
        return true;
    }

    const ClxLiteDecoder::Limits &m_limits;
    qint64 m_nodes = 0;
};

} // namespace

bool Nd2XmlVariant::looksLikeXml(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    else if (bytes.size() >= 2 &&
             ((uchar(bytes[0]) == 0xFF && uchar(bytes[1]) == 0xFE) || (uchar(bytes[0]) == 0xFE && uchar(bytes[1]) == 0xFF)))
        return true;
    return !bytes.isEmpty() && bytes[0] == '<';
}

Result<ClxNode> Nd2XmlVariant::decode(QByteArrayView bytes, const ClxLiteDecoder::Limits &limits)
{
    const QByteArrayView xml = withoutPadding(bytes);
    pugi::xml_document document;
    // pugixml parses without recursion and expands no DTD entities; the tree
    // walk below is depth-capped.
    const pugi::xml_parse_result parsed = document.load_buffer(xml.data(), size_t(xml.size()), pugi::parse_default, pugi::encoding_auto);
    if (!parsed)
        return Result<ClxNode>::failure(
            tr("the XML metadata is not well-formed (%1 at character %2)").arg(QString::fromUtf8(parsed.description())).arg(parsed.offset));
    const pugi::xml_node element = document.document_element();
    if (!element)
        return Result<ClxNode>::failure(tr("the XML metadata is empty"));
    XmlConverter converter(limits);
    ClxNode root;
    ClxNode top;
    if (Status converted = converter.convert(element, top, 1); !converted)
        return Result<ClxNode>::failure(converted.error());
    root.children.push_back(std::move(top));
    return root;
}

} // namespace metafill
