#include "suggestionworker.h"

#include <QSqlDatabase>
#include <QTimer>

class SuggestionWorker::Job final : public QObject
{
public:
    explicit Job(const StoreConfig &config)
        : m_config(config)
    {
    }

    void open()
    {
        m_name = QStringLiteral("mynetwork-suggestions-%1").arg(quintptr(this));
        QSqlDatabase db = QSqlDatabase::addDatabase(m_config.driverName(), m_name);
        db.setDatabaseName(m_config.databaseName);
        db.setConnectOptions(m_config.connectOptions());
        db.open();
    }

    void close()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    QList<Suggestion> run(qint64 member, int limit, qint64 now, const QList<qint64> &exclude)
    {
        return Suggestions::compute(QSqlDatabase::database(m_name, false), member, limit, now, exclude);
    }

private:
    StoreConfig m_config;
    QString m_name;
};

SuggestionWorker::SuggestionWorker(const StoreConfig &config, const QSqlDatabase &fallback, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<Suggestion>>();
    if (config.isInMemory()) {
        m_fallbackConnection = fallback.connectionName();
        return;
    }
    m_job = new Job(config);
    m_job->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("suggestions"));
    m_thread.start();
    QMetaObject::invokeMethod(m_job, [job = m_job] { job->open(); });
}

SuggestionWorker::~SuggestionWorker()
{
    if (m_job) {
        QMetaObject::invokeMethod(m_job, [job = m_job] { job->close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

int SuggestionWorker::request(qint64 member, int limit, qint64 nowMs, const QList<qint64> &exclude)
{
    const int id = ++m_lastRequest;
    if (!m_job) {
        // Still asynchronous for the caller, like the threaded path.
        QTimer::singleShot(0, this, [=] {
            emit ready(id, member,
                       Suggestions::compute(QSqlDatabase::database(m_fallbackConnection, false), member, limit, nowMs,
                                            exclude));
        });
        return id;
    }
    QMetaObject::invokeMethod(m_job, [=] {
        const QList<Suggestion> result = m_job->run(member, limit, nowMs, exclude);
        // Emitted from the worker thread: receivers get it queued.
        emit ready(id, member, result);
    });
    return id;
}
