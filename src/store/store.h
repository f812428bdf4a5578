#pragma once

#include "store/feedsource.h"

#include "base/changeset.h"
#include "store/connection.h"
#include "store/dialect.h"
#include "store/storeconfig.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class ChangeFeed;
class Checkpointer;
class QSqlError;

// Owns the one named Qt SQL connection of the app's GUI thread: checks the
// file, migrates, checkpoints. A worker thread that needs the store's API
// opens a sibling with openWorker(): a connection of its own, no checks.
class ReadReplica;

class Store final : public FeedSource
{
    Q_DECLARE_TR_FUNCTIONS(Store)
    Q_DISABLE_COPY_MOVE(Store)
public:
    enum class Error {
        None,
        DriverMissing,
        CannotCreate,
        CannotOpen,
        NotADatabase,
        Corrupt,
        ForeignDatabase,
        TooNew,
        ReadOnly,
        Locked,
        MigrationFailed,
        ServerUnreachable,
        LoginRefused,
        TlsRequired,
        DatabaseMissing,
    };

    Store();
    ~Store();

    // Opens, checks and migrates. On failure the file is left as it was.
    bool open(const StoreConfig &config);
    // A connection for another thread on the primary's store: the same
    // settings, none of its file checks or migrations (they ran once), and
    // its commits reach the primary's checkpointer and write gate.
    bool openWorker(const Store &primary);
    void close();
    bool isOpen() const override;

    Error error() const { return m_error; }
    QString errorMessage() const { return m_errorMessage; }

    QSqlDatabase database() const override;
    // For a read that a team store's read replica may answer (a search, a
    // profile's connections): the replica when it has everything the store
    // has right now, else database(). It never waits for a lagging replica
    // (this is the window's thread); opened on first use.
    QSqlDatabase readDatabase() const;
    // Through a pooler: a direct connection of its own for LISTEN, opened
    // when the feed first listens (a worker that never does holds none).
    QSqlDatabase listenDatabase() const override;
    // Gives back what a long read filled: SQLite's page cache. Nothing on
    // PostgreSQL.
    void releaseMemory() const;
    const Dialect &dialect() const override { return m_dialect; }
    const StoreConfig &config() const { return m_config; }
    // True when open() found no schema and created one: time for demo data.
    bool wasCreated() const { return m_created; }
    int schemaVersion() const { return m_schemaVersion; }
    // Null when the backend checkpoints by itself (PostgreSQL, :memory:).
    Checkpointer *checkpointer() const { return m_checkpointer.get(); }
    // The feed every commit publishes to (a worker's: its primary's).
    ChangeFeed *feed() const;
    // Called after each commit with what it changed.
    void committed(const ChangeSet &changes = {}) const;

    // While a reason is set, no write transaction begins (it fails with the
    // reason): e.g. while the store is found damaged. Shared by the primary
    // and its workers; thread-safe.
    enum class Hold {
        Refuse, // every write fails at once
        UntilDone, // a passing hold (the start-up check): a write on a worker
        // thread waits for it; one on the GUI thread fails at once
    };
    void holdWrites(const QString &reason, Hold hold = Hold::Refuse);
    void releaseWrites();
    QString writeHold() const;
    // The hold a write on this thread meets: empty once a passing hold
    // ends within `waitMs` (only for Hold::UntilDone, off the GUI thread).
    QString waitForWrites(int waitMs) const;
    bool isWaitableHold() const;
    // Local store: called before a migration of an existing store (a backup
    // then); false stops the open with the error, nothing changed.
    void setBeforeMigration(std::function<bool(int fromVersion, QString *error)> hook);
    // The hold while a team server is away (ServerLink).
    static QString serverAwayReason(const StoreConfig &config);

    // Team store: the primary's connection made anew under the same name
    // after the server was away (every later query uses the new one).
    bool reconnect(QString *error);
    // Told (on the thread that noticed) when a statement found the
    // server gone; shared by the primary and its workers.
    void setConnectionLostHandler(std::function<void(const QString &error)> handler);
    void reportIfConnectionLost(const QSqlError &error) const;

private:
    bool openChecked(const StoreConfig &config);
    bool fail(Error error, const QString &message);
    bool checkSqliteFile();
    bool probeFile();
    bool probeTables(QStringList *tables);
    bool probe(int *version);
    bool applySetup(const QStringList &statements);
    bool poolerChoosesSchema();
    bool openListener() const;
    bool migrateFrom(int version);

    StoreConfig m_config;
    Dialect m_dialect;
    Connection m_connection;
    mutable Connection m_listen; // a team store through a pooler: LISTEN here
    Error m_error = Error::None;
    QString m_errorMessage;
    bool m_created = false;
    int m_schemaVersion = 0;
    std::unique_ptr<Checkpointer> m_checkpointer;
    Checkpointer *m_primaryCheckpointer = nullptr; // a worker's primary's
    std::unique_ptr<ChangeFeed> m_feed;
    mutable std::unique_ptr<ReadReplica> m_replica;
    std::function<bool(int, QString *)> m_beforeMigration;
    struct Shared;
    std::shared_ptr<Shared> m_shared;
};

// One write transaction; rolls back unless committed. Multi-row changes
// always go through one of these.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    // How long a worker's write waits for the start-up check to end: a full
    // check of a large store takes seconds, not minutes.
    static constexpr int kCheckWaitMs = 10 * 60 * 1000;
    explicit Transaction(const Store &store);
    ~Transaction();
    bool isActive() const { return m_active; }
    bool commit(QString *error = nullptr);
    void rollback();
    QString error() const { return m_error; }
    // What this transaction changes: written to change_log with it and
    // published on the store's feed once committed.
    ChangeSet &changes() { return m_changes; }
    // Keeps commit() from publishing; publish() does it later (the engine
    // first gives back the cache a large run filled, then lets views read).
    void deferPublish() { m_deferPublish = true; }
    // The change set was written to change_log by the store itself (a rule
    // function): commit() publishes it without writing it again.
    void loggedByStore(const ChangeSet &changes)
    {
        m_changes.merge(changes);
        m_loggedByStore = true;
    }
    // The name of each of these members that exists (an unknown id is
    // missing), read inside the transaction. Concurrent rule checks need no
    // lock here: SQLite's write lock is taken at BEGIN, and on PostgreSQL the
    // rule functions lock the members' rows themselves (resources/sql).
    bool memberNames(const QList<qint64> &ids, QHash<qint64, QString> *names);
    void publish();

private:
    bool logChanges();

    const Store &m_store;
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
    ChangeSet m_changes;
    bool m_deferPublish = false;
    bool m_loggedByStore = false;
    bool m_committed = false;
};
