#include "store/storecopy.h"

#include "store/sql.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StoreCopy", text);
}

bool copyTables(Store &store, QString *error)
{
    QSqlQuery q(store.database());
    const QStringList &tables = StoreCopy::networkTables();
    // Out with the rows that refer to others first, in with them last, so
    // every foreign key holds at each step.
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        if (!Sql::exec(q, QStringLiteral("DELETE FROM main.%1").arg(*it), {}, error))
            return false;
    }
    for (const QString &table : tables) {
        if (!Sql::exec(q, QStringLiteral("INSERT INTO main.%1 SELECT * FROM copy.%1").arg(table), {}, error))
            return false;
    }
    return true;
}

}

namespace StoreCopy {

const QStringList &networkTables()
{
    static const QStringList tables = {
        QStringLiteral("members"),       QStringLiteral("member_photos"), QStringLiteral("connections"),
        QStringLiteral("invitations"),   QStringLiteral("cooldowns"),     QStringLiteral("contacts"),
        QStringLiteral("notifications"), QStringLiteral("outbox"),        QStringLiteral("dismissed_suggestions")};
    return tables;
}

bool snapshot(const QSqlDatabase &db, const QString &target, QString *error)
{
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial); // a copy an earlier run left unfinished
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("VACUUM INTO ?"), {partial}, error)) {
        QFile::remove(partial);
        return false;
    }
    if (QFile::exists(target))
        QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        if (error)
            *error = tr("Cannot rename %1 to %2.").arg(partial, target);
        return false;
    }
    return true;
}

bool replaceNetwork(Store &store, const QString &source, QString *error)
{
    QSqlQuery q(store.database());
    if (!Sql::exec(q, QStringLiteral("ATTACH DATABASE ? AS copy"), {source}, error))
        return false;
    bool ok = false;
    {
        Transaction tx(store);
        ok = tx.isActive();
        if (!ok && error)
            *error = tx.error();
        const bool sameSchema = ok
            && Sql::scalar(store.database(), QStringLiteral("SELECT MAX(version) FROM copy.schema_version"), {}, -1)
                == Sql::scalar(store.database(), QStringLiteral("SELECT MAX(version) FROM main.schema_version"), {},
                               -2);
        if (ok && !sameSchema) {
            ok = false;
            if (error)
                *error = tr("The copy was made by another version of My Network.");
        }
        ok = ok && copyTables(store, error);
        tx.changes().everything = true;
        tx.changes().replaced = true;
        ok = ok && tx.commit(error);
    }
    QSqlQuery detach(store.database());
    Sql::exec(detach, QStringLiteral("DETACH DATABASE copy"), {});
    return ok;
}

}
