#include "rules/localrules.h"

#include "base/changeset.h"
#include "base/clock.h"
#include "rules/network.h"
#include "store/reminderschedule.h"
#include "store/rulessettings.h"
#include "store/sql.h"
#include "store/store.h"

#include <QSqlQuery>

// LocalRules' answers: accept, ignore, withdraw, and ending a connection.

ActionResult LocalRules::checkAnswerable(qint64 member, const std::optional<Invitation> &inv) const
{
    if (!inv)
        return ActionResult::refused(Refusal::NotFound);
    if (inv->recipientId != member)
        return ActionResult::refused(Refusal::NotRecipient);
    Refusal::Details d;
    switch (inv->state) {
    case InvitationState::Pending:
        break;
    case InvitationState::Accepted:
        return ActionResult::refused(Refusal::AlreadyAccepted);
    case InvitationState::Ignored:
        return ActionResult::refused(Refusal::AlreadyAnswered);
    case InvitationState::Withdrawn: {
        const std::optional<Member> sender = m_network.member(inv->senderId);
        d.name = sender ? sender->name : QString();
        return ActionResult::refused(Refusal::Withdrawn, d);
    }
    case InvitationState::Expired:
        return ActionResult::refused(Refusal::Expired);
    }
    // The engine may not have run yet: the stored expiry decides.
    if (inv->expiresMs <= m_clock.nowMs())
        return ActionResult::refused(Refusal::Expired);
    return {};
}

ActionResult LocalRules::answer(qint64 member, qint64 invitationId, bool accept)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return failed(tx.error());
    const std::optional<Invitation> inv = m_network.invitation(invitationId);
    ActionResult r = checkAnswerable(member, inv);
    if (!r.ok())
        return r;
    r = accept ? acceptLocked(member, *inv, tx.changes()) : ignoreLocked(*inv, tx.changes());
    QString error;
    if (r.ok() && !tx.commit(&error))
        return failed(error);
    return r;
}

ActionResult LocalRules::acceptLocked(qint64 member, const Invitation &inv, ChangeSet &changes)
{
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(m_store.database());
    QString error;
    const qint64 lo = qMin(inv.senderId, inv.recipientId);
    const qint64 hi = qMax(inv.senderId, inv.recipientId);
    bool ok = Sql::exec(q,
                        QStringLiteral("UPDATE invitations SET state = %1, responded_ms = ?, next_due_ms = NULL"
                                       " WHERE id = ? AND state = %2")
                            .arg(int(InvitationState::Accepted))
                            .arg(int(InvitationState::Pending)),
                        {now, inv.id}, &error)
        && Sql::exec(
                  q,
                  QStringLiteral("INSERT INTO connections (member_id, other_id, since_ms) VALUES (?, ?, ?), (?, ?, ?)"),
                  {inv.senderId, inv.recipientId, now, inv.recipientId, inv.senderId, now}, &error)
        // An ignored invitation between the two no longer reads as awaiting.
        && Sql::exec(q,
                     QStringLiteral("UPDATE invitations SET sender_closed_ms = ?, next_due_ms = NULL"
                                    " WHERE pair_lo = ? AND pair_hi = ? AND state = %1 AND sender_closed_ms IS NULL"
                                    " RETURNING id, sender_id, recipient_id")
                         .arg(int(InvitationState::Ignored)),
                     {now, lo, hi}, &error);
    while (ok && q.next())
        changes.invitation(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong());
    ok = ok
        && Sql::exec(q,
                     QStringLiteral("INSERT INTO notifications (member_id, kind, invitation_id, actor_id, created_ms)"
                                    " VALUES (?, ?, ?, ?, ?)"),
                     {inv.senderId, int(NotificationKind::Accepted), inv.id, member, now}, &error);
    if (!ok)
        return failed(error);
    changes.invitation(inv);
    changes.member(inv.senderId, ChangeSet::Connections | ChangeSet::Notifications);
    changes.member(inv.recipientId, ChangeSet::Connections);
    ActionResult r;
    r.invitationId = inv.id;
    return r;
}

// R4: the sender is not told; the invitation still reads as awaiting to
// them until it expires.
ActionResult LocalRules::ignoreLocked(Invitation inv, ChangeSet &changes)
{
    inv.state = InvitationState::Ignored;
    inv.respondedMs = m_clock.nowMs();
    QSqlQuery q(m_store.database());
    QString error;
    changes.invitation(inv);
    if (!Sql::exec(q,
                   QStringLiteral("UPDATE invitations SET state = %1, responded_ms = ?, next_due_ms = ?"
                                  " WHERE id = ? AND state = %2")
                       .arg(int(InvitationState::Ignored))
                       .arg(int(InvitationState::Pending)),
                   {inv.respondedMs, Sql::nullableId(ReminderSchedule::nextDue(inv, m_rules)), inv.id}, &error))
        return failed(error);
    ActionResult r;
    r.invitationId = inv.id;
    return r;
}

ActionResult LocalRules::withdrawLocked(qint64 member, qint64 invitationId, ChangeSet &changes)
{
    std::optional<Invitation> inv = m_network.invitation(invitationId);
    if (!inv)
        return ActionResult::refused(Refusal::NotFound);
    if (inv->senderId != member)
        return ActionResult::refused(Refusal::NotSender);
    const qint64 now = m_clock.nowMs();
    // An ignored invitation is still awaiting for the sender (R4), so they
    // may withdraw it; its state stays final, only their view closes.
    const bool ignoredButOpen = inv->state == InvitationState::Ignored && inv->senderClosedMs == 0;
    if (inv->state == InvitationState::Accepted)
        return ActionResult::refused(Refusal::AlreadyAccepted);
    if (inv->state == InvitationState::Expired || inv->expiresMs <= now)
        return ActionResult::refused(Refusal::Expired);
    if (inv->state != InvitationState::Pending && !ignoredButOpen)
        return ActionResult::refused(Refusal::NotFound);

    QSqlQuery q(m_store.database());
    QString error;
    bool ok;
    if (ignoredButOpen) {
        ok = Sql::exec(q,
                       QStringLiteral("UPDATE invitations SET sender_closed_ms = ?, next_due_ms = NULL WHERE id = ?"),
                       {now, invitationId}, &error);
    } else {
        inv->state = InvitationState::Withdrawn;
        inv->respondedMs = now;
        ok = Sql::exec(q,
                       QStringLiteral("UPDATE invitations SET state = %1, responded_ms = ?, next_due_ms = ?"
                                      " WHERE id = ? AND state = %2")
                           .arg(int(InvitationState::Withdrawn))
                           .arg(int(InvitationState::Pending)),
                       {now, Sql::nullableId(ReminderSchedule::nextDue(*inv, m_rules)), invitationId}, &error);
    }
    ok = ok
        && Sql::exec(q,
                     QStringLiteral("INSERT INTO cooldowns (sender_id, recipient_id, recipient_email, until_ms)"
                                    " VALUES (?, ?, ?, ?)"),
                     {member, Sql::nullableId(inv->recipientId),
                      inv->isToAddress() ? QVariant(inv->recipientEmail) : QVariant(QMetaType(QMetaType::QString)),
                      now + m_rules.cooldownMs},
                     &error);
    if (!ok)
        return failed(error);
    changes.invitation(*inv);
    ActionResult r;
    r.invitationId = invitationId;
    r.availableFromMs = now + m_rules.cooldownMs;
    return r;
}

ActionResult LocalRules::withdraw(qint64 member, const QList<qint64> &invitationIds)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return failed(tx.error());
    ActionResult last;
    for (qint64 id : invitationIds) {
        last = withdrawLocked(member, id, tx.changes());
        if (!last.ok())
            return last; // the transaction rolls back what went before
    }
    QString error;
    if (!tx.commit(&error))
        return failed(error);
    return last;
}

ActionResult LocalRules::removeConnection(qint64 member, qint64 other)
{
    Transaction tx(m_store);
    QHash<qint64, QString> names;
    if (!tx.isActive() || !tx.memberNames({member, other}, &names))
        return failed(tx.error());
    Refusal::Details d;
    d.name = names.value(other);
    if (!names.contains(member) || !names.contains(other))
        return ActionResult::refused(Refusal::UnknownMember);
    QSqlQuery q(m_store.database());
    QString error;
    if (!Sql::exec(q,
                   QStringLiteral("DELETE FROM connections WHERE (member_id = ? AND other_id = ?)"
                                  " OR (member_id = ? AND other_id = ?)"),
                   {member, other, other, member}, &error))
        return failed(error);
    if (q.numRowsAffected() == 0)
        return ActionResult::refused(Refusal::NotConnected, d);
    // Both lose each other from their first degree (and mutual counts).
    tx.changes().member(member, ChangeSet::Connections | ChangeSet::Suggestions);
    tx.changes().member(other, ChangeSet::Connections | ChangeSet::Suggestions);
    if (!tx.commit(&error))
        return failed(error);
    return {};
}
