#pragma once

#include "rules/rulebackend.h"

#include "store/statement.h"
#include <QHash>

#include <QSqlQuery>
#include <QVariantList>

#include <memory>

class Clock;
class Store;

// The rules on a team store: each action is one call of the store's own
// function (team/sql/rules.sql), one statement in autocommit (in a
// transaction of its own on a store with older rules), for the owner as for
// a member's login, and the change set the store logged for it is
// published with the commit.
class ServerRules final : public RuleBackend
{
public:
    ServerRules(const Store &store, const Clock &clock);

    ActionResult send(qint64 sender, qint64 recipient, const QString &note, InvitationSource source) override;
    ActionResult sendToAddress(qint64 sender, const QString &address, const QString &note,
                               InvitationSource source) override;
    ActionResult answer(qint64 member, qint64 invitationId, bool accept) override;
    ActionResult withdraw(qint64 member, const QList<qint64> &invitationIds) override;
    ActionResult removeConnection(qint64 member, qint64 other) override;
    ActionResult updateProfile(qint64 member, const Member &profile) override;
    ActionResult setPhoto(qint64 member, const QByteArray &small, const QByteArray &large) override;

private:
    // `function` with its placeholders, e.g. "accept_invitation(?, ?, ?, ?)";
    // the last one is this process's origin, appended to `args` here.
    ActionResult call(const QString &function, QVariantList args) const;
    // One attempt; `stale` is set when a statement prepared earlier failed
    // (a connection made anew has none of them): worth one more attempt.
    ActionResult attempt(const QString &function, const QVariantList &args, bool *stale) const;
    // The call's statement, prepared once per connection: with the store's
    // rules marking their own writes a person's action is one round trip
    // (it was five: begin, prepare, execute, commit, deallocate), and no
    // transaction is left open while the client waits to be scheduled.
    Statement *statement(const QString &function, bool *fresh, QString *error) const;
    bool oneStatementCalls() const;

    const Store &m_store;
    const Clock &m_clock;
    mutable QHash<QString, std::shared_ptr<Statement>> m_statements;
    mutable int m_oneStatement = -1; // not asked yet
};
