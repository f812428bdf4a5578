#pragma once

#include "models/importpreviewmodel.h"

#include <QAbstractProxyModel>

#include <vector>

// One group of the preview, narrowed by the filter box. A group is a range
// of the preview's rows (members come first), so without filter text no
// row is looked at; and the view is given the rows a batch at a time as it
// scrolls, so showing 100,000 contacts lays out a thousand.
class ImportGroupFilter final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportGroupFilter)
public:
    static constexpr int kBatch = 1000;

    explicit ImportGroupFilter(ImportPreviewModel::Group group, QObject *parent = nullptr);
    void setPreviewModel(ImportPreviewModel *model);
    void setText(const QString &text);
    // Rows of the group passing the filter, fetched into the view or not.
    int matchingCount() const;
    // Source rows of the selectable rows passing the filter.
    QList<int> selectableSourceRows() const;
    // For the Select all box: whether it has rows to select, and whether
    // each of them is selected already. Stops at the first that is not.
    struct SelectAll
    {
        bool possible = false;
        bool done = false;
    };
    SelectAll selectAllState() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    int sourceRow(int row) const { return m_text.isEmpty() ? m_first + row : m_rows[size_t(row)]; }
    // Proxy rows (matching, fetched or not) of source rows first..last.
    std::pair<int, int> proxyRange(int first, int last) const;
    void rebuild();
    void finishReset();
    void forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    template<typename Visit> void forEachMatching(Visit visit) const;

    ImportPreviewModel *m_model = nullptr;
    ImportPreviewModel::Group m_group;
    QString m_text;
    int m_first = 0; // the group's first source row
    int m_count = 0; // its rows
    std::vector<int> m_rows; // with filter text: the source rows passing it, ascending
    int m_shown = 0; // rows given to the view so far
    bool m_telling = false; // views are being told of a change: no rows are added meanwhile
};
