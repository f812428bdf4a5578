#pragma once

#include "import/contactrepository.h"

#include <QAbstractTableModel>

// A member's imported contacts by name, a page at a time.
class ContactListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactListModel)
public:
    enum Column { NameColumn, EmailColumn, CompanyColumn, ColumnCount };
    static constexpr int kPageSize = 200;

    ContactListModel(const Store &store, QObject *parent = nullptr);

    void setMember(qint64 member);
    // Only contacts whose name, address or company contain `text`.
    void setFilter(const QString &text);
    const QString &filter() const { return m_filter; }
    void reload();
    qint64 contactId(int row) const { return m_rows.at(row).id; }
    // Contacts the filter lets through, and all of the member's.
    int total() const { return m_total; }
    int unfilteredTotal() const { return m_unfiltered; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    const Store &m_store;
    qint64 m_member = 0;
    QList<StoredContact> m_rows;
    QString m_filter;
    int m_total = 0;
    int m_unfiltered = 0;
    bool m_exhausted = true;
};
