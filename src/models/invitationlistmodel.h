#pragma once

#include "types.h"

#include <QAbstractListModel>
#include <QTimer>

class Clock;
class ExpiryEngine;
class InvitationService;
struct EngineReport;

// Received or sent invitations of one member, newest first. Rows are
// fetched a page at a time (keyset pagination), so a list of 100,000 opens
// as fast as one of ten; changes from the service and the engine arrive as
// single-row inserts, removals and data changes.
class InvitationListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvitationListModel)
public:
    enum class Kind { Received, Sent };
    static constexpr int kPageSize = 50;

    InvitationListModel(Kind kind, InvitationService &service, ExpiryEngine &engine, Clock &clock,
                        QObject *parent = nullptr);

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
    struct Row
    {
        Invitation invitation;
        qint64 personId = 0;
        QString personName;
        QString headline;
        mutable int mutual = -1; // counted when first shown, not when fetched
    };
    int mutualOf(const Row &row) const;

    QList<Row> query(const QString &extraCondition, const QVariantList &extraParams, int limit) const;
    std::optional<Row> loadOne(qint64 invitationId) const;
    bool belongsHere(const Row &row) const;
    void onSent(qint64 invitationId);
    void removeInvitation(qint64 invitationId);
    void onEngineRan(const EngineReport &report);
    void refreshRow(qint64 invitationId);
    void timesChanged();

    Kind m_kind;
    InvitationService &m_service;
    Clock &m_clock;
    qint64 m_member = 0;
    QList<Row> m_rows;
    bool m_exhausted = false;
    QTimer m_minuteTimer;
};
