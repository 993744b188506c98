// libFuzzer entry point for the OME-Zarr reader. OME-Zarr images are folders,
// so the input is split into the group's metadata and one array's metadata and
// written into a small Zarr v2 folder (the first byte chooses v2 or v3 names);
// the reader then reads that folder as it would on disk.
#include "FuzzInput.h"
#include "formats/OmeZarrReader.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

void writeFile(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes.data(), bytes.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir root;
    if (!root.isValid() || size == 0)
        return 0;
    const QByteArrayView input = FuzzInput::view(data, size);
    const bool v3 = input.front() & 1;
    // Group metadata, then array metadata, separated by the first NUL byte.
    const QByteArrayView rest = input.sliced(1);
    const qsizetype split = rest.indexOf('\0');
    const QByteArrayView group = split < 0 ? rest : rest.first(split);
    const QByteArrayView array = split < 0 ? QByteArrayView() : rest.sliced(split + 1);

    const QString folder = root.filePath(QStringLiteral("image.ome.zarr"));
    QDir(folder).removeRecursively();
    QDir().mkpath(folder + QStringLiteral("/0"));
    if (v3) {
        writeFile(folder + QStringLiteral("/zarr.json"), group);
        writeFile(folder + QStringLiteral("/0/zarr.json"), array);
    } else {
        writeFile(folder + QStringLiteral("/.zgroup"), "{\"zarr_format\": 2}");
        writeFile(folder + QStringLiteral("/.zattrs"), group);
        writeFile(folder + QStringLiteral("/0/.zarray"), array);
    }
    if (metafill::OmeZarrReader::recognizesFolder(folder))
        (void)metafill::OmeZarrReader::readFolder(folder);
    return 0;
}
