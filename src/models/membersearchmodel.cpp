#include "membersearchmodel.h"

#include "changefeed.h"
#include "invitationservice.h"
#include "relationtext.h"
#include "relativetime.h"
#include "roles.h"
#include "sql.h"
#include "store.h"

#include <QSqlQuery>

MemberSearchModel::MemberSearchModel(const Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
}

void MemberSearchModel::load(const QString &sql, std::initializer_list<QVariant> params)
{
    beginResetModel();
    m_rows.clear();
    m_relations.clear();
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (Sql::exec(q, sql, params)) {
        while (q.next())
            m_rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString()});
    }
    endResetModel();
}

void MemberSearchModel::setFilter(const QString &text)
{
    const QString columns = QStringLiteral("SELECT id, name, headline, company, location FROM members");
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const qint64 number = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        load(columns + QStringLiteral(" WHERE id = ?"), {number});
        return;
    }
    // LIKE's own wildcards in the text are matched literally.
    QString pattern = trimmed;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    load(columns
             + QStringLiteral(" WHERE name LIKE ? ESCAPE '\\' OR headline LIKE ? ESCAPE '\\'"
                              " OR company LIKE ? ESCAPE '\\' ORDER BY name, id LIMIT %1").arg(kLimit),
         {pattern, pattern, pattern});
}

void MemberSearchModel::setConnectionsOf(qint64 memberId)
{
    load(QStringLiteral("SELECT m.id, m.name, m.headline, m.company, m.location FROM connections c"
                        " JOIN members m ON m.id = c.other_id WHERE c.member_id = ? ORDER BY m.name, m.id LIMIT %1")
             .arg(kLimit),
         {memberId});
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
    switch (role) {
    case Qt::DisplayRole:
        return r.headline.isEmpty() ? r.name : QStringLiteral("%1 – %2").arg(r.name, r.headline);
    case Roles::PersonId:
        return r.id;
    case Roles::PersonName:
        return r.name;
    case Roles::Headline:
        return r.headline;
    case Roles::Company:
        return r.company;
    case Roles::Location:
        return r.location;
    case Roles::Initials:
        return RelativeTime::initials(r.name);
    case Roles::RelationKind:
        return m_service ? int(relationAt(index.row()).kind) : QVariant();
    case Roles::RelationText:
        return m_service ? RelationText::button(relationAt(index.row())) : QString();
    case Qt::AccessibleTextRole:
        return r.name;
    case Qt::AccessibleDescriptionRole:
        return QStringList{r.headline, r.location}.join(QStringLiteral(", "));
    default:
        return {};
    }
}
