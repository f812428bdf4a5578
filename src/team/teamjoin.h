#pragma once

#include "store/storeconfig.h"

#include <QCoreApplication>
#include <QString>

// What a person gives to join a team store with an invitation (R21).
struct JoinRequest
{
    QString server; // postgresql://JOINLOGIN@host[:port]/database, as the e-mail names it
    QString code;
    QString email; // the address the invitation went to
    QString name;
    QString headline;
    QString login;
    QString password;
};

// Joining a team store from an invitation e-mail (R21): connects as the
// store's join login, which can do nothing but call join_with_code(), and
// asks the store to create the member and the login. The password never
// leaves this process: the store gets its SCRAM verifier.
class TeamJoin final
{
    Q_DECLARE_TR_FUNCTIONS(TeamJoin)
public:
    static constexpr int kMinPassword = 8;

    // "postgresql://…?code=CODE", the line the e-mail holds, into the
    // server and the code; false when the text is not such a line.
    static bool splitLine(const QString &line, QString *server, QString *code);
    // The new member's id, with `signIn` the settings to open the store as
    // them; 0 with `error` saying what is wrong and what to do.
    static qint64 join(const JoinRequest &request, StoreConfig *signIn, QString *error);

private:
    static bool check(const JoinRequest &request, StoreConfig *server, QString *error);
    static QString refusal(qint64 outcome, const JoinRequest &request);
};
