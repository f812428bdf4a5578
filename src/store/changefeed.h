#pragma once

#include "base/changeset.h"
#include "store/changelog.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

class FeedSource;
class QSqlDatabase;

// The one feed of committed changes. Every transaction publishes what it
// changed here right after its commit (from whatever thread committed it),
// and watch() brings in what other processes committed to the same store.
// On SQLite: a cheap look every interval (data_version, which only moves
// when another connection committed), and on a move, the change_log rows
// written since the last one seen. On PostgreSQL the store says it through
// changes_since(): the owner reads every change set, a member's login only
// what concerns that member and what everyone may know. When to look, the
// server hints: the owner's service relays each new number as a notice
// (NoticeRelay), to the owner's channel, the public one and the private
// channels of the members concerned; nothing a notice says is trusted, so
// a forged one costs one small read. A window that hears nothing looks
// every few seconds. Re-reading everything is told at most every ten
// seconds. Views subscribe to changed() only.
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)
public:
    static constexpr int kDefaultIntervalMs = 250;
    // change_log keeps about this many rows; a window further behind reloads.
    static constexpr qint64 kKeptRows = ChangeLog::kKeptRows;
    // PostgreSQL: how long a window waits for a notice before it looks
    // anyway; how soon it looks after a notice (notices in between are one
    // look); how soon again while a number is missing; how often views are
    // told to re-read everything at most.
    static constexpr int kSilentLookMs = 2000;
    static constexpr int kHintDelayMs = 30;
    static constexpr int kGapLookMs = 1000;
    static constexpr int kEverythingEveryMs = 10000;

    explicit ChangeFeed(QObject *parent = nullptr);

    // Written as the origin of this process's change_log rows, so the
    // watcher skips what was already published here.
    qint64 origin() const { return m_origin; }
    // Thread-safe; receivers get it queued when published from a worker.
    void publish(const ChangeSet &changes);

    // Watches `store` (its connection, so call on its thread).
    void watch(const FeedSource &store, int intervalMs = kDefaultIntervalMs);
    void stop();
    // One look now (the change_log rows past the last seen); false when the
    // store could not be read.
    bool poll();
    // After the connection was lost and made again: listens again, reads
    // what was logged meanwhile and tells views to re-read the rest (a
    // plain SQL client's changes leave no change_log row).
    bool resume();
    qint64 lastSeen() const { return m_lastSeq; }
    // How many times the server was read (for the tests: what notices cost).
    int serverReads() const { return m_serverReads; }

signals:
    void changed(const ChangeSet &changes);
    void readFailed(const QString &error);

private:
    void notified(const QString &name);
    bool listen();
    QStringList channels() const;
    bool pollServer();
    bool dataVersionMoved(const QSqlDatabase &db, bool *failed);
    void publishLimited(const ChangeSet &changes);

    const FeedSource *m_store = nullptr;
    QTimer m_timer;
    QTimer m_hint;
    QTimer m_deferred;
    ChangeSet m_held;
    QElapsedTimer m_sinceEverything;
    QSet<qint64> m_seen; // numbers past m_lastSeq already read (PostgreSQL)
    int m_serverReads = 0;
    qint64 m_origin;
    qint64 m_lastSeq = 0; // PostgreSQL: -1 until the first look
    qint64 m_dataVersion = -1;
    // A member login's private channel; empty for the owner and on SQLite.
    QString m_privateChannel;
};
