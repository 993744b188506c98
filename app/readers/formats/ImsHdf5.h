#pragma once

#include "model/ImageMetadata.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace metafill {

// What the Imaris reader needs from an HDF5 container, as text: the
// attributes of the root group and of every group under /DataSetInfo, and the
// pixel type of the first image block. Nothing else is opened — no dataset is
// ever read, only one dataset's type is looked up.
struct ImsContents
{
    struct Group
    {
        QString name;            // the group's name under /DataSetInfo: "Image", "Channel 0", "TimeInfo" …
        KeyValueList attributes; // attribute name → value as text, sorted by name
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
};

// The only code that talks to libhdf5. Attribute values become text the way
// Imaris writes them: an array of one-character strings is joined into one
// string, fixed-length strings are cut at their first NUL, numbers are written
// in their shortest exact form and arrays of numbers joined with spaces. Bytes
// that are not UTF-8 are taken as Latin-1 (Imaris copies file names from
// Windows code pages). Variable-length strings and compound, enum or reference
// attributes are skipped: Imaris does not write them and libhdf5 would allocate
// their contents at sizes the file chooses.
//
// libhdf5 reads the file itself, so the ByteSource's bounds do not apply to
// these reads. The reader bounds what it asks for instead: at most
// MaxDataSetInfoGroups groups, MaxAttributes attributes, MaxAttributeBytes per
// attribute and MaxTotalAttributeBytes in all. Soft and external links are
// never followed, so nothing outside the file is opened. libhdf5 calls are
// serialized process-wide: builds without --enable-threadsafe (most outside
// Debian) must not be entered from two threads.
class ImsHdf5
{
    Q_DECLARE_TR_FUNCTIONS(ImsHdf5)

public:
    static constexpr int MaxDataSetInfoGroups = 1'024;
    static constexpr int MaxAttributes = 20'000;
    static constexpr qint64 MaxAttributeBytes = 1024 * 1024;
    static constexpr qint64 MaxTotalAttributeBytes = 16 * 1024 * 1024;

    // Whether this build links libhdf5 (METAFILL_HAVE_HDF5).
    static bool isAvailable();

    // Opens the file at `path` read-only, without taking a file lock.
    static Result<ImsContents> readFile(const QString &path);
    // Opens a copy of a whole file held in memory (fuzzing, tests); `name`
    // names it in messages.
    static Result<ImsContents> readImage(const QByteArray &bytes, const QString &name);
};

} // namespace metafill
