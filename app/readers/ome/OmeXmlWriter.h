#pragma once

#include "model/ImageMetadata.h"

#include <QByteArray>

#include <optional>

namespace pugi {
class xml_document;
}

namespace metafill {

// Writes the normalized model as an OME-XML document (OME 2016-06 schema):
// Instrument, Image with ObjectiveSettings, Pixels (MetadataOnly) with Channels
// and one Plane per channel carrying its exposure, and the vendor's original
// metadata as MapAnnotations in the openmicroscopy.org/OriginalMetadata
// namespace. Values the file does not hold are left out, never filled in.
//
// With `image`, the document holds that one image and the instrument it refers
// to: auto-fill rules are evaluated against it, so that `//Pixels` means the
// image being filled.
class OmeXmlWriter
{
public:
    static constexpr const char *Namespace = "http://www.openmicroscopy.org/Schemas/OME/2016-06";
    static constexpr const char *OriginalMetadataNamespace = "openmicroscopy.org/OriginalMetadata";

    static void build(pugi::xml_document &document, const FileMetadata &metadata, std::optional<int> image = std::nullopt);
    static QByteArray toXml(const FileMetadata &metadata, std::optional<int> image = std::nullopt);
};

} // namespace metafill
