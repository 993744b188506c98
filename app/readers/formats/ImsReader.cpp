#include "ImsReader.h"

#include "formats/ImsProbe.h"
#include "formats/KeyValueBudget.h"
#include "model/HeaderValues.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

constexpr char Hdf5Signature[] = "\x89HDF\r\n\x1a\n";
// Channels described one by one; Imaris itself handles a few dozen.
constexpr qint64 MaxChannels = 512;
// Larger sizes are not an image's extent but a damaged attribute.
constexpr double MaxSize = 1e12;

bool hasHdf5Signature(QByteArrayView head)
{
    const QByteArrayView signature(Hdf5Signature, 8);
    // libhdf5 looks for the superblock at 0, then after a user block of 512,
    // 1024, 2048 … bytes.
    for (qsizetype offset = 0; offset + signature.size() <= head.size(); offset = offset == 0 ? 512 : offset * 2) {
        if (head.sliced(offset, signature.size()) == signature)
            return true;
    }
    return false;
}

const KeyValueList *groupNamed(const ImsContents &contents, QStringView name)
{
    for (const ImsContents::Group &group : contents.dataSetInfo) {
        if (group.name == name)
            return &group.attributes;
    }
    return nullptr;
}

QString valueOf(const KeyValueList *attributes, QStringView key)
{
    if (!attributes)
        return {};
    for (const auto &[name, value] : *attributes) {
        if (name == key)
            return value.trimmed();
    }
    return {};
}

// A size or count: a whole number ≥ 1 (Imaris writes "256", never "256.0").
std::optional<qint64> countOf(const QString &text)
{
    const std::optional<double> value = HeaderValues::number(text);
    if (!value || *value < 1 || *value > MaxSize || std::floor(*value) != *value)
        return std::nullopt;
    return static_cast<qint64>(*value);
}

// Imaris writes an empty string or 0 where it knows nothing (NA, magnification,
// pinhole); only a positive number is a value.
std::optional<double> positive(const QString &text)
{
    const std::optional<double> value = HeaderValues::number(text);
    if (!value || *value <= 0)
        return std::nullopt;
    return value;
}

// "r g b" with components from 0 to 1 → OME RGBA (opaque) as a signed int32.
std::optional<qint32> colorOf(const QString &text)
{
    const QStringList parts = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 3)
        return std::nullopt;
    quint32 rgba = 0xFF;
    for (qsizetype i = 0; i < 3; ++i) {
        const std::optional<double> component = HeaderValues::number(parts[i]);
        if (!component || *component < 0 || *component > 1)
            return std::nullopt;
        rgba |= static_cast<quint32>(std::lround(*component * 255.0)) << (24 - 8 * i);
    }
    return static_cast<qint32>(rgba);
}

// The number of "Channel N" groups numbered 0, 1, 2 … without a gap.
qint64 channelGroupCount(const ImsContents &contents)
{
    qint64 count = 0;
    while (count < MaxChannels && groupNamed(contents, u"Channel %1"_s.arg(count)))
        ++count;
    return count;
}

void fillVoxelSize(ImageInfo &image, const KeyValueList *imageGroup, const QString &path, QStringList &warnings)
{
    PixelsInfo &pixels = image.pixels;
    const QString unit = valueOf(imageGroup, u"Unit");
    const std::optional<qint64> sizes[3] = {pixels.sizeX, pixels.sizeY, pixels.sizeZ};
    std::optional<double> *targets[3] = {&pixels.physicalSizeXUm, &pixels.physicalSizeYUm, &pixels.physicalSizeZUm};
    bool anyExtent = false;
    for (int axis = 0; axis < 3; ++axis) {
        const auto minimum = HeaderValues::number(valueOf(imageGroup, u"ExtMin%1"_s.arg(axis)));
        const auto maximum = HeaderValues::number(valueOf(imageGroup, u"ExtMax%1"_s.arg(axis)));
        if (!minimum || !maximum || !sizes[axis])
            continue;
        anyExtent = true;
        // The extents are the outer faces of the first and last voxel, so the
        // voxel size is the extent over the number of voxels, not over size − 1.
        const double voxel = (*maximum - *minimum) / static_cast<double>(*sizes[axis]);
        if (!std::isfinite(voxel) || voxel <= 0 || unit.isEmpty())
            continue;
        if (const std::optional<double> micrometres = HeaderValues::toMicrometres(voxel, unit))
            *targets[axis] = HeaderValues::withoutBinaryNoise(*micrometres, 12); // a quotient of decimal text
    }
    // Imaris works in µm unless told otherwise, but the file does not say so:
    // the voxel size stays unknown rather than assumed.
    if (anyExtent && unit.isEmpty())
        warnings.append(
            ImsReader::tr("%1: the file gives the image extent but no length unit, so the voxel size is left unknown.").arg(path));
    else if (anyExtent && !HeaderValues::toMicrometres(1.0, unit))
        warnings.append(
            ImsReader::tr("%1: the length unit \"%2\" is not one Metafill knows, so the voxel size is left unknown.").arg(path, unit));
}

void fillObjective(FileMetadata &file, ImageInfo &image, const KeyValueList *imageGroup)
{
    const std::optional<double> na = positive(valueOf(imageGroup, u"NumericalAperture"));
    const std::optional<double> magnification = positive(valueOf(imageGroup, u"LensPower"));
    if (!na && !magnification)
        return;
    // The file describes the one objective that took the image.
    InstrumentInfo instrument;
    instrument.id = u"Instrument:0"_s;
    ObjectiveInfo objective;
    objective.id = u"Objective:0:0"_s;
    objective.lensNA = na;
    objective.nominalMagnification = magnification;
    instrument.objectives.append(objective);
    file.instruments.append(instrument);
    image.instrumentRef = instrument.id;
    image.objectiveRef = objective.id;
}

void fillChannels(ImageInfo &image, const ImsContents &contents, const QString &path, QStringList &warnings)
{
    const qint64 count = image.pixels.sizeC.value_or(0);
    if (count > MaxChannels) {
        warnings.append(ImsReader::tr("%1: the image has %2 channels; only the first %3 are described.")
                            .arg(path, QString::number(count), QString::number(MaxChannels)));
    }
    for (qint64 c = 0; c < std::min(count, MaxChannels); ++c) {
        const KeyValueList *group = groupNamed(contents, u"Channel %1"_s.arg(c));
        ChannelInfo channel;
        channel.id = u"Channel:0:%1"_s.arg(c);
        channel.name = valueOf(group, u"Name");
        channel.color = colorOf(valueOf(group, u"Color"));
        // What the file says, even where a converter left Imaris' default of
        // 500 nm in both (sample PtK2Cell.ims): telling a placeholder from a
        // measured value is not possible from the file.
        channel.excitationNm = positive(valueOf(group, u"LSMExcitationWavelength"));
        channel.emissionNm = positive(valueOf(group, u"LSMEmissionWavelength"));
        // Imaris' own Bio-Formats import writes OME Channel/PinholeSize (µm)
        // here; 0 means not set.
        channel.pinholeUm = positive(valueOf(group, u"LSMPinhole"));
        image.channels.append(channel);
    }
}

void fillOriginalMetadata(FileMetadata &file, ImageInfo &image, const ImsContents &contents, const QString &path)
{
    // Root attributes (ImarisVersion, NumberOfDataSets …) hold for the file;
    // the DataSetInfo groups describe the one image, keyed "Group|Attribute".
    KeyValueBudget budget(file, path);
    for (const auto &[key, value] : contents.rootAttributes)
        budget.addToFile(key, value);
    for (const ImsContents::Group &group : contents.dataSetInfo) {
        for (const auto &[key, value] : group.attributes)
            budget.add(image.originalMetadata, group.name + u'|' + key, value);
    }
    budget.finish();
}

// Runs the probe on the file the source serves, or on a temporary copy of
// what it serves from memory (tests, MetadataReader::readBytes): the probe
// reads files only.
Result<ImsContents> readContents(ByteSource &source, const QString &probe)
{
    // A ByteSource does not say whether it serves a file or bytes from memory;
    // the regular file of the same size at its path is the file it serves.
    const QFileInfo info(source.path());
    if (info.isFile() && info.size() == source.size())
        return ImsProbe::run(probe, source.path(), source.path());
    Result<QByteArray> bytes = source.read(0, source.size());
    if (!bytes)
        return Result<ImsContents>::failure(bytes.error());
    QTemporaryFile copy(QDir(QDir::tempPath()).filePath(u"metafill-XXXXXX.ims"_s));
    if (!copy.open() || copy.write(*bytes) != bytes->size() || !copy.flush()) {
        return Result<ImsContents>::failure(ImsReader::tr("%1: Metafill could not write the temporary copy its Imaris reader needs (%2).")
                                                .arg(source.path(), copy.errorString()));
    }
    return ImsProbe::run(probe, copy.fileName(), source.path());
}

} // namespace

QString ImsReader::format() const
{
    return u"ims"_s;
}

bool ImsReader::recognizes(const QString &path, QByteArrayView head) const
{
    // Every HDF5 file comes here, so that one in another layout gets a clear
    // message; so does every .ims file, so that an Imaris 3 file gets one too.
    return hasHdf5Signature(head) || path.endsWith(u".ims"_s, Qt::CaseInsensitive);
}

Result<FileMetadata> ImsReader::read(ByteSource &source) const
{
    const QString &path = source.path();
    if (!hasHdf5Signature(source.head())) {
        return Result<FileMetadata>::failure(
            tr("%1: this is not an HDF5 file, so not an Imaris 5.5 or later file. Files from Imaris 3 and older are not supported; "
               "open the file in Imaris and save it again to convert it.")
                .arg(path));
    }
    QStringList searched;
    const QString probe = ImsProbe::locate(&searched);
    // Without a probe in the build only $METAFILL_IMS_PROBE is looked at.
    if (probe.isEmpty() && searched.isEmpty()) {
        return Result<FileMetadata>::failure(
            tr("%1: this build of Metafill has no Imaris support (it was built without the HDF5 library). Use a Metafill package "
               "with Imaris support, or export the image from Imaris as OME-TIFF.")
                .arg(path));
    }
    if (probe.isEmpty()) {
        return Result<FileMetadata>::failure(tr("%1: this installation cannot read Imaris files: its helper program metafill-ims-probe "
                                                "is missing (looked for %2). Reinstall Metafill.")
                                                 .arg(path, searched.join(u", "_s)));
    }
    const Result<ImsContents> contents = readContents(source, probe);
    if (!contents)
        return Result<FileMetadata>::failure(contents.error());
    return fromContents(*contents, path);
}

Result<FileMetadata> ImsReader::fromContents(const ImsContents &contents, const QString &path)
{
    if (!contents.hasDataSetInfo) {
        return Result<FileMetadata>::failure(
            tr("%1: this HDF5 file is not an Imaris file: it has no DataSetInfo group. Metafill reads HDF5 files only in Imaris' layout.")
                .arg(path));
    }
    const KeyValueList *imageGroup = groupNamed(contents, u"Image");
    if (!imageGroup) {
        return Result<FileMetadata>::failure(
            tr("%1: the Imaris image description (group DataSetInfo/Image) is missing; the file is damaged or was not written by Imaris.")
                .arg(path));
    }

    FileMetadata file;
    file.format = u"ims"_s;
    ImageInfo image;
    image.id = u"Image:0"_s;
    image.name = valueOf(imageGroup, u"Name");
    image.description = valueOf(imageGroup, u"Description");
    const QDateTime recorded = HeaderValues::parseDateTime(valueOf(imageGroup, u"RecordingDate"));
    const QDateTime firstTimePoint = HeaderValues::parseDateTime(valueOf(groupNamed(contents, u"TimeInfo"), u"TimePoint1"));
    // Imaris writes local time without a zone; isoDate keeps it zone-less.
    image.acquisitionDate = HeaderValues::isoDate(recorded.isValid() ? recorded : firstTimePoint);

    PixelsInfo &pixels = image.pixels;
    // Every channel of every time point is its own 3-D block (X fastest, then
    // Y, Z), and the channels of one time point come before the next.
    pixels.dimensionOrder = u"XYZCT"_s;
    pixels.pixelType = contents.pixelType;
    // The sizes from DataSetInfo, not the dataset's shape: Imaris pads blocks
    // to its chunk size.
    pixels.sizeX = countOf(valueOf(imageGroup, u"X"));
    pixels.sizeY = countOf(valueOf(imageGroup, u"Y"));
    pixels.sizeZ = countOf(valueOf(imageGroup, u"Z"));
    pixels.sizeC = countOf(valueOf(imageGroup, u"Noc"));
    if (!pixels.sizeC) {
        if (const qint64 groups = channelGroupCount(contents); groups > 0)
            pixels.sizeC = groups;
    }
    const KeyValueList *timeInfo = groupNamed(contents, u"TimeInfo");
    pixels.sizeT = countOf(valueOf(timeInfo, u"DatasetTimePoints"));
    if (!pixels.sizeT)
        pixels.sizeT = countOf(valueOf(timeInfo, u"FileTimePoints"));
    fillVoxelSize(image, imageGroup, path, file.warnings);

    // ManufactorString / ManufactorType are not mapped to the microscope:
    // Imaris writes "Generic" / "LSM" for data of unknown origin, and
    // converters put their own name there ("ZarrNii"), so the values do not
    // name a microscope. They stay in the original metadata ("Image|Manufactor…").
    fillObjective(file, image, imageGroup);
    fillChannels(image, contents, path, file.warnings);
    if (contents.truncated) {
        file.warnings.append(
            tr("%1: the file holds more metadata than Metafill reads from an Imaris file (at most %2 groups, %3 attributes "
               "and %4 MiB); the rest was left out.")
                .arg(path, QString::number(ImsProbeOutput::MaxDataSetInfoGroups), QString::number(ImsProbeOutput::MaxAttributes),
                     QString::number(ImsProbeOutput::MaxTotalTextLength / (1024 * 1024))));
    }
    if (contents.damaged) {
        file.warnings.append(tr("%1: some Imaris metadata could not be decoded and were left out; the file is damaged.").arg(path));
    }
    file.images.append(std::move(image));
    fillOriginalMetadata(file, file.images.last(), contents, path);
    return file;
}

} // namespace metafill
