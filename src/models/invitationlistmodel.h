#pragma once

#include "core/invitationlists.h"
#include "models/syncedlistmodel.h"

#include <QSet>
#include <QTimer>

class Clock;
class InvitationService;
struct ChangeSet;

// Received or sent invitations of one member, newest first. Rows are
// fetched a page at a time (keyset pagination), so a list of 100,000 opens
// as fast as one of ten. It follows the store's change feed, whoever made
// the change (this window, the engine, another process): each changed
// invitation is re-read and inserted, updated or removed as a single row.
class InvitationListModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvitationListModel)
public:
    enum class Kind { Received, Sent };
    static constexpr int kPageSize = 50;
    static constexpr int kReleaseEvery = 5000; // rows fetched between Store::releaseMemory()
    static constexpr int kReconcileLimit = 200;

    InvitationListModel(Kind kind, InvitationService &service, Clock &clock, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    qint64 memberId() const { return m_member; }
    void setMember(qint64 memberId);
    // Rows loaded or not: what the list holds in the store.
    int totalCount() const;
    int rowOf(qint64 invitationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row : InvitationLists::Row
    {
        mutable int mutual = -1; // counted when first shown, not when fetched
    };
    int mutualOf(const Row &row) const;
    Row shared(const InvitationLists::Row &fresh) const;
    InvitationLists::List list() const;

    void onChanged(const ChangeSet &changes);
    void reconcile(qint64 invitationId);
    bool readTop(int limit, QList<Row> *rows);
    void reload();
    void resync();
    void timesChanged();

    Kind m_kind;
    InvitationService &m_service;
    Clock &m_clock;
    qint64 m_member = 0;
    QList<Row> m_rows;
    mutable QSet<QString> m_strings; // one copy of each name and headline; see shared()
    bool m_exhausted = false;
    QTimer m_minuteTimer;
};
