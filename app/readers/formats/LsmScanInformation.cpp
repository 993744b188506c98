#include "LsmScanInformation.h"

#include "io/BinaryCursor.h"
#include "model/HeaderValues.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <iterator>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

enum ValueType : quint32 { SubBlock = 0, Ascii = 2, Long = 4, Rational = 5 };

struct EntryName
{
    quint32 entry;
    const char16_t *name;
};

// Attribute names of the Zeiss LSM specification (the entry constants, spelled
// as words), sorted by entry for the binary search.
constexpr EntryName EntryNames[] = {
    {0x10000001u, u"Name"},
    {0x10000002u, u"Description"},
    {0x10000003u, u"Notes"},
    {0x10000004u, u"Objective"},
    {0x10000005u, u"Processing Summary"},
    {0x10000006u, u"Special Scan Mode"},
    {0x10000007u, u"Scan Type"},
    {0x10000008u, u"Scan Mode"},
    {0x10000009u, u"Number Of Stacks"},
    {0x1000000Au, u"Lines Per Plane"},
    {0x1000000Bu, u"Samples Per Line"},
    {0x1000000Cu, u"Planes Per Volume"},
    {0x1000000Du, u"Images Width"},
    {0x1000000Eu, u"Images Height"},
    {0x1000000Fu, u"Images Number Planes"},
    {0x10000010u, u"Images Number Stacks"},
    {0x10000011u, u"Images Number Channels"},
    {0x10000012u, u"Linescan XY Size"},
    {0x10000013u, u"Scan Direction"},
    {0x10000014u, u"Time Series"},
    {0x10000015u, u"Original Scan Data"},
    {0x10000016u, u"Zoom X"},
    {0x10000017u, u"Zoom Y"},
    {0x10000018u, u"Zoom Z"},
    {0x10000019u, u"Sample 0 X"},
    {0x1000001Au, u"Sample 0 Y"},
    {0x1000001Bu, u"Sample 0 Z"},
    {0x1000001Cu, u"Sample Spacing"},
    {0x1000001Du, u"Line Spacing"},
    {0x1000001Eu, u"Plane Spacing"},
    {0x1000001Fu, u"Plane Width"},
    {0x10000020u, u"Plane Height"},
    {0x10000021u, u"Volume Depth"},
    {0x10000023u, u"Nutation"},
    {0x10000034u, u"Rotation"},
    {0x10000035u, u"Precession"},
    {0x10000036u, u"Sample 0 Time"},
    {0x10000037u, u"Start Scan Trigger In"},
    {0x10000038u, u"Start Scan Trigger Out"},
    {0x10000039u, u"Start Scan Event"},
    {0x10000040u, u"Start Scan Time"},
    {0x10000041u, u"Stop Scan Trigger In"},
    {0x10000042u, u"Stop Scan Trigger Out"},
    {0x10000043u, u"Stop Scan Event"},
    {0x10000044u, u"Stop Scan Time"},
    {0x10000045u, u"Use ROIs"},
    {0x10000046u, u"Use Reduced Memory ROIs"},
    {0x10000047u, u"User"},
    {0x10000048u, u"Use BC Correction"},
    {0x10000049u, u"Position BC Correction 1"},
    {0x10000050u, u"Position BC Correction 2"},
    {0x10000051u, u"Interpolation Y"},
    {0x10000052u, u"Camera Binning"},
    {0x10000053u, u"Camera Supersampling"},
    {0x10000054u, u"Camera Frame Width"},
    {0x10000055u, u"Camera Frame Height"},
    {0x10000056u, u"Camera Offset X"},
    {0x10000057u, u"Camera Offset Y"},
    {0x10000059u, u"RT Binning"},
    {0x1000005Au, u"RT Frame Width"},
    {0x1000005Bu, u"RT Frame Height"},
    {0x1000005Cu, u"RT Region Width"},
    {0x1000005Du, u"RT Region Height"},
    {0x1000005Eu, u"RT Offset X"},
    {0x1000005Fu, u"RT Offset Y"},
    {0x10000060u, u"RT Zoom"},
    {0x10000061u, u"RT Line Period"},
    {0x10000062u, u"Prescan"},
    {0x10000063u, u"Scan Direction Z"},
    {0x12000001u, u"Name"},
    {0x12000002u, u"Description"},
    {0x12000003u, u"Interval"},
    {0x12000004u, u"Trigger In"},
    {0x12000005u, u"Trigger Out"},
    {0x12000006u, u"Activation Time"},
    {0x12000007u, u"Activation Number"},
    {0x14000001u, u"Name"},
    {0x14000002u, u"Description"},
    {0x14000003u, u"Trigger In"},
    {0x14000004u, u"Trigger Out"},
    {0x40000001u, u"Multiplex Type"},
    {0x40000002u, u"Multiplex Order"},
    {0x40000003u, u"Sampling Mode"},
    {0x40000004u, u"Sampling Method"},
    {0x40000005u, u"Sampling Number"},
    {0x40000006u, u"Acquire"},
    {0x40000007u, u"Sample Observation Time"},
    {0x4000000Bu, u"Time Between Stacks"},
    {0x4000000Cu, u"Name"},
    {0x4000000Du, u"Collimator 1 Name"},
    {0x4000000Eu, u"Collimator 1 Position"},
    {0x4000000Fu, u"Collimator 2 Name"},
    {0x40000010u, u"Collimator 2 Position"},
    {0x40000011u, u"Is Bleach Track"},
    {0x40000012u, u"Is Bleach After Scan Number"},
    {0x40000013u, u"Bleach Scan Number"},
    {0x40000014u, u"Trigger In"},
    {0x40000015u, u"Trigger Out"},
    {0x40000016u, u"Is Ratio Track"},
    {0x40000017u, u"Bleach Count"},
    {0x40000018u, u"SPI Center Wavelength"},
    {0x40000019u, u"Pixel Time"},
    {0x40000021u, u"Condensor Frontlens"},
    {0x40000023u, u"Field Stop Value"},
    {0x40000024u, u"ID Condensor Aperture"},
    {0x40000025u, u"Condensor Aperture"},
    {0x40000026u, u"ID Condensor Revolver"},
    {0x40000027u, u"Condensor Filter"},
    {0x40000028u, u"ID Transmission Filter 1"},
    {0x40000029u, u"ID Transmission 1"},
    {0x40000030u, u"ID Transmission Filter 2"},
    {0x40000031u, u"ID Transmission 2"},
    {0x40000032u, u"Repeat Bleach"},
    {0x40000033u, u"Enable Spot Bleach Pos"},
    {0x40000034u, u"Spot Bleach Position X"},
    {0x40000035u, u"Spot Bleach Position Y"},
    {0x40000036u, u"Spot Bleach Position Z"},
    {0x40000037u, u"ID Tubelens"},
    {0x40000038u, u"ID Tubelens Position"},
    {0x40000039u, u"Transmitted Light"},
    {0x4000003Au, u"Reflected Light"},
    {0x4000003Bu, u"Simultan Grab And Bleach"},
    {0x4000003Cu, u"Bleach Pixel Time"},
    {0x50000001u, u"Name"},
    {0x50000002u, u"Acquire"},
    {0x50000003u, u"Power"},
    {0x70000001u, u"Integration Mode"},
    {0x70000002u, u"Special Mode"},
    {0x70000003u, u"Detector Gain First"},
    {0x70000004u, u"Detector Gain Last"},
    {0x70000005u, u"Amplifier Gain First"},
    {0x70000006u, u"Amplifier Gain Last"},
    {0x70000007u, u"Amplifier Offset First"},
    {0x70000008u, u"Amplifier Offset Last"},
    {0x70000009u, u"Pinhole Diameter"},
    {0x7000000Au, u"Counting Trigger"},
    {0x7000000Bu, u"Acquire"},
    {0x7000000Cu, u"Point Detector Name"},
    {0x7000000Du, u"Amplifier Name"},
    {0x7000000Eu, u"Pinhole Name"},
    {0x7000000Fu, u"Filter Set Name"},
    {0x70000010u, u"Filter Name"},
    {0x70000013u, u"Integrator Name"},
    {0x70000014u, u"Channel Name"},
    {0x70000015u, u"Detector Gain BC 1"},
    {0x70000016u, u"Detector Gain BC 2"},
    {0x70000017u, u"Amplifier Gain BC 1"},
    {0x70000018u, u"Amplifier Gain BC 2"},
    {0x70000019u, u"Amplifier Offset BC 1"},
    {0x70000020u, u"Amplifier Offset BC 2"},
    {0x70000021u, u"Spectral Scan Channels"},
    {0x70000022u, u"SPI Wavelength Start"},
    {0x70000023u, u"SPI Wavelength Stop"},
    {0x70000026u, u"Dye Name"},
    {0x70000027u, u"Dye Folder"},
    {0x90000001u, u"Name"},
    {0x90000002u, u"Power"},
    {0x90000003u, u"Wavelength"},
    {0x90000004u, u"Acquire"},
    {0x90000005u, u"Detection Channel Name"},
    {0x90000006u, u"Power BC 1"},
    {0x90000007u, u"Power BC 2"},
    {0xB0000001u, u"Filter Set"},
    {0xB0000002u, u"Filter"},
    {0xB0000003u, u"Name"},
    {0xD0000001u, u"Name"},
    {0xD0000004u, u"Color"},
    {0xD0000005u, u"Sample Type"},
    {0xD0000006u, u"Bits Per Sample"},
    {0xD0000007u, u"Ratio Type"},
    {0xD0000008u, u"Ratio Track 1"},
    {0xD0000009u, u"Ratio Track 2"},
    {0xD000000Au, u"Ratio Channel 1"},
    {0xD000000Bu, u"Ratio Channel 2"},
    {0xD000000Cu, u"Ratio Const 1"},
    {0xD000000Du, u"Ratio Const 2"},
    {0xD000000Eu, u"Ratio Const 3"},
    {0xD000000Fu, u"Ratio Const 4"},
    {0xD0000010u, u"Ratio Const 5"},
    {0xD0000011u, u"Ratio Const 6"},
    {0xD0000012u, u"Ratio First Images 1"},
    {0xD0000013u, u"Ratio First Images 2"},
    {0xD0000014u, u"Dye Name"},
    {0xD0000015u, u"Dye Folder"},
    {0xD0000016u, u"Spectrum"},
    {0xD0000017u, u"Acquire"},
};

struct KindName
{
    quint32 kind;
    const char16_t *name;
};

constexpr KindName KindNames[] = {
    {LsmScanInformation::Recording, u"Recording"},
    {LsmScanInformation::Tracks, u"Tracks"},
    {LsmScanInformation::Lasers, u"Lasers"},
    {LsmScanInformation::Track, u"Track"},
    {LsmScanInformation::Laser, u"Laser"},
    {LsmScanInformation::DetectionChannels, u"DetectionChannels"},
    {LsmScanInformation::DetectionChannel, u"DetectionChannel"},
    {LsmScanInformation::IlluminationChannels, u"IlluminationChannels"},
    {LsmScanInformation::IlluminationChannel, u"IlluminationChannel"},
    {LsmScanInformation::BeamSplitters, u"BeamSplitters"},
    {LsmScanInformation::BeamSplitter, u"BeamSplitter"},
    {LsmScanInformation::DataChannels, u"DataChannels"},
    {LsmScanInformation::DataChannel, u"DataChannel"},
    {LsmScanInformation::Timers, u"Timers"},
    {LsmScanInformation::Timer, u"Timer"},
    {LsmScanInformation::Markers, u"Markers"},
    {LsmScanInformation::Marker, u"Marker"},
};

QString hexEntry(quint32 entry)
{
    return u"0x"_s + QString::number(entry, 16).rightJustified(8, u'0').toUpper();
}

} // namespace

QString LsmScanInformation::Value::display() const
{
    if (type == Ascii)
        return text;
    if (!number)
        return {};
    if (type == Long)
        return QString::number(qint64(*number));
    return QString::number(*number, 'g', QLocale::FloatingPointShortest);
}

const LsmScanInformation::Value *LsmScanInformation::Block::find(quint32 entry) const
{
    for (const Value &value : values) {
        if (value.entry == entry)
            return &value;
    }
    return nullptr;
}

QString LsmScanInformation::Block::text(quint32 entry) const
{
    const Value *value = find(entry);
    return value ? value->text.trimmed() : QString();
}

std::optional<double> LsmScanInformation::Block::number(quint32 entry) const
{
    const Value *value = find(entry);
    return value ? value->number : std::nullopt;
}

bool LsmScanInformation::Block::acquired(quint32 acquireEntry) const
{
    const std::optional<double> flag = number(acquireEntry);
    return !flag || *flag != 0;
}

int LsmScanInformation::ancestor(int block, quint32 kind) const
{
    // Parents always precede their children, so the walk ends.
    for (int at = block >= 0 && block < m_blocks.size() ? m_blocks[block].parent : -1; at >= 0; at = m_blocks[at].parent) {
        if (m_blocks[at].kind == kind)
            return at;
    }
    return -1;
}

QString LsmScanInformation::kindName(quint32 kind)
{
    for (const KindName &known : KindNames) {
        if (known.kind == kind)
            return QString::fromUtf16(known.name);
    }
    return u"Block "_s + hexEntry(kind);
}

QString LsmScanInformation::entryName(quint32 entry)
{
    const auto found = std::lower_bound(std::begin(EntryNames), std::end(EntryNames), entry,
                                        [](const EntryName &name, quint32 wanted) { return name.entry < wanted; });
    if (found != std::end(EntryNames) && found->entry == entry)
        return QString::fromUtf16(found->name);
    return u"Entry "_s + hexEntry(entry);
}

Result<LsmScanInformation> LsmScanInformation::parse(QByteArrayView bytes, const QString &path)
{
    const auto damaged = [&](const QString &why) {
        return Result<LsmScanInformation>::failure(tr("%1: the LSM scan information (objective, lasers, detectors) is damaged: %2").arg(path, why));
    };

    LsmScanInformation info;
    QList<int> open; // indices of the blocks not yet closed, innermost last
    BinaryCursor cursor(bytes, BinaryCursor::Order::LittleEndian);
    for (qsizetype entries = 0;; ++entries) {
        if (cursor.remaining() < 12)
            return info; // incomplete: the caller reads more or keeps what is there
        if (entries >= MaxEntries)
            return damaged(tr("it has more than %1 entries.").arg(MaxEntries));
        const quint32 entry = cursor.u32();
        const quint32 type = cursor.u32();
        const quint32 size = cursor.u32();
        if (entries == 0 && (entry != Recording || type != SubBlock))
            return damaged(tr("it does not start with a recording block."));

        if (entry == EndOfBlock) {
            open.removeLast();
            if (open.isEmpty()) {
                info.m_complete = true;
                return info;
            }
            continue;
        }
        if (type == SubBlock) {
            if (open.size() >= MaxDepth)
                return damaged(tr("its blocks are nested more than %1 levels deep.").arg(MaxDepth));
            Block block;
            block.kind = entry;
            block.parent = open.isEmpty() ? -1 : open.last();
            info.m_blocks.append(block);
            open.append(int(info.m_blocks.size() - 1));
            continue;
        }
        if (qint64(size) > MaxBytes)
            return damaged(tr("an entry claims %1 bytes.").arg(size));
        if (cursor.remaining() < qsizetype(size))
            return info;
        const QByteArrayView data = cursor.bytes(size);
        Value value;
        value.entry = entry;
        value.type = type;
        BinaryCursor valueCursor(data, BinaryCursor::Order::LittleEndian);
        switch (type) {
        case Ascii:
            value.text = HeaderValues::decodeLegacyText(data);
            break;
        case Long:
            if (size >= 4)
                value.number = double(valueCursor.i32());
            break;
        case Rational:
            if (size >= 8) {
                const double number = valueCursor.f64();
                if (std::isfinite(number))
                    value.number = number;
            }
            break;
        default:
            break; // other types: kept as an entry without a value
        }
        info.m_blocks[open.last()].values.append(std::move(value));
    }
}

Result<LsmScanInformation> LsmScanInformation::read(ByteSource &source, quint64 offset)
{
    if (offset >= quint64(source.size()))
        return Result<LsmScanInformation>::failure(
            tr("%1: the LSM scan information lies outside the file; the file is damaged or cut short.").arg(source.path()));
    // The record has no length: read a first chunk and, while the Recording
    // is still open, as much again (at most MaxStep at a time) until it
    // closes, the file ends or the cap is reached. Records are a few KiB, so
    // the first chunk usually holds all of it; parsing again from the start
    // is cheap next to a read.
    QByteArray bytes;
    qint64 step = FirstChunk;
    for (;;) {
        const qint64 want = std::min(step, MaxBytes - bytes.size());
        auto chunk = source.readAtMost(qint64(offset) + bytes.size(), want);
        if (!chunk)
            return Result<LsmScanInformation>::failure(chunk.error());
        bytes.append(*chunk);
        Result<LsmScanInformation> parsed = parse(bytes, source.path());
        const bool atEnd = qint64(offset) + bytes.size() >= source.size();
        if (!parsed || parsed->complete() || atEnd || bytes.size() >= MaxBytes)
            return parsed;
        step = std::min<qint64>(bytes.size(), MaxStep);
    }
}

} // namespace metafill
