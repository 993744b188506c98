#pragma once

#include "io/BinaryCursor.h"
#include "io/ByteSource.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace metafill {

struct TiffHeader
{
    bool bigTiff = false;
    BinaryCursor::Order order = BinaryCursor::Order::LittleEndian;
    quint64 firstDirectory = 0;
};

// One TIFF tag as it stands in a directory. Small values sit in the entry
// itself (`inlineValue`); larger ones at `offset` in the file.
struct TiffTag
{
    quint16 tag = 0;
    quint16 type = 0;
    quint64 count = 0;
    quint64 offset = 0;      // where the value starts in the file (valid if !isInline)
    bool isInline = false;
    QByteArray inlineValue;  // the 4 (8 in BigTIFF) value bytes when isInline

    // Size of one element of this tag's type in bytes, 0 for an unknown type.
    int elementSize() const;
    // count × elementSize, or nullopt on overflow.
    std::optional<quint64> byteLength() const;
};

// A TIFF image file directory (IFD), read by hand rather than through libtiff:
// only the tags' entries are read, each value only when asked for, so a header
// read never touches strip offsets or pixels; repeated tags are all kept
// (Micro-Manager writes two ImageDescription tags, libtiff keeps one); and every
// count and offset is checked against the file.
class TiffDirectory
{
    Q_DECLARE_TR_FUNCTIONS(TiffDirectory)

public:
    // Tags Metafill reads.
    enum Tag : quint16 {
        NewSubfileType = 254,
        ImageWidth = 256,
        ImageLength = 257,
        BitsPerSample = 258,
        ImageDescription = 270,
        Make = 271,
        Model = 272,
        SamplesPerPixel = 277,
        XResolution = 282,
        YResolution = 283,
        ResolutionUnit = 296,
        Software = 305,
        DateTime = 306,
        Artist = 315,
        SubIFDs = 330,
        SampleFormat = 339,
        CzLsmInfo = 34412,
        IjMetadataByteCounts = 50838,
        IjMetadata = 50839,
        MicroManagerMetadata = 51123,
    };

    static constexpr int MaxEntries = 4096;

    static bool isTiff(QByteArrayView head);
    static Result<TiffHeader> readHeader(ByteSource &source);
    static Result<TiffDirectory> read(ByteSource &source, const TiffHeader &header, quint64 offset);

    const TiffHeader &header() const { return m_header; }
    quint64 offset() const { return m_offset; }
    quint64 nextDirectory() const { return m_next; }
    const QList<TiffTag> &tags() const { return m_tags; }

    const TiffTag *find(quint16 tag) const;          // the first one
    QList<const TiffTag *> findAll(quint16 tag) const; // every one, in file order

    // The raw bytes of a tag's value, at most maxBytes (else an error).
    Result<QByteArray> bytes(ByteSource &source, const TiffTag &tag, qint64 maxBytes) const;
    // The first value of an integer tag (BYTE, SHORT, LONG, LONG8, and signed ones).
    std::optional<quint64> integer(quint16 tag) const;
    // The values of an integer tag with at most maxCount elements.
    std::optional<QList<quint64>> integers(ByteSource &source, quint16 tag, int maxCount) const;
    // The first value of a RATIONAL / SRATIONAL / FLOAT / DOUBLE tag.
    std::optional<double> real(ByteSource &source, quint16 tag) const;
    // An ASCII tag's text (UTF-8 when valid, Latin-1 otherwise) up to its first NUL.
    Result<QString> text(ByteSource &source, const TiffTag &tag, qint64 maxBytes) const;

private:
    TiffHeader m_header;
    quint64 m_offset = 0;
    quint64 m_next = 0;
    QList<TiffTag> m_tags;
};

} // namespace metafill
