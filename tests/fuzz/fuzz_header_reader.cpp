// libFuzzer entry point for one header reader (METAFILL_FUZZ_FORMAT): the input
// is taken as a whole file and read from memory. A reader must return a value
// or an error for every input; ASan/UBSan catch everything else.
#include "FuzzInput.h"
#include "MetadataReader.h"
#include "ome/OmeXmlWriter.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const metafill::MetadataReader reader;
    const QByteArray bytes = FuzzInput::bytes(data, size);
    auto result = reader.readBytes(bytes, QStringLiteral("fuzz-input"), QStringLiteral(METAFILL_FUZZ_FORMAT));
    if (result) {
        for (int i = 0; i < result->images.size(); ++i)
            (void)metafill::OmeXmlWriter::toXml(*result, i);
    }
    return 0;
}
