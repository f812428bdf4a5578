#include "pgbouncer.h"

#include "store/membersession.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <csignal>
#include <unistd.h>

namespace {
const QString kProgram = QStringLiteral("/usr/sbin/pgbouncer");

// PgBouncer refuses to run as root: as root, as the postgres user.
bool run(const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (geteuid() == 0)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), kProgram} + args);
    else
        p.start(kProgram, args);
    const bool ok = p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    *output = QString::fromLocal8Bit(p.readAll());
    return ok;
}

// A value of PgBouncer's connection string: quoted, quotes doubled.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}
}

PgBouncer::~PgBouncer()
{
    QFile pidFile(m_dir.filePath(QStringLiteral("pgbouncer.pid")));
    if (pidFile.open(QIODevice::ReadOnly)) {
        const pid_t pid = pid_t(pidFile.readAll().trimmed().toLongLong());
        if (pid > 0 && ::kill(pid, SIGTERM) == 0) {
            // Gone before its folder is removed.
            for (int i = 0; i < 100 && ::kill(pid, 0) == 0; ++i)
                QThread::msleep(20);
        }
    }
}

bool PgBouncer::installed() const
{
    return QFile::exists(kProgram);
}

bool PgBouncer::start(PgServer &server, const QString &database, const QStringList &logins, int poolSize)
{
    if (!installed()) {
        m_whyNot = QStringLiteral("no %1 (package pgbouncer)").arg(kProgram);
        return false;
    }
    if (geteuid() == 0)
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir.path()});
    if (!writeConfig(server, database, logins, poolSize))
        return false;
    QString out;
    if (!run({QStringLiteral("-d"), m_dir.filePath(QStringLiteral("pgbouncer.ini"))}, &out)) {
        m_whyNot = QStringLiteral("pgbouncer did not start: ") + out;
        return false;
    }
    const QString socket = m_dir.filePath(QStringLiteral(".s.PGSQL.%1").arg(m_port));
    for (int i = 0; i < 100 && !QFile::exists(socket); ++i)
        QThread::msleep(50);
    if (!QFile::exists(socket)) {
        QFile log(m_dir.filePath(QStringLiteral("pgbouncer.log")));
        log.open(QIODevice::ReadOnly);
        m_whyNot = QStringLiteral("pgbouncer is not listening: ") + QString::fromLocal8Bit(log.readAll());
        return false;
    }
    return true;
}

bool PgBouncer::writeConfig(PgServer &server, const QString &database, const QStringList &logins, int poolSize)
{
    // The logins' SCRAM secrets, as the server keeps them.
    QStringList users;
    for (const QString &login : logins) {
        const QString secret = server.text(
            database, QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(login));
        if (!secret.startsWith(QLatin1String("SCRAM-SHA-256$"))) {
            m_whyNot = QStringLiteral("the login %1 has no SCRAM secret").arg(login);
            return false;
        }
        users.append(QStringLiteral("\"%1\" \"%2\"").arg(login, secret));
    }
    m_port = server.port() + 2;
    const QString target =
        QStringLiteral("host=%1 port=%2 dbname=%3").arg(server.socketFolder()).arg(server.port()).arg(database);
    const QString ini = QStringLiteral("[databases]\n"
                                       "pooled = %1 connect_query=%2\n"
                                       "bare = %1\n"
                                       "[pgbouncer]\n"
                                       "listen_addr =\n"
                                       "unix_socket_dir = %3\n"
                                       "listen_port = %4\n"
                                       "auth_type = scram-sha-256\n"
                                       "auth_file = %3/userlist.txt\n"
                                       "pool_mode = transaction\n"
                                       "default_pool_size = %5\n"
                                       "max_client_conn = 500\n"
                                       "logfile = %3/pgbouncer.log\n"
                                       "pidfile = %3/pgbouncer.pid\n")
                            .arg(target, quoted(MemberSession::searchPathStatement()), m_dir.path())
                            .arg(m_port)
                            .arg(poolSize);
    for (const auto &[name, text] :
         {std::pair{QStringLiteral("pgbouncer.ini"), ini},
          std::pair{QStringLiteral("userlist.txt"), users.join(QLatin1Char('\n')) + QLatin1Char('\n')}}) {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
            m_whyNot = QStringLiteral("cannot write ") + file.fileName();
            return false;
        }
        file.close();
        if (geteuid() == 0)
            QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres"), file.fileName()});
    }
    return true;
}

QString PgBouncer::location(const QString &name) const
{
    return QStringLiteral("postgresql:///") + name + QStringLiteral("?host=")
        + QString::fromLatin1(QUrl::toPercentEncoding(m_dir.path())) + QStringLiteral("&port=")
        + QString::number(m_port);
}
