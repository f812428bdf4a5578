#include "rules/enginelease.h"

#include "store/servererror.h"
#include "store/sql.h"
#include "store/store.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

EngineLease::EngineLease(Store &store)
    : m_store(store)
    , m_holder(qint64(QRandomGenerator::global()->generate64() >> 1) | 1)
{
}

bool EngineLease::isShared() const
{
    return !m_store.dialect().leaderLease().isEmpty();
}

EngineLease::Renewal EngineLease::renew(QString *error)
{
    // The driver closes a connection it found broken; no statement then.
    if (!m_store.isOpen()) {
        *error = QStringLiteral("the connection to the server is closed");
        return Renewal::ConnectionLost;
    }
    QSqlQuery q(m_store.database());
    // No row back: someone else holds it.
    const QString statement = m_store.dialect().leaderLease();
    const bool ran = statement.contains(QLatin1Char('?')) ? Sql::exec(q, statement, {m_holder, m_holder})
                                                          : q.exec(statement);
    if (!ran) {
        const QSqlError e = q.lastError();
        *error = e.text();
        return ServerError::isConnectionLost(e) || !m_store.isOpen() ? Renewal::ConnectionLost : Renewal::Failed;
    }
    return q.next() && q.value(0).toBool() ? Renewal::Holds : Renewal::HeldByAnother;
}

bool EngineLease::hold(QString *error, bool *lost)
{
    *lost = false;
    const QString hold = m_store.dialect().leaderHold();
    if (hold.isEmpty())
        return true;
    QSqlQuery q(m_store.database());
    if (!Sql::exec(q, hold, {m_holder}, error))
        return false;
    if (q.next())
        return true;
    *lost = true;
    return false;
}

void EngineLease::release()
{
    const QString release = m_store.dialect().leaderRelease();
    if (!release.isEmpty() && m_store.isOpen()) {
        QSqlQuery q(m_store.database());
        Sql::exec(q, release, {m_holder});
    }
}
