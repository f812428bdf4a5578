#include "pgserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <unistd.h>

namespace {
const QString kUser = QStringLiteral("mynetwork");
}

PgServer::~PgServer()
{
    if (m_running)
        run(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("stop")});
}

// PostgreSQL refuses to run as root: as root, run it as the postgres user.
bool PgServer::run(const QString &program, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (geteuid() == 0)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args);
    else
        p.start(program, args);
    const bool ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return ok;
}

bool PgServer::required()
{
    return qEnvironmentVariable("CI") == QLatin1String("true")
        || qEnvironmentVariable("MYNETWORK_REQUIRE_POSTGRES") == QLatin1String("1");
}

bool PgServer::findBinaries()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_whyNot = QStringLiteral("Qt's QPSQL driver is not installed (libqt6sql6-psql)");
        return false;
    }
    const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &v : versions) {
        if (QFile::exists(QStringLiteral("/usr/lib/postgresql/%1/bin/initdb").arg(v))) {
            m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
            break;
        }
    }
    if (m_bin.isEmpty()) {
        m_whyNot = QStringLiteral("no PostgreSQL server in /usr/lib/postgresql (package postgresql)");
        return false;
    }
    m_installed = true;
    if (geteuid() == 0) {
        // The cluster's folder must belong to the user the server runs as.
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir.path()});
    }
    return true;
}

bool PgServer::start()
{
    if (!findBinaries())
        return false;
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QString out;
    if (!run(m_bin + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"), kUser,
              QStringLiteral("-E"), QStringLiteral("UTF8")},
             &out)) {
        m_whyNot = QStringLiteral("initdb failed: ") + out;
        return false;
    }
    m_port = 40000 + int(QCoreApplication::applicationPid() % 20000);
    if (!startServer(&out)) {
        m_whyNot = QStringLiteral("the server did not start: ") + out;
        return false;
    }
    return true;
}

// initdb's default pg_hba.conf lets the local superuser stream the log over
// the socket, which is all pg_basebackup needs.
bool PgServer::startStandbyOf(const PgServer &primary)
{
    if (!findBinaries())
        return false;
    QString out;
    if (!run(m_bin + QStringLiteral("/pg_basebackup"),
             {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-R"), QStringLiteral("-X"),
              QStringLiteral("stream"), QStringLiteral("-c"), QStringLiteral("fast"), QStringLiteral("-h"),
              primary.socketFolder(), QStringLiteral("-p"), QString::number(primary.port()), QStringLiteral("-U"),
              kUser},
             &out)) {
        m_whyNot = QStringLiteral("pg_basebackup failed: ") + out;
        return false;
    }
    m_port = primary.port() + 1;
    if (!startServer(&out)) {
        m_whyNot = QStringLiteral("the standby did not start: ") + out;
        return false;
    }
    return true;
}

StoreConfig PgServer::config(const QString &database) const
{
    StoreConfig c;
    c.backend = StoreConfig::Backend::PostgreSQL;
    c.host = m_dir.path();
    c.port = m_port;
    c.user = kUser;
    c.databaseName = database;
    return c;
}

bool PgServer::startServer(QString *output)
{
    // MYNETWORK_PG_OPTIONS adds server settings for a diagnosis (the team
    // bench's --sample-waits reads pg_stat_statements when it is loaded).
    const QString options = QStringLiteral("-k %1 -c listen_addresses='' -p %2 -c fsync=off %3")
                                .arg(m_dir.path())
                                .arg(m_port)
                                .arg(qEnvironmentVariable("MYNETWORK_PG_OPTIONS"));
    m_running = run(m_bin + QStringLiteral("/pg_ctl"),
                    {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-o"), options,
                     QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                     QStringLiteral("start")},
                    output);
    return m_running;
}

bool PgServer::stop()
{
    if (!m_running)
        return true;
    m_running = !run(m_bin + QStringLiteral("/pg_ctl"),
                     {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                      QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    return !m_running;
}

bool PgServer::restart()
{
    QString out;
    if (!startServer(&out)) {
        qWarning("restart: %s", qPrintable(out));
        return false;
    }
    return true;
}

bool PgServer::exec(const QString &database, const QStringList &statements, QString *error)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-exec"));
        db.setHostName(m_dir.path());
        db.setPort(m_port);
        db.setUserName(kUser);
        db.setDatabaseName(database);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (!ok)
                break;
            ok = q.exec(statement);
        }
        if (!ok && error)
            *error = db.isOpen() ? q.lastError().text() : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-exec"));
    return ok;
}

QString PgServer::text(const QString &database, const QString &statement)
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-text"));
        db.setHostName(m_dir.path());
        db.setPort(m_port);
        db.setUserName(kUser);
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(statement) && q.next())
                value = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-text"));
    return value;
}

StoreConfig PgServer::createDatabase(const QString &name)
{
    StoreConfig c = config(QStringLiteral("postgres"));
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-admin"));
        admin.setHostName(c.host);
        admin.setPort(c.port);
        admin.setUserName(c.user);
        admin.setDatabaseName(c.databaseName);
        if (admin.open()) {
            QSqlQuery q(admin);
            if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
                qWarning("create database: %s", qPrintable(q.lastError().text()));
        } else {
            qWarning("admin connection: %s", qPrintable(admin.lastError().text()));
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
    c.databaseName = name;
    return c;
}
