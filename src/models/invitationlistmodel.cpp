#include "models/invitationlistmodel.h"

#include "base/clock.h"
#include "models/relativetime.h"
#include "models/roles.h"
#include "rules/invitationservice.h"
#include "store/changefeed.h"
#include "store/store.h"

#include <QScopedValueRollback>

#include <algorithm>

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
        rows->append(compact(r));
    return true;
}

quint32 InvitationListModel::textNumber(const QString &text)
{
    if (m_texts.isEmpty()) {
        m_texts.append(QString());
        m_textNumbers.insert(QString(), 0);
    }
    if (const auto it = m_textNumbers.constFind(text); it != m_textNumbers.constEnd())
        return *it;
    const auto number = quint32(m_texts.size());
    m_texts.append(text);
    m_textNumbers.insert(text, number);
    return number;
}

InvitationListModel::Row InvitationListModel::compact(const InvitationLists::Row &fresh)
{
    const Invitation &inv = fresh.invitation;
    Row row;
    row.id = inv.id;
    row.personId = fresh.personId;
    row.sentMs = inv.sentMs;
    row.expiresMs = inv.expiresMs;
    row.name = textNumber(fresh.personName);
    row.headline = textNumber(fresh.headline);
    row.email = textNumber(inv.recipientEmail);
    row.state = inv.state;
    row.remindersSent = quint8(qBound(0, inv.remindersSent, 255));
    row.toAddress = inv.isToAddress();
    if (inv.note.isEmpty())
        m_notes.remove(inv.id);
    else
        m_notes.insert(inv.id, inv.note);
    if (fresh.undelivered.isEmpty())
        m_undelivered.remove(inv.id);
    else
        m_undelivered.insert(inv.id, fresh.undelivered);
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
    m_texts.clear();
    m_textNumbers.clear();
    m_notes.clear();
    m_undelivered.clear();
    m_mutualTexts.clear();
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
    syncRows(
        m_rows, fresh, [](const Row &r) { return r.id; },
        [](const Row &a, const Row &b) {
            return a.state == b.state && a.remindersSent == b.remindersSent && a.personId == b.personId
                && a.name == b.name && a.headline == b.headline && a.email == b.email;
        });
    m_exhausted = fresh.size() < limit;
}

int InvitationListModel::mutualOf(const Row &row) const
{
    if (row.mutual < 0)
        row.mutual = row.personId ? m_service.network().mutualCount(m_member, row.personId) : 0;
    return row.mutual;
}

const InvitationListModel::Mutual &InvitationListModel::mutual(const Row &row) const
{
    if (const auto known = m_mutualTexts.constFind(row.personId); known != m_mutualTexts.cend())
        return *known;
    // Names are public (R11); whom two people share is the viewer's own
    // connections, so the viewer may see them.
    Mutual m;
    QStringList names;
    const int count = mutualOf(row);
    if (count > 0) {
        for (const auto &[id, name] : m_service.network().mutualConnections(m_member, row.personId, 3)) {
            names.append(name);
            m.ids.append(id);
        }
    }
    m.text = RelativeTime::mutualNamed(names, count);
    if (m_mutualTexts.size() > 2000) // a long scroll: keep the cache small
        m_mutualTexts.clear();
    return *m_mutualTexts.insert(row.personId, m);
}

int InvitationListModel::totalCount() const
{
    return InvitationLists::count(m_service.store().database(), list(), m_member, m_clock.nowMs());
}

int InvitationListModel::rowOf(qint64 invitationId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == invitationId)
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
    Invitation last;
    if (!m_rows.isEmpty()) {
        last.id = m_rows.last().id;
        last.sentMs = m_rows.last().sentMs;
    }
    if (!InvitationLists::page(m_service.store().database(), list(), m_member, m_clock.nowMs(),
                               m_rows.isEmpty() ? nullptr : &last, kPageSize, &page, &error)) {
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
        m_rows.append(compact(r));
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
    // Kept or deleted contacts change the names e-mail invitations show.
    if (m_kind == Kind::Sent && changes.touches(m_member, ChangeSet::Contacts)
        && std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.toAddress; })) {
        resync();
        return;
    }
    // New or removed connections change the mutual counts shown.
    if (changes.touches(m_member, ChangeSet::Connections) && !m_rows.isEmpty()) {
        for (const Row &r : std::as_const(m_rows))
            r.mutual = -1;
        m_mutualTexts.clear();
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Roles::MutualCount, Roles::MutualText});
    }
}

void InvitationListModel::reconcile(qint64 invitationId)
{
    QString error;
    const std::optional<InvitationLists::Row> fresh = InvitationLists::one(
        m_service.store().database(), list(), m_member, m_clock.nowMs(), invitationId, &error);
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
            m_notes.remove(invitationId);
            endRemoveRows();
        }
        return;
    }
    if (at >= 0) {
        m_rows[at] = compact(*fresh);
        emit dataChanged(index(at), index(at));
        return;
    }
    // Newest first: where it sorts among the rows fetched so far; past the
    // last one only when the list is complete (else a later page brings it).
    const Invitation &inv = fresh->invitation;
    const auto sortsBefore = [&inv](const Row &r) {
        return r.sentMs > inv.sentMs || (r.sentMs == inv.sentMs && r.id > inv.id);
    };
    int pos = 0;
    while (pos < m_rows.size() && sortsBefore(m_rows.at(pos)))
        ++pos;
    if (pos == m_rows.size() && !m_exhausted)
        return;
    const Row row = compact(*fresh);
    beginInsertRows({}, pos, pos);
    m_rows.insert(pos, row);
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
    const QString &name = text(r.name);
    const qint64 now = m_clock.nowMs();
    switch (role) {
    case Qt::DisplayRole:
    case Roles::PersonName:
        return name;
    case Roles::InvitationId:
        return r.id;
    case Roles::PersonId:
        return r.personId;
    case Roles::Headline:
        return text(r.headline);
    case Roles::Email:
        return text(r.email);
    case Roles::Note:
        return m_notes.value(r.id);
    case Roles::SentMs:
        return r.sentMs;
    case Roles::ExpiresMs:
        return r.expiresMs;
    case Roles::MutualCount:
        return mutualOf(r);
    case Roles::RemindersSent:
        return int(r.remindersSent);
    case Roles::IsToAddress:
        return r.toAddress;
    case Roles::Initials:
        return RelativeTime::initials(name);
    case Roles::SentText:
        if (m_kind == Kind::Received)
            return RelativeTime::ago(r.sentMs, now);
        // "Sent" before "just now" does not carry over into every language.
        return RelativeTime::isJustNow(r.sentMs, now) ? tr("Sent just now")
                                                      : tr("Sent %1").arg(RelativeTime::ago(r.sentMs, now));
    case Roles::ExpiryText:
        return RelativeTime::expiresIn(r.expiresMs, now);
    case Roles::MutualText:
        if (r.toAddress && m_undelivered.contains(r.id))
            return tr("Could not be delivered: %1").arg(m_undelivered.value(r.id));
        return r.toAddress ? tr("Invited by email; not a member yet") : mutual(r).text;
    case Roles::MutualIds:
        return r.toAddress ? QVariantList() : mutual(r).ids;
    case Qt::AccessibleTextRole:
        return m_kind == Kind::Received ? tr("Invitation from %1").arg(name) : tr("Invitation to %1").arg(name);
    case Qt::AccessibleDescriptionRole:
        return QStringList{text(r.headline), mutual(r).text, m_notes.value(r.id), RelativeTime::ago(r.sentMs, now),
                           RelativeTime::expiresIn(r.expiresMs, now)}
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
