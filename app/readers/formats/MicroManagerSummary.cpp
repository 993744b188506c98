#include "MicroManagerSummary.h"

#include "formats/KeyValueBudget.h"
#include "io/BinaryCursor.h"
#include "model/HeaderValues.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

using json = nlohmann::json;

// Micro-Manager's JSON is two levels deep; anything deeper is skipped while
// parsing, so that dump() (which recurses) only ever sees shallow values.
constexpr int MaxJsonDepth = 8;
constexpr qsizetype MaxChannels = 4'096;

struct SummaryLocation
{
    qint64 offset = 0;
    qint64 length = 0;
};

BinaryCursor::Order byteOrder(QByteArrayView head)
{
    return head.startsWith("MM") ? BinaryCursor::Order::BigEndian : BinaryCursor::Order::LittleEndian;
}

// The header after the 8-byte TIFF header (tifffile's read_micromanager_metadata):
//   MMStack:  index header 54773648, index offset, display header + offset,
//             comments header + offset, summary header 2355492, summary length, JSON at 40.
//   NDTiff 2: 483729, major version, 2355492, length, JSON at 24.
//   NDTiff 3: 483729, major version, minor version, 2355492, length, JSON at 28.
std::optional<SummaryLocation> locateSummary(QByteArrayView head)
{
    BinaryCursor cursor(head, byteOrder(head));
    cursor.seek(8);
    const quint32 indexHeader = cursor.u32();
    cursor.u32(); // index offset or NDTiff major version
    if (indexHeader == MicroManagerSummary::MmStackIndexHeader) {
        cursor.skip(16);
    } else if (indexHeader == MicroManagerSummary::NdTiffHeader) {
        BinaryCursor peek = cursor;
        if (peek.u32() != MicroManagerSummary::SummaryHeader)
            cursor.u32(); // NDTiff 3: minor version
    } else {
        return std::nullopt;
    }
    const quint32 summaryHeader = cursor.u32();
    const quint32 length = cursor.u32();
    if (!cursor.ok() || summaryHeader != MicroManagerSummary::SummaryHeader)
        return std::nullopt;
    return SummaryLocation{cursor.position(), qint64(length)};
}

// Non-throwing parse; a value that is not a JSON object comes back discarded.
json parseObject(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && bytes.back() == '\0')
        bytes.chop(1);
    const json::parser_callback_t shallow = [](int depth, json::parse_event_t, json &) { return depth <= MaxJsonDepth; };
    json value = json::parse(bytes.begin(), bytes.end(), shallow, /*allow_exceptions=*/false);
    if (!value.is_object())
        return json(json::value_t::discarded);
    return value;
}

const json *member(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

QString textOf(const json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get_ref<const std::string &>());
    if (value.is_null())
        return {};
    return QString::fromStdString(value.dump(-1, ' ', false, json::error_handler_t::replace));
}

// Micro-Manager 1.4 writes many numbers as strings ("Exposure-ms": "10.0").
std::optional<double> numberOf(const json *value)
{
    if (!value)
        return std::nullopt;
    if (value->is_number()) {
        const double number = value->get<double>();
        return std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
    }
    if (value->is_string())
        return HeaderValues::number(QString::fromStdString(value->get_ref<const std::string &>()));
    return std::nullopt;
}

std::optional<double> positive(const json *value)
{
    const std::optional<double> number = numberOf(value);
    return number && *number > 0 ? number : std::nullopt;
}

// "2011-01-18 Tue 16:52:41 -0800" (1.4 "Time") or "2019-04-03 13:25:35.345 -0700" (2.0 "StartTime").
QString startTime(const json &summary)
{
    static const QRegularExpression pattern(
        uR"(^(\d{4}-\d{2}-\d{2})\s+(?:[A-Za-z]{3}\s+)?(\d{1,2}:\d{2}:\d{2}(?:\.\d+)?)(?:\s*([+-]\d{2}):?(\d{2}))?$)"_s);
    for (const char *key : {"StartTime", "Time"}) {
        const json *value = member(summary, key);
        if (!value || !value->is_string())
            continue;
        const QRegularExpressionMatch match = pattern.match(textOf(*value).trimmed());
        if (!match.hasMatch())
            continue;
        QString iso = match.captured(1) + u'T' + match.captured(2);
        if (match.capturedLength(3) > 0)
            iso += match.captured(3) + u':' + match.captured(4);
        const QString date = HeaderValues::isoDate(HeaderValues::parseDateTime(iso));
        if (!date.isEmpty())
            return date;
    }
    return {};
}

void addKeys(KeyValueBudget &budget, FileMetadata &metadata, const json &object, const QString &prefix)
{
    for (auto it = object.begin(); it != object.end() && !budget.full(); ++it)
        budget.add(metadata.originalMetadata, prefix + QString::fromStdString(it.key()), textOf(it.value()));
}

void fillFromSummary(const json &summary, FileMetadata &metadata)
{
    const std::optional<double> pixelSize = positive(member(summary, "PixelSize_um"));
    std::optional<double> zStep = numberOf(member(summary, "z-step_um"));
    if (zStep)
        zStep = std::fabs(*zStep) > 0 ? std::optional<double>(std::fabs(*zStep)) : std::nullopt;
    const std::optional<double> slices = numberOf(member(summary, "Slices"));
    const std::optional<double> frames = numberOf(member(summary, "Frames"));
    // Interval_ms 0 means "as fast as possible": no interval is known.
    const std::optional<double> intervalMs = positive(member(summary, "Interval_ms"));
    const QString date = startTime(summary);
    QStringList channelNames;
    if (const json *names = member(summary, "ChNames"); names && names->is_array()) {
        for (const json &name : *names) {
            if (channelNames.size() >= MaxChannels)
                break;
            channelNames.append(name.is_string() ? textOf(name) : QString());
        }
    }

    for (qsizetype i = 0; i < metadata.images.size(); ++i) {
        ImageInfo &image = metadata.images[i];
        PixelsInfo &pixels = image.pixels;
        if (pixelSize && !pixels.physicalSizeXUm)
            pixels.physicalSizeXUm = pixelSize;
        if (pixelSize && !pixels.physicalSizeYUm)
            pixels.physicalSizeYUm = pixelSize;
        const bool stack = pixels.sizeZ.value_or(0) > 1 || slices.value_or(0) > 1;
        if (zStep && stack && !pixels.physicalSizeZUm)
            pixels.physicalSizeZUm = zStep;
        const bool series = pixels.sizeT.value_or(0) > 1 || frames.value_or(0) > 1;
        if (intervalMs && series && !pixels.timeIncrementS)
            pixels.timeIncrementS = *intervalMs / 1000.0;
        if (!date.isEmpty() && image.acquisitionDate.isEmpty())
            image.acquisitionDate = date;
        if (image.channels.isEmpty()) {
            for (qsizetype c = 0; c < channelNames.size(); ++c) {
                ChannelInfo channel;
                channel.id = u"Channel:%1:%2"_s.arg(i).arg(c);
                channel.name = channelNames.at(c);
                image.channels.append(channel);
            }
        } else {
            for (qsizetype c = 0; c < image.channels.size() && c < channelNames.size(); ++c) {
                if (image.channels[c].name.isEmpty())
                    image.channels[c].name = channelNames.at(c);
            }
        }
    }
}

// IFD0's plane: its exposure and, when the file names no detector, the camera
// (device properties are "<label>-<property>", the camera's label is in "Core-Camera").
void fillFromPlane(const json &plane, FileMetadata &metadata)
{
    if (metadata.images.isEmpty())
        return;
    ImageInfo &image = metadata.images.first();
    const std::optional<double> channelIndex = numberOf(member(plane, "ChannelIndex"));
    const qsizetype c = channelIndex ? qsizetype(*channelIndex) : 0;
    if (c >= 0 && c < image.channels.size() && !image.channels[c].exposureS) {
        if (const std::optional<double> exposureMs = numberOf(member(plane, "Exposure-ms")); exposureMs && *exposureMs >= 0)
            image.channels[c].exposureS = *exposureMs / 1000.0;
    }

    for (const InstrumentInfo &instrument : std::as_const(metadata.instruments)) {
        if (!instrument.detectors.isEmpty())
            return;
    }
    const json *label = member(plane, "Core-Camera");
    if (!label || !label->is_string() || label->get_ref<const std::string &>().empty())
        return;
    const json *model = member(plane, (label->get_ref<const std::string &>() + "-CameraName").c_str());
    if (!model || !model->is_string() || model->get_ref<const std::string &>().empty())
        return;
    if (metadata.instruments.isEmpty()) {
        InstrumentInfo instrument;
        instrument.id = u"Instrument:0"_s;
        metadata.instruments.append(instrument);
    }
    qsizetype target = 0;
    for (qsizetype i = 0; i < metadata.instruments.size(); ++i) {
        if (metadata.instruments.at(i).id == image.instrumentRef)
            target = i;
    }
    InstrumentInfo &instrument = metadata.instruments[target];
    DetectorInfo detector;
    detector.id = u"Detector:%1:%2"_s.arg(target).arg(instrument.detectors.size());
    detector.model = textOf(*model);
    instrument.detectors.append(detector);
    for (ImageInfo &each : metadata.images) {
        if (each.instrumentRef.isEmpty())
            each.instrumentRef = instrument.id;
    }
}

} // namespace

bool MicroManagerSummary::isMicroManager(QByteArrayView head)
{
    if (head.size() < 16 || !TiffDirectory::isTiff(head))
        return false;
    BinaryCursor cursor(head, byteOrder(head));
    cursor.seek(2);
    if (cursor.u16() != 42) // Micro-Manager writes classic TIFF only
        return false;
    cursor.seek(8);
    const quint32 indexHeader = cursor.u32();
    return cursor.ok() && (indexHeader == MmStackIndexHeader || indexHeader == NdTiffHeader);
}

void MicroManagerSummary::apply(ByteSource &source, const TiffDirectory &ifd0, FileMetadata &metadata)
{
    KeyValueBudget budget(metadata, source.path());
    if (const std::optional<SummaryLocation> location = locateSummary(source.head())) {
        if (location->length > MaxSummaryBytes) {
            metadata.warnings.append(tr("%1: the Micro-Manager summary claims %2 bytes, more than the %3 MiB Metafill reads; "
                                        "it was skipped.")
                                         .arg(source.path(), QString::number(location->length), QString::number(MaxSummaryBytes / (1024 * 1024))));
        } else if (const Result<QByteArray> bytes = source.read(location->offset, location->length); !bytes) {
            metadata.warnings.append(bytes.error());
        } else if (const json document = parseObject(*bytes); document.is_discarded()) {
            metadata.warnings.append(tr("%1: the Micro-Manager summary is not valid JSON; it was skipped.").arg(source.path()));
        } else {
            // metadata.txt wraps the summary in {"Summary": {…}}; the file header usually does not.
            const json *inner = member(document, "Summary");
            const json &summary = inner && inner->is_object() ? *inner : document;
            addKeys(budget, metadata, summary, u"Summary|"_s);
            fillFromSummary(summary, metadata);
        }
    }

    if (const TiffTag *tag = ifd0.find(TiffDirectory::MicroManagerMetadata)) {
        if (const Result<QByteArray> bytes = ifd0.bytes(source, *tag, MaxPlaneBytes); !bytes) {
            metadata.warnings.append(bytes.error());
        } else if (const json plane = parseObject(*bytes); plane.is_discarded()) {
            metadata.warnings.append(tr("%1: the Micro-Manager metadata of the first plane is not valid JSON; it was skipped.").arg(source.path()));
        } else {
            addKeys(budget, metadata, plane, u"Plane0|"_s);
            fillFromPlane(plane, metadata);
        }
    }
    budget.finish();
}

} // namespace metafill
