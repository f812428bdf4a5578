#include "team/teamidentity.h"

#include "store/sql.h"
#include "store/store.h"

#include <QSqlQuery>

qint64 TeamIdentity::memberOfLogin(const Store &store, QString *login, QString *error)
{
    QSqlQuery q(store.database());
    if (!Sql::exec(q, QStringLiteral("SELECT CAST(current_user AS TEXT)"), {}, error) || !q.next())
        return 0;
    *login = q.value(0).toString();
    const qint64 member = Sql::scalar(store.database(), QStringLiteral("SELECT id FROM members WHERE login = ?"),
                                      {*login});
    if (member == 0) {
        *error = tr("The login “%1” is not tied to a member of the network on %2. Ask the store's "
                    "administrator to tie your login to your member.")
                     .arg(*login, store.config().serverName());
    }
    return member;
}

bool TeamIdentity::setLanguage(const Store &store, const QString &code, QString *error)
{
    if (!store.config().isTeam())
        return true;
    QSqlQuery q(store.database());
    return Sql::exec(q, QStringLiteral("SELECT mynetwork.set_my_language(NULL, ?)"), {code}, error);
}
