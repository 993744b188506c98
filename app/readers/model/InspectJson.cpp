#include "InspectJson.h"

#include "JsonLine.h"

#include <QHash>
#include <QSet>

namespace metafill::InspectJson {

namespace {

void writeDetectors(JsonLine &json, const ImageInfo &image, const InstrumentInfo *instrument)
{
    json.beginArray();
    if (instrument) {
        // The detectors the image's channels used; all of the instrument's when
        // no channel says (a file that lists one camera need not link it).
        QSet<QString> used;
        for (const ChannelInfo &channel : image.channels) {
            if (!channel.detectorRef.isEmpty())
                used.insert(channel.detectorRef);
        }
        for (const DetectorInfo &detector : instrument->detectors) {
            if (!used.isEmpty() && !used.contains(detector.id))
                continue;
            json.beginObject();
            json.key("model").text(detector.model);
            json.key("manufacturer").text(detector.manufacturer);
            json.key("type").text(detector.type);
            json.endObject();
        }
    }
    json.endArray();
}

void writeImage(JsonLine &json, const FileMetadata &file, const ImageInfo &image)
{
    const PixelsInfo &p = image.pixels;
    const InstrumentInfo *instrument = file.instrumentOf(image);
    const ObjectiveInfo *objective = file.objectiveOf(image);
    json.beginObject();
    json.key("name").text(image.name);
    json.key("size").beginObject();
    json.key("x").integer(p.sizeX).key("y").integer(p.sizeY).key("z").integer(p.sizeZ).key("c").integer(p.sizeC).key("t").integer(p.sizeT);
    json.endObject();
    json.key("pixel_type").text(p.pixelType);
    json.key("significant_bits").integer(p.significantBits ? std::optional<qint64>(*p.significantBits) : std::nullopt);
    json.key("physical_size_um").beginObject();
    json.key("x").number(p.physicalSizeXUm).key("y").number(p.physicalSizeYUm).key("z").number(p.physicalSizeZUm);
    json.endObject();
    json.key("time_increment_s").number(p.timeIncrementS);
    json.key("acquisition_date").text(image.acquisitionDate);
    json.key("microscope").beginObject();
    json.key("manufacturer").text(instrument ? instrument->microscope.manufacturer : QString());
    json.key("model").text(instrument ? instrument->microscope.model : QString());
    json.endObject();
    json.key("objective").beginObject();
    json.key("model").text(objective ? objective->model : QString());
    json.key("magnification").number(objective ? objective->nominalMagnification : std::nullopt);
    json.key("na").number(objective ? objective->lensNA : std::nullopt);
    json.key("immersion").text(objective ? objective->immersion : QString());
    json.key("manufacturer").text(objective ? objective->manufacturer : QString());
    json.endObject();
    json.key("detectors");
    writeDetectors(json, image, instrument);
    json.key("channels").beginArray();
    for (const ChannelInfo &c : image.channels) {
        json.beginObject();
        json.key("name").text(c.name);
        json.key("excitation_nm").number(c.excitationNm);
        json.key("emission_nm").number(c.emissionNm);
        json.key("exposure_s").number(c.exposureS);
        json.key("fluor").text(c.fluor);
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

// A key that occurs more than once keeps its values as a list.
void writePairs(std::string &out, const KeyValueList &pairs)
{
    QHash<QString, QList<qsizetype>> positions;
    QList<QString> order;
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        auto &list = positions[pairs.at(i).first];
        if (list.isEmpty())
            order.append(pairs.at(i).first);
        list.append(i);
    }
    out.push_back('{');
    bool first = true;
    for (const QString &key : std::as_const(order)) {
        const QList<qsizetype> &at = positions[key];
        if (!first)
            out.push_back(',');
        first = false;
        JsonLine::escape(out, key);
        out.push_back(':');
        if (at.size() == 1) {
            JsonLine::escape(out, pairs.at(at.first()).second);
            continue;
        }
        out.push_back('[');
        for (qsizetype k = 0; k < at.size(); ++k) {
            if (k > 0)
                out.push_back(',');
            JsonLine::escape(out, pairs.at(at.at(k)).second);
        }
        out.push_back(']');
    }
    out.push_back('}');
}

void writeExtras(JsonLine &json, std::string &out, const FileMetadata *metadata, const Extras &extras)
{
    if (extras.bytesRead >= 0)
        json.key("bytes_read").integer(extras.bytesRead);
    if (metadata && extras.originalMetadata) {
        json.key("original_metadata").beginObject();
        json.key("file");
        writePairs(out, metadata->originalMetadata);
        out.append(",\"images\":[");
        for (qsizetype i = 0; i < metadata->images.size(); ++i) {
            if (i > 0)
                out.push_back(',');
            writePairs(out, metadata->images.at(i).originalMetadata);
        }
        out.append("]}");
    }
}

} // namespace

QByteArray forFile(const FileMetadata &metadata, const Extras &extras)
{
    std::string out;
    out.reserve(2048);
    JsonLine json(out);
    json.beginObject();
    json.key("path").string(metadata.path);
    json.key("format").text(metadata.format);
    json.key("error").null();
    json.key("images").beginArray();
    for (const ImageInfo &image : metadata.images)
        writeImage(json, metadata, image);
    json.endArray();
    json.key("companion_files").beginArray();
    for (const QString &companion : metadata.companionFiles)
        json.string(companion);
    json.endArray();
    json.key("warnings").beginArray();
    for (const QString &warning : metadata.warnings)
        json.string(warning);
    json.endArray();
    writeExtras(json, out, &metadata, extras);
    json.endObject();
    out.push_back('\n');
    return QByteArray::fromStdString(out);
}

QByteArray forFailure(const QString &path, const QString &error, const Extras &extras)
{
    std::string out;
    JsonLine json(out);
    json.beginObject();
    json.key("path").string(path);
    json.key("format").null();
    json.key("error").string(error);
    json.key("images").beginArray().endArray();
    writeExtras(json, out, nullptr, extras);
    json.endObject();
    out.push_back('\n');
    return QByteArray::fromStdString(out);
}

} // namespace metafill::InspectJson
