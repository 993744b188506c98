#include "TermIndexBuilder.h"

#include "SqliteDatabase.h"
#include "TermFileReader.h"
#include "TermStore.h"
#include "TermText.h"
#include "record/TermIds.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

constexpr int MaxRuleDepth = 256;

bool ownPrefix(const TermEntry &term, const QString &ontology)
{
    return !term.curie.isEmpty() && TermIds::ontologyFromCurie(term.curie) == ontology;
}

// The terms of `file` that the rule keeps.
Result<QList<TermEntry>> applyRule(QList<TermEntry> terms, const TermIndexBuilder::Source &source)
{
    const QString rule = source.rule.trimmed();
    if (rule.isEmpty() || rule == u"all")
        return terms;
    QList<TermEntry> own;
    for (TermEntry &term : terms) {
        if (ownPrefix(term, source.ontology))
            own.append(std::move(term));
    }
    if (rule == u"own-prefix")
        return own;
    if (!rule.startsWith(u"under:")) {
        return Result<QList<TermEntry>>::failure(
            TermIndexBuilder::tr("%1: unknown subset rule \"%2\"; use all, own-prefix or under:CURIE.").arg(source.path, rule));
    }
    QSet<QString> keep;
    QStringList frontier;
    for (const QString &root : rule.mid(6).split(u',', Qt::SkipEmptyParts)) {
        const QString iri = TermIds::iriFromCurie(root.trimmed());
        if (iri.isEmpty())
            return Result<QList<TermEntry>>::failure(
                TermIndexBuilder::tr("%1: the subset root \"%2\" is not a CURIE.").arg(source.path, root));
        keep.insert(iri);
        frontier.append(iri);
    }
    QHash<QString, QStringList> children;
    for (const TermEntry &term : std::as_const(own)) {
        for (const TermEntry::Parent &parent : term.parents)
            children[parent.iri].append(term.iri);
    }
    // Breadth first from the roots; the visited set makes cycles harmless.
    for (int depth = 0; depth < MaxRuleDepth && !frontier.isEmpty(); ++depth) {
        QStringList next;
        for (const QString &iri : std::as_const(frontier)) {
            for (const QString &child : children.value(iri)) {
                if (!keep.contains(child)) {
                    keep.insert(child);
                    next.append(child);
                }
            }
        }
        frontier = std::move(next);
    }
    QList<TermEntry> kept;
    for (TermEntry &term : own) {
        if (keep.contains(term.iri) || term.obsolete)
            kept.append(std::move(term));
    }
    return kept;
}

struct Row
{
    TermEntry term;
    int boost = 0;
    QString labelKey;
};

} // namespace

void TermIndexBuilder::addSource(const Source &source)
{
    m_sources.append(source);
}

void TermIndexBuilder::addBoostList(const QString &path)
{
    m_boostLists.append(path);
}

Status TermIndexBuilder::build(const QString &outPath)
{
    m_report.clear();
    m_termCount = 0;

    QSet<QString> boosted;
    for (const QString &path : std::as_const(m_boostLists)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(tr("%1: the list of commonly used terms cannot be opened (%2).").arg(path, file.errorString()));
        if (file.size() > 16 * 1024 * 1024)
            return Status::failure(tr("%1: the list of commonly used terms is larger than 16 MiB.").arg(path));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &line : lines) {
            const QString curie = line.section(u'\t', 0, 0).trimmed();
            if (curie.isEmpty() || curie.startsWith(u'#') || !TermIds::looksLikeCurie(curie))
                continue;
            boosted.insert(curie.toLower());
        }
    }

    struct SourceRecord
    {
        Source source;
        int terms = 0;
    };
    QList<SourceRecord> records;
    QList<Row> rows;
    QHash<QString, qsizetype> rowByIri;
    for (const Source &source : std::as_const(m_sources)) {
        Result<TermFile> file = TermFileReader::read(source.path, m_limits);
        if (!file)
            return Status::failure(file.error());
        Result<QList<TermEntry>> kept = applyRule(std::move(file->terms), source);
        if (!kept)
            return Status::failure(kept.error());
        SourceRecord record{source, 0};
        if (!file->version.isEmpty())
            record.source.version = file->version;
        if (record.source.title.isEmpty())
            record.source.title = file->title;
        if (record.source.licence.isEmpty())
            record.source.licence = file->licence;
        for (TermEntry &term : kept.value()) {
            // The first source to define an IRI keeps it.
            if (rowByIri.contains(term.iri))
                continue;
            if (term.ontology.isEmpty())
                term.ontology = source.ontology;
            Row row;
            row.labelKey = TermText::fold(term.label);
            row.boost = !term.curie.isEmpty() && boosted.contains(term.curie.toLower()) ? 1 : 0;
            row.term = std::move(term);
            rowByIri.insert(row.term.iri, rows.size());
            rows.append(std::move(row));
            ++record.terms;
        }
        m_report.append(tr("%1: %2 terms from %3 (version %4)")
                            .arg(source.ontology, QString::number(record.terms), QFileInfo(source.path).fileName(),
                                 record.source.version.isEmpty() ? tr("not stated") : record.source.version));
        for (const QString &warning : std::as_const(file->warnings))
            m_report.append(u"  "_s + warning);
        records.append(record);
    }

    // Insertion order is row id order, the order the full-text tier meets
    // rows in: commonly used first, then short labels first.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tuple(-a.boost, a.labelKey.size(), a.labelKey, a.term.iri) <
               std::tuple(-b.boost, b.labelKey.size(), b.labelKey, b.term.iri);
    });

    const QString temporary = outPath + u".part"_s;
    QFile::remove(temporary);
    bool done = false;
    const auto removePart = qScopeGuard([&] {
        if (!done)
            QFile::remove(temporary);
    });
    QString error;
    {
        std::unique_ptr<SqliteDatabase> db = SqliteDatabase::open(temporary, SqliteDatabase::Access::ReadWrite, &error);
        if (!db)
            return Status::failure(tr("%1: the term index cannot be created (%2).").arg(temporary, error));
        auto failure = [&] { return Status::failure(tr("%1: the term index cannot be written (%2).").arg(temporary, db->lastError())); };
        if (!db->exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 4096;") || !db->exec("BEGIN"))
            return failure();
        if (!TermStore::create(*db, TermStore::Kind::Bundled))
            return failure();
        for (const Row &row : std::as_const(rows)) {
            if (TermStore::insert(*db, row.term, 0, row.boost, 0) < 0)
                return failure();
        }
        for (const SourceRecord &record : std::as_const(records)) {
            SqliteQuery insert(*db, "INSERT OR REPLACE INTO source(ontology, title, version, licence, url, file, terms) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
            insert.bind(1, record.source.ontology)
                .bind(2, record.source.title)
                .bind(3, record.source.version)
                .bind(4, record.source.licence)
                .bind(5, record.source.url)
                .bind(6, QFileInfo(record.source.path).fileName())
                .bind(7, qint64(record.terms));
            if (!insert.run())
                return failure();
        }
        for (const auto &[key, value] :
             {std::pair{u"built"_s, QDate::currentDate().toString(Qt::ISODate)},
              std::pair{u"generator"_s, QString(u"metafill-term-index "_s + QStringLiteral(METAFILL_VERSION))}}) {
            SqliteQuery meta(*db, "INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
            if (!meta.bind(1, key).bind(2, value).run())
                return failure();
        }
        if (!db->exec("COMMIT") || !db->exec("INSERT INTO term_fts(term_fts) VALUES ('optimize')") || !db->exec("VACUUM"))
            return failure();
    }
    if (QFile::exists(outPath) && !QFile::remove(outPath))
        return Status::failure(tr("%1: the old term index cannot be replaced.").arg(outPath));
    if (!QFile::rename(temporary, outPath))
        return Status::failure(tr("%1: the term index cannot be moved into place.").arg(outPath));
    done = true;
    m_termCount = int(rows.size());
    return Done{};
}

} // namespace metafill
