#pragma once

#include "formats/ImsProbeOutput.h"
#include "util/Result.h"

#include <QString>

namespace metafill {

// The only code that talks to libhdf5, compiled into metafill-ims-probe only:
// libhdf5 has known heap overflows on crafted files (formats.md §4), so it
// never runs inside Metafill's own processes. ImsReader runs the probe on each
// .ims file and reads back what readFile returned (ImsProbeOutput.h).
//
// It reads the attributes of the root group and of every group under
// /DataSetInfo, and the type of the first image block. No dataset is ever
// read; only one dataset's type is looked up. Attribute values become text the
// way Imaris writes them: an array of one-character strings is joined into one
// string, fixed-length strings are cut at their first NUL, numbers are written
// in their shortest exact form and arrays of numbers joined with spaces. Bytes
// that are not UTF-8 are taken as Latin-1 (Imaris copies file names from
// Windows code pages). Variable-length strings and compound, enum or reference
// attributes are skipped: Imaris does not write them and libhdf5 would allocate
// their contents at sizes the file chooses.
//
// What is asked of the library is bounded by ImsProbeOutput's limits (groups,
// attributes, text per value and in all). Soft and external links are never
// followed and filter plugins never loaded, so nothing outside the file is
// opened. One file per process: libhdf5 keeps global state, and builds without
// --enable-threadsafe must not be entered from two threads.
class ImsHdf5
{
public:
    // Opens the file at `path` read-only, without taking a file lock. On
    // failure the message is libhdf5's own reason, in English.
    static Result<ImsContents> readFile(const QString &path);
};

} // namespace metafill
