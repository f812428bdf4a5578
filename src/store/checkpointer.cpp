#include "store/checkpointer.h"

#include "store/connection.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

namespace {
// Also checkpoint on a clock, in case a request was lost to a busy reader.
constexpr int kPeriodMs = 5000;
// A checkpoint waits until the commits have paused this long, so a burst
// of them (an engine catch-up, slice after slice) gets one at its end. A
// checkpoint in the middle of it made the writer wait: its log writes
// queued behind the checkpoint's copying and syncing (a slice of 25 ms of
// work took up to 111 ms).
constexpr int kDelayMs = 200;
}

class Checkpointer::Worker final : public QObject
{
public:
    Worker(const StoreConfig &config, Checkpointer *owner)
        : m_config(config)
        , m_owner(owner)
    {
    }

    void start()
    {
        m_connection.open(m_config, QStringLiteral("checkpoint"), Connection::Setup::None);
        m_soon = new QTimer(this);
        m_soon->setSingleShot(true);
        m_soon->setInterval(kDelayMs);
        connect(m_soon, &QTimer::timeout, this, [this] { run(); });
        m_periodic = new QTimer(this);
        m_periodic->setInterval(kPeriodMs);
        connect(m_periodic, &QTimer::timeout, this, [this] { run(); });
        m_periodic->start();
    }

    void stop()
    {
        m_soon->stop();
        m_periodic->stop();
        run();
        m_connection.close();
    }

    void soon() { m_soon->start(); }

    bool run()
    {
        const QSqlDatabase db = m_connection.database();
        if (!db.isOpen())
            return false;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !q.next())
            return false;
        const int frames = q.value(2).toInt();
        if (frames > 0)
            emit m_owner->checkpointed(frames);
        return q.value(0).toInt() == 0;
    }

private:
    StoreConfig m_config;
    Checkpointer *m_owner;
    Connection m_connection;
    QTimer *m_soon = nullptr;
    QTimer *m_periodic = nullptr;
};

Checkpointer::Checkpointer(const StoreConfig &config)
    : m_worker(new Worker(config, this))
{
    m_thread.setObjectName(QStringLiteral("checkpointer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &Checkpointer::requested, m_worker, [this] { m_worker->soon(); });
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->start(); }, Qt::BlockingQueuedConnection);
}

Checkpointer::~Checkpointer()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void Checkpointer::request()
{
    emit requested();
}

bool Checkpointer::checkpointNow()
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_worker, [this, &ok] { ok = m_worker->run(); }, Qt::BlockingQueuedConnection);
    return ok;
}
