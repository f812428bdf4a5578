#include "core/changefeed.h"

#include "core/livenotify.h"
#include "core/sql.h"
#include "core/store.h"
#include "core/teamsecurity.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

ChangeFeed::ChangeFeed(QObject *parent)
    : QObject(parent)
    , m_origin(qint64(QRandomGenerator::global()->generate64() >> 1) | 1)
{
    qRegisterMetaType<ChangeSet>();
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::poll);
}

void ChangeFeed::publish(const ChangeSet &changes)
{
    if (!changes.isEmpty())
        emit changed(changes);
}

void ChangeFeed::watch(const Store &store, int intervalMs)
{
    m_store = &store;
    m_dataVersion = -1;
    if (store.dialect().isMemberSession()) {
        // change_log is the owner's: a member hears only their own share.
        m_privateChannel = TeamSecurity::privateChannel(store.database());
        m_lastSeq = 0;
        listen();
        return;
    }
    m_privateChannel.clear();
    m_lastSeq = Sql::scalar(store.database(), QStringLiteral("SELECT MAX(seq) FROM change_log"), {});
    if (!store.dialect().isSQLite()) {
        listen();
        return;
    }
    poll();
    m_timer.start(intervalMs);
}

bool ChangeFeed::listen()
{
    QSqlDriver *driver = m_store->database().driver();
    // A driver made anew by a reconnect has no subscription yet.
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                notified(name, payload.toString());
            });
    for (const QString &channel : channels()) {
        if (driver->subscribedToNotifications().contains(channel))
            continue;
        if (!driver->subscribeToNotification(channel)) {
            emit readFailed(tr("Cannot listen for changes on the team server: %1")
                                .arg(driver->lastError().text()));
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
        return {m_privateChannel, QLatin1String(TeamSecurity::kPublicChannel)};
    return {QLatin1String(LiveNotify::kChannel)};
}

bool ChangeFeed::resume()
{
    if (!m_store || !m_store->isOpen())
        return false;
    if (!m_store->dialect().isSQLite() && !listen())
        return false;
    // A member cannot read change_log: views re-read instead.
    const bool read = m_store->dialect().isMemberSession() || poll();
    ChangeSet all;
    all.everything = true;
    all.remote = true;
    publish(all);
    return read;
}

void ChangeFeed::notified(const QString &name, const QString &payload)
{
    if (!channels().contains(name))
        return;
    const QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
    const qint64 seq = o.value(QStringLiteral("seq")).toInteger();
    const qint64 origin = o.value(QStringLiteral("o")).toInteger();
    // PostgreSQL hands out the numbers before commit, so they may arrive
    // out of order: each notice stands for its own row, and a change too
    // large for a notice is read from its row.
    if (seq > 0)
        m_lastSeq = qMax(m_lastSeq, seq);
    if (origin == m_origin)
        return;
    if (seq > 0 && !o.contains(QStringLiteral("c"))) {
        QSqlQuery q(m_store->database());
        QString error;
        if (!Sql::exec(q, QStringLiteral("SELECT payload FROM change_log WHERE seq = ?"), {seq}, &error)) {
            emit readFailed(error);
            return;
        }
        ChangeSet changes = q.next() ? ChangeSet::fromJson(q.value(0).toByteArray()) : ChangeSet();
        if (!q.isValid())
            changes.everything = true; // pruned already: re-read everything
        changes.remote = true;
        publish(changes);
        return;
    }
    ChangeSet changes = ChangeSet::fromJson(QJsonDocument(o.value(QStringLiteral("c")).toObject()).toJson());
    changes.remote = true;
    publish(changes);
}

void ChangeFeed::stop()
{
    m_timer.stop();
    if (m_store && m_store->isOpen() && !m_store->dialect().isSQLite()) {
        QSqlDriver *driver = m_store->database().driver();
        disconnect(driver, &QSqlDriver::notification, this, nullptr);
        for (const QString &channel : channels())
            driver->unsubscribeFromNotification(channel);
    }
    m_store = nullptr;
}

bool ChangeFeed::poll()
{
    if (!m_store || !m_store->isOpen())
        return false;
    const QSqlDatabase db = m_store->database();
    QString error;
    if (m_store->dialect().isSQLite()) {
        // Moves only when another connection committed: the idle cost of
        // the feed is this one statement.
        QSqlQuery v(db);
        if (!Sql::exec(v, QStringLiteral("PRAGMA data_version"), {}, &error) || !v.next()) {
            emit readFailed(error);
            return false;
        }
        const qint64 version = v.value(0).toLongLong();
        if (version == m_dataVersion)
            return true;
        m_dataVersion = version;
    }
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
