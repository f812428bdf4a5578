#include "models/withdrawcandidatesmodel.h"

#include "base/datetext.h"
#include "models/roles.h"
#include "rules/network.h"

#include <algorithm>

WithdrawCandidatesModel::WithdrawCandidatesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WithdrawCandidatesModel::load(const Network &network, qint64 member, qint64 cutoffMs, qint64 againMs)
{
    beginResetModel();
    m_rows.clear();
    m_againMs = againMs;
    for (const Invitation &inv : network.sentAwaiting(member)) {
        if (inv.sentMs > cutoffMs)
            continue;
        const std::optional<Member> m = inv.recipientId ? network.member(inv.recipientId) : std::nullopt;
        m_rows.append({inv.id, m ? m->name : inv.recipientEmail, inv.sentMs});
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.sentMs < b.sentMs; });
    endResetModel();
}

QList<qint64> WithdrawCandidatesModel::invitationIds() const
{
    QList<qint64> ids;
    ids.reserve(m_rows.size());
    for (const Row &r : m_rows)
        ids.append(r.invitationId);
    return ids;
}

void WithdrawCandidatesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, SentColumn), index(int(m_rows.size()) - 1, AgainColumn), {Qt::DisplayRole});
}

int WithdrawCandidatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WithdrawCandidatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WithdrawCandidatesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case SentColumn:
            return DateText::longDate(r.sentMs);
        case AgainColumn:
            return DateText::longDate(m_againMs);
        }
        return {};
    }
    switch (role) {
    case Roles::InvitationId:
        return r.invitationId;
    case Roles::PersonName:
        return r.name;
    case Roles::SentMs:
        return r.sentMs;
    default:
        return {};
    }
}

QVariant WithdrawCandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Invited");
    case SentColumn:
        return tr("Sent on");
    case AgainColumn:
        return tr("Can be invited again on");
    }
    return {};
}
