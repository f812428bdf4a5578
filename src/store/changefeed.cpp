#include "store/changefeed.h"

#include "store/dialect.h"
#include "store/feedsource.h"
#include "store/membersession.h"
#include "store/sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

ChangeFeed::ChangeFeed(QObject *parent)
    : QObject(parent)
    , m_origin(qint64(QRandomGenerator::global()->generate64() >> 1) | 1)
{
    qRegisterMetaType<ChangeSet>();
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::poll);
    m_hint.setSingleShot(true);
    connect(&m_hint, &QTimer::timeout, this, &ChangeFeed::poll);
    m_deferred.setSingleShot(true);
    connect(&m_deferred, &QTimer::timeout, this, [this] {
        const ChangeSet held = std::exchange(m_held, ChangeSet());
        publishLimited(held);
    });
}

void ChangeFeed::publish(const ChangeSet &changes)
{
    if (!changes.isEmpty())
        emit changed(changes);
}

void ChangeFeed::watch(const FeedSource &store, int intervalMs)
{
    m_store = &store;
    m_dataVersion = -1;
    m_seen.clear();
    m_privateChannel.clear();
    if (store.dialect().isSQLite()) {
        m_lastSeq = Sql::scalar(store.database(), QStringLiteral("SELECT MAX(seq) FROM change_log"), {});
        poll();
        m_timer.start(intervalMs);
        return;
    }
    // A member hears their own share on a channel only their login can name.
    if (store.dialect().isMemberSession())
        m_privateChannel = MemberSession::privateChannel(store.database());
    m_lastSeq = -1;
    listen();
    poll();
    m_timer.start(kSilentLookMs);
}

bool ChangeFeed::listen()
{
    QSqlDriver *driver = m_store->listenDatabase().driver();
    // A driver made anew by a reconnect has no subscription yet.
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &) { notified(name); });
    for (const QString &channel : channels()) {
        if (driver->subscribedToNotifications().contains(channel))
            continue;
        if (!driver->subscribeToNotification(channel)) {
            emit readFailed(tr("Cannot listen for changes on the team server: %1").arg(driver->lastError().text()));
            return false;
        }
    }
    return true;
}

QStringList ChangeFeed::channels() const
{
    if (!m_store || m_store->dialect().isSQLite())
        return {};
    if (m_store->dialect().isMemberSession())
        return {m_privateChannel, QLatin1String(MemberSession::kPublicChannel)};
    return {QLatin1String(MemberSession::kOwnerChannel)};
}

bool ChangeFeed::resume()
{
    if (!m_store || !m_store->isOpen())
        return false;
    if (!m_store->dialect().isSQLite() && !listen())
        return false;
    const bool read = poll();
    // A plain SQL client's change on SQLite leaves no change_log row.
    ChangeSet all;
    all.everything = true;
    all.remote = true;
    publish(all);
    return read;
}

// Whoever sent it, a notice says only "look soon": what changed is read
// from the store, and notices close together are one look (a later look
// planned for a missing number comes sooner).
void ChangeFeed::notified(const QString &name)
{
    if (!channels().contains(name) || (m_hint.isActive() && m_hint.remainingTime() <= kHintDelayMs))
        return;
    m_hint.start(kHintDelayMs);
}

void ChangeFeed::stop()
{
    m_timer.stop();
    m_hint.stop();
    m_deferred.stop();
    if (m_store && m_store->isOpen() && !m_store->dialect().isSQLite()) {
        QSqlDriver *driver = m_store->database().driver();
        disconnect(driver, &QSqlDriver::notification, this, nullptr);
        for (const QString &channel : channels())
            driver->unsubscribeFromNotification(channel);
    }
    m_store = nullptr;
}

// Re-reading everything costs every view a full load: told at most every
// kEverythingEveryMs, what comes meanwhile is held and told together.
void ChangeFeed::publishLimited(const ChangeSet &changes)
{
    if (!changes.everything) {
        if (m_deferred.isActive())
            m_held.merge(changes);
        else
            publish(changes);
        return;
    }
    m_held.merge(changes);
    if (m_deferred.isActive())
        return;
    const qint64 since = m_sinceEverything.isValid() ? m_sinceEverything.elapsed() : kEverythingEveryMs;
    if (since < kEverythingEveryMs) {
        m_deferred.start(int(kEverythingEveryMs - since));
        return;
    }
    m_sinceEverything.start();
    publish(std::exchange(m_held, ChangeSet()));
}

bool ChangeFeed::dataVersionMoved(const QSqlDatabase &db, bool *failed)
{
    // Moves only when another connection committed: the idle cost of the
    // feed is this one statement.
    QSqlQuery v(db);
    QString error;
    if (!Sql::exec(v, QStringLiteral("PRAGMA data_version"), {}, &error) || !v.next()) {
        *failed = true;
        emit readFailed(error);
        return false;
    }
    const qint64 version = v.value(0).toLongLong();
    if (version == m_dataVersion)
        return false;
    m_dataVersion = version;
    return true;
}

// The rows past the mark (see changes_since in migration 10): those read
// before are skipped, the mark moves to where every number is in, and while
// one is missing the feed looks again soon.
bool ChangeFeed::pollServer()
{
    ++m_serverReads;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    QString error;
    const QVariant after = m_lastSeq < 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(m_lastSeq);
    if (!Sql::exec(q, QStringLiteral("SELECT seq, origin, payload FROM mynetwork.changes_since(?)"), {after}, &error)) {
        emit readFailed(error);
        return false;
    }
    ChangeSet changes;
    changes.remote = true;
    qint64 mark = m_lastSeq;
    qint64 newest = m_lastSeq;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        if (q.value(2).isNull()) {
            mark = seq;
            newest = q.value(1).toLongLong();
        } else if (!m_seen.contains(seq)) {
            m_seen.insert(seq);
            if (q.value(1).toLongLong() != m_origin)
                changes.merge(ChangeSet::fromJson(q.value(2).toByteArray()));
        }
    }
    m_lastSeq = mark;
    m_seen.removeIf([mark](qint64 seq) { return seq <= mark; });
    if (newest > mark && !m_hint.isActive())
        m_hint.start(kGapLookMs);
    m_timer.start(kSilentLookMs);
    publishLimited(changes);
    return true;
}

bool ChangeFeed::poll()
{
    if (!m_store || !m_store->isOpen())
        return false;
    if (!m_store->dialect().isSQLite())
        return pollServer();
    const QSqlDatabase db = m_store->database();
    bool failed = false;
    if (!dataVersionMoved(db, &failed))
        return !failed;
    QString error;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q, QStringLiteral("SELECT seq, origin, payload FROM change_log WHERE seq > ? ORDER BY seq"),
                   {m_lastSeq}, &error)) {
        emit readFailed(error);
        return false;
    }
    ChangeSet changes;
    changes.remote = true;
    bool first = true;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        // Rows we never saw were pruned: too far behind to know what changed.
        if (first && m_lastSeq > 0 && seq > m_lastSeq + 1) {
            const qint64 oldest = Sql::scalar(db, QStringLiteral("SELECT MIN(seq) FROM change_log"), {});
            if (oldest > m_lastSeq + 1)
                changes.everything = true;
        }
        first = false;
        m_lastSeq = seq;
        if (q.value(1).toLongLong() != m_origin)
            changes.merge(ChangeSet::fromJson(q.value(2).toByteArray()));
    }
    publish(changes);
    return true;
}
