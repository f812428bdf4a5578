#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

// One statement run with values, perhaps many times. A connection through
// a transaction-mode pooler (PgBouncer) must prepare nothing on the server:
// the pooler may send an EXECUTE to another server connection than its
// PREPARE, and Qt's PostgreSQL driver names every process's statements
// alike (qpsqlpstmt_1, …). There the statement goes out each time with its
// values written in by the driver (QSqlDriver::formatValue — what Qt's own
// EXECUTE sends as well; see Unprepared); anywhere else it is prepared once.
class Statement final
{
    Q_DISABLE_COPY_MOVE(Statement)
public:
    explicit Statement(const QSqlDatabase &db);
    bool prepare(const QString &text);
    bool run(const QVariantList &values);
    bool run(std::initializer_list<QVariant> values) { return run(QVariantList(values)); }
    // The same, with what went wrong in `error`.
    bool run(std::initializer_list<QVariant> values, QString *error);
    // Its rows after a run.
    QSqlQuery &query() { return m_query; }
    const QSqlQuery &query() const { return m_query; }
    QString error() const;

private:
    QSqlQuery m_query;
    QString m_text;
    bool m_unprepared = false;
};
