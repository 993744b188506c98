// Offline term search benchmark (issue 4: p99 ≤ 5 ms per query over the whole
// installed index for typed prefixes of 1–12 characters; opening ≤ 100 ms).
//
//   bench_terms [--index FILE] [--sources DIR] [--queries N] [--generated N] [--seed N] [--threads N]
//               [--probe TEXT… [--under CURIE…]]
//
// 1. The installed index (default: the one this build made): file size, terms
//    per ontology, time to open (median of 20), then N queries (default 6,000)
//    drawn from its own labels and synonyms: prefixes of 1–12 characters as
//    someone types them, plus misspellings and ids in every spelling. Times
//    per query: p50/p95/p99/max overall, per prefix length and per kind;
//    branch-restricted queries; 8 threads at once. Wall-clock and thread CPU
//    time are both given: on a shared machine the first holds the waits for a
//    core, the second what the search itself costs.
// 2. A SYNTHETIC larger index: the same sources (from --sources, default
//    ../shared/ontology-sources) plus --generated terms (default 25,000) made
//    from the real labels' words, so that the behaviour at ≥ 40,000 terms can
//    be stated while CL and UBERON are not bundled. Clearly labelled as such.
#include "SqliteDatabase.h"
#include "TermIndex.h"
#include "TermIndexBuilder.h"

#include "TestPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <memory>
#include <random>
#include <vector>

#ifndef METAFILL_TERM_INDEX
#define METAFILL_TERM_INDEX ""
#endif
#ifndef METAFILL_ONTOLOGY_SOURCES
#define METAFILL_ONTOLOGY_SOURCES ""
#endif

using namespace metafill;
using namespace Qt::StringLiterals;

namespace {

void print(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

struct BenchQuery
{
    enum Kind { Prefix, Misspelled, Id };
    Kind kind = Prefix;
    QString text;
    int length = 0; // characters typed, for prefixes
};

struct Percentiles
{
    qsizetype count = 0;
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
};

Percentiles percentiles(std::vector<double> values)
{
    Percentiles p;
    p.count = qsizetype(values.size());
    if (values.empty())
        return p;
    std::sort(values.begin(), values.end());
    auto at = [&values](double q) {
        const auto rank = size_t(std::ceil(q * double(values.size())));
        return values.at(std::min(values.size(), std::max<size_t>(rank, 1)) - 1);
    };
    p.p50 = at(0.50);
    p.p95 = at(0.95);
    p.p99 = at(0.99);
    p.max = values.back();
    return p;
}

QString row(const QString &name, const Percentiles &p)
{
    return u"  %1 %2 %3 %4 %5 %6"_s.arg(name, -22)
        .arg(p.count, 7)
        .arg(p.p50, 8, 'f', 3)
        .arg(p.p95, 8, 'f', 3)
        .arg(p.p99, 8, 'f', 3)
        .arg(p.max, 8, 'f', 3);
}

QString header()
{
    return u"  %1 %2 %3 %4 %5 %6"_s.arg(u"queries (ms)"_s, -22)
        .arg(u"n"_s, 7)
        .arg(u"p50"_s, 8)
        .arg(u"p95"_s, 8)
        .arg(u"p99"_s, 8)
        .arg(u"max"_s, 8);
}

struct Vocabulary
{
    QStringList labels;
    QStringList synonyms;
    QStringList curies;
};

Vocabulary readVocabulary(const QString &indexPath)
{
    Vocabulary vocabulary;
    QString error;
    std::unique_ptr<SqliteDatabase> db = SqliteDatabase::open(indexPath, SqliteDatabase::Access::ReadOnly, &error);
    if (!db)
        return vocabulary;
    {
        SqliteQuery terms(*db, "SELECT label, curie FROM term WHERE obsolete = 0 ORDER BY id");
        while (terms.next()) {
            vocabulary.labels.append(terms.text(0));
            vocabulary.curies.append(terms.text(1));
        }
    }
    SqliteQuery synonyms(*db, "SELECT text FROM synonym WHERE obsolete = 0 ORDER BY rowid");
    while (synonyms.next())
        vocabulary.synonyms.append(synonyms.text(0));
    return vocabulary;
}

// Prefixes as typed (the case of the source, sometimes all lower-case),
// misspellings (two letters swapped or one dropped) and ids.
std::vector<BenchQuery> makeQueries(const Vocabulary &vocabulary, int count, std::mt19937 &random)
{
    std::vector<BenchQuery> queries;
    if (vocabulary.labels.isEmpty())
        return queries;
    auto pick = [&random](const QStringList &list) -> const QString & {
        return list.at(std::uniform_int_distribution<qsizetype>(0, list.size() - 1)(random));
    };
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> length(1, 12);
    while (int(queries.size()) < count) {
        const double kind = unit(random);
        BenchQuery query;
        if (kind < 0.85) {
            const QString &source =
                unit(random) < 0.7 || vocabulary.synonyms.isEmpty() ? pick(vocabulary.labels) : pick(vocabulary.synonyms);
            query.length = std::min<int>(length(random), int(source.size()));
            query.text = source.left(query.length);
            if (unit(random) < 0.3)
                query.text = query.text.toLower();
            if (query.text.trimmed().isEmpty())
                continue;
        } else if (kind < 0.92) {
            query.kind = BenchQuery::Misspelled;
            const QString &source = pick(vocabulary.labels);
            if (source.size() < 4)
                continue;
            QString text = source.left(std::min<int>(std::uniform_int_distribution<int>(4, 12)(random), int(source.size())));
            const int at = std::uniform_int_distribution<int>(1, int(text.size()) - 2)(random);
            if (unit(random) < 0.5)
                std::swap(text[at], text[at + 1]);
            else
                text.remove(at, 1);
            query.text = text;
            query.length = int(text.size());
        } else {
            query.kind = BenchQuery::Id;
            const QString &curie = pick(vocabulary.curies);
            if (curie.isEmpty())
                continue;
            const double spelling = unit(random);
            if (spelling < 0.4)
                query.text = curie;
            else if (spelling < 0.6)
                query.text = curie.toLower();
            else if (spelling < 0.8)
                query.text = u"http://purl.obolibrary.org/obo/"_s + QString(curie).replace(u':', u'_');
            else
                query.text = QString(curie).replace(u':', u'_').toLower();
            query.length = int(query.text.size());
        }
        queries.push_back(query);
    }
    return queries;
}

double milliseconds(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

// CPU time of the calling thread: what a query costs without the time the
// thread waits for a core (this build machine is shared; its scheduler tick
// is 4 ms, which shows up as 4 ms outliers in wall-clock times).
qint64 threadCpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

struct RunResult
{
    std::vector<double> all;
    std::vector<double> allCpu;
    QMap<int, std::vector<double>> byLength;
    std::vector<double> misspelled;
    std::vector<double> ids;
    int empty = 0;
    int failed = 0;
};

RunResult runQueries(const TermIndex &index, const std::vector<BenchQuery> &queries, const QStringList &roots = {})
{
    RunResult result;
    for (const BenchQuery &query : queries) {
        TermQuery q;
        q.text = query.text;
        q.limit = 10;
        q.roots = roots;
        QElapsedTimer timer;
        const qint64 cpuBefore = threadCpuNanoseconds();
        timer.start();
        const auto hits = index.search(q);
        const double ms = milliseconds(timer.nsecsElapsed());
        const double cpuMs = milliseconds(threadCpuNanoseconds() - cpuBefore);
        if (!hits.ok()) {
            ++result.failed;
            continue;
        }
        if (hits->isEmpty())
            ++result.empty;
        result.all.push_back(ms);
        result.allCpu.push_back(cpuMs);
        if (query.kind == BenchQuery::Prefix)
            result.byLength[query.length].push_back(ms);
        else if (query.kind == BenchQuery::Misspelled)
            result.misspelled.push_back(ms);
        else
            result.ids.push_back(ms);
    }
    return result;
}

void report(const RunResult &result)
{
    print(header());
    print(row(u"all"_s, percentiles(result.all)));
    print(row(u"all, thread CPU time"_s, percentiles(result.allCpu)));
    for (auto it = result.byLength.constBegin(); it != result.byLength.constEnd(); ++it)
        print(row(u"prefix of %1 chars"_s.arg(it.key()), percentiles(it.value())));
    print(row(u"misspelled"_s, percentiles(result.misspelled)));
    print(row(u"ids (4 spellings)"_s, percentiles(result.ids)));
    print(u"  without results: %1 of %2; failed: %3"_s.arg(result.empty).arg(result.all.size()).arg(result.failed));
}

// Opening: the first open creates the user store; then the median of 20.
bool measureOpening(const QString &indexPath, const QString &userPath)
{
    std::vector<double> times;
    double first = 0;
    for (int i = 0; i < 21; ++i) {
        TermIndex index;
        QElapsedTimer timer;
        timer.start();
        const Status opened = index.open(indexPath, userPath);
        const double ms = milliseconds(timer.nsecsElapsed());
        if (!opened) {
            print(u"  cannot open: %1"_s.arg(opened.error()));
            return false;
        }
        if (i == 0)
            first = ms;
        else
            times.push_back(ms);
    }
    const Percentiles p = percentiles(times);
    print(u"  open: first (creates the user store) %1 ms; then median of 20 %2 ms, max %3 ms"_s.arg(first, 0, 'f', 2)
              .arg(p.p50, 0, 'f', 2)
              .arg(p.max, 0, 'f', 2));
    return true;
}

void describeIndex(const TermIndex &index)
{
    const auto statistics = index.statistics();
    if (!statistics)
        return;
    print(u"  file: %1 (%2 bytes = %3 MiB), %4 terms"_s.arg(statistics->installedPath, QString::number(statistics->installedBytes),
                                                            QString::number(double(statistics->installedBytes) / (1024.0 * 1024.0), 'f', 2),
                                                            QString::number(statistics->installedTerms)));
    for (const TermOntologyStatistics &item : statistics->ontologies) {
        if (item.installed > 0)
            print(u"    %1 %2 terms, version %3"_s.arg(item.ontology, -12)
                      .arg(item.installed, 6)
                      .arg(item.version.isEmpty() ? u"-"_s : item.version));
    }
}

void benchIndex(const QString &title, const QString &indexPath, const QString &userPath, int queryCount, std::mt19937 &random,
                const QList<QStringList> &rootSets, int threadCount)
{
    print(u""_s);
    print(u"== %1 =="_s.arg(title));
    if (!measureOpening(indexPath, userPath))
        return;
    TermIndex index;
    if (!index.open(indexPath, userPath))
        return;
    describeIndex(index);

    const Vocabulary vocabulary = readVocabulary(indexPath);
    const std::vector<BenchQuery> queries = makeQueries(vocabulary, queryCount, random);
    // A short warm-up, as the page cache of a program that has been running.
    runQueries(index, std::vector<BenchQuery>(queries.begin(), queries.begin() + std::min<size_t>(500, queries.size())));
    print(u"  %1 queries, limit 10, one thread:"_s.arg(queries.size()));
    report(runQueries(index, queries));

    for (const QStringList &roots : rootSets) {
        // The first query of a branch computes the branch (kept until the store changes).
        TermQuery first;
        first.text = u"a"_s;
        first.roots = roots;
        QElapsedTimer timer;
        timer.start();
        (void)index.search(first);
        const double firstMs = milliseconds(timer.nsecsElapsed());
        const std::vector<BenchQuery> some(queries.begin(), queries.begin() + std::min<size_t>(2000, queries.size()));
        const RunResult restricted = runQueries(index, some, roots);
        print(u"  restricted to %1 (first query, computing the branch: %2 ms):"_s.arg(roots.join(u", "_s)).arg(firstMs, 0, 'f', 2));
        print(row(u"all"_s, percentiles(restricted.all)));
        print(row(u"all, thread CPU time"_s, percentiles(restricted.allCpu)));
    }

    // Several threads at once, each the whole query list.
    if (threadCount <= 0)
        return;
    std::vector<RunResult> results(static_cast<size_t>(threadCount));
    std::vector<std::unique_ptr<QThread>> threads;
    QElapsedTimer wall;
    wall.start();
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back(QThread::create([&, t] { results[size_t(t)] = runQueries(index, queries); }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        thread->wait();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    std::vector<double> all;
    std::vector<double> allCpu;
    int failed = 0;
    for (const RunResult &result : results) {
        all.insert(all.end(), result.all.begin(), result.all.end());
        allCpu.insert(allCpu.end(), result.allCpu.begin(), result.allCpu.end());
        failed += result.failed;
    }
    print(u"  %1 threads at once (%2 queries in %3 s, %4 queries/s, %5 failed; this machine has %6 cores):"_s.arg(threadCount)
              .arg(all.size())
              .arg(seconds, 0, 'f', 2)
              .arg(double(all.size()) / seconds, 0, 'f', 0)
              .arg(failed)
              .arg(QThread::idealThreadCount()));
    print(row(u"all"_s, percentiles(all)));
    print(row(u"all, thread CPU time"_s, percentiles(allCpu)));
}

// Terms made from the real labels' words: 2–4 words, up to 2 synonyms, a
// parent among the earlier generated terms. Written as OBO.
QString writeGeneratedTerms(const QString &path, const Vocabulary &vocabulary, int count, std::mt19937 &random)
{
    QStringList words;
    for (const QString &label : vocabulary.labels + vocabulary.synonyms) {
        for (const QString &word : label.split(u' ', Qt::SkipEmptyParts)) {
            if (word.size() >= 3 && word.size() <= 20)
                words.append(word);
        }
    }
    if (words.isEmpty()) {
        for (const char *word :
             {"cell",        "nucleus",    "membrane", "stain", "neuron", "tissue", "protein", "marker",     "layer",   "brain",
              "fluorescent", "microscopy", "sample",   "fixed", "live",   "organ",  "muscle",  "epithelial", "vesicle", "granule"})
            words.append(QString::fromLatin1(word));
    }
    auto word = [&] { return words.at(std::uniform_int_distribution<qsizetype>(0, words.size() - 1)(random)); };
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray out = "format-version: 1.2\nontology: syn\n\n";
    for (int i = 1; i <= count; ++i) {
        const int wordCount = std::uniform_int_distribution<int>(2, 4)(random);
        QStringList label;
        for (int w = 0; w < wordCount; ++w)
            label.append(word());
        out += "[Term]\nid: SYN:" + QByteArray::number(i).rightJustified(7, '0') + "\nname: " + label.join(u' ').toUtf8() + "\n";
        const int synonyms = std::uniform_int_distribution<int>(0, 2)(random);
        for (int s = 0; s < synonyms; ++s)
            out += "synonym: \"" + (word() + u' ' + word()).toUtf8().replace('"', "'").replace('\\', '/') + "\" EXACT []\n";
        if (i > 1)
            out += "is_a: SYN:" + QByteArray::number(std::uniform_int_distribution<int>(1, i - 1)(random)).rightJustified(7, '0') + "\n";
        out += "\n";
    }
    file.write(out);
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption indexOption(u"index"_s, u"The installed index to measure."_s, u"FILE"_s, QStringLiteral(METAFILL_TERM_INDEX));
    const QCommandLineOption sourcesOption(u"sources"_s, u"The ontology sources for the synthetic index."_s, u"DIR"_s,
                                           QStringLiteral(METAFILL_ONTOLOGY_SOURCES));
    const QCommandLineOption queriesOption(u"queries"_s, u"Queries per run."_s, u"N"_s, u"6000"_s);
    const QCommandLineOption generatedOption(u"generated"_s, u"Generated terms added for the synthetic index."_s, u"N"_s, u"25000"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Random seed."_s, u"N"_s, u"42"_s);
    const QCommandLineOption probeOption(u"probe"_s, u"Only time this query (50 runs) on the installed index; repeatable."_s, u"TEXT"_s);
    const QCommandLineOption underOption(u"under"_s, u"With --probe: restrict the probes to this branch root; repeatable."_s, u"CURIE"_s);
    const QCommandLineOption threadsOption(u"threads"_s, u"Threads for the run of concurrent searches (0: none)."_s, u"N"_s, u"8"_s);
    parser.addOptions({indexOption, sourcesOption, queriesOption, generatedOption, seedOption, probeOption, underOption, threadsOption});
    parser.process(app);

    if (parser.isSet(probeOption)) {
        QTemporaryDir probeDir;
        TermIndex index;
        if (!index.open(parser.value(indexOption), probeDir.filePath(u"user.sqlite"_s)))
            return 1;
        for (const QString &text : parser.values(probeOption)) {
            TermQuery q;
            q.text = text;
            q.roots = parser.values(underOption);
            std::vector<double> cpu;
            qsizetype hits = 0;
            for (int i = 0; i < 50; ++i) {
                const qint64 before = threadCpuNanoseconds();
                hits = index.search(q)->size();
                cpu.push_back(milliseconds(threadCpuNanoseconds() - before));
            }
            const Percentiles p = percentiles(cpu);
            print(u"%1 %2 hits, CPU ms p50 %3 max %4"_s.arg(text, -16).arg(hits).arg(p.p50, 0, 'f', 3).arg(p.max, 0, 'f', 3));
        }
        return 0;
    }

    const int queryCount = std::max(100, parser.value(queriesOption).toInt());
    const int threadCount = std::clamp(parser.value(threadsOption).toInt(), 0, 64);
    std::mt19937 random(parser.value(seedOption).toUInt());
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return 1;
#ifdef NDEBUG
    print(u"bench_terms (release build)"_s);
#else
    print(u"bench_terms (DEBUG build: numbers are not representative)"_s);
#endif

    const QString installed = parser.value(indexOption);
    const QList<QStringList> rootSets{{u"FBbi:00000222"_s}, {u"NCBITaxon:40674"_s}, {u"UO:0000001"_s}};
    if (QFile::exists(installed))
        benchIndex(u"INSTALLED index"_s, installed, scratch.filePath(u"user-installed.sqlite"_s), queryCount, random, rootSets,
                   threadCount);
    else
        print(u"no installed index at %1 (build the target metafill_term_index)"_s.arg(installed));

    // The synthetic index: the real sources plus generated terms.
    const QDir sources(parser.value(sourcesOption));
    TermIndexBuilder builder;
    int realSources = 0;
    const QList<std::pair<QString, TermIndexBuilder::Source>> known{
        {u"fbbi-2026-01-30.index.json"_s, {u"fbbi"_s, {}, u"own-prefix"_s, {}, u"2026-01-30"_s, {}, {}}},
        {u"uo.obo"_s, {u"uo"_s, {}, u"own-prefix"_s, {}, {}, {}, {}}},
        {u"ncbitaxon-taxslim-2022-10-06.obo"_s, {u"ncbitaxon"_s, {}, u"all"_s, {}, u"2022-10-06"_s, {}, {}}},
    };
    for (auto [file, source] : known) {
        if (!sources.exists(file))
            continue;
        source.path = sources.filePath(file);
        builder.addSource(source);
        ++realSources;
    }
    if (sources.exists(u"ncbitaxon-common-lab-organisms.tsv"_s))
        builder.addBoostList(sources.filePath(u"ncbitaxon-common-lab-organisms.tsv"_s));
    builder.addBoostList(TestPaths::source(u"ontology/common-terms.tsv"_s));
    const Vocabulary vocabulary = QFile::exists(installed) ? readVocabulary(installed) : Vocabulary();
    const int generated = std::max(1000, parser.value(generatedOption).toInt()) + (realSources == 0 ? 15000 : 0);
    const QString generatedFile = writeGeneratedTerms(scratch.filePath(u"generated.obo"_s), vocabulary, generated, random);
    builder.addSource({u"syn"_s, generatedFile, u"all"_s, u"generated terms"_s, u"synthetic"_s, {}, {}});
    const QString synthetic = scratch.filePath(u"synthetic.sqlite"_s);
    QElapsedTimer building;
    building.start();
    const Status built = builder.build(synthetic);
    if (!built) {
        print(built.error());
        return 1;
    }
    print(u""_s);
    print(u"(synthetic index built in %1 s from %2 real sources + %3 generated terms)"_s.arg(double(building.elapsed()) / 1000.0, 0, 'f', 1)
              .arg(realSources)
              .arg(generated));
    benchIndex(u"SYNTHETIC index (installed sources + generated terms; not what ships)"_s, synthetic,
               scratch.filePath(u"user-synthetic.sqlite"_s), queryCount, random, rootSets, threadCount);
    return 0;
}
