#pragma once

#include "io/ByteSource.h"
#include "tiff/TiffDirectory.h"

#include <QString>

#include <optional>

namespace metafill {

// The OME pixel type of a TIFF directory's samples, from BitsPerSample and
// SampleFormat: what the ImageJ and LSM readers report, whose own headers do
// not repeat it.
namespace TiffSampleType {

// "uint8", "uint16", "int16", "float", "double", "bit", … or empty when the
// tags are missing, differ between samples or name no OME type.
QString omePixelType(ByteSource &source, const TiffDirectory &directory);

// The OME pixel type for one sample of `bits` bits in TIFF SampleFormat
// `sampleFormat` (1 unsigned, 2 signed, 3 IEEE float); empty if none fits.
QString pixelType(quint64 bits, quint64 sampleFormat);

// SamplesPerPixel; absent means 1 (TIFF 6.0's own default).
std::optional<int> samplesPerPixel(const TiffDirectory &directory);

} // namespace TiffSampleType

} // namespace metafill
