#pragma once

#include <QCoreApplication>
#include <QString>

class Store;

// R15: on a team store a person acts only as the member tied to their
// database login (members.login = current_user).
class TeamIdentity final
{
    Q_DECLARE_TR_FUNCTIONS(TeamIdentity)
public:
    // The member of the signed-in login, or 0 with a message that says
    // which login and what to do.
    static qint64 memberOfLogin(const Store &store, QString *login, QString *error);
    // R20: the signed-in member's language ("de" or "en"), in which the
    // store's engine writes the e-mails sent in their name. Nothing to do
    // on a local store.
    static bool setLanguage(const Store &store, const QString &code, QString *error);
};
