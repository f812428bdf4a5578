#pragma once

#include "rules/membersearch.h"
#include "rules/network.h"

#include <QAbstractListModel>
#include <QHash>

class InvitationService;
class Store;

// Members whose name, headline or company contains a text, or the
// connections of one member; by name, at most kLimit rows, so a short
// filter on 100,000 members stays instant. With a viewer, each row also
// says where the viewer stands with that person.
class MemberSearchModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberSearchModel)
public:
    static constexpr int kLimit = 200;

    explicit MemberSearchModel(const Store &store, QObject *parent = nullptr);

    void setFilter(const QString &text, const MemberSearch::Narrowing &narrowing = {});
    void setConnectionsOf(qint64 memberId);
    // Relations are then computed as rows are shown, and refreshed when an
    // invitation changes.
    void setViewer(const InvitationService *service, qint64 viewer);
    qint64 memberIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

signals:
    void readFailed(const QString &error);

private:
    using Row = MemberSearch::Row;
    void show(const QList<Row> &rows);
    void relationsChanged();
    Relation relationAt(int row) const;
    int mutualAt(int row) const;

    const Store &m_store;
    QList<Row> m_rows;
    const InvitationService *m_service = nullptr;
    qint64 m_viewer = 0;
    mutable QHash<qint64, Relation> m_relations;
    mutable QHash<qint64, int> m_mutuals; // for the degree, read once per row
};
