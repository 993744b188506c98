// libFuzzer entry point for the ND2 metadata decoders on their own: the input
// is one metadata chunk's data. The first byte picks the decoder the way the
// ND2 reader does ('<' → XML variant, anything else → binary CLX-lite), so one
// corpus serves both. Every input must give a tree or an error; ASan/UBSan
// catch the rest, and the small limits below keep each run fast.
#include "FuzzInput.h"
#include "formats/ClxLiteDecoder.h"
#include "formats/Nd2XmlVariant.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

namespace {

// Walks the tree the way the reader's accessors do.
void touch(const metafill::ClxNode &node)
{
    (void)node.number();
    (void)node.integer();
    (void)node.toText();
    for (const metafill::ClxNode &child : node.children)
        touch(child);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes = FuzzInput::view(data, size);
    metafill::ClxLiteDecoder::Limits limits;
    limits.maxInflatedBytes = 4 * 1024 * 1024;
    const auto tree = metafill::Nd2XmlVariant::looksLikeXml(bytes) ? metafill::Nd2XmlVariant::decode(bytes, limits)
                                                                   : metafill::ClxLiteDecoder::decode(bytes, limits);
    if (tree)
        touch(tree.value());
    return 0;
}
