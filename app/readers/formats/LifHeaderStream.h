#pragma once

#include "formats/XmlFileInput.h"
#include "io/ByteSource.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace metafill {

class LifHeaderBuilder;

// A large LIF header read in one pass, in bounded memory: the UTF-16LE text is
// read from the file a chunk at a time and converted as pugixml converts it
// (XmlFileInput); XmlElementStream cuts it into the pieces LifHeaderBuilder
// asks for — start tags of the elements it walks, and the parts of one image
// at a time, each parsed by pugixml on its own — so neither the header's text
// nor a tree of it is ever whole in memory. The scanner fails where pugixml
// fails, with the same status at the same offset, so a damaged header gets
// the tree parse's message.
//
// A TimeStampList is not taken whole: LAS X writes one stamp per plane as its
// text (tens of megabytes for a long series) and the mapping reads the first.
// Its first text (up to FirstTextBytes after leading blanks) is taken from the
// converted bytes as they go by and parsed on its own.
class LifHeaderStream
{
    Q_DECLARE_TR_FUNCTIONS(LifMetadataXml)

public:
    static constexpr qsizetype FirstTextBytes = 64 * 1024;

    // Walks the header of `length` bytes at `offset` of `source` with `builder`
    // (then call its finish()); `chunkBytes`: see XmlFileInput.
    static Status read(ByteSource &source, qint64 offset, qint64 length, LifHeaderBuilder &builder,
                       qint64 chunkBytes = XmlFileInput::ChunkBytes);
};

} // namespace metafill
