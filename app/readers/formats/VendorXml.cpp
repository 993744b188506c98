#include "VendorXml.h"

#include "model/HeaderValues.h"

#include <QHash>

#include <vector>

using namespace Qt::StringLiterals;

namespace metafill::VendorXml {

QString text(pugi::xml_node node)
{
    return QString::fromUtf8(node.child_value()).trimmed();
}

QString childText(pugi::xml_node node, const char *name)
{
    return text(node.child(name));
}

QString attribute(pugi::xml_node node, const char *name)
{
    return QString::fromUtf8(node.attribute(name).value()).trimmed();
}

std::optional<double> childNumber(pugi::xml_node node, const char *name)
{
    return HeaderValues::number(childText(node, name));
}

std::optional<double> attributeNumber(pugi::xml_node node, const char *name)
{
    return HeaderValues::number(attribute(node, name));
}

std::optional<double> positive(std::optional<double> value)
{
    if (value && *value > 0)
        return value;
    return std::nullopt;
}

std::optional<qint64> count(QStringView text, qint64 max)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < 1 || value > max)
        return std::nullopt;
    return value;
}

QList<pugi::xml_node> children(pugi::xml_node node, const char *name, qsizetype max, bool *capped)
{
    QList<pugi::xml_node> found;
    for (pugi::xml_node child = node.child(name); child; child = child.next_sibling(name)) {
        if (found.size() >= max) {
            if (capped)
                *capped = true;
            break;
        }
        found.append(child);
    }
    return found;
}

QString omeEnumeration(const QString &value, std::initializer_list<QStringView> allowed)
{
    QString squeezed = value;
    squeezed.remove(u' ');
    if (squeezed.isEmpty())
        return {};
    for (QStringView candidate : allowed) {
        if (squeezed.compare(candidate, Qt::CaseInsensitive) == 0)
            return candidate.toString();
    }
    return {};
}

QString omeDetectorType(const QString &value)
{
    return omeEnumeration(value, {u"CCD", u"IntensifiedCCD", u"AnalogVideo", u"PMT", u"Photodiode", u"Spectroscopy", u"LifetimeImaging",
                                  u"CorrelationSpectroscopy", u"FTIR", u"EMCCD", u"APD", u"CMOS", u"EBCCD", u"Other"});
}

namespace {

// pugixml's records on a 64-bit system (xml_node_struct: 8 words,
// xml_attribute_struct: 5 words); its page headers add less than 1%.
constexpr qint64 NodeBytes = 64;
constexpr qint64 AttributeBytes = 40;

} // namespace

qint64 parseBytes(QByteArrayView text, TextEncoding encoding)
{
    const bool utf16 = encoding == TextEncoding::Utf16Le;
    const qsizetype unitBytes = utf16 ? 2 : 1;
    const qsizetype units = text.size() / unitBytes;
    const uchar *data = reinterpret_cast<const uchar *>(text.data());
    qint64 copyBytes = 0;
    qint64 nodes = 0;
    qint64 attributes = 0;
    // Follows the markup as pugixml (parse_default) does, closely enough to
    // count from above: a node for every start tag, CDATA section and run of
    // text that is not only white space (and for every comment, declaration
    // and processing instruction, which pugixml drops), an attribute record
    // for every '=' in a start tag. Quoted attribute values may hold '>' and
    // '<'. A document pugixml rejects costs at most what it would as far as
    // it parses.
    enum class State { Text, TextWithContent, Markup, StartTag, Quoted };
    State state = State::Text;
    uint quote = 0;
    for (qsizetype i = 0; i < units; ++i) {
        uint unit = data[i * unitBytes];
        if (utf16)
            unit |= uint(data[i * unitBytes + 1]) << 8;
        copyBytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xD800 && unit < 0xE000) ? 2 : 3;
        switch (state) {
        case State::Text:
        case State::TextWithContent:
            if (unit == '<') {
                if (state == State::TextWithContent)
                    ++nodes;
                const uint next = i + 1 < units ? (utf16 ? data[(i + 1) * 2] | uint(data[(i + 1) * 2 + 1]) << 8 : data[i + 1]) : 0;
                state = next == '/' || next == '!' || next == '?' ? State::Markup : State::StartTag;
                if (next != '/')
                    ++nodes;
            } else if (state == State::Text && unit != ' ' && unit != '\t' && unit != '\r' && unit != '\n') {
                state = State::TextWithContent;
            }
            break;
        case State::Markup:
            if (unit == '>')
                state = State::Text;
            break;
        case State::StartTag:
            if (unit == '>') {
                state = State::Text;
            } else if (unit == '=') {
                ++attributes;
            } else if (unit == '"' || unit == '\'') {
                quote = unit;
                state = State::Quoted;
            }
            break;
        case State::Quoted:
            if (unit == quote)
                state = State::StartTag;
            break;
        }
    }
    if (state == State::TextWithContent)
        ++nodes;
    return text.size() + copyBytes + nodes * NodeBytes + attributes * AttributeBytes;
}

void numberRepeatedKeys(KeyValueList &pairs)
{
    QHash<QString, qsizetype> occurrences;
    for (const auto &pair : std::as_const(pairs))
        ++occurrences[pair.first];
    QHash<QString, qsizetype> seen;
    for (auto &pair : pairs) {
        const qsizetype total = occurrences.value(pair.first);
        if (total < 2)
            continue;
        const qsizetype index = ++seen[pair.first];
        const int digits = static_cast<int>(QString::number(total).size());
        pair.first += u" #"_s + u"%1"_s.arg(index, digits, 10, QChar(u'0'));
    }
}

namespace {

bool hasElementChildren(pugi::xml_node node)
{
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
        if (child.type() == pugi::node_element)
            return true;
    }
    return false;
}

} // namespace

void KeyCollector::collect(pugi::xml_node start, const QString &prefix)
{
    struct Pending
    {
        pugi::xml_node node;
        QString prefix; // empty or ending in '|'
        int depth;
    };
    std::vector<Pending> stack;
    stack.push_back({start, prefix, 0});
    while (!stack.empty()) {
        Pending current = std::move(stack.back());
        stack.pop_back();
        const QString name = QString::fromUtf8(current.node.name());
        const bool silent = m_naming == Naming::BioFormatsCzi && name == u"Metadata";
        const QString key = silent ? current.prefix : current.prefix + name + u'|';
        for (pugi::xml_attribute attribute : current.node.attributes())
            add(key + QString::fromUtf8(attribute.name()), QString::fromUtf8(attribute.value()).trimmed());
        if (!hasElementChildren(current.node)) {
            if (!key.isEmpty())
                add(key.chopped(1), text(current.node));
            continue;
        }
        if (current.depth >= m_maxDepth) {
            m_tooDeep = true;
            continue;
        }
        const bool dropped = m_naming == Naming::BioFormatsCzi && (silent || name.endsWith(u's'));
        const QString childPrefix = dropped ? current.prefix : key;
        // Pushed last to first, so that they come off the stack in document order.
        for (pugi::xml_node child = current.node.last_child(); child; child = child.previous_sibling()) {
            if (child.type() == pugi::node_element)
                stack.push_back({child, childPrefix, current.depth + 1});
        }
    }
}

void KeyCollector::add(const QString &key, const QString &value)
{
    if (key.isEmpty() || value.isEmpty())
        return;
    if (m_pairs.size() >= m_maxPairs) {
        ++m_overflow;
        return;
    }
    m_pairs.append({key, value});
}

KeyValueList KeyCollector::take()
{
    numberRepeatedKeys(m_pairs);
    return std::exchange(m_pairs, {});
}

} // namespace metafill::VendorXml
