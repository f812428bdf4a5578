#include "team/teamadmin.h"

#include "team/scramverifier.h"

#include "base/changeset.h"
#include "base/email.h"
#include "rules/invitationservice.h"
#include "store/sql.h"
#include "store/store.h"
#include "team/teamrules.h"
#include "team/teamsecurity.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

// Role and grant statements cannot be prepared (PostgreSQL prepares only
// queries and data changes), so they run as plain text: every name in
// them is validated or a fixed word.
bool runDdl(QSqlQuery &q, const QString &statement, QString *error)
{
    if (q.exec(statement))
        return true;
    *error = Sql::describe(q);
    return false;
}

// A login in SQL: always quoted, so a login that is an SQL keyword
// ("select", "user") is a name like any other. isValidLogin() leaves no
// quote to escape.
QString quoted(const QString &login)
{
    return QLatin1Char('"') + login + QLatin1Char('"');
}

// A database name in SQL: any name, its quotes doubled.
QString quotedDatabase(QString name)
{
    return quoted(name.replace(QLatin1Char('"'), QLatin1String("\"\"")));
}

}

// Logins become role names: plain lower-case names only, so nothing a
// person types can end up as SQL (role names cannot be bound parameters).
bool TeamAdmin::isValidLogin(const QString &login)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return re.match(login).hasMatch() && !login.startsWith(QLatin1String("pg_"));
}

// 16 of 56 characters: about 93 bits, none that can be mistaken (0/O, 1/l).
QString TeamAdmin::generatedPassword()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString p;
    for (int i = 0; i < 16; ++i)
        p.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    return p;
}

TeamAdmin::TeamAdmin(Store &store, Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

QString TeamAdmin::joinRole() const
{
    return QLatin1String(kJoinRolePrefix)
        + QString::number(Sql::scalar(
            m_store.database(), QStringLiteral("SELECT oid FROM pg_database WHERE datname = current_database()"), {}));
}

// R21: the join login, with the right to connect and to call the join
// function: no table, no view, no other function.
bool TeamAdmin::prepareJoinRole(QSqlQuery &q, QString *error)
{
    const QString role = joinRole();
    if (Sql::scalar(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"), {role}) == 0
        && !runDdl(q,
                   QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                       .arg(role, ScramVerifier::make(QLatin1String(kJoinPassword))),
                   error))
        return false;
    const QString database = quotedDatabase(m_store.config().databaseName);
    return runDdl(q, QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, role), error)
        && runDdl(q, QStringLiteral("GRANT USAGE ON SCHEMA mynetwork TO %1").arg(role), error)
        && runDdl(
               q,
               QStringLiteral("GRANT EXECUTE ON FUNCTION mynetwork.join_with_code(text, text, text, text, text, text)"
                              " TO %1")
                   .arg(role),
               error);
}

QString TeamAdmin::memberRole() const
{
    return QLatin1String(kMemberRolePrefix)
        + QString::number(Sql::scalar(
            m_store.database(), QStringLiteral("SELECT oid FROM pg_database WHERE datname = current_database()"), {}));
}

bool TeamAdmin::prepare(QString *error)
{
    if (m_store.dialect().isSQLite()) {
        *error = tr("Logins exist only on a team store (PostgreSQL).");
        return false;
    }
    // The rule functions first, so the grants below reach any new one.
    if (!TeamRules::apply(m_store, error))
        return false;
    const QString role = memberRole();
    QSqlQuery q(m_store.database());
    if (Sql::scalar(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"), {role}) == 0
        && !runDdl(q, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role), error))
        return false;
    // What a member login may touch at all; row-level security and the
    // views narrow it to the rows the rules allow (TeamSecurity).
    for (const QString &grant : TeamSecurity::grantStatements(role)) {
        if (!runDdl(q, grant, error))
            return false;
    }
    return limitConnect(q, role, error) && prepareJoinRole(q, error) && leaveSharedRole(q, role, error);
}

// CONNECT is PUBLIC's by default: any login of the server, a member of
// another store too, could connect and read what PUBLIC may.
bool TeamAdmin::limitConnect(QSqlQuery &q, const QString &role, QString *error)
{
    const QString database = quotedDatabase(m_store.config().databaseName);
    if (!runDdl(q, QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(database), error)
        || !runDdl(q, QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, role), error)) {
        *error = tr("Only the database's owner can limit who connects to it (%1).").arg(*error);
        return false;
    }
    return true;
}

// Stores made before had one role for all: this store's logins move to
// its own, and the shared role loses what it was granted here.
bool TeamAdmin::leaveSharedRole(QSqlQuery &q, const QString &role, QString *error)
{
    const QString shared = QLatin1String(kSharedRole);
    if (!Sql::scalar(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"), {shared}))
        return true;
    QStringList logins;
    if (!Sql::exec(q,
                   QStringLiteral("SELECT login FROM members WHERE login IS NOT NULL"
                                  " AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login)"),
                   {}, error))
        return false;
    while (q.next())
        logins.append(q.value(0).toString());
    for (const QString &login : std::as_const(logins)) {
        if (!isValidLogin(login) || !runDdl(q, QStringLiteral("GRANT %1 TO %2").arg(role, quoted(login)), error))
            return false;
        if (Sql::scalar(m_store.database(),
                        QStringLiteral("SELECT CASE WHEN pg_has_role(?, ?, 'USAGE') THEN 1 ELSE 0 END"),
                        {login, shared})
            && !runDdl(q, QStringLiteral("REVOKE %1 FROM %2").arg(shared, quoted(login)), error))
            return false;
    }
    return runDdl(q, QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA mynetwork, mynetwork_view FROM %1").arg(shared),
                  error)
        && runDdl(q, QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA mynetwork FROM %1").arg(shared), error)
        && runDdl(q, QStringLiteral("REVOKE ALL ON SCHEMA mynetwork, mynetwork_view FROM %1").arg(shared), error);
}

QString TeamAdmin::loginShapeProblem(const QString &login)
{
    return isValidLogin(login)
        ? QString()
        : tr("“%1” cannot be a login: use lower-case letters, digits and _, starting with a letter.").arg(login);
}

bool TeamAdmin::checkNewLogin(const QString &login, QString *error)
{
    if (!isValidLogin(login)) {
        *error = loginShapeProblem(login);
        return false;
    }
    if (Sql::scalar(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"), {login})) {
        *error = tr("The login “%1” exists already on this server.").arg(login);
        return false;
    }
    return true;
}

bool TeamAdmin::createLogin(const QString &login, const QString &password, QString *error)
{
    if (!checkNewLogin(login, error))
        return false;
    // The SCRAM verifier, not the password: nothing in clear text reaches
    // the server or its log. Base64, '$', ':' and digits need no escaping.
    QSqlQuery q(m_store.database());
    return runDdl(q,
                  QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3")
                      .arg(quoted(login), ScramVerifier::make(password), memberRole()),
                  error);
}

qint64 TeamAdmin::addMember(const QString &name, const QString &email, const QString &login, QString *password,
                            QString *error)
{
    if (!prepare(error) || !checkNewLogin(login, error))
        return 0;
    if (password->isEmpty())
        *password = generatedPassword();
    InvitationService service(m_store, m_clock);
    Member m;
    m.name = name;
    m.email = email;
    // The member, the login and the tie in one transaction (PostgreSQL's
    // CREATE ROLE is transactional): a refused login leaves no member.
    QString refused;
    const JoinResult joined = service.join(m, [&](qint64 member, QString *why) {
        QSqlQuery q(m_store.database());
        const bool ok = createLogin(login, *password, why)
            && Sql::exec(q, QStringLiteral("UPDATE members SET login = ? WHERE id = ?"), {login, member}, why);
        if (!ok)
            refused = *why;
        return ok;
    });
    if (!joined.result.ok()) {
        *error = refused.isEmpty() ? joined.result.message : refused;
        return 0;
    }
    return joined.memberId;
}

bool TeamAdmin::setProfile(qint64 member, const QHash<QString, QString> &fields, QString *error)
{
    InvitationService service(m_store, m_clock);
    std::optional<Member> m = service.network().member(member);
    if (!m) {
        *error = Refusal::message(Refusal::UnknownMember);
        return false;
    }
    const QList<QPair<const char *, QString *>> targets{
        {"name", &m->name},     {"headline", &m->headline}, {"company", &m->company},
        {"school", &m->school}, {"location", &m->location}, {"phone", &m->phone},
    };
    for (const auto &[key, target] : targets) {
        if (fields.contains(QLatin1String(key)))
            *target = fields.value(QLatin1String(key));
    }
    const ActionResult r = service.updateProfile(member, *m);
    if (!r.ok()) {
        *error = r.message;
        return false;
    }
    return !fields.contains(QStringLiteral("email"))
        || setEmail(service, member, fields.value(QStringLiteral("email")), error);
}

bool TeamAdmin::setEmail(InvitationService &service, qint64 member, const QString &email, QString *error)
{
    Refusal::Details d;
    d.name = email.trimmed();
    if (!Email::isValid(email)) {
        *error = Refusal::message(Refusal::InvalidEmail, d);
        return false;
    }
    const std::optional<Member> owner = service.network().memberByEmail(email);
    if (owner && owner->id != member) {
        *error = Refusal::message(Refusal::EmailTaken, d);
        return false;
    }
    Transaction tx(m_store);
    QSqlQuery q(m_store.database());
    tx.changes().member(member, ChangeSet::Profile);
    return tx.isActive()
        && Sql::exec(q, QStringLiteral("UPDATE members SET email = ?, email_norm = ? WHERE id = ?"),
                     {email.trimmed(), Email::normalized(email), member}, error)
        && tx.commit(error);
}

bool TeamAdmin::addLogin(qint64 member, const QString &login, QString *password, QString *error)
{
    if (!prepare(error))
        return false;
    if (password->isEmpty())
        *password = generatedPassword();
    // Role and tie in one transaction: a refused role leaves no tie.
    Transaction tx(m_store);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_store.database());
    if (!createLogin(login, *password, error)
        || !Sql::exec(q, QStringLiteral("UPDATE members SET login = ? WHERE id = ? AND login IS NULL"), {login, member},
                      error))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = tr("Member %1 does not exist or has a login already.").arg(member);
        return false;
    }
    tx.changes().member(member, ChangeSet::Profile);
    return tx.commit(error);
}

bool TeamAdmin::disable(const QString &login, QString *error)
{
    if (!isValidLogin(login)
        || !Sql::scalar(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM members WHERE login = ?"), {login})) {
        *error = tr("No member signs in as “%1”.").arg(login);
        return false;
    }
    // Ending the login's sessions needs pg_signal_backend (or a superuser):
    // without it, refuse before changing anything (issue 30, item 4).
    if (!Sql::scalar(m_store.database(),
                     QStringLiteral("SELECT CASE WHEN pg_has_role(current_user, 'pg_signal_backend',"
                                    " 'MEMBER') OR (SELECT rolsuper FROM pg_roles WHERE rolname ="
                                    " current_user) THEN 1 ELSE 0 END"),
                     {})) {
        *error = tr("The store's owner %1 may not end other logins' sessions, so “%2” was not disabled. A "
                    "superuser can allow it: GRANT pg_signal_backend TO %1;")
                     .arg(m_store.config().user, login);
        return false;
    }
    QSqlQuery q(m_store.database());
    return runDdl(q, QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(quoted(login)), error)
        && Sql::exec(q, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?"),
                     {login}, error);
}

QList<TeamAdmin::MemberRow> TeamAdmin::members(bool withLoginOnly, QString *error)
{
    QList<MemberRow> rows;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT m.id, m.name, m.email, COALESCE(m.login, ''), COALESCE(r.rolcanlogin, false)"
                                  " FROM members m LEFT JOIN pg_roles r ON r.rolname = m.login%1 ORDER BY m.id")
                       .arg(withLoginOnly ? QStringLiteral(" WHERE m.login IS NOT NULL") : QString()),
                   {}, error))
        return rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toBool()});
    return rows;
}
