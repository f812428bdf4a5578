#include "rules/enginestatus.h"

EngineStatus::EngineStatus(QObject *parent)
    : QObject(parent)
{
}

void EngineStatus::follow(ExpiryEngine &engine)
{
    unfollow();
    m_engine = &engine;
    // The engine's thread decides the connection type: direct on this
    // thread, queued from the engine's own.
    connect(&engine, &ExpiryEngine::ran, this, &EngineStatus::ran);
    connect(&engine, &ExpiryEngine::leadershipChanged, this, &EngineStatus::leadershipChanged);
    connect(&engine, &ExpiryEngine::connectionLost, this, &EngineStatus::connectionLost);
    connect(&engine, &ExpiryEngine::stateChanged, this, &EngineStatus::take);
}

void EngineStatus::unfollow()
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = nullptr;
}

void EngineStatus::take(const EngineState &state)
{
    m_state = state;
    emit stateChanged(state);
}

void EngineStatus::reconnected()
{
    // Only an engine on this thread shares the window's connection.
    if (m_engine && m_engine->thread() == thread())
        m_engine->reconnected();
}
