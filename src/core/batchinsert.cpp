#include "batchinsert.h"

#include "sql.h"

namespace {
// Well below SQLite's 32766 bound parameters per statement.
constexpr int kMaxParameters = 3000;
}

BatchInsert::BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(qMax(1, kMaxParameters / int(columns.size())))
    , m_full(db)
{
    m_pending.reserve(m_rowsPerStatement * columns.size());
    if (!m_full.prepare(statement(m_rowsPerStatement)))
        m_error = Sql::describe(m_full);
}

QString BatchInsert::statement(int rows) const
{
    const QString one = QLatin1Char('(') + QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
        + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QLatin1Char(',')), QStringList(rows, one).join(QLatin1Char(',')));
}

bool BatchInsert::execute(QSqlQuery &query, int rows)
{
    if (m_beforeWrite && !m_beforeWrite()) {
        m_error = QStringLiteral("a table this one refers to could not be written");
        return false;
    }
    for (int i = 0; i < m_pending.size(); ++i)
        query.bindValue(i, m_pending.at(i));
    if (!query.exec()) {
        m_error = Sql::describe(query);
        return false;
    }
    m_written += rows;
    m_pending.clear();
    return true;
}

bool BatchInsert::add(std::initializer_list<QVariant> row)
{
    if (!m_error.isEmpty())
        return false;
    Q_ASSERT(int(row.size()) == m_columns.size());
    for (const QVariant &v : row)
        m_pending.append(v);
    if (m_pending.size() < m_rowsPerStatement * m_columns.size())
        return true;
    return execute(m_full, m_rowsPerStatement);
}

bool BatchInsert::flush()
{
    if (!m_error.isEmpty())
        return false;
    if (m_pending.isEmpty())
        return true;
    const int rows = int(m_pending.size() / m_columns.size());
    QSqlQuery rest(m_db);
    if (!rest.prepare(statement(rows))) {
        m_error = Sql::describe(rest);
        return false;
    }
    return execute(rest, rows);
}
