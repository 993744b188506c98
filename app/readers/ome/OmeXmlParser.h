#pragma once

#include "model/ImageMetadata.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace metafill {

// An OME-XML document: the normalized model plus what an OME-TIFF reader needs
// to find the rest of a multi-file set.
struct OmeXmlDocument
{
    FileMetadata metadata;
    QString uuid;                   // OME/@UUID of this document
    QString binaryOnlyMetadataFile; // BinaryOnly/@MetadataFile: the metadata lives in that file
    QString binaryOnlyUuid;         // BinaryOnly/@UUID
    QStringList tiffDataFiles;      // TiffData/UUID/@FileName, each name once, in document order
};

// Reads OME-XML (any schema version from 2010-06 to 2016-06) into the
// normalized model. Elements are matched by their local name, so namespace
// URIs and prefixes ("ome:OME") do not matter. IDs are renumbered in the
// model's scheme ("Instrument:0", "Objective:0:1", "Channel:0:2" …) and the
// references between them follow. Values carry their unit attributes and are
// converted to the model's units; where a unit attribute is absent the
// schema's default applies (µm, nm, s, V, mW), but an absent value stays
// unknown. Key/value pairs in StructuredAnnotations (Bio-Formats'
// OriginalMetadata XMLAnnotations and MapAnnotations) become original metadata
// of the image that references them, else of the file.
class OmeXmlParser
{
    Q_DECLARE_TR_FUNCTIONS(OmeXmlParser)

public:
    // The largest document read: the ByteSource budget.
    static constexpr qsizetype MaxXmlBytes = 64 * 1024 * 1024;

    // Parses an OME-XML document; `origin` names the file in messages. Fails with a clear message on malformed XML or a non-OME root.
    static Result<FileMetadata> parse(QByteArrayView xml, const QString &origin);
    static Result<OmeXmlDocument> parseDocument(QByteArrayView xml, const QString &origin);

    // Whether a TIFF ImageDescription holds OME-XML: it ends with "OME>" after
    // trimming (as tifffile decides), or it starts with "<OME" or with an XML
    // declaration followed by an OME root.
    static bool looksLikeOmeXml(QByteArrayView text);
};

} // namespace metafill
