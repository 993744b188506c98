#include "ImageJMetadataBlock.h"

#include "io/BinaryCursor.h"
#include "model/HeaderValues.h"

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

// Entry types, as four ASCII characters. ImageJ writes them in big-endian
// order; some little-endian writers store them reversed ("ofni").
enum class EntryType { Info, Labels, Properties, Other };

EntryType entryType(QByteArrayView code)
{
    const auto is = [&](QByteArrayView name) {
        if (code == name)
            return true;
        return code.size() == 4 && code[0] == name[3] && code[1] == name[2] && code[2] == name[1] && code[3] == name[0];
    };
    if (is("info"))
        return EntryType::Info;
    if (is("labl"))
        return EntryType::Labels;
    if (is("prop"))
        return EntryType::Properties;
    return EntryType::Other; // rang, luts, plot, roi , over and unknown ones: skipped
}

} // namespace

Result<ImageJMetadataBlock> ImageJMetadataBlock::read(ByteSource &source, const TiffDirectory &directory)
{
    const TiffTag *countsTag = directory.find(TiffDirectory::IjMetadataByteCounts);
    const TiffTag *dataTag = directory.find(TiffDirectory::IjMetadata);
    if (!countsTag || !dataTag)
        return ImageJMetadataBlock{};

    const auto broken = [&](const QString &why) {
        return Result<ImageJMetadataBlock>::failure(
            tr("%1: ImageJ's extra metadata (channel labels, Info) is damaged and was skipped: %2").arg(source.path(), why));
    };

    if (countsTag->count == 0 || countsTag->count > quint64(MaxEntries))
        return broken(tr("it claims %1 entries.").arg(countsTag->count));
    const std::optional<QList<quint64>> counts = directory.integers(source, TiffDirectory::IjMetadataByteCounts, int(MaxEntries));
    if (!counts)
        return broken(tr("its list of entry sizes cannot be read."));
    const std::optional<quint64> dataLength = dataTag->byteLength();
    if (!dataLength || dataTag->elementSize() != 1 || dataTag->isInline)
        return broken(tr("its data has an unexpected type or size."));

    // Every entry must lie inside the data (checked without overflow: a
    // BigTIFF writer may store the sizes as 64-bit numbers).
    quint64 total = 0;
    for (quint64 count : *counts) {
        if (count > *dataLength - total)
            return broken(tr("its entry sizes add up to more than the %1 bytes it holds.").arg(*dataLength));
        total += count;
    }

    const quint64 headerSize = counts->first();
    if (headerSize < MinHeaderSize || headerSize > MaxHeaderSize)
        return broken(tr("its header size %1 is impossible.").arg(headerSize));
    auto header = source.read(qint64(dataTag->offset), qint64(headerSize));
    if (!header)
        return broken(tr("it lies outside the file."));
    const QByteArrayView magic = QByteArrayView(*header).first(4);
    if (magic != "IJIJ" && magic != "JIJI")
        return broken(tr("it does not start with ImageJ's signature."));

    ImageJMetadataBlock block;
    BinaryCursor cursor(*header, directory.header().order);
    cursor.skip(4);
    const bool littleEndian = directory.header().order == BinaryCursor::Order::LittleEndian;
    const quint64 typeCount = (headerSize - 4) / 8;
    qsizetype entry = 1;        // index into counts of the next entry
    quint64 position = headerSize; // its offset in the data
    for (quint64 t = 0; t < typeCount; ++t) {
        const QByteArrayView code = cursor.bytes(4);
        const quint32 entries = cursor.u32();
        if (!cursor.ok())
            return broken(tr("its header is cut short."));
        if (entries > quint64(counts->size() - entry))
            return broken(tr("its header lists more entries than it has sizes for."));

        quint64 length = 0;
        for (qsizetype i = entry; i < entry + qsizetype(entries); ++i)
            length += counts->at(i);
        const EntryType type = entryType(code);
        const qint64 cap = type == EntryType::Info ? MaxInfoBytes : type == EntryType::Labels ? MaxLabelBytes : MaxPropertyBytes;
        if (type != EntryType::Other && entries > 0) {
            if (length > quint64(cap)) {
                block.warnings.append(tr("%1: ImageJ's %2 entry holds %3 bytes, more than the %4 Metafill reads; it was skipped.")
                                          .arg(source.path(), QString::fromLatin1(code.toByteArray()))
                                          .arg(length)
                                          .arg(cap));
            } else {
                Result<QByteArray> bytes = QByteArray();
                if (length > 0)
                    bytes = source.read(qint64(dataTag->offset + position), qint64(length));
                if (!bytes)
                    return broken(tr("its entries lie outside the file."));
                QStringList texts;
                quint64 at = 0;
                for (qsizetype i = entry; i < entry + qsizetype(entries); ++i) {
                    const quint64 size = counts->at(i);
                    texts.append(HeaderValues::decodeUtf16(QByteArrayView(*bytes).sliced(qsizetype(at), qsizetype(size)), littleEndian));
                    at += size;
                }
                switch (type) {
                case EntryType::Info:
                    block.info = texts.join(u'\n');
                    break;
                case EntryType::Labels:
                    block.labels = texts;
                    break;
                case EntryType::Properties:
                    // Alternating keys and values; an odd last key has no value.
                    for (qsizetype i = 0; i + 1 < texts.size(); i += 2)
                        block.properties.append({texts[i], texts[i + 1]});
                    break;
                case EntryType::Other:
                    break;
                }
            }
        }
        entry += qsizetype(entries);
        position += length;
    }
    return block;
}

} // namespace metafill
