#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QUrlQuery;

// Everything that differs between the SQL backends lives here and in
// dialect.cpp, so a second backend touches no other file.
struct StoreConfig
{
    Q_DECLARE_TR_FUNCTIONS(StoreConfig)
public:
    enum class Backend { SQLite, PostgreSQL };

    Backend backend = Backend::SQLite;
    QString databaseName; // SQLite: file path or ":memory:"; PostgreSQL: database
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString sslMode; // libpq's sslmode; empty: libpq's default (prefer)
    int busyTimeoutMs = 5000;
    // SQLite: make the file's folder when it is missing. Only for the
    // app's own default place; a folder someone named must exist (a typo
    // would otherwise make a new store somewhere unexpected).
    bool createFolder = false;
    // SQLite: where backups go (empty: backups/ beside the store) and how
    // many are kept; 0 takes none.
    QString backupFolder;
    int backupsKept = 7;
    // A team store's read replica (a streaming standby), as a location like
    // the store's; empty: none. Reads that may lag go there (people you may
    // know, the counts): see ReadReplica. Its login and password default to
    // the store's.
    QString replicaLocation;
    // A transaction-mode pooler (PgBouncer) in front of the team store's
    // server, as a location; empty: none. Every connection's queries go
    // through it; what needs a session of its own stays on the server
    // (LISTEN, the engine's lease). See docs/team-admin.md.
    QString poolerLocation;
    // Set on the settings that reach the pooler (poolerConfig()): such a
    // connection prepares nothing on the server (Unprepared).
    bool throughPooler = false;

    // The PostgreSQL schema that holds a team store's tables, so a database
    // that also holds other programs' tables is fine.
    static constexpr const char *kSchema = "mynetwork";

    static StoreConfig sqlite(const QString &path);
    // `location` is libpq's URI form (postgresql://[user[:password]@]host
    // [:port]/dbname[?sslmode=…&host=/socket/folder]) for a team store, or
    // a file path for a local SQLite store. False with a message naming
    // what is wrong in the URI.
    static bool fromLocation(const QString &location, StoreConfig *config, QString *error);
    // Sets replicaLocation after checking it names a PostgreSQL server;
    // false with a message naming what is wrong.
    bool setReplica(const QString &location, QString *error);
    // The replica's own settings (valid only when replicaLocation is set).
    StoreConfig replicaConfig() const;
    // The same for a pooler; its login and password are the store's unless
    // it names its own.
    bool setPooler(const QString &location, QString *error);
    StoreConfig poolerConfig() const;
    // These settings without the pooler: the server itself.
    StoreConfig direct() const;
    // The file in the user's application-data folder.
    static StoreConfig defaultSqlite();

    QString driverName() const;
    QString connectOptions() const;
    // A new named connection with every setting above, not yet open.
    QSqlDatabase addConnection(const QString &connectionName) const;
    bool isInMemory() const;
    // A shared PostgreSQL store: real time, each person as their login.
    bool isTeam() const { return backend == Backend::PostgreSQL; }
    // Where the store is, for messages and the status bar: the file, or
    // login@server:port/database (never the password).
    QString displayName() const;
    QString serverName() const;

private:
    StoreConfig sibling(const QString &location) const;
    static bool applyQuery(const QUrlQuery &query, const QString &location, StoreConfig *config, QString *error);
};
