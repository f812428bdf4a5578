#pragma once

#include "rules/expiryengine.h"

#include <QObject>

// What the window knows of the expiry engine, on the window's thread,
// wherever the engine runs (on this thread, or on its own with its own
// connection): its state after its last run (failures included), and the
// signals the window follows. The store's status line and the server link
// talk to this, never to the engine.
class EngineStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineStatus)
public:
    explicit EngineStatus(QObject *parent = nullptr);

    // From now on relays `engine` (queued when it lives on another
    // thread).
    void follow(ExpiryEngine &engine);
    // The engine is going away: nothing is relayed any more.
    void unfollow();

    bool isFailing() const { return m_state.failing; }
    bool lastFailureWasBusy() const { return m_state.busy; }
    QString lastError() const { return m_state.error; }
    int retryDelayMs() const { return m_state.retryDelayMs; }
    bool isCaughtUp() const { return m_state.caughtUp; }
    // The connection under the window and its engine was made anew
    // (ServerLink, a team store): the engine stands for election again.
    void reconnected();

signals:
    void ran(const EngineReport &report);
    void leadershipChanged(bool leader);
    void connectionLost(const QString &error);
    void stateChanged(const EngineState &state);

private:
    void take(const EngineState &state);

    ExpiryEngine *m_engine = nullptr;
    EngineState m_state;
};
