#include "models/importgroupfilter.h"

#include <algorithm>

ImportGroupFilter::ImportGroupFilter(ImportPreviewModel::Group group, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_group(group)
{
}

void ImportGroupFilter::setPreviewModel(ImportPreviewModel *model)
{
    beginResetModel();
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    setSourceModel(model);
    // The preview is only ever reset, changed in place or retranslated.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ImportGroupFilter::beginResetModel);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        rebuild();
        finishReset();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &ImportGroupFilter::forwardDataChanged);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ImportGroupFilter::headerDataChanged);
    rebuild();
    finishReset();
}

void ImportGroupFilter::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    beginResetModel();
    m_text = trimmed;
    rebuild();
    finishReset();
}

void ImportGroupFilter::finishReset()
{
    // Rows are added once the views have heard of the reset, not while.
    m_telling = true;
    endResetModel();
    m_telling = false;
}

void ImportGroupFilter::rebuild()
{
    m_rows.clear();
    m_first = 0;
    m_count = 0;
    if (m_model) {
        using G = ImportPreviewModel::Group;
        m_first = m_group == G::Members ? 0 : m_model->count(G::Members);
        m_count = m_model->count(m_group);
        if (!m_text.isEmpty()) {
            for (int r = m_first; r < m_first + m_count; ++r) {
                if (m_model->contains(r, m_text))
                    m_rows.push_back(r);
            }
        }
    }
    m_shown = qMin(kBatch, matchingCount());
}

int ImportGroupFilter::matchingCount() const
{
    return m_text.isEmpty() ? m_count : int(m_rows.size());
}

template<typename Visit> void ImportGroupFilter::forEachMatching(Visit visit) const
{
    const int n = matchingCount();
    for (int row = 0; row < n; ++row) {
        if (!visit(sourceRow(row)))
            return;
    }
}

QList<int> ImportGroupFilter::selectableSourceRows() const
{
    QList<int> rows;
    forEachMatching([&](int source) {
        if (m_model->isSelectable(source))
            rows.append(source);
        return true;
    });
    return rows;
}

ImportGroupFilter::SelectAll ImportGroupFilter::selectAllState() const
{
    SelectAll state;
    state.done = true;
    forEachMatching([&](int source) {
        if (!m_model->isSelectable(source))
            return true;
        state.possible = true;
        state.done = m_model->isChecked(source);
        return state.done;
    });
    state.done = state.done && state.possible;
    return state;
}

std::pair<int, int> ImportGroupFilter::proxyRange(int first, int last) const
{
    if (m_text.isEmpty())
        return {qMax(first, m_first) - m_first, qMin(last, m_first + m_count - 1) - m_first};
    const auto lo = std::lower_bound(m_rows.cbegin(), m_rows.cend(), first);
    const auto hi = std::upper_bound(lo, m_rows.cend(), last);
    return {int(lo - m_rows.cbegin()), int(hi - m_rows.cbegin()) - 1};
}

void ImportGroupFilter::forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                           const QList<int> &roles)
{
    auto [first, last] = proxyRange(topLeft.row(), bottomRight.row());
    last = qMin(last, m_shown - 1);
    if (first <= last)
        emit dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
}

QModelIndex ImportGroupFilter::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_shown || column < 0 || column >= ImportPreviewModel::ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex ImportGroupFilter::parent(const QModelIndex &) const
{
    return {};
}

int ImportGroupFilter::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int ImportGroupFilter::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ImportPreviewModel::ColumnCount;
}

bool ImportGroupFilter::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown > 0;
}

QModelIndex ImportGroupFilter::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

QVariant ImportGroupFilter::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_model ? m_model->headerData(section, orientation, role) : QVariant();
    return QAbstractItemModel::headerData(section, orientation, role);
}

QModelIndex ImportGroupFilter::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.row() >= m_shown)
        return {};
    return m_model->index(sourceRow(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ImportGroupFilter::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const auto [first, last] = proxyRange(sourceIndex.row(), sourceIndex.row());
    return first == last && first < m_shown ? index(first, sourceIndex.column()) : QModelIndex();
}

bool ImportGroupFilter::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_telling && m_shown < matchingCount();
}

void ImportGroupFilter::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = qMin(kBatch, matchingCount() - m_shown);
    // Views and the model tester may ask for more while they hear of these rows.
    m_telling = true;
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
    m_telling = false;
}
