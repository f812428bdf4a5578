#pragma once

#include "base/types.h"

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
    // R21: the login that joins with an invitation code: this prefix and
    // the store's database oid. It may call join_with_code() and nothing
    // else, so its password is no secret: it is in every invitation.
    static constexpr const char *kJoinRolePrefix = "mynetwork_join_";
    static constexpr const char *kJoinPassword = "join";
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

    // One person of an organisation's export (import-members).
    struct NewMember
    {
        int line = 0; // where the file has them, for messages
        Member member;
        QString login; // empty: prepareMembers() chooses one from the address
        QString password; // empty: prepareMembers() generates one
        QByteArray photoSmall, photoLarge; // PhotoImage's two sizes, or none
        qint64 id = 0; // set by addMembers()
    };

    explicit TeamAdmin(Store &store, Clock &clock);

    static QString generatedPassword();
    static bool isValidLogin(const QString &login);
    // Why `login` cannot be a login, or empty when it can (its shape only).
    static QString loginShapeProblem(const QString &login);
    // A login made from an address: "Jörg.Weiß@…" → "jorg_weiss".
    static QString loginFrom(const QString &email);

    // The store's member role and its grants (again after a migration,
    // harmless); only that role may connect to the store's database.
    bool prepare(QString *error);
    QString memberRole() const;
    QString joinRole() const;
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
    // Before anything changes: what only the store or the whole batch can
    // tell (an address that is a member's or twice in the batch, a login
    // that exists or is no login), one line each in `problems`; then a
    // free login and a password for everyone who has none.
    bool prepareMembers(QList<NewMember> *people, QStringList *problems);
    // Everyone in one transaction (member, login, photo, the invitations
    // to their address, R9), or no one; `error` says why not.
    bool addMembers(QList<NewMember> *people, QString *error);
    // The login can no longer sign in; its open sessions are ended.
    bool disable(const QString &login, QString *error);
    QList<MemberRow> members(bool withLoginOnly, QString *error);

private:
    bool limitConnect(QSqlQuery &q, const QString &role, QString *error);
    bool prepareJoinRole(QSqlQuery &q, QString *error);
    bool leaveSharedRole(QSqlQuery &q, const QString &role, QString *error);
    bool checkNewLogin(const QString &login, QString *error);
    bool roleExists(const QString &login) const;
    void chooseLogins(QList<NewMember> *people);
    bool tieLogin(const NewMember &person, qint64 id, QString *error);
    bool createLogin(const QString &login, const QString &password, QString *error);
    bool setEmail(InvitationService &service, qint64 member, const QString &email, QString *error);

    Store &m_store;
    Clock &m_clock;
};
