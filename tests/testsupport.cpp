#include "testsupport.h"

#include <QFile>

#include "store/sql.h"

#include <QProcess>
#include <QTest>

#include <sys/stat.h>

namespace {
Net::StoreMaker &storeMaker()
{
    static Net::StoreMaker maker;
    return maker;
}
}

void Net::setStoreMaker(const StoreMaker &maker)
{
    storeMaker() = maker;
}

Net::Net(qint64 now, const QString &path)
    : path(path.isEmpty() ? dir.filePath(QStringLiteral("network.sqlite")) : path)
    , config(path.isEmpty() && storeMaker() ? storeMaker()() : StoreConfig::sqlite(this->path))
    , clock(now)
{
    reopen();
}

void Net::reopen()
{
    engine.reset();
    service.reset();
    store = std::make_unique<Store>();
    config.busyTimeoutMs = busyTimeoutMs;
    if (!store->open(config))
        qFatal("cannot open test store: %s", qPrintable(store->errorMessage()));
    service = std::make_unique<InvitationService>(*store, clock);
    engine = std::make_unique<ExpiryEngine>(*store, clock, *service);
}

qint64 Net::utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toMSecsSinceEpoch();
}

qint64 Net::member(const QString &name, const QString &company)
{
    Member m;
    m.name = name;
    m.headline = QStringLiteral("Engineer");
    m.company = company;
    m.location = QStringLiteral("Berlin");
    m.school = QStringLiteral("TU Berlin");
    m.phone = QStringLiteral("+49 30 1234");
    QString local;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit())
            local.append(c);
    }
    m.email = QStringLiteral("%1.%2@example.org").arg(local).arg(++members);
    const JoinResult j = service->join(m);
    if (!j.result.ok())
        qFatal("cannot add member: %s", qPrintable(j.result.message));
    return j.memberId;
}

int Net::count(const QString &sql, std::initializer_list<QVariant> params) const
{
    bool ok = false;
    const qint64 n = Sql::scalar(store->database(), sql, params, -1, &ok);
    if (!ok)
        qFatal("bad test query: %s", qPrintable(sql));
    return int(n);
}

int Net::notificationsOf(qint64 member, NotificationKind kind) const
{
    return count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE member_id = ? AND kind = ?"),
                 {member, int(kind)});
}

int Net::outboxFor(const QString &email) const
{
    return count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE to_email = ?"), {email});
}

QString writeTestFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
    return f.fileName();
}

int locksHeld(qint64 pid, const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray inode = ':' + QByteArray::number(qulonglong(st.st_ino));
    int n = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        // "1: POSIX ADVISORY READ 1234 08:01:5678 128 128"
        if (f.size() >= 6 && f.at(1) == "POSIX" && f.at(4).toLongLong() == pid && f.at(5).endsWith(inode))
            ++n;
    }
    return n;
}

bool openAndCloseAsAnotherProgram(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sqlite3, sys\n"
                                 "c = sqlite3.connect(sys.argv[1])\n"
                                 "c.execute('SELECT COUNT(*) FROM sqlite_master').fetchall()\n"
                                 "c.close()\n"),
                  path});
    return python.waitForFinished(30000) && python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0;
}
