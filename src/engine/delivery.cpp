#include "delivery.h"

#include "base/clock.h"
#include "rules/expiryengine.h"
#include "team/maildelivery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

namespace {

void log(const QString &line)
{
    QTextStream(stdout) << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << ' ' << line << Qt::endl;
}

// The messages share the engine's context.
struct Engine
{
    Q_DECLARE_TR_FUNCTIONS(Engine)
};

}

DeliveryThread::DeliveryThread(const Store &store, ExpiryEngine &engine, const SmtpSettings &smtp)
    : m_clock(new SystemClock)
    , m_delivery(new MailDelivery(store, smtp, m_leading, *m_clock))
{
    m_leading = engine.isLeader();
    connect(&engine, &ExpiryEngine::leadershipChanged, this, [this](bool leader) { m_leading = leader; });
    m_delivery->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_delivery, &MailDelivery::start);
    connect(&m_thread, &QThread::finished, m_delivery, &QObject::deleteLater);
    connect(m_delivery, &MailDelivery::delivered, this, [](qint64 id, const QString &to, const QString &reply) {
        log(Engine::tr("Delivered e-mail %1 to %2 (%3).").arg(QString::number(id), to, reply));
    });
    connect(m_delivery, &MailDelivery::deferred, this,
            [](qint64 id, const QString &to, const QString &why, qint64 retryInMs) {
                // One arg() for all: a server's words with "%1" in them stay as they are.
                log(Engine::tr("E-mail %1 to %2 not delivered yet (%3); trying again in %4 s.")
                        .arg(QString::number(id), to, why, QString::number(retryInMs / 1000)));
            });
    connect(m_delivery, &MailDelivery::failed, this, [](qint64 id, const QString &to, const QString &why) {
        log(Engine::tr("E-mail %1 to %2 could not be delivered: %3").arg(QString::number(id), to, why));
    });
    connect(m_delivery, &MailDelivery::storeFailed, this,
            [](const QString &why) { log(Engine::tr("Delivery paused: %1").arg(why.simplified())); });
}

DeliveryThread::~DeliveryThread()
{
    m_leading = false;
    m_thread.quit();
    m_thread.wait();
    delete m_clock;
}

void DeliveryThread::start()
{
    m_thread.start();
}
