#include "store/connection.h"

#include "base/heldfiles.h"
#include "store/dialect.h"
#include "store/sql.h"
#include "store/unprepared.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

Connection::~Connection()
{
    close();
}

bool Connection::open(const StoreConfig &given, const QString &purpose, Setup setup)
{
    close();
    // Through the team store's pooler, when it has one (Unprepared).
    const StoreConfig config = given.poolerLocation.isEmpty() ? given : given.poolerConfig();
    static QAtomicInt counter;
    m_name = QStringLiteral("mynetwork-%1-%2").arg(purpose).arg(counter.fetchAndAddRelaxed(1));
    m_error.clear();
    m_driverError.clear();
    QSqlDatabase db = config.addConnection(m_name);
    if (!db.open()) {
        m_driverError = db.lastError().text();
        m_error = tr("Cannot open the database %1: %2").arg(config.displayName(), m_driverError);
        return false;
    }
    Unprepared::set(db, config.throughPooler);
    if (config.backend == StoreConfig::Backend::SQLite && !config.isInMemory()) {
        m_heldPath = config.databaseName;
        HeldFiles::hold(m_heldPath);
    }
    if (setup != Setup::None) {
        const Dialect dialect(config.backend);
        QSqlQuery q(db);
        for (const QString &statement : setup == Setup::Writer ? dialect.sessionSetup() : dialect.readerSetup()) {
            if (!q.exec(statement)) {
                m_error = tr("Cannot prepare the database %1: %2").arg(config.databaseName, Sql::describe(q));
                return false;
            }
        }
    }
    return true;
}

bool Connection::reopen(const StoreConfig &given)
{
    const StoreConfig config = given.poolerLocation.isEmpty() ? given : given.poolerConfig();
    QSqlDatabase db = database();
    db.close();
    m_driverError.clear();
    if (!db.open()) {
        m_driverError = db.lastError().text();
        m_error = tr("Cannot open the database %1: %2").arg(config.displayName(), m_driverError);
        return false;
    }
    QSqlQuery q(db);
    for (const QString &statement : Dialect(config.backend).sessionSetup()) {
        if (!q.exec(statement)) {
            m_driverError = q.lastError().text();
            m_error = tr("Cannot prepare the database %1: %2").arg(config.displayName(), Sql::describe(q));
            return false;
        }
    }
    return true;
}

void Connection::close()
{
    if (m_name.isEmpty())
        return;
    if (!m_heldPath.isEmpty())
        HeldFiles::beforeClose(m_heldPath);
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
    if (!m_heldPath.isEmpty()) {
        HeldFiles::release(m_heldPath);
        m_heldPath.clear();
    }
}

bool Connection::isOpen() const
{
    return !m_name.isEmpty() && database().isOpen();
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}
