#pragma once

#include <QSqlDatabase>
#include <QString>

// Everything that differs between the SQL backends lives here and in
// dialect.cpp, so a second backend touches no other file.
struct StoreConfig
{
    enum class Backend { SQLite, PostgreSQL };

    Backend backend = Backend::SQLite;
    QString databaseName; // SQLite: file path or ":memory:"; PostgreSQL: database
    QString host;
    int port = 5432;
    QString user;
    QString password;
    int busyTimeoutMs = 5000;

    static StoreConfig sqlite(const QString &path);
    // The file in the user's application-data folder.
    static StoreConfig defaultSqlite();

    QString driverName() const;
    QString connectOptions() const;
    // A new named connection with every setting above, not yet open.
    QSqlDatabase addConnection(const QString &connectionName) const;
    bool isInMemory() const;
};
