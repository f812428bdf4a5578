#include "gui/messagespage.h"

#include "gui/cardlistview.h"
#include "gui/language.h"
#include "gui/messagedelegate.h"
#include "gui/prompts.h"
#include "models/messagelistmodel.h"
#include "models/roles.h"
#include "rules/invitationservice.h"
#include "store/store.h"
#include "team/invitationmail.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {
CardListView *makeList(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new CardListView(parent);
    view->setModel(model);
    view->setItemDelegate(new MessageDelegate(view));
    view->setSelectionMode(QAbstractItemView::NoSelection);
    return view;
}
}

MessagesPage::MessagesPage(InvitationService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_notifications(std::make_unique<MessageListModel>(MessageListModel::Kind::Notifications, service))
    , m_outbox(std::make_unique<MessageListModel>(MessageListModel::Kind::Outbox, service))
    , m_tabs(new QTabWidget(this))
    , m_markAllRead(new QPushButton(this))
    , m_everyone(new QCheckBox(this))
{
    m_markAllRead->setObjectName(QStringLiteral("markAllReadButton"));
    m_markAllRead->setFlat(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    m_notificationsView = makeList(m_notifications.get(), m_tabs);
    m_outboxView = makeList(m_outbox.get(), m_tabs);
    m_tabs->addTab(m_notificationsView, QString());
    m_tabs->addTab(outboxPage(), QString());
    m_tabs->setCornerWidget(m_markAllRead, Qt::TopRightCorner);
    connect(m_notifications.get(), &MessageListModel::unreadCountChanged, this, &MessagesPage::retranslate);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MessagesPage::retranslate);
    connect(m_markAllRead, &QPushButton::clicked, this, [this] { m_service.markNotificationsRead(m_member); });
    connect(m_notificationsView, &CardListView::cardClicked, this, &MessagesPage::open);
    if (!service.store().config().isTeam())
        connect(m_outboxView, &CardListView::cardClicked, this, &MessagesPage::sendWithMailProgram);
    m_notificationsView->installEventFilter(this);
    // Every e-mail of every member lands in the outbox (a catch-up adds
    // some with each slice): it reads them only while it is seen. One
    // member's notifications change rarely and feed the unread counts.
    m_outboxView->installEventFilter(this);
    m_outbox->setShown(false);
    retranslate();
}

MessagesPage::~MessagesPage() = default;

// The outbox with, on a local store, the choice to see every member's
// e-mails: it is presented as yours, and shows yours unless asked.
QWidget *MessagesPage::outboxPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    m_everyone->setObjectName(QStringLiteral("everyonesOutbox"));
    m_everyone->setVisible(!m_service.store().config().isTeam());
    layout->addWidget(m_everyone);
    m_outboxView->setParent(page);
    layout->addWidget(m_outboxView, 1);
    connect(m_everyone, &QCheckBox::toggled, this,
            [this] { m_outbox->setMember(m_everyone->isChecked() ? 0 : m_member); });
    return page;
}

void MessagesPage::setMember(qint64 memberId)
{
    m_member = memberId;
    m_notifications->setMember(memberId);
    m_outbox->setMember(m_everyone->isChecked() ? 0 : memberId);
}

void MessagesPage::showOutbox(bool outbox)
{
    m_tabs->setCurrentIndex(outbox ? 1 : 0);
}

void MessagesPage::open(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QPersistentModelIndex kept(index);
    // Read first: what opens next may be another page.
    m_service.markNotificationRead(m_member, index.data(Roles::MessageId).toLongLong());
    if (kept.isValid())
        emit notificationOpened(kept);
}

bool MessagesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_outboxView && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        m_outbox->setShown(event->type() == QEvent::Show);
    const bool mailProgram = watched == m_outboxView && !m_service.store().config().isTeam();
    if ((watched == m_notificationsView || mailProgram) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        auto *view = static_cast<CardListView *>(watched);
        if ((key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) && view->currentIndex().isValid()) {
            if (mailProgram)
                sendWithMailProgram(view->currentIndex());
            else
                open(view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MessagesPage::retranslate()
{
    const int unread = m_notifications->unreadCount();
    m_tabs->setTabText(0,
                       unread ? tr("Notifications (%1 unread)").arg(QLocale().toString(unread)) : tr("Notifications"));
    m_tabs->setTabText(1, tr("Outbox: emails to non-members"));
    m_everyone->setText(tr("Show every member's emails (simulation)"));
    m_everyone->setToolTip(tr("On a store on this computer you can act as any member: here are the emails every "
                              "member's invitations would send."));
    m_notificationsView->setAccessibleName(tr("Notifications"));
    m_notificationsView->setCardClickName(tr("Open"));
    m_outboxView->setAccessibleName(tr("Outbox"));
    // On a team store the server delivers: a card then does nothing.
    if (!m_service.store().config().isTeam())
        m_outboxView->setCardClickName(tr("Send with your e-mail program"));
    m_notificationsView->setEmptyText(
        tr("No notifications yet. Reminders of invitations waiting for your answer, and people accepting yours, "
           "appear here."));
    m_outboxView->setEmptyText(
        tr("No emails sent. When you invite an address that is not a member, the invitation and its reminders "
           "appear here."));
    m_markAllRead->setText(tr("Mark all as read"));
    m_markAllRead->setVisible(m_tabs->currentIndex() == 0);
    m_markAllRead->setEnabled(unread > 0);
}

void MessagesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// A local store sends no e-mail itself (R20 is the team store's): the
// person's own mail program gets the recipient, the subject and the text,
// in the window's language, to send from their own address.
void MessagesPage::sendWithMailProgram(const QModelIndex &index)
{
    OutboxMail mail;
    mail.kind = index.data(Roles::MessageKind).toInt();
    mail.to = index.data(Roles::Email).toString();
    mail.senderName = index.data(Roles::PersonName).toString();
    if (const std::optional<Member> sender = m_service.network().member(index.data(Roles::PersonId).toLongLong()))
        mail.senderEmail = sender->email;
    mail.note = index.data(Roles::Note).toString();
    mail.language = Language::current();
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(mail.to);
    // Every reserved character of the texts percent-encoded: a note with
    // "&" or "#" stays whole (RFC 6068).
    url.setQuery(QStringLiteral("subject=%1&body=%2")
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(InvitationMail::subject(mail))),
                          QString::fromLatin1(QUrl::toPercentEncoding(InvitationMail::personalText(mail)))),
                 QUrl::StrictMode);
    if (!Prompts::openUrl(url))
        Prompts::inform(
            this, Prompts::Tone::Error, tr("No e-mail program"),
            tr("No e-mail program took the message. Write to %1 from your own e-mail program.").arg(mail.to));
}
