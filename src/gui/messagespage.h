#pragma once

#include <QWidget>

#include <memory>

class ExpiryEngine;
class InvitationService;
class MessageListModel;
class QListView;
class QTabWidget;

// Notifications of the signed-in member and the outbox of e-mails the
// system sent to non-members, side by side in two tabs.
class MessagesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagesPage)
public:
    MessagesPage(InvitationService &service, QWidget *parent = nullptr);
    ~MessagesPage() override;

    void setMember(qint64 memberId);
    void showOutbox(bool outbox);
    MessageListModel *notifications() const { return m_notifications.get(); }
    MessageListModel *outbox() const { return m_outbox.get(); }
    QListView *notificationsView() const { return m_notificationsView; }
    QListView *outboxView() const { return m_outboxView; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<MessageListModel> m_notifications;
    std::unique_ptr<MessageListModel> m_outbox;
    QTabWidget *m_tabs;
    QListView *m_notificationsView;
    QListView *m_outboxView;
};
