#pragma once

#include "team/smtpclient.h"

#include <QObject>
#include <QThread>

#include <atomic>

class ExpiryEngine;
class MailDelivery;
class Store;
class SystemClock;

// The delivery thread of a team store's engine (R20): MailDelivery on its
// own thread and connection, delivering while the engine leads, its
// events written to the log.
class DeliveryThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryThread)
public:
    DeliveryThread(const Store &store, ExpiryEngine &engine, const SmtpSettings &smtp);
    ~DeliveryThread() override;
    void start();

private:
    std::atomic<bool> m_leading{false};
    QThread m_thread;
    SystemClock *m_clock;
    MailDelivery *m_delivery;
};
