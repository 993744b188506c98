#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace metafill {

// One SQLite connection with its prepared statements. Not thread-safe: one
// thread uses it at a time (TermIndex lends connections to threads). The
// messages are SQLite's own, in English; callers put them into a sentence.
class SqliteDatabase
{
public:
    enum class Access {
        ReadOnly,  // the installed index: opened "immutable", never locked or written
        ReadWrite, // the user's store: created when missing
    };

    static std::unique_ptr<SqliteDatabase> open(const QString &path, Access access, QString *error);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Runs one or more statements that return no rows.
    bool exec(const char *sql);
    // A prepared statement, cached for the life of the connection.
    sqlite3_stmt *prepare(const QByteArray &sql);
    QString lastError() const { return m_error; }
    void setError(const QString &error) { m_error = error; }
    sqlite3 *handle() const { return m_db; }

private:
    explicit SqliteDatabase(sqlite3 *db) : m_db(db) {}

    sqlite3 *m_db = nullptr;
    QHash<QByteArray, sqlite3_stmt *> m_statements;
    QString m_error;
};

// One run of a cached statement: bind, step through the rows, and the
// statement is reset for the next user when this goes out of scope.
class SqliteQuery
{
public:
    SqliteQuery(SqliteDatabase &db, const QByteArray &sql);
    ~SqliteQuery();
    SqliteQuery(const SqliteQuery &) = delete;
    SqliteQuery &operator=(const SqliteQuery &) = delete;

    SqliteQuery &bind(int index, const QString &value);
    SqliteQuery &bind(int index, qint64 value);
    SqliteQuery &bindNull(int index);

    // True while there is a row; false at the end and on an error (failed()).
    bool next();
    // Steps to the end; true unless an error happened.
    bool run();
    bool failed() const { return m_failed; }

    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

private:
    void fail();

    SqliteDatabase &m_db;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
};

} // namespace metafill
