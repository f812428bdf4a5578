#include "store/integritycheck.h"

#include "store/connection.h"
#include "store/sql.h"

#include <QSqlQuery>

IntegrityCheck::IntegrityCheck(QObject *parent)
    : QObject(parent)
{
}

IntegrityCheck::~IntegrityCheck()
{
    if (m_thread)
        m_thread->wait();
}

QStringList IntegrityCheck::run(const StoreConfig &config)
{
    Connection connection;
    if (!connection.open(config, QStringLiteral("check"), Connection::Setup::None))
        return {connection.errorMessage()};
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    // At most ten findings: enough to name the damage, quick on a wreck.
    if (!q.exec(QStringLiteral("PRAGMA quick_check(10)")))
        return {Sql::describe(q)};
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    return problems;
}

void IntegrityCheck::start(const StoreConfig &config, std::function<void(const QStringList &)> onThread)
{
    Q_ASSERT(!m_thread);
    m_thread.reset(QThread::create([this, config, onThread] {
        const QStringList problems = run(config);
        if (onThread)
            onThread(problems);
        QMetaObject::invokeMethod(
            this,
            [this, problems] {
                m_thread->wait();
                m_thread.reset();
                emit finished(problems);
            },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("integrity-check"));
    m_thread->start(QThread::LowPriority);
}
