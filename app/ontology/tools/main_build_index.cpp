// metafill-term-index: builds the installed offline term index from ontology
// source files. Run by the build (app/ontology/tools/CMakeLists.txt); not
// installed.
//
//   metafill-term-index --out terms.sqlite [--manifest ontology/sources.tsv]
//                       --source fbbi=/path/fbbi-2026-01-30.index.json --source uo=/path/uo.obo …
//                       [--boost /path/ncbitaxon-common-lab-organisms.tsv …]
//
// --source ID=PATH adds a file's terms to the index under the OLS id ID. The
// manifest row with the same id and file name gives its subset rule, version,
// licence, URL and title (see ontology/sources.tsv); without one, every term
// of the file goes in and the file's own header says what it can.
//
// A build tool for developers: its own messages are English only (those of
// TermIndexBuilder, shared with the application, are translated).
#include "TermIndexBuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace metafill;
using namespace Qt::StringLiterals;

namespace {

struct ManifestRow
{
    QString ontology;
    QString file;
    TermIndexBuilder::Source source;
};

void printLine(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
}

QList<ManifestRow> readManifest(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: the manifest cannot be opened (%2)."_s.arg(path, file.errorString());
        return {};
    }
    QList<ManifestRow> rows;
    int lineNumber = 0;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 8) {
            *error = u"%1:%2: a manifest row needs 8 tab-separated columns."_s.arg(path, QString::number(lineNumber));
            return {};
        }
        auto field = [&fields](int i) { return fields.at(i).trimmed() == u"-" ? QString() : fields.at(i).trimmed(); };
        ManifestRow row;
        row.ontology = field(0);
        row.file = field(1);
        row.source.ontology = row.ontology;
        row.source.rule = field(2);
        row.source.version = field(4);
        row.source.licence = field(5);
        row.source.url = field(6);
        row.source.title = field(7);
        rows.append(row);
    }
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"metafill-term-index"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Builds Metafill's offline term index from ontology source files."_s);
    parser.addHelpOption();
    const QCommandLineOption out(u"out"_s, u"The index file to write."_s, u"FILE"_s);
    const QCommandLineOption manifest(u"manifest"_s, u"ontology/sources.tsv: rule, version, licence, URL and title per source file."_s,
                                      u"TSV"_s);
    const QCommandLineOption source(u"source"_s, u"An ontology source file (OBO or JSON) for the OLS id ID; repeatable."_s, u"ID=PATH"_s);
    const QCommandLineOption boost(u"boost"_s, u"A list of commonly used terms (first column CURIE); repeatable."_s, u"PATH"_s);
    const QCommandLineOption quiet(u"quiet"_s, u"Print only errors."_s);
    parser.addOptions({out, manifest, source, boost, quiet});
    parser.process(app);

    if (!parser.isSet(out)) {
        printLine(stderr, u"metafill-term-index: --out FILE is required."_s);
        return 2;
    }
    QList<ManifestRow> rows;
    if (parser.isSet(manifest)) {
        QString error;
        rows = readManifest(parser.value(manifest), &error);
        if (!error.isEmpty()) {
            printLine(stderr, error);
            return 1;
        }
    }

    TermIndexBuilder builder;
    for (const QString &value : parser.values(source)) {
        const qsizetype equals = value.indexOf(u'=');
        if (equals <= 0 || equals + 1 >= value.size()) {
            printLine(stderr, u"metafill-term-index: --source needs ID=PATH, not \"%1\"."_s.arg(value));
            return 2;
        }
        TermIndexBuilder::Source entry;
        entry.ontology = value.left(equals).trimmed().toLower();
        entry.path = value.mid(equals + 1);
        const QString fileName = QFileInfo(entry.path).fileName();
        for (const ManifestRow &row : std::as_const(rows)) {
            if (row.ontology == entry.ontology && row.file == fileName) {
                const QString path = entry.path;
                entry = row.source;
                entry.path = path;
                break;
            }
        }
        builder.addSource(entry);
    }
    for (const QString &path : parser.values(boost))
        builder.addBoostList(path);

    const Status built = builder.build(parser.value(out));
    if (!built) {
        printLine(stderr, built.error());
        return 1;
    }
    if (!parser.isSet(quiet)) {
        for (const QString &line : builder.report())
            printLine(stdout, line);
        printLine(stdout, u"%1: %2 terms, %3 bytes"_s.arg(parser.value(out), QString::number(builder.termCount()),
                                                          QString::number(QFileInfo(parser.value(out)).size())));
    }
    return 0;
}
