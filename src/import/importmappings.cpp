#include "import/importmappings.h"

#include "store/sql.h"
#include "store/store.h"

#include <QSqlQuery>

namespace {
QString settingName(const QString &signature)
{
    return QLatin1String("import.mapping.") + signature;
}
}

namespace ImportMappings {

QList<ContactField> load(const Store &store, const QString &signature, qsizetype columns)
{
    QSqlQuery q(store.database());
    if (!Sql::exec(q, QStringLiteral("SELECT value FROM settings WHERE name = ?"), {settingName(signature)})
        || !q.next())
        return {};
    const QStringList keys = q.value(0).toString().split(QLatin1Char(','));
    if (keys.size() != columns)
        return {};
    QList<ContactField> mapping;
    for (const QString &k : keys)
        mapping.append(ImportText::fieldFromKey(k));
    return mapping;
}

bool save(const Store &store, const QString &signature, const QList<ContactField> &mapping, QString *error)
{
    QStringList keys;
    for (ContactField f : mapping)
        keys.append(ImportText::fieldKey(f));
    Transaction tx(store);
    QSqlQuery q(store.database());
    return tx.isActive()
        && Sql::exec(q, QStringLiteral("DELETE FROM settings WHERE name = ?"), {settingName(signature)}, error)
        && Sql::exec(q, QStringLiteral("INSERT INTO settings (name, value) VALUES (?, ?)"),
                     {settingName(signature), keys.join(QLatin1Char(','))}, error)
        && tx.commit(error);
}

void applyRemembered(const Store &store, ImportHead *head)
{
    if (!head->needsMapping())
        return;
    const QList<ContactField> remembered = load(store, head->signature, head->columns.size());
    if (!remembered.isEmpty())
        head->mapping = remembered;
}

}
