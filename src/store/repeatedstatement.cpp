#include "store/repeatedstatement.h"

#include "store/connection.h"
#include "store/sql.h"

#include <sqlite3.h>

class RepeatedStatement::Native
{
public:
    Native(sqlite3 *db, const QString &sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Native() { sqlite3_finalize(m_stmt); }
    bool isValid() const { return m_stmt != nullptr; }
    // As Sql::describe words a driver's error, so Sql::isBusy reads both.
    QString error() const
    {
        return QStringLiteral("%1 (code %2)").arg(QString::fromUtf8(sqlite3_errmsg(m_db))).arg(sqlite3_errcode(m_db));
    }

    bool run(std::initializer_list<QVariant> values, qint64 *affected)
    {
        sqlite3_reset(m_stmt);
        m_rowWaiting = false;
        int i = 1;
        for (const QVariant &v : values) {
            int rc;
            if (v.isNull()) {
                rc = sqlite3_bind_null(m_stmt, i);
            } else if (v.typeId() == QMetaType::QString) {
                const QString s = v.toString();
                rc = sqlite3_bind_text16(m_stmt, i, s.utf16(), int(s.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
            } else {
                rc = sqlite3_bind_int64(m_stmt, i, v.toLongLong());
            }
            if (rc != SQLITE_OK)
                return false;
            ++i;
        }
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            m_rowWaiting = true;
            *affected = 0;
            return true;
        }
        *affected = rc == SQLITE_DONE ? sqlite3_changes64(m_db) : 0;
        // Reset now: a finished statement holds no read lock meanwhile.
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE;
    }

    bool next(bool *failed)
    {
        if (m_rowWaiting) {
            m_rowWaiting = false;
            return true;
        }
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        *failed = rc != SQLITE_DONE;
        sqlite3_reset(m_stmt);
        return false;
    }

    sqlite3_stmt *statement() const { return m_stmt; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_rowWaiting = false;
};

RepeatedStatement::RepeatedStatement(const QSqlDatabase &db, const QString &sql)
    : m_statement(db)
{
    if (sqlite3 *raw = sqliteHandle(db)) {
        m_native = std::make_unique<Native>(raw, sql);
        m_prepared = m_native->isValid();
        if (!m_prepared)
            m_error = m_native->error();
        return;
    }
    m_statement.query().setForwardOnly(true);
    m_prepared = m_statement.prepare(sql);
    if (!m_prepared)
        m_error = m_statement.error();
}

RepeatedStatement::~RepeatedStatement() = default;

bool RepeatedStatement::run(std::initializer_list<QVariant> values)
{
    if (!m_prepared)
        return false;
    m_error.clear();
    m_affected = 0;
    if (m_native) {
        if (!m_native->run(values, &m_affected)) {
            m_error = m_native->error();
            return false;
        }
        return true;
    }
    if (!m_statement.run(values)) {
        m_error = m_statement.error();
        return false;
    }
    m_affected = m_statement.query().numRowsAffected();
    return true;
}

bool RepeatedStatement::next()
{
    if (!m_native)
        return m_statement.query().next();
    bool failed = false;
    if (m_native->next(&failed))
        return true;
    if (failed)
        m_error = m_native->error();
    return false;
}

qint64 RepeatedStatement::integer(int column) const
{
    return m_native ? sqlite3_column_int64(m_native->statement(), column)
                    : m_statement.query().value(column).toLongLong();
}

QString RepeatedStatement::text(int column) const
{
    if (!m_native)
        return m_statement.query().value(column).toString();
    sqlite3_stmt *stmt = m_native->statement();
    const auto *text = reinterpret_cast<const char16_t *>(sqlite3_column_text16(stmt, column));
    return QString(reinterpret_cast<const QChar *>(text), sqlite3_column_bytes16(stmt, column) / 2);
}

bool RepeatedStatement::isNull(int column) const
{
    return m_native ? sqlite3_column_type(m_native->statement(), column) == SQLITE_NULL
                    : m_statement.query().value(column).isNull();
}
