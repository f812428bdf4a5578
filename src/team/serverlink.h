#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

class EngineStatus;
class Store;

// Keeps a team store's connection: when the server goes away (a restart,
// the network), writes are held so that actions refuse with a clear word
// instead of half-doing anything, a new connection is tried with growing
// pauses, and once it is back the feed listens again and views re-read
// what changed meanwhile. Nothing to do on a local store.
class ServerLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerLink)
public:
    ServerLink(Store &store, EngineStatus *engine, QObject *parent = nullptr);

    bool isReconnecting() const { return m_timer.isActive() || m_failures > 0; }
    // Pause before the next attempt: one second, doubling up to ten.
    int retryDelayMs() const;
    // Reports a lost connection (from the engine's beat, a failed action).
    void lost(const QString &error);
    // One attempt now; true when the store is reachable again.
    bool attempt();

signals:
    void reconnecting(const QString &error, int retryInMs);
    void reconnected();

private:
    Store &m_store;
    EngineStatus *m_engine;
    QTimer m_timer;
    int m_failures = 0;
    QString m_error;
};
