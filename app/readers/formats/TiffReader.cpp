#include "TiffReader.h"

#include "formats/ImageJTiffReader.h"
#include "formats/LsmReader.h"
#include "formats/MicroManagerSummary.h"
#include "formats/OmeTiff.h"
#include "formats/PlainTiff.h"
#include "model/HeaderValues.h"
#include "ome/OmeXmlParser.h"
#include "tiff/TiffDirectory.h"

#include <algorithm>
#include <exception>
#include <new>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

// Micro-Manager writes two ImageDescription tags; nobody writes more.
constexpr qsizetype MaxDescriptions = 8;

bool isImageJDescription(QByteArrayView description)
{
    return description.startsWith("ImageJ=") || description.startsWith("SCIFIO=");
}

} // namespace

QString TiffReader::format() const
{
    return u"tiff"_s;
}

bool TiffReader::recognizes(const QString &path, QByteArrayView head) const
{
    Q_UNUSED(path);
    return TiffDirectory::isTiff(head);
}

Result<FileMetadata> TiffReader::read(ByteSource &source) const
{
    try {
        return readTiff(source);
    } catch (const std::bad_alloc &) {
        return Result<FileMetadata>::failure(
            tr("%1: the TIFF header needs more memory than is available; the file is damaged or too large.").arg(source.path()));
    } catch (const std::exception &e) {
        return Result<FileMetadata>::failure(tr("%1: the TIFF header could not be read: %2").arg(source.path(), QString::fromLocal8Bit(e.what())));
    }
}

Result<FileMetadata> TiffReader::readTiff(ByteSource &source) const
{
    const Result<TiffHeader> header = TiffDirectory::readHeader(source);
    if (!header)
        return Result<FileMetadata>::failure(header.error());
    const Result<TiffDirectory> directory = TiffDirectory::read(source, *header, header->firstDirectory);
    if (!directory)
        return Result<FileMetadata>::failure(directory.error());
    const TiffDirectory &ifd0 = *directory;

    if (ifd0.find(TiffDirectory::CzLsmInfo)) {
        Result<FileMetadata> lsm = LsmReader::read(source, ifd0);
        if (lsm && lsm->format.isEmpty())
            lsm.value().format = u"lsm"_s;
        return lsm;
    }

    QList<QByteArray> descriptions;
    // A large OME-XML description is parsed while it is read, never held whole
    // (looksLikeOmeXml() reads it whole only when its two ends do not tell);
    // its first chunk stands in for it below should the OME-XML be unreadable.
    std::optional<OmeXmlText> largeOme;
    qsizetype largeOmeAt = -1;
    const QList<const TiffTag *> descriptionTags = ifd0.findAll(TiffDirectory::ImageDescription);
    for (qsizetype i = 0; i < descriptionTags.size() && i < MaxDescriptions; ++i) {
        Result<OmeXmlText> text = OmeXmlText::fromTiffTag(source, ifd0, *descriptionTags.at(i), ByteSource::DefaultBudget);
        if (!text)
            return Result<FileMetadata>::failure(text.error());
        if (!largeOme && !text->inMemory() && std::none_of(descriptions.cbegin(), descriptions.cend(), OmeXmlParser::looksLikeOmeXml)
            && text.value().looksLikeOmeXml() && !text->inMemory()) {
            largeOmeAt = descriptions.size();
            descriptions.append(text->head().toByteArray());
            largeOme = std::move(text).value();
            continue;
        }
        Result<QByteArray> bytes = text.value().readAll();
        if (!bytes)
            return Result<FileMetadata>::failure(bytes.error());
        descriptions.append(std::move(bytes).value());
    }

    QStringList warnings;
    std::optional<Result<FileMetadata>> result;
    for (qsizetype i = 0; i < descriptions.size(); ++i) {
        if (i != largeOmeAt && !OmeXmlParser::looksLikeOmeXml(descriptions.at(i)))
            continue;
        Result<OmeXmlDocument> document = i == largeOmeAt ? OmeXmlParser::parseDocument(*largeOme, source.path())
                                                          : OmeXmlParser::parseDocument(descriptions.at(i), source.path());
        if (document) {
            result = OmeTiff::read(source, std::move(document).value());
            if (*result && result->value().format.isEmpty())
                result->value().format = u"ome-tiff"_s;
        } else {
            // The pixels are still a TIFF: read it as one and say why the OME part is missing.
            warnings.append(document.error());
        }
        break;
    }
    if (!result) {
        for (const QByteArray &description : std::as_const(descriptions)) {
            if (!isImageJDescription(description))
                continue;
            result = ImageJTiffReader::read(source, ifd0, HeaderValues::decodeLegacyText(description));
            if (*result && result->value().format.isEmpty())
                result->value().format = u"imagej-tiff"_s;
            break;
        }
    }
    if (!result) {
        QStringList texts;
        for (const QByteArray &description : std::as_const(descriptions))
            texts.append(HeaderValues::decodeLegacyText(description));
        result = PlainTiff::read(source, ifd0, texts);
    }
    if (!*result)
        return *result;

    FileMetadata &metadata = result->value();
    metadata.path = source.path();
    metadata.warnings = warnings + metadata.warnings;
    if (MicroManagerSummary::isMicroManager(source.head()) || ifd0.find(TiffDirectory::MicroManagerMetadata))
        MicroManagerSummary::apply(source, ifd0, metadata);
    return std::move(*result);
}

} // namespace metafill
