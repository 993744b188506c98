#include "LsmReader.h"

#include "formats/KeyValueBudget.h"
#include "formats/LsmScanInformation.h"
#include "formats/TiffSampleType.h"
#include "io/BinaryCursor.h"
#include "model/HeaderValues.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <exception>
#include <new>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

// CZ_LSMINFO (tag 34412), little-endian, packed. The layout grew with the
// LSM versions (2.0 ends at 152 bytes, 3.2/4.0 at 224, 5.5 at 380), so every
// field is read only when StructureSize covers it; later fields are unknown.
constexpr quint32 MagicLsm1 = 50350412;  // 0x0300494C
constexpr quint32 MagicLsm2 = 67127628;  // 0x0400494C
constexpr qint64 MaxInfoBytes = 512;     // the newest layout is 380 bytes

enum InfoOffset : qsizetype {
    MagicNumber = 0,
    StructureSize = 4,
    DimensionX = 8,
    DimensionY = 12,
    DimensionZ = 16,
    DimensionChannels = 20,
    DimensionTime = 24,
    DataType = 28,
    VoxelSizeX = 40,
    VoxelSizeY = 48,
    VoxelSizeZ = 56,
    OffsetChannelColors = 108,
    TimeIntervall = 112,
    OffsetScanInformation = 124,
    OffsetTimeStamps = 132,
    OffsetChannelWavelength = 204,
};

enum class FieldType { Int32, UInt32, UInt16, Float64 };

struct InfoField
{
    const char16_t *name;
    qsizetype offset;
    FieldType type;
};

// The scalar fields copied to original metadata as "CZ_LSMINFO|<name>", in the
// specification's units (voxel sizes and origins in metres, times in seconds).
// The Offset* fields are positions in the file and mean nothing to a user.
constexpr InfoField ExportedFields[] = {
    {u"DimensionX", 8, FieldType::Int32},
    {u"DimensionY", 12, FieldType::Int32},
    {u"DimensionZ", 16, FieldType::Int32},
    {u"DimensionChannels", 20, FieldType::Int32},
    {u"DimensionTime", 24, FieldType::Int32},
    {u"DataType", 28, FieldType::Int32},
    {u"ThumbnailX", 32, FieldType::Int32},
    {u"ThumbnailY", 36, FieldType::Int32},
    {u"VoxelSizeX", 40, FieldType::Float64},
    {u"VoxelSizeY", 48, FieldType::Float64},
    {u"VoxelSizeZ", 56, FieldType::Float64},
    {u"OriginX", 64, FieldType::Float64},
    {u"OriginY", 72, FieldType::Float64},
    {u"OriginZ", 80, FieldType::Float64},
    {u"ScanType", 88, FieldType::UInt16},
    {u"SpectralScan", 90, FieldType::UInt16},
    {u"TypeOfData", 92, FieldType::UInt32},
    {u"TimeIntervall", 112, FieldType::Float64},
    {u"DisplayAspectX", 152, FieldType::Float64},
    {u"DisplayAspectY", 160, FieldType::Float64},
    {u"DisplayAspectZ", 168, FieldType::Float64},
    {u"DisplayAspectTime", 176, FieldType::Float64},
    {u"ToolbarFlags", 200, FieldType::UInt32},
    {u"ObjectiveSphereCorrection", 212, FieldType::Float64},
    {u"TimeDifferenceX", 236, FieldType::Float64},
    {u"TimeDifferenceY", 244, FieldType::Float64},
    {u"TimeDifferenceZ", 252, FieldType::Float64},
    {u"DimensionP", 264, FieldType::Int32},
    {u"DimensionM", 268, FieldType::Int32},
};

// Bounds for the sub-records.
constexpr qsizetype MaxChannels = 4096;
constexpr qint64 MaxChannelColorsBytes = 1024 * 1024;
constexpr qint64 MaxTimeStamps = 10'000'000;

// A voxel below a picometre is no optical sampling but a placeholder: sample
// #15 stores VoxelSizeZ = 1e-19 m for its single plane (Bio-Formats prints
// 1.0E-13 µm). Such sizes stay unknown.
constexpr double MinVoxelMetres = 1e-12;

QString formatNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// The CZ_LSMINFO bytes that StructureSize covers.
class InfoBlock
{
public:
    InfoBlock(QByteArray bytes, qsizetype available) : m_bytes(std::move(bytes)), m_available(available) {}

    bool has(qsizetype offset, qsizetype width) const { return offset >= 0 && offset + width <= m_available; }

    std::optional<qint32> i32(qsizetype offset) const
    {
        if (!has(offset, 4))
            return std::nullopt;
        return cursorAt(offset).i32();
    }
    std::optional<quint32> u32(qsizetype offset) const
    {
        if (!has(offset, 4))
            return std::nullopt;
        return cursorAt(offset).u32();
    }
    std::optional<quint16> u16(qsizetype offset) const
    {
        if (!has(offset, 2))
            return std::nullopt;
        return cursorAt(offset).u16();
    }
    std::optional<double> f64(qsizetype offset) const
    {
        if (!has(offset, 8))
            return std::nullopt;
        const double value = cursorAt(offset).f64();
        return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
    }

    std::optional<QString> display(const InfoField &field) const
    {
        switch (field.type) {
        case FieldType::Int32:
            if (auto v = i32(field.offset))
                return QString::number(*v);
            break;
        case FieldType::UInt32:
            if (auto v = u32(field.offset))
                return QString::number(*v);
            break;
        case FieldType::UInt16:
            if (auto v = u16(field.offset))
                return QString::number(*v);
            break;
        case FieldType::Float64:
            if (auto v = f64(field.offset))
                return formatNumber(*v);
            break;
        }
        return std::nullopt;
    }

private:
    BinaryCursor cursorAt(qsizetype offset) const
    {
        BinaryCursor cursor(m_bytes, BinaryCursor::Order::LittleEndian);
        cursor.seek(offset);
        return cursor;
    }

    QByteArray m_bytes;
    qsizetype m_available;
};

std::optional<qint64> positive(std::optional<qint32> value)
{
    if (!value || *value < 1)
        return std::nullopt;
    return qint64(*value);
}

std::optional<double> voxelMicrometres(std::optional<double> metres)
{
    if (!metres || *metres < MinVoxelMetres)
        return std::nullopt;
    // Through the shared conversion, which drops the binary noise of the
    // product (2e-7 m × 1e6 = 0.19999999999999998 µm; the form showed that).
    return HeaderValues::toMicrometres(*metres, u"m"_s);
}

// The word after "40x/1.30" in a Zeiss objective name is its immersion
// ("EC Plan-Neofluar 40x/1.30 Oil DIC M27", "C-Apochromat 40x/1.20 W Korr");
// a dry objective has none ("Plan-Apochromat 10x/0.45 M27").
QString immersionFromName(const QString &name)
{
    static const QRegularExpression afterAperture(uR"([xX×]\s*/\s*\d+(?:[.,]\d+)?\s+([^\s/]+))"_s);
    const QRegularExpressionMatch match = afterAperture.match(name);
    return match.hasMatch() ? HeaderValues::omeImmersion(match.captured(1)) : QString();
}

// An emission filter named like "BP 505-530", "LP 560" or "SP 545".
std::optional<FilterInfo> filterFromName(const QString &name)
{
    static const QRegularExpression pattern(uR"(^\s*(BP|LP|SP|KP)\s*(\d+(?:\.\d+)?)(?:\s*-\s*(\d+(?:\.\d+)?))?)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    FilterInfo filter;
    filter.model = name.trimmed();
    const QString kind = match.captured(1).toUpper();
    const std::optional<double> first = HeaderValues::number(match.capturedView(2));
    const std::optional<double> second = HeaderValues::number(match.capturedView(3));
    if (kind == u"BP"_s) {
        filter.type = u"BandPass"_s;
        filter.cutInNm = first;
        filter.cutOutNm = second;
    } else if (kind == u"LP"_s) {
        filter.type = u"LongPass"_s;
        filter.cutInNm = first;
    } else {
        filter.type = u"ShortPass"_s; // SP, or KP (German "Kurzpass")
        filter.cutOutNm = first;
    }
    return filter;
}

// Whether a laser's name states this wavelength ("DPSS 561-10", "Diode 405-30"):
// the only link the file gives between an illumination line and a laser.
bool laserNameStatesWavelength(const QString &laserName, double wavelengthNm)
{
    if (wavelengthNm != std::floor(wavelengthNm) || wavelengthNm <= 0 || wavelengthNm > 100'000)
        return false;
    const QRegularExpression number(uR"((?<!\d)%1(?![\d.]))"_s.arg(qint64(wavelengthNm)));
    return number.match(laserName).hasMatch();
}

class LsmReading
{
    Q_DECLARE_TR_FUNCTIONS(LsmReader)

public:
    LsmReading(ByteSource &source, const TiffDirectory &ifd0) : m_source(source), m_ifd0(ifd0), m_budget(m_metadata, source.path()) {}

    Result<FileMetadata> run();

private:
    QString misplacedTwoChannelPixelType();
    std::optional<quint64> subRecordOffset(const InfoBlock &info, qsizetype field, const QString &record);
    void readChannelColors(quint64 offset, ImageInfo &image);
    void readChannelWavelengths(quint64 offset);
    void readTimeIncrement(quint64 offset, ImageInfo &image);
    void readScanInformation(quint64 offset, ImageInfo &image);
    void applyScanInformation(const LsmScanInformation &scan, ImageInfo &image);

    ByteSource &m_source;
    const TiffDirectory &m_ifd0;
    FileMetadata m_metadata;
    KeyValueBudget m_budget;
};

Result<FileMetadata> LsmReading::run()
{
    const QString &path = m_source.path();
    const TiffTag *tag = m_ifd0.find(TiffDirectory::CzLsmInfo);
    if (!tag)
        return Result<FileMetadata>::failure(tr("%1: this TIFF file has no Zeiss LSM information block.").arg(path));
    const std::optional<quint64> tagLength = tag->byteLength();
    if (!tagLength || *tagLength < 8 || tag->isInline)
        return Result<FileMetadata>::failure(tr("%1: the Zeiss LSM information block is too short; the file is damaged.").arg(path));
    auto raw = m_source.read(qint64(tag->offset), qint64(std::min<quint64>(*tagLength, MaxInfoBytes)));
    if (!raw)
        return Result<FileMetadata>::failure(raw.error());

    BinaryCursor header(*raw, BinaryCursor::Order::LittleEndian);
    const quint32 magic = header.u32();
    const qint32 structureSize = header.i32();
    if (magic != MagicLsm1 && magic != MagicLsm2) {
        return Result<FileMetadata>::failure(
            tr("%1: the Zeiss LSM information block has an unknown signature; the file is damaged or not an LSM file.").arg(path));
    }
    const qsizetype available = std::clamp<qsizetype>(structureSize, 0, raw->size());
    const InfoBlock info(*raw, available);

    m_metadata.path = path;
    m_metadata.format = u"lsm"_s;
    if (structureSize < DimensionTime + 4) {
        m_metadata.warnings.append(
            tr("%1: the Zeiss LSM information block declares only %2 bytes; the image dimensions it lacks are unknown.").arg(path).arg(structureSize));
    }

    ImageInfo image;
    image.id = u"Image:0"_s;
    PixelsInfo &pixels = image.pixels;
    // Odd IFDs are thumbnails; the dimensions come from CZ_LSMINFO, which
    // describes the full image only. IFD0 is the fallback for X and Y.
    pixels.sizeX = positive(info.i32(DimensionX));
    pixels.sizeY = positive(info.i32(DimensionY));
    if (!pixels.sizeX) {
        if (auto width = m_ifd0.integer(TiffDirectory::ImageWidth); width && *width > 0 && *width <= 0x7FFFFFFF)
            pixels.sizeX = qint64(*width);
    }
    if (!pixels.sizeY) {
        if (auto height = m_ifd0.integer(TiffDirectory::ImageLength); height && *height > 0 && *height <= 0x7FFFFFFF)
            pixels.sizeY = qint64(*height);
    }
    pixels.sizeZ = positive(info.i32(DimensionZ));
    pixels.sizeC = positive(info.i32(DimensionChannels));
    pixels.sizeT = positive(info.i32(DimensionTime));
    // Each IFD holds all channels of one plane; IFDs run through Z, then T.
    pixels.dimensionOrder = u"XYCZT"_s;

    // BitsPerSample/SampleFormat of IFD0 give the stored type; DataType adds
    // what the tags cannot say (12 significant bits, float without SampleFormat).
    pixels.pixelType = TiffSampleType::omePixelType(m_source, m_ifd0);
    if (pixels.pixelType.isEmpty())
        pixels.pixelType = misplacedTwoChannelPixelType();
    const std::optional<qint32> dataType = info.i32(DataType);
    if (dataType == 5 && pixels.pixelType == u"uint32"_s && !m_ifd0.find(TiffDirectory::SampleFormat))
        pixels.pixelType = u"float"_s;
    if (pixels.pixelType.isEmpty()) {
        // The LSM DataType codes the specification documents.
        if (dataType == 1)
            pixels.pixelType = u"uint8"_s;
        else if (dataType == 2)
            pixels.pixelType = u"uint16"_s;
        else if (dataType == 5)
            pixels.pixelType = u"float"_s;
    }
    if (dataType == 2 && pixels.pixelType == u"uint16"_s)
        pixels.significantBits = 12;

    pixels.physicalSizeXUm = voxelMicrometres(info.f64(VoxelSizeX));
    pixels.physicalSizeYUm = voxelMicrometres(info.f64(VoxelSizeY));
    // A Z step means nothing for a single plane, and single-plane LSM files
    // store placeholders there (sample #15: 1e-19 m).
    if (pixels.sizeZ.value_or(0) > 1)
        pixels.physicalSizeZUm = voxelMicrometres(info.f64(VoxelSizeZ));
    if (pixels.sizeT.value_or(0) > 1) {
        if (auto interval = info.f64(TimeIntervall); interval && *interval > 0)
            pixels.timeIncrementS = interval;
    }

    for (const InfoField &field : ExportedFields) {
        if (auto value = info.display(field))
            m_budget.addToFile(u"CZ_LSMINFO|"_s + QString::fromUtf16(field.name), *value);
    }

    const qint64 channelCount = std::min<qint64>(pixels.sizeC.value_or(0), MaxChannels);
    for (qint64 c = 0; c < channelCount; ++c) {
        ChannelInfo channel;
        channel.id = u"Channel:0:%1"_s.arg(c);
        image.channels.append(channel);
    }

    if (auto offset = subRecordOffset(info, OffsetChannelColors, u"ChannelColors"_s))
        readChannelColors(*offset, image);
    if (auto offset = subRecordOffset(info, OffsetChannelWavelength, u"ChannelWavelength"_s))
        readChannelWavelengths(*offset);
    if (!pixels.timeIncrementS && pixels.sizeT.value_or(0) > 1) {
        if (auto offset = subRecordOffset(info, OffsetTimeStamps, u"TimeStamps"_s))
            readTimeIncrement(*offset, image);
    }
    if (auto offset = subRecordOffset(info, OffsetScanInformation, u"ScanInformation"_s))
        readScanInformation(*offset, image);

    m_metadata.images.append(std::move(image));
    m_budget.finish();
    return std::move(m_metadata);
}

// Old LSM writers store the two BitsPerSample values of a two-channel image
// elsewhere in the file and put their offset in the entry, although they fit
// in it (tifffile corrects this too). The entry's four bytes are then an
// offset, not two sample sizes.
QString LsmReading::misplacedTwoChannelPixelType()
{
    const TiffTag *tag = m_ifd0.find(TiffDirectory::BitsPerSample);
    if (!tag || tag->count != 2 || !tag->isInline || tag->inlineValue.size() < 4)
        return {};
    const quint32 offset = BinaryCursor(tag->inlineValue, BinaryCursor::Order::LittleEndian).u32();
    auto values = m_source.read(offset, 4);
    if (!values)
        return {};
    BinaryCursor cursor(*values, BinaryCursor::Order::LittleEndian);
    const quint16 first = cursor.u16();
    const quint16 second = cursor.u16();
    if (first != second || m_ifd0.find(TiffDirectory::SampleFormat))
        return {};
    return TiffSampleType::pixelType(first, 1);
}

// A sub-record's absolute offset, when the structure has the field and it
// points into the file (`record` is the specification's name for it). 0 means "no such record"; offsets below the TIFF
// header cannot be a record either.
std::optional<quint64> LsmReading::subRecordOffset(const InfoBlock &info, qsizetype field, const QString &record)
{
    const std::optional<quint32> offset = info.u32(field);
    if (!offset || *offset < 8)
        return std::nullopt;
    if (*offset >= quint64(m_source.size())) {
        m_metadata.warnings.append(tr("%1: the Zeiss LSM information block points to its %2 record outside the file; the record "
                                      "was skipped. The file is damaged or cut short.")
                                       .arg(m_source.path(), record));
        return std::nullopt;
    }
    return *offset;
}

// ChannelColors: uint32 block size, colour count, name count, colours offset,
// names offset, mono flag — offsets relative to the block — then RGBA-ordered
// colours (4 bytes, the 4th unused) and names as (uint32 length, bytes).
void LsmReading::readChannelColors(quint64 offset, ImageInfo &image)
{
    const auto skipped = [&](const QString &error) {
        m_metadata.warnings.append(tr("%1: the Zeiss LSM channel names and colours were skipped: %2").arg(m_source.path(), error));
    };
    auto head = m_source.read(qint64(offset), 24);
    if (!head)
        return skipped(tr("it runs past the end of the file."));
    BinaryCursor cursor(*head, BinaryCursor::Order::LittleEndian);
    const quint32 blockSize = cursor.u32();
    const quint32 colorCount = cursor.u32();
    const quint32 nameCount = cursor.u32();
    const quint32 colorsOffset = cursor.u32();
    const quint32 namesOffset = cursor.u32();
    if (blockSize < 24 || blockSize > MaxChannelColorsBytes || colorCount > MaxChannels || nameCount > MaxChannels)
        return skipped(tr("its header is damaged."));
    auto block = m_source.read(qint64(offset), blockSize);
    if (!block)
        return skipped(tr("it runs past the end of the file."));

    QStringList names;
    if (nameCount > 0 && namesOffset >= 24 && namesOffset < blockSize) {
        BinaryCursor nameCursor(*block, BinaryCursor::Order::LittleEndian);
        nameCursor.seek(namesOffset);
        for (quint32 i = 0; i < nameCount; ++i) {
            const quint32 length = nameCursor.u32();
            const QByteArrayView bytes = nameCursor.bytes(length);
            if (!nameCursor.ok())
                break;
            names.append(HeaderValues::decodeLegacyText(bytes));
        }
    }
    QList<qint32> colors;
    if (colorCount > 0 && colorsOffset >= 24 && quint64(colorsOffset) + 4ull * colorCount <= blockSize) {
        BinaryCursor rgba(*block, BinaryCursor::Order::LittleEndian);
        rgba.seek(colorsOffset);
        for (quint32 i = 0; i < colorCount; ++i) {
            const quint32 red = rgba.u8(), green = rgba.u8(), blue = rgba.u8();
            rgba.skip(1);
            // Black means "no colour set" (Bio-Formats shows those channels white).
            colors.append(red == 0 && green == 0 && blue == 0 ? 0 : qint32((red << 24) | (green << 16) | (blue << 8) | 0xFF));
        }
    }

    for (qsizetype i = 0; i < names.size(); ++i) {
        m_budget.addToFile(u"ChannelColors|Name #%1"_s.arg(i + 1), names[i]);
        if (i < image.channels.size())
            image.channels[i].name = names[i].trimmed();
    }
    for (qsizetype i = 0; i < colors.size(); ++i) {
        if (colors[i] == 0)
            continue;
        m_budget.addToFile(u"ChannelColors|Color #%1"_s.arg(i + 1), u"#%1"_s.arg(quint32(colors[i]) >> 8, 6, 16, QChar(u'0')).toUpper());
        if (i < image.channels.size())
            image.channels[i].color = colors[i];
    }
}

// ChannelWavelength: int32 count, then (start, end) float64 pairs in metres —
// the emission range each channel detected (META / spectral detectors).
void LsmReading::readChannelWavelengths(quint64 offset)
{
    auto head = m_source.read(qint64(offset), 4);
    if (!head)
        return;
    const qint32 count = BinaryCursor(*head, BinaryCursor::Order::LittleEndian).i32();
    if (count < 1 || count > MaxChannels)
        return;
    auto ranges = m_source.read(qint64(offset) + 4, qint64(count) * 16);
    if (!ranges) {
        m_metadata.warnings.append(
            tr("%1: the Zeiss LSM channel wavelength ranges run past the end of the file and were skipped.").arg(m_source.path()));
        return;
    }
    BinaryCursor cursor(*ranges, BinaryCursor::Order::LittleEndian);
    for (qint32 i = 0; i < count; ++i) {
        const double start = cursor.f64();
        const double end = cursor.f64();
        if (std::isfinite(start))
            m_budget.addToFile(u"ChannelWavelength #%1|Start"_s.arg(i + 1), formatNumber(start));
        if (std::isfinite(end))
            m_budget.addToFile(u"ChannelWavelength #%1|End"_s.arg(i + 1), formatNumber(end));
    }
}

// TimeStamps: int32 block size, int32 count, count float64 seconds. Without a
// TimeIntervall, the mean step between the first and last time point is the
// time increment; only those two stamps are read.
void LsmReading::readTimeIncrement(quint64 offset, ImageInfo &image)
{
    auto head = m_source.read(qint64(offset), 8);
    if (!head)
        return;
    BinaryCursor cursor(*head, BinaryCursor::Order::LittleEndian);
    const qint32 size = cursor.i32();
    const qint32 count = cursor.i32();
    if (count < 2 || count > MaxTimeStamps || qint64(size) != 8 + 8 * qint64(count) || count != image.pixels.sizeT.value_or(0))
        return;
    auto first = m_source.read(qint64(offset) + 8, 8);
    auto last = m_source.read(qint64(offset) + 8 + 8 * qint64(count - 1), 8);
    if (!first || !last)
        return;
    const double start = BinaryCursor(*first, BinaryCursor::Order::LittleEndian).f64();
    const double end = BinaryCursor(*last, BinaryCursor::Order::LittleEndian).f64();
    const double step = (end - start) / (count - 1);
    if (std::isfinite(step) && step > 0)
        image.pixels.timeIncrementS = step;
}

void LsmReading::readScanInformation(quint64 offset, ImageInfo &image)
{
    Result<LsmScanInformation> scan = LsmScanInformation::read(m_source, offset);
    if (!scan) {
        m_metadata.warnings.append(scan.error());
        return;
    }
    if (!scan->complete()) {
        m_metadata.warnings.append(
            tr("%1: the Zeiss LSM scan information is cut short; the settings after the cut are unknown.").arg(m_source.path()));
    }
    applyScanInformation(*scan, image);
}

// Original metadata: "<Block> #<n>|<Entry>", numbered per kind through the
// file ("Laser #1|Name", "DetectionChannel #2|Detector Gain First"); the
// Recording's own entries as "Recording|<Entry>".
// Model: the Recording gives name, description, objective and date; acquired
// lasers become light sources, acquired detection channels of acquired tracks
// become PMT detectors and — when there is one per image channel — the
// channels' detector, gain, pinhole, dye and emission filter; a track's single
// acquired illumination wavelength is its channels' excitation.
void LsmReading::applyScanInformation(const LsmScanInformation &scan, ImageInfo &image)
{
    using Scan = LsmScanInformation;
    const QList<Scan::Block> &blocks = scan.blocks();
    QHash<quint32, int> ordinals;
    for (const Scan::Block &block : blocks) {
        QString prefix = Scan::kindName(block.kind);
        if (block.kind != Scan::Recording)
            prefix += u" #%1"_s.arg(++ordinals[block.kind]);
        for (const Scan::Value &value : block.values) {
            if (const QString text = value.display(); !text.isEmpty())
                m_budget.addToFile(prefix + u'|' + Scan::entryName(value.entry), text);
        }
    }
    if (blocks.isEmpty())
        return;

    const Scan::Block &recording = blocks.first();
    InstrumentInfo instrument;
    instrument.id = u"Instrument:0"_s;

    image.name = recording.text(Scan::RecordingName);
    image.description = recording.text(Scan::RecordingDescription);
    if (auto days = recording.number(Scan::RecordingSample0Time)) {
        if (auto date = HeaderValues::fromOleDate(*days))
            image.acquisitionDate = HeaderValues::isoDate(*date);
    }
    if (const QString name = recording.text(Scan::RecordingObjective); !name.isEmpty()) {
        ObjectiveInfo objective;
        objective.id = u"Objective:0:0"_s;
        objective.model = name;
        objective.nominalMagnification = HeaderValues::magnificationFromName(name);
        objective.lensNA = HeaderValues::numericalApertureFromName(name);
        objective.immersion = immersionFromName(name);
        instrument.objectives.append(objective);
        // The recording names the one objective that took the image.
        image.objectiveRef = objective.id;
    }

    for (const Scan::Block &block : blocks) {
        if (block.kind != Scan::Laser || !block.acquired(Scan::LaserAcquire))
            continue;
        LightSourceInfo laser;
        laser.id = u"LightSource:0:%1"_s.arg(instrument.lightSources.size());
        laser.kind = u"Laser"_s;
        laser.model = block.text(Scan::LaserName);
        // The laser's Power entry has no documented unit; it stays in the
        // original metadata only.
        instrument.lightSources.append(laser);
    }

    struct Detection
    {
        int block;
        QString detectorId;
        QString filterId;
    };
    QList<Detection> detections;
    for (int b = 0; b < blocks.size(); ++b) {
        const Scan::Block &block = blocks[b];
        if (block.kind != Scan::DetectionChannel || !block.acquired(Scan::DetectionAcquire))
            continue;
        const int track = scan.ancestor(b, Scan::Track);
        if (track >= 0 && !blocks[track].acquired(Scan::TrackAcquire))
            continue;
        Detection detection{b, {}, {}};
        DetectorInfo detector;
        detector.id = u"Detector:0:%1"_s.arg(instrument.detectors.size());
        detector.model = block.text(Scan::DetectionDetectorName);
        // LSM 5xx/7xx point detectors are photomultipliers (also GaAsP and the
        // spectral array); Bio-Formats reports them so too.
        detector.type = u"PMT"_s;
        detector.gain = block.number(Scan::DetectionDetectorGain);
        detection.detectorId = detector.id;
        instrument.detectors.append(detector);

        std::optional<FilterInfo> filter = filterFromName(block.text(Scan::DetectionFilterName));
        const std::optional<double> spiStart = block.number(Scan::DetectionSpiWavelengthStart);
        const std::optional<double> spiStop = block.number(Scan::DetectionSpiWavelengthStop);
        if (!filter && spiStart && spiStop && *spiStart > 0 && *spiStop > *spiStart) {
            // The spectral detector's window is the channel's emission band.
            filter = FilterInfo{};
            filter->type = u"BandPass"_s;
            filter->cutInNm = spiStart;
            filter->cutOutNm = spiStop;
        }
        if (filter) {
            filter->id = u"Filter:0:%1"_s.arg(instrument.filters.size());
            detection.filterId = filter->id;
            instrument.filters.append(*filter);
        }
        detections.append(detection);
    }

    // Image channels follow the acquired detection channels in file order;
    // without one per channel the pairing is unknown and left alone.
    if (!detections.isEmpty() && detections.size() == image.channels.size()) {
        for (qsizetype c = 0; c < detections.size(); ++c) {
            const Scan::Block &block = blocks[detections[c].block];
            ChannelInfo &channel = image.channels[c];
            channel.detectorRef = detections[c].detectorId;
            channel.detectorGain = block.number(Scan::DetectionDetectorGain);
            if (auto pinhole = block.number(Scan::DetectionPinholeDiameter); pinhole && *pinhole > 0)
                channel.pinholeUm = pinhole; // µm, as Bio-Formats reads it
            channel.fluor = block.text(Scan::DetectionDyeName);
            if (channel.name.isEmpty())
                channel.name = block.text(Scan::DetectionChannelName);

            // Excitation: the acquired illumination lines of the same track.
            const int track = scan.ancestor(detections[c].block, Scan::Track);
            if (track < 0)
                continue;
            QList<double> wavelengths;
            for (int b = track + 1; b < blocks.size(); ++b) {
                const Scan::Block &line = blocks[b];
                if (line.kind != Scan::IlluminationChannel || scan.ancestor(b, Scan::Track) != track
                    || !line.acquired(Scan::IlluminationAcquire))
                    continue;
                if (auto wavelength = line.number(Scan::IlluminationWavelength); wavelength && *wavelength > 0
                    && !wavelengths.contains(*wavelength))
                    wavelengths.append(*wavelength);
            }
            // Several lines at once (e.g. 488 and 561 in one track) name no
            // single excitation wavelength.
            if (wavelengths.size() != 1)
                continue;
            channel.excitationNm = wavelengths.first();
            channel.lightSourceWavelengthNm = wavelengths.first();
            QList<qsizetype> matching;
            for (qsizetype l = 0; l < instrument.lightSources.size(); ++l) {
                if (laserNameStatesWavelength(instrument.lightSources[l].model, wavelengths.first()))
                    matching.append(l);
            }
            if (matching.size() == 1) {
                LightSourceInfo &laser = instrument.lightSources[matching.first()];
                channel.lightSourceRef = laser.id;
                laser.wavelengthNm = wavelengths.first();
            }
        }
    }

    if (!instrument.objectives.isEmpty() || !instrument.detectors.isEmpty() || !instrument.lightSources.isEmpty()) {
        image.instrumentRef = instrument.id;
        m_metadata.instruments.append(instrument);
    }
}

} // namespace

Result<FileMetadata> LsmReader::read(ByteSource &source, const TiffDirectory &ifd0)
{
    try {
        return LsmReading(source, ifd0).run();
    } catch (const std::bad_alloc &) {
        return Result<FileMetadata>::failure(
            tr("%1: the Zeiss LSM header needs more memory than is available; the file is damaged or too large.").arg(source.path()));
    } catch (const std::exception &e) {
        return Result<FileMetadata>::failure(tr("%1: the Zeiss LSM header could not be read: %2").arg(source.path(), QString::fromLocal8Bit(e.what())));
    }
}

} // namespace metafill
