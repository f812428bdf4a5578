#include "team/teamservice.h"

#include "store/changefeed.h"
#include "store/sql.h"

#include <QSqlQuery>

namespace {

constexpr qint64 kComplainEveryMs = 60000;

}

TeamService::TeamService(const Store &primary, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_primary(primary)
    , m_limits(limits)
{
    m_relayTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_relayTimer, &QTimer::timeout, this, &TeamService::relay);
    m_housekeepingTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_housekeepingTimer, &QTimer::timeout, this, &TeamService::housekeep);
}

bool TeamService::start(QString *error)
{
    if (m_primary.dialect().isSQLite() || m_primary.dialect().isMemberSession()) {
        *error = tr("Only the owner's login on a team store relays its notices.");
        return false;
    }
    if (!connected()) {
        *error = m_store.errorMessage();
        return false;
    }
    checkRights();
    relay();
    housekeep();
    m_relayTimer.start(m_limits.relayEveryMs);
    m_housekeepingTimer.start(m_limits.housekeepingEveryMs);
    return true;
}

void TeamService::stop()
{
    m_relayTimer.stop();
    m_housekeepingTimer.stop();
    m_store.close();
}

// Made again after a lost connection, on the next tick.
bool TeamService::connected()
{
    if (m_store.isOpen() && m_store.database().isOpen())
        return true;
    return m_store.openWorker(m_primary);
}

void TeamService::tell(const QString &line, bool once)
{
    if (once && line == m_lastComplaint && m_sinceComplaint.isValid() && m_sinceComplaint.elapsed() < kComplainEveryMs)
        return;
    if (once) {
        m_lastComplaint = line;
        m_sinceComplaint.start();
    }
    emit logged(line);
}

bool TeamService::relay()
{
    if (!connected()) {
        tell(tr("Cannot relay notices: %1").arg(m_store.errorMessage()), true);
        return false;
    }
    QSqlQuery q(m_store.database());
    QString error;
    if (!Sql::exec(q, QStringLiteral("SELECT mynetwork.relay_notices(?)"), {m_told}, &error) || !q.next()) {
        // A full queue fails this notice only; windows look by themselves.
        tell(tr("Cannot relay notices (windows look for changes every %1 s meanwhile): %2")
                 .arg(ChangeFeed::kSilentLookMs / 1000)
                 .arg(error.simplified()),
             true);
        // Gone (the server restarted)? Made again on the next tick.
        QSqlQuery probe(m_store.database());
        if (!probe.exec(QStringLiteral("SELECT 1")))
            m_store.close();
        return false;
    }
    m_told = q.value(0).toLongLong();
    return true;
}

// Seeing and ending another login's session takes these two roles (or a
// superuser); without them stuck sessions stay, and the log says so.
void TeamService::checkRights()
{
    const bool may = Sql::scalar(m_store.database(),
                                 QStringLiteral("SELECT CASE WHEN rolsuper OR (pg_has_role(current_user,"
                                                " 'pg_signal_backend', 'MEMBER') AND pg_has_role(current_user,"
                                                " 'pg_read_all_stats', 'MEMBER')) THEN 1 ELSE 0 END"
                                                " FROM pg_roles WHERE rolname = current_user"),
                                 {});
    if (!may)
        tell(tr("The owner %1 may not see or end members' sessions, so a stuck one is not ended. A superuser can "
                "allow it: GRANT pg_signal_backend, pg_read_all_stats TO %1;")
                 .arg(m_primary.config().user));
}

void TeamService::housekeep()
{
    if (!connected())
        return;
    endStuckSessions();
    pruneLog();
}

void TeamService::endStuckSessions()
{
    QSqlQuery q(m_store.database());
    QString error;
    if (!Sql::exec(q, QStringLiteral("SELECT pid, login, reason FROM mynetwork.end_stuck_sessions(?, ?)"),
                   {m_limits.idleInTransactionMs, m_limits.queueShare}, &error)) {
        tell(tr("Cannot end members' stuck sessions: %1").arg(error.simplified()), true);
        return;
    }
    while (q.next()) {
        const QString reason = q.value(2).toString();
        tell(reason == QLatin1String("idle in a transaction")
                 ? tr("Ended session %1 of %2: idle in a transaction for more than %3 s.")
                       .arg(q.value(0).toInt())
                       .arg(q.value(1).toString())
                       .arg(m_limits.idleInTransactionMs / 1000)
                 : tr("Ended session %1 of %2: it kept the notification queue from emptying (more than %3% full).")
                       .arg(q.value(0).toInt())
                       .arg(q.value(1).toString())
                       .arg(m_limits.queueShare * 100));
    }
}

void TeamService::pruneLog()
{
    QSqlQuery q(m_store.database());
    QString error;
    if (!Sql::exec(q, QStringLiteral("SELECT mynetwork.prune_change_log(?, ?)"),
                   {m_limits.logMaxAgeMs, m_limits.logMaxBytes}, &error))
        tell(tr("Cannot prune the change log: %1").arg(error.simplified()), true);
}
