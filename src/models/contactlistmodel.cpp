#include "models/contactlistmodel.h"

#include "models/roles.h"
#include "store/changefeed.h"
#include "store/store.h"

ContactListModel::ContactListModel(const Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    // An import in another window, or another process, adds to the list.
    connect(store.feed(), &ChangeFeed::changed, this, [this](const ChangeSet &changes) {
        if (m_member && changes.touches(m_member, ChangeSet::Contacts))
            reload();
    });
}

void ContactListModel::setMember(qint64 member)
{
    m_member = member;
    reload();
}

void ContactListModel::setFilter(const QString &text)
{
    if (text.trimmed() == m_filter)
        return;
    m_filter = text.trimmed();
    reload();
}

void ContactListModel::reload()
{
    beginResetModel();
    m_rows = ContactRepository::page(m_store, m_member, {}, 0, kPageSize, m_filter);
    m_exhausted = m_rows.size() < kPageSize;
    m_unfiltered = ContactRepository::count(m_store, m_member);
    m_total = m_filter.isEmpty() ? m_unfiltered : ContactRepository::count(m_store, m_member, m_filter);
    endResetModel();
}

void ContactListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StoredContact &c = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case EmailColumn:
            return c.email;
        case CompanyColumn:
            return c.company;
        }
    }
    switch (role) {
    case Roles::PersonName:
        return c.name;
    case Roles::Email:
        return c.email;
    case Roles::Company:
        return c.company;
    case Roles::CreatedMs:
        return c.importedMs;
    default:
        return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case CompanyColumn:
        return tr("Company");
    }
    return {};
}

bool ContactListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void ContactListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_rows.isEmpty())
        return;
    const StoredContact &last = m_rows.constLast();
    const QList<StoredContact> more = ContactRepository::page(m_store, m_member, last.name, last.id, kPageSize,
                                                              m_filter);
    m_exhausted = more.size() < kPageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}
