#pragma once

#include "io/ByteSource.h"
#include "model/ImageMetadata.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace pugi {
class xml_node;
}

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
//
// Memory stays bounded whatever the document holds. A small document (up to
// StreamAboveBytes) is parsed as one pugixml tree. A larger one is read from
// the file in chunks and scanned once (XmlElementStream): the software-state
// subtrees, which are what makes real documents large (a 50 MiB Experiment
// block), are read past, and only the other children of Metadata are kept
// and parsed as one small document. The mapping sees the same elements in
// the same order either way, so both give the same model, keys, warnings and
// parse errors. What is kept may cost at most VendorXml::MaxParseBytes as a
// tree; a document whose other parts are larger still is refused.
class CziMetadataXml
{
    Q_DECLARE_TR_FUNCTIONS(CziMetadataXml)

public:
    static constexpr qsizetype MaxScenes = 10'000;
    static constexpr qsizetype MaxChannels = 1'024;
    // Every scene is an image with all the channels: at most this many
    // channels in all images together (10,000 scenes of 5 channels), so that
    // a few bytes claiming 10,000 scenes of 1,024 channels stay a few MiB.
    static constexpr qsizetype MaxChannelRecords = 50'000;
    static constexpr qsizetype MaxInstrumentParts = 1'024; // objectives, detectors, … each
    static constexpr int MaxKeyDepth = 64;
    // Documents up to this size are parsed as one tree.
    static constexpr qint64 StreamAboveBytes = 1024 * 1024;

    // How a document is read: Automatic chooses by its size (see above); the
    // other two are for tests, which compare them (Tree has no memory bound).
    enum class Method { Automatic, Tree, Streaming };

    // Adds the images, the instrument and the original metadata of the UTF-8
    // document of `length` bytes at `offset` of `source` to `metadata`;
    // `containerKeys` (the ZISRAWFILE header's facts) follow the XML's file
    // keys within the same budget, so one warning counts all that was left
    // out. Fails when the range cannot be read, or the text is not XML or not
    // a ZEN ImageDocument.
    static Status read(ByteSource &source, qint64 offset, qint64 length, FileMetadata &metadata, const KeyValueList &containerKeys = {},
                       Method method = Method::Automatic);

private:
    static Status readTree(ByteSource &source, qint64 offset, qint64 length, FileMetadata &metadata, const KeyValueList &containerKeys);
    static Status readStreaming(ByteSource &source, qint64 offset, qint64 length, FileMetadata &metadata,
                                const KeyValueList &containerKeys);
    // The one mapping, from ImageDocument/Metadata.
    static Status mapMetadata(const pugi::xml_node &root, const QString &path, FileMetadata &metadata, const KeyValueList &containerKeys);
};

} // namespace metafill
