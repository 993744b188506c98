#include "OmeXmlWriter.h"

#include <QLocale>

#include <pugixml.hpp>

#include <sstream>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

// XML 1.0 cannot carry most control characters or unpaired surrogates; vendor
// strings sometimes contain them. Drop them rather than write a broken document.
std::string xmlText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean.append(c);
            clean.append(text.at(++i));
            continue;
        }
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF)
            continue;
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            continue;
        clean.append(c);
    }
    return clean.toStdString();
}

std::string numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest).toStdString();
}

void text(pugi::xml_node node, const char *name, const QString &value)
{
    if (!value.isEmpty())
        node.append_attribute(name).set_value(xmlText(value).c_str());
}

void number(pugi::xml_node node, const char *name, const std::optional<double> &value, const char *unitName = nullptr,
            const char *unit = nullptr)
{
    if (!value)
        return;
    node.append_attribute(name).set_value(numberText(*value).c_str());
    if (unitName)
        node.append_attribute(unitName).set_value(unit);
}

template<typename Int>
void integer(pugi::xml_node node, const char *name, const std::optional<Int> &value)
{
    if (value)
        node.append_attribute(name).set_value(QByteArray::number(static_cast<qint64>(*value)).constData());
}

void writeInstrument(pugi::xml_node ome, const InstrumentInfo &instrument)
{
    pugi::xml_node node = ome.append_child("Instrument");
    text(node, "ID", instrument.id);
    const MicroscopeInfo &m = instrument.microscope;
    if (!m.manufacturer.isEmpty() || !m.model.isEmpty() || !m.serialNumber.isEmpty() || !m.type.isEmpty()) {
        pugi::xml_node microscope = node.append_child("Microscope");
        text(microscope, "Manufacturer", m.manufacturer);
        text(microscope, "Model", m.model);
        text(microscope, "SerialNumber", m.serialNumber);
        text(microscope, "Type", m.type);
    }
    for (const LightSourceInfo &source : instrument.lightSources) {
        const QByteArray kind = source.kind.isEmpty() ? QByteArrayLiteral("GenericExcitationSource") : source.kind.toLatin1();
        pugi::xml_node node2 = node.append_child(kind.constData());
        text(node2, "Manufacturer", source.manufacturer);
        text(node2, "Model", source.model);
        text(node2, "SerialNumber", source.serialNumber);
        number(node2, "Power", source.powerMw, "PowerUnit", "mW");
        text(node2, "ID", source.id);
        if (kind == "Laser")
            number(node2, "Wavelength", source.wavelengthNm, "WavelengthUnit", "nm");
    }
    for (const DetectorInfo &detector : instrument.detectors) {
        pugi::xml_node d = node.append_child("Detector");
        text(d, "Manufacturer", detector.manufacturer);
        text(d, "Model", detector.model);
        text(d, "SerialNumber", detector.serialNumber);
        number(d, "Gain", detector.gain);
        number(d, "Voltage", detector.voltage, "VoltageUnit", "V");
        number(d, "Offset", detector.offset);
        text(d, "ID", detector.id);
        text(d, "Type", detector.type);
    }
    for (const ObjectiveInfo &objective : instrument.objectives) {
        pugi::xml_node o = node.append_child("Objective");
        text(o, "Manufacturer", objective.manufacturer);
        text(o, "Model", objective.model);
        text(o, "SerialNumber", objective.serialNumber);
        text(o, "Correction", objective.correction);
        text(o, "Immersion", objective.immersion);
        number(o, "LensNA", objective.lensNA);
        number(o, "NominalMagnification", objective.nominalMagnification);
        number(o, "CalibratedMagnification", objective.calibratedMagnification);
        number(o, "WorkingDistance", objective.workingDistanceUm, "WorkingDistanceUnit", "µm");
        text(o, "ID", objective.id);
    }
    for (const FilterInfo &filter : instrument.filters) {
        pugi::xml_node f = node.append_child("Filter");
        text(f, "Manufacturer", filter.manufacturer);
        text(f, "Model", filter.model);
        text(f, "Type", filter.type);
        text(f, "ID", filter.id);
        if (filter.cutInNm || filter.cutOutNm) {
            pugi::xml_node range = f.append_child("TransmittanceRange");
            number(range, "CutIn", filter.cutInNm, "CutInUnit", "nm");
            number(range, "CutOut", filter.cutOutNm, "CutOutUnit", "nm");
        }
    }
}

void writeChannel(pugi::xml_node pixels, const ChannelInfo &channel)
{
    pugi::xml_node c = pixels.append_child("Channel");
    text(c, "ID", channel.id);
    text(c, "Name", channel.name);
    integer(c, "SamplesPerPixel", channel.samplesPerPixel);
    text(c, "IlluminationType", channel.illuminationType);
    number(c, "PinholeSize", channel.pinholeUm, "PinholeSizeUnit", "µm");
    text(c, "AcquisitionMode", channel.acquisitionMode);
    text(c, "ContrastMethod", channel.contrastMethod);
    number(c, "ExcitationWavelength", channel.excitationNm, "ExcitationWavelengthUnit", "nm");
    number(c, "EmissionWavelength", channel.emissionNm, "EmissionWavelengthUnit", "nm");
    text(c, "Fluor", channel.fluor);
    integer(c, "Color", channel.color);
    if (!channel.lightSourceRef.isEmpty()) {
        pugi::xml_node settings = c.append_child("LightSourceSettings");
        text(settings, "ID", channel.lightSourceRef);
        number(settings, "Attenuation", channel.lightSourceAttenuation);
        number(settings, "Wavelength", channel.lightSourceWavelengthNm, "WavelengthUnit", "nm");
    }
    if (!channel.detectorRef.isEmpty()) {
        pugi::xml_node settings = c.append_child("DetectorSettings");
        text(settings, "ID", channel.detectorRef);
        number(settings, "Gain", channel.detectorGain);
        number(settings, "Voltage", channel.detectorVoltage, "VoltageUnit", "V");
    }
}

void writeMap(pugi::xml_node annotations, const QString &id, const KeyValueList &pairs)
{
    pugi::xml_node map = annotations.append_child("MapAnnotation");
    map.append_attribute("ID").set_value(id.toStdString().c_str());
    map.append_attribute("Namespace").set_value(OmeXmlWriter::OriginalMetadataNamespace);
    pugi::xml_node value = map.append_child("Value");
    for (const auto &[key, v] : pairs) {
        pugi::xml_node m = value.append_child("M");
        m.append_attribute("K").set_value(xmlText(key).c_str());
        m.text().set(xmlText(v).c_str());
    }
}

void writeImage(pugi::xml_node ome, const ImageInfo &image, const QString &annotationId)
{
    pugi::xml_node node = ome.append_child("Image");
    text(node, "ID", image.id);
    text(node, "Name", image.name);
    if (!image.acquisitionDate.isEmpty())
        node.append_child("AcquisitionDate").text().set(xmlText(image.acquisitionDate).c_str());
    if (!image.description.isEmpty())
        node.append_child("Description").text().set(xmlText(image.description).c_str());
    if (!image.instrumentRef.isEmpty())
        text(node.append_child("InstrumentRef"), "ID", image.instrumentRef);
    if (!image.objectiveRef.isEmpty()) {
        pugi::xml_node settings = node.append_child("ObjectiveSettings");
        text(settings, "ID", image.objectiveRef);
        text(settings, "Medium", image.objectiveMedium);
        number(settings, "RefractiveIndex", image.objectiveRefractiveIndex);
    }
    if (!image.stageLabel.isEmpty())
        text(node.append_child("StageLabel"), "Name", image.stageLabel);

    const PixelsInfo &p = image.pixels;
    pugi::xml_node pixels = node.append_child("Pixels");
    text(pixels, "ID", image.id.isEmpty() ? QString() : u"Pixels:"_s + image.id.section(u':', 1));
    text(pixels, "DimensionOrder", p.dimensionOrder);
    text(pixels, "Type", p.pixelType);
    integer(pixels, "SignificantBits", p.significantBits);
    integer(pixels, "SizeX", p.sizeX);
    integer(pixels, "SizeY", p.sizeY);
    integer(pixels, "SizeZ", p.sizeZ);
    integer(pixels, "SizeC", p.sizeC);
    integer(pixels, "SizeT", p.sizeT);
    number(pixels, "PhysicalSizeX", p.physicalSizeXUm, "PhysicalSizeXUnit", "µm");
    number(pixels, "PhysicalSizeY", p.physicalSizeYUm, "PhysicalSizeYUnit", "µm");
    number(pixels, "PhysicalSizeZ", p.physicalSizeZUm, "PhysicalSizeZUnit", "µm");
    number(pixels, "TimeIncrement", p.timeIncrementS, "TimeIncrementUnit", "s");
    for (const ChannelInfo &channel : image.channels)
        writeChannel(pixels, channel);
    pixels.append_child("MetadataOnly");
    for (qsizetype c = 0; c < image.channels.size(); ++c) {
        if (!image.channels[c].exposureS)
            continue;
        pugi::xml_node plane = pixels.append_child("Plane");
        plane.append_attribute("TheZ").set_value(0);
        plane.append_attribute("TheT").set_value(0);
        plane.append_attribute("TheC").set_value(static_cast<long long>(c));
        number(plane, "ExposureTime", image.channels[c].exposureS, "ExposureTimeUnit", "s");
    }
    if (!annotationId.isEmpty())
        text(node.append_child("AnnotationRef"), "ID", annotationId);
}

} // namespace

void OmeXmlWriter::build(pugi::xml_document &document, const FileMetadata &metadata, std::optional<int> image)
{
    document.reset();
    pugi::xml_node declaration = document.append_child(pugi::node_declaration);
    declaration.append_attribute("version").set_value("1.0");
    declaration.append_attribute("encoding").set_value("UTF-8");
    pugi::xml_node ome = document.append_child("OME");
    ome.append_attribute("xmlns").set_value(Namespace);
    ome.append_attribute("xmlns:xsi").set_value("http://www.w3.org/2001/XMLSchema-instance");
    ome.append_attribute("xsi:schemaLocation")
        .set_value("http://www.openmicroscopy.org/Schemas/OME/2016-06 http://www.openmicroscopy.org/Schemas/OME/2016-06/ome.xsd");
    ome.append_attribute("Creator").set_value("Metafill " METAFILL_VERSION);

    QList<int> images;
    if (image) {
        if (*image >= 0 && *image < metadata.images.size())
            images.append(*image);
    } else {
        for (int i = 0; i < metadata.images.size(); ++i)
            images.append(i);
    }

    for (const InstrumentInfo &instrument : metadata.instruments) {
        bool used = !image;
        for (int i : images)
            used = used || metadata.instrumentOf(metadata.images[i]) == &instrument;
        if (used)
            writeInstrument(ome, instrument);
    }
    for (int i : images) {
        const ImageInfo &info = metadata.images[i];
        writeImage(ome, info, info.originalMetadata.isEmpty() ? QString() : u"Annotation:Image%1"_s.arg(i));
    }

    bool anyImageKeys = false;
    for (int i : images)
        anyImageKeys = anyImageKeys || !metadata.images[i].originalMetadata.isEmpty();
    if (metadata.originalMetadata.isEmpty() && !anyImageKeys)
        return;
    pugi::xml_node annotations = ome.append_child("StructuredAnnotations");
    if (!metadata.originalMetadata.isEmpty())
        writeMap(annotations, u"Annotation:File"_s, metadata.originalMetadata);
    for (int i : images) {
        if (!metadata.images[i].originalMetadata.isEmpty())
            writeMap(annotations, u"Annotation:Image%1"_s.arg(i), metadata.images[i].originalMetadata);
    }
}

QByteArray OmeXmlWriter::toXml(const FileMetadata &metadata, std::optional<int> image)
{
    pugi::xml_document document;
    build(document, metadata, image);
    std::ostringstream out;
    document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
    return QByteArray::fromStdString(out.str());
}

} // namespace metafill
