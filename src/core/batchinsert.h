#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <functional>

// Inserts many rows with multi-row VALUES statements (portable to
// PostgreSQL), so bulk loads pay one statement per few hundred rows.
class BatchInsert final
{
    Q_DISABLE_COPY_MOVE(BatchInsert)
public:
    BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns);

    bool add(std::initializer_list<QVariant> row);
    // Runs before each write, so rows this table refers to (foreign keys)
    // are written first.
    void setBeforeWrite(std::function<bool()> hook) { m_beforeWrite = std::move(hook); }
    bool flush();
    QString error() const { return m_error; }
    qint64 rowsWritten() const { return m_written; }

private:
    QString statement(int rows) const;
    bool execute(QSqlQuery &query, int rows);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QSqlQuery m_full;
    QVariantList m_pending;
    QString m_error;
    qint64 m_written = 0;
    std::function<bool()> m_beforeWrite;
};
