#pragma once

#include "model/ImageMetadata.h"

#include <nlohmann/json.hpp>

namespace metafill {

// The `metafill-cli inspect --json` contract: one object per file,
//   {"path", "format", "error", "images": [{"name", "size": {"x","y","z","c","t"},
//    "pixel_type", "physical_size_um": {"x","y","z"}, "acquisition_date",
//    "microscope": {"manufacturer","model"}, "objective": {"model","magnification","na","immersion"},
//    "detectors": [{"model"}], "channels": [{"name","excitation_nm","emission_nm","exposure_s","fluor"}]}]}
// with null wherever the file does not say. A few more keys (bytes_read,
// companion_files, warnings, objective manufacturer …) are added; none removed.
namespace InspectJson {
nlohmann::ordered_json forFile(const FileMetadata &metadata);
nlohmann::ordered_json forFailure(const QString &path, const QString &error);
// {"file": {key: value, …}, "images": [{key: value, …}, …]}; a key that occurs
// more than once keeps its values as a list.
nlohmann::ordered_json originalMetadata(const FileMetadata &metadata);
}

} // namespace metafill
