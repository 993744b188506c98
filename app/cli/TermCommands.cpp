#include "TermCommands.h"

#include "DiagnosticPrinter.h"
#include "TermService.h"
#include "record/RecordBinder.h"
#include "record/RecordFile.h"
#include "template/TemplateLoader.h"

#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace metafill::cli {
namespace {

// Bounds for --stdin: a bulk job is thousands of queries, not millions.
constexpr int MaxStdinQueries = 100'000;
constexpr int MaxQueryCharacters = TermIndex::MaxQueryLength;
// Queries answered at once with --stdin; the OLS client queues what its workers cannot take yet.
constexpr int ParallelQueries = 4;

void addServiceOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"offline"_s, QCoreApplication::translate("TermCommands", "Do not ask the Ontology Lookup Service; answer from the offline index.")},
        {u"ols-url"_s,
         QCoreApplication::translate("TermCommands", "The Ontology Lookup Service to ask (default %1).").arg(QString::fromUtf16(OlsSettings::DefaultBaseUrl)),
         QCoreApplication::translate("TermCommands", "URL")},
        {u"proxy"_s,
         QCoreApplication::translate("TermCommands", "Proxy for OLS requests, e.g. http://proxy:3128, or 'none' (default: the https_proxy environment variable)."),
         QCoreApplication::translate("TermCommands", "URL")},
        {u"ca-certificates"_s,
         QCoreApplication::translate("TermCommands", "A PEM file of certificate authorities to trust besides the system's, for an institution's own OLS "
                                                     "whose certificate its own authority signed. Certificates are always verified."),
         QCoreApplication::translate("TermCommands", "FILE")},
        {u"index"_s, QCoreApplication::translate("TermCommands", "The offline term index to use instead of the installed one."),
         QCoreApplication::translate("TermCommands", "FILE")},
        {u"user-store"_s,
         QCoreApplication::translate("TermCommands", "The store of term packs and terms seen online (default %1).")
             .arg(QDir::toNativeSeparators(TermIndex::defaultUserStorePath())),
         QCoreApplication::translate("TermCommands", "FILE")},
    });
}

std::unique_ptr<TermService> openService(const QCommandLineParser &parser, CliIo &io)
{
    TermService::Options options;
    options.offline = parser.isSet(u"offline"_s);
    if (parser.isSet(u"ols-url"_s))
        options.ols.baseUrl = parser.value(u"ols-url"_s);
    if (parser.isSet(u"proxy"_s))
        options.ols.proxy = parser.value(u"proxy"_s);
    if (parser.isSet(u"ca-certificates"_s))
        options.ols.caCertificatesFile = parser.value(u"ca-certificates"_s);
    if (parser.isSet(u"index"_s))
        options.installedIndex = parser.value(u"index"_s);
    if (parser.isSet(u"user-store"_s))
        options.userStore = parser.value(u"user-store"_s);
    auto service = std::make_unique<TermService>();
    if (const Status opened = service->open(options); !opened) {
        io.err << opened.error() << '\n';
        return nullptr;
    }
    for (const QString &warning : service->warnings())
        io.err << QCoreApplication::translate("Diagnostic", "warning") << u": "_s << warning << '\n';
    return service;
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

nlohmann::json termJson(const OntologyTerm &term)
{
    nlohmann::json synonyms = nlohmann::json::array();
    for (const QString &synonym : term.synonyms)
        synonyms.push_back(utf8(synonym));
    const auto orNull = [](const QString &text) { return text.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(utf8(text)); };
    return nlohmann::json{
        {"label", utf8(term.label)},
        {"curie", orNull(term.curie)},
        {"iri", orNull(term.iri)},
        {"ontology", orNull(term.ontology)},
        {"synonyms", synonyms},
        {"definition", orNull(term.definition)},
        {"obsolete", term.obsolete},
        {"replaced_by", orNull(term.replacedBy)},
        {"matched_synonym", orNull(term.matchedSynonym)},
        {"source", utf8(term.sourceName())},
    };
}

void printHuman(const QString &query, const TermAnswer &answer, bool withHeading, CliIo &io)
{
    if (withHeading)
        io.out << u"== "_s << query << u" =="_s << '\n';
    if (answer.terms.isEmpty()) {
        io.out << TermsSearchCommand::tr("no terms found for '%1'").arg(query) << '\n';
        return;
    }
    for (const OntologyTerm &term : answer.terms) {
        io.out << term.label << u"  "_s << (term.curie.isEmpty() ? term.iri : term.curie);
        if (!term.ontology.isEmpty())
            io.out << u"  ("_s << term.ontology << u')';
        if (!term.matchedSynonym.isEmpty())
            io.out << u"  "_s << TermsSearchCommand::tr("synonym: %1").arg(term.matchedSynonym);
        if (term.obsolete)
            io.out << u"  "_s << TermsSearchCommand::tr("[obsolete]");
        io.out << u"  ["_s << term.sourceName() << u']' << '\n';
    }
}

QByteArray jsonLine(const QString &query, const TermAnswer &answer)
{
    nlohmann::json hits = nlohmann::json::array();
    for (const OntologyTerm &term : answer.terms)
        hits.push_back(termJson(term));
    const nlohmann::json line{
        {"query", utf8(query)},
        {"source", answer.fromOls ? "ols" : "offline"},
        {"warning", answer.fallbackReason.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(utf8(answer.fallbackReason))},
        {"hits", hits},
    };
    return QByteArray::fromStdString(line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) + '\n';
}

void writeRaw(CliIo &io, const QByteArray &bytes)
{
    if (QIODevice *device = io.out.device()) {
        io.out.flush();
        device->write(bytes);
    } else {
        io.out << QString::fromUtf8(bytes);
    }
}

// A fallback to the offline index is worth one warning per reason, not one per query.
void warnOnce(const TermAnswer &answer, QStringList &warned, CliIo &io)
{
    if (answer.fallbackReason.isEmpty() || warned.contains(answer.fallbackReason))
        return;
    warned.append(answer.fallbackReason);
    io.err << QCoreApplication::translate("Diagnostic", "warning") << u": "_s
           << TermsSearchCommand::tr("%1 — answering from the offline index").arg(answer.fallbackReason) << '\n';
}

} // namespace

QString TermsSearchCommand::summary() const
{
    return tr("Search ontology terms by words, prefix or id (CURIE, IRI): from the Ontology Lookup Service, or from the offline "
              "index when OLS cannot be reached or --offline is given.");
}

int TermsSearchCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    addServiceOptions(parser);
    parser.addOptions({
        {u"ontology"_s, tr("Only terms of this ontology (OLS id such as fbbi, ncbitaxon); may be repeated."), tr("ID")},
        {u"under"_s, tr("Only terms in this branch: the term itself or below it (is_a, part_of); may be repeated."), tr("CURIE")},
        {u"limit"_s, tr("At most this many terms per query (default 10, at most %1).").arg(TermIndex::MaxLimit), tr("N")},
        {u"obsolete"_s, tr("Include obsolete terms (listed last).")},
        {u"json"_s, tr("One JSON object per query and line: query, source, warning and hits with label, curie, iri, ontology, "
                       "synonyms, definition, obsolete and source.")},
        {u"stdin"_s, tr("Read one query per line from standard input; implies --json.")},
    });
    parser.addPositionalArgument(u"QUERY"_s, tr("Words, a prefix, a CURIE or an IRI."), u"[QUERY...]"_s);
    if (const int code = parse(parser, arguments, tr("QUERY... [--ontology ID]... [--under CURIE]... [--offline] [--json] [--stdin]"), io);
        code >= 0)
        return code;

    TermQuery base;
    for (const QString &ontology : parser.values(u"ontology"_s))
        base.ontologies.append(ontology.trimmed().toLower());
    base.roots = parser.values(u"under"_s);
    base.includeObsolete = parser.isSet(u"obsolete"_s);
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        base.limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || base.limit < 1 || base.limit > TermIndex::MaxLimit) {
            io.err << tr("metafill-cli terms search: --limit must be a number from 1 to %1").arg(TermIndex::MaxLimit) << '\n';
            return UsageError;
        }
    }
    const bool fromStdin = parser.isSet(u"stdin"_s);
    const bool json = parser.isSet(u"json"_s) || fromStdin;

    QStringList queries;
    if (fromStdin) {
        if (!parser.positionalArguments().isEmpty()) {
            io.err << tr("metafill-cli terms search: give queries either as arguments or with --stdin") << '\n';
            return UsageError;
        }
        if (!io.in) {
            io.err << tr("metafill-cli terms search: standard input cannot be read here") << '\n';
            return UsageError;
        }
        QString line;
        while (io.in->readLineInto(&line)) {
            const QString query = line.trimmed();
            if (query.isEmpty())
                continue;
            if (query.size() > MaxQueryCharacters) {
                io.err << tr("line %1: a query of more than %2 characters is skipped").arg(queries.size() + 1).arg(MaxQueryCharacters) << '\n';
                continue;
            }
            if (queries.size() >= MaxStdinQueries) {
                io.err << tr("more than %1 queries on standard input; split them into several runs").arg(MaxStdinQueries) << '\n';
                return InputError;
            }
            queries.append(query);
        }
    } else {
        const QString joined = parser.positionalArguments().join(u' ').trimmed();
        if (joined.isEmpty()) {
            io.err << tr("metafill-cli terms search: give a query, or --stdin") << '\n';
            return UsageError;
        }
        if (joined.size() > MaxQueryCharacters) {
            io.err << tr("metafill-cli terms search: the query is longer than %1 characters").arg(MaxQueryCharacters) << '\n';
            return UsageError;
        }
        queries.append(joined);
    }

    const std::unique_ptr<TermService> service = openService(parser, io);
    if (!service)
        return InputError;

    QStringList warned;
    // Answers in the order of the queries, computed a chunk at a time on a
    // few threads so that a bulk job does not wait for OLS one query at a time.
    constexpr qsizetype Chunk = 64;
    for (qsizetype start = 0; start < queries.size(); start += Chunk) {
        const qsizetype count = std::min<qsizetype>(Chunk, queries.size() - start);
        std::vector<TermAnswer> answers(static_cast<size_t>(count));
        std::atomic<qsizetype> next{0};
        const auto work = [&] {
            for (qsizetype i = next.fetch_add(1); i < count; i = next.fetch_add(1)) {
                TermQuery query = base;
                query.text = queries.at(start + i);
                answers[size_t(i)] = service->search(query);
            }
        };
        std::vector<std::thread> pool;
        for (int t = 1; t < std::min<qsizetype>(ParallelQueries, count); ++t)
            pool.emplace_back(work);
        work();
        for (std::thread &thread : pool)
            thread.join();
        for (qsizetype i = 0; i < count; ++i) {
            const TermAnswer &answer = answers[size_t(i)];
            warnOnce(answer, warned, io);
            if (json)
                writeRaw(io, jsonLine(queries.at(start + i), answer));
            else
                printHuman(queries.at(start + i), answer, queries.size() > 1, io);
        }
    }
    return Success;
}

QString TermsResolveCommand::summary() const
{
    return tr("Resolve the free-text terms of a record (typed offline) to ontology terms; asks which one is meant when several fit.");
}

int TermsResolveCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    addTemplatePathOption(parser);
    addServiceOptions(parser);
    parser.addOptions({
        {u"template"_s, tr("The record's template (default: the one the record names)."), tr("NAME|FILE")},
        {{u"o"_s, u"output"_s}, tr("Write the resolved record here instead of replacing RECORD."), tr("FILE")},
        {u"dry-run"_s, tr("Only show what would be resolved; write nothing.")},
    });
    parser.addPositionalArgument(u"RECORD"_s, tr("A Metafill record file (.metafill.json)."));
    if (const int code = parse(parser, arguments, tr("RECORD [--template NAME] [-o FILE] [--offline]"), io); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("metafill-cli terms resolve: name one record file") << '\n';
        return UsageError;
    }
    const QString recordPath = parser.positionalArguments().first();
    const auto raw = RecordFile::read(recordPath);
    if (!raw) {
        io.err << raw.error() << '\n';
        return InputError;
    }
    TemplateLoader loader(searchPath(parser));
    // Without --template: the template the record was made with, the same version if it is kept.
    auto loaded = parser.isSet(u"template"_s) ? loader.loadByNameOrPath(parser.value(u"template"_s)) : loader.loadFor(raw->templateRef);
    printDiagnostics(loaded.diagnostics, io.err);
    if (!loaded.result)
        return InputError;
    const Template &t = *loaded.result;
    auto bound = RecordBinder::bind(*raw, t, recordPath);
    printDiagnostics(bound.notes, io.err);
    if (!bound.record)
        return InputError;
    Record record = std::move(*bound.record);

    const std::unique_ptr<TermService> service = openService(parser, io);
    if (!service)
        return InputError;

    int resolved = 0;
    int open = 0;
    QStringList warned;
    const auto resolveIn = [&](ValueMap &values, const QString &where) {
        for (auto it = values.begin(); it != values.end(); ++it) {
            const FieldSpec *field = t.field(it.key());
            if (!field)
                continue;
            for (Value &value : it->values) {
                Term *term = std::get_if<Term>(&value);
                if (!term || term->isResolved() || term->label.trimmed().isEmpty())
                    continue;
                const QString path = where + t.pathText(it.key());
                TermQuery query;
                query.text = term->label.trimmed();
                query.ontologies = field->ontology.ontologies;
                query.roots = field->ontology.roots;
                query.limit = 9;
                const TermAnswer answer = service->search(query);
                warnOnce(answer, warned, io);
                // One term whose label or a synonym is the text: that is the one meant.
                QList<OntologyTerm> exact;
                for (const OntologyTerm &candidate : answer.terms) {
                    const bool sameLabel = candidate.label.compare(query.text, Qt::CaseInsensitive) == 0;
                    const bool sameSynonym = candidate.matchedSynonym.compare(query.text, Qt::CaseInsensitive) == 0
                                             || std::any_of(candidate.synonyms.begin(), candidate.synonyms.end(), [&](const QString &s) {
                                                    return s.compare(query.text, Qt::CaseInsensitive) == 0;
                                                });
                    if (!candidate.obsolete && (sameLabel || sameSynonym))
                        exact.append(candidate);
                }
                std::optional<OntologyTerm> chosen;
                if (exact.size() == 1) {
                    chosen = exact.first();
                } else if (!answer.terms.isEmpty() && io.interactive && io.in) {
                    io.err << tr("%1: '%2' could be:").arg(path, query.text) << '\n';
                    for (qsizetype i = 0; i < answer.terms.size(); ++i) {
                        const OntologyTerm &c = answer.terms.at(i);
                        io.err << u"  "_s << (i + 1) << u") "_s << c.label << u"  "_s << c.curie << u"  ("_s << c.ontology << u')';
                        if (!c.definition.isEmpty())
                            io.err << u" — "_s << c.definition.left(100);
                        io.err << '\n';
                    }
                    io.err << tr("Number of the term, or Enter to leave it unresolved: ");
                    io.err.flush();
                    bool ok = false;
                    const int pick = io.in->readLine().trimmed().toInt(&ok);
                    if (ok && pick >= 1 && pick <= answer.terms.size())
                        chosen = answer.terms.at(pick - 1);
                }
                if (chosen) {
                    io.out << tr("%1: '%2' → %3 (%4)").arg(path, query.text, chosen->label, chosen->curie) << '\n';
                    *term = chosen->toTerm();
                    ++resolved;
                    continue;
                }
                ++open;
                if (answer.terms.isEmpty()) {
                    io.out << tr("%1: '%2': no term found; left unresolved").arg(path, query.text) << '\n';
                } else {
                    QStringList names;
                    for (const OntologyTerm &c : answer.terms)
                        names.append(u"%1 (%2)"_s.arg(c.label, c.curie));
                    io.out << tr("%1: '%2' is ambiguous; left unresolved. Candidates: %3").arg(path, query.text, names.join(u"; "_s)) << '\n';
                }
            }
        }
    };
    resolveIn(record.values, QString());
    for (ImageEntry &image : record.images)
        resolveIn(image.values, image.name + u": "_s);

    io.out << tr("%n term(s) resolved", nullptr, resolved) << u", "_s << tr("%n left unresolved", nullptr, open) << '\n';
    if (resolved > 0 && !parser.isSet(u"dry-run"_s)) {
        const QString target = parser.isSet(u"output"_s) ? parser.value(u"output"_s) : recordPath;
        if (const Status written = RecordFile::write(record, t, target); !written) {
            io.err << written.error() << '\n';
            return OutputError;
        }
    }
    return open > 0 ? Problems : Success;
}

QString TermsPackCommand::summary() const
{
    return tr("Import an OBO or OLS-JSON file as a term pack, so its terms are found offline; --remove ID takes a pack out again.");
}

int TermsPackCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    addServiceOptions(parser);
    parser.addOptions({{u"remove"_s, tr("Remove the term pack with this id instead."), tr("ID")}});
    parser.addPositionalArgument(u"FILE"_s, tr("An OBO file or a JSON file of terms as OLS returns them."), u"[FILE]"_s);
    if (const int code = parse(parser, arguments, tr("FILE | --remove ID"), io); code >= 0)
        return code;
    const bool remove = parser.isSet(u"remove"_s);
    if (remove == (parser.positionalArguments().size() == 1) || parser.positionalArguments().size() > 1) {
        io.err << tr("metafill-cli terms import: name one file to import, or --remove ID") << '\n';
        return UsageError;
    }
    const std::unique_ptr<TermService> service = openService(parser, io);
    if (!service)
        return InputError;
    if (remove) {
        if (const Status removed = service->index().removePack(parser.value(u"remove"_s)); !removed) {
            io.err << removed.error() << '\n';
            return InputError;
        }
        io.out << tr("removed term pack %1").arg(parser.value(u"remove"_s)) << '\n';
        return Success;
    }
    const Result<TermPackImport> imported = service->index().importPack(parser.positionalArguments().first());
    if (!imported) {
        io.err << imported.error() << '\n';
        return InputError;
    }
    for (const QString &warning : imported->warnings)
        io.err << QCoreApplication::translate("Diagnostic", "warning") << u": "_s << warning << '\n';
    const TermPack &pack = imported->pack;
    io.out << tr("term pack %1 (%2%3): %4 terms; %5 added, %6 updated, %7 unchanged, %8 removed")
                  .arg(pack.id, pack.title, pack.version.isEmpty() ? QString() : u", "_s + pack.version)
                  .arg(pack.terms)
                  .arg(imported->added)
                  .arg(imported->updated)
                  .arg(imported->unchanged)
                  .arg(imported->removed)
           << '\n';
    return Success;
}

QString TermsInfoCommand::summary() const
{
    return tr("Show the offline term index: ontologies with their versions and licences, term packs, and the cache of terms seen online.");
}

int TermsInfoCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    addServiceOptions(parser);
    if (const int code = parse(parser, arguments, QString(), io); code >= 0)
        return code;
    const std::unique_ptr<TermService> service = openService(parser, io);
    if (!service)
        return InputError;
    const Result<TermIndexStatistics> stats = service->index().statistics();
    if (!stats) {
        io.err << stats.error() << '\n';
        return InputError;
    }
    io.out << tr("installed index: %1 (%2 terms, %3 MB, built %4)")
                  .arg(QDir::toNativeSeparators(stats->installedPath))
                  .arg(stats->installedTerms)
                  .arg(double(stats->installedBytes) / 1e6, 0, 'f', 1)
                  .arg(stats->installedBuilt)
           << '\n';
    io.out << tr("user store: %1 (%2 of at most %3 terms seen online)")
                  .arg(QDir::toNativeSeparators(stats->userPath))
                  .arg(stats->cachedTerms)
                  .arg(stats->cacheCapacity)
           << '\n';
    for (const TermOntologyStatistics &o : stats->ontologies) {
        io.out << u"  "_s << o.ontology.leftJustified(10) << u' '
               << tr("%1 installed, %2 in packs, %3 cached").arg(o.installed).arg(o.inPacks).arg(o.cached);
        if (!o.version.isEmpty() || !o.licence.isEmpty())
            io.out << u"  "_s << QStringList{o.title, o.version, o.licence}.join(u", "_s);
        io.out << '\n';
    }
    for (const TermPack &pack : stats->packs)
        io.out << tr("term pack %1: %2, %3 terms, imported %4 from %5")
                      .arg(pack.id, pack.title)
                      .arg(pack.terms)
                      .arg(pack.imported.toString(Qt::ISODate), QDir::toNativeSeparators(pack.file))
               << '\n';
    return Success;
}

} // namespace metafill::cli
