#include "rules/invitationlists.h"

#include "base/email.h"

#include "rules/rows.h"
#include "store/sql.h"

#include <QSqlQuery>

namespace InvitationLists {

namespace {

QString state(InvitationState s)
{
    return QString::number(int(s));
}

// R20: on a team store the sender sees why an e-mail invitation could not
// be delivered (the mail server's words); a local store mails nothing.
QString undeliveredColumn(const QSqlDatabase &db, List list)
{
    if (list == List::Received || db.driverName() != QLatin1String("QPSQL"))
        return QStringLiteral("NULL");
    return QStringLiteral("(SELECT o.last_error FROM outbox o WHERE o.invitation_id = i.id AND i.recipient_id IS NULL"
                          " AND o.delivery_state = 3 ORDER BY o.id DESC LIMIT 1)");
}

// Issue 35 (6): the name the sender's imported contacts know an invited
// address by (a contact with an address is kept under it as its key).
QString contactNameColumn(List list)
{
    if (list == List::Received)
        return QStringLiteral("NULL");
    return QStringLiteral("(SELECT c.name FROM contacts c WHERE i.recipient_id IS NULL AND c.owner_id = i.sender_id"
                          " AND c.dedupe_key = i.recipient_email)");
}

bool select(const QSqlDatabase &db, List list, const QString &extra, const QVariantList &params, int limit,
            QList<Row> *rows, QString *error)
{
    const bool received = list == List::Received;
    const QString sql =
        QStringLiteral("SELECT i.id, i.sender_id, i.recipient_id, i.recipient_email, i.note, i.source, i.state,"
                       " i.sent_ms, i.expires_ms, i.responded_ms, i.reminders_sent, i.next_due_ms, i.sender_closed_ms,"
                       " m.id, m.name, m.headline, %5, %6"
                       " FROM invitations i LEFT JOIN members m ON m.id = %1"
                       " WHERE %2 %3 ORDER BY i.sent_ms DESC, i.id DESC LIMIT %4")
            .arg(received ? QStringLiteral("i.sender_id") : QStringLiteral("i.recipient_id"), condition(list), extra)
            .arg(limit)
            .arg(undeliveredColumn(db, list), contactNameColumn(list));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q, sql, params, error))
        return false;
    while (q.next()) {
        Row r;
        r.invitation = Rows::invitation(q);
        r.personId = q.value(13).toLongLong();
        r.personName = r.personId ? q.value(14).toString() : Email::shown(r.invitation.recipientEmail);
        r.headline = q.value(15).toString();
        r.undelivered = q.value(16).toString();
        if (const QString known = q.value(17).toString(); !r.personId && !known.isEmpty()) {
            r.personName = known; // and the address under it
            r.headline = Email::shown(r.invitation.recipientEmail);
        }
        rows->append(r);
    }
    return true;
}

}

QString condition(List list, const QString &alias)
{
    const QString a = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    if (list == List::Received)
        return QStringLiteral("%1recipient_id = ? AND %1state = %2 AND %1expires_ms > ?")
            .arg(a, state(InvitationState::Pending));
    return QStringLiteral("%1sender_id = ? AND (%1state = %2 OR (%1state = %3 AND %1sender_closed_ms IS NULL))"
                          " AND %1expires_ms > ?")
        .arg(a, state(InvitationState::Pending), state(InvitationState::Ignored));
}

bool page(const QSqlDatabase &db, List list, qint64 member, qint64 nowMs, const Invitation *after, int limit,
          QList<Row> *rows, QString *error)
{
    if (!after)
        return select(db, list, QString(), {member, nowMs}, limit, rows, error);
    // A plain range on sent_ms, so the index seeks instead of scanning from
    // the newest every time.
    return select(db, list, QStringLiteral("AND i.sent_ms <= ? AND NOT (i.sent_ms = ? AND i.id >= ?)"),
                  {member, nowMs, after->sentMs, after->sentMs, after->id}, limit, rows, error);
}

std::optional<Row> one(const QSqlDatabase &db, List list, qint64 member, qint64 nowMs, qint64 invitationId,
                       QString *error)
{
    QList<Row> rows;
    if (!select(db, list, QStringLiteral("AND i.id = ?"), {member, nowMs, invitationId}, 1, &rows, error)
        || rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

int count(const QSqlDatabase &db, List list, qint64 member, qint64 nowMs, bool *ok)
{
    return int(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM invitations i WHERE ") + condition(list),
                           {member, nowMs}, 0, ok));
}

}
