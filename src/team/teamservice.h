#pragma once

#include "store/store.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// The owner's service on a team store (run by mynetwork-engine), on a
// connection of its own so that a long engine run does not hold it:
// - relays notices: writes never notify (a full notification queue must
//   not stop them, issue 30), so this tells listening windows, in its own
//   transactions, that the change log grew (relay_notices, migration 10);
// - ends member sessions that hold the others: idle in a transaction past
//   a limit, or keeping the notification queue's tail when it passes a
//   share of its size;
// - prunes the change log by age and size.
class TeamService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamService)
public:
    struct Limits
    {
        int relayEveryMs = 100;
        int housekeepingEveryMs = 10000;
        qint64 idleInTransactionMs = 60000;
        double queueShare = 0.5;
        qint64 logMaxAgeMs = qint64(7) * 24 * 3600 * 1000;
        qint64 logMaxBytes = qint64(64) * 1024 * 1024;
    };

    explicit TeamService(const Store &primary, const Limits &limits, QObject *parent = nullptr);
    explicit TeamService(const Store &primary, QObject *parent = nullptr)
        : TeamService(primary, Limits(), parent)
    {
    }

    // False (with why) when the store is not a team store seen as its owner.
    bool start(QString *error);
    void stop();
    // One relay now; false when the notices could not be sent.
    bool relay();
    // One round of ending stuck sessions and pruning now.
    void housekeep();

signals:
    // A line for the service's log: a session ended, a relay failing.
    void logged(const QString &line);

private:
    bool connected();
    void checkRights();
    void endStuckSessions();
    void pruneLog();
    void tell(const QString &line, bool once = false);

    const Store &m_primary;
    Limits m_limits;
    Store m_store;
    QTimer m_relayTimer;
    QTimer m_housekeepingTimer;
    qint64 m_told = 0;
    // One line per failing minute, not ten a second.
    QElapsedTimer m_sinceComplaint;
    QString m_lastComplaint;
};
