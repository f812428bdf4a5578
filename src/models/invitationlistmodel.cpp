#include "invitationlistmodel.h"

#include "clock.h"
#include "expiryengine.h"
#include "invitationservice.h"
#include "relativetime.h"
#include "roles.h"
#include "sql.h"
#include "store.h"

#include <QSqlQuery>

InvitationListModel::InvitationListModel(Kind kind, InvitationService &service, ExpiryEngine &engine, Clock &clock,
                                         QObject *parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
    , m_service(service)
    , m_clock(clock)
{
    connect(&service, &InvitationService::invitationSent, this, &InvitationListModel::onSent);
    connect(&service, &InvitationService::invitationAccepted, this, &InvitationListModel::removeInvitation);
    connect(&service, &InvitationService::invitationWithdrawn, this, &InvitationListModel::removeInvitation);
    connect(&service, &InvitationService::invitationIgnored, this, [this](qint64 id) {
        // R4: the sender is never told; only the recipient's list changes.
        if (m_kind == Kind::Received)
            removeInvitation(id);
    });
    connect(&service, &InvitationService::memberJoined, this, [this](qint64, const QList<qint64> &ids) {
        for (qint64 id : ids)
            refreshRow(id);
    });
    connect(&engine, &ExpiryEngine::ran, this, &InvitationListModel::onEngineRan);
    connect(&clock, &Clock::changed, this, &InvitationListModel::timesChanged);
    // "3 minutes ago" moves on by itself.
    m_minuteTimer.setInterval(60 * 1000);
    connect(&m_minuteTimer, &QTimer::timeout, this, &InvitationListModel::timesChanged);
    m_minuteTimer.start();
}

void InvitationListModel::setMember(qint64 memberId)
{
    beginResetModel();
    m_member = memberId;
    m_rows.clear();
    m_exhausted = false;
    endResetModel();
    // The first page right away, so the list is never blank for a moment.
    fetchMore({});
}

QList<InvitationListModel::Row> InvitationListModel::query(const QString &extraCondition,
                                                           const QVariantList &extraParams, int limit) const
{
    const bool received = m_kind == Kind::Received;
    // The sender's view keeps ignored invitations until expiry (R4).
    const QString condition = received
        ? QStringLiteral("i.recipient_id = ? AND i.state = 0 AND i.expires_ms > ?")
        : QStringLiteral("i.sender_id = ? AND (i.state = 0 OR (i.state = 2 AND i.sender_closed_ms IS NULL))"
                         " AND i.expires_ms > ?");
    const QString sql =
        QStringLiteral("SELECT i.id, i.sender_id, i.recipient_id, i.recipient_email, i.note, i.source, i.state,"
                       " i.sent_ms, i.expires_ms, i.responded_ms, i.reminders_sent, i.next_due_ms, i.sender_closed_ms,"
                       " m.id, m.name, m.headline"
                       " FROM invitations i LEFT JOIN members m ON m.id = %1"
                       " WHERE %2 %3 ORDER BY i.sent_ms DESC, i.id DESC LIMIT %4")
            .arg(received ? QStringLiteral("i.sender_id") : QStringLiteral("i.recipient_id"), condition,
                 extraCondition)
            .arg(limit);
    QSqlQuery q(m_service.store().database());
    q.setForwardOnly(true);
    QVariantList params{m_member, m_clock.nowMs()};
    params += extraParams;
    QList<Row> rows;
    if (!q.prepare(sql))
        return rows;
    for (int i = 0; i < params.size(); ++i)
        q.bindValue(i, params.at(i));
    if (!q.exec())
        return rows;
    while (q.next()) {
        Row r;
        r.invitation = Network::invitationFromRow(q);
        r.personId = q.value(13).toLongLong();
        r.personName = r.personId ? q.value(14).toString() : r.invitation.recipientEmail;
        r.headline = q.value(15).toString();
        rows.append(r);
    }
    return rows;
}

int InvitationListModel::mutualOf(const Row &row) const
{
    if (row.mutual < 0)
        row.mutual = row.personId ? m_service.network().mutualCount(m_member, row.personId) : 0;
    return row.mutual;
}

std::optional<InvitationListModel::Row> InvitationListModel::loadOne(qint64 invitationId) const
{
    const QList<Row> rows = query(QStringLiteral("AND i.id = ?"), {invitationId}, 1);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

int InvitationListModel::totalCount() const
{
    const QString sql = m_kind == Kind::Received
        ? QStringLiteral("SELECT COUNT(*) FROM invitations WHERE recipient_id = ? AND state = 0 AND expires_ms > ?")
        : QStringLiteral("SELECT COUNT(*) FROM invitations WHERE sender_id = ? AND (state = 0 OR (state = 2"
                         " AND sender_closed_ms IS NULL)) AND expires_ms > ?");
    return int(Sql::scalar(m_service.store().database(), sql, {m_member, m_clock.nowMs()}));
}

int InvitationListModel::rowOf(qint64 invitationId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).invitation.id == invitationId)
            return i;
    }
    return -1;
}

int InvitationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool InvitationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_member != 0 && !m_exhausted;
}

void InvitationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<Row> page;
    if (m_rows.isEmpty()) {
        page = query(QString(), {}, kPageSize);
    } else {
        const Invitation &last = m_rows.last().invitation;
        // A plain range on sent_ms, so the index seeks instead of scanning
        // from the newest every time.
        page = query(QStringLiteral("AND i.sent_ms <= ? AND NOT (i.sent_ms = ? AND i.id >= ?)"),
                     {last.sentMs, last.sentMs, last.id}, kPageSize);
    }
    if (page.size() < kPageSize)
        m_exhausted = true;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

bool InvitationListModel::belongsHere(const Row &row) const
{
    const Invitation &inv = row.invitation;
    return m_kind == Kind::Received ? inv.recipientId == m_member : inv.senderId == m_member;
}

void InvitationListModel::onSent(qint64 invitationId)
{
    const std::optional<Row> row = loadOne(invitationId);
    if (!row || !belongsHere(*row) || rowOf(invitationId) >= 0)
        return;
    // Newest first: a new invitation goes on top. Only once the list was
    // fetched; before that, the first fetch brings it.
    if (m_rows.isEmpty() && !m_exhausted)
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(*row);
    endInsertRows();
}

void InvitationListModel::removeInvitation(qint64 invitationId)
{
    const int row = rowOf(invitationId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void InvitationListModel::refreshRow(qint64 invitationId)
{
    const int row = rowOf(invitationId);
    if (row < 0)
        return;
    if (const std::optional<Row> fresh = loadOne(invitationId)) {
        m_rows[row] = *fresh;
        emit dataChanged(index(row), index(row));
    } else {
        removeInvitation(invitationId);
    }
}

void InvitationListModel::onEngineRan(const EngineReport &report)
{
    for (const QList<qint64> *gone : {&report.expired, &report.purged, &report.senderViewEnded}) {
        for (qint64 id : *gone) {
            if (m_kind == Kind::Sent || gone != &report.senderViewEnded)
                removeInvitation(id);
        }
    }
    for (qint64 id : report.reminded)
        refreshRow(id);
}

void InvitationListModel::timesChanged()
{
    // The engine removes what expired; the rest only reads differently.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Roles::SentText, Roles::ExpiryText});
}

QVariant InvitationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Invitation &inv = r.invitation;
    const qint64 now = m_clock.nowMs();
    switch (role) {
    case Qt::DisplayRole:
    case Roles::PersonName:
        return r.personName;
    case Roles::InvitationId:
        return inv.id;
    case Roles::PersonId:
        return r.personId;
    case Roles::Headline:
        return r.headline;
    case Roles::Email:
        return inv.recipientEmail;
    case Roles::Note:
        return inv.note;
    case Roles::SentMs:
        return inv.sentMs;
    case Roles::ExpiresMs:
        return inv.expiresMs;
    case Roles::MutualCount:
        return mutualOf(r);
    case Roles::RemindersSent:
        return inv.remindersSent;
    case Roles::IsToAddress:
        return inv.isToAddress();
    case Roles::Initials:
        return RelativeTime::initials(r.personName);
    case Roles::SentText:
        return m_kind == Kind::Received ? RelativeTime::ago(inv.sentMs, now)
                                        : tr("Sent %1").arg(RelativeTime::ago(inv.sentMs, now));
    case Roles::ExpiryText:
        return RelativeTime::expiresIn(inv.expiresMs, now);
    case Roles::MutualText:
        return inv.isToAddress() ? tr("Invited by e-mail; not a member yet") : RelativeTime::mutual(mutualOf(r));
    case Qt::AccessibleTextRole:
        return m_kind == Kind::Received ? tr("Invitation from %1").arg(r.personName)
                                        : tr("Invitation to %1").arg(r.personName);
    case Qt::AccessibleDescriptionRole:
        return QStringList{r.headline, RelativeTime::mutual(mutualOf(r)), inv.note, RelativeTime::ago(inv.sentMs, now),
                           RelativeTime::expiresIn(inv.expiresMs, now)}
            .join(QStringLiteral(". "));
    default:
        return {};
    }
}

QHash<int, QByteArray> InvitationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(Roles::InvitationId, "invitationId");
    names.insert(Roles::PersonId, "personId");
    names.insert(Roles::PersonName, "personName");
    names.insert(Roles::Headline, "headline");
    names.insert(Roles::Note, "note");
    names.insert(Roles::SentMs, "sentMs");
    names.insert(Roles::ExpiresMs, "expiresMs");
    names.insert(Roles::MutualCount, "mutualCount");
    return names;
}
