#include "runtime/enginethread.h"

#include "rules/enginestatus.h"
#include "rules/invitationservice.h"
#include "store/store.h"

// What lives on the engine's thread, made and destroyed there.
struct EngineThread::Worker
{
    Store store;
    std::unique_ptr<InvitationService> service;
    std::unique_ptr<ExpiryEngine> engine;
};

EngineThread::EngineThread(Store &primary, Clock &clock, InvitationService &windowService)
    : m_primary(primary)
    , m_clock(clock)
    , m_windowService(windowService)
{
    m_thread.setObjectName(QStringLiteral("engine"));
}

EngineThread::~EngineThread()
{
    if (!m_thread.isRunning())
        return;
    if (m_status)
        m_status->unfollow();
    runThere([this] { m_worker.reset(); }); // the engine lets go of its lease on its own connection
    m_thread.quit();
    m_thread.wait();
    m_context.reset(); // its thread has ended
}

void EngineThread::runThere(const std::function<void()> &work)
{
    QMetaObject::invokeMethod(m_context.get(), work, Qt::BlockingQueuedConnection);
}

bool EngineThread::start(EngineStatus &status, QString *error)
{
    m_thread.start();
    m_context = std::make_unique<QObject>();
    m_context->moveToThread(&m_thread);
    bool opened = false;
    runThere([this, &opened, error] {
        m_worker = std::make_unique<Worker>();
        opened = m_worker->store.openWorker(m_primary);
        if (!opened) {
            *error = m_worker->store.errorMessage();
            return;
        }
        m_worker->service = std::make_unique<InvitationService>(m_worker->store, m_clock);
        m_worker->engine = std::make_unique<ExpiryEngine>(m_worker->store, m_clock, *m_worker->service);
        m_worker->engine->setOwnThread(true);
    });
    if (!opened)
        return false;
    ExpiryEngine *engine = m_worker->engine.get();
    InvitationService *service = m_worker->service.get();
    // Queued to the engine's thread: the window's actions and rules.
    QObject::connect(&m_windowService, &InvitationService::rulesChanged, engine,
                     [service] { service->reloadRules(); });
    QObject::connect(&m_windowService, &InvitationService::scheduleChanged, engine, &ExpiryEngine::wake);
    m_status = &status;
    status.follow(*engine);
    QMetaObject::invokeMethod(engine, [engine] { engine->start(ExpiryEngine::CatchUp::InSlices); });
    return true;
}
