#include "models/invitationlistmodel.h"

#include "core/changefeed.h"
#include "core/clock.h"
#include "core/invitationservice.h"
#include "models/relativetime.h"
#include "models/roles.h"
#include "core/store.h"

#include <QScopedValueRollback>

InvitationListModel::InvitationListModel(Kind kind, InvitationService &service, Clock &clock, QObject *parent)
    : SyncedListModel(parent)
    , m_kind(kind)
    , m_service(service)
    , m_clock(clock)
{
    connect(service.store().feed(), &ChangeFeed::changed, this, &InvitationListModel::onChanged);
    // What is listed depends on now (expiry): another moment, another list.
    connect(&clock, &Clock::changed, this, &InvitationListModel::resync);
    // "3 minutes ago" moves on by itself.
    m_minuteTimer.setInterval(60 * 1000);
    connect(&m_minuteTimer, &QTimer::timeout, this, &InvitationListModel::timesChanged);
    m_minuteTimer.start();
}

InvitationLists::List InvitationListModel::list() const
{
    return m_kind == Kind::Received ? InvitationLists::List::Received : InvitationLists::List::Sent;
}

void InvitationListModel::setMember(qint64 memberId)
{
    m_member = memberId;
    reload();
}

bool InvitationListModel::readTop(int limit, QList<Row> *rows)
{
    QList<InvitationLists::Row> fresh;
    QString error;
    if (!InvitationLists::page(m_service.store().database(), list(), m_member, m_clock.nowMs(), nullptr, limit, &fresh,
                               &error)) {
        emit readFailed(error);
        return false;
    }
    for (const InvitationLists::Row &r : std::as_const(fresh))
        rows->append(shared(r));
    return true;
}

InvitationListModel::Row InvitationListModel::shared(const InvitationLists::Row &fresh) const
{
    // Names and headlines repeat across a long list ("Engineer at …"); one
    // copy of each keeps 100,000 rows in a fraction of the memory.
    const auto one = [this](const QString &text) {
        if (const auto it = m_strings.constFind(text); it != m_strings.constEnd())
            return *it;
        m_strings.insert(text);
        return text;
    };
    Row row{fresh};
    row.personName = one(fresh.personName);
    row.headline = one(fresh.headline);
    return row;
}

void InvitationListModel::reload()
{
    // Removing and inserting rather than a reset: a view (and the model
    // tester, which fetches more while it checks a reset) sees plain rows.
    if (!m_rows.isEmpty()) {
        const QScopedValueRollback<bool> guard(m_changingRows, true);
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_strings.clear();
    m_exhausted = false;
    fetchMore({});
}

void InvitationListModel::resync()
{
    if (m_member == 0)
        return;
    const int limit = qMax(kPageSize, int(m_rows.size()));
    QList<Row> fresh;
    if (!readTop(limit, &fresh))
        return;
    syncRows(m_rows, fresh, [](const Row &r) { return r.invitation.id; },
             [](const Row &a, const Row &b) {
                 return a.invitation.state == b.invitation.state
                     && a.invitation.remindersSent == b.invitation.remindersSent
                     && a.invitation.recipientId == b.invitation.recipientId && a.personName == b.personName
                     && a.headline == b.headline;
             });
    m_exhausted = fresh.size() < limit;
}

int InvitationListModel::mutualOf(const Row &row) const
{
    if (row.mutual < 0)
        row.mutual = row.personId ? m_service.network().mutualCount(m_member, row.personId) : 0;
    return row.mutual;
}

int InvitationListModel::totalCount() const
{
    return InvitationLists::count(m_service.store().database(), list(), m_member, m_clock.nowMs());
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
    return !parent.isValid() && m_member != 0 && !m_exhausted && !m_changingRows;
}

void InvitationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<InvitationLists::Row> page;
    QString error;
    const Invitation *after = m_rows.isEmpty() ? nullptr : &m_rows.last().invitation;
    if (!InvitationLists::page(m_service.store().database(), list(), m_member, m_clock.nowMs(), after, kPageSize, &page,
                               &error)) {
        // Not the end of the list: the next scroll asks again.
        emit readFailed(error);
        return;
    }
    if (page.size() < kPageSize)
        m_exhausted = true;
    if (page.isEmpty())
        return;
    const QScopedValueRollback<bool> guard(m_changingRows, true);
    // An eighth more at a time, not twice as much: a list scrolled to its
    // 100,000th row would otherwise hold room for 160,000 (and both the old
    // and the new block while it moves).
    if (m_rows.capacity() < m_rows.size() + page.size())
        m_rows.reserve(m_rows.size() + qMax<qsizetype>(page.size(), qMax<qsizetype>(1024, m_rows.size() / 8)));
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    for (const InvitationLists::Row &r : std::as_const(page))
        m_rows.append(shared(r));
    endInsertRows();
    // A long scroll reads pages of the store nobody will look at again.
    if (m_rows.size() % kReleaseEvery < page.size())
        m_service.store().releaseMemory();
}

void InvitationListModel::onChanged(const ChangeSet &changes)
{
    if (m_member == 0)
        return;
    if (changes.everything) {
        resync();
        return;
    }
    if (changes.touches(m_member, ChangeSet::Invitations)) {
        QList<qint64> mine;
        for (auto it = changes.invitations.cbegin(); it != changes.invitations.cend(); ++it) {
            const qint64 side = m_kind == Kind::Received ? it.value().recipient : it.value().sender;
            if (side == m_member)
                mine.append(it.key());
        }
        // A catch-up that touched thousands of them: one read of the range
        // shown beats a read per invitation.
        if (mine.size() > kReconcileLimit) {
            resync();
        } else {
            for (qint64 id : std::as_const(mine))
                reconcile(id);
        }
    }
    // New or removed connections change the mutual counts shown.
    if (changes.touches(m_member, ChangeSet::Connections) && !m_rows.isEmpty()) {
        for (const Row &r : std::as_const(m_rows))
            r.mutual = -1;
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Roles::MutualCount, Roles::MutualText});
    }
}

void InvitationListModel::reconcile(qint64 invitationId)
{
    QString error;
    const std::optional<InvitationLists::Row> fresh =
        InvitationLists::one(m_service.store().database(), list(), m_member, m_clock.nowMs(), invitationId, &error);
    if (!error.isEmpty()) {
        emit readFailed(error);
        return;
    }
    const int at = rowOf(invitationId);
    const QScopedValueRollback<bool> guard(m_changingRows, true);
    if (!fresh) {
        if (at >= 0) {
            beginRemoveRows({}, at, at);
            m_rows.removeAt(at);
            endRemoveRows();
        }
        return;
    }
    if (at >= 0) {
        m_rows[at] = shared(*fresh);
        emit dataChanged(index(at), index(at));
        return;
    }
    // Newest first: where it sorts among the rows fetched so far; past the
    // last one only when the list is complete (else a later page brings it).
    const auto sortsBefore = [](const Invitation &a, const Invitation &b) {
        return a.sentMs > b.sentMs || (a.sentMs == b.sentMs && a.id > b.id);
    };
    int pos = 0;
    while (pos < m_rows.size() && sortsBefore(m_rows.at(pos).invitation, fresh->invitation))
        ++pos;
    if (pos == m_rows.size() && !m_exhausted)
        return;
    beginInsertRows({}, pos, pos);
    m_rows.insert(pos, shared(*fresh));
    endInsertRows();
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
        if (m_kind == Kind::Received)
            return RelativeTime::ago(inv.sentMs, now);
        // "Sent" before "just now" does not carry over into every language.
        return RelativeTime::isJustNow(inv.sentMs, now) ? tr("Sent just now")
                                                        : tr("Sent %1").arg(RelativeTime::ago(inv.sentMs, now));
    case Roles::ExpiryText:
        return RelativeTime::expiresIn(inv.expiresMs, now);
    case Roles::MutualText:
        return inv.isToAddress() ? tr("Invited by email; not a member yet") : RelativeTime::mutual(mutualOf(r));
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
