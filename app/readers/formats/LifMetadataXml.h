#pragma once

#include "io/ByteSource.h"
#include "model/ImageMetadata.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

#include <pugixml.hpp>

namespace metafill {

class LifHeaderBuilder;

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
//
// Memory stays bounded whatever the header holds. A small header (up to
// StreamAboveBytes) is parsed as one pugixml tree; a larger one (a project of
// thousands of images, a time series with a stamp per plane) is read from the
// file in chunks and scanned once, image by image (LifHeaderStream). Either
// way LifHeaderBuilder walks the project and gathers, for each image, only
// what the mapping below reads; so both give the same model, keys, warnings
// and parse errors.
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
    // Headers up to this size are parsed as one tree.
    static constexpr qint64 StreamAboveBytes = 1024 * 1024;
    // What the parts of one image a stream gathers may cost as trees (the
    // settings of a real image take well under a megabyte).
    static constexpr qint64 MaxImageParseBytes = 16 * 1024 * 1024;
    // What the images and instruments read may take in memory, roughly
    // (their keys are bounded by KeyValueBudget): a LAS X image takes about
    // 8 KiB, so a 64 MiB header of thousands of images stays well within.
    static constexpr qint64 MaxModelBytes = 32 * 1024 * 1024;

    // How a header is read: Automatic chooses by its size (see above); the
    // other two are for tests, which compare them (Tree has no memory bound).
    enum class Method { Automatic, Tree, Streaming };

    // Adds the images, their instruments and their original metadata of the
    // UTF-16LE header of `length` bytes at `offset` of `source` to `metadata`.
    // Fails when the range cannot be read, or the text is not XML or not a LIF
    // header.
    static Status read(ByteSource &source, qint64 offset, qint64 length, FileMetadata &metadata, Method method = Method::Automatic);

    // One image of the project for the mapping: its Element (only the
    // attributes are read), the Element's Memory (attributes) and Data/Image.
    struct ImageParts
    {
        pugi::xml_node element;
        pugi::xml_node memory;
        pugi::xml_node image;
    };
    struct MappedImage
    {
        ImageInfo image; // originalMetadata: at most `maxKeys` pairs, repeated keys numbered
        std::optional<InstrumentInfo> instrument;
        bool capped = false;       // more channels, detectors, … than read
        qsizetype keysLeftOut = 0; // pairs beyond `maxKeys`
        bool keysTooDeep = false;
    };
    // The mapping of one image: `index` numbers its IDs ("Image:3").
    static MappedImage mapImage(const ImageParts &parts, QString name, qsizetype index, qsizetype maxKeys);

    // The message for a header pugixml (or the stream, which fails where it does) cannot read.
    static QString notReadable(const QString &path, pugi::xml_parse_status status, qint64 offset);

private:
    static Status readTree(ByteSource &source, qint64 offset, qint64 length, LifHeaderBuilder &builder);
};

} // namespace metafill
