// libFuzzer entry point for the index of a facility template pack
// (metafill-pack.json), which arrives from a web server or a shared folder.
// Seeds: tests/data/fuzz/pack-index.
//
// Checked beyond "no crash": every path let through names a file inside the
// pack, and an index is written (`pack build`) and read back unchanged.
#include "FuzzInput.h"
#include "PackIndex.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using metafill::PackFile;
using metafill::PackIndex;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzInput::bytes(data, size);
    const auto index = PackIndex::parse(input, u"fuzz/metafill-pack.json"_s);
    if (!index)
        return 0;
    if (index->files.size() > PackIndex::MaxFiles || index->totalBytes() > PackIndex::MaxTotalBytes)
        __builtin_trap();
    for (const PackFile &file : index->files) {
        if (!PackIndex::pathProblem(file.path).isEmpty() || file.size < 0 || file.size > PackIndex::maxFileBytes(file.kind()))
            __builtin_trap();
    }
    const QByteArray written = index->toJson();
    const auto again = PackIndex::parse(written, u"written"_s);
    if (!again || !again->sameContentAs(*index) || again->files != index->files || again->toJson() != written)
        __builtin_trap();
    return 0;
}
