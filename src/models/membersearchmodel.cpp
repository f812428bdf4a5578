#include "models/membersearchmodel.h"

#include "models/personroles.h"
#include "models/relationtext.h"
#include "models/relativetime.h"
#include "models/roles.h"
#include "rules/invitationservice.h"
#include "store/changefeed.h"
#include "store/store.h"

MemberSearchModel::MemberSearchModel(const Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
}

void MemberSearchModel::show(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_relations.clear();
    m_mutuals.clear();
    endResetModel();
}

void MemberSearchModel::setFilter(const QString &text, const MemberSearch::Narrowing &narrowing)
{
    QList<Row> rows;
    QString error;
    if (!MemberSearch::byText(m_store.readDatabase(), text, kLimit, &rows, &error, narrowing))
        emit readFailed(error);
    show(rows);
}

void MemberSearchModel::setConnectionsOf(qint64 memberId)
{
    QList<Row> rows;
    QString error;
    if (!MemberSearch::connectionsOf(m_store.readDatabase(), memberId, kLimit, &rows, &error))
        emit readFailed(error);
    show(rows);
}

void MemberSearchModel::setViewer(const InvitationService *service, qint64 viewer)
{
    if (m_service)
        disconnect(m_service->store().feed(), nullptr, this, nullptr);
    m_service = service;
    m_viewer = viewer;
    if (service) {
        connect(service->store().feed(), &ChangeFeed::changed, this, [this](const ChangeSet &changes) {
            if (changes.touches(m_viewer, ChangeSet::Invitations | ChangeSet::Connections))
                relationsChanged();
        });
    }
    relationsChanged();
}

void MemberSearchModel::relationsChanged()
{
    m_relations.clear();
    m_mutuals.clear();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Roles::RelationKind, Roles::RelationText});
}

Relation MemberSearchModel::relationAt(int row) const
{
    const qint64 id = m_rows.at(row).id;
    auto it = m_relations.find(id);
    if (it == m_relations.end())
        it = m_relations.insert(id, m_service->network().relation(m_viewer, id));
    return *it;
}

int MemberSearchModel::mutualAt(int row) const
{
    const qint64 id = m_rows.at(row).id;
    auto it = m_mutuals.find(id);
    if (it == m_mutuals.end())
        it = m_mutuals.insert(id, m_service->network().mutualCount(m_viewer, id));
    return *it;
}

qint64 MemberSearchModel::memberIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int MemberSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MemberSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (const QVariant person = PersonRoles::data(r, role); person.isValid())
        return person;
    switch (role) {
    case Qt::DisplayRole:
        return r.headline.isEmpty() ? r.name : QStringLiteral("%1 – %2").arg(r.name, r.headline);
    case Roles::RelationKind:
        return m_service ? int(relationAt(index.row()).kind) : QVariant();
    case Roles::RelationText:
        return m_service ? RelationText::button(relationAt(index.row())) : QString();
    case Roles::DegreeText:
        return m_service ? RelationText::degree(relationAt(index.row()), mutualAt(index.row())) : QString();
    case Qt::AccessibleTextRole:
        return r.name;
    case Qt::AccessibleDescriptionRole:
        return QStringList{r.headline, r.location}.join(QStringLiteral(", "));
    default:
        return {};
    }
}
