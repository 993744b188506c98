// OME-XML parser benchmark: microseconds per document for the small documents
// real OME-TIFFs carry (2–10 KiB) and for large ones, with the peak heap each
// parse adds. The peak is exact: this program replaces malloc and friends and
// counts the usable size of every live block (Qt, pugixml and the C++ library
// all allocate through malloc).
//
//   bench_ome_xml [--repeat N] [--no-synthetic] [FILE …]
// FILE: an OME-TIFF (IFD0's ImageDescription is parsed) or an OME-XML file.
// Without files: /tmp/mf-bench/ome_*.ome.tif and /tmp/big-ome.ome.tif when
// present. Synthetic large documents (real-world shape and hostile ones) are
// added unless --no-synthetic.
#include "CountingHeap.h"
#include "io/ByteSource.h"
#include "ome/OmeXmlParser.h"
#include "tiff/TiffDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace metafill;
using namespace Qt::StringLiterals;

// ---- heap accounting -------------------------------------------------------
namespace {
using CountingHeap::live;
using CountingHeap::peakAbove;
using CountingHeap::resetPeak;
} // namespace

namespace {

double mib(long long bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

// IFD0's first OME ImageDescription, or the whole file.
QByteArray documentOf(const QString &path)
{
    ByteSource source(path, 256LL * 1024 * 1024);
    if (!source.open())
        return {};
    if (!TiffDirectory::isTiff(source.head())) {
        const Result<QByteArray> all = source.read(0, source.size());
        return all ? *all : QByteArray();
    }
    const Result<TiffHeader> header = TiffDirectory::readHeader(source);
    if (!header)
        return {};
    const Result<TiffDirectory> ifd0 = TiffDirectory::read(source, *header, header->firstDirectory);
    if (!ifd0)
        return {};
    for (const TiffTag *tag : ifd0->findAll(TiffDirectory::ImageDescription)) {
        const Result<QByteArray> bytes = ifd0->bytes(source, *tag, 256LL * 1024 * 1024);
        if (bytes && OmeXmlParser::looksLikeOmeXml(*bytes))
            return *bytes;
    }
    return {};
}

// A Bio-Formats-shaped document: one image, `planes` Plane and TiffData
// elements, `annotations` OriginalMetadata annotations.
QByteArray planesAndAnnotations(int planes, int annotations)
{
    QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?><OME xmlns="http://www.openmicroscopy.org/Schemas/OME/2016-06" UUID="urn:uuid:b">)"
                     R"(<Image ID="Image:0" Name="big"><Pixels ID="Pixels:0" DimensionOrder="XYZCT" Type="uint16" SizeX="512" SizeY="512" )"
                     R"(SizeZ="1000" SizeC="4" SizeT=")"
        + QByteArray::number(std::max(1, planes / 4000)) + "\">";
    for (int c = 0; c < 4; ++c)
        xml += "<Channel ID=\"Channel:0:" + QByteArray::number(c) + "\" Name=\"C" + QByteArray::number(c) + "\" SamplesPerPixel=\"1\"/>";
    for (int p = 0; p < planes; ++p) {
        xml += "<TiffData FirstC=\"" + QByteArray::number(p % 4) + "\" FirstZ=\"" + QByteArray::number(p / 4 % 1000) + "\" IFD=\""
            + QByteArray::number(p) + "\" PlaneCount=\"1\"><UUID FileName=\"big.ome.tif\">urn:uuid:b</UUID></TiffData>";
    }
    for (int p = 0; p < planes; ++p) {
        xml += "<Plane DeltaT=\"" + QByteArray::number(p * 0.01) + "\" ExposureTime=\"" + QByteArray::number(10 + p % 4)
            + "\" ExposureTimeUnit=\"ms\" PositionX=\"1.5\" PositionY=\"2.5\" PositionZ=\"" + QByteArray::number(p / 4 % 1000)
            + "\" TheC=\"" + QByteArray::number(p % 4) + "\" TheT=\"0\" TheZ=\"" + QByteArray::number(p / 4 % 1000) + "\"/>";
    }
    xml += "</Pixels></Image><StructuredAnnotations>";
    for (int a = 0; a < annotations; ++a) {
        xml += "<XMLAnnotation ID=\"Annotation:" + QByteArray::number(a)
            + "\" Namespace=\"openmicroscopy.org/OriginalMetadata\"><Value><OriginalMetadata><Key>Vendor|Section|Key "
            + QByteArray::number(a) + "</Key><Value>" + QByteArray(100, 'v') + "</Value></OriginalMetadata></Value></XMLAnnotation>";
    }
    xml += "</StructuredAnnotations></OME>";
    return xml;
}

// Hostile: about `megabytes` MiB of tiny elements inside one Pixels.
QByteArray tinyElements(int megabytes)
{
    QByteArray xml = "<OME><Image ID=\"Image:0\"><Pixels SizeX=\"1\">";
    const QByteArray tiny = "<a/><b/><c/>";
    xml.reserve(megabytes * 1024 * 1024 + 64);
    while (xml.size() < megabytes * 1024 * 1024)
        xml += tiny;
    xml += "</Pixels></Image></OME>";
    return xml;
}

// Hostile: one element with `count` attributes.
QByteArray manyAttributes(int count)
{
    QByteArray xml = "<OME><Image ID=\"Image:0\" ";
    for (int i = 0; i < count; ++i)
        xml += "a" + QByteArray::number(i) + "=\"\" ";
    xml += "/></OME>";
    return xml;
}

struct Timing
{
    double microseconds = 0; // per document, best of the repeats
    long long peak = 0;      // heap added at the peak of one parse
    bool ok = true;
};

Timing measure(const QList<QByteArray> &documents, int repeats)
{
    Timing timing;
    double best = 1e300;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &xml : documents) {
            const auto parsed = OmeXmlParser::parse(xml, u"bench"_s);
            timing.ok = timing.ok && parsed.ok();
        }
        best = std::min(best, double(timer.nsecsElapsed()) / 1000.0 / double(documents.size()));
    }
    timing.microseconds = best;
    for (const QByteArray &xml : documents) {
        const long long base = live();
        resetPeak();
        {
            const auto parsed = OmeXmlParser::parse(xml, u"bench"_s);
            Q_UNUSED(parsed);
        }
        timing.peak = std::max(timing.peak, peakAbove(base));
    }
    return timing;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    int repeats = 20;
    bool synthetic = true;
    for (;;) {
        if (arguments.size() >= 2 && arguments.first() == u"--repeat"_s) {
            repeats = std::max(1, arguments.at(1).toInt());
            arguments = arguments.mid(2);
        } else if (!arguments.isEmpty() && arguments.first() == u"--no-synthetic"_s) {
            synthetic = false;
            arguments = arguments.mid(1);
        } else {
            break;
        }
    }
    if (arguments.isEmpty()) {
        const QDir bench(u"/tmp/mf-bench"_s);
        for (const QString &name : bench.entryList({u"ome_*.ome.tif"_s}, QDir::Files, QDir::Name))
            arguments.append(bench.filePath(name));
        if (QFile::exists(u"/tmp/big-ome.ome.tif"_s))
            arguments.append(u"/tmp/big-ome.ome.tif"_s);
    }

    QList<QByteArray> small;
    QList<std::pair<QString, QByteArray>> large;
    qint64 smallBytes = 0;
    for (const QString &path : std::as_const(arguments)) {
        QByteArray xml = documentOf(path);
        if (xml.isEmpty()) {
            std::fprintf(stderr, "%s: no OME-XML\n", qPrintable(path));
            continue;
        }
        if (xml.size() <= 1024 * 1024) {
            smallBytes += xml.size();
            small.append(std::move(xml));
        } else {
            large.append({path, std::move(xml)});
        }
    }
    if (synthetic) {
        large.append({u"synthetic: 120,000 TiffData + 120,000 Plane + 60,000 annotations"_s, planesAndAnnotations(120'000, 60'000)});
        large.append({u"synthetic hostile: 60 MiB of tiny elements"_s, tinyElements(60)});
        large.append({u"synthetic hostile: one element with 1,000,000 attributes"_s, manyAttributes(1'000'000)});
    }

    if (!small.isEmpty()) {
        const Timing t = measure(small, repeats);
        std::printf("small: %lld documents, mean %.1f KiB: %.1f us/document (best of %d), peak heap %.2f MiB%s\n",
                    qint64(small.size()), double(smallBytes) / 1024.0 / double(small.size()), t.microseconds, repeats, mib(t.peak),
                    t.ok ? "" : " (some failed)");
    }
    for (const auto &[name, xml] : std::as_const(large)) {
        const Timing t = measure({xml}, std::max(1, repeats / 10));
        std::printf("%s: %.1f MiB: %.0f ms, peak heap %.1f MiB%s\n", qPrintable(name), mib(xml.size()), t.microseconds / 1000.0,
                    mib(t.peak), t.ok ? "" : " (failed)");
    }
    return 0;
}
