#include "rules/enginestatus.h"

EngineStatus::EngineStatus(QObject *parent)
    : QObject(parent)
{
}

void EngineStatus::follow(ExpiryEngine &engine, std::function<void()> reconnect)
{
    unfollow();
    m_engine = &engine;
    m_reconnect = std::move(reconnect);
    if (!m_reconnect)
        m_reconnect = [this] { m_engine->reconnected(); };
    // The engine's thread decides the connection type: direct on this
    // thread, queued from the engine's own.
    connect(&engine, &ExpiryEngine::ran, this, &EngineStatus::ran);
    connect(&engine, &ExpiryEngine::failed, this, &EngineStatus::failed);
    connect(&engine, &ExpiryEngine::recovered, this, &EngineStatus::recovered);
    connect(&engine, &ExpiryEngine::leadershipChanged, this, &EngineStatus::leadershipChanged);
    connect(&engine, &ExpiryEngine::connectionLost, this, &EngineStatus::connectionLost);
    connect(&engine, &ExpiryEngine::stateChanged, this, &EngineStatus::take);
}

void EngineStatus::unfollow()
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = nullptr;
    m_reconnect = {};
}

void EngineStatus::take(const EngineState &state)
{
    m_state = state;
    emit stateChanged(state);
}

void EngineStatus::reconnected()
{
    if (m_reconnect)
        m_reconnect();
}
