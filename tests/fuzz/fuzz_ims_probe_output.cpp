// libFuzzer entry point for what runs in Metafill's process when it reads an
// Imaris file: the parsing of metafill-ims-probe's JSON answer and the model
// built from it (libhdf5 itself runs in the probe, outside). The input is the
// probe's stdout; seeds are real answers in tests/data/fuzz/ims-probe-output.
#include "FuzzInput.h"
#include "formats/ImsProbeOutput.h"
#include "formats/ImsReader.h"
#include "ome/OmeXmlWriter.h"

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = FuzzInput::view(data, size);
    const auto contents = metafill::ImsProbeOutput::parse(input);
    if (!contents)
        return 0;
    // What the probe writes is read back unchanged: the two sides agree.
    const auto again = metafill::ImsProbeOutput::parse(metafill::ImsProbeOutput::toJson(*contents));
    if (!again || !(*again == *contents))
        __builtin_trap();
    const auto file = metafill::ImsReader::fromContents(*contents, QStringLiteral("fuzz-input.ims"));
    if (file) {
        for (int i = 0; i < file->images.size(); ++i)
            (void)metafill::OmeXmlWriter::toXml(*file, i);
    }
    return 0;
}
