#pragma once

#include "store/statement.h"
#include <QSqlDatabase>

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>

class RepeatedStatement;

// Inserts many rows. On SQLite it binds straight through the SQLite C API
// (Qt's per-value binding costs more than the insert itself); elsewhere it
// sends multi-row VALUES statements.
class BatchInsert final
{
    Q_DISABLE_COPY_MOVE(BatchInsert)
public:
    // `onConflict` ("ON CONFLICT (…) DO UPDATE …") makes each row an upsert;
    // rows of one batch must then not share a key (PostgreSQL refuses that).
    BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                const QString &onConflict = QString());
    ~BatchInsert();

    bool add(std::initializer_list<QVariant> row);
    bool flush();
    // Runs before each write, so rows this table refers to (foreign keys)
    // are written first.
    void setBeforeWrite(std::function<bool()> hook) { m_beforeWrite = std::move(hook); }
    QString error() const { return m_error; }
    qint64 rowsWritten() const { return m_written; }

private:
    QString statement(int rows) const;
    bool execute(Statement &statement, int rows);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QString m_onConflict;
    int m_rowsPerStatement;
    std::unique_ptr<RepeatedStatement> m_native; // SQLite: one row a statement, through its C API
    Statement m_full;
    QVariantList m_pending;
    QString m_error;
    qint64 m_written = 0;
    std::function<bool()> m_beforeWrite;
};
