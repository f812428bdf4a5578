#include "rules/messagelists.h"

#include "store/sql.h"

#include <QSqlQuery>

namespace MessageLists {

namespace {

bool select(const QSqlDatabase &db, List list, qint64 member, const QString &condition, const QVariantList &params,
            int limit, QList<Row> *rows, QString *error)
{
    const bool notes = list == List::Notifications;
    const QString sql = notes
        ? QStringLiteral("SELECT n.id, n.kind, n.invitation_id, n.actor_id, m.name, '', i.note, n.created_ms,"
                         " n.read_ms IS NULL, COALESCE(i.state, -1), COALESCE(i.expires_ms, 0)"
                         " FROM notifications n LEFT JOIN members m ON m.id = n.actor_id"
                         " LEFT JOIN invitations i ON i.id = n.invitation_id"
                         " WHERE n.member_id = ? %1 ORDER BY n.created_ms DESC, n.id DESC LIMIT %2")
        : QStringLiteral(
            "SELECT o.id, o.kind, o.invitation_id, o.sender_id, m.name, o.to_email, i.note, o.created_ms, 0, -1, 0, %3"
            " FROM outbox o LEFT JOIN members m ON m.id = o.sender_id"
            " LEFT JOIN invitations i ON i.id = o.invitation_id"
            " WHERE 1 = 1 %1 ORDER BY o.created_ms DESC, o.id DESC LIMIT %2");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QVariantList all = params;
    // Notifications are one member's; the outbox is the sender's e-mails,
    // or every member's when no member is given (simulated play).
    QString where = condition;
    if (notes) {
        all.prepend(member);
    } else if (member != 0) {
        where.prepend(QStringLiteral("AND o.sender_id = ? "));
        all.prepend(member);
    }
    // R20: what became of each e-mail, where a team store delivers them.
    const QString delivery = db.driverName() == QLatin1String("QPSQL")
        ? QStringLiteral("o.delivery_state, COALESCE(o.last_error, ''), COALESCE(o.delivered_ms, 0)")
        : QStringLiteral("-1, '', 0");
    if (!Sql::exec(q, notes ? sql.arg(where).arg(limit) : sql.arg(where).arg(limit).arg(delivery), all, error))
        return false;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.kind = q.value(1).toInt();
        r.invitationId = q.value(2).toLongLong();
        r.personId = q.value(3).toLongLong();
        r.personName = q.value(4).toString();
        r.address = q.value(5).toString();
        r.note = q.value(6).toString();
        r.createdMs = q.value(7).toLongLong();
        r.unread = q.value(8).toBool();
        r.invitationState = q.value(9).toInt();
        r.expiresMs = q.value(10).toLongLong();
        if (!notes) {
            r.deliveryState = q.value(11).toInt();
            r.deliveryError = q.value(12).toString();
            r.deliveredMs = q.value(13).toLongLong();
        }
        rows->append(r);
    }
    return true;
}

QString alias(List list)
{
    return list == List::Notifications ? QStringLiteral("n") : QStringLiteral("o");
}

}

bool page(const QSqlDatabase &db, List list, qint64 member, const Row *after, int limit, QList<Row> *rows,
          QString *error)
{
    if (!after)
        return select(db, list, member, QString(), {}, limit, rows, error);
    return select(db, list, member,
                  QStringLiteral("AND %1.created_ms <= ? AND NOT (%1.created_ms = ? AND %1.id >= ?)").arg(alias(list)),
                  {after->createdMs, after->createdMs, after->id}, limit, rows, error);
}

bool newer(const QSqlDatabase &db, List list, qint64 member, qint64 newestId, int limit, QList<Row> *rows,
           QString *error)
{
    return select(db, list, member, QStringLiteral("AND %1.id > ?").arg(alias(list)), {newestId}, limit, rows, error);
}

bool downTo(const QSqlDatabase &db, List list, qint64 member, const Row &oldest, int limit, QList<Row> *rows,
            QString *error)
{
    return select(db, list, member,
                  QStringLiteral("AND (%1.created_ms > ? OR (%1.created_ms = ? AND %1.id >= ?))").arg(alias(list)),
                  {oldest.createdMs, oldest.createdMs, oldest.id}, limit, rows, error);
}

int unreadCount(const QSqlDatabase &db, qint64 member, bool *ok)
{
    return int(Sql::scalar(db,
                           QStringLiteral("SELECT COUNT(*) FROM notifications WHERE member_id = ? AND read_ms IS NULL"),
                           {member}, 0, ok));
}

}
