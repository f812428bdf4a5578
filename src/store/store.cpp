#include "store/store.h"

#include "base/heldfiles.h"
#include "store/changefeed.h"
#include "store/checkpointer.h"
#include "store/membersession.h"
#include "store/readreplica.h"
#include "store/schema.h"
#include "store/servererror.h"
#include "store/sql.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QWaitCondition>

#include <optional>

struct Store::Shared
{
    mutable QMutex mutex;
    mutable QWaitCondition released;
    QString writeHold;
    Store::Hold hold = Store::Hold::Refuse;
    ChangeFeed *feed = nullptr; // the primary's
    std::function<void(const QString &)> connectionLost;
};

namespace {

// A session-level advisory lock around reading and migrating the schema,
// where the backend has one (SQLite's write lock serialises that already).
class MigrationLock
{
public:
    explicit MigrationLock(const Store &store)
        : m_db(store.database())
        , m_unlock(store.dialect().migrationUnlock())
    {
        const QString lock = store.dialect().migrationLock();
        if (!lock.isEmpty())
            QSqlQuery(m_db).exec(lock);
    }
    ~MigrationLock()
    {
        if (!m_unlock.isEmpty())
            QSqlQuery(m_db).exec(m_unlock);
    }

private:
    QSqlDatabase m_db;
    QString m_unlock;
};

// SQLite result codes as the QSQLITE driver reports them.
bool isBusy(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6")
        || e.databaseText().contains(QLatin1String("locked"));
}

bool isCorrupt(const QSqlError &e)
{
    return e.nativeErrorCode() == QLatin1String("11") || e.databaseText().contains(QLatin1String("malformed"));
}

Store::Error serverError(ServerError::Kind kind)
{
    switch (kind) {
    case ServerError::Kind::Unreachable:
        return Store::Error::ServerUnreachable;
    case ServerError::Kind::LoginRefused:
        return Store::Error::LoginRefused;
    case ServerError::Kind::TlsRequired:
        return Store::Error::TlsRequired;
    case ServerError::Kind::DatabaseMissing:
        return Store::Error::DatabaseMissing;
    case ServerError::Kind::Other:
        break;
    }
    return Store::Error::CannotOpen;
}

bool onGuiThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return app && QThread::currentThread() == app->thread();
}

bool isNotADatabase(const QSqlError &e)
{
    return e.nativeErrorCode() == QLatin1String("26") || e.databaseText().contains(QLatin1String("not a database"));
}

}

Store::Store()
    : m_shared(std::make_shared<Shared>())
{
}

Store::~Store()
{
    close();
}

bool Store::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorMessage = message;
    return false;
}

bool Store::open(const StoreConfig &config)
{
    close();
    if (openChecked(config))
        return true;
    close(); // after every query of the failed attempt is gone
    return false;
}

bool Store::openChecked(const StoreConfig &config)
{
    m_config = config;
    m_dialect = Dialect(config.backend);
    m_error = Error::None;
    m_errorMessage.clear();
    m_created = false;

    if (!QSqlDatabase::isDriverAvailable(config.driverName())) {
        return fail(Error::DriverMissing, tr("The Qt SQL driver %1 is not installed.").arg(config.driverName()));
    }
    if (m_dialect.isSQLite() && !config.isInMemory() && !checkSqliteFile())
        return false;
    if (!m_connection.open(config, QStringLiteral("store"), Connection::Setup::None)) {
        if (m_dialect.isSQLite())
            return fail(Error::CannotOpen, m_connection.errorMessage());
        const ServerError::Kind kind = ServerError::classify(m_connection.driverError());
        return fail(serverError(kind), ServerError::describe(config, kind, m_connection.driverError()));
    }

    if (!config.poolerLocation.isEmpty() && !poolerChoosesSchema())
        return false;
    int version = 0;
    if (!probe(&version))
        return false;
    if (!config.poolerLocation.isEmpty() && version != Schema::currentVersion())
        return fail(Error::MigrationFailed,
                    tr("The team store %1 is at schema %2 and this version of My Network needs %3: a migration "
                       "runs on the server itself, not through the pooler %4. Open it once without the pooler "
                       "(or run mynetwork-admin init).")
                        .arg(config.displayName())
                        .arg(version)
                        .arg(Schema::currentVersion())
                        .arg(config.poolerConfig().serverName()));
    // Two clients starting at once on an empty or older server database:
    // the second waits here until the first has migrated, then finds it.
    // Only then: any login can hold an advisory lock, so an everyday open
    // must not wait for one.
    std::optional<MigrationLock> lock;
    if (version != Schema::currentVersion() && !m_dialect.migrationLock().isEmpty()) {
        lock.emplace(*this);
        if (!probe(&version))
            return false;
    }
    if (version > Schema::currentVersion()) {
        return fail(Error::TooNew,
                    tr("The database %1 was written by a newer version of My Network (schema %2; "
                       "this version reads up to %3). It was left unchanged.")
                        .arg(config.displayName())
                        .arg(version)
                        .arg(Schema::currentVersion()));
    }
    if (!applySetup(m_dialect.sessionSetup()) || !migrateFrom(version) || !applySetup(m_dialect.afterMigration()))
        return false;
    m_created = version == 0;
    m_schemaVersion = Schema::currentVersion();
    m_dialect.setMemberSession(!m_dialect.isSQLite() && MemberSession::isMember(database()));
    m_feed = std::make_unique<ChangeFeed>();
    m_shared->feed = m_feed.get();
    if (m_dialect.isSQLite() && !config.isInMemory()) {
        m_checkpointer = std::make_unique<Checkpointer>(config);
        // The net under HeldFiles, once SQLite holds the file in WAL mode:
        // a read makes it open the WAL and take its shared locks (a new
        // store switched to WAL holds none until then).
        QSqlQuery read(database());
        if (!read.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !HeldFiles::guard(config.databaseName))
            qWarning("%s: the store's lock guard could not be armed", qPrintable(config.databaseName));
    }
    return true;
}

// The one place that looks at the file before SQLite does, and it only
// stat()s it: opening and closing any descriptor of the file would drop the
// locks that this process's other SQLite connections hold on it (POSIX),
// and another program could then delete the write-ahead log under them.
// Whether the bytes are an SQLite database is SQLite's to say (probe()).
bool Store::checkSqliteFile()
{
    const QFileInfo info(m_config.databaseName);
    const QString path = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists()) {
        const QString folder = QDir::toNativeSeparators(info.absolutePath());
        if (!QFileInfo(info.absolutePath()).isDir() && !m_config.createFolder)
            return fail(Error::CannotCreate,
                        tr("The folder %1 does not exist, so the database %2 cannot be "
                           "created there. Create the folder or choose another place.")
                            .arg(folder, path));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(Error::CannotCreate, tr("Cannot create the folder %1.").arg(folder));
        return true;
    }
    // Permission bits, not access(): as root access() says yes to everything,
    // yet a user who made the file read-only means it.
    if (!(info.permissions() & QFileDevice::WriteOwner) || !info.isWritable()) {
        return fail(Error::ReadOnly,
                    tr("The database %1 is read-only. My Network needs to write to it; "
                       "it was left unchanged.")
                        .arg(path));
    }
    return true;
}

bool Store::openWorker(const Store &primary)
{
    close();
    m_config = primary.m_config;
    m_dialect = primary.m_dialect;
    m_error = Error::None;
    m_errorMessage.clear();
    m_created = false;
    m_schemaVersion = primary.m_schemaVersion;
    m_shared = primary.m_shared;
    m_primaryCheckpointer = primary.checkpointer();
    if (!m_connection.open(m_config, QStringLiteral("worker"), Connection::Setup::Writer)) {
        fail(Error::CannotOpen, m_connection.errorMessage());
        m_connection.close();
        return false;
    }
    return true;
}

// Reads the schema version without writing anything.
// Whether SQLite can read the file at all: locked, not SQLite, damaged.
bool Store::probeFile()
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")))
        return true;
    const QString path = QDir::toNativeSeparators(m_config.databaseName);
    const QSqlError e = q.lastError();
    if (isBusy(e))
        return fail(Error::Locked,
                    tr("The database %1 is locked by another program. "
                       "Close it and try again.")
                        .arg(path));
    if (isNotADatabase(e)) {
        return fail(Error::NotADatabase,
                    tr("%1 is not a My Network database (it is not an SQLite file). "
                       "It was left unchanged.")
                        .arg(path));
    }
    if (isCorrupt(e))
        return fail(Error::Corrupt,
                    tr("The database %1 is damaged (%2). It was left unchanged; "
                       "restore it from a backup or choose another file.")
                        .arg(path, e.databaseText()));
    return fail(Error::CannotOpen, tr("Cannot read the database %1: %2").arg(path, e.text()));
}

// The store's tables: the file's, or on a server only the store's own
// schema's (other programs' tables in the same database are none of its
// business).
bool Store::probeTables(QStringList *tables)
{
    QSqlDatabase db = database();
    if (m_dialect.isSQLite()) {
        *tables = db.tables();
        return true;
    }
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = ?"),
                   {QLatin1String(StoreConfig::kSchema)}, nullptr)) {
        return fail(Error::CannotOpen,
                    tr("Cannot read the team store on %1: %2").arg(m_config.serverName(), Sql::describe(q)));
    }
    while (q.next())
        tables->append(q.value(0).toString());
    return true;
}

bool Store::probe(int *version)
{
    QStringList tables;
    if ((m_dialect.isSQLite() && !probeFile()) || !probeTables(&tables))
        return false;
    if (tables.isEmpty()) {
        *version = 0;
        return true;
    }
    const QString path = QDir::toNativeSeparators(m_config.databaseName);
    if (!tables.contains(QLatin1String("schema_version"))) {
        if (!m_dialect.isSQLite()) {
            return fail(Error::ForeignDatabase,
                        tr("The schema “%1” of the database %2 holds another program's tables, not a My Network "
                           "store. It was left unchanged.")
                            .arg(QLatin1String(StoreConfig::kSchema), m_config.displayName()));
        }
        return fail(Error::ForeignDatabase,
                    tr("%1 holds another program's data, not a My Network "
                       "database. It was left unchanged.")
                        .arg(path));
    }
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next()) {
        const QSqlError e = q.lastError();
        if (isBusy(e))
            return fail(Error::Locked,
                        tr("The database %1 is locked by another program. "
                           "Close it and try again.")
                            .arg(path));
        return fail(Error::Corrupt,
                    tr("The database %1 has no schema version; it is damaged. "
                       "It was left unchanged.")
                        .arg(path));
    }
    *version = q.value(0).toInt();
    return true;
}

bool Store::applySetup(const QStringList &statements)
{
    QSqlQuery q(database());
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            if (isBusy(q.lastError()))
                return fail(Error::Locked,
                            tr("The database %1 is locked by another program. "
                               "Close it and try again.")
                                .arg(m_config.databaseName));
            return fail(Error::CannotOpen,
                        tr("Cannot prepare the database %1: %2").arg(m_config.databaseName, Sql::describe(q)));
        }
    }
    return true;
}

bool Store::migrateFrom(int version)
{
    if (version == Schema::currentVersion())
        return true;
    QString backupError;
    if (version > 0 && m_beforeMigration && !m_beforeMigration(version, &backupError)) {
        return fail(Error::MigrationFailed,
                    tr("The database %1 needs an update (schema %2 to %3), but no backup could "
                       "be made first: %4. Nothing was changed.")
                        .arg(m_config.databaseName)
                        .arg(version)
                        .arg(Schema::currentVersion())
                        .arg(backupError));
    }
    Transaction tx(*this);
    if (!tx.isActive())
        return fail(isBusy(database().lastError()) ? Error::Locked : Error::MigrationFailed,
                    tr("Cannot update the database %1: %2").arg(m_config.databaseName, tx.error()));
    QSqlDatabase db = database();
    QString error;
    if (!Schema::migrate(db, m_dialect, version, &error) || !tx.commit(&error)) {
        tx.rollback();
        // A member's login may not change the schema: say who can.
        const bool notOwner = error.contains(QLatin1String("permission denied"))
            || error.contains(QLatin1String("must be owner"));
        if (!m_dialect.isSQLite() && version > 0 && notOwner) {
            return fail(Error::MigrationFailed,
                        tr("The team store %1 needs an update (schema %2 to %3) that only its owner may make. "
                           "Ask its administrator to run: mynetwork-admin --db … init. Nothing was changed.")
                            .arg(m_config.displayName())
                            .arg(version)
                            .arg(Schema::currentVersion()));
        }
        return fail(Error::MigrationFailed,
                    tr("Updating the database %1 from schema %2 to %3 failed: %4. "
                       "Nothing was changed.")
                        .arg(m_config.databaseName)
                        .arg(version)
                        .arg(Schema::currentVersion())
                        .arg(error));
    }
    return true;
}

ChangeFeed *Store::feed() const
{
    return m_shared->feed;
}

void Store::committed(const ChangeSet &changes) const
{
    if (ChangeFeed *f = feed())
        f->publish(changes);
    if (m_checkpointer)
        m_checkpointer->request();
    else if (m_primaryCheckpointer)
        m_primaryCheckpointer->request();
}

void Store::holdWrites(const QString &reason, Hold hold)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->writeHold = reason;
    m_shared->hold = hold;
    // Waiters go on when the hold ends, and learn when it became one that
    // does not pass (a damaged store).
    m_shared->released.wakeAll();
}

QString Store::waitForWrites(int waitMs) const
{
    QMutexLocker lock(&m_shared->mutex);
    // The GUI thread never waits: the hold may end on its own event loop.
    if (m_shared->hold == Hold::UntilDone && !m_shared->writeHold.isEmpty() && !onGuiThread()) {
        QDeadlineTimer deadline(waitMs);
        while (!m_shared->writeHold.isEmpty() && m_shared->hold == Hold::UntilDone)
            if (!m_shared->released.wait(&m_shared->mutex, deadline))
                break;
    }
    return m_shared->writeHold;
}

bool Store::isWaitableHold() const
{
    QMutexLocker lock(&m_shared->mutex);
    return !m_shared->writeHold.isEmpty() && m_shared->hold == Hold::UntilDone;
}

void Store::setBeforeMigration(std::function<bool(int, QString *)> hook)
{
    m_beforeMigration = std::move(hook);
}

void Store::releaseWrites()
{
    holdWrites(QString());
}

QString Store::writeHold() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->writeHold;
}

QString Store::serverAwayReason(const StoreConfig &config)
{
    return tr("the connection to the team server %1 was lost; reconnecting…").arg(config.serverName());
}

bool Store::reconnect(QString *error)
{
    if (!m_connection.reopen(m_config)) {
        *error = ServerError::describe(m_config, ServerError::classify(m_connection.driverError()),
                                       m_connection.driverError());
        return false;
    }
    if (!m_listen.name().isEmpty() && !m_listen.reopen(m_config.direct())) {
        *error = ServerError::describe(m_config.direct(), ServerError::classify(m_listen.driverError()),
                                       m_listen.driverError());
        return false;
    }
    return true;
}

void Store::setConnectionLostHandler(std::function<void(const QString &)> handler)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->connectionLost = std::move(handler);
}

void Store::reportIfConnectionLost(const QSqlError &error) const
{
    if (m_dialect.isSQLite() || !ServerError::isConnectionLost(error))
        return;
    std::function<void(const QString &)> handler;
    {
        QMutexLocker lock(&m_shared->mutex);
        handler = m_shared->connectionLost;
    }
    if (handler)
        handler(error.text());
}

void Store::close()
{
    m_checkpointer.reset(); // its last checkpoint runs while the file is still open
    m_primaryCheckpointer = nullptr;
    if (m_feed) {
        m_shared->feed = nullptr;
        m_feed.reset();
    }
    m_replica.reset();
    m_listen.close();
    m_connection.close();
}

bool Store::isOpen() const
{
    return m_connection.isOpen();
}

QSqlDatabase Store::database() const
{
    return m_connection.database();
}

// Through a pooler, its server connections must choose the store's schema
// themselves (its connect_query): a session's SET would stay on whichever
// server connection ran it.
bool Store::poolerChoosesSchema()
{
    QSqlQuery look(database());
    if (look.exec(QStringLiteral("SELECT to_regclass('invitations') IS NOT NULL")) && look.next()
        && look.value(0).toBool())
        return true;
    return fail(Error::ForeignDatabase,
                tr("The pooler %1 does not choose the team store's schema on its server connections: give its "
                   "database the connect_query that docs/team-admin.md shows.")
                    .arg(m_config.poolerConfig().serverName()));
}

// Notices need a session on the store's own server (a pooler keeps none).
bool Store::openListener() const
{
    if (m_listen.open(m_config.direct(), QStringLiteral("listen"), Connection::Setup::None))
        return true;
    qWarning("%s", qPrintable(m_listen.errorMessage()));
    return false;
}

// Never the pooler's: a LISTEN there would stay on a server connection
// other clients share. A listener that cannot be opened gives a closed
// connection, the feed says it cannot listen, and looks every few seconds.
QSqlDatabase Store::listenDatabase() const
{
    if (m_config.poolerLocation.isEmpty())
        return database();
    if (!m_listen.isOpen())
        openListener();
    return m_listen.database();
}

QSqlDatabase Store::readDatabase() const
{
    if (m_config.replicaLocation.isEmpty() || !m_config.isTeam())
        return database();
    if (!m_replica) {
        m_replica = std::make_unique<ReadReplica>();
        m_replica->open(m_config, QStringLiteral("window-replica"));
    }
    return m_replica->forRead(database(), 0);
}

Transaction::Transaction(const Store &store)
    : m_store(store)
    , m_db(store.database())
{
    // A worker's write (an import's save) waits for the start-up check.
    m_error = store.waitForWrites(kCheckWaitMs);
    if (!m_error.isEmpty())
        return;
    if (store.dialect().isSQLite() && !store.config().isInMemory()) {
        // Before each write: locks dropped by code outside SQLite are taken
        // again before anything could be lost with them (see LockGuard).
        for (const QString &line : HeldFiles::repairLocks())
            qWarning("%s", qPrintable(line));
    }
    QSqlQuery q(m_db);
    m_active = q.exec(store.dialect().beginWrite());
    if (!m_active) {
        m_error = Sql::describe(q);
        store.reportIfConnectionLost(q.lastError());
    }
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit(QString *error)
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!m_changes.isEmpty() && !m_loggedByStore && !logChanges()) {
        if (error)
            *error = m_error;
        rollback();
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = Sql::describe(q);
        m_store.reportIfConnectionLost(q.lastError());
        if (error)
            *error = m_error;
        rollback();
        return false;
    }
    m_active = false;
    m_committed = true;
    if (!m_deferPublish)
        publish();
    return true;
}

bool Transaction::memberNames(const QList<qint64> &ids, QHash<qint64, QString> *names)
{
    if (!m_active)
        return false;
    QVariantList params;
    QStringList marks;
    for (qint64 id : ids) {
        params.append(id);
        marks.append(QStringLiteral("?"));
    }
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT id, name FROM members WHERE id IN (%1)").arg(marks.join(QLatin1Char(','))),
                   params, &m_error))
        return false;
    while (q.next())
        names->insert(q.value(0).toLongLong(), q.value(1).toString());
    return true;
}

void Transaction::publish()
{
    if (!m_committed)
        return;
    m_committed = false;
    m_store.committed(m_changes);
}

bool Transaction::logChanges()
{
    const ChangeFeed *feed = m_store.feed();
    if (!feed)
        return true;
    QSqlQuery q(m_db);
    if (!m_store.dialect().isSQLite()) {
        // The store checks that a member's login tells only of its own rows.
        return Sql::exec(q, QStringLiteral("SELECT mynetwork.log_change(?, ?)"),
                         {feed->origin(), QString::fromUtf8(m_changes.toJson())}, &m_error);
    }
    if (!Sql::exec(q, QStringLiteral("INSERT INTO change_log (origin, payload) VALUES (?, ?) RETURNING seq"),
                   {feed->origin(), QString::fromUtf8(m_changes.toJson())}, &m_error)
        || !q.next())
        return false;
    const qint64 seq = q.value(0).toLongLong();
    q.finish();
    // Now and then, the log forgets what every window has long seen.
    if (seq % 1000 == 0)
        return Sql::exec(q, QStringLiteral("DELETE FROM change_log WHERE seq <= ?"), {seq - ChangeFeed::kKeptRows},
                         &m_error);
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

void Store::releaseMemory() const
{
    if (!m_dialect.isSQLite())
        return;
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA shrink_memory"))) {
        while (q.next()) {
        }
    } // else only memory is at stake
}
