#pragma once

#include "formats/ClxLiteDecoder.h"

#include <QString>

#include <optional>

namespace metafill {

// What one picture plane of an ND2 file (SLxPictureMetadata →
// sPicturePlanes/sPlaneNew/a{i}) says about its light: wavelengths from the
// fluorescent probe or the optical filter path, the display colour and the
// contrast method. Facts from Laboratory-Imaging/limnd2 `metadata.py`
// (OpticalFilterPlacement, OpticalSpectrumPointType, FilterPath).
namespace Nd2PlaneOptics {

// The probe's emission spectrum, else the emission side of the filter path.
std::optional<double> emissionNm(const ClxNode &plane);
// The probe's excitation spectrum, else the filter path's excitation line or
// band closest below `emission`.
std::optional<double> excitationNm(const ClxNode &plane, std::optional<double> emission);
// uiColor (0x00BBGGRR) as OME RGBA; black (unset) gives nullopt.
std::optional<qint32> omeColor(std::optional<qint64> nisColor);
// OME ContrastMethod from uiModalityMask.
QString contrastMethod(std::optional<qint64> modalityMask);

} // namespace Nd2PlaneOptics

} // namespace metafill
