#include "importpreviewmodel.h"

#include "roles.h"

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ImportPreviewModel::Group ImportPreviewModel::groupOf(const ContactMatch &m)
{
    return m.isMember() || m.status == ContactStatus::Yourself ? Group::Members : Group::NonMembers;
}

void ImportPreviewModel::setMatches(QList<ContactMatch> matches)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(matches.size());
    // Members first, in file order within each group.
    for (int pass = 0; pass < 2; ++pass) {
        for (ContactMatch &m : matches) {
            if (int(groupOf(m)) == pass)
                m_rows.append({std::move(m), false, {}});
        }
    }
    count();
    endResetModel();
    emit checkedChanged();
}

void ImportPreviewModel::count()
{
    m_checked[0] = m_checked[1] = m_count[0] = m_count[1] = 0;
    for (const Row &r : std::as_const(m_rows)) {
        const int g = int(groupOf(r.match));
        ++m_count[g];
        if (r.checked)
            ++m_checked[g];
    }
}

void ImportPreviewModel::setChecked(const QList<int> &rows, bool checked)
{
    int first = int(m_rows.size());
    int last = -1;
    for (int row : rows) {
        Row &r = m_rows[row];
        if (r.checked == checked || (checked && !r.match.isSelectable()))
            continue;
        r.checked = checked;
        m_checked[int(groupOf(r.match))] += checked ? 1 : -1;
        first = qMin(first, row);
        last = qMax(last, row);
    }
    if (last < 0)
        return;
    emit dataChanged(index(first, NameColumn), index(last, NameColumn), {Qt::CheckStateRole});
    emit checkedChanged();
}

QList<int> ImportPreviewModel::checkedRows() const
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).checked)
            rows.append(i);
    }
    return rows;
}

void ImportPreviewModel::setOutcome(int row, ContactStatus status, const QString &refusal)
{
    Row &r = m_rows[row];
    if (r.checked) {
        r.checked = false;
        --m_checked[int(groupOf(r.match))];
    }
    r.match.status = status;
    r.refusal = refusal;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit checkedChanged();
}

void ImportPreviewModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(int(m_rows.size()) - 1, StatusColumn), {Qt::DisplayRole});
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const ContactMatch &m = r.match;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return m.contact.name.isEmpty() ? m.email : m.contact.name;
        case EmailColumn:
            return m.email.isEmpty() ? m.contact.emails.value(0) : m.email;
        case StatusColumn:
            return r.refusal.isEmpty() ? ContactMatcher::statusText(m) : r.refusal;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !m.memberHeadline.isEmpty())
            return m.memberHeadline;
        if (index.column() == NameColumn && !m.contact.company.isEmpty())
            return m.contact.company;
        return {};
    case Qt::CheckStateRole:
        if (index.column() == NameColumn && m.isSelectable())
            return r.checked ? Qt::Checked : Qt::Unchecked;
        return {};
    case Roles::ImportGroup: return int(groupOf(m));
    case Roles::ImportStatus: return int(m.status);
    case Roles::Selectable: return m.isSelectable();
    case Roles::PersonId: return m.memberId;
    case Roles::PersonName: return m.contact.name;
    case Roles::Email: return m.email;
    case Roles::Company: return m.contact.company;
    default: return {};
    }
}

bool ImportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn || !m_rows.at(index.row()).match.isSelectable())
        return false;
    setChecked({index.row()}, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn && m_rows.at(index.row()).match.isSelectable())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("E-mail");
    case StatusColumn: return tr("Status");
    }
    return {};
}

ImportGroupFilter::ImportGroupFilter(ImportPreviewModel::Group group, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_group(group)
{
}

void ImportGroupFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool ImportGroupFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (i.data(Roles::ImportGroup).toInt() != int(m_group))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QVariant &v : {i.data(Roles::PersonName), i.data(Roles::Email), i.data(Roles::Company)}) {
        if (v.toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QList<int> ImportGroupFilter::selectableSourceRows() const
{
    QList<int> rows;
    for (int r = 0; r < rowCount(); ++r) {
        const QModelIndex source = mapToSource(index(r, 0));
        if (source.data(Roles::Selectable).toBool())
            rows.append(source.row());
    }
    return rows;
}
