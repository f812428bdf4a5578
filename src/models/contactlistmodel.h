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
    void reload();
    qint64 contactId(int row) const { return m_rows.at(row).id; }
    int total() const { return m_total; }
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
    int m_total = 0;
    bool m_exhausted = true;
};
