#include "ClxLiteDecoder.h"

#include "io/BinaryCursor.h"
#include "model/HeaderValues.h"

#include <QLocale>

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace metafill {

// ---------------------------------------------------------------------------
// ClxNode

const ClxNode *ClxNode::child(QStringView childName) const
{
    for (const ClxNode &candidate : children) {
        if (candidate.name == childName)
            return &candidate;
    }
    return nullptr;
}

const ClxNode *ClxNode::find(QStringView path) const
{
    const ClxNode *node = this;
    for (QStringView part : path.tokenize(u'/')) {
        node = node->child(part);
        if (!node)
            return nullptr;
    }
    return node;
}

std::optional<double> ClxNode::number() const
{
    switch (type) {
    case Type::Bool:
    case Type::Int:
        return double(intValue);
    case Type::UInt:
        return double(uintValue);
    case Type::Double:
        return std::isfinite(doubleValue) ? std::optional<double>(doubleValue) : std::nullopt;
    case Type::String:
    case Type::Bytes:
    case Type::Level:
        break;
    }
    return std::nullopt;
}

std::optional<qint64> ClxNode::integer() const
{
    switch (type) {
    case Type::Bool:
    case Type::Int:
        return intValue;
    case Type::UInt:
        if (uintValue <= quint64(std::numeric_limits<qint64>::max()))
            return qint64(uintValue);
        return std::nullopt;
    case Type::Double:
        // ±2^53: every whole double in this range converts exactly.
        if (std::isfinite(doubleValue) && std::trunc(doubleValue) == doubleValue && std::abs(doubleValue) <= 9.007199254740992e15)
            return qint64(doubleValue);
        return std::nullopt;
    case Type::String:
    case Type::Bytes:
    case Type::Level:
        break;
    }
    return std::nullopt;
}

QString ClxNode::toText() const
{
    switch (type) {
    case Type::Bool:
        return intValue ? u"true"_s : u"false"_s;
    case Type::Int:
        return QString::number(intValue);
    case Type::UInt:
        return QString::number(uintValue);
    case Type::Double:
        return QString::number(doubleValue, 'g', QLocale::FloatingPointShortest);
    case Type::String:
        return text;
    case Type::Bytes:
    case Type::Level:
        break;
    }
    return {};
}

std::optional<double> ClxNode::numberAt(QStringView path) const
{
    const ClxNode *node = find(path);
    return node ? node->number() : std::nullopt;
}

std::optional<qint64> ClxNode::integerAt(QStringView path) const
{
    const ClxNode *node = find(path);
    return node ? node->integer() : std::nullopt;
}

QString ClxNode::textAt(QStringView path) const
{
    const ClxNode *node = find(path);
    return node ? node->toText() : QString();
}

// ---------------------------------------------------------------------------
// ClxLiteDecoder

namespace {

enum ItemType : quint8 {
    BoolItem = 1,
    Int32Item = 2,
    UInt32Item = 3,
    Int64Item = 4,
    UInt64Item = 5,
    DoubleItem = 6,
    VoidPointerItem = 7,
    StringItem = 8,
    ByteArrayItem = 9,
    LevelItem = 11,
    CompressedItem = 76, // 'L'
};

// Bytes after `type, nameLength` of a compressed item before the zlib stream.
constexpr qint64 CompressedHeaderSkip = 10;

// One decoding pass: the limits and what has been spent of them, shared by all
// nested blocks so that nesting cannot multiply the budget.
class Decoder
{
    Q_DECLARE_TR_FUNCTIONS(ClxLiteDecoder)

public:
    explicit Decoder(const ClxLiteDecoder::Limits &limits) : m_limits(limits) {}

    // Decodes up to `count` items of `data` into `parent`. Fewer items than
    // announced are accepted when the data simply ends (the nd2 and limnd2
    // readers do the same); a value that is cut off is an error.
    Status decodeItems(QByteArrayView data, qint64 count, ClxNode &parent, int depth)
    {
        if (depth > m_limits.maxDepth)
            return Status::failure(tr("the metadata is nested more than %1 levels deep").arg(m_limits.maxDepth));
        BinaryCursor cursor(data);
        for (qint64 index = 0; index < count && !cursor.atEnd(); ++index) {
            const qsizetype start = cursor.position();
            const quint8 type = cursor.u8();
            const quint8 nameLength = cursor.u8();
            if (!cursor.ok())
                return truncated();
            if (type == CompressedItem) {
                // The compressed block runs to the end of the enclosing data and
                // holds one item in place of the rest.
                if (cursor.remaining() < CompressedHeaderSkip)
                    return truncated();
                cursor.skip(CompressedHeaderSkip);
                auto inflated = ClxLiteDecoder::inflate(data.sliced(cursor.position()), m_limits.maxInflatedBytes - m_inflated);
                if (!inflated)
                    return Status::failure(inflated.error());
                m_inflated += inflated.value().size();
                return decodeItems(inflated.value(), 1, parent, depth + 1);
            }
            if (++m_nodes > m_limits.maxNodes)
                return Status::failure(tr("the metadata holds more than %1 values").arg(m_limits.maxNodes));
            ClxNode node;
            node.name = HeaderValues::decodeUtf16(cursor.bytes(qint64(nameLength) * 2));
            if (!cursor.ok())
                return truncated();
            if (Status value = decodeValue(type, start, data, cursor, node, depth); !value)
                return value;
            if (!cursor.ok())
                return truncated();
            parent.children.push_back(std::move(node));
        }
        return Done{};
    }

private:
    Status decodeValue(quint8 type, qsizetype start, QByteArrayView data, BinaryCursor &cursor, ClxNode &node, int depth)
    {
        switch (type) {
        case BoolItem:
            node.type = ClxNode::Type::Bool;
            // Files hold values other than 0 and 1 here (nd2 notes 116); any non-zero is true.
            node.intValue = cursor.u8() != 0 ? 1 : 0;
            return Done{};
        case Int32Item:
            node.type = ClxNode::Type::Int;
            node.intValue = cursor.i32();
            return Done{};
        case UInt32Item:
            node.type = ClxNode::Type::UInt;
            node.uintValue = cursor.u32();
            return Done{};
        case Int64Item:
            node.type = ClxNode::Type::Int;
            node.intValue = cursor.i64();
            return Done{};
        case UInt64Item:
            node.type = ClxNode::Type::UInt;
            node.uintValue = cursor.u64();
            return Done{};
        case DoubleItem:
            node.type = ClxNode::Type::Double;
            node.doubleValue = cursor.f64();
            return Done{};
        case StringItem:
            return decodeString(data, cursor, node);
        case VoidPointerItem:
            // limnd2 (Laboratory Imaging's own reader) reads a u64 size and that
            // many bytes; tlambert03/nd2 reads a bare u64. We follow the format's
            // authors; both agree when the size is 0, the only value seen so far.
        case ByteArrayItem:
            return decodeBytes(type, cursor, node, depth);
        case LevelItem:
            return decodeLevel(start, cursor, node, depth);
        default:
            break;
        }
        return Status::failure(tr("the metadata holds a value of unknown type %1").arg(type));
    }

    Status decodeString(QByteArrayView data, BinaryCursor &cursor, ClxNode &node)
    {
        node.type = ClxNode::Type::String;
        const QByteArrayView rest = data.sliced(cursor.position());
        for (qsizetype i = 0; i + 1 < rest.size(); i += 2) {
            if (rest[i] == '\0' && rest[i + 1] == '\0') {
                node.text = HeaderValues::decodeUtf16(rest.first(i));
                cursor.skip(i + 2);
                return Done{};
            }
        }
        return Status::failure(tr("a text value runs past the end of the metadata"));
    }

    Status decodeBytes(quint8 type, BinaryCursor &cursor, ClxNode &node, int depth)
    {
        const quint64 size = cursor.u64();
        if (!cursor.ok() || size > quint64(cursor.remaining()))
            return truncated();
        const QByteArrayView content = cursor.bytes(qint64(size));
        node.type = ClxNode::Type::Bytes;
        if (type == ByteArrayItem && depth < m_limits.maxDepth && ClxLiteDecoder::looksLikeClxLite(content)) {
            // Some byte arrays hold a nested structure. If it does not decode
            // after all, the bytes are kept as they are (what nd2 does); the
            // work already spent stays charged to the limits.
            ClxNode nested;
            if (decodeItems(content, 1, nested, depth + 1)) {
                node.type = ClxNode::Type::Level;
                node.children = std::move(nested.children);
                return Done{};
            }
        }
        node.bytes = content.toByteArray();
        return Done{};
    }

    Status decodeLevel(qsizetype start, BinaryCursor &cursor, ClxNode &node, int depth)
    {
        const quint32 itemCount = cursor.u32();
        const quint64 length = cursor.u64();
        if (!cursor.ok())
            return truncated();
        // `length` counts from the item's first byte to the end of its children.
        const quint64 headerLength = quint64(cursor.position() - start);
        if (length < headerLength || length - headerLength > quint64(cursor.remaining())) {
            return Status::failure(tr("a metadata block claims %1 bytes, but only %2 remain; the metadata is damaged or cut short")
                                       .arg(length)
                                       .arg(headerLength + quint64(cursor.remaining())));
        }
        const QByteArrayView body = cursor.bytes(qint64(length - headerLength));
        node.type = ClxNode::Type::Level;
        if (Status children = decodeItems(body, itemCount, node, depth + 1); !children)
            return children;
        // The table of item offsets after the children is not needed; a table
        // cut short by the end of the data costs nothing, so it is tolerated.
        cursor.skip(std::min<qint64>(qint64(itemCount) * 8, cursor.remaining()));
        return Done{};
    }

    static Status truncated() { return Status::failure(tr("the metadata ends in the middle of a value; it is damaged or cut short")); }

    const ClxLiteDecoder::Limits &m_limits;
    qint64 m_nodes = 0;
    qint64 m_inflated = 0;
};

struct InflateStream
{
    z_stream stream{};
    bool initialized = false;
    ~InflateStream()
    {
        if (initialized)
            inflateEnd(&stream);
    }
};

} // namespace

Result<ClxNode> ClxLiteDecoder::decode(QByteArrayView bytes, const Limits &limits)
{
    Decoder decoder(limits);
    ClxNode root;
    if (Status decoded = decoder.decodeItems(bytes, 1, root, 0); !decoded)
        return Result<ClxNode>::failure(decoded.error());
    if (root.children.empty())
        return Result<ClxNode>::failure(tr("the metadata block is empty"));
    return root;
}

bool ClxLiteDecoder::looksLikeClxLite(QByteArrayView bytes)
{
    if (bytes.size() < 2)
        return false;
    const auto type = static_cast<quint8>(bytes[0]);
    const auto nameLength = static_cast<quint8>(bytes[1]);
    if (type == CompressedItem)
        return bytes.size() > 2 + CompressedHeaderSkip;
    qint64 valueSize = 0;
    switch (type) {
    case BoolItem:
        valueSize = 1;
        break;
    case Int32Item:
    case UInt32Item:
        valueSize = 4;
        break;
    case Int64Item:
    case UInt64Item:
    case DoubleItem:
    case VoidPointerItem:
    case ByteArrayItem:
        valueSize = 8;
        break;
    case StringItem:
        valueSize = 2;
        break;
    case LevelItem:
        valueSize = 12;
        break;
    default:
        return false;
    }
    // A name of one character plus its NUL at least: byte arrays of flags such
    // as [1, 1, 0, 0] would otherwise pass for a bool item (nd2 issue #288).
    if (nameLength < 2)
        return false;
    const qint64 nameEnd = 2 + qint64(nameLength) * 2;
    if (bytes.size() < nameEnd + valueSize)
        return false;
    return bytes[nameEnd - 2] == '\0' && bytes[nameEnd - 1] == '\0';
}

Result<QByteArray> ClxLiteDecoder::inflate(QByteArrayView compressed, qint64 maxOutput)
{
    const auto tooLarge = [&] {
        return Result<QByteArray>::failure(tr("compressed metadata expands to more than %1 MiB; the file is damaged or hostile")
                                               .arg(std::max<qint64>(maxOutput, 0) / (1024 * 1024)));
    };
    InflateStream z;
    if (inflateInit(&z.stream) != Z_OK)
        return Result<QByteArray>::failure(tr("compressed metadata could not be unpacked (zlib failed to start)"));
    z.initialized = true;

    QByteArray output;
    constexpr qint64 Step = 64 * 1024;
    qsizetype consumed = 0;
    for (;;) {
        if (output.size() > maxOutput)
            return tooLarge();
        // Feed the input in pieces zlib's 32-bit counters can hold.
        if (z.stream.avail_in == 0 && consumed < compressed.size()) {
            const qsizetype piece = std::min<qsizetype>(compressed.size() - consumed, 1 << 30);
            z.stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data() + consumed));
            z.stream.avail_in = static_cast<uInt>(piece);
            consumed += piece;
        }
        // Never ask for more room than the cap allows (plus one byte to notice
        // that the stream wants to go beyond it).
        const qint64 room = std::min<qint64>(Step, maxOutput - output.size() + 1);
        const qsizetype before = output.size();
        output.resize(before + static_cast<qsizetype>(room));
        z.stream.next_out = reinterpret_cast<Bytef *>(output.data() + before);
        z.stream.avail_out = static_cast<uInt>(room);
        const int status = ::inflate(&z.stream, Z_NO_FLUSH);
        output.resize(before + static_cast<qsizetype>(room - z.stream.avail_out));
        if (status == Z_STREAM_END)
            break;
        if (status == Z_OK)
            continue;
        // With room left and all input given, zlib reports Z_BUF_ERROR only
        // when the stream ends before its end marker.
        if (status == Z_BUF_ERROR && z.stream.avail_in == 0 && consumed >= compressed.size())
            return Result<QByteArray>::failure(tr("compressed metadata is cut short"));
        return Result<QByteArray>::failure(
            tr("compressed metadata is damaged (%1)").arg(z.stream.msg ? QString::fromLatin1(z.stream.msg) : QString::number(status)));
    }
    if (output.size() > maxOutput)
        return tooLarge();
    return output;
}

} // namespace metafill
