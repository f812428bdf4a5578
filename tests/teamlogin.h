#pragma once

#include "base/clock.h"
#include "store/store.h"
#include "team/teamadmin.h"

// A new member of a team store with a login of their own, as the admin
// tool adds one: the password is "secret-" and the login, the address the
// login at example.org. 0 (with a warning) when the admin refuses.
inline qint64 joinWithLogin(Store &owner, Clock &clock, const QString &name, const QString &login)
{
    TeamAdmin admin(owner, clock);
    QString password = QStringLiteral("secret-") + login;
    QString error;
    const qint64 id = admin.addMember(name, login + QStringLiteral("@example.org"), login, &password, &error);
    if (!id)
        qWarning("%s", qPrintable(error));
    return id;
}
