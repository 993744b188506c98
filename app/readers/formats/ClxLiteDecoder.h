#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace metafill {

// One value of a Nikon NIS-Elements "variant": the tree in which ND2 files keep
// their metadata, either binary (CLX-lite, ND2 3.x) or as XML (ND2 2.x, and a
// few chunks of 3.x files). Both decoders produce this tree, so the ND2 reader
// reads one structure whatever the encoding. List items have an empty name
// (XML `no_name`).
struct ClxNode
{
    enum class Type { Bool, Int, UInt, Double, String, Bytes, Level };

    QString name;
    Type type = Type::Level;
    qint64 intValue = 0;   // Bool (0/1) and Int
    quint64 uintValue = 0; // UInt
    double doubleValue = 0;
    QString text;                  // String
    QByteArray bytes;              // Bytes
    std::vector<ClxNode> children; // Level

    bool isLevel() const { return type == Type::Level; }

    // The first child with this name, or nullptr.
    const ClxNode *child(QStringView childName) const;
    // Follows a path of child names separated by '/' ("sPicturePlanes/uiCount").
    const ClxNode *find(QStringView path) const;

    // The value as a number (Bool, Int, UInt, Double); nullopt for text,
    // bytes, levels and non-finite doubles.
    std::optional<double> number() const;
    // The value as an integer (Bool, Int, UInt, and Double when it is whole).
    std::optional<qint64> integer() const;
    // The value as text: String as is, numbers in their shortest form; empty
    // for bytes and levels.
    QString toText() const;

    // Shortcuts for optional fields: the child's value, or nullopt / empty.
    std::optional<double> numberAt(QStringView path) const;
    std::optional<qint64> integerAt(QStringView path) const;
    QString textAt(QStringView path) const;
};

// Decodes the binary "CLX-lite variant" encoding of ND2 3.x metadata chunks
// (facts: tlambert03/nd2 `_clx_lite.py`, Laboratory-Imaging/limnd2
// `lite_variant.py`). Each item is `uint8 type, uint8 nameLength` followed by
// the name (UTF-16LE, nameLength code units including the NUL) and a value:
//   1 bool (u8), 2 int32, 3 uint32, 4 int64, 5 uint64, 6 double,
//   7 void* (u64 size + bytes), 8 UTF-16 string up to a NUL code unit,
//   9 byte array (u64 size + bytes; sometimes itself CLX-lite),
//   11 level (u32 itemCount, u64 length from the item's first byte to the end
//      of its children, the children, then itemCount × 8 bytes of offsets),
//   76 compressed: 10 more header bytes, then zlib data holding CLX-lite.
// The file is hostile: every length is checked against the bytes that are
// there, nesting and the number of items are capped, and compressed data is
// inflated with an output cap, so a zip bomb or a self-nesting block ends in an
// error instead of exhausting memory or the stack.
class ClxLiteDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ClxLiteDecoder)

public:
    struct Limits
    {
        int maxDepth = 48;                            // levels, nested byte arrays and compressed blocks
        qint64 maxNodes = 200'000;                    // values in the whole tree
        qint64 maxInflatedBytes = 32LL * 1024 * 1024; // all compressed blocks together
    };

    // Decodes the first item of `bytes` (a metadata chunk holds one top-level
    // structure, e.g. "SLxImageAttributes") into an unnamed root level whose
    // only child is that item. The error says what is wrong in plain words,
    // without the file name.
    static Result<ClxNode> decode(QByteArrayView bytes, const Limits &limits);
    static Result<ClxNode> decode(QByteArrayView bytes) { return decode(bytes, Limits{}); }

    // Whether a byte array looks like nested CLX-lite data: a known type, a
    // name of at least one character with its NUL terminator, enough bytes.
    static bool looksLikeClxLite(QByteArrayView bytes);

    // Inflates zlib data, refusing to produce more than `maxOutput` bytes.
    static Result<QByteArray> inflate(QByteArrayView compressed, qint64 maxOutput);
};

} // namespace metafill
