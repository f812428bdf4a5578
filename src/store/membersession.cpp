#include "store/membersession.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace MemberSession {

QString searchPathStatement()
{
    return QStringLiteral(
        "SELECT set_config('search_path', CASE"
        " WHEN to_regclass('mynetwork.invitations') IS NULL OR to_regnamespace('mynetwork_view') IS NULL"
        "  THEN 'mynetwork'"
        " WHEN has_table_privilege('mynetwork.invitations', 'SELECT') THEN 'mynetwork'"
        " ELSE 'mynetwork_view, mynetwork' END, false)");
}

bool isMember(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT current_setting('search_path')")) && q.next()
        && q.value(0).toString().startsWith(QLatin1String(kViewSchema));
}

QString privateChannel(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT feed_token FROM mynetwork_view.members WHERE id = mynetwork.my_member()"))
        || !q.next() || q.value(0).toString().isEmpty())
        return {};
    return QStringLiteral("mn_") + q.value(0).toString();
}

}
