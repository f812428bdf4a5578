#pragma once

#include <QWidget>

#include <memory>

class CardListView;
class InvitationService;
class MessageListModel;
class QCheckBox;
class QPushButton;
class QTabWidget;

// Notifications of the signed-in member and the outbox of e-mails the
// system sent to non-members, side by side in two tabs. A notification
// opens what it is about and is then read; "Mark all as read" reads the rest.
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
    CardListView *notificationsView() const { return m_notificationsView; }
    CardListView *outboxView() const { return m_outboxView; }

signals:
    // A notification was opened (clicked, or Enter on it): it is read now.
    void notificationOpened(const QModelIndex &index);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    QWidget *outboxPage();
    void open(const QModelIndex &index);
    void sendWithMailProgram(const QModelIndex &index);

    InvitationService &m_service;
    std::unique_ptr<MessageListModel> m_notifications;
    std::unique_ptr<MessageListModel> m_outbox;
    QTabWidget *m_tabs;
    CardListView *m_notificationsView;
    CardListView *m_outboxView;
    QPushButton *m_markAllRead;
    QCheckBox *m_everyone; // a local store: every member's e-mails
    qint64 m_member = 0;
};
