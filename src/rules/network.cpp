#include "rules/network.h"

#include "base/clock.h"
#include "base/email.h"
#include "rules/invitationlists.h"
#include "rules/rows.h"
#include "store/rulessettings.h"
#include "store/sql.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <limits>

namespace {

using InvitationLists::List;

}

Network::Network(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

std::optional<Member> Network::member(qint64 id) const
{
    QSqlQuery q(m_store.database());
    if (Sql::exec(q, QStringLiteral("SELECT %1 FROM members WHERE id = ?").arg(Rows::memberColumns()), {id})
        && q.next())
        return Rows::member(q);
    return std::nullopt;
}

QByteArray Network::photo(qint64 member, bool large) const
{
    QSqlQuery q(m_store.database());
    if (Sql::exec(q,
                  QStringLiteral("SELECT %1 FROM member_photos WHERE member_id = ?")
                      .arg(QLatin1String(large ? "large" : "small")),
                  {member})
        && q.next())
        return q.value(0).toByteArray();
    return {};
}

std::optional<Member> Network::memberByEmail(const QString &email) const
{
    if (m_store.dialect().isMemberSession()) {
        // The members view hides addresses; the store looks this one up.
        const QString json = QString::fromUtf8(QJsonDocument(QJsonArray{Email::normalized(email)}).toJson());
        const qint64 id = Sql::scalar(m_store.database(), m_store.dialect().membersByEmail(), {json});
        return id ? member(id) : std::nullopt;
    }
    QSqlQuery q(m_store.database());
    if (Sql::exec(q, QStringLiteral("SELECT %1 FROM members WHERE email_norm = ?").arg(Rows::memberColumns()),
                  {Email::normalized(email)})
        && q.next())
        return Rows::member(q);
    return std::nullopt;
}

std::optional<Invitation> Network::invitation(qint64 id) const
{
    QSqlQuery q(m_store.database());
    if (Sql::exec(q, QStringLiteral("SELECT %1 FROM invitations WHERE id = ?").arg(Rows::invitationColumns()), {id})
        && q.next())
        return Rows::invitation(q);
    return std::nullopt;
}

int Network::memberCount() const
{
    return int(Sql::scalar(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM members"), {}));
}

bool Network::isConnected(qint64 a, qint64 b) const
{
    return Sql::scalar(m_store.database(),
                       QStringLiteral("SELECT 1 FROM connections WHERE member_id = ? AND other_id = ?"), {a, b})
        == 1;
}

QList<qint64> Network::connectionIds(qint64 member) const
{
    QList<qint64> ids;
    QSqlQuery q(m_store.database());
    if (Sql::exec(q, QStringLiteral("SELECT other_id FROM connections WHERE member_id = ? ORDER BY other_id"),
                  {member})) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

int Network::connectionCount(qint64 member) const
{
    return int(Sql::scalar(m_store.database(), m_store.dialect().connectionCount(), {member}));
}

int Network::mutualCount(qint64 a, qint64 b) const
{
    // Read from a's connections' lists, not b's: a member's login may read
    // those (R11), and b may be a stranger.
    return int(Sql::scalar(m_store.database(),
                           QStringLiteral("SELECT COUNT(*) FROM connections c1"
                                          " JOIN connections c2 ON c2.member_id = c1.other_id AND c2.other_id = ?"
                                          " WHERE c1.member_id = ?"),
                           {b, a}));
}

QList<QPair<qint64, QString>> Network::mutualConnections(qint64 a, qint64 b, int limit) const
{
    QList<QPair<qint64, QString>> out;
    QSqlQuery q(m_store.database());
    if (!Sql::exec(q,
                   QStringLiteral("SELECT m.id, m.name FROM connections c1"
                                  " JOIN connections c2 ON c2.member_id = c1.other_id AND c2.other_id = ?"
                                  " JOIN members m ON m.id = c1.other_id WHERE c1.member_id = ?"
                                  " ORDER BY m.name, m.id LIMIT %1")
                       .arg(limit),
                   {b, a}))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

qint64 Network::awaitingFrom(qint64 sender, qint64 recipient) const
{
    return Sql::scalar(m_store.database(),
                       QStringLiteral("SELECT MAX(id) FROM invitations WHERE recipient_id = ? AND ")
                           + InvitationLists::condition(List::Sent, QString()),
                       {recipient, sender, m_clock.nowMs()});
}

qint64 Network::awaitingFromToAddress(qint64 sender, const QString &normalizedEmail) const
{
    return Sql::scalar(m_store.database(),
                       QStringLiteral("SELECT MAX(id) FROM invitations WHERE recipient_email = ?"
                                      " AND recipient_id IS NULL AND ")
                           + InvitationLists::condition(List::Sent, QString()),
                       {normalizedEmail, sender, m_clock.nowMs()});
}

qint64 Network::pendingFrom(qint64 sender, qint64 recipient) const
{
    return Sql::scalar(m_store.database(),
                       QStringLiteral("SELECT id FROM invitations WHERE pair_lo = ? AND pair_hi = ? AND sender_id = ?"
                                      " AND ")
                           + InvitationLists::condition(List::Received, QString()),
                       {qMin(sender, recipient), qMax(sender, recipient), sender, recipient, m_clock.nowMs()});
}

qint64 Network::coolDownUntil(qint64 sender, qint64 recipient) const
{
    const qint64 until = Sql::scalar(
        m_store.database(),
        QStringLiteral("SELECT MAX(until_ms) FROM cooldowns WHERE sender_id = ? AND recipient_id = ?"),
        {sender, recipient});
    return until > m_clock.nowMs() ? until : 0;
}

qint64 Network::coolDownUntilAddress(qint64 sender, const QString &normalizedEmail) const
{
    const qint64 until = Sql::scalar(
        m_store.database(),
        QStringLiteral("SELECT MAX(until_ms) FROM cooldowns WHERE sender_id = ? AND recipient_email = ?"),
        {sender, normalizedEmail});
    return until > m_clock.nowMs() ? until : 0;
}

int Network::sentInLastWeek(qint64 sender) const
{
    // Withdrawn and expired invitations still count (R13).
    return int(Sql::scalar(m_store.database(),
                           QStringLiteral("SELECT COUNT(*) FROM invitations WHERE sender_id = ? AND sent_ms > ?"),
                           {sender, m_clock.nowMs() - RulesSettings::kLimitWindowMs}));
}

qint64 Network::nextLimitSlotMs(qint64 sender) const
{
    const qint64 now = m_clock.nowMs();
    const qint64 oldest = Sql::scalar(m_store.database(),
                                      QStringLiteral("SELECT MIN(sent_ms) FROM invitations WHERE sender_id = ?"
                                                     " AND sent_ms > ?"),
                                      {sender, now - RulesSettings::kLimitWindowMs}, 0);
    return (oldest > 0 ? oldest : now) + RulesSettings::kLimitWindowMs;
}

Relation Network::relation(qint64 viewer, qint64 target) const
{
    Relation r;
    if (viewer == target) {
        r.kind = Relation::Self;
    } else if (isConnected(viewer, target)) {
        r.kind = Relation::Connected;
    } else if (qint64 id = pendingFrom(target, viewer)) {
        r.kind = Relation::InvitationReceived;
        r.invitationId = id;
    } else if (qint64 id = awaitingFrom(viewer, target)) {
        r.kind = Relation::InvitationSent;
        r.invitationId = id;
    } else if (qint64 until = coolDownUntil(viewer, target)) {
        r.kind = Relation::CoolDown;
        r.availableFromMs = until;
    }
    return r;
}

ProfileView Network::profile(qint64 viewer, qint64 target) const
{
    ProfileView v;
    const std::optional<Member> m = member(target);
    if (!m)
        return v;
    v.member = *m;
    v.relation = relation(viewer, target);
    v.fullAccess = v.relation.kind == Relation::Self || v.relation.kind == Relation::Connected;
    v.connectionCount = connectionCount(target);
    if (v.fullAccess) {
        v.connectionIds = connectionIds(target);
    } else {
        // School is public (R11), as the real service shows education.
        v.member.email.clear();
        v.member.phone.clear();
    }
    if (viewer != target)
        v.mutualCount = mutualCount(viewer, target);
    return v;
}

NetworkCounts Network::counts(qint64 member) const
{
    return countsOn(m_store.database(), m_store.dialect(), member, m_clock.nowMs());
}

NetworkCounts Network::countsOn(const QSqlDatabase &db, const Dialect &dialect, qint64 member, qint64 nowMs)
{
    NetworkCounts c;
    c.connections = int(Sql::scalar(db, dialect.connectionCount(), {member}));
    c.contacts = int(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE owner_id = ?"), {member}));
    c.sentPending = InvitationLists::count(db, List::Sent, member, nowMs);
    c.receivedPending = InvitationLists::count(db, List::Received, member, nowMs);
    c.unreadNotifications = int(Sql::scalar(
        db, QStringLiteral("SELECT COUNT(*) FROM notifications WHERE member_id = ? AND read_ms IS NULL"), {member}));
    return c;
}

QList<Invitation> Network::receivedPending(qint64 member) const
{
    return whole(List::Received, member);
}

QList<Invitation> Network::sentAwaiting(qint64 member) const
{
    return whole(List::Sent, member);
}

QList<Invitation> Network::whole(InvitationLists::List list, qint64 member) const
{
    QList<InvitationLists::Row> rows;
    InvitationLists::page(m_store.database(), list, member, m_clock.nowMs(), nullptr, std::numeric_limits<int>::max(),
                          &rows);
    QList<Invitation> invitations;
    invitations.reserve(rows.size());
    for (const InvitationLists::Row &r : std::as_const(rows))
        invitations.append(r.invitation);
    return invitations;
}

QList<Notification> Network::notifications(qint64 member) const
{
    QList<Notification> list;
    QSqlQuery q(m_store.database());
    if (Sql::exec(q,
                  QStringLiteral("SELECT id, member_id, kind, invitation_id, actor_id, created_ms, read_ms"
                                 " FROM notifications WHERE member_id = ? ORDER BY created_ms DESC, id DESC"),
                  {member})) {
        while (q.next()) {
            Notification n;
            n.id = q.value(0).toLongLong();
            n.memberId = q.value(1).toLongLong();
            n.kind = NotificationKind(q.value(2).toInt());
            n.invitationId = q.value(3).toLongLong();
            n.actorId = q.value(4).toLongLong();
            n.createdMs = q.value(5).toLongLong();
            n.readMs = q.value(6).toLongLong();
            list.append(n);
        }
    }
    return list;
}
