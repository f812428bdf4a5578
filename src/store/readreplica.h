#pragma once

#include "store/connection.h"
#include "store/storeconfig.h"

#include <QElapsedTimer>
#include <QSqlDatabase>

#include <atomic>

// A team store's read replica (a streaming standby of its server) for reads
// that only read: people you may know and the page's counts. Every read
// must still show what was committed before it was asked for — above all
// the viewer's own last action —, so before each read the replica is used
// only once it has replayed the primary's write-ahead log up to where the
// primary is now (pg_current_wal_lsn, one small statement on the primary).
// A replica that lags more than kCatchUpWaitMs, or cannot be reached, is
// passed over for that read: the primary answers. One thread uses it.
class ReadReplica final
{
    Q_DISABLE_COPY_MOVE(ReadReplica)
public:
    // How long a read waits for the replica to catch up before it goes to
    // the primary; how often it looks meanwhile; how soon a replica that
    // could not be reached is tried again.
    static constexpr int kCatchUpWaitMs = 250;
    static constexpr int kLookEveryMs = 5;
    static constexpr int kRetryMs = 10000;

    ReadReplica() = default;
    // Opens the replica `primary` names (none: nothing to do, false).
    bool open(const StoreConfig &primary, const QString &purpose);
    void close();
    // Where a read goes: the replica once it has caught up with `primary`
    // (waiting at most `waitMs`), else `primary` itself.
    QSqlDatabase forRead(const QSqlDatabase &primary, int waitMs = kCatchUpWaitMs);

    // How many reads each side answered (for the tests and the bench).
    int readsOnReplica() const { return m_onReplica.load(); }
    int readsOnPrimary() const { return m_onPrimary.load(); }

private:
    bool caughtUp(const QString &primaryPosition);
    bool reachable();
    QSqlDatabase primary(const QSqlDatabase &db);

    StoreConfig m_config;
    Connection m_connection;
    bool m_configured = false;
    bool m_open = false;
    QElapsedTimer m_sinceFailure;
    std::atomic<int> m_onReplica{0};
    std::atomic<int> m_onPrimary{0};
};
