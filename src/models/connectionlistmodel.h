#pragma once

#include "models/syncedlistmodel.h"
#include "rules/membersearch.h"

class Clock;
class InvitationService;
struct ChangeSet;

// One member's first-degree connections: filtered by a text, sorted by
// when they connected or by first or last name in the reader's language.
// The sorted list is held as keys; rows are handed to the view a page at a
// time, and the model follows the store's change feed row by row, so a
// removal elsewhere leaves the scroll position alone.
class ConnectionListModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionListModel)
public:
    enum class Sort { RecentlyAdded, FirstName, LastName };
    Q_ENUM(Sort)
    static constexpr int kPageSize = 100;

    ConnectionListModel(InvitationService &service, Clock &clock, QObject *parent = nullptr);

    void setMember(qint64 memberId);
    qint64 memberId() const { return m_member; }
    void setSort(Sort sort);
    Sort sort() const { return m_sort; }
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    // All connections that match the filter, shown yet or not.
    int matchCount() const { return int(m_matching.size()); }
    // All connections, filter or not.
    int totalCount() const { return m_total; }
    int rowOf(qint64 memberId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // The counts changed (a connection came or went, or the filter).
    void countsChanged();

private:
    using Row = MemberSearch::Row;
    // Reads, filters and sorts; then brings the shown rows to the new list
    // (rebuild: from the top, as after a new sort or filter).
    void reload(bool rebuild);
    bool matches(const Row &row) const;
    void sortRows(QList<Row> &rows) const;

    InvitationService &m_service;
    Clock &m_clock;
    qint64 m_member = 0;
    Sort m_sort = Sort::RecentlyAdded;
    QString m_filter;
    QList<Row> m_matching; // sorted, filtered
    QList<Row> m_rows; // the first of m_matching, as far as fetched
    int m_total = 0;
};
