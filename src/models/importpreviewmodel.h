#pragma once

#include "contactmatcher.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

// The contacts of one import as the preview shows them: name, address and
// status, a check box on each row Invite selected may act on. Nothing is
// checked to begin with.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewModel)
public:
    enum Column { NameColumn, EmailColumn, StatusColumn, ColumnCount };
    enum class Group { Members, NonMembers };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setMatches(QList<ContactMatch> matches);
    const ContactMatch &match(int row) const { return m_rows.at(row).match; }
    static Group groupOf(const ContactMatch &match);

    // One change signal for any number of rows (Select all on 100,000).
    void setChecked(const QList<int> &rows, bool checked);
    QList<int> checkedRows() const;
    int checkedCount(Group group) const { return m_checked[int(group)]; }
    int count(Group group) const { return m_count[int(group)]; }
    // After an invitation: the row's new status, unchecked.
    void setOutcome(int row, ContactStatus status, const QString &refusal = QString());
    // Statuses and headers are written when shown; tell the views.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void checkedChanged();

private:
    struct Row
    {
        ContactMatch match;
        bool checked = false;
        QString refusal; // why the last invitation was refused
    };
    void count();

    QList<Row> m_rows;
    int m_checked[2] = {0, 0};
    int m_count[2] = {0, 0};
};

// One group of the preview, narrowed by the filter box.
class ImportGroupFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportGroupFilter)
public:
    ImportGroupFilter(ImportPreviewModel::Group group, QObject *parent = nullptr);
    void setText(const QString &text);
    // Source rows of the selectable rows passing the filter.
    QList<int> selectableSourceRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ImportPreviewModel::Group m_group;
    QString m_text;
};
