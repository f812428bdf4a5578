#include "gui/storestatus.h"

#include "rules/enginestatus.h"
#include "team/serverlink.h"

#include <QEvent>

StoreStatus::StoreStatus(EngineStatus &engine, QWidget *parent)
    : ElidedLabel(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("storeStatus"));
    connect(&engine, &EngineStatus::stateChanged, this, &StoreStatus::update);
    m_readFailureTimer.setSingleShot(true);
    m_readFailureTimer.setInterval(60 * 1000);
    connect(&m_readFailureTimer, &QTimer::timeout, this, [this] {
        m_readFailure.clear();
        update();
    });
    update();
}

void StoreStatus::setChecking(bool checking)
{
    m_checking = checking;
    update();
}

void StoreStatus::follow(ServerLink &link, const QString &server)
{
    m_server = server;
    connect(&link, &ServerLink::reconnecting, this, [this](const QString &, int retryInMs) {
        m_reconnecting = true;
        m_reconnectInMs = retryInMs;
        update();
    });
    connect(&link, &ServerLink::reconnected, this, [this] {
        m_reconnecting = false;
        m_readFailure.clear();
        update();
    });
}

void StoreStatus::showReadFailure(const QString &error)
{
    m_readFailure = error;
    m_readFailureTimer.start();
    update();
}

void StoreStatus::update()
{
    QString text;
    const int seconds = (m_engine.retryDelayMs() + 999) / 1000;
    if (m_reconnecting) {
        text = tr("Reconnecting to the team server %1… (next attempt in %n second(s))", "",
                  (m_reconnectInMs + 999) / 1000)
                   .arg(m_server);
    } else if (m_checking) {
        text = tr("Checking the store after an unclean shutdown…");
    } else if (m_engine.isFailing() && m_engine.lastFailureWasBusy()) {
        text = tr("Store busy: another program is writing to it. Retrying in %n second(s)…", "", seconds);
    } else if (m_engine.isFailing()) {
        text = tr("Reminders and expiry could not run (%1). Retrying in %n second(s)…", "", seconds)
                   .arg(m_engine.lastError());
    } else if (!m_readFailure.isEmpty()) {
        text = tr("Could not read the store: %1").arg(m_readFailure);
    }
    setFullText(text);
    setVisible(!text.isEmpty());
}

void StoreStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    ElidedLabel::changeEvent(event);
}
