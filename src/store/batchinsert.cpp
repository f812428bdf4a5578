#include "store/batchinsert.h"

#include "store/sql.h"

#include <QSqlDriver>

#include "store/connection.h"
#include "store/repeatedstatement.h"

namespace {
// QSQLITE looks up each bound parameter by name, which grows with the
// parameter count: a few hundred per statement is the sweet spot.
constexpr int kMaxParameters = 250;
}

BatchInsert::BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                         const QString &onConflict)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_onConflict(onConflict)
    , m_rowsPerStatement(qMax(1, kMaxParameters / int(columns.size())))
    , m_full(db)
{
    if (sqliteHandle(db)) {
        m_native = std::make_unique<RepeatedStatement>(db, statement(1));
        if (!m_native->isValid())
            m_error = m_native->error();
        return;
    }
    m_pending.reserve(m_rowsPerStatement * columns.size());
    if (!m_full.prepare(statement(m_rowsPerStatement)))
        m_error = m_full.error();
}

BatchInsert::~BatchInsert() = default;

QString BatchInsert::statement(int rows) const
{
    const QString one = QLatin1Char('(') + QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
        + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3 %4")
        .arg(m_table, m_columns.join(QLatin1Char(',')), QStringList(rows, one).join(QLatin1Char(',')), m_onConflict)
        .trimmed();
}

bool BatchInsert::execute(Statement &statement, int rows)
{
    if (m_beforeWrite && !m_beforeWrite()) {
        m_error = QStringLiteral("a table this one refers to could not be written");
        return false;
    }
    if (!statement.run(m_pending)) {
        m_error = statement.error();
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
    if (m_native) {
        if ((m_beforeWrite && !m_beforeWrite()) || !m_native->run(row)) {
            m_error = m_native->error();
            return false;
        }
        ++m_written;
        return true;
    }
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
    Statement rest(m_db);
    if (!rest.prepare(statement(rows))) {
        m_error = rest.error();
        return false;
    }
    return execute(rest, rows);
}
