#pragma once

#include "model/ImageMetadata.h"
#include "ome/OmeXmlText.h"
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
//
// Memory stays bounded whatever the document holds: a small one (up to
// OmeXmlText::StreamAboveBytes) is parsed as one pugixml tree; a larger one
// is read in one pass, element by element, so that neither its text nor a
// tree of it is ever whole in memory (hundreds of thousands of Plane and
// TiffData elements or annotations cost nothing but their scan). Both ways
// give the same model, warnings and error messages.
class OmeXmlParser
{
    Q_DECLARE_TR_FUNCTIONS(OmeXmlParser)

public:
    // The largest document read: the ByteSource budget.
    static constexpr qsizetype MaxXmlBytes = 64 * 1024 * 1024;

    // Parses an OME-XML document; `origin` names the file in messages. Fails with a clear message on malformed XML or a non-OME root.
    static Result<FileMetadata> parse(QByteArrayView xml, const QString &origin);
    static Result<OmeXmlDocument> parseDocument(QByteArrayView xml, const QString &origin);
    // How a document is parsed: Automatic chooses by its size (see above); the
    // other two are for tests, which compare them.
    enum class Method { Automatic, Tree, Streaming };
    // The same for a text that may be read from a file while it is parsed.
    static Result<OmeXmlDocument> parseDocument(OmeXmlText &text, const QString &origin, Method method = Method::Automatic);

    // Whether a TIFF ImageDescription holds OME-XML: it ends with "OME>" after
    // trimming (as tifffile decides), or it starts with "<OME" or with an XML
    // declaration followed by an OME root.
    static bool looksLikeOmeXml(QByteArrayView text);
};

} // namespace metafill
