#include "core/timesandbox.h"

#include "core/sql.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

namespace TimeSandbox {

namespace {

// The network's own tables, each after those it refers to. Not the change log (its numbers only grow, or
// other windows would miss changes), the schema version, the engine's
// lease or the settings of the rules.
const char *const kTables[] = {"members",  "connections",   "invitations", "cooldowns",
                               "contacts", "notifications", "outbox",      "dismissed_suggestions"};

QString tr(const char *text)
{
    return QCoreApplication::translate("TimeSandbox", text);
}

}

QString snapshotPath(const Store &store)
{
    return store.config().databaseName + QStringLiteral(".before-simulated-time");
}

bool hasSnapshot(const Store &store)
{
    return store.dialect().isSQLite() && QFile::exists(snapshotPath(store));
}

bool take(Store &store, QString *error)
{
    if (!store.dialect().isSQLite()) {
        if (error)
            *error = tr("Simulated time exists only on a local store.");
        return false;
    }
    if (hasSnapshot(store))
        return true;
    QSqlQuery q(store.database());
    return Sql::exec(q, QStringLiteral("VACUUM INTO ?"), {snapshotPath(store)}, error);
}

bool restore(Store &store, QString *error)
{
    if (!hasSnapshot(store)) {
        if (error)
            *error = tr("There is no copy of the network from before simulated time.");
        return false;
    }
    QSqlQuery q(store.database());
    if (!Sql::exec(q, QStringLiteral("ATTACH DATABASE ? AS sandbox"), {snapshotPath(store)}, error))
        return false;
    bool ok = true;
    {
        Transaction tx(store);
        ok = tx.isActive();
        const bool sameSchema = ok
            && Sql::scalar(store.database(), QStringLiteral("SELECT MAX(version) FROM sandbox.schema_version"), {}, -1)
                == Sql::scalar(store.database(), QStringLiteral("SELECT MAX(version) FROM main.schema_version"), {}, -2);
        if (ok && !sameSchema) {
            ok = false;
            if (error)
                *error = tr("The copy from before simulated time was made by another version of My Network.");
        }
        // Out with the rows that refer to others first, in with them last,
        // so every foreign key holds at each step.
        for (auto it = std::rbegin(kTables); ok && it != std::rend(kTables); ++it)
            ok = Sql::exec(q, QStringLiteral("DELETE FROM main.%1").arg(QLatin1String(*it)), {}, error);
        for (const char *table : kTables) {
            ok = ok
                && Sql::exec(q, QStringLiteral("INSERT INTO main.%1 SELECT * FROM sandbox.%1").arg(QLatin1String(table)),
                             {}, error);
        }
        tx.changes().everything = true;
        ok = ok && tx.commit(error);
    }
    QSqlQuery detach(store.database());
    Sql::exec(detach, QStringLiteral("DETACH DATABASE sandbox"), {});
    return ok && discard(store, error);
}

bool discard(Store &store, QString *error)
{
    if (!hasSnapshot(store) || QFile::remove(snapshotPath(store)))
        return true;
    if (error)
        *error = tr("Cannot remove %1.").arg(snapshotPath(store));
    return false;
}

}
