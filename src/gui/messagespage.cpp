#include "gui/messagespage.h"

#include "gui/messagedelegate.h"
#include "models/messagelistmodel.h"

#include <QEvent>
#include <QListView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
QListView *makeList(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QListView(parent);
    view->setModel(model);
    view->setItemDelegate(new MessageDelegate(view));
    view->setUniformItemSizes(true);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setFrameShape(QFrame::NoFrame);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    return view;
}
}

MessagesPage::MessagesPage(InvitationService &service, QWidget *parent)
    : QWidget(parent)
    , m_notifications(std::make_unique<MessageListModel>(MessageListModel::Kind::Notifications, service))
    , m_outbox(std::make_unique<MessageListModel>(MessageListModel::Kind::Outbox, service))
    , m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    m_notificationsView = makeList(m_notifications.get(), m_tabs);
    m_outboxView = makeList(m_outbox.get(), m_tabs);
    m_tabs->addTab(m_notificationsView, QString());
    m_tabs->addTab(m_outboxView, QString());
    connect(m_notifications.get(), &MessageListModel::unreadCountChanged, this, &MessagesPage::retranslate);
    retranslate();
}

MessagesPage::~MessagesPage() = default;

void MessagesPage::setMember(qint64 memberId)
{
    m_notifications->setMember(memberId);
}

void MessagesPage::showOutbox(bool outbox)
{
    m_tabs->setCurrentIndex(outbox ? 1 : 0);
}

void MessagesPage::retranslate()
{
    const int unread = m_notifications->unreadCount();
    m_tabs->setTabText(0, unread ? tr("Notifications (%1 unread)").arg(unread) : tr("Notifications"));
    m_tabs->setTabText(1, tr("Outbox: e-mails to non-members"));
    m_notificationsView->setAccessibleName(tr("Notifications"));
    m_outboxView->setAccessibleName(tr("Outbox"));
}

void MessagesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
