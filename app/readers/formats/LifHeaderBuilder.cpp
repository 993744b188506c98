#include "LifHeaderBuilder.h"

#include "formats/KeyValueBudget.h"
#include "formats/VendorXml.h"

#include <QChar>

#include <algorithm>
#include <initializer_list>
#include <optional>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

bool isSettingDefinition(QByteArrayView name)
{
    return name == "ATLConfocalSettingDefinition" || name == "ATLCameraSettingDefinition";
}

// The file's keys that are not an image's: a few, whatever the header holds.
constexpr qsizetype FileKeys = 64;

// What the model's records and strings take in memory, roughly: the records,
// each string's characters and its allocation.
qint64 bytesOf(std::initializer_list<const QString *> strings)
{
    qint64 bytes = 0;
    for (const QString *string : strings)
        bytes += string->isEmpty() ? 0 : 32 + 2 * string->size();
    return bytes;
}

qint64 modelBytes(const ImageInfo &image, const std::optional<InstrumentInfo> &instrument)
{
    qint64 bytes = sizeof(ImageInfo) +
                   bytesOf({&image.id, &image.name, &image.description, &image.acquisitionDate, &image.instrumentRef, &image.objectiveRef,
                            &image.objectiveMedium, &image.stageLabel, &image.pixels.dimensionOrder, &image.pixels.pixelType});
    for (const ChannelInfo &c : image.channels) {
        bytes += sizeof(ChannelInfo) + bytesOf({&c.id, &c.name, &c.fluor, &c.acquisitionMode, &c.illuminationType, &c.contrastMethod,
                                                &c.detectorRef, &c.lightSourceRef});
    }
    if (!instrument)
        return bytes;
    const InstrumentInfo &i = *instrument;
    bytes += sizeof(InstrumentInfo) +
             bytesOf({&i.id, &i.microscope.manufacturer, &i.microscope.model, &i.microscope.serialNumber, &i.microscope.type});
    for (const ObjectiveInfo &o : i.objectives)
        bytes += sizeof(ObjectiveInfo) + bytesOf({&o.id, &o.manufacturer, &o.model, &o.serialNumber, &o.immersion, &o.correction});
    for (const DetectorInfo &d : i.detectors)
        bytes += sizeof(DetectorInfo) + bytesOf({&d.id, &d.manufacturer, &d.model, &d.serialNumber, &d.type});
    for (const LightSourceInfo &l : i.lightSources)
        bytes += sizeof(LightSourceInfo) + bytesOf({&l.id, &l.kind, &l.manufacturer, &l.model, &l.serialNumber});
    for (const FilterInfo &f : i.filters)
        bytes += sizeof(FilterInfo) + bytesOf({&f.id, &f.manufacturer, &f.model, &f.type});
    return bytes;
}

} // namespace

LifHeaderBuilder::LifHeaderBuilder(FileMetadata &metadata, const QString &path) : m_metadata(metadata), m_path(path)
{}

LifHeaderBuilder::Use LifHeaderBuilder::descend(Scope scope)
{
    m_next = scope;
    return Use::Descend;
}

// Only the first child of a name is read, as pugixml's child() finds it for
// the mapping; `counts` false: this is the first, yet it is not read.
LifHeaderBuilder::Use LifHeaderBuilder::descendFirst(bool &seen, Scope scope, bool counts)
{
    if (seen)
        return Use::Skip;
    seen = true;
    return counts ? descend(scope) : Use::Skip;
}

LifHeaderBuilder::Use LifHeaderBuilder::takeFirst(bool &seen)
{
    if (seen)
        return Use::Skip;
    seen = true;
    return Use::Whole;
}

LifHeaderBuilder::Use LifHeaderBuilder::use(QByteArrayView name)
{
    switch (m_scopes.last()) {
    case Scope::Document:
        return name == "LMSDataContainerHeader" ? descendFirst(m_sawHeader, Scope::Header) : Use::Skip;
    case Scope::Header:
        return name == "Element" ? descend(Scope::Element) : Use::Skip;
    case Scope::Element: {
        OpenElement &element = m_elements.last();
        if (!element.walked)
            return Use::Skip;
        if (name == "Data")
            return descendFirst(element.seenData, Scope::Data, !element.seenChildren);
        if (name == "Memory")
            return descendFirst(element.seenMemory, Scope::Memory, !element.seenChildren);
        if (name != "Children" || element.seenChildren)
            return Use::Skip;
        element.seenChildren = true;
        // The image comes before what its Element contains.
        mapGatheredImage();
        if (m_tooMany)
            return Use::Skip;
        return descend(element.depth >= LifMetadataXml::MaxFolderDepth ? Scope::DeepChildren : Scope::Children);
    }
    case Scope::Data:
        return name == "Image" ? descendFirst(m_elements.last().seenImage, Scope::Image) : Use::Skip;
    case Scope::Image:
        if (name == "ImageDescription")
            return takeFirst(m_seenDescription);
        if (name == "TimeStampList")
            return descendFirst(m_seenTimeStamps, Scope::TimeStampList);
        return name == "Attachment" ? descend(Scope::Attachment) : Use::Skip;
    case Scope::TimeStampList:
        return name == "TimeStamp" ? takeFirst(m_seenTimeStamp) : Use::Skip;
    case Scope::Attachment:
        // What LifMetadataXml's hardwareSettings() and readSettingRecords()
        // read: only the first setting definition of an image counts.
        if (isSettingDefinition(name))
            return takeFirst(m_seenDefinition);
        if (name.startsWith("LDM_Block_"))
            return Use::Whole;
        if (name == "ScannerSetting")
            return takeFirst(m_seenScannerSetting);
        if (name == "FilterSetting")
            return takeFirst(m_seenFilterSetting);
        return Use::Skip;
    case Scope::Children:
        return name == "Element" ? descend(Scope::Element) : Use::Skip;
    case Scope::DeepChildren:
        // Below MaxFolderDepth: such an Element is only noted.
        m_tooDeep = m_tooDeep || name == "Element";
        return Use::Skip;
    case Scope::Memory:
        return Use::Skip;
    }
    return Use::Skip;
}

bool LifHeaderBuilder::beginReadsAttributes() const
{
    switch (m_next) {
    case Scope::Header:
    case Scope::Element:
    case Scope::Memory:
    case Scope::Image:
    case Scope::TimeStampList:
    case Scope::Attachment:
        return true;
    case Scope::Document:
    case Scope::Data:
    case Scope::Children:
    case Scope::DeepChildren:
        return false;
    }
    return true;
}

void LifHeaderBuilder::begin(const pugi::xml_node &node)
{
    const Scope scope = m_next;
    m_next = Scope::Document; // no element is begun as that
    switch (scope) {
    case Scope::Header:
        m_version = VendorXml::attribute(node, "Version");
        break;
    case Scope::Element:
        beginElement(node);
        break;
    case Scope::Memory:
        m_memoryPart = gatherStartTag(m_parts, node);
        break;
    case Scope::Image:
        m_imagePart = gatherStartTag(m_parts, node);
        m_gather = m_imagePart;
        ++m_imageSerial;
        m_seenDescription = m_seenTimeStamps = m_seenTimeStamp = m_seenDefinition = false;
        break;
    case Scope::TimeStampList:
        m_gather = gatherStartTag(m_gather, node);
        m_wantsText = true;
        break;
    case Scope::Attachment:
        m_gather = gatherStartTag(m_gather, node);
        m_seenScannerSetting = m_seenFilterSetting = false;
        break;
    case Scope::Document:
    case Scope::Data:
    case Scope::Children:
    case Scope::DeepChildren:
        break;
    }
    m_scopes.append(scope);
}

void LifHeaderBuilder::beginElement(const pugi::xml_node &node)
{
    const bool top = m_scopes.last() == Scope::Header;
    const QString name = VendorXml::attribute(node, "Name");
    if (top)
        m_topNames.append(name); // every top Element's name is a file key, walked or not
    OpenElement element;
    element.depth = top ? 0 : m_elements.last().depth + 1;
    if (!m_tooMany && ++m_walked > LifMetadataXml::MaxElements)
        m_tooMany = true;
    element.walked = !m_tooMany;
    if (element.walked) {
        // Bio-Formats and readlif leave out the top Element (the project) and join the rest with "/".
        const QString &parent = top ? QString() : m_elements.last().folder;
        element.folder = top ? QString() : parent.isEmpty() ? name : parent + u'/' + name;
        element.imageName = top ? name : element.folder;
        m_parts.reset();
        m_memoryPart = m_imagePart = m_gather = pugi::xml_node();
        m_elementPart = gatherStartTag(m_parts, node);
    }
    m_elements.append(std::move(element));
}

// A copy of the element's start tag (name and attributes, no children) as the last child of `parent`.
pugi::xml_node LifHeaderBuilder::gatherStartTag(pugi::xml_node parent, const pugi::xml_node &node)
{
    pugi::xml_node copy = parent.append_child(node.name());
    for (const pugi::xml_attribute &attribute : node.attributes())
        copy.append_copy(attribute);
    return copy;
}

void LifHeaderBuilder::text(QByteArrayView firstText)
{
    m_wantsText = false;
    // As the mapping reads a stamp: after leading blanks (QChar::isSpace on each byte).
    while (!firstText.isEmpty() && QChar::isSpace(static_cast<uchar>(firstText.front())))
        firstText = firstText.sliced(1);
    const QByteArray kept = firstText.first(std::min(firstText.size(), TimeStampTextBytes)).toByteArray();
    if (!kept.isEmpty())
        m_gather.append_child(pugi::node_pcdata).set_value(kept.constData());
}

void LifHeaderBuilder::whole(const pugi::xml_node &node)
{
    m_gather.append_copy(node);
}

void LifHeaderBuilder::end()
{
    const Scope scope = m_scopes.takeLast();
    switch (scope) {
    case Scope::Element:
        if (m_elements.last().walked)
            mapGatheredImage(); // an Element without Children
        m_elements.removeLast();
        break;
    case Scope::TimeStampList:
        m_wantsText = false;
        [[fallthrough]];
    case Scope::Attachment:
        m_gather = m_gather.parent();
        break;
    case Scope::Document:
    case Scope::Header:
    case Scope::Memory:
    case Scope::Data:
    case Scope::Image:
    case Scope::Children:
    case Scope::DeepChildren:
        break;
    }
}

void LifHeaderBuilder::mapGatheredImage()
{
    if (!m_imagePart)
        return;
    const LifMetadataXml::ImageParts parts{m_elementPart, m_memoryPart, m_imagePart};
    m_imagePart = m_gather = pugi::xml_node();
    if (m_metadata.images.size() >= LifMetadataXml::MaxImages) {
        m_tooMany = true;
        return;
    }
    const qsizetype index = m_metadata.images.size();
    LifMetadataXml::MappedImage mapped = LifMetadataXml::mapImage(parts, m_elements.last().imageName, index, keyShare(index + 1));
    m_parts.reset();
    m_capped = m_capped || mapped.capped;
    m_keysLeftOut += mapped.keysLeftOut;
    m_keysTooDeep = m_keysTooDeep || mapped.keysTooDeep;
    keep(std::exchange(mapped.image.originalMetadata, {}));
    m_modelBytes += modelBytes(mapped.image, mapped.instrument);
    if (mapped.instrument)
        m_metadata.instruments.append(std::move(*mapped.instrument));
    m_metadata.images.append(std::move(mapped.image));
    shareKeys();
    // Images with thousands of channels or detectors each: the model itself must stay bounded.
    if (m_modelBytes > LifMetadataXml::MaxModelBytes)
        m_tooMany = m_modelFull = true;
}

// Each image gets an equal share of the file's bound for its keys.
qsizetype LifHeaderBuilder::keyShare(qsizetype images)
{
    return std::clamp<qsizetype>((KeyValueBudget::MaxPairs - FileKeys) / std::max<qsizetype>(1, images), 16, 5'000);
}

// Holds an image's keys until finish() hands them to the file's budget. Cut
// as the budget would cut them (a longer value is only counted as cut), and
// bounded by the budget's characters: what is held never exceeds what the
// file may keep.
void LifHeaderBuilder::keep(KeyValueList keys)
{
    KeyValueList held;
    held.reserve(keys.size());
    for (auto &[key, value] : keys) {
        key.truncate(KeyValueBudget::MaxKeyLength + 1);
        value.truncate(KeyValueBudget::MaxValueLength + 1);
        if (m_keysFull || m_keyCharacters + key.size() + value.size() > KeyValueBudget::MaxTotalCharacters) {
            m_keysFull = true;
            ++m_keysDropped;
            continue;
        }
        m_keyCharacters += key.size() + value.size();
        held.append({std::move(key), std::move(value)});
    }
    m_keys.append(std::move(held));
}

// The share shrinks as images come: lists kept under a larger one are cut to it.
void LifHeaderBuilder::shareKeys()
{
    const qsizetype share = keyShare(m_keys.size());
    if (share == m_keyShare)
        return;
    m_keyShare = share;
    for (KeyValueList &keys : m_keys) {
        if (keys.size() <= share)
            continue;
        m_keysLeftOut += keys.size() - share;
        for (qsizetype i = share; i < keys.size(); ++i)
            m_keyCharacters -= keys[i].first.size() + keys[i].second.size();
        keys.resize(share);
    }
}

Status LifHeaderBuilder::finish()
{
    if (!m_sawHeader)
        return Status::failure(
            tr("%1: the header of this LIF file is not a Leica LMSDataContainerHeader; the file is damaged.").arg(m_path));
    const QString &path = m_path;
    FileMetadata &metadata = m_metadata;

    KeyValueBudget budget(metadata, path);
    {
        VendorXml::KeyCollector fileKeys(FileKeys, 1, VendorXml::KeyCollector::Naming::FullPath);
        fileKeys.add(u"LMSDataContainerHeader|Version"_s, m_version);
        for (const QString &name : std::as_const(m_topNames))
            fileKeys.add(u"LMSDataContainerHeader|Element|Name"_s, name);
        for (auto &[key, value] : fileKeys.take())
            budget.addToFile(std::move(key), std::move(value));
    }
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        for (auto &[key, value] : m_keys[i])
            budget.add(metadata.images[i].originalMetadata, std::move(key), std::move(value));
    }
    m_keys.clear();
    budget.countDropped(m_keysDropped);
    budget.finish();

    const qsizetype images = metadata.images.size();
    if (images == 0)
        metadata.warnings.append(tr("%1: this LIF file describes no images.").arg(path));
    if (m_modelFull) {
        metadata.warnings.append(tr("%1: the project's images take more memory than Metafill allows for a file's metadata; it read "
                                    "the first %2 images.")
                                     .arg(path)
                                     .arg(images));
    } else if (m_tooMany) {
        metadata.warnings.append(tr("%1: the project is too large; Metafill read its first %2 images (%3 elements at most).")
                                     .arg(path)
                                     .arg(images)
                                     .arg(LifMetadataXml::MaxElements));
    }
    if (m_tooDeep)
        metadata.warnings.append(tr("%1: folders are nested more than %2 levels deep; the deeper images were left out.")
                                     .arg(path)
                                     .arg(LifMetadataXml::MaxFolderDepth));
    if (m_capped) {
        metadata.warnings.append(tr("%1: some images list more channels, dimensions, detectors or laser lines than Metafill reads "
                                    "(at most %2 each); the rest were left out.")
                                     .arg(path)
                                     .arg(LifMetadataXml::MaxSettingParts));
    }
    if (m_keysLeftOut > 0) {
        metadata.warnings.append(tr("%1: the images hold more vendor settings than Metafill keeps; %2 key/value pairs were left out "
                                    "(at most %3 per image).")
                                     .arg(path)
                                     .arg(m_keysLeftOut)
                                     .arg(keyShare(images)));
    }
    if (m_keysTooDeep)
        metadata.warnings.append(tr("%1: some settings are nested more than %2 levels deep; the deeper ones were left out of the vendor "
                                    "metadata.")
                                     .arg(path)
                                     .arg(LifMetadataXml::MaxKeyDepth));
    return Done{};
}

} // namespace metafill
