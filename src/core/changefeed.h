#pragma once

#include "core/changeset.h"

#include <QObject>
#include <QTimer>

class Store;

// The one feed of committed changes. Every transaction publishes what it
// changed here right after its commit (from whatever thread committed it),
// and watch() brings in what other processes committed to the same store.
// On SQLite: a cheap look every interval (data_version, which only moves
// when another connection committed), and on a move, the change_log rows
// written since the last one seen. On PostgreSQL the server says it:
// LISTEN, and each commit's NOTIFY carries its change set (LiveNotify), so
// an idle window does nothing at all: the owner's windows hear every change
// set's number and read its row; a member's login hears, on its private
// channel, only what concerns that member (TeamSecurity), and on the public
// one what everyone may know. Views subscribe to changed() only.
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)
public:
    static constexpr int kDefaultIntervalMs = 250;
    // change_log keeps about this many rows; a window further behind reloads.
    static constexpr qint64 kKeptRows = 10000;

    explicit ChangeFeed(QObject *parent = nullptr);

    // Written as the origin of this process's change_log rows, so the
    // watcher skips what was already published here.
    qint64 origin() const { return m_origin; }
    // Thread-safe; receivers get it queued when published from a worker.
    void publish(const ChangeSet &changes);

    // Watches `store` (its connection, so call on its thread).
    void watch(const Store &store, int intervalMs = kDefaultIntervalMs);
    void stop();
    // One look now (the change_log rows past the last seen); false when the
    // store could not be read.
    bool poll();
    // After the connection was lost and made again: listens again, reads
    // what was logged meanwhile and tells views to re-read the rest (a
    // plain SQL client's changes leave no change_log row).
    bool resume();
    qint64 lastSeen() const { return m_lastSeq; }

signals:
    void changed(const ChangeSet &changes);
    void readFailed(const QString &error);

private:
    void notified(const QString &name, const QString &payload);
    bool listen();
    QStringList channels() const;

    const Store *m_store = nullptr;
    QTimer m_timer;
    qint64 m_origin;
    qint64 m_lastSeq = 0;
    qint64 m_dataVersion = -1;
    // A member login's private channel; empty for the owner and on SQLite.
    QString m_privateChannel;
};
