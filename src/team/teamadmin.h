#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Clock;
class InvitationService;
class QSqlQuery;
class Store;

// Administration of a team store without hand-written SQL (mynetwork-admin):
// the role member logins belong to, members with their own logins, and
// logins that may no longer sign in. Runs as the store's owner login.
class TeamAdmin final
{
    Q_DECLARE_TR_FUNCTIONS(TeamAdmin)
public:
    // The group role of the member logins of one store: this prefix and the
    // store's database oid, so a login of one store reaches no other store
    // on the same server (issue 30, item 9). What it may do is granted here.
    static constexpr const char *kMemberRolePrefix = "mynetwork_member_";
    // The one role of every store before; its logins move to the store's.
    static constexpr const char *kSharedRole = "mynetwork_member";

    struct MemberRow
    {
        qint64 id = 0;
        QString name;
        QString email;
        QString login; // empty: no login tied
        bool canSignIn = false;
    };

    explicit TeamAdmin(Store &store, Clock &clock);

    // The store's member role and its grants (again after a migration,
    // harmless); only that role may connect to the store's database.
    bool prepare(QString *error);
    QString memberRole() const;
    // A new member with a new login; an empty password gets a generated one,
    // returned in `password` (shown once). Invitations that were sent to the
    // e-mail address become received ones (R9).
    qint64 addMember(const QString &name, const QString &email, const QString &login, QString *password,
                     QString *error);
    // Ties an existing member to a new login (e.g. the demo's members).
    bool addLogin(qint64 member, const QString &login, QString *password, QString *error);
    // R19: a member's profile as the administrator sets it. `fields` maps
    // name, headline, company, school, location, phone and email to their
    // new text; fields not named stay. Only here does a team store's
    // e-mail address change (a member's login is tied to it).
    bool setProfile(qint64 member, const QHash<QString, QString> &fields, QString *error);
    // The login can no longer sign in; its open sessions are ended.
    bool disable(const QString &login, QString *error);
    QList<MemberRow> members(bool withLoginOnly, QString *error);

private:
    bool limitConnect(QSqlQuery &q, const QString &role, QString *error);
    bool leaveSharedRole(QSqlQuery &q, const QString &role, QString *error);
    bool checkNewLogin(const QString &login, QString *error);
    bool createLogin(const QString &login, const QString &password, QString *error);
    bool setEmail(InvitationService &service, qint64 member, const QString &email, QString *error);

    Store &m_store;
    Clock &m_clock;
};
