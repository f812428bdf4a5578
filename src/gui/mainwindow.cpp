#include "gui/mainwindow.h"

#include "gui/cardlistview.h"
#include "team/invitationmail.h"
#include "team/teamidentity.h"
#include "ui_mainwindow.h"

#include "base/clock.h"
#include "base/datetext.h"
#include "gui/connectdialog.h"
#include "gui/connectionspage.h"
#include "gui/contactsdialog.h"
#include "gui/elidedlabel.h"
#include "gui/help.h"
#include "gui/importdialog.h"
#include "gui/joindialog.h"
#include "gui/language.h"
#include "gui/memberpicker.h"
#include "gui/messagebar.h"
#include "gui/messagespage.h"
#include "gui/mynetworkpage.h"
#include "gui/profiledialog.h"
#include "gui/profilepage.h"
#include "gui/prompts.h"
#include "gui/restoredialog.h"
#include "gui/searchpage.h"
#include "gui/storestatus.h"
#include "gui/style.h"
#include "gui/teamsettings.h"
#include "models/invitationlistmodel.h"
#include "models/messagelistmodel.h"
#include "models/photocache.h"
#include "models/roles.h"
#include "rules/invitationservice.h"
#include "runtime/appcontext.h"
#include "runtime/timesandbox.h"
#include "store/changefeed.h"
#include "store/store.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

MainWindow::MainWindow(AppContext &context, qint64 memberId, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(context.store())
    , m_service(context.service())
    , m_clock(context.clock())
    , m_stack(new QStackedWidget(this))
    , m_page(new MyNetworkPage(context.service(), context.clock(), context.suggestions(), m_stack))
    , m_messages(new MessagesPage(context.service(), m_stack))
    , m_profile(new ProfilePage(context.service(), context.clock(), m_stack))
    , m_search(new SearchPage(context.service(), m_stack))
    , m_connections(new ConnectionsPage(context.service(), context.clock(), m_stack))
    , m_searchField(new QLineEdit(this))
    , m_timeLabel(new QLabel(this))
    , m_storeLabel(new ElidedLabel(this))
    , m_storeStatus(new StoreStatus(context.engineStatus(), this))
    , m_messageBar(new MessageBar(m_stack, this))
    , m_team(context.store().config().isTeam())
    , m_login(context.login())
{
    m_ui->setupUi(this);
    for (QWidget *page :
         {static_cast<QWidget *>(m_page), static_cast<QWidget *>(m_messages), static_cast<QWidget *>(m_profile),
          static_cast<QWidget *>(m_search), static_cast<QWidget *>(m_connections)})
        m_stack->addWidget(page);
    setCentralWidget(m_stack);
    setAcceptDrops(true);
    // Every card of this window paints people's photos from here; a new
    // photo, from this window or another, is painted at once.
    auto *photos = new PhotoCache(context.service().network(), context.store().feed(), this);
    connect(photos, &PhotoCache::changed, this, [this] {
        for (CardListView *list : findChildren<CardListView *>())
            list->viewport()->update();
    });
    setupNavigation();
    connectPages();
    setupStatusBar(context);
    setupMenus();
    connect(&m_clock, &Clock::changed, this, &MainWindow::updateTime);
    // "Limit reached" is not true a month later.
    connect(&m_clock, &Clock::changed, this, &MainWindow::clearMessages);
    m_minuteTimer.setSingleShot(true);
    connect(&m_minuteTimer, &QTimer::timeout, this, &MainWindow::updateTime);
    switchMember(memberId);
    updateTime();
    // A round trip to a team server: after the first paint, not before.
    QTimer::singleShot(0, this, &MainWindow::tellStoreLanguage);
}

// The search field and the page buttons of the toolbar.
void MainWindow::setupNavigation()
{
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMaximumWidth(320);
    m_searchField->setPlaceholderText(tr("Search people"));
    m_searchField->setAccessibleName(tr("Search people by name, headline or company"));
    m_ui->navigationBar->insertWidget(m_ui->myNetworkAction, m_searchField);
    m_ui->navigationBar->insertSeparator(m_ui->myNetworkAction);
    // A toolbar's buttons are not Tab stops by default; these are the
    // page's main navigation, so the keyboard must reach them.
    QWidget *previous = m_searchField;
    for (QAction *action : {m_ui->myNetworkAction, m_ui->notificationsAction, m_ui->outboxAction}) {
        if (QWidget *button = m_ui->navigationBar->widgetForAction(action)) {
            button->setFocusPolicy(Qt::TabFocus);
            setTabOrder(previous, button);
            previous = button;
        }
    }
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] { search(m_searchField->text()); });
    // A screen reader's Toggle only toggles (no click, no trigger): the
    // page follows the check, and unchecking the shown page checks it again.
    const QList<QPair<QAction *, Page>> pages{{m_ui->myNetworkAction, Page::MyNetwork},
                                              {m_ui->notificationsAction, Page::Notifications},
                                              {m_ui->outboxAction, Page::Outbox}};
    for (const auto &[action, page] : pages) {
        connect(action, &QAction::toggled, this, [this, page = page](bool on) { showPage(on ? page : m_current); });
        connect(action, &QAction::triggered, this, [this, page = page] { showPage(page); });
    }
}

// What the pages ask of the window: another page, a profile, a dialog, a
// message over the page (shown once: not again in the status bar).
void MainWindow::connectPages()
{
    m_page->setMessageBar(m_messageBar);
    m_connections->setMessageBar(m_messageBar);
    connect(m_profile, &ProfilePage::feedback, m_messageBar, &MessageBar::showMessage);
    connect(m_search, &SearchPage::feedback, m_messageBar, &MessageBar::showMessage);
    connect(m_connections, &ConnectionsPage::feedback, m_messageBar, &MessageBar::showMessage);
    connect(m_connections, &ConnectionsPage::profileRequested, this, &MainWindow::showProfile);
    connect(m_connections, &ConnectionsPage::backRequested, this, [this] { showPage(Page::MyNetwork); });
    connect(m_page, &MyNetworkPage::connectionsRequested, this, [this] { showPage(Page::Connections); });
    connect(m_page, &MyNetworkPage::profileRequested, this, &MainWindow::showProfile);
    connect(m_page, &MyNetworkPage::importRequested, this, &MainWindow::openImportDialog);
    connect(m_page, &MyNetworkPage::manageContactsRequested, this, &MainWindow::openContactsDialog);
    connect(m_search, &SearchPage::profileRequested, this, &MainWindow::showProfile);
    connect(m_profile, &ProfilePage::profileRequested, this, &MainWindow::showProfile);
    connect(m_profile, &ProfilePage::backRequested, this, [this] { showPage(m_previous); });
    connect(m_profile, &ProfilePage::editProfileRequested, this, &MainWindow::editProfile);
    connect(m_messages->notifications(), &MessageListModel::unreadCountChanged, this, &MainWindow::updateUnread);
    connect(m_messages, &MessagesPage::notificationOpened, this, &MainWindow::openNotification);
}

// The store's state, its name on a team store, and the network's time.
void MainWindow::setupStatusBar(AppContext &context)
{
    statusBar()->addPermanentWidget(m_storeStatus);
    for (SyncedListModel *model : std::initializer_list<SyncedListModel *>{
             m_page->receivedModel(), m_page->sentModel(), m_messages->notifications(), m_messages->outbox()})
        connect(model, &SyncedListModel::readFailed, m_storeStatus, &StoreStatus::showReadFailure);
    connect(m_service.store().feed(), &ChangeFeed::readFailed, m_storeStatus, &StoreStatus::showReadFailure);
    // A restore (from a backup, or out of simulated time) replaced it all:
    // the name in the title too, and an earlier read failure is history.
    connect(m_service.store().feed(), &ChangeFeed::changed, this, [this](const ChangeSet &changes) {
        if (!changes.everything)
            return;
        updateTitle();
        m_storeStatus->showReadFailure(QString());
    });
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->addPermanentWidget(m_timeLabel);
    if (m_team)
        m_storeStatus->follow(context.link(), context.store().config().serverName());
    m_timeLabel->setAccessibleName(tr("Current time of the network"));
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_storeLabel->setVisible(m_team);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Typing after the window opens searches, as on the real page; Tab
    // goes on from there. (Before the first show Qt would pick the first
    // button of the page instead.)
    if (!m_shownOnce) {
        m_shownOnce = true;
        m_searchField->setFocus(Qt::OtherFocusReason);
        // Quit while time was simulated: the question was never answered.
        if (m_askAboutLeftoverSandbox && !m_clock.isSimulated() && TimeSandbox::hasSnapshot(m_store))
            QTimer::singleShot(0, this, &MainWindow::backToRealTime);
    }
}

MainWindow::~MainWindow()
{
    // An action waiting on its Undo offer is done while the pages that
    // offered it still exist.
    m_messageBar->dismiss();
}

void MainWindow::setupMenus()
{
    connect(m_ui->switchMemberAction, &QAction::triggered, this, &MainWindow::pickMember);
    connect(m_ui->editProfileAction, &QAction::triggered, this, &MainWindow::editProfile);
    connect(m_ui->importAction, &QAction::triggered, this, &MainWindow::openImportDialog);
    connect(m_ui->manageContactsAction, &QAction::triggered, this, &MainWindow::openContactsDialog);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->connectTeamAction, &QAction::triggered, this, &MainWindow::openConnectDialog);
    connect(m_ui->joinTeamAction, &QAction::triggered, this, &MainWindow::joinTeam);
    connect(m_ui->localStoreAction, &QAction::triggered, this, &MainWindow::useLocalStore);
    m_ui->localStoreAction->setVisible(m_team);
    connect(m_ui->restoreBackupAction, &QAction::triggered, this, &MainWindow::openRestoreDialog);
    connect(m_ui->userGuideAction, &QAction::triggered, this, [this] { Help::showUserGuide(this); });
    connect(m_ui->aboutAction, &QAction::triggered, this,
            [this] { Help::showAbout(this, m_store.config().displayName()); });
    m_ui->restoreBackupAction->setVisible(!m_team); // a team store's backups are its server's
    connect(m_ui->advanceDayAction, &QAction::triggered, this, [this] {
        if (enterSimulatedTime())
            m_clock.advance(kMsPerDay);
    });
    connect(m_ui->advanceWeekAction, &QAction::triggered, this, [this] {
        if (enterSimulatedTime())
            m_clock.advance(7 * kMsPerDay);
    });
    connect(m_ui->advanceMonthAction, &QAction::triggered, this, [this] {
        if (enterSimulatedTime())
            m_clock.advanceMonths(1);
    });
    connect(m_ui->advanceToDateAction, &QAction::triggered, this, &MainWindow::advanceToDate);
    connect(m_ui->realTimeAction, &QAction::triggered, this, &MainWindow::backToRealTime);
    // A choice of one: the menu shows them as such (radio items).
    auto *languages = new QActionGroup(this);
    languages->setExclusive(true);
    languages->addAction(m_ui->germanAction);
    languages->addAction(m_ui->englishAction);
    connect(m_ui->germanAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("de")); });
    connect(m_ui->englishAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
    m_ui->switchMemberAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->advanceDayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    // R15: a shared store runs on real time, and a person is who they
    // signed in as.
    if (m_team) {
        m_ui->timeMenu->menuAction()->setVisible(false);
        for (QAction *action : m_ui->timeMenu->actions())
            action->setEnabled(false);
        m_ui->switchMemberAction->setVisible(false);
        m_ui->switchMemberAction->setEnabled(false);
    }
    m_ui->germanAction->setChecked(Language::current() == QLatin1String("de"));
    m_ui->englishAction->setChecked(Language::current() != QLatin1String("de"));
}

void MainWindow::setLanguage(const QString &code)
{
    Language::apply(code);
    m_ui->germanAction->setChecked(code == QLatin1String("de"));
    m_ui->englishAction->setChecked(code == QLatin1String("en"));
    tellStoreLanguage();
}

// R20: a team store writes the e-mails sent in this person's name in the
// language their window speaks.
void MainWindow::tellStoreLanguage()
{
    QString error;
    if (!TeamIdentity::setLanguage(m_store, Language::current(), &error))
        qWarning("The team store did not take the language: %s", qPrintable(error));
}

namespace {

// The one local file a drop carries, or nothing: a drop's data are names
// here, never read from the file.
QString droppedFile(const QMimeData *data)
{
    const QList<QUrl> urls = data ? data->urls() : QList<QUrl>();
    return urls.size() == 1 && urls.constFirst().isLocalFile() ? urls.constFirst().toLocalFile() : QString();
}

}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openImportDialog()->openFile(path);
}

ImportDialog *MainWindow::openImportDialog()
{
    // One member's import at a time: a switch of member closes it.
    if (!m_importDialog) {
        m_importDialog = new ImportDialog(m_service, m_clock, m_memberId, this);
        m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_importDialog, &ImportDialog::contactsKept, m_page, &MyNetworkPage::contactsChanged);
        connect(m_importDialog, &ImportDialog::contactsKept, m_messageBar,
                [this](const QString &text) { m_messageBar->showMessage(text, false); });
    }
    m_importDialog->show();
    m_importDialog->raise();
    m_importDialog->activateWindow();
    return m_importDialog;
}

RestoreDialog *MainWindow::openRestoreDialog()
{
    if (!m_restoreDialog) {
        m_restoreDialog = new RestoreDialog(m_store, m_clock, this);
        m_restoreDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_restoreDialog->show();
    m_restoreDialog->raise();
    m_restoreDialog->activateWindow();
    return m_restoreDialog;
}

ContactsDialog *MainWindow::openContactsDialog()
{
    if (!m_contactsDialog) {
        m_contactsDialog = new ContactsDialog(m_service.store(), m_memberId, this);
        m_contactsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_contactsDialog, &ContactsDialog::contactsChanged, m_page, &MyNetworkPage::contactsChanged);
    }
    m_contactsDialog->reload();
    m_contactsDialog->show();
    m_contactsDialog->raise();
    return m_contactsDialog;
}

// R19: one's own profile, from the Network menu or one's profile page.
ProfileDialog *MainWindow::openProfileEditor(bool welcome)
{
    auto *dialog = new ProfileDialog(welcome ? ProfileDialog::Mode::Welcome : ProfileDialog::Mode::Edit, m_service,
                                     welcome ? 0 : m_memberId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { m_messageBar->showMessage(tr("Your profile was saved."), false); });
    dialog->open();
    return dialog;
}

void MainWindow::switchMember(qint64 memberId)
{
    for (QDialog *dialog :
         {static_cast<QDialog *>(m_importDialog.data()), static_cast<QDialog *>(m_contactsDialog.data())}) {
        if (dialog)
            dialog->close();
    }
    showPage(Page::MyNetwork);
    clearMessages();
    m_searchField->clear();
    m_memberId = memberId;
    m_page->setMember(memberId);
    m_messages->setMember(memberId);
    m_connections->setMember(memberId);
    updateTitle();
}

void MainWindow::showPage(Page page)
{
    if (page == Page::Profile && m_current != Page::Profile)
        m_previous = m_current;
    if (page != m_current)
        clearMessages();
    m_current = page;
    QWidget *widget = m_messages;
    if (page == Page::MyNetwork)
        widget = m_page;
    else if (page == Page::Profile)
        widget = m_profile;
    else if (page == Page::Search)
        widget = m_search;
    else if (page == Page::Connections)
        widget = m_connections;
    m_stack->setCurrentWidget(widget);
    if (page == Page::Notifications || page == Page::Outbox)
        m_messages->showOutbox(page == Page::Outbox);
    m_ui->myNetworkAction->setChecked(page == Page::MyNetwork);
    m_ui->notificationsAction->setChecked(page == Page::Notifications);
    m_ui->outboxAction->setChecked(page == Page::Outbox);
}

void MainWindow::openNotification(const QModelIndex &index)
{
    const qint64 person = index.data(Roles::PersonId).toLongLong();
    const bool reminder = NotificationKind(index.data(Roles::MessageKind).toInt()) != NotificationKind::Accepted;
    // A reminder of an invitation still open leads to it; an acceptance, or
    // an invitation answered or expired since, to the person.
    if (reminder && index.data(Roles::IsOpen).toBool()) {
        const qint64 invitation = index.data(Roles::InvitationId).toLongLong();
        showPage(Page::MyNetwork);
        if (m_page->showInvitation(invitation))
            return;
    }
    if (person != 0)
        showProfile(person);
}

void MainWindow::clearMessages()
{
    m_messageBar->dismiss();
}

void MainWindow::showProfile(qint64 memberId)
{
    m_profile->showProfile(m_memberId, memberId);
    showPage(Page::Profile);
}

void MainWindow::search(const QString &text)
{
    m_search->search(m_memberId, text);
    showPage(Page::Search);
}

void MainWindow::updateUnread()
{
    const int unread = m_messages->notifications()->unreadCount();
    m_ui->notificationsAction->setText(unread ? tr("Notifications (%1)").arg(QLocale().toString(unread))
                                              : tr("Notifications"));
}

// Window-modal and not exec()'d, as every dialog a menu opens: a screen
// reader's Press on the menu item gets its answer at once (exec() held it
// until the dialog closed).
void MainWindow::pickMember()
{
    auto *picker = new MemberPicker(m_service.store(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        if (picker->selectedMember() != 0)
            switchMember(picker->selectedMember());
    });
    picker->open();
}

ConnectDialog *MainWindow::openConnectDialog()
{
    const StoreConfig &current = m_service.store().config();
    auto *dialog = new ConnectDialog(current.isTeam() ? current : TeamSettings::last(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit storeChosen(dialog->config()); });
    dialog->open();
    return dialog;
}

// R21: a new member of a team store, from an invitation e-mail; the app
// reopens on that store as them.
void MainWindow::joinTeam()
{
    openJoinDialog();
}

JoinDialog *MainWindow::openJoinDialog()
{
    auto *dialog = new JoinDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit storeChosen(dialog->signIn()); });
    dialog->open();
    return dialog;
}

// What an invited person receives (R20, R21), as a sample in the window's
// language: for the administrator's guide and anyone who wonders.
void MainWindow::openInvitationMail()
{
    OutboxMail mail;
    const std::optional<Member> me = m_service.network().member(m_memberId);
    mail.senderName = me ? me->name : QStringLiteral("Anna Koch");
    mail.senderEmail = me ? me->email : QStringLiteral("anna.koch@example.org");
    mail.to = QStringLiteral("lea.brandt@example.net");
    mail.language = Language::current();
    mail.note = tr("Hello Lea, it was good to meet you at the conference in Berlin.");
    mail.expiresMs = m_clock.nowMs() + 180 * kMsPerDay;
    mail.joinServer = QStringLiteral("postgresql://mynetwork_join_16384@db.example.org:5432/mynetwork");
    mail.joinCode = QStringLiteral("K7QF-2M4X-TB9H-C3WN-PZ6R-8JDA-VYL5-GE2S");
    mail.joinLine = mail.joinServer + QStringLiteral("?code=K7QF2M4XTB9HC3WNPZ6R8JDAVYL5GE2S");
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(InvitationMail::subject(mail));
    auto *layout = new QVBoxLayout(dialog);
    auto *view = new QTextBrowser(dialog);
    view->setHtml(InvitationMail::html(mail));
    layout->addWidget(view);
    Style::fitToScreen(dialog, QSize(640, 520));
    dialog->open();
}

void MainWindow::useLocalStore()
{
    TeamSettings::useLocalStore();
    emit storeChosen(StoreConfig::defaultSqlite());
}

void MainWindow::advanceToDate()
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toLocalTime();
    const std::optional<QDate> date = Prompts::askDate(this, tr("Advance to a date"), tr("Date:"),
                                                       now.date().addMonths(1), now.date().addDays(1));
    if (!date || !enterSimulatedTime())
        return;
    m_clock.setNow(QDateTime(*date, now.time()).toMSecsSinceEpoch());
}

bool MainWindow::enterSimulatedTime()
{
    if (m_clock.isSimulated() || !m_store.dialect().isSQLite())
        return true;
    QString error;
    if (TimeSandbox::take(m_store, &error))
        return true;
    // Without the copy there is no way back: the person decides.
    return Prompts::confirm(this, tr("Simulated time"),
                            tr("No copy of the network could be kept (%1), so going back to real time will not be "
                               "able to undo what happens in simulated time. Move the clock anyway?")
                                .arg(error),
                            tr("Move the clock"));
}

void MainWindow::backToRealTime()
{
    Store &store = m_store;
    if (!TimeSandbox::hasSnapshot(store)) {
        m_clock.resetToRealTime();
        return;
    }
    const int choice = Prompts::choose(
        this, tr("Back to real time"),
        tr("While time was simulated, invitations were reminded, expired or answered, and some actions carry later "
           "dates than today. Keep what happened, or return the network to how it was before you first moved the "
           "clock?"),
        {tr("Return to before"), tr("Keep what happened")});
    if (choice < 0)
        return;
    m_clock.resetToRealTime();
    QString error;
    const bool ok = choice == 0 ? TimeSandbox::restore(store, &error) : TimeSandbox::discard(store, &error);
    if (!ok) {
        m_messageBar->showMessage(error, true);
        return;
    }
    if (choice == 0) {
        emit m_service.scheduleChanged(); // due times are the old ones again
        m_messageBar->showMessage(tr("The network is back as it was before simulated time."), false);
    }
}

void MainWindow::updateTitle()
{
    const std::optional<Member> me = m_service.network().member(m_memberId);
    // The application's display name follows on its own ("Birgit Kaya —
    // My Network"), so the title names only the person.
    setWindowTitle(me ? me->name : QString());
    updateStoreLabel();
}

void MainWindow::updateStoreLabel()
{
    if (!m_team)
        return;
    const std::optional<Member> me = m_service.network().member(m_memberId);
    const StoreConfig &config = m_service.store().config();
    m_storeLabel->setFullText(tr("Team store %1/%2 · signed in as %3 (%4)")
                                  .arg(config.serverName(), config.databaseName, me ? me->name : QString(), m_login));
}

QString MainWindow::timeText() const
{
    const QString when = DateText::dateTime(m_clock.nowMs());
    return m_clock.isSimulated() ? tr("Simulated time: %1").arg(when) : tr("Real time: %1").arg(when);
}

void MainWindow::updateTime()
{
    m_timeLabel->setText(timeText());
    // Woken just after the shown minute turns, so the clock never lags.
    constexpr qint64 minuteMs = 60 * 1000;
    m_minuteTimer.start(int(minuteMs - m_clock.nowMs() % minuteMs) + 20);
    m_ui->realTimeAction->setEnabled(m_clock.isSimulated());
}

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
}

void MainWindow::restoreLastGeometry()
{
    if (restoreGeometry(QSettings().value(kGeometryKey).toByteArray()))
        return;
    const QSize preferred(1100, 760);
    // resize() does not count the frame: leave room for a title bar.
    const QSize withFrame = preferred + QSize(0, 40);
    const QScreen *s = screen();
    const QSize available = s ? s->availableGeometry().size() : withFrame;
    if (available.width() < withFrame.width() || available.height() < withFrame.height()) {
        // A small screen: all of it, title bar included, not more.
        resize(available);
        setWindowState(windowState() | Qt::WindowMaximized);
        return;
    }
    resize(preferred);
}

void MainWindow::triggerHelp(bool guide)
{
    (guide ? m_ui->userGuideAction : m_ui->aboutAction)->trigger();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_messageBar->dismiss(); // the window closing ends an Undo offer

    QSettings().setValue(kGeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        clearMessages();
        m_searchField->setPlaceholderText(tr("Search people"));
        m_searchField->setAccessibleName(tr("Search people by name, headline or company"));
        m_timeLabel->setAccessibleName(tr("Current time of the network"));
        updateTitle();
        updateTime();
        updateUnread();
    }
    QMainWindow::changeEvent(event);
}
