#pragma once

#include <QAbstractListModel>

class ExpiryEngine;
class InvitationService;
struct EngineReport;

// Notifications of one member, or the outbox of e-mails to non-members:
// newest first, a page at a time, new ones inserted on top as the service
// and the engine make them. Texts are written when shown, so they follow
// the language.
class MessageListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageListModel)
public:
    enum class Kind { Notifications, Outbox };
    static constexpr int kPageSize = 50;

    MessageListModel(Kind kind, InvitationService &service, ExpiryEngine &engine, QObject *parent = nullptr);

    void setMember(qint64 memberId); // notifications only
    int unreadCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void unreadCountChanged(int count);

private:
    struct Row
    {
        qint64 id = 0;
        int kind = 0;
        qint64 invitationId = 0;
        qint64 personId = 0; // the actor, or the sender of an e-mail
        QString personName;
        QString address;     // outbox: to whom
        QString note;
        qint64 createdMs = 0;
        bool unread = false;
    };
    QList<Row> query(const QString &condition, const QVariantList &params, int limit) const;
    void addNewer();
    void onEngineRan(const EngineReport &report);
    void reload();
    QString title(const Row &row) const;
    QString body(const Row &row) const;

    Kind m_kind;
    InvitationService &m_service;
    qint64 m_member = 0;
    QList<Row> m_rows;
    bool m_exhausted = false;
};
