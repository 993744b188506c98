#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace metafill {

// The normalized metadata of one image file, whatever its format: the subset of
// the OME data model (2016-06) that describes an acquisition, plus the vendor's
// own key/value pairs. Every reader fills this; OmeXmlWriter turns it into an
// OME-XML document for auto-fill queries and `inspect --ome-xml`.
//
// Units are fixed so that nobody has to carry a unit around: lengths in µm,
// wavelengths in nm, times in s. An empty string or an empty optional means the
// file does not say — never a guess and never a default.

using KeyValueList = QList<std::pair<QString, QString>>;

struct MicroscopeInfo
{
    QString manufacturer;
    QString model;
    QString serialNumber;
    QString type; // OME MicroscopeType: Upright, Inverted, Dissection, Electrophysiology, Other
};

struct ObjectiveInfo
{
    QString id; // "Objective:0:0"
    QString manufacturer;
    QString model;
    QString serialNumber;
    std::optional<double> nominalMagnification;
    std::optional<double> calibratedMagnification;
    std::optional<double> lensNA;
    QString immersion;  // OME Immersion: Oil, Water, WaterDipping, Air, Multi, Glycerol, Other
    QString correction; // OME Correction: PlanApo, PlanFluor, …
    std::optional<double> workingDistanceUm;
};

struct DetectorInfo
{
    QString id;
    QString manufacturer;
    QString model;
    QString serialNumber;
    QString type; // OME DetectorType: CCD, PMT, CMOS, EMCCD, APD, Photodiode, … (a hybrid detector is Other)
    std::optional<double> gain;
    std::optional<double> voltage;
    std::optional<double> offset;
};

struct LightSourceInfo
{
    QString id;
    QString kind; // element name: Laser, Arc, Filament, LightEmittingDiode, GenericExcitationSource
    QString manufacturer;
    QString model;
    QString serialNumber;
    std::optional<double> wavelengthNm; // Laser only
    std::optional<double> powerMw;
};

struct FilterInfo
{
    QString id;
    QString manufacturer;
    QString model;
    QString type; // OME FilterType: BandPass, LongPass, ShortPass, …
    std::optional<double> cutInNm;
    std::optional<double> cutOutNm;
};

struct InstrumentInfo
{
    QString id; // "Instrument:0"
    MicroscopeInfo microscope;
    QList<ObjectiveInfo> objectives;
    QList<DetectorInfo> detectors;
    QList<LightSourceInfo> lightSources;
    QList<FilterInfo> filters;
};

struct ChannelInfo
{
    QString id; // "Channel:0:0"
    QString name;
    QString fluor;
    QString acquisitionMode;  // OME AcquisitionMode: WideField, LaserScanningConfocalMicroscopy, …
    QString illuminationType; // OME IlluminationType: Transmitted, Epifluorescence, Oblique, NonLinear, Other
    QString contrastMethod;   // OME ContrastMethod: Brightfield, Fluorescence, DIC, Phase, …
    std::optional<double> excitationNm;
    std::optional<double> emissionNm;
    std::optional<double> pinholeUm;
    std::optional<int> samplesPerPixel;
    std::optional<qint32> color; // OME RGBA as signed int32
    std::optional<double> exposureS; // of the channel's first plane (OME keeps it on Plane)
    QString detectorRef;
    std::optional<double> detectorGain;
    std::optional<double> detectorVoltage;
    QString lightSourceRef;
    std::optional<double> lightSourceWavelengthNm;
    std::optional<double> lightSourceAttenuation; // 0..1
};

struct PixelsInfo
{
    std::optional<qint64> sizeX, sizeY, sizeZ, sizeC, sizeT;
    QString dimensionOrder; // XYZCT, XYCZT, …
    QString pixelType;      // OME PixelType: int8, uint8, int16, uint16, int32, uint32, float, double, bit, …
    std::optional<int> significantBits;
    std::optional<double> physicalSizeXUm, physicalSizeYUm, physicalSizeZUm;
    std::optional<double> timeIncrementS;
};

struct ImageInfo
{
    QString id; // "Image:0"
    QString name;
    QString description;
    QString acquisitionDate; // xsd:dateTime as written by the file, normalized to ISO 8601
    QString instrumentRef;
    QString objectiveRef; // ObjectiveSettings/@ID: the objective that took this image
    std::optional<double> objectiveRefractiveIndex;
    QString objectiveMedium; // OME Medium: Air, Oil, Water, Glycerol, Other
    QString stageLabel;
    PixelsInfo pixels;
    QList<ChannelInfo> channels;
    KeyValueList originalMetadata; // vendor keys that belong to this image only
};

struct FileMetadata
{
    QString path;
    QString format; // ome-tiff, imagej-tiff, tiff, czi, lsm, lif, nd2, ims, ome-zarr, …
    QList<ImageInfo> images;
    QList<InstrumentInfo> instruments;
    KeyValueList originalMetadata; // vendor keys that hold for the whole file
    QStringList companionFiles;    // other files read for this one (companion OME-XML, …)
    // For a file that belongs to a multi-file set (OME-TIFF with BinaryOnly or
    // TiffData/UUID/@FileName naming other files): the set's master, the file
    // whose import brings in the whole set (absolute path). Empty otherwise.
    QString setMaster;
    QStringList warnings;          // translated; the file was read but something is odd

    const InstrumentInfo *instrument(const QString &id) const;
    // The instrument that took the image: the one it refers to; without a
    // reference, the file's only instrument if no image refers to any (some
    // OME-TIFF writers leave the reference out). Null when the file does not say.
    const InstrumentInfo *instrumentOf(const ImageInfo &image) const;
    const ObjectiveInfo *objectiveOf(const ImageInfo &image) const;
};

} // namespace metafill
