#include "ImageCommands.h"

#include "MetadataReader.h"
#include "batch/HeaderScanner.h"
#include "images/ImageCollector.h"
#include "model/InspectJson.h"
#include "ome/OmeXmlWriter.h"
#include "record/ValueText.h"

using namespace Qt::StringLiterals;

namespace metafill::cli {
namespace {

QString number(const std::optional<double> &value)
{
    return value ? ValueText::formatNumber(*value) : u"?"_s;
}

template<typename Int>
QString count(const std::optional<Int> &value)
{
    return value ? QString::number(*value) : u"?"_s;
}

// A short human-readable account of one file's header.
void printSummary(const FileMetadata &file, QTextStream &out)
{
    out << file.path << u"  ("_s << file.format << u", "_s
        << InspectCommand::tr("%n image(s)", nullptr, int(file.images.size())) << u")\n"_s;
    for (const ImageInfo &image : file.images) {
        const PixelsInfo &p = image.pixels;
        out << u"  "_s << (image.name.isEmpty() ? image.id : image.name) << u": "_s
            << InspectCommand::tr("%1 × %2 pixels, Z %3, C %4, T %5, %6")
                   .arg(count(p.sizeX), count(p.sizeY), count(p.sizeZ), count(p.sizeC), count(p.sizeT),
                        p.pixelType.isEmpty() ? u"?"_s : p.pixelType)
            << '\n';
        if (p.physicalSizeXUm || p.physicalSizeYUm || p.physicalSizeZUm) {
            out << u"    "_s
                << InspectCommand::tr("pixel size %1 × %2 × %3 µm").arg(number(p.physicalSizeXUm), number(p.physicalSizeYUm), number(p.physicalSizeZUm))
                << '\n';
        }
        if (!image.acquisitionDate.isEmpty())
            out << u"    "_s << InspectCommand::tr("acquired %1").arg(image.acquisitionDate) << '\n';
        const InstrumentInfo *instrument = file.instrumentOf(image);
        if (instrument) {
            QStringList words{instrument->microscope.manufacturer, instrument->microscope.model};
            words.removeAll(QString());
            if (!words.isEmpty())
                out << u"    "_s << InspectCommand::tr("microscope %1").arg(words.join(u' ')) << '\n';
        }
        if (const ObjectiveInfo *objective = file.objectiveOf(image)) {
            out << u"    "_s
                << InspectCommand::tr("objective %1: %2×, NA %3, %4")
                       .arg(objective->model.isEmpty() ? objective->id : objective->model, number(objective->nominalMagnification),
                            number(objective->lensNA), objective->immersion.isEmpty() ? u"?"_s : objective->immersion)
                << '\n';
        }
        for (qsizetype c = 0; c < image.channels.size(); ++c) {
            const ChannelInfo &channel = image.channels.at(c);
            // Only what the file says; "?" everywhere would hide it.
            QStringList known;
            if (channel.excitationNm)
                known.append(InspectCommand::tr("excitation %1 nm").arg(number(channel.excitationNm)));
            if (channel.emissionNm)
                known.append(InspectCommand::tr("emission %1 nm").arg(number(channel.emissionNm)));
            if (channel.exposureS)
                known.append(InspectCommand::tr("exposure %1 s").arg(number(channel.exposureS)));
            if (!channel.fluor.isEmpty())
                known.append(channel.fluor);
            out << u"    "_s << InspectCommand::tr("channel %1").arg(c);
            if (!channel.name.isEmpty())
                out << u" \""_s << channel.name << u'"';
            if (!known.isEmpty())
                out << u": "_s << known.join(u", "_s);
            out << '\n';
        }
    }
    for (const QString &warning : file.warnings)
        out << u"  "_s << InspectCommand::tr("warning: %1").arg(warning) << '\n';
}

} // namespace

QString InspectCommand::summary() const
{
    return tr("Read the headers of image files (folders are searched recursively) and show what they say: sizes, pixel sizes, "
              "channels, objective, microscope, dates. Files that cannot be read are reported and the others still shown.");
}

int InspectCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"json"_s, tr("One JSON object per file and line (see README for the keys); null where the file does not say.")},
        {u"ome-xml"_s, tr("The OME-XML document (OME 2016-06) Metafill makes of each file's header.")},
        {u"original-metadata"_s, tr("With --json: add the vendor's own key/value pairs (\"original_metadata\"), the keys templates can use.")},
        {u"threads"_s, tr("Read this many files at once (default: one per processor core)."), tr("N")},
    });
    parser.addPositionalArgument(u"PATH"_s, tr("Image files or folders."), u"PATH..."_s);
    if (const int code = parse(parser, arguments, tr("[--json | --ome-xml] PATH..."), io); code >= 0)
        return code;
    if (parser.positionalArguments().isEmpty()) {
        io.err << tr("metafill-cli inspect: name at least one image file or folder") << '\n';
        return UsageError;
    }
    const bool json = parser.isSet(u"json"_s);
    const bool omeXml = parser.isSet(u"ome-xml"_s);
    if (json && omeXml) {
        io.err << tr("metafill-cli inspect: choose either --json or --ome-xml") << '\n';
        return UsageError;
    }
    HeaderScanner::Options options;
    if (parser.isSet(u"threads"_s)) {
        bool ok = false;
        options.threads = parser.value(u"threads"_s).toInt(&ok);
        if (!ok || options.threads < 1 || options.threads > 256) {
            io.err << tr("metafill-cli inspect: --threads must be a number from 1 to 256") << '\n';
            return UsageError;
        }
    }

    const auto collected = ImageCollector::collect(parser.positionalArguments());
    if (!collected) {
        io.err << collected.error() << '\n';
        return InputError;
    }
    if (collected->isEmpty()) {
        io.err << tr("no image files found in: %1").arg(parser.positionalArguments().join(u", "_s)) << '\n';
        return InputError;
    }
    QStringList paths;
    paths.reserve(collected->size());
    for (const ImageFile &file : *collected)
        paths.append(file.path);

    const MetadataReader reader;
    if (json) {
        InspectJson::Extras extras;
        extras.originalMetadata = parser.isSet(u"original-metadata"_s);
        // Runs on several threads at once: everything it changes is its own.
        options.finish = [extras](ScannedFile &scan) {
            InspectJson::Extras own = extras;
            own.bytesRead = scan.bytesRead;
            scan.output = scan.ok() ? InspectJson::forFile(*scan.metadata, own) : InspectJson::forFailure(scan.path, scan.error, own);
            scan.metadata.reset();
        };
    }
    const QList<ScannedFile> scanned = HeaderScanner::scan(reader, paths, options);
    int failed = 0;
    for (const ScannedFile &scan : scanned) {
        if (!scan.error.isEmpty()) {
            ++failed;
            io.err << tr("error: %1").arg(scan.error) << '\n';
        }
        if (json) {
            // The line is UTF-8 already; on a real stream write the bytes as
            // they are instead of decoding and encoding them again.
            if (QIODevice *device = io.out.device()) {
                io.out.flush();
                device->write(scan.output);
            } else {
                io.out << QString::fromUtf8(scan.output);
            }
        } else if (omeXml) {
            if (!scan.ok())
                continue;
            if (scanned.size() > 1)
                io.out << u"==> "_s << scan.path << u" <=="_s << '\n';
            io.out << QString::fromUtf8(OmeXmlWriter::toXml(*scan.metadata));
        } else if (scan.ok()) {
            printSummary(*scan.metadata, io.out);
        }
    }
    if (failed > 0) {
        io.err << tr("%1 of %2 files could not be read.").arg(failed).arg(scanned.size()) << '\n';
        return InputError;
    }
    return Success;
}

} // namespace metafill::cli
