#include "models/connectionlistmodel.h"

#include "base/clock.h"
#include "base/datetext.h"
#include "models/personroles.h"
#include "models/relativetime.h"
#include "models/roles.h"
#include "rules/invitationservice.h"
#include "store/changefeed.h"
#include "store/store.h"

#include <QCollator>
#include <QScopedValueRollback>

namespace {

// "Anna Maria Schmidt" → "Schmidt": the last word is the family name, as
// the demo network and most address books write names.
QString lastName(const QString &name)
{
    const QString trimmed = name.trimmed();
    const qsizetype space = trimmed.lastIndexOf(QLatin1Char(' '));
    return space < 0 ? trimmed : trimmed.mid(space + 1);
}

}

ConnectionListModel::ConnectionListModel(InvitationService &service, Clock &clock, QObject *parent)
    : SyncedListModel(parent)
    , m_service(service)
    , m_clock(clock)
{
    connect(service.store().feed(), &ChangeFeed::changed, this, [this](const ChangeSet &changes) {
        if (m_member == 0)
            return;
        // A connection made or removed, or a connection's profile edited.
        bool affected = changes.touches(m_member, ChangeSet::Connections);
        for (auto it = changes.members.cbegin(); !affected && it != changes.members.cend(); ++it)
            affected = (it.value() & ChangeSet::Profile) && rowOf(it.key()) >= 0;
        if (affected)
            reload(false);
    });
}

void ConnectionListModel::setMember(qint64 memberId)
{
    m_member = memberId;
    m_filter.clear();
    reload(true);
}

void ConnectionListModel::setSort(Sort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload(true);
}

void ConnectionListModel::setFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    reload(true);
}

bool ConnectionListModel::matches(const Row &row) const
{
    if (m_filter.isEmpty())
        return true;
    for (const QString &field : {row.name, row.headline, row.company, row.location}) {
        if (field.contains(m_filter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void ConnectionListModel::sortRows(QList<Row> &rows) const
{
    if (m_sort == Sort::RecentlyAdded) {
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.sinceMs != b.sinceMs ? a.sinceMs > b.sinceMs : a.id > b.id;
        });
        return;
    }
    // The reader's alphabet: "Ä" beside "A" in German, case ignored.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const bool byLast = m_sort == Sort::LastName;
    std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        int c = byLast ? collator.compare(lastName(a.name), lastName(b.name)) : 0;
        if (c == 0)
            c = collator.compare(a.name, b.name);
        return c != 0 ? c < 0 : a.id < b.id;
    });
}

void ConnectionListModel::reload(bool rebuild)
{
    QList<Row> all;
    QString error;
    if (m_member != 0 && !MemberSearch::connectionsSince(m_service.store().database(), m_member, &all, &error)) {
        emit readFailed(error);
        return;
    }
    m_total = int(all.size());
    QList<Row> matching;
    matching.reserve(all.size());
    for (const Row &r : std::as_const(all)) {
        if (matches(r))
            matching.append(r);
    }
    sortRows(matching);
    m_matching = matching;
    if (rebuild && !m_rows.isEmpty()) {
        const QScopedValueRollback<bool> guard(m_changingRows, true);
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    // As many rows as were shown (at least a page), brought up to date in
    // place: who left is removed, who came is inserted where they sort.
    const int shown = qMax(int(m_rows.size()), kPageSize);
    syncRows(
        m_rows, m_matching.mid(0, shown), [](const Row &r) { return r.id; },
        [](const Row &a, const Row &b) {
            return a.name == b.name && a.headline == b.headline && a.company == b.company && a.location == b.location
                && a.sinceMs == b.sinceMs;
        });
    emit countsChanged();
}

int ConnectionListModel::rowOf(qint64 memberId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == memberId)
            return i;
    }
    return -1;
}

int ConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool ConnectionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changingRows && m_rows.size() < m_matching.size();
}

void ConnectionListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int from = int(m_rows.size());
    const int to = qMin(int(m_matching.size()), from + kPageSize);
    const QScopedValueRollback<bool> guard(m_changingRows, true);
    beginInsertRows({}, from, to - 1);
    m_rows += m_matching.mid(from, to - from);
    endInsertRows();
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (const QVariant person = PersonRoles::data(r, role); person.isValid())
        return person;
    switch (role) {
    case Qt::DisplayRole:
        return r.name;
    case Roles::CreatedMs:
        return r.sinceMs;
    case Roles::DetailText:
        // Its own sentence for "just now": German puts it first
        // ("Gerade eben vernetzt", not "Vernetzt gerade eben").
        return RelativeTime::isJustNow(r.sinceMs, m_clock.nowMs())
            ? tr("Connected just now")
            : tr("Connected %1").arg(RelativeTime::ago(r.sinceMs, m_clock.nowMs()));
    case Roles::RelationText:
        return tr("Remove");
    case Roles::Selectable:
        return true; // the button acts
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(r.name, r.headline);
    case Qt::AccessibleDescriptionRole:
        return tr("Connected on %1").arg(DateText::longDate(r.sinceMs));
    default:
        return {};
    }
}
