#pragma once

#include "model/ImageMetadata.h"

#include <QByteArray>

namespace metafill {

// The `metafill-cli inspect --json` contract: one object per file and line,
//   {"path", "format", "error", "images": [{"name", "size": {"x","y","z","c","t"},
//    "pixel_type", "physical_size_um": {"x","y","z"}, "acquisition_date",
//    "microscope": {"manufacturer","model"}, "objective": {"model","magnification","na","immersion"},
//    "detectors": [{"model"}], "channels": [{"name","excitation_nm","emission_nm","exposure_s","fluor"}]}]}
// with null wherever the file does not say. More keys are added (significant
// bits, time increment, objective manufacturer, companion files, warnings,
// bytes read); none of the contract's is ever removed or renamed.
namespace InspectJson {
struct Extras
{
    qint64 bytesRead = -1;          // written when >= 0
    bool originalMetadata = false;  // add "original_metadata": {"file": {…}, "images": [{…}]}
};
// One line, ending in '\n'.
QByteArray forFile(const FileMetadata &metadata, const Extras &extras = {});
QByteArray forFailure(const QString &path, const QString &error, const Extras &extras = {});
}

} // namespace metafill
