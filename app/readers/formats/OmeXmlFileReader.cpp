#include "OmeXmlFileReader.h"

#include "formats/OmeTiff.h"
#include "ome/OmeXmlParser.h"

#include <QFileInfo>

#include <exception>
#include <new>

using namespace Qt::StringLiterals;

namespace metafill {

QString OmeXmlFileReader::format() const
{
    return u"ome-xml"_s;
}

bool OmeXmlFileReader::recognizes(const QString &path, QByteArrayView head) const
{
    const QString name = QFileInfo(path).fileName().toLower();
    if (!name.endsWith(u".companion.ome"_s) && !name.endsWith(u".ome.xml"_s))
        return false;
    return head.contains('<') && head.contains("OME");
}

Result<FileMetadata> OmeXmlFileReader::read(ByteSource &source) const
{
    try {
        if (source.size() > OmeXmlParser::MaxXmlBytes) {
            return Result<FileMetadata>::failure(
                tr("%1: the OME-XML file is %2 MiB long, more than the %3 MiB Metafill reads.")
                    .arg(source.path(), QString::number(double(source.size()) / (1024 * 1024), 'f', 1),
                         QString::number(OmeXmlParser::MaxXmlBytes / (1024 * 1024))));
        }
        Result<OmeXmlText> xml = OmeXmlText::fromFile(source, 0, source.size());
        if (!xml)
            return Result<FileMetadata>::failure(xml.error());
        Result<OmeXmlDocument> document = OmeXmlParser::parseDocument(xml.value(), source.path());
        if (!document)
            return Result<FileMetadata>::failure(document.error());
        if (!document->binaryOnlyMetadataFile.isEmpty()) {
            return Result<FileMetadata>::failure(
                tr("%1: this OME-XML file holds no image metadata; it points to %2 instead.")
                    .arg(source.path(), document->binaryOnlyMetadataFile.left(200)));
        }
        const bool namesTiffFiles = !document->tiffDataFiles.isEmpty();
        FileMetadata metadata = std::move(document).value().metadata;
        metadata.path = source.path();
        metadata.format = u"ome-tiff"_s;
        // A companion names the TIFF files of its set: it is the set's master.
        if (namesTiffFiles)
            metadata.setMaster = QFileInfo(source.path()).absoluteFilePath();
        return metadata;
    } catch (const std::bad_alloc &) {
        return Result<FileMetadata>::failure(
            tr("%1: the OME-XML needs more memory than is available; the file is damaged or too large.").arg(source.path()));
    } catch (const std::exception &e) {
        return Result<FileMetadata>::failure(tr("%1: the OME-XML could not be read: %2").arg(source.path(), QString::fromLocal8Bit(e.what())));
    }
}

} // namespace metafill
