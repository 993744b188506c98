#include "InspectJson.h"

#include <QSet>

using json = nlohmann::ordered_json;

namespace metafill::InspectJson {

namespace {

json text(const QString &value)
{
    return value.isEmpty() ? json(nullptr) : json(value.toStdString());
}

template<typename T>
json optional(const std::optional<T> &value)
{
    return value ? json(*value) : json(nullptr);
}

json detectorsOf(const FileMetadata &file, const ImageInfo &image, const InstrumentInfo *instrument)
{
    json list = json::array();
    if (!instrument)
        return list;
    // The detectors the image's channels used; all of the instrument's when no
    // channel says (a file that lists one camera does not link it).
    QSet<QString> used;
    for (const ChannelInfo &channel : image.channels) {
        if (!channel.detectorRef.isEmpty())
            used.insert(channel.detectorRef);
    }
    for (const DetectorInfo &detector : instrument->detectors) {
        if (!used.isEmpty() && !used.contains(detector.id))
            continue;
        list.push_back({{"model", text(detector.model)},
                        {"manufacturer", text(detector.manufacturer)},
                        {"type", text(detector.type)}});
    }
    Q_UNUSED(file);
    return list;
}

json imageJson(const FileMetadata &file, const ImageInfo &image)
{
    const PixelsInfo &p = image.pixels;
    const InstrumentInfo *instrument = file.instrumentOf(image);
    const ObjectiveInfo *objective = file.objectiveOf(image);

    json channels = json::array();
    for (const ChannelInfo &c : image.channels) {
        channels.push_back({{"name", text(c.name)},
                            {"excitation_nm", optional(c.excitationNm)},
                            {"emission_nm", optional(c.emissionNm)},
                            {"exposure_s", optional(c.exposureS)},
                            {"fluor", text(c.fluor)}});
    }
    json microscope = {{"manufacturer", nullptr}, {"model", nullptr}};
    if (instrument) {
        microscope["manufacturer"] = text(instrument->microscope.manufacturer);
        microscope["model"] = text(instrument->microscope.model);
    }
    json objectiveJson = {{"model", nullptr}, {"magnification", nullptr}, {"na", nullptr}, {"immersion", nullptr}};
    if (objective) {
        objectiveJson["model"] = text(objective->model);
        objectiveJson["magnification"] = optional(objective->nominalMagnification);
        objectiveJson["na"] = optional(objective->lensNA);
        objectiveJson["immersion"] = text(objective->immersion);
        objectiveJson["manufacturer"] = text(objective->manufacturer);
    }
    return {{"name", text(image.name)},
            {"size", {{"x", optional(p.sizeX)}, {"y", optional(p.sizeY)}, {"z", optional(p.sizeZ)}, {"c", optional(p.sizeC)}, {"t", optional(p.sizeT)}}},
            {"pixel_type", text(p.pixelType)},
            {"significant_bits", optional(p.significantBits)},
            {"physical_size_um", {{"x", optional(p.physicalSizeXUm)}, {"y", optional(p.physicalSizeYUm)}, {"z", optional(p.physicalSizeZUm)}}},
            {"time_increment_s", optional(p.timeIncrementS)},
            {"acquisition_date", text(image.acquisitionDate)},
            {"microscope", microscope},
            {"objective", objectiveJson},
            {"detectors", detectorsOf(file, image, instrument)},
            {"channels", channels}};
}

} // namespace

json forFile(const FileMetadata &metadata)
{
    json images = json::array();
    for (const ImageInfo &image : metadata.images)
        images.push_back(imageJson(metadata, image));
    json companions = json::array();
    for (const QString &companion : metadata.companionFiles)
        companions.push_back(companion.toStdString());
    json warnings = json::array();
    for (const QString &warning : metadata.warnings)
        warnings.push_back(warning.toStdString());
    return {{"path", metadata.path.toStdString()},
            {"format", text(metadata.format)},
            {"error", nullptr},
            {"images", images},
            {"companion_files", companions},
            {"warnings", warnings}};
}

namespace {
json pairsJson(const KeyValueList &pairs)
{
    json object = json::object();
    for (const auto &[key, value] : pairs) {
        const std::string k = key.toStdString();
        json &slot = object[k];
        if (slot.is_null())
            slot = value.toStdString();
        else if (slot.is_array())
            slot.push_back(value.toStdString());
        else
            slot = json::array({slot, value.toStdString()});
    }
    return object;
}
} // namespace

json originalMetadata(const FileMetadata &metadata)
{
    json images = json::array();
    for (const ImageInfo &image : metadata.images)
        images.push_back(pairsJson(image.originalMetadata));
    return {{"file", pairsJson(metadata.originalMetadata)}, {"images", images}};
}

json forFailure(const QString &path, const QString &error)
{
    return {{"path", path.toStdString()}, {"format", nullptr}, {"error", error.toStdString()}, {"images", json::array()}};
}

} // namespace metafill::InspectJson
