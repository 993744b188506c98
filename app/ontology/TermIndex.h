#pragma once

#include "OntologyTerm.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace metafill {

// A term pack: an OBO or OLS-JSON file a facility imported into the user's store.
struct TermPack
{
    QString id;      // from the file's "ontology:" header or its name: "fbbi", "facility-stains"
    QString title;   // what the file calls itself, else its file name
    QString version; // empty when the file does not say
    QString file;    // the path it was imported from
    QDateTime imported;
    int terms = 0;
    QStringList ontologies;
};

// What importPack() did. Counts are of terms (by IRI) against the pack's
// previous import of the same id, if any.
struct TermPackImport
{
    TermPack pack;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int removed = 0;
    QStringList warnings; // what the reader left out, "file:line: …"
};

// Terms per ontology, in each place the index keeps them, and where the
// installed ones come from (for `terms` commands and the About page).
struct TermOntologyStatistics
{
    QString ontology;
    QString title;
    QString version;
    QString licence;
    QString url;
    int installed = 0;
    int inPacks = 0;
    int cached = 0;
};

struct TermIndexStatistics
{
    QString installedPath;
    qint64 installedBytes = 0;
    QString installedBuilt; // the date metafill-term-index wrote it
    int installedTerms = 0;
    QString userPath;
    int cachedTerms = 0;
    int cacheCapacity = 0;
    QList<TermOntologyStatistics> ontologies;
    QList<TermPack> packs;
};

// The offline term store: the read-only index installed with Metafill
// (share/metafill/ontology/terms.sqlite, built from ontology/ sources by
// metafill-term-index) and the user's writable store, which holds the cache of
// terms seen online and the imported term packs. Searches cover all three; a
// term kept in several places (same IRI) is returned once, from a pack first,
// then the installed index, then the cache.
//
// Ranking (TermQuery::text, case- and diacritics-insensitive):
//   1. the term the text names, when it is an id (CURIE in any case, IRI,
//      short form "FBbi_00000246", alternative id)
//   2. exact label   3. exact synonym   4. label starts with the text
//   5. a synonym starts with the text   6. every word of the text starts a
//      word of the label   7. … of one synonym   8. … of label and synonyms together
// Within a rank: exact case first, EXACT-scope synonyms before other scopes,
// commonly used terms (lab organisms, common units) first, then the shorter
// label. Obsolete terms only when asked for, and then after all others.
//
// Thread safety: open() must finish before any other call and must not run
// alongside one. Every other method may be called from any thread at the
// same time: each call borrows one of up to MaxConnections SQLite connections
// (more callers wait), so searches run in parallel. Changes (remember,
// importPack, removePack) are serialized among themselves and do not block
// searches (the user store runs in WAL mode). Another Metafill process may use
// the same user store at the same time.
class TermIndex
{
    Q_DECLARE_TR_FUNCTIONS(TermIndex)

public:
    static constexpr int DefaultCacheCapacity = 50'000;
    static constexpr int MaxLimit = 200;
    static constexpr int MaxConnections = 8;
    static constexpr int MaxQueryLength = 500;
    static constexpr int MaxRememberedPerCall = 10'000;

    // Where the installed index lives next to the program:
    // <prefix>/share/metafill/ontology/terms.sqlite (the build tree mirrors this).
    static QString installedIndexPath();
    // The user's store: <application data folder>/terms-user.sqlite
    // (QStandardPaths::AppDataLocation; the application name must be set).
    static QString defaultUserStorePath();

    TermIndex();
    ~TermIndex();
    TermIndex(const TermIndex &) = delete;
    TermIndex &operator=(const TermIndex &) = delete;

    // installedPath: the read-only index; empty for none. userPath: the
    // user's store, created (with its folder) when missing; empty for none.
    Status open(const QString &installedPath, const QString &userPath);
    bool isOpen() const;

    // The most terms the cache keeps; the least recently remembered go first.
    void setCacheCapacity(int terms);
    int cacheCapacity() const;

    Result<QList<OntologyTerm>> search(const TermQuery &query) const;
    // A term by CURIE (prefix in any case: "fbbi:00000246"), IRI, short form
    // ("FBbi_00000246") or alternative id; nullopt when no place has it.
    Result<std::optional<OntologyTerm>> lookup(const QString &id) const;
    // Whether the term is one of the roots or lies below one through is_a and
    // part_of links (across all places; safe against cycles; at most
    // MaxAncestryDepth links up).
    Result<bool> isBelow(const QString &id, const QStringList &roots) const;
    static constexpr int MaxAncestryDepth = 64;

    // Adds terms seen online to the cache, or refreshes them ("recently used").
    Status remember(const QList<OntologyTerm> &terms);

    // Imports an OBO or OLS-JSON file; importing a pack with the same id again
    // replaces it.
    Result<TermPackImport> importPack(const QString &path);
    Status removePack(const QString &id);
    Result<QList<TermPack>> packs() const;

    Result<TermIndexStatistics> statistics() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace metafill
