#pragma once

#include "store/storeconfig.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

// One named Qt SQL connection of the process: opened with the store's
// connection options, torn down and removed from Qt's registry when this
// object goes. Every connection of the app (the store's, each worker's) is
// opened here, so an SQLite file is only ever touched through SQLite while
// the process holds it (see HeldFiles).
class Connection final
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
    Q_DISABLE_COPY_MOVE(Connection)
public:
    Connection() = default;
    ~Connection();

    enum class Setup {
        None, // the store applies its own, after checking the file
        Reader, // a worker that reads: a small cache (512 KB)
        Writer, // a worker that writes as the store does: all its settings
    };
    // `purpose` names the connection in Qt's registry (for debugging).
    bool open(const StoreConfig &config, const QString &purpose, Setup setup);
    void close();
    // The same named connection opened anew with the writer's settings
    // (after a server went away); its old session is gone.
    bool reopen(const StoreConfig &config);
    bool isOpen() const;

    QSqlDatabase database() const;
    QString name() const { return m_name; }
    QString errorMessage() const { return m_error; }
    // The driver's own words for a failed open (for classifying it).
    QString driverError() const { return m_driverError; }

private:
    QString m_name;
    QString m_heldPath;
    QString m_error;
    QString m_driverError;
};

// The SQLite handle under a Qt connection, or null on another driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db);
