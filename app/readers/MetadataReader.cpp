#include "MetadataReader.h"

// Format readers, one per format family.
#include "formats/CziReader.h"
#include "formats/ImsReader.h"
#include "formats/LifReader.h"
#include "formats/Nd2Reader.h"
#include "formats/OmeZarrReader.h"
#include "formats/OmeXmlFileReader.h"
#include "formats/TiffReader.h"

#include <exception>
#include <new>

namespace metafill {

namespace {
thread_local qint64 t_lastBytesRead = 0;
} // namespace

MetadataReader::MetadataReader()
{
    m_readers.push_back(std::make_unique<TiffReader>());
    m_readers.push_back(std::make_unique<OmeXmlFileReader>());
    m_readers.push_back(std::make_unique<Nd2Reader>());
    m_readers.push_back(std::make_unique<ImsReader>());
    m_readers.push_back(std::make_unique<CziReader>());
    m_readers.push_back(std::make_unique<LifReader>());
}

MetadataReader::~MetadataReader() = default;

qint64 MetadataReader::lastBytesRead()
{
    return t_lastBytesRead;
}

namespace {

// The boundary between readers and the rest: library code below may throw
// (std::bad_alloc, pugixml's allocation failures, nlohmann's parse errors);
// nothing of that may escape a batch, so it becomes a message about the file.
template<typename Read>
Result<FileMetadata> guarded(const QString &name, Read read)
{
    try {
        return read();
    } catch (const std::bad_alloc &) {
        return Result<FileMetadata>::failure(
            MetadataReader::tr("%1: the header needs more memory than is available; the file is damaged or too large.").arg(name));
    } catch (const std::exception &e) {
        return Result<FileMetadata>::failure(MetadataReader::tr("%1: the header could not be read: %2").arg(name, QString::fromLocal8Bit(e.what())));
    }
}

} // namespace

Result<FileMetadata> MetadataReader::read(const QString &path) const
{
    t_lastBytesRead = 0;
    return guarded(path, [&] {
        Result<FileMetadata> result = readFile(path);
        if (result)
            result.value().path = path;
        return result;
    });
}

Result<FileMetadata> MetadataReader::readBytes(const QByteArray &bytes, const QString &name, const QString &format) const
{
    return guarded(name, [&]() -> Result<FileMetadata> {
        auto source = ByteSource::fromBytes(bytes, name);
        if (Status opened = source->open(); !opened)
            return Result<FileMetadata>::failure(opened.error());
        for (const auto &reader : m_readers) {
            if (reader->format() == format)
                return reader->read(*source);
        }
        return Result<FileMetadata>::failure(tr("%1: no reader for the format %2.").arg(name, format));
    });
}

Result<FileMetadata> MetadataReader::readFile(const QString &path) const
{
    // Open first and ask the open file what it is: one system call fewer per
    // file than a separate stat, which counts in batches of thousands.
    ByteSource source(path);
    if (Status opened = source.open(); !opened) {
        if (source.isDirectory()) {
            if (OmeZarrReader::recognizesFolder(path))
                return OmeZarrReader::readFolder(path, t_lastBytesRead);
            return Result<FileMetadata>::failure(tr("%1: this folder is not an image in a known layout.").arg(path));
        }
        return Result<FileMetadata>::failure(opened.error());
    }
    for (const auto &reader : m_readers) {
        if (!reader->recognizes(path, source.head()))
            continue;
        Result<FileMetadata> result = reader->read(source);
        t_lastBytesRead = source.bytesRead();
        if (result && result.value().format.isEmpty())
            result.value().format = reader->format();
        return result;
    }
    t_lastBytesRead = source.bytesRead();
    return Result<FileMetadata>::failure(
        tr("%1: not an image format Metafill can read (supported: OME-TIFF, ImageJ TIFF, TIFF, Zeiss CZI and LSM, Leica LIF, Nikon ND2, Imaris IMS, OME-Zarr).")
            .arg(path));
}

} // namespace metafill
