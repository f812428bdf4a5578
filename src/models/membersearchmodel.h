#pragma once

#include <QAbstractListModel>

class Store;

// Members whose name, headline or company contains a text, by name; at
// most kLimit rows, so a short filter on 100,000 members stays instant.
class MemberSearchModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberSearchModel)
public:
    static constexpr int kLimit = 200;

    explicit MemberSearchModel(const Store &store, QObject *parent = nullptr);

    void setFilter(const QString &text);
    qint64 memberIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    struct Row
    {
        qint64 id;
        QString name;
        QString headline;
    };
    const Store &m_store;
    QList<Row> m_rows;
};
