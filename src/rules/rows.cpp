#include "rules/rows.h"

#include <QSqlQuery>
#include <QVariant>

namespace Rows {

Member member(const QSqlQuery &q)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.headline = q.value(2).toString();
    m.company = q.value(3).toString();
    m.school = q.value(4).toString();
    m.location = q.value(5).toString();
    m.email = q.value(6).toString();
    m.phone = q.value(7).toString();
    m.joinedMs = q.value(8).toLongLong();
    return m;
}

QString memberColumns()
{
    return QStringLiteral("id, name, headline, company, school, location, email, phone, joined_ms");
}

QString invitationColumns()
{
    return QStringLiteral("id, sender_id, recipient_id, recipient_email, note, source, state, sent_ms, "
                          "expires_ms, responded_ms, reminders_sent, next_due_ms, sender_closed_ms");
}

Invitation invitation(const QSqlQuery &q)
{
    Invitation inv;
    inv.id = q.value(0).toLongLong();
    inv.senderId = q.value(1).toLongLong();
    inv.recipientId = q.value(2).toLongLong();
    inv.recipientEmail = q.value(3).toString();
    inv.note = q.value(4).toString();
    inv.source = InvitationSource(q.value(5).toInt());
    inv.state = InvitationState(q.value(6).toInt());
    inv.sentMs = q.value(7).toLongLong();
    inv.expiresMs = q.value(8).toLongLong();
    inv.respondedMs = q.value(9).toLongLong();
    inv.remindersSent = q.value(10).toInt();
    inv.nextDueMs = q.value(11).toLongLong();
    inv.senderClosedMs = q.value(12).toLongLong();
    return inv;
}

}
