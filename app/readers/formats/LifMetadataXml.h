#pragma once

#include "model/ImageMetadata.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace metafill {

// The XML header of a LIF file (LMSDataContainerHeader, UTF-16LE) turned into
// the model. The project is a tree of Elements (folders via
// Children/Element); every Element with Data/Image becomes one image:
//
// - Name: the Element names from below the top Element (the project) down to
//   the image, joined with "/" ("Folder/Image"), as Bio-Formats and readlif
//   name series, so that OMERO's "project.lif [Folder/Image]" matches.
// - Sizes from ImageDescription/Dimensions (DimID 1 X, 2 Y, 3 Z, 4 T); a
//   dimension that is not listed has one element (an XZ scan has Y = 1).
//   Pixel size = Length / (NumberOfElements − 1), as Bio-Formats computes it
//   by default (and readlif): Length spans first to last pixel centre.
// - Date: the first time stamp (FILETIME).
// - One instrument per image (each image has its own hardware settings):
//   microscope, the objective, the active detectors, the laser lines in use
//   and the spectral detection bands of ATLConfocalSettingDefinition (or
//   ATLCameraSettingDefinition). Channel k is the k-th active detector,
//   sequence by sequence; a channel's excitation is set only when its
//   sequence used exactly one laser line.
// - Original metadata per image: the settings' attributes keyed by element
//   path ("ATLConfocalSettingDefinition|Zoom",
//   "ATLConfocalSettingDefinition|DetectorList|Detector|Name #2"), the
//   dimensions and the channel–detector mapping.
class LifMetadataXml
{
    Q_DECLARE_TR_FUNCTIONS(LifMetadataXml)

public:
    static constexpr qsizetype MaxImages = 10'000;
    static constexpr qsizetype MaxElements = 200'000; // Elements walked, images or not
    static constexpr int MaxFolderDepth = 64;
    static constexpr qsizetype MaxChannels = 1'024;
    static constexpr qsizetype MaxDimensions = 32;
    static constexpr qsizetype MaxSequences = 256;
    static constexpr qsizetype MaxSettingParts = 1'024; // detectors, laser lines, bands per setting
    static constexpr int MaxKeyDepth = 16;

    // Refuses a header whose text and whole-tree parse would take more than
    // VendorXml::MaxParseBytes of memory; `parseBytes` is that cost as
    // VendorXml::parseBytes (or, before reading, parseBytesAtLeast) counts it,
    // `xmlBytes` the text's size for the message. Such a file is refused, not
    // read in part: which parts a partial tree would miss is not known before
    // parsing. read() checks this itself.
    static Status fitsInMemory(qint64 parseBytes, qint64 xmlBytes, const QString &path);

    // Adds the images, their instruments and their original metadata to
    // `metadata`. Fails when the text is not XML or not a LIF header.
    static Status read(QByteArrayView utf16Xml, const QString &path, FileMetadata &metadata);
};

} // namespace metafill
