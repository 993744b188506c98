#include "TermStore.h"

#include "SqliteDatabase.h"
#include "TermText.h"

#include <QSet>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

constexpr const char *SharedSchema = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE source(ontology TEXT PRIMARY KEY, title TEXT NOT NULL, version TEXT NOT NULL, licence TEXT NOT NULL,
                    url TEXT NOT NULL, file TEXT NOT NULL, terms INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE pack(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, title TEXT NOT NULL, version TEXT NOT NULL,
                  file TEXT NOT NULL, imported TEXT NOT NULL, terms INTEGER NOT NULL, ontologies TEXT NOT NULL);
CREATE TABLE term(id INTEGER PRIMARY KEY, origin INTEGER NOT NULL, iri TEXT NOT NULL, curie TEXT NOT NULL,
                  ontology TEXT NOT NULL, label TEXT NOT NULL, label_key TEXT NOT NULL, synonyms TEXT NOT NULL,
                  synonym_keys TEXT NOT NULL, definition TEXT NOT NULL, obsolete INTEGER NOT NULL,
                  replaced_by TEXT NOT NULL, boost INTEGER NOT NULL, used INTEGER NOT NULL);
CREATE UNIQUE INDEX term_iri ON term(iri, origin);
CREATE INDEX term_label ON term(label_key, obsolete, boost, ontology, origin);
CREATE TABLE synonym(term_id INTEGER NOT NULL, key TEXT NOT NULL, text TEXT NOT NULL, scope INTEGER NOT NULL,
                     obsolete INTEGER NOT NULL, boost INTEGER NOT NULL, label_length INTEGER NOT NULL,
                     ontology TEXT NOT NULL, origin INTEGER NOT NULL);
CREATE INDEX synonym_key ON synonym(key, obsolete, scope, boost, label_length, ontology, origin, term_id);
CREATE TABLE term_key(key TEXT NOT NULL, term_id INTEGER NOT NULL);
CREATE INDEX term_key_key ON term_key(key);
CREATE TABLE parent(term_id INTEGER NOT NULL, parent_iri TEXT NOT NULL, relation INTEGER NOT NULL);
CREATE INDEX parent_term ON parent(term_id);
CREATE INDEX parent_parent ON parent(parent_iri);
CREATE VIRTUAL TABLE term_fts USING fts5(label, synonyms, ontology, content='term', content_rowid='id',
                                         tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
CREATE TRIGGER term_added AFTER INSERT ON term BEGIN
    INSERT INTO term_fts(rowid, label, synonyms, ontology) VALUES (new.id, new.label, new.synonyms, new.ontology);
END;
CREATE TRIGGER term_removed AFTER DELETE ON term BEGIN
    INSERT INTO term_fts(term_fts, rowid, label, synonyms, ontology) VALUES ('delete', old.id, old.label, old.synonyms, old.ontology);
    DELETE FROM synonym WHERE term_id = old.id;
    DELETE FROM term_key WHERE term_id = old.id;
    DELETE FROM parent WHERE term_id = old.id;
END;
)sql";

// Only the user store removes terms (eviction, pack removal, refresh): these
// make that fast. The installed index is never changed, so it goes without.
constexpr const char *UserSchema = R"sql(
CREATE INDEX term_used ON term(origin, used);
CREATE INDEX synonym_term ON synonym(term_id);
CREATE INDEX term_key_term ON term_key(term_id);
)sql";

QString metaValue(SqliteDatabase &db, const QString &key)
{
    SqliteQuery meta(db, "SELECT value FROM meta WHERE key = ?1");
    meta.bind(1, key);
    return meta.next() ? meta.text(0) : QString();
}

int scopeCode(TermEntry::Scope scope)
{
    return int(scope);
}

} // namespace

bool TermStore::create(SqliteDatabase &db, Kind kind)
{
    if (!db.exec(SharedSchema))
        return false;
    if (kind == Kind::User && !db.exec(UserSchema))
        return false;
    const QByteArray pragmas = "PRAGMA application_id = " + QByteArray::number(ApplicationId) +
                               ";PRAGMA user_version = " + QByteArray::number(SchemaVersion) + ";";
    if (!db.exec(pragmas.constData()))
        return false;
    for (const auto &[key, value] :
         {std::pair{u"kind"_s, kind == Kind::Bundled ? u"bundled"_s : u"user"_s}, std::pair{u"schema"_s, QString::number(SchemaVersion)},
          std::pair{u"fold"_s, QString::number(TermText::FoldVersion)}}) {
        SqliteQuery insert(db, "INSERT INTO meta(key, value) VALUES (?1, ?2)");
        if (!insert.bind(1, key).bind(2, value).run())
            return false;
    }
    return true;
}

bool TermStore::isEmptyDatabase(SqliteDatabase &db)
{
    SqliteQuery tables(db, "SELECT count(*) FROM sqlite_schema");
    return tables.next() && tables.integer(0) == 0;
}

TermStore::Layout TermStore::checkLayout(SqliteDatabase &db, Kind kind)
{
    qint64 applicationId = 0;
    qint64 schema = 0;
    {
        SqliteQuery application(db, "PRAGMA application_id");
        if (!application.next())
            return Layout::Unreadable;
        applicationId = application.integer(0);
    }
    {
        SqliteQuery version(db, "PRAGMA user_version");
        if (!version.next())
            return Layout::Unreadable;
        schema = version.integer(0);
    }
    if (applicationId != ApplicationId)
        return Layout::NotMetafill;
    if (schema > SchemaVersion)
        return Layout::Newer;
    if (schema < SchemaVersion)
        return Layout::Older;
    if (metaValue(db, u"kind"_s) != (kind == Kind::Bundled ? u"bundled"_s : u"user"_s))
        return Layout::WrongKind;
    if (metaValue(db, u"fold"_s) != QString::number(TermText::FoldVersion))
        return Layout::Older;
    return Layout::Readable;
}

qint64 TermStore::insert(SqliteDatabase &db, const TermEntry &term, qint64 origin, int boost, qint64 used)
{
    // One key per distinct folded synonym, the best scope winning; the label
    // itself is not repeated as a synonym.
    const QString labelKey = TermText::fold(term.label);
    QStringList synonyms;
    QStringList synonymKeys;
    QList<int> scopes;
    for (const TermEntry::Synonym &synonym : term.synonyms) {
        const QString text = TermText::clean(synonym.text);
        const QString key = TermText::fold(text);
        if (key.isEmpty() || key == labelKey)
            continue;
        const qsizetype earlier = synonymKeys.indexOf(key);
        if (earlier >= 0) {
            scopes[earlier] = std::min(scopes[earlier], scopeCode(synonym.scope));
            continue;
        }
        synonyms.append(text);
        synonymKeys.append(key);
        scopes.append(scopeCode(synonym.scope));
    }

    SqliteQuery row(db, "INSERT INTO term(origin, iri, curie, ontology, label, label_key, synonyms, synonym_keys, definition, "
                        "obsolete, replaced_by, boost, used) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    row.bind(1, origin)
        .bind(2, term.iri)
        .bind(3, term.curie)
        .bind(4, term.ontology)
        .bind(5, term.label)
        .bind(6, labelKey)
        .bind(7, synonyms.join(u'\n'))
        .bind(8, synonymKeys.join(u'\n'))
        .bind(9, term.definition)
        .bind(10, qint64(term.obsolete ? 1 : 0))
        .bind(11, term.replacedBy)
        .bind(12, qint64(boost))
        .bind(13, used);
    if (!row.run())
        return -1;
    const qint64 id = sqlite3_last_insert_rowid(db.handle());

    for (qsizetype i = 0; i < synonyms.size(); ++i) {
        SqliteQuery synonym(db, "INSERT INTO synonym(term_id, key, text, scope, obsolete, boost, label_length, ontology, origin) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        synonym.bind(1, id)
            .bind(2, synonymKeys.at(i))
            .bind(3, synonyms.at(i))
            .bind(4, qint64(scopes.at(i)))
            .bind(5, qint64(term.obsolete ? 1 : 0))
            .bind(6, qint64(boost))
            .bind(7, qint64(labelKey.size()))
            .bind(8, term.ontology)
            .bind(9, origin);
        if (!synonym.run())
            return -1;
    }
    QSet<QString> keys;
    if (!term.curie.isEmpty())
        keys.insert(term.curie.toLower());
    for (const QString &alt : term.altIds)
        keys.insert(alt.toLower());
    for (const QString &key : std::as_const(keys)) {
        SqliteQuery idKey(db, "INSERT INTO term_key(key, term_id) VALUES (?1, ?2)");
        if (!idKey.bind(1, key).bind(2, id).run())
            return -1;
    }
    QSet<QPair<QString, int>> parents;
    for (const TermEntry::Parent &parent : term.parents) {
        if (parent.iri == term.iri || parent.iri.isEmpty())
            continue;
        const QPair<QString, int> edge{parent.iri, parent.relation == TermEntry::Relation::PartOf ? 1 : 0};
        if (parents.contains(edge))
            continue;
        parents.insert(edge);
        SqliteQuery link(db, "INSERT INTO parent(term_id, parent_iri, relation) VALUES (?1, ?2, ?3)");
        if (!link.bind(1, id).bind(2, edge.first).bind(3, qint64(edge.second)).run())
            return -1;
    }
    return id;
}

} // namespace metafill
