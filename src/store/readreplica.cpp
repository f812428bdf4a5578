#include "store/readreplica.h"

#include "store/sql.h"

#include <QSqlQuery>
#include <QThread>

bool ReadReplica::open(const StoreConfig &primary, const QString &purpose)
{
    close();
    m_configured = primary.isTeam() && !primary.replicaLocation.isEmpty();
    if (!m_configured)
        return false;
    m_config = primary.replicaConfig();
    m_open = m_connection.open(m_config, purpose, Connection::Setup::Reader);
    if (!m_open) {
        qWarning("read replica: %s; reading on the store's server", qPrintable(m_connection.errorMessage()));
        m_sinceFailure.start();
    }
    return m_open;
}

void ReadReplica::close()
{
    m_connection.close();
    m_open = false;
}

QSqlDatabase ReadReplica::forRead(const QSqlDatabase &primary, int waitMs)
{
    if (!m_configured || !reachable())
        return this->primary(primary);
    QSqlQuery q(primary);
    if (!q.exec(QStringLiteral("SELECT pg_current_wal_lsn()::text")) || !q.next())
        return this->primary(primary); // the caller's read will say what is wrong
    const QString position = q.value(0).toString();
    QElapsedTimer waited;
    waited.start();
    while (!caughtUp(position)) {
        if (!m_open || waited.elapsed() >= waitMs)
            return this->primary(primary);
        QThread::msleep(kLookEveryMs);
    }
    ++m_onReplica;
    return m_connection.database();
}

QSqlDatabase ReadReplica::primary(const QSqlDatabase &db)
{
    ++m_onPrimary;
    return db;
}

// NULL on a server that is no standby (it replays nothing): never caught
// up, so a replica location that names a primary only costs a look.
bool ReadReplica::caughtUp(const QString &primaryPosition)
{
    QSqlQuery q(m_connection.database());
    if (!Sql::exec(q, QStringLiteral("SELECT pg_last_wal_replay_lsn() >= CAST(? AS pg_lsn)"), {primaryPosition})
        || !q.next()) {
        qWarning("read replica: %s", qPrintable(Sql::describe(q)));
        m_open = false;
        m_sinceFailure.start();
        return false;
    }
    return q.value(0).toBool();
}

// A replica that went away is tried again now and then, not on every read.
bool ReadReplica::reachable()
{
    if (m_open)
        return true;
    if (m_sinceFailure.isValid() && m_sinceFailure.elapsed() < kRetryMs)
        return false;
    m_open = m_connection.name().isEmpty()
        ? m_connection.open(m_config, QStringLiteral("replica"), Connection::Setup::Reader)
        : m_connection.reopen(m_config);
    if (!m_open)
        m_sinceFailure.start();
    return m_open;
}
