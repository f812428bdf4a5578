#include "store/backups.h"

#include "store/changefeed.h"
#include "store/connection.h"
#include "store/schema.h"
#include "store/sql.h"
#include "store/store.h"
#include "store/storecopy.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {

constexpr const char *kTimeFormat = "yyyyMMdd'T'HHmmss'Z'";

QString stem(const StoreConfig &config)
{
    return QFileInfo(config.databaseName).completeBaseName();
}

// "network-20261207T060000Z.sqlite", "network-20261207T060000Z-before-schema-9.sqlite"
QRegularExpression namePattern(const StoreConfig &config)
{
    return QRegularExpression(
        QStringLiteral("^%1-(\\d{8}T\\d{6}Z)(-[a-z0-9-]+)?\\.sqlite$").arg(QRegularExpression::escape(stem(config))));
}

// A backup is another program's file to this process: a read-only
// connection of its own, opened and closed as needed.
class BackupConnection
{
public:
    explicit BackupConnection(const QString &path)
        : m_name(QStringLiteral("mynetwork-backup-%1").arg(counter().fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~BackupConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    static QAtomicInt &counter()
    {
        static QAtomicInt c;
        return c;
    }
    QString m_name;
    bool m_open = false;
};

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

}

QString Backups::folder(const StoreConfig &config)
{
    if (!config.backupFolder.isEmpty())
        return config.backupFolder;
    return QFileInfo(config.databaseName).absoluteDir().filePath(QStringLiteral("backups"));
}

QList<BackupInfo> Backups::list(const StoreConfig &config)
{
    const QRegularExpression pattern = namePattern(config);
    QList<BackupInfo> backups;
    const QDir dir(folder(config));
    for (const QFileInfo &file :
         dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed)) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        BackupInfo info;
        info.path = file.absoluteFilePath();
        info.takenMs = QDateTime::fromString(match.captured(1), QLatin1String(kTimeFormat)).toMSecsSinceEpoch();
        info.bytes = file.size();
        info.tag = match.captured(2).mid(1);
        readCounts(&info);
        backups.append(info);
    }
    std::stable_sort(backups.begin(), backups.end(),
                     [](const BackupInfo &a, const BackupInfo &b) { return a.takenMs > b.takenMs; });
    return backups;
}

bool Backups::isDue(const StoreConfig &config, qint64 nowMs)
{
    if (config.backupsKept <= 0)
        return false;
    const QRegularExpression pattern = namePattern(config);
    qint64 newest = -1;
    for (const QString &name : QDir(folder(config)).entryList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            newest = qMax(newest,
                          QDateTime::fromString(match.captured(1), QLatin1String(kTimeFormat)).toMSecsSinceEpoch());
    }
    return newest < 0 || nowMs - newest >= kDailyMs;
}

bool Backups::take(const StoreConfig &config, qint64 nowMs, const QString &tag, QString *path, QString *error)
{
    const QString dir = folder(config);
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    QString name = stem(config) + QLatin1Char('-')
        + QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QLatin1String(kTimeFormat));
    if (!tag.isEmpty())
        name += QLatin1Char('-') + tag;
    const QString target = QDir(dir).filePath(name + QStringLiteral(".sqlite"));
    // A sibling connection: SQLite's own, so the store's locks stay.
    Connection connection;
    if (!connection.open(config, QStringLiteral("backup"), Connection::Setup::Reader)) {
        if (error)
            *error = connection.errorMessage();
        return false;
    }
    if (!StoreCopy::snapshot(connection.database(), target, error))
        return false;
    if (path)
        *path = target;
    prune(config);
    return true;
}

void Backups::prune(const StoreConfig &config)
{
    const QRegularExpression pattern = namePattern(config);
    QStringList names;
    for (const QString &name : QDir(folder(config)).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name))
        if (pattern.match(name).hasMatch())
            names.append(name);
    // The time in the name sorts as text.
    std::sort(names.begin(), names.end(), [&pattern](const QString &a, const QString &b) {
        return pattern.match(a).captured(1) > pattern.match(b).captured(1);
    });
    for (qsizetype i = qMax(1, config.backupsKept); i < names.size(); ++i)
        removeWithCompanions(QDir(folder(config)).filePath(names.at(i)));
}

bool Backups::readCounts(BackupInfo *info)
{
    BackupConnection connection(info->path);
    if (!connection.isOpen())
        return false;
    QSqlQuery q(connection.database());
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM members), (SELECT COUNT(*) / 2 FROM connections),"
                               " (SELECT COUNT(*) FROM contacts)"))
        || !q.next())
        return false;
    info->members = q.value(0).toLongLong();
    info->connections = q.value(1).toLongLong();
    info->contacts = q.value(2).toLongLong();
    return true;
}

int Backups::schemaVersion(const QString &path)
{
    BackupConnection connection(path);
    QSqlQuery q(connection.database());
    return connection.isOpen() && q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next()
        ? q.value(0).toInt()
        : -1;
}

bool Backups::isSound(const QString &path)
{
    BackupConnection connection(path);
    QSqlQuery q(connection.database());
    return connection.isOpen() && q.exec(QStringLiteral("PRAGMA quick_check(1)")) && q.next()
        && q.value(0).toString() == QLatin1String("ok");
}

BackupInfo Backups::latestSound(const StoreConfig &config)
{
    for (const BackupInfo &backup : list(config)) {
        if (isSound(backup.path))
            return backup;
    }
    return {};
}

bool Backups::prepare(const QString &backupPath, QString *preparedPath, QString *error)
{
    const QFileInfo backup(backupPath);
    *preparedPath = backup.absoluteDir().filePath(QStringLiteral(".restoring-") + backup.fileName());
    removeWithCompanions(*preparedPath);
    {
        BackupConnection source(backupPath);
        if (!source.isOpen()) {
            if (error)
                *error = tr("Cannot read the backup %1.").arg(QDir::toNativeSeparators(backupPath));
            return false;
        }
        if (!StoreCopy::snapshot(source.database(), *preparedPath, error))
            return false;
    }
    Store copy; // brings an older backup's schema up to date
    if (!copy.open(StoreConfig::sqlite(*preparedPath))) {
        if (error)
            *error = copy.errorMessage();
        removeWithCompanions(*preparedPath);
        return false;
    }
    return true;
}

namespace {

// SQLite's backup API: the pages of `source` replace those of the store's
// main database in one write transaction of the store's own connection.
bool copyPages(const Store &store, const QString &source, QString *error)
{
    sqlite3 *target = sqliteHandle(store.database());
    sqlite3 *from = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(source).constData(), &from, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK && target) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", from, "main");
        rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(target);
        if (backup)
            sqlite3_backup_finish(backup);
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    if (rc != SQLITE_OK && error)
        *error = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(from);
    return rc == SQLITE_OK && target;
}

}

bool Backups::restore(Store &store, const QString &backupPath, QString *error)
{
    // A backup of this schema is copied as it is; an older one is brought
    // up to date on a copy first (the backup itself stays as it was).
    QString source = backupPath;
    QString prepared;
    if (schemaVersion(backupPath) != Schema::currentVersion()) {
        if (!prepare(backupPath, &prepared, error))
            return false;
        source = prepared;
    }
    // Windows on the store read the change log past the number they saw
    // last: the restored log goes on above the damaged one's, if readable.
    const qint64 lastSeq = Sql::scalar(store.database(), QStringLiteral("SELECT MAX(seq) FROM change_log"), {}, 0);
    bool ok = copyPages(store, source, error);
    if (!prepared.isEmpty())
        removeWithCompanions(prepared);
    if (!ok)
        return false;
    ChangeSet everything;
    everything.everything = true;
    everything.replaced = true;
    Transaction tx(store);
    QSqlQuery q(store.database());
    const qint64 seq = qMax(lastSeq,
                            Sql::scalar(store.database(), QStringLiteral("SELECT MAX(seq) FROM change_log"), {}, 0))
        + 1;
    ok = tx.isActive()
        && Sql::exec(q, QStringLiteral("INSERT INTO change_log (seq, origin, payload) VALUES (?, ?, ?)"),
                     {seq, store.feed() ? store.feed()->origin() : 0, QString::fromUtf8(everything.toJson())}, error);
    if (!tx.isActive() && error)
        *error = tx.error();
    tx.loggedByStore(everything);
    return ok && tx.commit(error);
}
