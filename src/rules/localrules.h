#pragma once

#include "rules/rulebackend.h"

#include <optional>

class Clock;
class Network;
class Store;
class Transaction;
struct ChangeSet;
struct RulesSettings;

// The rules on a SQLite store, in C++: SQLite's write lock, taken when a
// transaction begins, makes each check-then-write one step. The checks are
// the same, in the same order, as the team store's functions.
class LocalRules final : public RuleBackend
{
public:
    // `rules` is the service's, read at each action (setRules may change it).
    LocalRules(Store &store, const Clock &clock, const Network &network, const RulesSettings &rules);

    ActionResult send(qint64 sender, qint64 recipient, const QString &note, InvitationSource source) override;
    ActionResult sendToAddress(qint64 sender, const QString &address, const QString &note,
                               InvitationSource source) override;
    ActionResult answer(qint64 member, qint64 invitationId, bool accept) override;
    ActionResult withdraw(qint64 member, const QList<qint64> &invitationIds) override;
    ActionResult removeConnection(qint64 member, qint64 other) override;
    ActionResult updateProfile(qint64 member, const Member &profile) override;
    ActionResult setPhoto(qint64 member, const QByteArray &small, const QByteArray &large) override;

private:
    ActionResult sendRefused(qint64 sender, bool pending, qint64 coolDownUntil, Refusal::Details d) const;
    ActionResult acceptCrossed(Transaction &tx, qint64 sender, qint64 crossed);
    ActionResult insertToMember(Transaction &tx, qint64 sender, qint64 recipient, const QString &note,
                                InvitationSource source);
    ActionResult insertToAddress(Transaction &tx, qint64 sender, const QString &address, const QString &note,
                                 InvitationSource source);
    ActionResult checkAnswerable(qint64 member, const std::optional<Invitation> &inv) const;
    ActionResult acceptLocked(qint64 member, const Invitation &inv, ChangeSet &changes);
    ActionResult ignoreLocked(Invitation inv, ChangeSet &changes);
    ActionResult withdrawLocked(qint64 member, qint64 invitationId, ChangeSet &changes);
    ActionResult failed(const QString &error) const { return storeFailure(m_store, error); }

    Store &m_store;
    const Clock &m_clock;
    const Network &m_network;
    const RulesSettings &m_rules;
};
