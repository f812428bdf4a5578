#include "team/teamjoin.h"

#include "base/email.h"
#include "base/types.h"
#include "store/connection.h"
#include "store/servererror.h"
#include "store/sql.h"
#include "team/scramverifier.h"
#include "team/teamadmin.h"

#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

bool TeamJoin::splitLine(const QString &line, QString *server, QString *code)
{
    const QUrl url(line.trimmed());
    const QUrlQuery query(url);
    if (!url.isValid() || !url.scheme().startsWith(QLatin1String("postgres"))
        || !query.hasQueryItem(QStringLiteral("code")))
        return false;
    *code = query.queryItemValue(QStringLiteral("code"));
    QUrl plain = url;
    QUrlQuery rest = query;
    rest.removeAllQueryItems(QStringLiteral("code"));
    plain.setQuery(rest);
    *server = plain.toString();
    return true;
}

// What can be told before the server is asked.
bool TeamJoin::check(const JoinRequest &r, StoreConfig *server, QString *error)
{
    error->clear();
    QString why;
    if (!StoreConfig::fromLocation(r.server.trimmed(), server, &why) || !server->isTeam()
        || !server->user.startsWith(QLatin1String(TeamAdmin::kJoinRolePrefix)))
        *error = tr("“%1” is not the server line of an invitation: it reads "
                    "postgresql://mynetwork_join_…@server/database.")
                     .arg(r.server.trimmed());
    else if (r.code.trimmed().isEmpty())
        *error = tr("Enter the code from the invitation.");
    else if (!Email::isValid(r.email))
        *error = tr("Enter the e-mail address the invitation was sent to.");
    else if (r.name.trimmed().isEmpty())
        *error = tr("Enter your name.");
    else if (!TeamAdmin::isValidLogin(r.login))
        *error = TeamAdmin::loginShapeProblem(r.login);
    else if (r.password.size() < kMinPassword)
        *error = tr("Choose a password of at least %1 characters.").arg(kMinPassword);
    return error->isEmpty();
}

QString TeamJoin::refusal(qint64 outcome, const JoinRequest &r)
{
    switch (JoinOutcome(outcome)) {
    case JoinOutcome::WrongCode:
        return tr("This code is not valid for %1: check the code and the address, or the invitation may have "
                  "expired or been used.")
            .arg(r.email.trimmed());
    case JoinOutcome::TooManyTries:
        return tr("Too many wrong codes for %1. Try again in an hour.").arg(r.email.trimmed());
    case JoinOutcome::AlreadyMember:
        return tr("%1 is a member already: connect to the team server with your login instead.").arg(r.email.trimmed());
    case JoinOutcome::LoginTaken:
        return tr("The login “%1” is taken on this server: choose another.").arg(r.login);
    case JoinOutcome::Invalid:
        break;
    }
    return tr("The team server did not accept these details (a field may be too long).");
}

qint64 TeamJoin::join(const JoinRequest &r, StoreConfig *signIn, QString *error)
{
    StoreConfig server;
    if (!check(r, &server, error))
        return 0;
    server.password = QLatin1String(TeamAdmin::kJoinPassword);
    qint64 outcome = 0;
    {
        Connection connection;
        if (!connection.open(server, QStringLiteral("join"), Connection::Setup::None)) {
            // What to do about it, with libpq's own words (ServerError).
            const QString driver = connection.driverError();
            *error = ServerError::describe(server, ServerError::classify(driver), driver);
            return 0;
        }
        QSqlQuery q(connection.database());
        if (!Sql::exec(q, QStringLiteral("SELECT mynetwork.join_with_code(?, ?, ?, ?, ?, ?)"),
                       {r.email.trimmed(), r.code.trimmed(), r.name.trimmed(), r.headline.trimmed(), r.login,
                        ScramVerifier::make(r.password)},
                       error)
            || !q.next())
            return 0;
        outcome = q.value(0).toLongLong();
    }
    if (outcome <= 0) {
        *error = refusal(outcome, r);
        return 0;
    }
    *signIn = server;
    signIn->user = r.login;
    signIn->password = r.password;
    return outcome;
}
