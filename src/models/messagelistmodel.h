#pragma once

#include "models/syncedlistmodel.h"
#include "rules/messagelists.h"

class InvitationService;
struct ChangeSet;

// Notifications of one member, or the outbox of e-mails to non-members:
// newest first, a page at a time, following the store's change feed (new
// ones inserted on top, read ones updated, purged ones removed). Texts are
// written when shown, so they follow the language.
class MessageListModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageListModel)
public:
    enum class Kind { Notifications, Outbox };
    static constexpr int kPageSize = 50;

    MessageListModel(Kind kind, InvitationService &service, QObject *parent = nullptr);

    void setMember(qint64 memberId); // notifications only
    int unreadCount() const;
    // Whether a view shows the list. A list nobody sees reads no rows on a
    // change (a catch-up adds e-mails to the outbox slice after slice); it
    // catches up when shown. The unread count follows either way.
    void setShown(bool shown);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void unreadCountChanged(int count);

private:
    using Row = MessageLists::Row;
    MessageLists::List list() const;
    void onChanged(const ChangeSet &changes);
    void resync();
    void reload();
    QString title(const Row &row) const;
    QString body(const Row &row) const;
    QString deliveryText(const Row &row) const;
    bool isOpen(const Row &row) const;

    Kind m_kind;
    InvitationService &m_service;
    qint64 m_member = 0;
    QList<Row> m_rows;
    bool m_exhausted = false;
    bool m_shown = true;
    bool m_stale = false;
};
