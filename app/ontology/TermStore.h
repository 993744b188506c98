#pragma once

#include "TermFile.h"

#include <QString>

namespace metafill {

class SqliteDatabase;

// The layout shared by the installed index (terms.sqlite, written by
// metafill-term-index) and the user's store (the cache of terms seen online
// and the imported term packs). One layout, so one search code reads both.
//
//   meta(key, value)             kind ("bundled"/"user"), schema, fold, built, generator
//   source(ontology, title, version, licence, url, file, terms)   what the index was built from
//   pack(id, name, title, version, file, imported, terms, ontologies)   user store: imported packs
//   term(id, origin, iri, curie, ontology, label, label_key, synonyms, synonym_keys,
//        definition, obsolete, replaced_by, boost, used)
//        origin: 0 in the installed index; in the user store 0 = cache, else pack.id.
//        label_key/synonym_keys: TermText::fold; synonyms one per line.
//        boost: 1 for commonly used terms (lab organisms, common units): a ranking tie-break.
//        used: the cache's least-recently-used clock.
//   synonym(term_id, key, text, scope, obsolete, boost, label_length, ontology, origin)
//        scope: TermEntry::Scope. The term's ranking fields are repeated here so
//        that a synonym prefix scan reads the index alone.
//   term_key(key, term_id)     lower-case CURIE and alternative ids, for lookup by id
//   parent(term_id, parent_iri, relation)   is_a (0) and part_of (1)
//   term_fts                   FTS5 over label and synonyms (word-prefix search), with
//                              the ontology as a filter column; external content =
//                              term, kept in step by triggers.
namespace TermStore {

enum class Kind { Bundled, User };

constexpr int SchemaVersion = 1;
constexpr int ApplicationId = 0x4D465449; // "MFTI"

// Creates the tables of an empty database (inside the caller's transaction).
bool create(SqliteDatabase &db, Kind kind);

enum class Layout {
    Readable,    // a store of this kind and version
    Unreadable,  // SQLite cannot read it (damaged, not a database): see db.lastError()
    NotMetafill, // another program's database
    WrongKind,   // the installed index where the user store belongs, or the other way round
    Older,       // made by an earlier Metafill (schema or text folding changed)
    Newer,       // made by a later Metafill
};
Layout checkLayout(SqliteDatabase &db, Kind kind);
bool isEmptyDatabase(SqliteDatabase &db);

// Adds one term; returns its row id, or -1 (the reason in db.lastError()).
qint64 insert(SqliteDatabase &db, const TermEntry &term, qint64 origin, int boost, qint64 used);

} // namespace TermStore
} // namespace metafill
