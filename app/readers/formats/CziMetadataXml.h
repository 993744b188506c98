#pragma once

#include "model/ImageMetadata.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace metafill {

// The XML document of a CZI metadata segment (ImageDocument/Metadata, as ZEN
// writes it) turned into the model:
//
// - One image per scene (Information/Image/SizeS, or the scenes listed under
//   Dimensions/S/Scenes): each has the same pixels and channels and the
//   scene's name; the scene's own keys (position, …) go into that image's
//   original metadata.
// - Sizes from Information/Image/Size*; ZEN leaves out a dimension of size 1,
//   so an absent SizeZ, SizeC or SizeT means 1. Pixel sizes from
//   Scaling/Items/Distance (metres), exposure times in nanoseconds.
// - One instrument: microscope, objectives, detectors, light sources and
//   filters of Information/Instrument, with the IDs the model uses; the
//   channels and ObjectiveSettings refer to them by those IDs.
// - Original metadata: every text leaf and attribute under Metadata, keyed and
//   numbered as Bio-Formats does ("Information|Image|SizeX",
//   "Information|Image|Channel|Name #1"), except the Experiment,
//   HardwareSetting and Layers subtrees (acquisition-software state, often
//   tens of thousands of entries that describe no image).
class CziMetadataXml
{
    Q_DECLARE_TR_FUNCTIONS(CziMetadataXml)

public:
    static constexpr qsizetype MaxScenes = 10'000;
    static constexpr qsizetype MaxChannels = 1'024;
    static constexpr qsizetype MaxInstrumentParts = 1'024; // objectives, detectors, … each
    static constexpr int MaxKeyDepth = 64;

    // Refuses a metadata document whose text and whole-tree parse would take more than
    // VendorXml::MaxParseBytes of memory; `parseBytes` is that cost as
    // VendorXml::parseBytes (or, before reading, parseBytesAtLeast) counts it,
    // `xmlBytes` the text's size for the message. Such a file is refused, not
    // read in part: which parts a partial tree would miss is not known before
    // parsing. read() checks this itself.
    static Status fitsInMemory(qint64 parseBytes, qint64 xmlBytes, const QString &path);

    // Adds the images, the instrument and the original metadata to `metadata`;
    // `containerKeys` (the ZISRAWFILE header's facts) follow the XML's file
    // keys within the same budget, so one warning counts all that was left out.
    // Fails when the text is not XML or not a ZEN ImageDocument.
    static Status read(QByteArrayView xml, const QString &path, FileMetadata &metadata, const KeyValueList &containerKeys = {});
};

} // namespace metafill
