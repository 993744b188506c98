#pragma once

#include "io/ByteSource.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace metafill {

// The ScanInformation record of a Zeiss LSM file (CZ_LSMINFO
// OffsetScanInformation): the acquisition settings as a tree of blocks. The
// bytes are a stream of (uint32 entry, uint32 type, uint32 size) headers, each
// followed by `size` value bytes. An entry of type 0 opens a block — the
// Recording first, then arrays (Tracks, Lasers, DetectionChannels …) holding
// structures (Track, Laser, DetectionChannel …) — and the entry 0xFFFFFFFF
// closes the innermost one; the record ends when the Recording closes. Value
// types: 2 ASCII, 4 int32, 5 float64 (little-endian).
//
// The file gives no length for the record, so it is read in growing chunks
// until the Recording closes. Bounded: nesting depth, number of entries and
// total size are capped; a record cut short by the end of the file keeps what
// was read.
class LsmScanInformation
{
    Q_DECLARE_TR_FUNCTIONS(LsmScanInformation)

public:
    static constexpr int MaxDepth = 16;
    static constexpr qsizetype MaxEntries = 100'000;
    static constexpr qint64 MaxBytes = 4 * 1024 * 1024;
    static constexpr qint64 FirstChunk = 4 * 1024;
    static constexpr qint64 MaxStep = 256 * 1024;

    // Block kinds: the entry that opens them.
    enum Kind : quint32 {
        Recording = 0x10000000,
        Tracks = 0x20000000,
        Lasers = 0x30000000,
        Track = 0x40000000,
        Laser = 0x50000000,
        DetectionChannels = 0x60000000,
        DetectionChannel = 0x70000000,
        IlluminationChannels = 0x80000000,
        IlluminationChannel = 0x90000000,
        BeamSplitters = 0xA0000000,
        BeamSplitter = 0xB0000000,
        DataChannels = 0xC0000000,
        DataChannel = 0xD0000000,
        Timers = 0x11000000,
        Timer = 0x12000000,
        Markers = 0x13000000,
        Marker = 0x14000000,
    };
    static constexpr quint32 EndOfBlock = 0xFFFFFFFF;

    // Attribute entries the LSM reader maps to the model.
    enum Entry : quint32 {
        RecordingName = 0x10000001,
        RecordingDescription = 0x10000002,
        RecordingObjective = 0x10000004,
        RecordingSample0Time = 0x10000036,
        TrackAcquire = 0x40000006,
        LaserName = 0x50000001,
        LaserAcquire = 0x50000002,
        DetectionDetectorGain = 0x70000003, // "first": the gain at the start of a Z ramp
        DetectionPinholeDiameter = 0x70000009,
        DetectionAcquire = 0x7000000B,
        DetectionDetectorName = 0x7000000C,
        DetectionFilterName = 0x70000010,
        DetectionChannelName = 0x70000014,
        DetectionSpiWavelengthStart = 0x70000022,
        DetectionSpiWavelengthStop = 0x70000023,
        DetectionDyeName = 0x70000026,
        IlluminationWavelength = 0x90000003,
        IlluminationAcquire = 0x90000004,
    };

    struct Value
    {
        quint32 entry = 0;
        quint32 type = 0;
        QString text;                 // type 2
        std::optional<double> number; // types 4 and 5

        // The value as original-metadata text.
        QString display() const;
    };

    struct Block
    {
        quint32 kind = 0;
        int parent = -1; // index in blocks(); -1 for the Recording
        QList<Value> values;

        const Value *find(quint32 entry) const;
        QString text(quint32 entry) const;
        std::optional<double> number(quint32 entry) const;
        // Acquire flags: a block without one counts as acquired.
        bool acquired(quint32 acquireEntry) const;
    };

    // Reads the record at `offset`. A failure means the record is damaged
    // (not a Recording, nested or repeated beyond the bounds).
    static Result<LsmScanInformation> read(ByteSource &source, quint64 offset);
    // Parses a record already in memory; `complete` false means the bytes
    // ended before the Recording closed.
    static Result<LsmScanInformation> parse(QByteArrayView bytes, const QString &path);

    const QList<Block> &blocks() const { return m_blocks; }
    bool complete() const { return m_complete; }
    // Index of the nearest ancestor of `block` of the given kind, or -1.
    int ancestor(int block, quint32 kind) const;

    // Readable names for original metadata: "Recording", "DetectionChannel" …
    // and "Objective", "Detector Gain First" …; unknown ones as "Entry 0x70000011".
    static QString kindName(quint32 kind);
    static QString entryName(quint32 entry);

private:
    QList<Block> m_blocks;
    bool m_complete = false;
};

} // namespace metafill
