#pragma once

#include "model/ImageMetadata.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace metafill {

// What the Imaris reader needs from an HDF5 container, as text: the
// attributes of the root group and of every group under /DataSetInfo, and the
// pixel type of the first image block.
struct ImsContents
{
    struct Group
    {
        QString name;            // the group's name under /DataSetInfo: "Image", "Channel 0", "TimeInfo" …
        KeyValueList attributes; // attribute name → value as text, sorted by name

        bool operator==(const Group &) const = default;
    };

    bool hasDataSetInfo = false;
    KeyValueList rootAttributes;
    QList<Group> dataSetInfo; // in natural order: "Channel 2" before "Channel 10"
    // OME pixel type of /DataSet/ResolutionLevel 0/TimePoint 0/Channel 0/Data;
    // empty when that dataset is missing or its type has no OME counterpart.
    QString pixelType;
    // A bound was reached (groups, attributes, attribute size); some are missing.
    bool truncated = false;
    // Some attributes could not be decoded and were left out.
    bool damaged = false;
    // Bytes the probe process read from files, as the kernel counts them
    // (/proc/self/io): the Imaris file's metadata plus the headers of the
    // shared libraries it loads. Diagnostics only; unknown off Linux.
    std::optional<qint64> probeBytesRead;

    bool operator==(const ImsContents &) const = default;
};

// The protocol between ImsReader and metafill-ims-probe (app/imsprobe), the
// helper program that runs libhdf5 on one Imaris file in a process of its own,
// so that a crash in libhdf5 cannot take Metafill down with it.
//
// On success the probe exits with status 0 and writes ImsContents to stdout as
// one JSON document (UTF-8; every member present):
//
//   {"metafill-ims-probe": 1,                        protocol version
//    "root_attributes": [["ImarisVersion", "5.5.0"], …],
//    "data_set_info": [{"name": "Image", "attributes": [["X", "256"], …]}, …],
//                                                    null: no /DataSetInfo group
//    "pixel_type": "uint8",                          "" when unknown
//    "truncated": false, "damaged": false,
//    "bytes_read": 41234}                            null when unknown
//
// Attributes are [name, value] pairs, so their order survives. Otherwise it
// exits with one of the ExitCode values below and writes a one-line reason to
// stderr (libhdf5's own, in English; ImsReader words the message).
//
// The probe keeps to the bounds below while it reads; parse() checks them
// again, because the probe's output is as untrusted as the file it read.
class ImsProbeOutput
{
    Q_DECLARE_TR_FUNCTIONS(ImsProbeOutput)

public:
    static constexpr int Version = 1;

    static constexpr int MaxDataSetInfoGroups = 1'024;
    static constexpr int MaxAttributes = 20'000; // root and groups together
    // Lengths in characters (UTF-16 code units) of the decoded text; the
    // probe reads no more raw bytes than that either. Longer group and
    // attribute names are cut (HDF5 allows 64 KiB), longer values left out.
    static constexpr qsizetype MaxNameLength = 1'024;
    static constexpr qsizetype MaxValueLength = 1024 * 1024;
    // Attribute names and values together.
    static constexpr qsizetype MaxTotalTextLength = 16 * 1024 * 1024;
    // A document larger than this is refused unread. Metadata within the
    // bounds above fit, unless most of their bytes are control characters
    // (escaped as \u00XX) or lie outside ASCII (two bytes each in UTF-8).
    static constexpr qint64 MaxOutputBytes = 32 * 1024 * 1024;

    // The limits the probe sets on itself before it opens the file (RLIMIT_AS,
    // RLIMIT_CPU); ImsReader's messages quote them.
    static constexpr qint64 ProbeMemoryLimitMiB = 512;
    static constexpr int ProbeCpuSeconds = 10;

    enum ExitCode : int {
        Read = 0,
        FileRefused = 1,     // libhdf5 could not open the file: damaged, cut short, not HDF5
        Usage = 2,           // not called as `metafill-ims-probe FILE`
        SystemError = 3,     // the resource limits could not be set, or stdout could not be written
        OutOfMemory = 4,     // the memory limit was reached
        TooMuchMetadata = 5, // the document would exceed MaxOutputBytes
    };

    static QByteArray toJson(const ImsContents &contents);

    // The contents described by a probe's output, or what is wrong with it
    // (a translated phrase for ImsReader's message, without the file's path).
    static Result<ImsContents> parse(QByteArrayView json);
};

} // namespace metafill
