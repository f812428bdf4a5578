#include "rules/localrules.h"

#include "base/changeset.h"
#include "base/clock.h"
#include "rules/network.h"
#include "store/reminderschedule.h"
#include "store/rulessettings.h"
#include "store/sql.h"
#include "store/store.h"

#include <QSqlQuery>

LocalRules::LocalRules(Store &store, const Clock &clock, const Network &network, const RulesSettings &rules)
    : m_store(store)
    , m_clock(clock)
    , m_network(network)
    , m_rules(rules)
{
}

// R2's one pending invitation, R8's cool-down and R13's weekly limit, in
// this order, for a member and an address alike (the store's functions
// check the same on PostgreSQL); a result that is ok() lets the send go.
ActionResult LocalRules::sendRefused(qint64 sender, bool pending, qint64 coolDownUntil, Refusal::Details d) const
{
    if (pending)
        return ActionResult::refused(Refusal::AlreadyPending, d);
    if (coolDownUntil) {
        d.dateMs = coolDownUntil;
        return ActionResult::refused(Refusal::CoolDown, d);
    }
    if (m_network.sentInLastWeek(sender) >= m_rules.weeklyLimit) {
        d.limit = m_rules.weeklyLimit;
        return ActionResult::refused(Refusal::WeeklyLimit, d);
    }
    return {};
}

ActionResult LocalRules::send(qint64 sender, qint64 recipient, const QString &note, InvitationSource source)
{
    // Also reached from an address that turns out to be the sender's own.
    if (sender == recipient)
        return ActionResult::refused(Refusal::Yourself);
    Transaction tx(m_store);
    // The lock also says who exists and the recipient's name: one round
    // trip instead of three on a server.
    QHash<qint64, QString> names;
    if (!tx.isActive() || !tx.memberNames({sender, recipient}, &names))
        return failed(tx.error());
    if (!names.contains(sender) || !names.contains(recipient))
        return ActionResult::refused(Refusal::UnknownMember);
    Refusal::Details d;
    d.name = names.value(recipient);
    if (m_network.isConnected(sender, recipient))
        return ActionResult::refused(Refusal::AlreadyConnected, d);

    if (const qint64 crossed = m_network.pendingFrom(recipient, sender))
        return acceptCrossed(tx, sender, crossed);
    const ActionResult refused = sendRefused(sender, m_network.awaitingFrom(sender, recipient),
                                             m_network.coolDownUntil(sender, recipient), d);
    if (!refused.ok())
        return refused;
    return insertToMember(tx, sender, recipient, note, source);
}

// R2: Connect on someone who already invited you accepts their invitation.
ActionResult LocalRules::acceptCrossed(Transaction &tx, qint64 sender, qint64 crossed)
{
    ActionResult r = acceptLocked(sender, *m_network.invitation(crossed), tx.changes());
    QString error;
    if (!r.ok())
        return r;
    if (!tx.commit(&error))
        return failed(error);
    r.acceptedInstead = true;
    return r;
}

ActionResult LocalRules::insertToMember(Transaction &tx, qint64 sender, qint64 recipient, const QString &note,
                                        InvitationSource source)
{
    Invitation inv;
    inv.senderId = sender;
    inv.recipientId = recipient;
    inv.sentMs = m_clock.nowMs();
    QSqlQuery q(m_store.database());
    QString error;
    // An invitation past its expiry that the engine has not reached yet
    // would still hold the pair's pending slot: expire it now (R5).
    if (!Sql::exec(q,
                   QStringLiteral("UPDATE invitations SET state = %1, next_due_ms = NULL"
                                  " WHERE pair_lo = ? AND pair_hi = ? AND state = %2 AND expires_ms <= ?"
                                  " RETURNING id, sender_id, recipient_id")
                       .arg(int(InvitationState::Expired))
                       .arg(int(InvitationState::Pending)),
                   {qMin(sender, recipient), qMax(sender, recipient), inv.sentMs}, &error))
        return failed(error);
    while (q.next())
        tx.changes().invitation(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong());
    inv.expiresMs = ReminderSchedule::expiryFor(inv.sentMs, m_rules);
    if (!Sql::exec(q,
                   QStringLiteral("INSERT INTO invitations (sender_id, recipient_id, pair_lo, pair_hi, note, source,"
                                  " state, sent_ms, expires_ms, reminders_sent, next_due_ms)"
                                  " VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, 0, ?) RETURNING id"),
                   {sender, recipient, qMin(sender, recipient), qMax(sender, recipient), Sql::text(note), int(source),
                    inv.sentMs, inv.expiresMs, ReminderSchedule::nextDue(inv, m_rules)},
                   &error)
        || !q.next())
        return failed(error);
    ActionResult r;
    r.invitationId = q.value(0).toLongLong();
    q.finish();
    tx.changes().invitation(r.invitationId, sender, recipient);
    if (!tx.commit(&error))
        return failed(error);
    return r;
}

ActionResult LocalRules::sendToAddress(qint64 sender, const QString &address, const QString &note,
                                       InvitationSource source)
{
    if (const std::optional<Member> m = m_network.memberByEmail(address))
        return send(sender, m->id, note, source);
    Refusal::Details d;
    d.name = address;
    Transaction tx(m_store);
    if (!tx.isActive())
        return failed(tx.error());
    if (!m_network.member(sender))
        return ActionResult::refused(Refusal::UnknownMember);
    const ActionResult refused = sendRefused(sender, m_network.awaitingFromToAddress(sender, address),
                                             m_network.coolDownUntilAddress(sender, address), d);
    if (!refused.ok())
        return refused;
    return insertToAddress(tx, sender, address, note, source);
}

ActionResult LocalRules::insertToAddress(Transaction &tx, qint64 sender, const QString &address, const QString &note,
                                         InvitationSource source)
{
    Invitation inv;
    inv.senderId = sender;
    inv.recipientEmail = address;
    inv.sentMs = m_clock.nowMs();
    inv.expiresMs = ReminderSchedule::expiryFor(inv.sentMs, m_rules);
    QSqlQuery q(m_store.database());
    QString error;
    // The same for an address the engine has not purged yet (R5, R10).
    const QString stale = QStringLiteral(" (SELECT id FROM invitations WHERE sender_id = ? AND recipient_email = ?"
                                         " AND recipient_id IS NULL AND state = %1 AND expires_ms <= ?)")
                              .arg(int(InvitationState::Pending));
    if (!Sql::exec(q, QStringLiteral("DELETE FROM outbox WHERE invitation_id IN") + stale,
                   {sender, address, inv.sentMs}, &error)
        || !Sql::exec(q,
                      QStringLiteral("DELETE FROM invitations WHERE id IN") + stale + QStringLiteral(" RETURNING id"),
                      {sender, address, inv.sentMs}, &error))
        return failed(error);
    while (q.next())
        tx.changes().invitation(q.value(0).toLongLong(), sender, 0);
    if (!Sql::exec(q,
                   QStringLiteral("INSERT INTO invitations (sender_id, recipient_email, note, source, state,"
                                  " sent_ms, expires_ms, reminders_sent, next_due_ms)"
                                  " VALUES (?, ?, ?, ?, 0, ?, ?, 0, ?) RETURNING id"),
                   {sender, address, Sql::text(note), int(source), inv.sentMs, inv.expiresMs,
                    ReminderSchedule::nextDue(inv, m_rules)},
                   &error)
        || !q.next())
        return failed(error);
    ActionResult r;
    r.invitationId = q.value(0).toLongLong();
    q.finish();
    // R9: the address gets an e-mail asking them to join.
    inv.id = r.invitationId;
    tx.changes().invitation(inv);
    if (!Sql::exec(q,
                   QStringLiteral("INSERT INTO outbox (to_email, sender_id, invitation_id, kind, created_ms)"
                                  " VALUES (?, ?, ?, ?, ?)"),
                   {address, sender, r.invitationId, int(OutboxKind::Invitation), inv.sentMs}, &error)
        || !tx.commit(&error))
        return failed(error);
    return r;
}
