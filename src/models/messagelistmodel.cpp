#include "models/messagelistmodel.h"

#include "base/email.h"

#include "base/clock.h"
#include "models/relativetime.h"
#include "models/roles.h"
#include "rules/invitationservice.h"
#include "store/changefeed.h"
#include "store/store.h"

#include <QDateTime>
#include <QLocale>
#include <QScopedValueRollback>

MessageListModel::MessageListModel(Kind kind, InvitationService &service, QObject *parent)
    : SyncedListModel(parent)
    , m_kind(kind)
    , m_service(service)
{
    connect(service.store().feed(), &ChangeFeed::changed, this, &MessageListModel::onChanged);
    // Rows come when a view asks for them (fetchMore), or with the first
    // change: a window's outbox starts hidden and reads nothing at start.
}

MessageLists::List MessageListModel::list() const
{
    return m_kind == Kind::Notifications ? MessageLists::List::Notifications : MessageLists::List::Outbox;
}

void MessageListModel::setMember(qint64 memberId)
{
    m_member = memberId;
    reload();
}

void MessageListModel::reload()
{
    if (!m_rows.isEmpty()) {
        const QScopedValueRollback<bool> guard(m_changingRows, true);
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_exhausted = false;
    // A list nobody sees reads its first page when it is shown.
    if (m_shown)
        fetchMore({});
    else
        m_stale = true;
    emit unreadCountChanged(unreadCount());
}

int MessageListModel::unreadCount() const
{
    if (m_kind != Kind::Notifications)
        return 0;
    return MessageLists::unreadCount(m_service.store().database(), m_member);
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_changingRows && (m_kind == Kind::Outbox || m_member != 0);
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<Row> page;
    QString error;
    if (!MessageLists::page(m_service.store().database(), list(), m_member, m_rows.isEmpty() ? nullptr : &m_rows.last(),
                            kPageSize, &page, &error)) {
        emit readFailed(error);
        return;
    }
    m_exhausted = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    const QScopedValueRollback<bool> guard(m_changingRows, true);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

void MessageListModel::onChanged(const ChangeSet &changes)
{
    if (m_kind == Kind::Notifications && m_member == 0)
        return;
    // Notifications name people and quote notes; an invitation's change can
    // also purge the e-mails about it (R10).
    // A reminder says what became of its invitation: an answer or an
    // expiry (R5, R7) re-reads it too.
    const bool mine = changes.everything
        || (m_kind == Kind::Notifications ? changes.touches(m_member, ChangeSet::Notifications | ChangeSet::Invitations)
                                          : changes.touches(0, ChangeSet::Outbox));
    if (!mine)
        return;
    if (m_shown) {
        resync();
        return;
    }
    m_stale = true;
    if (m_kind == Kind::Notifications)
        emit unreadCountChanged(unreadCount());
}

void MessageListModel::setShown(bool shown)
{
    m_shown = shown;
    if (shown && m_stale) {
        m_stale = false;
        resync();
    }
}

// Re-reads everything from the newest down to the last row shown and
// brings the rows to it one by one.
void MessageListModel::resync()
{
    QList<Row> fresh;
    QString error;
    // Beyond the last row shown is the next page's business; a list shown
    // whole (or empty) reads its first page again.
    const bool ranged = !m_rows.isEmpty() && !m_exhausted;
    const bool ok = ranged ? MessageLists::downTo(m_service.store().database(), list(), m_member, m_rows.last(),
                                                  int(m_rows.size()) + 1000, &fresh, &error)
                           : MessageLists::page(m_service.store().database(), list(), m_member, nullptr,
                                                qMax(kPageSize, int(m_rows.size()) + 1000), &fresh, &error);
    if (!ok) {
        emit readFailed(error);
        return;
    }
    syncRows(
        m_rows, fresh, [](const Row &r) { return r.id; },
        [](const Row &a, const Row &b) {
            return a.unread == b.unread && a.personName == b.personName && a.note == b.note
                && a.invitationState == b.invitationState && a.expiresMs == b.expiresMs
                && a.deliveryState == b.deliveryState && a.deliveryError == b.deliveryError;
        });
    if (m_kind == Kind::Notifications)
        emit unreadCountChanged(unreadCount());
}

QString MessageListModel::title(const Row &r) const
{
    if (m_kind == Kind::Notifications) {
        switch (NotificationKind(r.kind)) {
        case NotificationKind::Accepted:
            return tr("%1 accepted your invitation").arg(r.personName);
        case NotificationKind::Reminder1:
        case NotificationKind::Reminder2:
            if (!isOpen(r))
                return tr("Reminder: %1 invited you").arg(r.personName);
            return tr("Reminder: %1 is waiting for your answer").arg(r.personName);
        }
        return {};
    }
    if (OutboxKind(r.kind) == OutboxKind::Invitation)
        return tr("To %1: %2 invites you to join My Network").arg(Email::shown(r.address), r.personName);
    return tr("To %1: Reminder, %2 is still waiting for your answer").arg(Email::shown(r.address), r.personName);
}

QString MessageListModel::body(const Row &r) const
{
    if (m_kind == Kind::Notifications) {
        if (NotificationKind(r.kind) == NotificationKind::Accepted)
            return tr("You are now connected with %1.").arg(r.personName);
        // What became of the invitation since the reminder was written.
        switch (InvitationState(r.invitationState)) {
        case InvitationState::Accepted:
            return tr("You accepted this invitation: you and %1 are connected.").arg(r.personName);
        case InvitationState::Ignored:
            return tr("You ignored this invitation.");
        case InvitationState::Withdrawn:
            return tr("%1 has withdrawn this invitation.").arg(r.personName);
        case InvitationState::Expired:
            return tr("This invitation has expired.");
        case InvitationState::Pending:
            if (!isOpen(r))
                return tr("This invitation has expired.");
            break;
        }
        return r.note.isEmpty() ? tr("Accept or ignore the invitation on your My Network page.")
                                : RelativeTime::quoted(r.note);
    }
    const QString note = r.note.isEmpty() ? QString() : QLatin1Char('\n') + RelativeTime::quoted(r.note);
    const QString delivery = deliveryText(r);
    // What became of it (or how to send it) before the note: the card
    // shows two lines of its body.
    return tr("%1 would like to connect with you on My Network. Sign up with this address to reply.").arg(r.personName)
        + (delivery.isEmpty() ? QString() : QLatin1Char('\n') + delivery) + note;
}

// R20: what the team store's mail server made of the e-mail.
QString MessageListModel::deliveryText(const Row &r) const
{
    switch (r.deliveryState) {
    case 0:
        return r.deliveryError.isEmpty() ? tr("Waiting to be delivered.")
                                         : tr("Not delivered yet (%1); trying again.").arg(r.deliveryError);
    case 1:
        return tr("Being delivered…");
    case 2:
        return tr("Delivered %1.").arg(RelativeTime::ago(r.deliveredMs, m_service.clock().nowMs()));
    case 3:
        return tr("Could not be delivered: %1").arg(r.deliveryError);
    default:
        // A local store mails nothing itself: the person sends it.
        return m_kind == Kind::Outbox && !m_service.store().config().isTeam()
            ? tr("Click it or press Enter to send it with your e-mail program.")
            : QString();
    }
}

bool MessageListModel::isOpen(const Row &r) const
{
    return InvitationState(r.invitationState) == InvitationState::Pending && r.expiresMs > m_service.clock().nowMs();
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
    case Roles::MessageKind:
        return r.kind;
    case Roles::Note:
        return r.note;
    case Roles::MessageId:
        return r.id;
    case Roles::IsOpen:
        return isOpen(r);
    case Qt::AccessibleTextRole:
        return title(r);
    case Qt::AccessibleDescriptionRole:
        return body(r);
    default:
        return {};
    }
}
