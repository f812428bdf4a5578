#pragma once

#include "dialect.h"
#include "storeconfig.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class Checkpointer;

// Owns the one named Qt SQL connection of the app's GUI thread. A worker
// thread opens a Store of its own on the same config.
class Store final
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
    };

    Store();
    ~Store();

    // Opens, checks and migrates. On failure the file is left as it was.
    bool open(const StoreConfig &config);
    void close();
    bool isOpen() const;

    Error error() const { return m_error; }
    QString errorMessage() const { return m_errorMessage; }

    QSqlDatabase database() const;
    const Dialect &dialect() const { return m_dialect; }
    const StoreConfig &config() const { return m_config; }
    // True when open() found no schema and created one: time for demo data.
    bool wasCreated() const { return m_created; }
    int schemaVersion() const { return m_schemaVersion; }
    // Null when the backend checkpoints by itself (PostgreSQL, :memory:).
    Checkpointer *checkpointer() const { return m_checkpointer.get(); }
    // Called after each commit.
    void committed() const;

private:
    bool openChecked(const StoreConfig &config);
    bool fail(Error error, const QString &message);
    bool checkSqliteFile();
    bool probe(int *version);
    bool applySetup(const QStringList &statements);
    bool migrateFrom(int version);

    StoreConfig m_config;
    Dialect m_dialect;
    QString m_connectionName;
    Error m_error = Error::None;
    QString m_errorMessage;
    bool m_created = false;
    int m_schemaVersion = 0;
    std::unique_ptr<Checkpointer> m_checkpointer;
};

// One write transaction; rolls back unless committed. Multi-row changes
// always go through one of these.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(const Store &store);
    ~Transaction();
    bool isActive() const { return m_active; }
    bool commit(QString *error = nullptr);
    void rollback();
    QString error() const { return m_error; }

private:
    const Store &m_store;
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};
