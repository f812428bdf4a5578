#include "rules/invitationservice.h"
#include "rules/rows.h"

#include "base/clock.h"
#include "base/email.h"
#include "base/textfold.h"
#include "base/textlimits.h"
#include "rules/localrules.h"
#include "rules/serverrules.h"
#include "store/reminderschedule.h"
#include "store/sql.h"
#include "store/statement.h"
#include "store/store.h"

#include <QSqlQuery>

InvitationService::InvitationService(Store &store, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_network(store, clock)
    , m_rules(RulesSettings::load(store.database()))
{
    if (store.dialect().isSQLite())
        m_backend = std::make_unique<LocalRules>(store, clock, m_network, m_rules);
    else
        m_backend = std::make_unique<ServerRules>(store, clock);
}

InvitationService::~InvitationService() = default;

bool InvitationService::setRules(const RulesSettings &rules, QString *error)
{
    Transaction tx(m_store);
    QSqlDatabase db = m_store.database();
    if (!tx.isActive() || !rules.save(db, error))
        return false;
    QSqlQuery select(db);
    Statement update(db);
    if (!Sql::exec(select,
                   QStringLiteral("SELECT %1 FROM invitations WHERE state = %2")
                       .arg(Rows::invitationColumns())
                       .arg(int(InvitationState::Pending)),
                   {}, error)
        || !update.prepare(QStringLiteral("UPDATE invitations SET next_due_ms = ? WHERE id = ?"))) {
        if (error && error->isEmpty())
            *error = update.error();
        return false;
    }
    while (select.next()) {
        const Invitation inv = Rows::invitation(select);
        if (!update.run({Sql::nullableId(ReminderSchedule::nextDue(inv, rules)), inv.id}, error))
            return false;
    }
    tx.changes().everything = true; // the weekly limit and every due time may differ
    if (!tx.commit(error))
        return false;
    m_rules = rules;
    emit rulesChanged();
    emit scheduleChanged();
    return true;
}

void InvitationService::reloadRules()
{
    m_rules = RulesSettings::load(m_store.database());
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

// What the asker hears of a done action; views follow the store's feed.
ActionResult InvitationService::told(const ActionResult &r)
{
    if (r.ok())
        emit scheduleChanged();
    return r;
}

ActionResult InvitationService::invite(qint64 sender, qint64 recipient, const QString &note, InvitationSource source)
{
    if (sender == recipient)
        return ActionResult::refused(Refusal::Yourself);
    if (note.size() > RulesSettings::kMaxNoteLength)
        return noteTooLong();
    const ActionResult r = m_backend->send(sender, recipient, note, source);
    if (r.acceptedInstead)
        emit invitationAccepted(r.invitationId);
    else if (r.ok())
        emit invitationSent(r.invitationId);
    return told(r);
}

ActionResult InvitationService::inviteByEmail(qint64 sender, const QString &email, const QString &note,
                                              InvitationSource source)
{
    Refusal::Details d;
    d.name = email.trimmed();
    if (!Email::isValid(email))
        return ActionResult::refused(Refusal::InvalidEmail, d);
    if (note.size() > RulesSettings::kMaxNoteLength)
        return noteTooLong();
    const ActionResult r = m_backend->sendToAddress(sender, Email::normalized(email), note, source);
    if (r.acceptedInstead)
        emit invitationAccepted(r.invitationId);
    else if (r.ok())
        emit invitationSent(r.invitationId);
    return told(r);
}

ActionResult InvitationService::removeConnection(qint64 member, qint64 other)
{
    return told(m_backend->removeConnection(member, other));
}

ActionResult InvitationService::accept(qint64 member, qint64 invitationId)
{
    const ActionResult r = m_backend->answer(member, invitationId, true);
    if (r.ok())
        emit invitationAccepted(invitationId);
    return told(r);
}

ActionResult InvitationService::ignore(qint64 member, qint64 invitationId)
{
    return told(m_backend->answer(member, invitationId, false));
}

ActionResult InvitationService::withdraw(qint64 member, qint64 invitationId)
{
    return withdrawAll(member, {invitationId});
}

ActionResult InvitationService::withdrawAll(qint64 member, const QList<qint64> &invitationIds)
{
    const ActionResult r = m_backend->withdraw(member, invitationIds);
    for (qint64 id : invitationIds) {
        if (!r.ok())
            break;
        emit invitationWithdrawn(id);
    }
    return told(r);
}

ActionResult InvitationService::updateProfile(qint64 member, Member p)
{
    for (QString *field : {&p.name, &p.headline, &p.company, &p.school, &p.location, &p.email, &p.phone})
        *field = field->trimmed();
    if (p.name.isEmpty())
        return ActionResult::refused(Refusal::NameRequired);
    Refusal::Details d;
    if (const auto tooLong = TextLimits::firstTooLong(p)) {
        d.name = tooLong->field;
        d.limit = tooLong->limit;
        return ActionResult::refused(Refusal::TextTooLong, d);
    }
    const std::optional<Member> before = m_network.member(member);
    if (!before)
        return ActionResult::refused(Refusal::UnknownMember);
    if (Email::normalized(p.email) != Email::normalized(before->email)) {
        // A team store's login is tied to the address its administrator gave.
        if (m_store.config().isTeam())
            return ActionResult::refused(Refusal::EmailIsAdministrators);
        d.name = p.email;
        if (!Email::isValid(p.email))
            return ActionResult::refused(Refusal::InvalidEmail, d);
    }
    return told(m_backend->updateProfile(member, p));
}

ActionResult InvitationService::setPhoto(qint64 member, const QByteArray &small, const QByteArray &large)
{
    if (small.isEmpty() != large.isEmpty() || small.size() > TextLimits::kPhotoSmallBytes
        || large.size() > TextLimits::kPhotoLargeBytes) {
        Refusal::Details d;
        d.error = QStringLiteral("a photo is two PNG images of at most %1 and %2 bytes")
                      .arg(TextLimits::kPhotoSmallBytes)
                      .arg(TextLimits::kPhotoLargeBytes);
        return ActionResult::refused(Refusal::StoreFailure, d);
    }
    return told(m_backend->setPhoto(member, small, large));
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
    const QList<JoinResult> all = joinAll({member}, &j.result,
                                          [&alsoInTransaction](qsizetype, qint64 id, QString *error) {
                                              return !alsoInTransaction || alsoInTransaction(id, error);
                                          });
    return all.isEmpty() ? j : all.first();
}

// What a joining member must be before the store is asked (R9, R19).
ActionResult InvitationService::checkJoin(const Member &member)
{
    Refusal::Details d;
    d.name = member.email.trimmed();
    if (!Email::isValid(member.email))
        return ActionResult::refused(Refusal::InvalidEmail, d);
    if (const auto tooLong = TextLimits::firstTooLong(member)) {
        d.name = tooLong->field;
        d.limit = tooLong->limit;
        return ActionResult::refused(Refusal::TextTooLong, d);
    }
    return {};
}

QList<JoinResult> InvitationService::joinAll(const QList<Member> &members, ActionResult *result,
                                             const BatchStep &alsoInTransaction)
{
    for (const Member &m : members) {
        if (*result = checkJoin(m); !result->ok())
            return {};
    }
    Transaction tx(m_store);
    if (!tx.isActive()) {
        *result = storeFailure(m_store, tx.error());
        return {};
    }
    QList<JoinResult> joined;
    QString error;
    for (qsizetype i = 0; i < members.size(); ++i) {
        JoinResult j;
        if (!insertMember(tx, members.at(i), &j, &error)) {
            *result = j.result.ok() ? storeFailure(m_store, error) : j.result;
            return {};
        }
        if (alsoInTransaction && !alsoInTransaction(i, j.memberId, &error)) {
            *result = storeFailure(m_store, error);
            return {};
        }
        joined.append(j);
    }
    if (!tx.commit(&error)) {
        *result = storeFailure(m_store, error);
        return {};
    }
    for (const JoinResult &j : std::as_const(joined))
        emit memberJoined(j.memberId, j.invitationIds);
    emit scheduleChanged();
    return joined;
}

// One new member and the invitations to their address (R9), inside `tx`.
// False with `j->result` refused (the address is a member's) or `error` set.
bool InvitationService::insertMember(Transaction &tx, const Member &member, JoinResult *j, QString *error)
{
    const QString address = Email::normalized(member.email);
    if (m_network.memberByEmail(address)) {
        Refusal::Details d;
        d.name = member.email.trimmed();
        j->result = ActionResult::refused(Refusal::EmailTaken, d);
        return false;
    }
    QSqlQuery q(m_store.database());
    if (!Sql::exec(q,
                   QStringLiteral("INSERT INTO members (name, headline, company, school, location, email, email_norm,"
                                  " phone, joined_ms, search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                   {Sql::text(member.name.trimmed()), Sql::text(member.headline.trimmed()),
                    Sql::text(member.company.trimmed()), Sql::text(member.school.trimmed()),
                    Sql::text(member.location.trimmed()), member.email.trimmed(), address,
                    Sql::text(member.phone.trimmed()), m_clock.nowMs(),
                    TextFold::searchKey(member.name.trimmed(), member.headline.trimmed(), member.company.trimmed())},
                   error)
        || !q.next())
        return false;
    j->memberId = q.value(0).toLongLong();
    q.finish();
    return takeOverAddress(tx, address, j, error);
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
