#include "OmeTiff.h"

#include "tiff/TiffDirectory.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

// At most this many ImageDescription tags of one directory are looked at
// (Micro-Manager writes two; nobody writes more).
constexpr int MaxDescriptions = 8;

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

Result<QString> OmeTiff::siblingPath(const QString &memberPath, const QString &fileName)
{
    const QString name = fileName.trimmed();
    const bool plainName = !name.isEmpty() && name != u"."_s && name != u".."_s && !name.contains(u'/') && !name.contains(u'\\')
        && !name.contains(u':') && !name.contains(QChar(0)) && !QDir::isAbsolutePath(name);
    if (!plainName) {
        return Result<QString>::failure(
            tr("%1: the OME-XML names the file \"%2\", which is not a plain file name in the same folder; "
               "Metafill reads only files next to the image.")
                .arg(memberPath, name.left(200)));
    }
    const QFileInfo member(memberPath);
    const QDir folder = member.absoluteDir();
    const QString path = folder.filePath(name);
    const QFileInfo target(path);
    if (!target.exists()) {
        return Result<QString>::failure(tr("%1: the OME-XML refers to \"%2\", which is missing from the folder %3. "
                                           "Keep all files of a multi-file OME-TIFF together.")
                                            .arg(memberPath, name, QDir::toNativeSeparators(folder.absolutePath())));
    }
    // A symbolic link may point anywhere; follow it only when its target is in the same folder.
    const QString canonicalFolder = QFileInfo(folder.absolutePath()).canonicalFilePath();
    const QString canonicalTarget = target.canonicalFilePath();
    if (canonicalTarget.isEmpty() || QFileInfo(canonicalTarget).absolutePath() != canonicalFolder) {
        return Result<QString>::failure(tr("%1: the OME-XML refers to \"%2\", a link to a file in another folder; "
                                           "Metafill reads only files next to the image.")
                                            .arg(memberPath, name));
    }
    if (!target.isFile())
        return Result<QString>::failure(tr("%1: the OME-XML refers to \"%2\", which is not a file.").arg(memberPath, name));
    return path;
}

Result<OmeXmlText> OmeTiff::readCompanionXml(ByteSource &companion)
{
    if (!TiffDirectory::isTiff(companion.head())) {
        // A *.companion.ome: the whole file is the document.
        if (companion.size() > OmeXmlParser::MaxXmlBytes) {
            return Result<OmeXmlText>::failure(
                tr("%1: the companion file is %2 MiB long, more than the %3 MiB Metafill reads; it is damaged or not supported.")
                    .arg(companion.path(), QString::number(double(companion.size()) / (1024 * 1024), 'f', 1),
                         QString::number(OmeXmlParser::MaxXmlBytes / (1024 * 1024))));
        }
        return OmeXmlText::fromFile(companion, 0, companion.size());
    }
    // A master OME-TIFF: its IFD0 ImageDescription holds the document.
    const Result<TiffHeader> header = TiffDirectory::readHeader(companion);
    if (!header)
        return Result<OmeXmlText>::failure(header.error());
    const Result<TiffDirectory> ifd0 = TiffDirectory::read(companion, *header, header->firstDirectory);
    if (!ifd0)
        return Result<OmeXmlText>::failure(ifd0.error());
    const QList<const TiffTag *> descriptions = ifd0->findAll(TiffDirectory::ImageDescription);
    for (qsizetype i = 0; i < descriptions.size() && i < MaxDescriptions; ++i) {
        Result<OmeXmlText> text = OmeXmlText::fromTiffTag(companion, *ifd0, *descriptions.at(i), OmeXmlParser::MaxXmlBytes);
        if (!text || text.value().looksLikeOmeXml())
            return text;
    }
    return Result<OmeXmlText>::failure(
        tr("%1: this OME-TIFF is named as the holder of a multi-file set's metadata, but it has no OME-XML.").arg(companion.path()));
}

Result<FileMetadata> OmeTiff::read(ByteSource &source, OmeXmlDocument document)
{
    if (document.binaryOnlyMetadataFile.isEmpty()) {
        FileMetadata &metadata = document.metadata;
        // A set whose members each carry the full document: the first file the
        // TiffData elements name is the set's master, the same for every member.
        // One name only is a single-file image, perhaps renamed since (as
        // Bio-Formats does, the name is then not held against the file).
        if (document.tiffDataFiles.size() > 1) {
            const Result<QString> master = siblingPath(source.path(), document.tiffDataFiles.first());
            if (master)
                metadata.setMaster = QFileInfo(*master).absoluteFilePath();
            else
                metadata.warnings.append(master.error());
        }
        return std::move(document.metadata);
    }

    // A member of a multi-file set whose metadata is elsewhere (BinaryOnly).
    const Result<QString> companionPath = siblingPath(source.path(), document.binaryOnlyMetadataFile);
    if (!companionPath)
        return Result<FileMetadata>::failure(companionPath.error());
    // The companion shares what is left of this file's budget.
    ByteSource companion(*companionPath, source.budgetLeft());
    if (Status opened = companion.open(); !opened)
        return Result<FileMetadata>::failure(opened.error());
    Result<OmeXmlText> xml = readCompanionXml(companion);
    if (!xml) {
        source.absorb(companion);
        return Result<FileMetadata>::failure(xml.error());
    }
    Result<OmeXmlDocument> full = OmeXmlParser::parseDocument(xml.value(), companion.path());
    source.absorb(companion);
    if (!full)
        return Result<FileMetadata>::failure(full.error());
    if (!full->binaryOnlyMetadataFile.isEmpty()) {
        return Result<FileMetadata>::failure(tr("%1: the metadata file %2 holds no metadata either but points to yet another file; "
                                                "the multi-file set is damaged.")
                                                 .arg(source.path(), fileNameOf(companion.path())));
    }
    FileMetadata metadata = std::move(full).value().metadata;
    metadata.warnings = document.metadata.warnings + metadata.warnings;
    const QString absolute = QFileInfo(companion.path()).absoluteFilePath();
    metadata.companionFiles.append(absolute);
    metadata.setMaster = absolute;
    return metadata;
}

} // namespace metafill
