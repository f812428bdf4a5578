#include "messagelistmodel.h"

#include "clock.h"
#include "expiryengine.h"
#include "invitationservice.h"
#include "relativetime.h"
#include "roles.h"
#include "sql.h"
#include "store.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

MessageListModel::MessageListModel(Kind kind, InvitationService &service, ExpiryEngine &engine, QObject *parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
    , m_service(service)
{
    connect(&engine, &ExpiryEngine::ran, this, &MessageListModel::onEngineRan);
    connect(&service, &InvitationService::invitationAccepted, this, &MessageListModel::addNewer);
    connect(&service, &InvitationService::invitationSent, this, &MessageListModel::addNewer);
    connect(&service, &InvitationService::notificationsRead, this, [this](qint64 member) {
        if (m_kind == Kind::Notifications && member == m_member)
            reload();
    });
    if (kind == Kind::Outbox)
        reload();
}

void MessageListModel::setMember(qint64 memberId)
{
    m_member = memberId;
    reload();
}

void MessageListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    endResetModel();
    fetchMore({});
    emit unreadCountChanged(unreadCount());
}

QList<MessageListModel::Row> MessageListModel::query(const QString &condition, const QVariantList &params,
                                                     int limit) const
{
    const bool notes = m_kind == Kind::Notifications;
    const QString sql = notes
        ? QStringLiteral("SELECT n.id, n.kind, n.invitation_id, n.actor_id, m.name, '', i.note, n.created_ms,"
                         " n.read_ms IS NULL FROM notifications n LEFT JOIN members m ON m.id = n.actor_id"
                         " LEFT JOIN invitations i ON i.id = n.invitation_id"
                         " WHERE n.member_id = ? %1 ORDER BY n.created_ms DESC, n.id DESC LIMIT %2")
        : QStringLiteral("SELECT o.id, o.kind, o.invitation_id, o.sender_id, m.name, o.to_email, i.note, o.created_ms, 0"
                         " FROM outbox o LEFT JOIN members m ON m.id = o.sender_id"
                         " LEFT JOIN invitations i ON i.id = o.invitation_id"
                         " WHERE 1 = 1 %1 ORDER BY o.created_ms DESC, o.id DESC LIMIT %2");
    QSqlQuery q(m_service.store().database());
    q.setForwardOnly(true);
    QList<Row> rows;
    if (!q.prepare(sql.arg(condition).arg(limit)))
        return rows;
    QVariantList all = params;
    if (notes)
        all.prepend(m_member);
    for (int i = 0; i < all.size(); ++i)
        q.bindValue(i, all.at(i));
    if (!q.exec())
        return rows;
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
        rows.append(r);
    }
    return rows;
}

int MessageListModel::unreadCount() const
{
    if (m_kind != Kind::Notifications)
        return 0;
    return int(Sql::scalar(m_service.store().database(),
                           QStringLiteral("SELECT COUNT(*) FROM notifications WHERE member_id = ? AND read_ms IS NULL"),
                           {m_member}));
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && (m_kind == Kind::Outbox || m_member != 0);
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QString t = m_kind == Kind::Notifications ? QStringLiteral("n") : QStringLiteral("o");
    const Row *last = m_rows.isEmpty() ? nullptr : &m_rows.last();
    const QList<Row> page = !last
        ? query(QString(), {}, kPageSize)
        : query(QStringLiteral("AND %1.created_ms <= ? AND NOT (%1.created_ms = ? AND %1.id >= ?)").arg(t),
                {last->createdMs, last->createdMs, last->id}, kPageSize);
    m_exhausted = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

void MessageListModel::addNewer()
{
    if (m_kind == Kind::Notifications && m_member == 0)
        return;
    const QString idColumn = m_kind == Kind::Notifications ? QStringLiteral("n.id") : QStringLiteral("o.id");
    qint64 newest = 0;
    for (const Row &r : std::as_const(m_rows))
        newest = qMax(newest, r.id);
    const QList<Row> fresh = query(QStringLiteral("AND %1 > ?").arg(idColumn), {newest}, 1000);
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_rows = fresh + m_rows;
    endInsertRows();
    emit unreadCountChanged(unreadCount());
}

void MessageListModel::onEngineRan(const EngineReport &report)
{
    // Purged address invitations take their e-mails with them (R10).
    if (m_kind == Kind::Outbox && !report.purged.isEmpty()) {
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (report.purged.contains(m_rows.at(i).invitationId)) {
                beginRemoveRows({}, i, i);
                m_rows.removeAt(i);
                endRemoveRows();
            }
        }
    }
    if (!report.reminded.isEmpty())
        addNewer();
}

QString MessageListModel::title(const Row &r) const
{
    if (m_kind == Kind::Notifications) {
        switch (NotificationKind(r.kind)) {
        case NotificationKind::Accepted:
            return tr("%1 accepted your invitation").arg(r.personName);
        case NotificationKind::Reminder1:
        case NotificationKind::Reminder2:
            return tr("Reminder: %1 is waiting for your answer").arg(r.personName);
        }
        return {};
    }
    if (OutboxKind(r.kind) == OutboxKind::Invitation)
        return tr("To %1: %2 invites you to join My Network").arg(r.address, r.personName);
    return tr("To %1: Reminder, %2 is still waiting for your answer").arg(r.address, r.personName);
}

QString MessageListModel::body(const Row &r) const
{
    if (m_kind == Kind::Notifications) {
        if (NotificationKind(r.kind) == NotificationKind::Accepted)
            return tr("You are now connected with %1.").arg(r.personName);
        return r.note.isEmpty() ? tr("Accept or ignore the invitation on your My Network page.")
                                : QStringLiteral("“%1”").arg(r.note);
    }
    const QString note = r.note.isEmpty() ? QString() : QStringLiteral("\n“%1”").arg(r.note);
    return tr("%1 would like to connect with you on My Network. Join with this address to answer.")
               .arg(r.personName)
        + note;
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Roles::Title:
        return title(r);
    case Roles::Body:
        return body(r);
    case Roles::CreatedMs:
        return r.createdMs;
    case Roles::SentText:
        return RelativeTime::ago(r.createdMs, m_service.clock().nowMs());
    case Roles::Unread:
        return r.unread;
    case Roles::InvitationId:
        return r.invitationId;
    case Roles::PersonId:
        return r.personId;
    case Roles::PersonName:
        return r.personName;
    case Roles::Initials:
        return RelativeTime::initials(r.personName);
    case Roles::Email:
        return r.address;
    case Qt::AccessibleTextRole:
        return title(r);
    case Qt::AccessibleDescriptionRole:
        return body(r);
    default:
        return {};
    }
}
