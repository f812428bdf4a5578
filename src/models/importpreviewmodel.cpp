#include "models/importpreviewmodel.h"

#include "models/roles.h"

#include <algorithm>

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ImportPreviewModel::Group ImportPreviewModel::groupOf(const ContactMatch &m)
{
    return m.listedWithMembers() ? Group::Members : Group::NonMembers;
}

void ImportPreviewModel::setMatches(const QList<ContactMatch> &matches)
{
    const auto firstOther = std::find_if_not(matches.cbegin(), matches.cend(),
                                             [](const ContactMatch &m) { return m.listedWithMembers(); });
    if (std::none_of(firstOther, matches.cend(), [](const ContactMatch &m) { return m.listedWithMembers(); })) {
        setMatches(matches, firstOther - matches.cbegin());
        return;
    }
    std::vector<int> order;
    order.reserve(size_t(matches.size()));
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < matches.size(); ++i) {
            if (int(groupOf(matches.at(i))) == pass)
                order.push_back(i);
        }
    }
    const qsizetype members = std::count_if(matches.cbegin(), matches.cend(),
                                            [](const ContactMatch &m) { return m.listedWithMembers(); });
    reset(matches, members, std::move(order));
}

void ImportPreviewModel::setMatches(const QList<ContactMatch> &matches, qsizetype members)
{
    reset(matches, members, {});
}

void ImportPreviewModel::reset(const QList<ContactMatch> &matches, qsizetype members, std::vector<int> order)
{
    beginResetModel();
    m_matches = matches;
    m_order = std::move(order);
    m_count[0] = int(members);
    m_count[1] = int(matches.size() - members);
    m_statusNow.clear();
    m_isChecked.assign(size_t(matches.size()), false);
    m_refusals.clear();
    m_checked[0] = m_checked[1] = 0;
    endResetModel();
    emit checkedChanged();
}

bool ImportPreviewModel::isSelectable(int row) const
{
    return ContactMatch::isSelectable(status(row));
}

bool ImportPreviewModel::contains(int row, const QString &text) const
{
    const ContactMatch &m = match(row);
    if (m.contact.name.contains(text, Qt::CaseInsensitive) || m.contact.company.contains(text, Qt::CaseInsensitive))
        return true;
    for (const QString &e : m.contact.emails) {
        if (e.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void ImportPreviewModel::setChecked(const QList<int> &rows, bool checked)
{
    int first = int(m_matches.size());
    int last = -1;
    for (int row : rows) {
        if (m_isChecked[size_t(row)] == checked || (checked && !isSelectable(row)))
            continue;
        m_isChecked[size_t(row)] = checked;
        m_checked[int(group(row))] += checked ? 1 : -1;
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
    for (size_t i = 0; i < m_isChecked.size(); ++i) {
        if (m_isChecked[i])
            rows.append(int(i));
    }
    return rows;
}

void ImportPreviewModel::setOutcome(int row, ContactStatus status, const QString &refusal)
{
    if (m_isChecked[size_t(row)]) {
        m_isChecked[size_t(row)] = false;
        --m_checked[int(group(row))];
    }
    if (status == match(row).status)
        m_statusNow.remove(row);
    else
        m_statusNow.insert(row, status);
    if (refusal.isEmpty())
        m_refusals.remove(row);
    else
        m_refusals.insert(row, refusal);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit checkedChanged();
}

void ImportPreviewModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_matches.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(int(m_matches.size()) - 1, StatusColumn), {Qt::DisplayRole});
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList ImportPreviewModel::otherAddresses(const ContactMatch &m)
{
    const QString shown = (m.email.isEmpty() ? m.contact.emails.value(0) : m.email).trimmed();
    QStringList others;
    for (const QString &e : m.contact.emails) {
        const QString a = e.trimmed();
        if (!a.isEmpty() && a.compare(shown, Qt::CaseInsensitive) != 0 && !others.contains(a, Qt::CaseInsensitive))
            others.append(a);
    }
    return others;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_matches.size())
        return {};
    const int row = index.row();
    const ContactMatch &m = match(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return m.contact.name.isEmpty() ? m.email : m.contact.name;
        case EmailColumn: {
            const QString shown = m.email.isEmpty() ? m.contact.emails.value(0) : m.email;
            const int others = int(otherAddresses(m).size());
            return others ? tr("%1 +%Ln more", "further addresses of the contact", others).arg(shown) : shown;
        }
        case StatusColumn: {
            if (const auto it = m_refusals.constFind(row); it != m_refusals.constEnd())
                return *it;
            return ContactMatcher::fullStatusText(m, status(row));
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == EmailColumn) {
            const QStringList others = otherAddresses(m);
            return others.isEmpty() ? QVariant() : QVariant(tr("Also: %1").arg(others.join(QLatin1String(", "))));
        }
        // A status can say more than its column has room for.
        if (index.column() == StatusColumn)
            return data(index, Qt::DisplayRole);
        if (index.column() == NameColumn && !m.memberHeadline.isEmpty())
            return m.memberHeadline;
        if (index.column() == NameColumn && !m.contact.company.isEmpty())
            return m.contact.company;
        return {};
    case Qt::CheckStateRole:
        if (index.column() == NameColumn && isSelectable(row))
            return m_isChecked[size_t(row)] ? Qt::Checked : Qt::Unchecked;
        return {};
    case Roles::ImportGroup:
        return int(group(row));
    case Roles::ImportStatus:
        return int(status(row));
    case Roles::Selectable:
        return isSelectable(row);
    case Roles::PersonId:
        return m.memberId;
    case Roles::PersonName:
        return m.contact.name;
    case Roles::Email:
        return m.email;
    case Roles::Company:
        return m.contact.company;
    default:
        return {};
    }
}

bool ImportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn || !isSelectable(index.row()))
        return false;
    setChecked({index.row()}, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn && isSelectable(index.row()))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}
