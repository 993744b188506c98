#include "TermIndex.h"

#include "SqliteDatabase.h"
#include "TermFileReader.h"
#include "TermSearch.h"
#include "TermStore.h"
#include "TermText.h"
#include "record/TermIds.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <vector>

using namespace Qt::StringLiterals;

namespace metafill {

using TermSearch::Connections;
using TermSearch::Place;

namespace {

// Rolls back unless committed: every change to the user store is one transaction.
class Transaction
{
public:
    explicit Transaction(SqliteDatabase &db) : m_db(db) { m_began = db.exec("BEGIN IMMEDIATE"); }
    ~Transaction()
    {
        if (m_began && !m_committed) {
            const QString error = m_db.lastError();
            m_db.exec("ROLLBACK");
            m_db.setError(error);
        }
    }
    bool began() const { return m_began; }
    bool commit() { return m_committed = m_db.exec("COMMIT"); }

private:
    SqliteDatabase &m_db;
    bool m_began = false;
    bool m_committed = false;
};

} // namespace

struct TermIndex::Private
{
    TermSearch::StorePaths paths;
    bool open = false;

    std::mutex poolMutex;
    std::condition_variable poolReturned;
    std::vector<std::unique_ptr<Connections>> idle;
    int connectionCount = 0;
    // Counts open() calls: connections lent out before the last open() are
    // closed when they come back instead of joining the new pool.
    quint64 epoch = 0;

    std::mutex writeMutex;
    std::atomic<int> cacheCapacity{DefaultCacheCapacity};
    // Raised by every change; branch sets made before are stale.
    std::atomic<quint64> generation{0};

    std::mutex branchMutex;
    quint64 branchGeneration = 0;
    QHash<QString, std::shared_ptr<const TermSearch::Branch>> branches;

    // The branch below the roots (ids in any spelling), computed once per set
    // of roots and kept until the store changes: a field's restriction is
    // asked for at every keystroke. Null when no root is an id.
    Result<std::shared_ptr<const TermSearch::Branch>> branch(Connections &connections, const QStringList &roots);

    class Lease
    {
    public:
        Lease(Private *owner, std::unique_ptr<Connections> connections, quint64 epoch)
            : m_owner(owner), m_connections(std::move(connections)), m_epoch(epoch)
        {}
        Lease(Lease &&other) noexcept = default;
        Lease &operator=(Lease &&) = delete;
        ~Lease()
        {
            if (m_connections)
                m_owner->giveBack(std::move(m_connections), m_epoch);
        }
        Connections &operator*() const { return *m_connections; }
        Connections *operator->() const { return m_connections.get(); }

    private:
        Private *m_owner;
        std::unique_ptr<Connections> m_connections;
        quint64 m_epoch;
    };

    Result<std::unique_ptr<Connections>> connect(bool initialize);
    Result<Lease> borrow();
    void giveBack(std::unique_ptr<Connections> connections, quint64 lentIn)
    {
        {
            std::lock_guard lock(poolMutex);
            if (lentIn != epoch)
                return; // closed here, outside the new pool
            idle.push_back(std::move(connections));
        }
        poolReturned.notify_one();
    }
    void closeAll()
    {
        std::lock_guard lock(poolMutex);
        idle.clear();
        connectionCount = 0;
        open = false;
        ++epoch;
    }

    QString readError(const SqliteDatabase &db, Place place) const { return paths.readError(db, place); }
};

namespace {

TermEntry entryFromOnline(const OntologyTerm &term)
{
    const TermReadLimits limits;
    TermEntry entry;
    const QString iri = term.iri.trimmed();
    const QString curie = term.curie.trimmed();
    entry.iri = TermIds::looksLikeIri(iri) ? iri : (TermIds::looksLikeCurie(curie) ? TermIds::iriFromCurie(curie) : QString());
    entry.curie = TermIds::looksLikeCurie(curie) ? curie : TermIds::curieFromIri(entry.iri);
    const QString ontology = term.ontology.trimmed().toLower();
    entry.ontology = !ontology.isEmpty() && ontology.size() <= 40 ? ontology : TermIds::ontologyFromCurie(entry.curie);
    entry.label = TermText::clean(term.label);
    QSet<QString> seen;
    for (const QString &synonym : term.synonyms) {
        const QString cleaned = TermText::clean(synonym);
        if (cleaned.isEmpty() || cleaned.size() > limits.maxLabelLength || seen.contains(cleaned))
            continue;
        if (entry.synonyms.size() >= limits.maxSynonymsPerTerm)
            break;
        seen.insert(cleaned);
        entry.synonyms.append({cleaned, TermEntry::Scope::Unspecified});
    }
    entry.definition = term.definition.left(limits.maxDefinitionLength).trimmed();
    entry.obsolete = term.obsolete;
    entry.replacedBy = TermText::clean(term.replacedBy).left(2048);
    return entry;
}

QString packIdFor(const TermFile &file, const QString &path)
{
    const QString base = !file.ontology.isEmpty() ? file.ontology : QFileInfo(path).completeBaseName();
    QString id;
    for (const QChar c : base.toLower()) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
        if (allowed)
            id += c;
        else if (!id.endsWith(u'-'))
            id += u'-';
    }
    while (id.startsWith(u'-') || id.startsWith(u'.'))
        id.remove(0, 1);
    while (id.endsWith(u'-'))
        id.chop(1);
    id.truncate(64);
    return id.isEmpty() ? u"pack"_s : id;
}

// What decides whether a re-imported term "changed".
QString signatureOf(const QString &label, const QString &synonyms, const QString &definition, qint64 obsolete, const QString &replacedBy,
                    const QString &ontology)
{
    return QStringList{label, synonyms, definition, QString::number(obsolete), replacedBy, ontology}.join(QChar(0x1F));
}

} // namespace

Result<std::unique_ptr<Connections>> TermIndex::Private::connect(bool initialize)
{
    using Failure = Result<std::unique_ptr<Connections>>;
    auto connections = std::make_unique<Connections>();
    if (!paths.installed.isEmpty()) {
        if (!QFileInfo(paths.installed).isFile()) {
            return Failure::failure(TermIndex::tr("%1: the installed term index is missing. Reinstall Metafill; in a build tree, build "
                                                  "the target metafill_term_index (see ontology/README.md).")
                                        .arg(paths.installed));
        }
        QString error;
        connections->installed = SqliteDatabase::open(paths.installed, SqliteDatabase::Access::ReadOnly, &error);
        if (!connections->installed)
            return Failure::failure(
                TermIndex::tr("%1: the installed term index cannot be opened (%2). Reinstall Metafill.").arg(paths.installed, error));
        switch (TermStore::checkLayout(*connections->installed, TermStore::Kind::Bundled)) {
        case TermStore::Layout::Readable:
            break;
        case TermStore::Layout::Unreadable:
            return Failure::failure(TermIndex::tr("%1: the installed term index is damaged or not a database (%2). Reinstall Metafill.")
                                        .arg(paths.installed, connections->installed->lastError()));
        case TermStore::Layout::NotMetafill:
        case TermStore::Layout::WrongKind:
            return Failure::failure(TermIndex::tr("%1: this file is not Metafill's installed term index.").arg(paths.installed));
        case TermStore::Layout::Older:
        case TermStore::Layout::Newer:
            return Failure::failure(TermIndex::tr("%1: the installed term index belongs to another Metafill version. Reinstall Metafill.")
                                        .arg(paths.installed));
        }
        // Served from the mapped file: no copies, and the pages are shared by
        // every connection (and every Metafill process) that reads it.
        connections->installed->exec("PRAGMA mmap_size = 268435456");
    }
    if (!paths.user.isEmpty()) {
        const QFileInfo info(paths.user);
        if (initialize && !QDir().mkpath(info.absolutePath())) {
            return Failure::failure(TermIndex::tr("%1: the folder for your term store cannot be created. Check that you may write there.")
                                        .arg(info.absolutePath()));
        }
        QString error;
        connections->user = SqliteDatabase::open(paths.user, SqliteDatabase::Access::ReadWrite, &error);
        if (!connections->user) {
            return Failure::failure(
                TermIndex::tr("%1: your term store cannot be opened (%2). Check that you may write to this file and its folder.")
                    .arg(paths.user, error));
        }
        SqliteDatabase &user = *connections->user;
        if (initialize && TermStore::isEmptyDatabase(user)) {
            // A new, empty store: made without waiting for the disk (each flush
            // costs tens of milliseconds on a busy disk). Should the computer
            // stop right now, the half-made file is reported as damaged, and
            // deleting it loses nothing.
            user.exec("PRAGMA synchronous = OFF; PRAGMA journal_mode = WAL");
            Transaction transaction(user);
            // Another process may have created it meanwhile: look again inside the lock.
            if (transaction.began() && TermStore::isEmptyDatabase(user) && !TermStore::create(user, TermStore::Kind::User)) {
                return Failure::failure(TermIndex::tr("%1: your term store cannot be created (%2). Check that you may write there.")
                                            .arg(paths.user, user.lastError()));
            }
            if (transaction.began() && !transaction.commit()) {
                return Failure::failure(TermIndex::tr("%1: your term store cannot be created (%2). Check that you may write there.")
                                            .arg(paths.user, user.lastError()));
            }
        }
        switch (TermStore::checkLayout(user, TermStore::Kind::User)) {
        case TermStore::Layout::Readable:
            break;
        case TermStore::Layout::Unreadable:
            return Failure::failure(
                TermIndex::tr("%1: your term store is damaged (%2). Delete the file to start a new one; the cached terms "
                              "and imported term packs in it are then lost.")
                    .arg(paths.user, user.lastError()));
        case TermStore::Layout::NotMetafill:
        case TermStore::Layout::WrongKind:
            return Failure::failure(
                TermIndex::tr("%1: this file is not a Metafill term store. Choose another file for the term store.").arg(paths.user));
        case TermStore::Layout::Newer:
            return Failure::failure(
                TermIndex::tr(
                    "%1: your term store was made by a newer Metafill. Update Metafill, or choose another file for the term store.")
                    .arg(paths.user));
        case TermStore::Layout::Older:
            return Failure::failure(TermIndex::tr("%1: your term store was made by an older Metafill. Delete the file to start a new one; "
                                                  "import your term packs again afterwards.")
                                        .arg(paths.user));
        }
        // WAL: searches go on while a pack is imported or the cache written.
        if (initialize && !user.exec("PRAGMA journal_mode = WAL"))
            return Failure::failure(TermIndex::tr("%1: your term store cannot be changed (%2). Check that you may write there.")
                                        .arg(paths.user, user.lastError()));
        user.exec("PRAGMA synchronous = NORMAL");
    }
    return connections;
}

Result<TermIndex::Private::Lease> TermIndex::Private::borrow()
{
    std::unique_lock lock(poolMutex);
    while (true) {
        if (!open)
            return Result<Lease>::failure(TermIndex::tr("The term index is not open."));
        if (!idle.empty()) {
            std::unique_ptr<Connections> connections = std::move(idle.back());
            idle.pop_back();
            return Lease(this, std::move(connections), epoch);
        }
        if (connectionCount < MaxConnections) {
            ++connectionCount;
            const quint64 lentIn = epoch;
            lock.unlock();
            Result<std::unique_ptr<Connections>> connections = connect(false);
            if (!connections) {
                lock.lock();
                if (lentIn == epoch)
                    --connectionCount;
                poolReturned.notify_one();
                return Result<Lease>::failure(connections.error());
            }
            return Lease(this, std::move(connections).value(), lentIn);
        }
        poolReturned.wait(lock);
    }
}

Result<std::shared_ptr<const TermSearch::Branch>> TermIndex::Private::branch(Connections &connections, const QStringList &roots)
{
    using Answer = Result<std::shared_ptr<const TermSearch::Branch>>;
    QStringList rootIris;
    for (const QString &root : roots) {
        const Result<QString> iri = TermSearch::iriOf(paths, connections, root);
        if (!iri)
            return Answer::failure(iri.error());
        if (!iri->isEmpty())
            rootIris.append(*iri);
    }
    rootIris.sort();
    rootIris.removeDuplicates();
    if (rootIris.isEmpty())
        return std::shared_ptr<const TermSearch::Branch>();
    const QString key = rootIris.join(u'\n');
    const quint64 current = generation;
    {
        std::lock_guard lock(branchMutex);
        if (branchGeneration != current) {
            branches.clear();
            branchGeneration = current;
        }
        if (std::shared_ptr<const TermSearch::Branch> known = branches.value(key))
            return known;
    }
    Answer computed = TermSearch::branchBelow(paths, connections, rootIris, MaxAncestryDepth);
    if (!computed)
        return computed;
    std::lock_guard lock(branchMutex);
    if (branchGeneration == current) {
        if (branches.size() >= 32)
            branches.clear();
        branches.insert(key, *computed);
    }
    return computed;
}

QString TermIndex::installedIndexPath()
{
    // Installed: <prefix>/bin/metafill-cli and <prefix>/share/metafill/ontology.
    // The build tree mirrors that layout, so the same rule finds both.
    const QString appDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    return QDir(appDir).absoluteFilePath(u"../share/metafill/ontology/terms.sqlite"_s);
}

QString TermIndex::defaultUserStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/terms-user.sqlite"_s;
}

TermIndex::TermIndex() : d(std::make_unique<Private>())
{}

TermIndex::~TermIndex() = default;

Status TermIndex::open(const QString &installedPath, const QString &userPath)
{
    d->closeAll();
    if (installedPath.isEmpty() && userPath.isEmpty())
        return Status::failure(tr("No term index was given: neither the installed index nor a term store."));
    d->paths.installed = installedPath;
    d->paths.user = userPath;
    Result<std::unique_ptr<Connections>> first = d->connect(true);
    if (!first)
        return Status::failure(first.error());
    {
        std::lock_guard lock(d->poolMutex);
        d->idle.push_back(std::move(first).value());
        d->connectionCount = 1;
        d->open = true;
    }
    ++d->generation;
    return Done{};
}

bool TermIndex::isOpen() const
{
    std::lock_guard lock(d->poolMutex);
    return d->open;
}

void TermIndex::setCacheCapacity(int terms)
{
    d->cacheCapacity = std::max(0, terms);
}

int TermIndex::cacheCapacity() const
{
    return d->cacheCapacity;
}

Result<QList<OntologyTerm>> TermIndex::search(const TermQuery &query) const
{
    using Answer = Result<QList<OntologyTerm>>;
    const QString text = query.text.trimmed();
    if (text.size() > MaxQueryLength)
        return Answer::failure(
            tr("The search text is longer than %1 characters. Search for a shorter part of the name.").arg(MaxQueryLength));
    Result<Private::Lease> lease = d->borrow();
    if (!lease)
        return Answer::failure(lease.error());
    if (text.isEmpty())
        return QList<OntologyTerm>();
    TermSearch::Request request = TermSearch::Request::from(query, text, MaxLimit);
    if (!query.roots.isEmpty()) {
        Result<std::shared_ptr<const TermSearch::Branch>> branch = d->branch(**lease, query.roots);
        if (!branch)
            return Answer::failure(branch.error());
        if (!*branch)
            return QList<OntologyTerm>(); // no root is an id
        request.branch = *branch;
    }
    return TermSearch::search(d->paths, **lease, request);
}

Result<std::optional<OntologyTerm>> TermIndex::lookup(const QString &id) const
{
    Result<Private::Lease> lease = d->borrow();
    if (!lease)
        return Result<std::optional<OntologyTerm>>::failure(lease.error());
    return TermSearch::lookup(d->paths, **lease, id);
}

Result<bool> TermIndex::isBelow(const QString &id, const QStringList &roots) const
{
    Result<Private::Lease> lease = d->borrow();
    if (!lease)
        return Result<bool>::failure(lease.error());
    const Result<QString> start = TermSearch::iriOf(d->paths, **lease, id);
    if (!start)
        return Result<bool>::failure(start.error());
    QSet<QString> rootIris;
    for (const QString &root : roots) {
        const Result<QString> iri = TermSearch::iriOf(d->paths, **lease, root);
        if (!iri)
            return Result<bool>::failure(iri.error());
        if (!iri->isEmpty())
            rootIris.insert(*iri);
    }
    return TermSearch::isBelow(d->paths, **lease, *start, rootIris, MaxAncestryDepth);
}

Status TermIndex::remember(const QList<OntologyTerm> &terms)
{
    if (terms.isEmpty())
        return Done{};
    std::lock_guard writing(d->writeMutex);
    Result<Private::Lease> lease = d->borrow();
    if (!lease)
        return Status::failure(lease.error());
    if (!(*lease)->user)
        return Status::failure(tr("Terms cannot be kept for offline use: no term store is open."));
    SqliteDatabase &db = *(*lease)->user;
    auto failure = [&] { return Status::failure(d->readError(db, Place::User)); };

    Transaction transaction(db);
    if (!transaction.began())
        return failure();
    qint64 clock = 0;
    {
        SqliteQuery latest(db, "SELECT coalesce(max(used), 0) FROM term WHERE origin = 0");
        if (!latest.next())
            return failure();
        clock = latest.integer(0);
    }
    int stored = 0;
    for (const OntologyTerm &term : terms) {
        if (stored >= MaxRememberedPerCall)
            break;
        const TermEntry entry = entryFromOnline(term);
        if (entry.iri.isEmpty() || entry.label.isEmpty() || entry.label.size() > TermReadLimits().maxLabelLength)
            continue;
        SqliteQuery old(db, "DELETE FROM term WHERE iri = ?1 AND origin = 0");
        if (!old.bind(1, entry.iri).run())
            return failure();
        if (TermStore::insert(db, entry, 0, 0, ++clock) < 0)
            return failure();
        ++stored;
    }
    qint64 cached = 0;
    {
        SqliteQuery count(db, "SELECT count(*) FROM term WHERE origin = 0");
        if (!count.next())
            return failure();
        cached = count.integer(0);
    }
    const qint64 excess = cached - d->cacheCapacity;
    if (excess > 0) {
        SqliteQuery evict(db, "DELETE FROM term WHERE id IN (SELECT id FROM term WHERE origin = 0 ORDER BY used LIMIT ?1)");
        if (!evict.bind(1, excess).run())
            return failure();
    }
    if (!transaction.commit())
        return failure();
    ++d->generation;
    return Done{};
}

Result<TermPackImport> TermIndex::importPack(const QString &path)
{
    using Answer = Result<TermPackImport>;
    // Read before taking the write lock: reading a large file takes a while.
    Result<TermFile> file = TermFileReader::read(path, TermReadLimits::forPacks());
    if (!file)
        return Answer::failure(file.error());

    std::lock_guard writing(d->writeMutex);
    Result<Private::Lease> lease = d->borrow();
    if (!lease)
        return Answer::failure(lease.error());
    if (!(*lease)->user)
        return Answer::failure(tr("%1: term packs cannot be imported: no term store is open.").arg(path));
    SqliteDatabase &db = *(*lease)->user;
    auto failure = [&] { return Answer::failure(d->readError(db, Place::User)); };

    TermPackImport result;
    result.warnings = file->warnings;
    TermPack &pack = result.pack;
    pack.id = packIdFor(*file, path);
    pack.title = !file->title.isEmpty() ? file->title : QFileInfo(path).fileName();
    pack.version = file->version;
    pack.file = QFileInfo(path).absoluteFilePath();
    pack.imported = QDateTime::currentDateTimeUtc();

    Transaction transaction(db);
    if (!transaction.began())
        return failure();
    qint64 origin = 0;
    QHash<QString, QString> before;
    {
        SqliteQuery existing(db, "SELECT id FROM pack WHERE name = ?1");
        existing.bind(1, pack.id);
        if (existing.next())
            origin = existing.integer(0);
        if (existing.failed())
            return failure();
    }
    if (origin > 0) {
        {
            SqliteQuery old(db, "SELECT iri, label, synonyms, definition, obsolete, replaced_by, ontology FROM term WHERE origin = ?1");
            old.bind(1, origin);
            while (old.next())
                before.insert(old.text(0), signatureOf(old.text(1), old.text(2), old.text(3), old.integer(4), old.text(5), old.text(6)));
            if (old.failed())
                return failure();
        }
        SqliteQuery remove(db, "DELETE FROM term WHERE origin = ?1");
        if (!remove.bind(1, origin).run())
            return failure();
    } else {
        SqliteQuery create(db,
                           "INSERT INTO pack(name, title, version, file, imported, terms, ontologies) VALUES (?1, '', '', '', '', 0, '')");
        if (!create.bind(1, pack.id).run())
            return failure();
        SqliteQuery id(db, "SELECT id FROM pack WHERE name = ?1");
        id.bind(1, pack.id);
        if (!id.next())
            return failure();
        origin = id.integer(0);
    }

    QSet<QString> ontologies;
    QSet<QString> seen;
    for (const TermEntry &term : std::as_const(file->terms)) {
        if (TermStore::insert(db, term, origin, 0, 0) < 0)
            return failure();
        seen.insert(term.iri);
        ontologies.insert(term.ontology);
        const auto old = before.constFind(term.iri);
        if (old == before.constEnd()) {
            ++result.added;
        } else {
            // The stored synonyms are what insert() made of them; compare like with like.
            SqliteQuery stored(
                db, "SELECT label, synonyms, definition, obsolete, replaced_by, ontology FROM term WHERE iri = ?1 AND origin = ?2");
            stored.bind(1, term.iri).bind(2, origin);
            if (!stored.next())
                return failure();
            const QString now =
                signatureOf(stored.text(0), stored.text(1), stored.text(2), stored.integer(3), stored.text(4), stored.text(5));
            if (now == *old)
                ++result.unchanged;
            else
                ++result.updated;
        }
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (!seen.contains(it.key()))
            ++result.removed;
    }
    pack.terms = int(seen.size());
    pack.ontologies = QStringList(ontologies.begin(), ontologies.end());
    pack.ontologies.sort();
    SqliteQuery update(db, "UPDATE pack SET title = ?2, version = ?3, file = ?4, imported = ?5, terms = ?6, ontologies = ?7 WHERE id = ?1");
    update.bind(1, origin)
        .bind(2, pack.title)
        .bind(3, pack.version)
        .bind(4, pack.file)
        .bind(5, pack.imported.toString(Qt::ISODate))
        .bind(6, qint64(pack.terms))
        .bind(7, pack.ontologies.join(u' '));
    if (!update.run() || !transaction.commit())
        return failure();
    ++d->generation;
    return result;
}

Status TermIndex::removePack(const QString &id)
{
    std::lock_guard writing(d->writeMutex);
    Result<Private::Lease> lease = d->borrow();
    if (!lease)
        return Status::failure(lease.error());
    if (!(*lease)->user)
        return Status::failure(tr("No term store is open, so it holds no term packs."));
    SqliteDatabase &db = *(*lease)->user;
    auto failure = [&] { return Status::failure(d->readError(db, Place::User)); };
    Transaction transaction(db);
    if (!transaction.began())
        return failure();
    qint64 origin = 0;
    {
        SqliteQuery existing(db, "SELECT id FROM pack WHERE name = ?1");
        existing.bind(1, id.trimmed());
        if (existing.next())
            origin = existing.integer(0);
        if (existing.failed())
            return failure();
    }
    if (origin == 0)
        return Status::failure(tr("There is no term pack \"%1\". The list of term packs shows the ids of those imported.").arg(id));
    SqliteQuery terms(db, "DELETE FROM term WHERE origin = ?1");
    SqliteQuery pack(db, "DELETE FROM pack WHERE id = ?1");
    if (!terms.bind(1, origin).run() || !pack.bind(1, origin).run() || !transaction.commit())
        return failure();
    ++d->generation;
    return Done{};
}

Result<QList<TermPack>> TermIndex::packs() const
{
    using Answer = Result<QList<TermPack>>;
    Result<Private::Lease> lease = d->borrow();
    if (!lease)
        return Answer::failure(lease.error());
    QList<TermPack> result;
    if (!(*lease)->user)
        return result;
    SqliteDatabase &db = *(*lease)->user;
    SqliteQuery query(db, "SELECT name, title, version, file, imported, terms, ontologies FROM pack ORDER BY name");
    while (query.next()) {
        TermPack pack;
        pack.id = query.text(0);
        pack.title = query.text(1);
        pack.version = query.text(2);
        pack.file = query.text(3);
        pack.imported = QDateTime::fromString(query.text(4), Qt::ISODate);
        pack.terms = int(query.integer(5));
        pack.ontologies = query.text(6).split(u' ', Qt::SkipEmptyParts);
        result.append(pack);
    }
    if (query.failed())
        return Answer::failure(d->readError(db, Place::User));
    return result;
}

Result<TermIndexStatistics> TermIndex::statistics() const
{
    using Answer = Result<TermIndexStatistics>;
    TermIndexStatistics statistics;
    statistics.cacheCapacity = d->cacheCapacity;
    QMap<QString, TermOntologyStatistics> byOntology;
    auto entry = [&](const QString &ontology) -> TermOntologyStatistics & {
        TermOntologyStatistics &item = byOntology[ontology];
        item.ontology = ontology;
        return item;
    };
    // The connections go back before packs() borrows again.
    {
        Result<Private::Lease> lease = d->borrow();
        if (!lease)
            return Answer::failure(lease.error());
        if (SqliteDatabase *installed = (*lease)->installed.get()) {
            statistics.installedPath = d->paths.installed;
            statistics.installedBytes = QFileInfo(d->paths.installed).size();
            {
                SqliteQuery built(*installed, "SELECT value FROM meta WHERE key = 'built'");
                if (built.next())
                    statistics.installedBuilt = built.text(0);
            }
            {
                SqliteQuery sources(*installed, "SELECT ontology, title, version, licence, url FROM source");
                while (sources.next()) {
                    TermOntologyStatistics &item = entry(sources.text(0));
                    item.title = sources.text(1);
                    item.version = sources.text(2);
                    item.licence = sources.text(3);
                    item.url = sources.text(4);
                }
                if (sources.failed())
                    return Answer::failure(d->readError(*installed, Place::Installed));
            }
            SqliteQuery counts(*installed, "SELECT ontology, count(*) FROM term GROUP BY ontology");
            while (counts.next()) {
                entry(counts.text(0)).installed = int(counts.integer(1));
                statistics.installedTerms += int(counts.integer(1));
            }
            if (counts.failed())
                return Answer::failure(d->readError(*installed, Place::Installed));
        }
        if (SqliteDatabase *user = (*lease)->user.get()) {
            statistics.userPath = d->paths.user;
            SqliteQuery counts(*user, "SELECT ontology, origin = 0, count(*) FROM term GROUP BY 1, 2");
            while (counts.next()) {
                TermOntologyStatistics &item = entry(counts.text(0));
                if (counts.integer(1)) {
                    item.cached += int(counts.integer(2));
                    statistics.cachedTerms += int(counts.integer(2));
                } else {
                    item.inPacks += int(counts.integer(2));
                }
            }
            if (counts.failed())
                return Answer::failure(d->readError(*user, Place::User));
        }
    }
    statistics.ontologies = byOntology.values();
    Result<QList<TermPack>> packList = packs();
    if (!packList)
        return Answer::failure(packList.error());
    statistics.packs = *packList;
    return statistics;
}

} // namespace metafill
