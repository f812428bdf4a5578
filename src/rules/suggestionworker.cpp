#include "rules/suggestionworker.h"

#include "store/connection.h"
#include "store/membersession.h"
#include "store/readreplica.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

#include <sqlite3.h>

#include <atomic>

class SuggestionWorker::Job final : public QObject
{
public:
    explicit Job(const StoreConfig &config)
        : m_config(config)
        , m_dialect(config.backend)
    {
    }

    void open()
    {
        if (m_connection.open(m_config, QStringLiteral("suggestions"), Connection::Setup::Reader)) {
            m_sqlite = sqliteHandle(m_connection.database());
            // sqlite3_interrupt stops the running statement only; a
            // suggestion is several, and closing must not wait for the rest.
            if (sqlite3 *db = m_sqlite.load())
                sqlite3_progress_handler(db, 1000, &Job::stopWhenClosing, this);
            m_dialect.setMemberSession(m_config.isTeam() && MemberSession::isMember(m_connection.database()));
            m_replica.open(m_config, QStringLiteral("suggestions-replica"));
        } else
            qWarning("%s", qPrintable(m_connection.errorMessage()));
    }

    // Called from the owner's thread: makes a running query give up, so
    // closing the window does not wait for a suggestion nobody will see.
    void interrupt()
    {
        m_closing = true;
        if (sqlite3 *db = m_sqlite.load())
            sqlite3_interrupt(db);
    }

    void close()
    {
        m_sqlite = nullptr;
        m_replica.close();
        m_connection.close();
    }

    // The connection to read on: the store's read replica once it has what
    // the store has, else the store's own. On a team server, one that went
    // away and came back left it dead; one cheap look before each request
    // finds it.
    QSqlDatabase database()
    {
        if (m_config.isTeam() && !QSqlQuery(m_connection.database()).exec(QStringLiteral("SELECT 1")))
            m_connection.reopen(m_config);
        return m_replica.forRead(m_connection.database());
    }
    const Dialect &dialect() const { return m_dialect; }
    const ReadReplica &replica() const { return m_replica; }

private:
    static int stopWhenClosing(void *job) { return static_cast<Job *>(job)->m_closing.load() ? 1 : 0; }

    StoreConfig m_config;
    Dialect m_dialect;
    Connection m_connection;
    ReadReplica m_replica;
    std::atomic<sqlite3 *> m_sqlite{nullptr};
    std::atomic<bool> m_closing{false};
};

SuggestionWorker::SuggestionWorker(const StoreConfig &config, const QSqlDatabase &fallback, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<Suggestion>>();
    qRegisterMetaType<NetworkCounts>();
    if (config.isInMemory()) {
        m_fallbackConnection = fallback.connectionName();
        m_fallbackDialect = Dialect(config.backend);
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
        m_closing = true;
        m_job->interrupt();
        QMetaObject::invokeMethod(
            m_job, [job = m_job] { job->close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

void SuggestionWorker::post(const Read &read)
{
    if (!m_job) {
        // Still asynchronous for the caller, like the threaded path.
        QTimer::singleShot(
            0, this, [this, read] { read(QSqlDatabase::database(m_fallbackConnection, false), m_fallbackDialect); });
        return;
    }
    QMetaObject::invokeMethod(m_job, [this, read] {
        if (m_closing)
            return; // queued before the window closed
        read(m_job->database(), m_job->dialect());
    });
}

int SuggestionWorker::readsOnReplica() const
{
    return m_job ? m_job->replica().readsOnReplica() : 0;
}

int SuggestionWorker::readsOnPrimary() const
{
    return m_job ? m_job->replica().readsOnPrimary() : 0;
}

// The answers are emitted on the worker's thread; receivers get them queued.
int SuggestionWorker::request(qint64 member, int limit, qint64 nowMs, const QList<qint64> &exclude)
{
    const int id = ++m_lastRequest;
    post([=](const QSqlDatabase &db, const Dialect &dialect) {
        emit ready(id, member, Suggestions::compute(db, member, limit, nowMs, exclude, dialect));
    });
    return id;
}

int SuggestionWorker::requestCounts(qint64 member, qint64 nowMs)
{
    const int id = ++m_lastRequest;
    post([=](const QSqlDatabase &db, const Dialect &dialect) {
        emit countsReady(id, member, Network::countsOn(db, dialect, member, nowMs));
    });
    return id;
}
