// Export benchmark: 10,000 image rows x 60 keys, from record values to the
// OMERO CSV files on disk. Prints wall time and peak memory (VmHWM).
#include "TestPaths.h"

#include "images/ImageFile.h"
#include "omero/ExportRows.h"
#include "omero/OmeroCsvExporter.h"
#include "record/RecordEditor.h"
#include "template/TemplateLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace metafill;
using namespace Qt::StringLiterals;

static long peakKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 10'000;
    const int keys = 60;

    // A template of 60 fields of mixed types, written out as YAML.
    QByteArray yaml = "metafill: 1\nid: org.example.bench\nversion: 1.0.0\ntitle: Bench\nsections:\n  - key: s\n    label: S\n    fields:\n";
    for (int k = 0; k < keys; ++k) {
        const char *type = k % 3 == 0 ? "quantity, unit: µm" : (k % 3 == 1 ? "text" : "number");
        yaml += QByteArray("      - {key: f") + QByteArray::number(k) + ", label: \"Schlüssel " + QByteArray::number(k) + "\", type: " + type + "}\n";
    }
    TemplateLoader loader{QStringList()};
    const auto outcome = loader.loadData(yaml, u"bench.yaml"_s);
    if (!outcome.result) {
        std::fprintf(stderr, "%s\n", qPrintable(outcome.diagnostics.items().first().toString()));
        return 1;
    }
    const Template &t = *outcome.result;

    QElapsedTimer timer;
    timer.start();
    Record record;
    record.templateRef = t.ref();
    QList<ImageFile> images;
    images.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        const QString name = u"img_%1.czi"_s.arg(i, 5, 10, QChar(u'0'));
        images.append(ImageFile{u"/data/exp/"_s + name, name, u"exp"_s});
        ImageEntry entry{images.last().path, name, {}};
        RecordEditor editor(t, entry.values);
        for (int k = 0; k < keys; ++k) {
            const QString value = k % 3 == 0 ? u"%1 µm"_s.arg(0.065 + i * 1e-6) : (k % 3 == 1 ? u"Wert ä, \"%1\"; µ"_s.arg(i) : QString::number(i * 0.5));
            editor.set(u"s.f%1"_s.arg(k), value);
        }
        record.images.append(std::move(entry));
    }
    const qint64 fillMs = timer.restart();

    QStringList warnings;
    const QList<AnnotatedObject> objects = ExportRows::build(t, record, images, OmeroOptions::Level::Image, {}, &warnings);
    const qint64 rowsMs = timer.restart();
    QTemporaryDir dir;
    const auto written = OmeroCsvExporter::write(objects, dir.filePath(u"bench.tsv"_s), {});
    const qint64 writeMs = timer.elapsed();
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        return 1;
    }
    qint64 bytes = 0;
    for (const QString &f : written->files)
        bytes += QFileInfo(f).size();
    std::printf("export %d rows x %d keys: parse+check values %lld ms, build rows %lld ms, layout+encode+write %lld ms; "
                "%lld files, %.1f MiB; peak memory %.1f MiB\n",
                rows, keys, fillMs, rowsMs, writeMs, qint64(written->files.size()), bytes / 1048576.0, peakKiB() / 1024.0);
    return 0;
}
