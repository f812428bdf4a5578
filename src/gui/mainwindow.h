#pragma once

#include "store/storeconfig.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class MainWindow;
}
class AppContext;
class ConnectionsPage;
class ContactsDialog;
class ElidedLabel;
class ImportDialog;
class ConnectDialog;
class JoinDialog;
class ProfileDialog;
class RestoreDialog;
class InvitationService;
class MessagesPage;
class MyNetworkPage;
class ProfilePage;
class QLabel;
class QLineEdit;
class QStackedWidget;
class SearchPage;
class SimulatedClock;
class Store;
class MessageBar;
class StoreStatus;

// The window: the My Network page of the member it acts as, the menus to
// switch member, move simulated time and change the language.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(AppContext &context, qint64 memberId, QWidget *parent = nullptr);
    ~MainWindow() override;

    qint64 memberId() const { return m_memberId; }
    void switchMember(qint64 memberId);
    MyNetworkPage *page() const { return m_page; }
    MessagesPage *messagesPage() const { return m_messages; }
    ProfilePage *profilePage() const { return m_profile; }
    SearchPage *searchPage() const { return m_search; }
    ConnectionsPage *connectionsPage() const { return m_connections; }
    enum class Page { MyNetwork, Notifications, Outbox, Profile, Search, Connections };
    void showPage(Page page);
    void showProfile(qint64 memberId);
    void search(const QString &text);
    QString timeText() const;
    StoreStatus *storeStatus() const { return m_storeStatus; }
    MessageBar *messageBar() const { return m_messageBar; }
    // Help → User guide (F1), or Help → About.
    void triggerHelp(bool guide);
    // Opens (or raises) the dialogs of Grow your network.
    ImportDialog *openImportDialog();
    ContactsDialog *openContactsDialog();
    RestoreDialog *openRestoreDialog();
    // R19: one's own profile editor, window-modal; Welcome only for a
    // picture of the first start (the app shows that before any window).
    ProfileDialog *openProfileEditor(bool welcome = false);
    // R21: joining a team network with an invitation code.
    JoinDialog *openJoinDialog();
    // Network → Connect to a team server…, open over the window.
    ConnectDialog *openConnectDialog();
    // R20/R21: a sample of the e-mail an invited person receives.
    void openInvitationMail();
    // On the first show, ask about a copy from simulated time left by a
    // window that closed while time was simulated (the app does; pictures
    // and tests do not).
    void setAskAboutLeftoverSandbox(bool ask) { m_askAboutLeftoverSandbox = ask; }
    // Size and place as the person left them (QSettings), else a default.
    void restoreLastGeometry();

signals:
    // The person chose to open another store (a team server, or the local
    // store again): the app reopens on it.
    void storeChosen(const StoreConfig &config);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    // An address book dropped onto the window is imported (the importer
    // refuses the store's own files without opening them).
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupNavigation();
    void connectPages();
    void setupStatusBar(AppContext &context);
    void setupMenus();
    void updateTitle();
    void updateStoreLabel();
    void updateTime();
    void advanceToDate();
    // Before the clock first leaves real time: a copy of the network to
    // return to. False if the person would rather not move the clock.
    bool enterSimulatedTime();
    void backToRealTime();
    void pickMember();
    void editProfile() { openProfileEditor(); }
    void joinTeam();
    void useLocalStore();
    void setLanguage(const QString &code);
    void tellStoreLanguage();
    void updateUnread();
    void clearMessages();
    void openNotification(const QModelIndex &index);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Store &m_store;
    InvitationService &m_service;
    SimulatedClock &m_clock;
    QStackedWidget *m_stack;
    MyNetworkPage *m_page;
    MessagesPage *m_messages;
    ProfilePage *m_profile;
    SearchPage *m_search;
    ConnectionsPage *m_connections;
    QLineEdit *m_searchField;
    Page m_previous = Page::MyNetwork;
    Page m_current = Page::MyNetwork;
    QLabel *m_timeLabel;
    ElidedLabel *m_storeLabel;
    StoreStatus *m_storeStatus;
    MessageBar *m_messageBar; // over the pages, for every page's answers
    bool m_team = false;
    QString m_login;
    QTimer m_minuteTimer;
    qint64 m_memberId = 0;
    bool m_shownOnce = false;
    bool m_askAboutLeftoverSandbox = false;
    QPointer<ImportDialog> m_importDialog;
    QPointer<RestoreDialog> m_restoreDialog;
    QPointer<ContactsDialog> m_contactsDialog;
};
