#include "team/teamadmin.h"

#include "base/clock.h"
#include "base/email.h"
#include "base/textfold.h"
#include "base/textlimits.h"
#include "rules/invitationservice.h"
#include "store/sql.h"
#include "store/store.h"

#include <QSet>
#include <QSqlQuery>

// TeamAdmin's part for many people at once: an organisation's export
// (mynetwork-admin import-members).

QString TeamAdmin::loginFrom(const QString &email)
{
    const QString local = TextFold::fold(email.trimmed().section(QLatin1Char('@'), 0, 0));
    QString login;
    for (const QChar c : local) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            login.append(c);
        else if (!login.isEmpty() && !login.endsWith(QLatin1Char('_')))
            login.append(QLatin1Char('_'));
    }
    while (login.endsWith(QLatin1Char('_')))
        login.chop(1);
    // Room for a number when the login is taken.
    login.truncate(TextLimits::kLogin - 7);
    if (login.isEmpty() || !login.at(0).isLetter() || login.startsWith(QLatin1String("pg_")))
        login.prepend(QLatin1String("m_"));
    return login;
}

bool TeamAdmin::roleExists(const QString &login) const
{
    return Sql::scalar(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"), {login})
        != 0;
}

bool TeamAdmin::prepareMembers(QList<NewMember> *people, QStringList *problems)
{
    QString error;
    if (!prepare(&error)) {
        problems->append(error);
        return false;
    }
    InvitationService service(m_store, m_clock);
    QHash<QString, int> lineOfAddress, lineOfLogin;
    for (const NewMember &p : std::as_const(*people)) {
        const QString line = tr("line %1: ").arg(p.line);
        const QString address = Email::normalized(p.member.email);
        if (const int first = lineOfAddress.value(address)) {
            problems->append(line + tr("%1 is on line %2 too").arg(p.member.email.trimmed(), QString::number(first)));
        } else if (const std::optional<Member> m = service.network().memberByEmail(address)) {
            problems->append(line
                             + tr("%1 is the address of member %2 (%3) already")
                                   .arg(p.member.email.trimmed(), QString::number(m->id), m->name));
        }
        lineOfAddress.insert(address, p.line);
        if (p.login.isEmpty())
            continue;
        if (!isValidLogin(p.login) || roleExists(p.login)) {
            checkNewLogin(p.login, &error);
            problems->append(line + error);
        } else if (const int first = lineOfLogin.value(p.login)) {
            problems->append(line + tr("the login “%1” is on line %2 too").arg(p.login, QString::number(first)));
        }
        lineOfLogin.insert(p.login, p.line);
    }
    if (!problems->isEmpty())
        return false;
    chooseLogins(people);
    return true;
}

void TeamAdmin::chooseLogins(QList<NewMember> *people)
{
    QSet<QString> taken;
    for (const NewMember &p : std::as_const(*people))
        taken.insert(p.login);
    for (NewMember &p : *people) {
        if (p.password.isEmpty())
            p.password = generatedPassword();
        if (!p.login.isEmpty())
            continue;
        const QString base = loginFrom(p.member.email);
        QString login = base;
        for (int n = 2; taken.contains(login) || roleExists(login); ++n)
            login = base + QString::number(n);
        p.login = login;
        taken.insert(login);
    }
}

bool TeamAdmin::tieLogin(const NewMember &person, qint64 id, QString *error)
{
    QSqlQuery q(m_store.database());
    return createLogin(person.login, person.password, error)
        && Sql::exec(q, QStringLiteral("UPDATE members SET login = ? WHERE id = ?"), {person.login, id}, error)
        && (person.photoSmall.isEmpty()
            || Sql::exec(q,
                         QStringLiteral("INSERT INTO member_photos (member_id, small, large, changed_ms)"
                                        " VALUES (?, ?, ?, ?)"),
                         {id, person.photoSmall, person.photoLarge, m_clock.nowMs()}, error));
}

bool TeamAdmin::addMembers(QList<NewMember> *people, QString *error)
{
    if (!prepare(error))
        return false;
    QList<Member> members;
    members.reserve(people->size());
    for (const NewMember &p : std::as_const(*people))
        members.append(p.member);
    InvitationService service(m_store, m_clock);
    ActionResult result;
    QString refused;
    const QList<JoinResult> joined = service.joinAll(members, &result, [&](qsizetype i, qint64 id, QString *why) {
        const NewMember &p = people->at(i);
        if (!tieLogin(p, id, why)) {
            refused = tr("line %1: %2").arg(QString::number(p.line), *why);
            return false;
        }
        return true;
    });
    if (!result.ok()) {
        *error = refused.isEmpty() ? result.message : refused;
        return false;
    }
    for (qsizetype i = 0; i < joined.size(); ++i)
        (*people)[i].id = joined.at(i).memberId;
    return true;
}
