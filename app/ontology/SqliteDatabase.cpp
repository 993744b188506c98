#include "SqliteDatabase.h"

#include <QUrl>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace metafill {

std::unique_ptr<SqliteDatabase> SqliteDatabase::open(const QString &path, Access access, QString *error)
{
    // A URI, so that the installed index can be opened "immutable": SQLite
    // then takes no locks and never writes, not even a journal, which also
    // works on read-only media and in write-protected installation folders.
    QByteArray uri = QUrl::fromLocalFile(path).toEncoded();
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    if (access == Access::ReadOnly) {
        uri += "?mode=ro&immutable=1";
        flags |= SQLITE_OPEN_READONLY;
    } else {
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    }
    sqlite3 *db = nullptr;
    const int status = sqlite3_open_v2(uri.constData(), &db, flags, nullptr);
    if (status != SQLITE_OK) {
        if (error)
            *error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(status));
        sqlite3_close_v2(db);
        return nullptr;
    }
    sqlite3_extended_result_codes(db, 1);
    // Another Metafill (the GUI and the CLI) may be writing the user store.
    sqlite3_busy_timeout(db, 5000);
    return std::unique_ptr<SqliteDatabase>(new SqliteDatabase(db));
}

SqliteDatabase::~SqliteDatabase()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    sqlite3_close_v2(m_db);
}

bool SqliteDatabase::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    m_error = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_free(message);
    return false;
}

sqlite3_stmt *SqliteDatabase::prepare(const QByteArray &sql)
{
    if (sqlite3_stmt *cached = m_statements.value(sql))
        return cached;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(statement);
        return nullptr;
    }
    m_statements.insert(sql, statement);
    return statement;
}

SqliteQuery::SqliteQuery(SqliteDatabase &db, const QByteArray &sql) : m_db(db), m_statement(db.prepare(sql))
{
    m_failed = m_statement == nullptr;
}

SqliteQuery::~SqliteQuery()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
}

SqliteQuery &SqliteQuery::bind(int index, const QString &value)
{
    if (m_statement) {
        const QByteArray utf8 = value.toUtf8();
        if (sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK)
            fail();
    }
    return *this;
}

SqliteQuery &SqliteQuery::bind(int index, qint64 value)
{
    if (m_statement && sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        fail();
    return *this;
}

SqliteQuery &SqliteQuery::bindNull(int index)
{
    if (m_statement && sqlite3_bind_null(m_statement, index) != SQLITE_OK)
        fail();
    return *this;
}

bool SqliteQuery::next()
{
    if (m_failed)
        return false;
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW)
        return true;
    if (status != SQLITE_DONE)
        fail();
    return false;
}

bool SqliteQuery::run()
{
    while (next()) {
    }
    return !m_failed;
}

QString SqliteQuery::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

qint64 SqliteQuery::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteQuery::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

void SqliteQuery::fail()
{
    m_failed = true;
    m_db.setError(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
}

} // namespace metafill
