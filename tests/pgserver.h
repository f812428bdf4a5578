#pragma once

#include "store/storeconfig.h"

#include <QString>
#include <QTemporaryDir>

// A throw-away PostgreSQL server for the tests: its own cluster in a
// temporary folder, reached over a Unix socket there, stopped at the end.
// Where the server binaries are missing it says why, and tests skip
// (PG_START_OR_SKIP in pgtest.h); any other failure to start fails the test.
class PgServer final
{
public:
    PgServer() = default;
    ~PgServer();
    bool start();
    // A streaming standby of `primary` (pg_basebackup -R): a read replica
    // with a cluster of its own, on a socket of its own.
    bool startStandbyOf(const PgServer &primary);
    QString whyNot() const { return m_whyNot; }
    // The driver and the server binaries are here: a start that fails then
    // is a failure, never a skip.
    bool installed() const { return m_installed; }
    // CI (CI=true) or MYNETWORK_REQUIRE_POSTGRES=1: PostgreSQL must run.
    static bool required();
    // A new empty database on the server, and the store settings to reach it.
    StoreConfig createDatabase(const QString &name);
    // The settings that reach `database` on this server.
    StoreConfig config(const QString &database) const;
    // The first column of the first row, as the server's superuser.
    QString text(const QString &database, const QString &statement);
    // Statements as the server's superuser on `database`.
    bool exec(const QString &database, const QStringList &statements, QString *error = nullptr);
    // For the connection-loss tests: the server goes away and comes back
    // on the same socket.
    bool stop();
    bool restart();
    QString socketFolder() const { return m_dir.path(); }
    int port() const { return m_port; }

private:
    bool run(const QString &program, const QStringList &args, QString *output = nullptr);
    bool startServer(QString *output);
    bool findBinaries();

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_running = false;
    bool m_installed = false;
    QString m_whyNot;
};
