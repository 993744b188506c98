#include "TiffDirectory.h"

#include "model/HeaderValues.h"

#include <cmath>

namespace metafill {

namespace {

int typeSize(quint16 type)
{
    switch (type) {
    case 1: case 2: case 6: case 7: return 1;      // BYTE ASCII SBYTE UNDEFINED
    case 3: case 8: return 2;                      // SHORT SSHORT
    case 4: case 9: case 11: case 13: return 4;    // LONG SLONG FLOAT IFD
    case 5: case 10: case 12: case 16: case 17: case 18: return 8; // RATIONAL SRATIONAL DOUBLE LONG8 SLONG8 IFD8
    default: return 0;
    }
}

} // namespace

int TiffTag::elementSize() const
{
    return typeSize(type);
}

std::optional<quint64> TiffTag::byteLength() const
{
    const int size = elementSize();
    if (size == 0 || count > (quint64(1) << 56) / size)
        return std::nullopt;
    return count * size;
}

bool TiffDirectory::isTiff(QByteArrayView head)
{
    if (head.size() < 8)
        return false;
    const bool little = head.startsWith("II");
    if (!little && !head.startsWith("MM"))
        return false;
    BinaryCursor cursor(head, little ? BinaryCursor::Order::LittleEndian : BinaryCursor::Order::BigEndian);
    cursor.skip(2);
    const quint16 magic = cursor.u16();
    return magic == 42 || magic == 43;
}

Result<TiffHeader> TiffDirectory::readHeader(ByteSource &source)
{
    const QByteArray &head = source.head();
    if (!isTiff(head))
        return Result<TiffHeader>::failure(tr("%1: not a TIFF file.").arg(source.path()));
    TiffHeader header;
    header.order = head.startsWith("II") ? BinaryCursor::Order::LittleEndian : BinaryCursor::Order::BigEndian;
    BinaryCursor cursor(head, header.order);
    cursor.skip(2);
    header.bigTiff = cursor.u16() == 43;
    if (header.bigTiff) {
        const quint16 offsetSize = cursor.u16();
        const quint16 zero = cursor.u16();
        header.firstDirectory = cursor.u64();
        if (!cursor.ok() || offsetSize != 8 || zero != 0)
            return Result<TiffHeader>::failure(tr("%1: the BigTIFF header is damaged.").arg(source.path()));
    } else {
        header.firstDirectory = cursor.u32();
    }
    if (header.firstDirectory < 8 || header.firstDirectory >= quint64(source.size()))
        return Result<TiffHeader>::failure(tr("%1: the TIFF header points to a directory outside the file.").arg(source.path()));
    return header;
}

Result<TiffDirectory> TiffDirectory::read(ByteSource &source, const TiffHeader &header, quint64 offset)
{
    const int countSize = header.bigTiff ? 8 : 2;
    const int entrySize = header.bigTiff ? 20 : 12;
    const int pointerSize = header.bigTiff ? 8 : 4;
    if (offset >= quint64(source.size()))
        return Result<TiffDirectory>::failure(tr("%1: a TIFF directory lies outside the file.").arg(source.path()));

    auto countBytes = source.read(qint64(offset), countSize);
    if (!countBytes)
        return Result<TiffDirectory>::failure(countBytes.error());
    BinaryCursor countCursor(*countBytes, header.order);
    const quint64 entryCount = header.bigTiff ? countCursor.u64() : countCursor.u16();
    if (entryCount == 0 || entryCount > MaxEntries) {
        return Result<TiffDirectory>::failure(
            tr("%1: a TIFF directory claims %2 entries; the file is damaged.").arg(source.path()).arg(entryCount));
    }
    const qint64 tableSize = qint64(entryCount) * entrySize + pointerSize;
    auto table = source.read(qint64(offset) + countSize, tableSize);
    if (!table)
        return Result<TiffDirectory>::failure(table.error());

    TiffDirectory directory;
    directory.m_header = header;
    directory.m_offset = offset;
    BinaryCursor cursor(*table, header.order);
    directory.m_tags.reserve(qsizetype(entryCount));
    for (quint64 i = 0; i < entryCount; ++i) {
        TiffTag tag;
        tag.tag = cursor.u16();
        tag.type = cursor.u16();
        tag.count = header.bigTiff ? cursor.u64() : cursor.u32();
        const QByteArrayView value = cursor.bytes(pointerSize);
        const std::optional<quint64> length = tag.byteLength();
        if (length && *length <= quint64(pointerSize)) {
            tag.isInline = true;
            tag.inlineValue = value.toByteArray();
        } else {
            BinaryCursor valueCursor(value, header.order);
            tag.offset = header.bigTiff ? valueCursor.u64() : valueCursor.u32();
        }
        directory.m_tags.append(std::move(tag));
    }
    directory.m_next = header.bigTiff ? cursor.u64() : cursor.u32();
    if (!cursor.ok())
        return Result<TiffDirectory>::failure(tr("%1: a TIFF directory is cut short.").arg(source.path()));
    return directory;
}

const TiffTag *TiffDirectory::find(quint16 tag) const
{
    for (const TiffTag &t : m_tags) {
        if (t.tag == tag)
            return &t;
    }
    return nullptr;
}

QList<const TiffTag *> TiffDirectory::findAll(quint16 tag) const
{
    QList<const TiffTag *> found;
    for (const TiffTag &t : m_tags) {
        if (t.tag == tag)
            found.append(&t);
    }
    return found;
}

Result<QByteArray> TiffDirectory::bytes(ByteSource &source, const TiffTag &tag, qint64 maxBytes) const
{
    const std::optional<quint64> length = tag.byteLength();
    if (!length) {
        return Result<QByteArray>::failure(
            tr("%1: TIFF tag %2 has an unknown type or an impossible size.").arg(source.path()).arg(tag.tag));
    }
    if (*length > quint64(maxBytes)) {
        return Result<QByteArray>::failure(tr("%1: TIFF tag %2 holds %3 bytes, more than the %4 bytes Metafill reads for it.")
                                               .arg(source.path())
                                               .arg(tag.tag)
                                               .arg(*length)
                                               .arg(maxBytes));
    }
    if (tag.isInline)
        return tag.inlineValue.left(qsizetype(*length));
    return source.read(qint64(tag.offset), qint64(*length));
}

std::optional<quint64> TiffDirectory::integer(quint16 tagId) const
{
    const TiffTag *tag = find(tagId);
    if (!tag || tag->count == 0 || !tag->isInline)
        return std::nullopt;
    BinaryCursor cursor(tag->inlineValue, m_header.order);
    switch (tag->type) {
    case 1: case 7: return cursor.u8();
    case 6: return quint64(qint64(cursor.i8()));
    case 3: return cursor.u16();
    case 8: return quint64(qint64(cursor.i16()));
    case 4: case 13: return cursor.u32();
    case 9: return quint64(qint64(cursor.i32()));
    case 16: case 18: return cursor.u64();
    case 17: return quint64(cursor.i64());
    default: return std::nullopt;
    }
}

std::optional<QList<quint64>> TiffDirectory::integers(ByteSource &source, quint16 tagId, int maxCount) const
{
    const TiffTag *tag = find(tagId);
    if (!tag || tag->count > quint64(maxCount))
        return std::nullopt;
    auto raw = bytes(source, *tag, qint64(maxCount) * 8);
    if (!raw)
        return std::nullopt;
    BinaryCursor cursor(*raw, m_header.order);
    QList<quint64> values;
    for (quint64 i = 0; i < tag->count; ++i) {
        switch (tag->type) {
        case 1: case 7: values.append(cursor.u8()); break;
        case 3: values.append(cursor.u16()); break;
        case 4: case 13: values.append(cursor.u32()); break;
        case 16: case 18: values.append(cursor.u64()); break;
        default: return std::nullopt;
        }
    }
    if (!cursor.ok())
        return std::nullopt;
    return values;
}

std::optional<double> TiffDirectory::real(ByteSource &source, quint16 tagId) const
{
    const TiffTag *tag = find(tagId);
    if (!tag || tag->count == 0)
        return std::nullopt;
    TiffTag first = *tag;
    first.count = 1;
    auto raw = bytes(source, first, 8);
    if (!raw)
        return std::nullopt;
    BinaryCursor cursor(*raw, m_header.order);
    double value = 0;
    switch (tag->type) {
    case 5: {
        const quint32 numerator = cursor.u32();
        const quint32 denominator = cursor.u32();
        if (denominator == 0)
            return std::nullopt;
        value = double(numerator) / double(denominator);
        break;
    }
    case 10: {
        const qint32 numerator = cursor.i32();
        const qint32 denominator = cursor.i32();
        if (denominator == 0)
            return std::nullopt;
        value = double(numerator) / double(denominator);
        break;
    }
    case 11: value = cursor.f32(); break;
    case 12: value = cursor.f64(); break;
    default:
        if (auto i = integer(tagId))
            return double(*i);
        return std::nullopt;
    }
    if (!cursor.ok() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

Result<QString> TiffDirectory::text(ByteSource &source, const TiffTag &tag, qint64 maxBytes) const
{
    auto raw = bytes(source, tag, maxBytes);
    if (!raw)
        return Result<QString>::failure(raw.error());
    return HeaderValues::decodeLegacyText(*raw);
}

} // namespace metafill
