#pragma once

#include "rules/expiryengine.h"

#include <QThread>

#include <functional>
#include <memory>

class Clock;
class EngineStatus;
class InvitationService;
class Store;

// An open window's expiry engine on a local store, on a thread of its own
// with a connection of its own: a catch-up's slices (each about 25 ms of
// writing) never hold the window's events, and what they commit reaches
// the window through the store's change feed like anyone else's change.
// The window's service tells it when something may be due sooner or the
// rules changed.
class EngineThread final
{
    Q_DISABLE_COPY_MOVE(EngineThread)
public:
    EngineThread(Store &primary, Clock &clock, InvitationService &windowService);
    // Lets the engine finish its slice and closes its connection.
    ~EngineThread();

    // Opens the engine's connection and starts it catching up, a slice at
    // a time; `status` follows it from now on. False with the reason when
    // the connection cannot be opened.
    bool start(EngineStatus &status, QString *error);

private:
    struct Worker;
    // Runs `work` on the engine's thread and waits for it.
    void runThere(const std::function<void()> &work);

    Store &m_primary;
    Clock &m_clock;
    InvitationService &m_windowService;
    EngineStatus *m_status = nullptr;
    QThread m_thread;
    std::unique_ptr<Worker> m_worker;
    std::unique_ptr<QObject> m_context; // lives on the engine's thread
};
