#include "team/serverlink.h"

#include "rules/enginestatus.h"
#include "store/changefeed.h"
#include "store/servererror.h"
#include "store/store.h"

ServerLink::ServerLink(Store &store, EngineStatus *engine, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_engine(engine)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ServerLink::attempt);
    if (engine)
        connect(engine, &EngineStatus::connectionLost, this, &ServerLink::lost);
    // Called from whatever thread found the connection gone.
    store.setConnectionLostHandler([this](const QString &error) {
        QMetaObject::invokeMethod(
            this, [this, error] { lost(error); }, Qt::QueuedConnection);
    });
}

int ServerLink::retryDelayMs() const
{
    return int(qMin<qint64>(qint64(1000) << qMin(m_failures, 4), 10000));
}

void ServerLink::lost(const QString &error)
{
    if (m_store.dialect().isSQLite() || m_timer.isActive())
        return;
    m_error = error;
    m_store.holdWrites(Store::serverAwayReason(m_store.config()));
    m_timer.start(retryDelayMs());
    emit reconnecting(m_error, m_timer.interval());
}

bool ServerLink::attempt()
{
    m_timer.stop();
    QString error;
    if (!m_store.reconnect(&error)) {
        ++m_failures;
        m_error = error;
        m_timer.start(retryDelayMs());
        emit reconnecting(m_error, m_timer.interval());
        return false;
    }
    m_failures = 0;
    m_store.releaseWrites();
    if (ChangeFeed *feed = m_store.feed())
        feed->resume();
    if (m_engine)
        m_engine->reconnected();
    emit reconnected();
    return true;
}
