#include "gui/mynetworkpage.h"

#include "ui_mynetworkpage.h"

#include "base/clock.h"
#include "base/datetext.h"
#include "gui/cardlistview.h"
#include "gui/messagebar.h"
#include "gui/prompts.h"
#include "gui/style.h"
#include "gui/suggestiondelegate.h"
#include "gui/withdrawolddialog.h"
#include "models/invitationlistmodel.h"
#include "models/roles.h"
#include "models/suggestionsmodel.h"
#include "rules/invitationservice.h"
#include "rules/suggestionworker.h"
#include "store/changefeed.h"
#include "store/store.h"

#include <QEvent>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>

namespace {
constexpr int kCollapsedRows = 3;
constexpr int kSettleMs = 6000;
constexpr int kShowInvitationPages = 20;
constexpr int kNarrowWidth = 1000; // the side panel folds under the lists below this
constexpr int kSidePanelWidth = 320; // its widest beside them
constexpr qint64 kWeekMs = 7 * kMsPerDay;
}

MyNetworkPage::MyNetworkPage(InvitationService &service, Clock &clock, SuggestionWorker &suggestions, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MyNetworkPage>())
    , m_service(service)
    , m_clock(clock)
    , m_received(std::make_unique<InvitationListModel>(InvitationListModel::Kind::Received, service, clock))
    , m_sent(std::make_unique<InvitationListModel>(InvitationListModel::Kind::Sent, service, clock))
    , m_suggestions(std::make_unique<SuggestionsModel>(service, suggestions))
    , m_suggestionDelegate(new SuggestionDelegate(this))
    , m_receivedDelegate(new InvitationDelegate(InvitationDelegate::Mode::Received, this))
    , m_receivedAllDelegate(new InvitationDelegate(InvitationDelegate::Mode::Received, this))
    , m_sentDelegate(new InvitationDelegate(InvitationDelegate::Mode::Sent, this))
    , m_worker(suggestions)
{
    m_ui->setupUi(this);
    // A message is about the moment it answers; it goes after a while.
    setUpLists();
    setUpSuggestions();
    // No Tab stop of its own (it would show no focus): the keyboard goes
    // to the cards, and a focused card scrolls the page to itself.
    m_ui->overviewScroll->setFocusPolicy(Qt::NoFocus);
    QScrollBar *bar = m_ui->overviewScroll->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &MyNetworkPage::loadMoreIfNearEnd);
    connect(bar, &QScrollBar::rangeChanged, this, &MyNetworkPage::loadMoreIfNearEnd);
    for (CardListView *view : {m_ui->receivedView, m_ui->receivedAllView, m_ui->sentView, m_ui->suggestionsView}) {
        connect(view, &CardListView::cardClicked, this, [this](const QModelIndex &index) {
            if (const qint64 id = index.data(Roles::PersonId).toLongLong())
                emit profileRequested(id);
        });
    }
    connectButtons();

    connect(service.store().feed(), &ChangeFeed::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches(m_member, ChangeSet::All))
            refresh();
    });
    // Counts depend on now: what expired is no longer counted.
    connect(&clock, &Clock::changed, this, &MyNetworkPage::refresh);
    connect(&m_worker, &SuggestionWorker::countsReady, this,
            [this](int requestId, qint64 member, const NetworkCounts &counts) {
                if (requestId != m_countsRequest || member != m_member)
                    return; // a newer question is on its way
                m_countsRequest = 0;
                m_counts = counts;
                applyCounts();
            });
    retranslate();
}

// The three invitation lists and the suggestions' grid of cards.
void MyNetworkPage::setUpLists()
{
    m_ui->receivedView->setCardDelegate(m_receivedDelegate);
    m_ui->receivedView->setModel(m_received.get());
    m_ui->receivedView->setFitToContents(kCollapsedRows);
    m_ui->receivedAllView->setCardDelegate(m_receivedAllDelegate);
    m_ui->receivedAllView->setModel(m_received.get());
    m_ui->sentView->setCardDelegate(m_sentDelegate);
    m_ui->sentView->setModel(m_sent.get());
    CardListView *grid = m_ui->suggestionsView;
    grid->setViewMode(QListView::IconMode);
    grid->setFlow(QListView::LeftToRight);
    grid->setWrapping(true);
    grid->setMovement(QListView::Static);
    grid->setGridSize(SuggestionDelegate::cardSize(grid->font()));
    grid->setCardDelegate(m_suggestionDelegate);
    grid->setModel(m_suggestions.get());
    grid->setFitToContents(-1);
}

// Connect, dismiss and undo on a card; cards acted on settle when the
// pointer leaves.
void MyNetworkPage::setUpSuggestions()
{
    connect(m_suggestionDelegate, &SuggestionDelegate::connectClicked, this,
            [this](const QModelIndex &index) { connectTo(index); });
    connect(m_ui->suggestionsView, &CardListView::connectWithNoteRequested, this, [this](const QModelIndex &index) {
        const QPersistentModelIndex card(index);
        if (const std::optional<QString> note = Prompts::askNote(this, index.data(Roles::PersonName).toString()))
            connectTo(card, *note);
    });
    connect(m_suggestionDelegate, &SuggestionDelegate::dismissClicked, this, &MyNetworkPage::dismiss);
    connect(m_suggestionDelegate, &SuggestionDelegate::undoClicked, this, &MyNetworkPage::undoDismiss);
    // Cards acted on stay in place while the pointer is over the grid, so
    // the next click cannot land on someone else.
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(kSettleMs);
    connect(&m_settleTimer, &QTimer::timeout, this, [this] {
        if (m_ui->suggestionsView->viewport()->underMouse())
            m_settleTimer.start();
        else
            m_suggestions->settle();
    });
    connect(m_ui->suggestionsView, &CardListView::pointerLeft, m_suggestions.get(), &SuggestionsModel::settle);
    connect(m_suggestions.get(), &SuggestionsModel::loaded, this, [this] {
        m_ui->suggestionsView->setEmptyText(tr("No suggestions right now."));
        // The new cards' height is laid out first; then see whether the
        // page still ends on screen.
        QMetaObject::invokeMethod(this, &MyNetworkPage::loadMoreIfNearEnd, Qt::QueuedConnection);
    });
}

void MyNetworkPage::connectButtons()
{
    connect(m_ui->showSentButton, &QPushButton::clicked, this, [this] { showView(View::Sent); });
    connect(m_ui->backButton, &QPushButton::clicked, this, [this] { showView(View::Overview); });
    connect(m_ui->receivedBackButton, &QPushButton::clicked, this, [this] { showView(View::Overview); });

    connect(m_receivedDelegate, &InvitationDelegate::actionTriggered, this, &MyNetworkPage::onReceivedAction);
    connect(m_receivedAllDelegate, &InvitationDelegate::actionTriggered, this, &MyNetworkPage::onReceivedAction);
    connect(m_sentDelegate, &InvitationDelegate::actionTriggered, this, &MyNetworkPage::onSentAction);
    connect(m_ui->seeAllButton, &QPushButton::clicked, this, [this] { showView(View::Received); });
    connect(m_ui->inviteButton, &QPushButton::clicked, this, &MyNetworkPage::inviteByEmail);
    connect(m_ui->inviteEmail, &QLineEdit::returnPressed, this, &MyNetworkPage::inviteByEmail);
    connect(m_ui->importButton, &QPushButton::clicked, this, &MyNetworkPage::importRequested);
    connect(m_ui->manageContactsButton, &QPushButton::clicked, this, &MyNetworkPage::manageContactsRequested);
    connect(m_ui->connectionsButton, &QPushButton::clicked, this, &MyNetworkPage::connectionsRequested);

    connect(m_ui->withdrawOldButton, &QPushButton::clicked, this, [this] { withdrawOlderThan(kDefaultWithdrawWeeks); });
}

MyNetworkPage::~MyNetworkPage()
{
    if (m_bar && m_bar->parent() == this)
        m_bar->dismiss(); // its own bar: a waiting action is done now
}

CardListView *MyNetworkPage::receivedView() const
{
    return m_ui->receivedView;
}

CardListView *MyNetworkPage::receivedAllView() const
{
    return m_ui->receivedAllView;
}

QScrollArea *MyNetworkPage::overviewScroll() const
{
    return m_ui->overviewScroll;
}

CardListView *MyNetworkPage::sentView() const
{
    return m_ui->sentView;
}

CardListView *MyNetworkPage::suggestionsView() const
{
    return m_ui->suggestionsView;
}

void MyNetworkPage::contactsChanged()
{
    refresh();
    m_suggestions->setMember(m_member);
}

bool MyNetworkPage::showInvitation(qint64 invitationId)
{
    // A bounded search on the GUI thread: an invitation deep in a list of
    // 100,000 is not worth reading thousands of pages for; the caller
    // opens the sender's profile instead, which answers it too.
    int row = m_received->rowOf(invitationId);
    for (int page = 0; row < 0 && page < kShowInvitationPages && m_received->canFetchMore({}); ++page) {
        m_received->fetchMore({});
        row = m_received->rowOf(invitationId);
    }
    if (row < 0)
        return false;
    const bool onPage = row < kCollapsedRows;
    showView(onPage ? View::Overview : View::Received);
    CardListView *view = onPage ? m_ui->receivedView : m_ui->receivedAllView;
    const QModelIndex index = m_received->index(row, 0);
    view->setFocus(Qt::OtherFocusReason);
    view->setCurrentIndex(index);
    view->scrollTo(index);
    return true;
}

void MyNetworkPage::showView(View view)
{
    QWidget *page = m_ui->overviewPage;
    if (view == View::Received)
        page = m_ui->receivedPage;
    else if (view == View::Sent)
        page = m_ui->sentPage;
    m_ui->contentStack->setCurrentWidget(page);
}

MyNetworkPage::View MyNetworkPage::view() const
{
    QWidget *page = m_ui->contentStack->currentWidget();
    if (page == m_ui->receivedPage)
        return View::Received;
    return page == m_ui->sentPage ? View::Sent : View::Overview;
}

void MyNetworkPage::loadMoreIfNearEnd()
{
    const QScrollBar *bar = m_ui->overviewScroll->verticalScrollBar();
    // Within two rows of cards of the end, or the page does not fill the
    // window yet.
    if (bar->maximum() - bar->value() <= 2 * m_ui->suggestionsView->gridSize().height())
        m_suggestions->loadMore();
}

void MyNetworkPage::connectTo(const QModelIndex &index, const QString &note)
{
    const qint64 other = index.data(Roles::PersonId).toLongLong();
    const QString name = index.data(Roles::PersonName).toString();
    const ActionResult r = m_service.invite(m_member, other, note, InvitationSource::PeopleYouMayKnow);
    report(r,
           r.acceptedInstead ? tr("%1 had already invited you: you are now connected.").arg(name)
                             : tr("Invitation sent to %1.").arg(name));
    m_settleTimer.start();
}

void MyNetworkPage::dismiss(const QModelIndex &index)
{
    const QString name = index.data(Roles::PersonName).toString();
    if (m_service.dismissSuggestion(m_member, index.data(Roles::PersonId).toLongLong())) {
        showFeedback(tr("%1 will not be suggested again.").arg(name), false);
        m_settleTimer.start();
    }
}

void MyNetworkPage::undoDismiss(const QModelIndex &index)
{
    const QString name = index.data(Roles::PersonName).toString();
    if (m_service.restoreSuggestion(m_member, index.data(Roles::PersonId).toLongLong()))
        showFeedback(tr("%1 may be suggested again.").arg(name), false);
}

QString MyNetworkPage::feedbackText() const
{
    return m_bar ? m_bar->text() : QString();
}

void MyNetworkPage::setMember(qint64 memberId)
{
    m_member = memberId;
    m_counts.reset();
    m_received->setMember(memberId);
    m_sent->setMember(memberId);
    // The counts are asked for before people you may know: the worker
    // answers in order, and they are quick.
    refresh();
    m_suggestions->setMember(memberId);
    showSent(false);
    clearFeedback();
    m_ui->inviteEmail->clear();
}

QString MyNetworkPage::dateText(qint64 ms) const
{
    return DateText::longDate(ms);
}

void MyNetworkPage::refresh()
{
    const Network &network = m_service.network();
    const std::optional<Member> me = network.member(m_member);
    m_ui->memberName->setText(me ? me->name : tr("Unknown member"));
    m_ui->memberHeadline->setText(me ? me->headline : QString());
    m_ui->weeklyRemaining->setText(
        tr("You can send %n more invitation(s) this week.", "", m_service.remainingThisWeek(m_member)));
    applyCounts();
    m_countsRequest = m_worker.requestCounts(m_member, m_clock.nowMs());
}

void MyNetworkPage::applyCounts()
{
    if (!m_counts) {
        const QString later = QStringLiteral("…");
        showCounts(later, later, later, later, later);
        m_ui->seeAllButton->setVisible(false);
        return;
    }
    const NetworkCounts &c = *m_counts;
    const QLocale locale;
    showCounts(locale.toString(c.connections), locale.toString(c.contacts), locale.toString(c.sentPending),
               locale.toString(c.unreadNotifications), locale.toString(c.receivedPending));
    // A screen reader reads each count with what it counts.
    m_ui->connectionsCount->setAccessibleName(tr("%Ln connection(s)", "", c.connections));
    m_ui->contactsCount->setAccessibleName(tr("%Ln imported contact(s)", "", c.contacts));
    m_ui->sentCount->setAccessibleName(tr("%Ln sent invitation(s) awaiting an answer", "", c.sentPending));
    m_ui->notificationsCount->setAccessibleName(tr("%Ln unread notification(s)", "", c.unreadNotifications));
    m_ui->seeAllButton->setVisible(c.receivedPending > kCollapsedRows);
}

void MyNetworkPage::showCounts(const QString &connections, const QString &contacts, const QString &sent,
                               const QString &notifications, const QString &received)
{
    m_ui->connectionsCount->setText(connections);
    m_ui->contactsCount->setText(contacts);
    m_ui->sentCount->setText(sent);
    m_ui->notificationsCount->setText(notifications);
    m_ui->receivedTitle->setText(tr("Invitations (%1)").arg(received));
    m_ui->receivedAllTitle->setText(m_ui->receivedTitle->text());
    // The count is in the row just above: not twice.
    m_ui->showSentButton->setText(tr("Manage sent invitations ›"));
    m_ui->sentTitle->setText(tr("Sent invitations (%1)").arg(sent));
}

void MyNetworkPage::retranslate()
{
    m_ui->receivedView->setEmptyText(tr("No pending invitations. Invitations people send you appear here."));
    m_ui->receivedAllView->setEmptyText(m_ui->receivedView->emptyText());
    m_ui->receivedAllView->setAccessibleName(tr("All received invitations"));
    m_ui->sentView->setEmptyText(tr("You have no invitations waiting for an answer."));
    m_ui->receivedView->setAccessibleName(tr("Received invitations"));
    m_ui->withdrawOldButton->setAccessibleDescription(
        tr("Lists the invitations you sent more than a chosen number of weeks ago, to withdraw them together"));
    m_ui->sentView->setAccessibleName(tr("Sent invitations"));
    m_ui->suggestionsView->setAccessibleName(tr("People you may know"));
    m_ui->suggestionsView->setEmptyText(m_suggestions->isLoading() ? tr("Finding people you may know…")
                                                                   : tr("No suggestions right now."));
    m_ui->backButton->setText(tr("‹ Back"));
    m_ui->receivedBackButton->setText(tr("‹ Back"));
    m_ui->seeAllButton->setText(tr("See all"));
    m_ui->withdrawOldButton->setText(tr("Withdraw older…"));
    refresh();
}

void MyNetworkPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        clearFeedback(); // it was written in the other language
        retranslate();
    }
    QWidget::changeEvent(event);
}

void MyNetworkPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeSidePanel(width() < kNarrowWidth);
}

// Below about 1000 px the lists take the whole width and the side panel
// folds under them (scrolled to, as on the real page's narrow layout): a
// German card keeps its names and dates whole at 800×600.
void MyNetworkPage::placeSidePanel(bool below)
{
    if (below == m_sidePanelBelow)
        return;
    m_sidePanelBelow = below;
    QFrame *side = m_ui->sidePanel;
    if (below) {
        m_ui->pageLayout->removeWidget(side);
        // Before the spacer that ends the overview.
        m_ui->overviewContentLayout->insertWidget(m_ui->overviewContentLayout->count() - 1, side);
        side->setMaximumWidth(QWIDGETSIZE_MAX);
    } else {
        m_ui->overviewContentLayout->removeWidget(side);
        m_ui->pageLayout->insertWidget(0, side);
        side->setMaximumWidth(kSidePanelWidth);
    }
    side->show();
    orderTabs(below);
}

// Tab follows what is seen: the side panel's fields before the lists
// beside them, after the lists when folded under them.
void MyNetworkPage::orderTabs(bool sidePanelLast)
{
    QList<QWidget *> side;
    for (QWidget *w = nextInFocusChain(); w != this; w = w->nextInFocusChain()) {
        if (m_ui->sidePanel->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            side << w;
    }
    const QList<QWidget *> lists{m_ui->seeAllButton, m_ui->receivedView, m_ui->suggestionsView};
    const QList<QWidget *> order = sidePanelLast ? lists + side : side + lists;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

MessageBar *MyNetworkPage::messageBar()
{
    if (!m_bar)
        m_bar = new MessageBar(this); // a page without a window: its own
    return m_bar;
}

void MyNetworkPage::showFeedback(const QString &text, bool refused)
{
    messageBar()->showMessage(text, refused);
}

void MyNetworkPage::clearFeedback()
{
    if (m_bar)
        m_bar->dismiss();
}

void MyNetworkPage::report(const ActionResult &result, const QString &success)
{
    if (result.ok())
        showFeedback(success, false);
    else
        showFeedback(result.message, true);
}

void MyNetworkPage::onReceivedAction(const QModelIndex &index, InvitationDelegate::Action action)
{
    const qint64 id = index.data(Roles::InvitationId).toLongLong();
    const QString name = index.data(Roles::PersonName).toString();
    if (action == InvitationDelegate::Action::Accept) {
        report(m_service.accept(m_member, id), tr("You and %1 are now connected.").arg(name));
    } else if (action == InvitationDelegate::Action::Ignore) {
        const qint64 member = m_member;
        messageBar()->offerCardUndo({m_ui->receivedView, m_ui->receivedAllView}, index,
                                    tr("Invitation from %1 ignored. %1 won't be notified.").arg(name),
                                    [this, member, id] { return m_service.ignore(member, id); });
    }
}

void MyNetworkPage::onSentAction(const QModelIndex &index, InvitationDelegate::Action action)
{
    if (action != InvitationDelegate::Action::Withdraw)
        return;
    const qint64 id = index.data(Roles::InvitationId).toLongLong();
    const QString name = index.data(Roles::PersonName).toString();
    const qint64 again = m_clock.nowMs() + m_service.rules().cooldownMs;
    if (!Prompts::confirm(
            this, tr("Withdraw invitation"),
            tr("Withdraw your invitation to %1? You can invite %1 again on %2.").arg(name, dateText(again)),
            tr("Withdraw")))
        return;
    // R8's cool-down starts when the offer ends and the invitation is
    // withdrawn; the date told is that of now, the same day.
    const qint64 member = m_member;
    messageBar()->offerCardUndo(
        {m_ui->sentView}, index,
        tr("Invitation to %1 withdrawn. You can invite %1 again on %2.").arg(name, dateText(again)),
        [this, member, id] { return m_service.withdraw(member, id); });
}

WithdrawOldDialog *MyNetworkPage::withdrawOlderThan(int weeks)
{
    auto *dialog = new WithdrawOldDialog(m_service, m_clock, m_member, weeks, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<qint64> ids = dialog->invitationIds();
        if (ids.isEmpty())
            return;
        const qint64 again = m_clock.nowMs() + m_service.rules().cooldownMs;
        report(m_service.withdrawAll(m_member, ids),
               tr("%Ln invitation(s) withdrawn. You can invite them again on %1.", "", int(ids.size()))
                   .arg(dateText(again)));
    });
    dialog->open();
    return dialog;
}

void MyNetworkPage::inviteByEmail()
{
    const QString address = m_ui->inviteEmail->text().trimmed();
    if (address.isEmpty())
        return;
    const ActionResult r = m_service.inviteByEmail(m_member, address, QString(), InvitationSource::EmailInvite);
    QString success = tr("Invitation sent to %1.").arg(address);
    if (r.acceptedInstead)
        success = tr("%1 had already invited you: you are now connected.").arg(address);
    report(r, success);
    if (r.ok())
        m_ui->inviteEmail->clear();
}
