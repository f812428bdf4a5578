#include "rules/invitationservice.h"
#include "rules/rows.h"

#include "base/clock.h"
#include "base/email.h"
#include "base/textlimits.h"
#include "rules/serverrules.h"
#include "store/reminderschedule.h"
#include "store/servererror.h"
#include "store/sql.h"
#include "store/store.h"

#include <QSqlQuery>

InvitationService::InvitationService(Store &store, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_network(store, clock)
    , m_rules(RulesSettings::load(store.database()))
{
}

QString InvitationService::displayName(qint64 memberId) const
{
    const std::optional<Member> m = m_network.member(memberId);
    return m ? m->name : QString();
}

ActionResult InvitationService::storeFailure(const QString &error) const
{
    if (Sql::isBusy(error))
        return ActionResult::refused(Refusal::StoreBusy);
    if (error == Store::serverAwayReason(m_store.config()) || ServerError::isConnectionLost(error))
        return ActionResult::refused(Refusal::ServerAway);
    Refusal::Details d;
    d.error = error;
    return ActionResult::refused(Refusal::StoreFailure, d);
}

// On a team store the store itself runs the rules (resources/sql), for the
// owner as for a member's own login, so one set of tests checks both.
ActionResult InvitationService::onServer(const QString &call, const QVariantList &args)
{
    const ServerRules::Answer a = ServerRules::call(m_store, call, args);
    if (!a.error.isEmpty())
        return storeFailure(a.error);
    if (a.result.ok())
        emit scheduleChanged();
    return a.result;
}

ActionResult InvitationService::sentOnServer(const ActionResult &r)
{
    if (r.acceptedInstead)
        emit invitationAccepted(r.invitationId);
    else if (r.ok())
        emit invitationSent(r.invitationId);
    return r;
}

bool InvitationService::setRules(const RulesSettings &rules, QString *error)
{
    Transaction tx(m_store);
    QSqlDatabase db = m_store.database();
    if (!tx.isActive() || !rules.save(db, error))
        return false;
    QSqlQuery select(db);
    QSqlQuery update(db);
    if (!Sql::exec(select,
                   QStringLiteral("SELECT %1 FROM invitations WHERE state = %2")
                       .arg(Rows::invitationColumns())
                       .arg(int(InvitationState::Pending)),
                   {}, error)
        || !update.prepare(QStringLiteral("UPDATE invitations SET next_due_ms = ? WHERE id = ?")))
        return false;
    while (select.next()) {
        const Invitation inv = Rows::invitation(select);
        if (!Sql::run(update, {Sql::nullableId(ReminderSchedule::nextDue(inv, rules)), inv.id}, error))
            return false;
    }
    tx.changes().everything = true; // the weekly limit and every due time may differ
    if (!tx.commit(error))
        return false;
    m_rules = rules;
    emit scheduleChanged();
    return true;
}

int InvitationService::remainingThisWeek(qint64 member) const
{
    return qMax(0, m_rules.weeklyLimit - m_network.sentInLastWeek(member));
}

ActionResult InvitationService::noteTooLong()
{
    Refusal::Details d;
    d.limit = RulesSettings::kMaxNoteLength;
    return ActionResult::refused(Refusal::NoteTooLong, d);
}

// R2's one pending invitation, R8's cool-down and R13's weekly limit, in
// this order, for a member and an address alike (the store's functions
// check the same on PostgreSQL); a result that is ok() lets the send go.
ActionResult InvitationService::sendRefused(qint64 sender, bool pending, qint64 coolDownUntil, Refusal::Details d) const
{
    if (pending)
        return ActionResult::refused(Refusal::AlreadyPending, d);
    if (coolDownUntil) {
        d.dateMs = coolDownUntil;
        return ActionResult::refused(Refusal::CoolDown, d);
    }
    if (remainingThisWeek(sender) == 0) {
        d.limit = m_rules.weeklyLimit;
        return ActionResult::refused(Refusal::WeeklyLimit, d);
    }
    return {};
}

ActionResult InvitationService::invite(qint64 sender, qint64 recipient, const QString &note, InvitationSource source)
{
    if (sender == recipient)
        return ActionResult::refused(Refusal::Yourself);
    if (note.size() > RulesSettings::kMaxNoteLength)
        return noteTooLong();
    if (!m_store.dialect().isSQLite()) {
        return sentOnServer(onServer(QStringLiteral("send_invitation(?, ?, ?, ?, ?, ?)"),
                                     {sender, recipient, Sql::text(note), int(source), m_clock.nowMs()}));
    }
    Transaction tx(m_store);
    // The lock also says who exists and the recipient's name: one round
    // trip instead of three on a server.
    QHash<qint64, QString> names;
    if (!tx.isActive() || !tx.memberNames({sender, recipient}, &names))
        return storeFailure(tx.error());
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
ActionResult InvitationService::acceptCrossed(Transaction &tx, qint64 sender, qint64 crossed)
{
    ActionResult r = acceptLocked(sender, *m_network.invitation(crossed), tx.changes());
    QString error;
    if (!r.ok())
        return r;
    if (!tx.commit(&error))
        return storeFailure(error);
    r.acceptedInstead = true;
    emit invitationAccepted(crossed);
    emit scheduleChanged();
    return r;
}

ActionResult InvitationService::insertToMember(Transaction &tx, qint64 sender, qint64 recipient, const QString &note,
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
        return storeFailure(error);
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
        return storeFailure(error);
    ActionResult r;
    r.invitationId = q.value(0).toLongLong();
    q.finish();
    tx.changes().invitation(r.invitationId, sender, recipient);
    if (!tx.commit(&error))
        return storeFailure(error);
    emit invitationSent(r.invitationId);
    emit scheduleChanged();
    return r;
}

ActionResult InvitationService::removeConnection(qint64 member, qint64 other)
{
    if (!m_store.dialect().isSQLite())
        return onServer(QStringLiteral("remove_connection(?, ?, ?, ?)"), {member, other, m_clock.nowMs()});
    Transaction tx(m_store);
    QHash<qint64, QString> names;
    if (!tx.isActive() || !tx.memberNames({member, other}, &names))
        return storeFailure(tx.error());
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
        return storeFailure(error);
    if (q.numRowsAffected() == 0)
        return ActionResult::refused(Refusal::NotConnected, d);
    // Both lose each other from their first degree (and mutual counts).
    tx.changes().member(member, ChangeSet::Connections | ChangeSet::Suggestions);
    tx.changes().member(other, ChangeSet::Connections | ChangeSet::Suggestions);
    if (!tx.commit(&error))
        return storeFailure(error);
    return {};
}

ActionResult InvitationService::inviteByEmail(qint64 sender, const QString &email, const QString &note,
                                              InvitationSource source)
{
    Refusal::Details d;
    d.name = email.trimmed();
    if (!Email::isValid(email))
        return ActionResult::refused(Refusal::InvalidEmail, d);
    if (!m_store.dialect().isSQLite()) {
        return sentOnServer(
            onServer(QStringLiteral("send_to_address(?, ?, ?, ?, ?, ?)"),
                     {sender, Email::normalized(email), Sql::text(note), int(source), m_clock.nowMs()}));
    }
    if (const std::optional<Member> m = m_network.memberByEmail(email))
        return invite(sender, m->id, note, source);
    if (note.size() > RulesSettings::kMaxNoteLength)
        return noteTooLong();
    const QString address = Email::normalized(email);
    Transaction tx(m_store);
    if (!tx.isActive())
        return storeFailure(tx.error());
    if (!m_network.member(sender))
        return ActionResult::refused(Refusal::UnknownMember);
    const ActionResult refused = sendRefused(sender, m_network.awaitingFromToAddress(sender, address),
                                             m_network.coolDownUntilAddress(sender, address), d);
    if (!refused.ok())
        return refused;

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
        return storeFailure(error);
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
        return storeFailure(error);
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
        return storeFailure(error);
    emit invitationSent(r.invitationId);
    emit scheduleChanged();
    return r;
}

ActionResult InvitationService::checkAnswerable(qint64 member, const std::optional<Invitation> &inv) const
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
    case InvitationState::Withdrawn:
        d.name = displayName(inv->senderId);
        return ActionResult::refused(Refusal::Withdrawn, d);
    case InvitationState::Expired:
        return ActionResult::refused(Refusal::Expired);
    }
    // The engine may not have run yet: the stored expiry decides.
    if (inv->expiresMs <= m_clock.nowMs())
        return ActionResult::refused(Refusal::Expired);
    return {};
}

ActionResult InvitationService::acceptLocked(qint64 member, const Invitation &inv, ChangeSet &changes)
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
        return storeFailure(error);
    changes.invitation(inv);
    changes.member(inv.senderId, ChangeSet::Connections | ChangeSet::Notifications);
    changes.member(inv.recipientId, ChangeSet::Connections);
    ActionResult r;
    r.invitationId = inv.id;
    return r;
}

ActionResult InvitationService::accept(qint64 member, qint64 invitationId)
{
    if (!m_store.dialect().isSQLite()) {
        const ActionResult r = onServer(QStringLiteral("accept_invitation(?, ?, ?, ?)"),
                                        {member, invitationId, m_clock.nowMs()});
        if (r.ok())
            emit invitationAccepted(invitationId);
        return r;
    }
    Transaction tx(m_store);
    if (!tx.isActive())
        return storeFailure(tx.error());
    const std::optional<Invitation> inv = m_network.invitation(invitationId);
    ActionResult r = checkAnswerable(member, inv);
    if (!r.ok())
        return r;
    r = acceptLocked(member, *inv, tx.changes());
    QString error;
    if (!r.ok())
        return r;
    if (!tx.commit(&error))
        return storeFailure(error);
    emit invitationAccepted(invitationId);
    emit scheduleChanged();
    return r;
}

ActionResult InvitationService::ignore(qint64 member, qint64 invitationId)
{
    if (!m_store.dialect().isSQLite())
        return onServer(QStringLiteral("ignore_invitation(?, ?, ?, ?)"), {member, invitationId, m_clock.nowMs()});
    Transaction tx(m_store);
    if (!tx.isActive())
        return storeFailure(tx.error());
    std::optional<Invitation> inv = m_network.invitation(invitationId);
    ActionResult r = checkAnswerable(member, inv);
    if (!r.ok())
        return r;
    inv->state = InvitationState::Ignored;
    inv->respondedMs = m_clock.nowMs();
    QSqlQuery q(m_store.database());
    QString error;
    tx.changes().invitation(*inv);
    if (!Sql::exec(q,
                   QStringLiteral("UPDATE invitations SET state = %1, responded_ms = ?, next_due_ms = ?"
                                  " WHERE id = ? AND state = %2")
                       .arg(int(InvitationState::Ignored))
                       .arg(int(InvitationState::Pending)),
                   {inv->respondedMs, Sql::nullableId(ReminderSchedule::nextDue(*inv, m_rules)), invitationId}, &error)
        || !tx.commit(&error))
        return storeFailure(error);
    r.invitationId = invitationId;
    emit scheduleChanged();
    return r;
}

ActionResult InvitationService::withdrawLocked(qint64 member, qint64 invitationId, ChangeSet &changes)
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
        return storeFailure(error);
    changes.invitation(*inv);
    ActionResult r;
    r.invitationId = invitationId;
    r.availableFromMs = now + m_rules.cooldownMs;
    return r;
}

ActionResult InvitationService::withdraw(qint64 member, qint64 invitationId)
{
    return withdrawAll(member, {invitationId});
}

ActionResult InvitationService::withdrawAll(qint64 member, const QList<qint64> &invitationIds)
{
    if (!m_store.dialect().isSQLite()) {
        QStringList ids;
        for (qint64 id : invitationIds)
            ids.append(QString::number(id));
        const ActionResult r = onServer(
            QStringLiteral("withdraw_invitations(?, CAST(? AS bigint[]), ?, ?)"),
            {member, QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}'), m_clock.nowMs()});
        for (qint64 id : invitationIds) {
            if (!r.ok())
                break;
            emit invitationWithdrawn(id);
        }
        return r;
    }
    Transaction tx(m_store);
    if (!tx.isActive())
        return storeFailure(tx.error());
    ActionResult last;
    for (qint64 id : invitationIds) {
        last = withdrawLocked(member, id, tx.changes());
        if (!last.ok())
            return last; // the transaction rolls back what went before
    }
    QString error;
    if (!tx.commit(&error))
        return storeFailure(error);
    for (qint64 id : invitationIds)
        emit invitationWithdrawn(id);
    emit scheduleChanged();
    return last;
}

// R9: invitations to the address become the new member's, keeping their
// send date and expiry; cool-downs on the address follow them too.
bool InvitationService::takeOverAddress(Transaction &tx, const QString &address, JoinResult *j, QString *error)
{
    QSqlQuery q(m_store.database());
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, sender_id FROM invitations WHERE recipient_id IS NULL"
                                  " AND recipient_email = ? AND state = %1")
                       .arg(int(InvitationState::Pending)),
                   {address}, error)) {
        return false;
    }
    while (q.next()) {
        j->invitationIds.append(q.value(0).toLongLong());
        tx.changes().invitation(q.value(0).toLongLong(), q.value(1).toLongLong(), j->memberId);
    }
    tx.changes().member(j->memberId, ChangeSet::All);
    tx.changes().member(0, ChangeSet::Profile); // one more person to find and suggest
    tx.changes().outbox();
    q.finish();
    return Sql::exec(q,
                     QStringLiteral("UPDATE invitations SET recipient_id = ?,"
                                    " pair_lo = CASE WHEN sender_id < ? THEN sender_id ELSE ? END,"
                                    " pair_hi = CASE WHEN sender_id < ? THEN ? ELSE sender_id END,"
                                    " next_due_ms = CASE WHEN state = %1 THEN NULL ELSE next_due_ms END"
                                    " WHERE recipient_id IS NULL AND recipient_email = ?")
                         .arg(int(InvitationState::Withdrawn)),
                     {j->memberId, j->memberId, j->memberId, j->memberId, j->memberId, address}, error)
        && Sql::exec(q,
                     QStringLiteral("UPDATE cooldowns SET recipient_id = ? WHERE recipient_id IS NULL"
                                    " AND recipient_email = ?"),
                     {j->memberId, address}, error);
}

JoinResult InvitationService::join(const Member &member, const JoinStep &alsoInTransaction)
{
    JoinResult j;
    Refusal::Details d;
    d.name = member.email.trimmed();
    if (!Email::isValid(member.email)) {
        j.result = ActionResult::refused(Refusal::InvalidEmail, d);
        return j;
    }
    if (const auto tooLong = TextLimits::firstTooLong(member)) {
        d.name = tooLong->field;
        d.limit = tooLong->limit;
        j.result = ActionResult::refused(Refusal::TextTooLong, d);
        return j;
    }
    const QString address = Email::normalized(member.email);
    const qint64 now = m_clock.nowMs();
    Transaction tx(m_store);
    if (!tx.isActive()) {
        j.result = storeFailure(tx.error());
        return j;
    }
    if (m_network.memberByEmail(address)) {
        j.result = ActionResult::refused(Refusal::EmailTaken, d);
        return j;
    }
    QSqlQuery q(m_store.database());
    QString error;
    if (!Sql::exec(q,
                   QStringLiteral("INSERT INTO members (name, headline, company, school, location, email, email_norm,"
                                  " phone, joined_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                   {Sql::text(member.name), Sql::text(member.headline), Sql::text(member.company),
                    Sql::text(member.school), Sql::text(member.location), member.email.trimmed(), address,
                    Sql::text(member.phone), now},
                   &error)
        || !q.next()) {
        j.result = storeFailure(error);
        return j;
    }
    j.memberId = q.value(0).toLongLong();
    q.finish();
    const bool ok = takeOverAddress(tx, address, &j, &error)
        && (!alsoInTransaction || alsoInTransaction(j.memberId, &error)) && tx.commit(&error);
    if (!ok) {
        j.result = storeFailure(error);
        j.memberId = 0;
        j.invitationIds.clear();
        return j;
    }
    emit memberJoined(j.memberId, j.invitationIds);
    emit scheduleChanged();
    return j;
}

bool InvitationService::dismissSuggestion(qint64 member, qint64 other)
{
    return setDismissed(member, other, true);
}

bool InvitationService::restoreSuggestion(qint64 member, qint64 other)
{
    return setDismissed(member, other, false);
}

bool InvitationService::setDismissed(qint64 member, qint64 other, bool dismissed)
{
    Transaction tx(m_store);
    QSqlQuery q(m_store.database());
    bool ok = tx.isActive()
        && Sql::exec(q, QStringLiteral("DELETE FROM dismissed_suggestions WHERE member_id = ? AND other_id = ?"),
                     {member, other});
    if (dismissed) {
        ok = ok
            && Sql::exec(q,
                         QStringLiteral("INSERT INTO dismissed_suggestions (member_id, other_id, dismissed_ms)"
                                        " VALUES (?, ?, ?)"),
                         {member, other, m_clock.nowMs()});
    }
    tx.changes().member(member, ChangeSet::Suggestions);
    ok = ok && tx.commit();
    if (ok && dismissed)
        emit suggestionDismissed(member, other);
    else if (ok)
        emit suggestionRestored(member, other);
    return ok;
}

bool InvitationService::markNotificationRead(qint64 member, qint64 notificationId)
{
    Transaction tx(m_store);
    QSqlQuery q(m_store.database());
    if (!tx.isActive()
        || !Sql::exec(q,
                      QStringLiteral("UPDATE notifications SET read_ms = ? WHERE id = ? AND member_id = ?"
                                     " AND read_ms IS NULL"),
                      {m_clock.nowMs(), notificationId, member})
        || q.numRowsAffected() == 0)
        return false;
    tx.changes().member(member, ChangeSet::Notifications);
    return tx.commit();
}

int InvitationService::markNotificationsRead(qint64 member)
{
    Transaction tx(m_store);
    QSqlQuery q(m_store.database());
    if (!tx.isActive()
        || !Sql::exec(q, QStringLiteral("UPDATE notifications SET read_ms = ? WHERE member_id = ? AND read_ms IS NULL"),
                      {m_clock.nowMs(), member}))
        return 0;
    const int changed = q.numRowsAffected();
    if (changed == 0)
        return 0; // the transaction rolls back: nothing to tell anyone
    tx.changes().member(member, ChangeSet::Notifications);
    return tx.commit() ? changed : 0;
}
