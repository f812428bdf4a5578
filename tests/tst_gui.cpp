#include "base/datetext.h"
#include "guiapp.h"
#include "testsupport.h"

#include "base/clock.h"
#include "gui/cardlistview.h"
#include "gui/cardpainter.h"
#include "gui/connectionspage.h"
#include "gui/contactsdialog.h"
#include "gui/importdialog.h"
#include "gui/invitationdelegate.h"
#include "gui/mainwindow.h"
#include "gui/messagebar.h"
#include "gui/messagespage.h"
#include "gui/mynetworkpage.h"
#include "gui/profilepage.h"
#include "gui/prompts.h"
#include "gui/searchpage.h"
#include "gui/style.h"
#include "gui/withdrawolddialog.h"
#include "import/contactrepository.h"
#include "models/contactlistmodel.h"
#include "models/importpreviewmodel.h"
#include "models/invitationlistmodel.h"
#include "models/membersearchmodel.h"
#include "models/messagelistmodel.h"
#include "models/roles.h"
#include "models/suggestionsmodel.h"
#include "models/withdrawcandidatesmodel.h"
#include "rules/expiryengine.h"
#include "rules/invitationservice.h"
#include "runtime/appcontext.h"
#include "store/changefeed.h"
#include "store/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

class TestGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup()
    {
        Prompts::setConfirmHandler(nullptr);
        Prompts::setFileHandler(nullptr);
    }
    void acceptMovesPersonIntoConnections();
    void ignoreRemovesTheCard();
    void undoLeavesTheStoreAsItWas();
    void helpOpensTheGuideAndAbout();
    void tabFollowsTheFoldedSidePanel();
    void withdrawAsksThenShowsCoolDown();
    void refusedActionShowsTheRule();
    void sevenMonthsLaterListsAreEmpty();
    void switchMemberAndAcceptTheirInvitation();
    void windowRemembersItsSizeAndPlace();
    void keyboardPressesTheFocusedButton();
    void bulkWithdrawListsWhoAndWhen();
    void inviteByEmailField();
    void connectOnSuggestionMovesItToSent();
    void suggestionsGridWithTheKeyboard();
    void remindersAndAcceptancesInNotifications();
    void profileShowsTheRightButtonAndPrivacy();
    void clickingACardOpensTheProfile();
    void searchResultsConnectAtTheRight();
    void outboxShowsMailsToNonMembers();
    void dismissedSuggestionLeaves();
    void languageSwitchesWhileOpen();
    void importMapsUnknownHeaderThenInvitesTwo();
    void importCancelKeepsNothing();
    void importGroupsCountUnderTheFilter();
    void importKeepsContactsOnlyWhenAsked();
    void importNamesTheMemberItFound();
    void importKnowsTheWeeklyLimit();
    void importReadsAFileWithoutHeader();
    void importTabLeavesTheTables();
    void navigationFollowsAReadersToggle();
    void importUncertainEncodingOffersAChoice();
    void importErrorNamesLineAndKeepsStore();
    void manageImportedContactsDeletes();
    void simulatedMonthsAndBackKeepCountAndListEqual();
    void readingNotificationsLowersTheSidePanelCount();
    void anotherStoreOnTheFileShowsInTheWindow();
    void delegateHitTesting_data();
    void delegateHitTesting();
    void appStyleGivesTheLook();
};

void TestGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the language choice is remembered in QSettings
    static QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/mynetwork_en.qm")));
    QCoreApplication::installTranslator(&english);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestGui::acceptMovesPersonIntoConnections()
{
    App app;
    app.service->invite(app.anna, app.me, QStringLiteral("Hallo Mia"), InvitationSource::Profile);
    app.show();
    CardListView *received = app.page()->receivedView();
    QCOMPARE(received->model()->rowCount(), 1);
    QTRY_COMPARE(app.page()->findChild<QLabel *>(QStringLiteral("connectionsCount"))->text(), QStringLiteral("0"));
    app.click(received, 0, 1); // Accept
    QCOMPARE(received->model()->rowCount(), 0);
    QVERIFY(app.service->network().isConnected(app.me, app.anna));
    QTRY_COMPARE(app.page()->findChild<QLabel *>(QStringLiteral("connectionsCount"))->text(), QStringLiteral("1"));
    QVERIFY(app.page()->feedbackText().contains(QStringLiteral("now connected")));
    QCOMPARE(app.page()->findChild<QLabel *>(QStringLiteral("receivedTitle"))->text(),
             QStringLiteral("Invitations (0)"));
}

void TestGui::ignoreRemovesTheCard()
{
    App app;
    app.service->invite(app.anna, app.me, {}, InvitationSource::Profile);
    app.show();
    app.click(app.page()->receivedView(), 0, 0); // Ignore
    // Out of sight at once, ignored when the Undo offer ends (R3 is final).
    QVERIFY(app.page()->receivedView()->isRowHidden(0));
    QVERIFY(app.window->messageBar()->offersUndo());
    QCOMPARE(app.service->network().relation(app.anna, app.me).kind, Relation::InvitationSent);
    app.window->messageBar()->dismiss();
    QCOMPARE(app.page()->receivedView()->model()->rowCount(), 0);
    QVERIFY(!app.service->network().isConnected(app.me, app.anna));
    QCOMPARE(app.service->network().relation(app.anna, app.me).kind, Relation::InvitationSent);
}

// Issue 34: Ignore, Withdraw and Remove offer Undo; what is undone was
// never stored, and what is not is stored when the offer ends — the window
// closing included.
void TestGui::undoLeavesTheStoreAsItWas()
{
    App app;
    const qint64 fromAnna = app.service->invite(app.anna, app.me, {}, InvitationSource::Profile).invitationId;
    app.service->invite(app.me, app.ben, {}, InvitationSource::Profile);
    const qint64 fromCem = app.service->invite(app.cem, app.me, {}, InvitationSource::Profile).invitationId;
    QVERIFY(app.service->accept(app.me, fromCem).ok());
    Prompts::setConfirmHandler([](const QString &, const QString &) { return true; });
    app.show();
    MessageBar *bar = app.window->messageBar();
    const auto pending = [&](qint64 id) {
        return app.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE id = ? AND state = 0"), {id});
    };

    app.click(app.page()->receivedView(), 0, 0); // Ignore
    QVERIFY(app.page()->receivedView()->isRowHidden(0));
    QTest::keyClick(app.window.get(), Qt::Key_Z, Qt::ControlModifier); // Undo from the keyboard
    QVERIFY(!bar->offersUndo());
    QVERIFY(!app.page()->receivedView()->isRowHidden(0));
    bar->dismiss();
    QCOMPARE(pending(fromAnna), 1);

    app.click(app.page()->sentView(), 0, 0); // Withdraw
    QVERIFY(app.page()->sentView()->isRowHidden(0));
    auto *undo = bar->findChild<QPushButton *>(QStringLiteral("messageAction"));
    QVERIFY(undo && undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    bar->dismiss();
    QCOMPARE(app.service->network().relation(app.me, app.ben).kind, Relation::InvitationSent);
    QVERIFY(!app.page()->sentView()->isRowHidden(0));

    app.window->showPage(MainWindow::Page::Connections);
    CardListView *connections = app.window->connectionsPage()->view();
    app.click(connections, 0, 0); // Remove Cem
    QVERIFY(connections->isRowHidden(0));
    bar->undo();
    bar->dismiss();
    QVERIFY(app.service->network().isConnected(app.me, app.cem));

    // Not undone, the window closing: done then.
    app.window->showPage(MainWindow::Page::MyNetwork);
    app.click(app.page()->receivedView(), 0, 0); // Ignore Anna
    QCOMPARE(pending(fromAnna), 1);
    app.window.reset();
    QCOMPARE(pending(fromAnna), 0);
}

// F1 opens the user guide; Help → About names the version, the licence
// and where the store is.
void TestGui::helpOpensTheGuideAndAbout()
{
    App app;
    app.show();
    QTest::keyClick(app.window.get(), Qt::Key_F1);
    auto *guide = app.window->findChild<QTextBrowser *>(QStringLiteral("userGuideText"));
    QVERIFY(guide && guide->isVisible());
    QVERIFY(guide->toPlainText().contains(QStringLiteral("user guide")));
    guide->window()->close();
    app.window->triggerHelp(false);
    auto *about = app.window->findChild<QMessageBox *>(QStringLiteral("aboutBox"));
    QVERIFY(about && about->isVisible());
    QVERIFY(about->text().contains(QApplication::applicationVersion()));
    QVERIFY(about->informativeText().contains(app.dir.filePath(QStringLiteral("gui.sqlite"))));
    QVERIFY(about->informativeText().contains(QStringLiteral("Licence")));
    about->close();
}

// Tab goes as the eye does: the side panel's fields first beside the lists,
// after them when a narrow window folds it under the lists.
void TestGui::tabFollowsTheFoldedSidePanel()
{
    App app;
    app.show();
    const auto nextStop = [](QWidget *from) {
        QWidget *w = from->nextInFocusChain();
        while (w != from && !(w->focusPolicy() & Qt::TabFocus))
            w = w->nextInFocusChain();
        return w;
    };
    auto *side = app.page()->findChild<QFrame *>(QStringLiteral("sidePanel"));
    CardListView *suggestions = app.page()->suggestionsView();
    QVERIFY(!side->isAncestorOf(nextStop(suggestions)));
    app.window->resize(800, 600);
    QTRY_VERIFY(side->isAncestorOf(nextStop(suggestions)));
    app.window->resize(1100, 760);
    QTRY_VERIFY(!side->isAncestorOf(nextStop(suggestions)));
}

void TestGui::withdrawAsksThenShowsCoolDown()
{
    App app;
    app.service->invite(app.me, app.ben, {}, InvitationSource::Profile);
    app.show();
    QString asked;
    Prompts::setConfirmHandler([&](const QString &, const QString &text) {
        asked = text;
        return false;
    });
    CardListView *sent = app.page()->sentView();
    app.click(sent, 0, 0);
    QVERIFY(asked.contains(QStringLiteral("Ben Taylor")));
    QCOMPARE(sent->model()->rowCount(), 1); // declined: nothing happened
    Prompts::setConfirmHandler([](const QString &, const QString &) { return true; });
    app.click(sent, 0, 0);
    QVERIFY(sent->isRowHidden(0));
    const QString told = app.page()->feedbackText();
    QCOMPARE(app.service->network().relation(app.me, app.ben).kind, Relation::InvitationSent); // not yet
    app.window->messageBar()->dismiss(); // the offer ends: withdrawn now, R8's cool-down from now
    QCOMPARE(sent->model()->rowCount(), 0);
    const Relation r = app.service->network().relation(app.me, app.ben);
    QCOMPARE(r.kind, Relation::CoolDown);
    const QString date = DateText::longDate(r.availableFromMs);
    QVERIFY2(told.contains(date), qPrintable(told + QStringLiteral(" / ") + date));
}

void TestGui::refusedActionShowsTheRule()
{
    App app;
    const ActionResult sent = app.service->invite(app.anna, app.me, {}, InvitationSource::Profile);
    app.show();
    // Anna withdraws while Mia's window is open: her card goes at once.
    QVERIFY(app.service->withdraw(app.anna, sent.invitationId).ok());
    QCOMPARE(app.page()->receivedView()->model()->rowCount(), 0);
    // Inviting oneself by address is refused with the rule's words.
    auto *field = app.page()->findChild<QLineEdit *>(QStringLiteral("inviteEmail"));
    field->setText(QStringLiteral("mia.meyer@example.org"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(app.page()->feedbackText(), Refusal::message(Refusal::Yourself));
    QCOMPARE(field->text(), QStringLiteral("mia.meyer@example.org")); // kept for correcting
}

void TestGui::sevenMonthsLaterListsAreEmpty()
{
    App app;
    app.service->invite(app.anna, app.me, {}, InvitationSource::Profile);
    app.service->invite(app.me, app.ben, {}, InvitationSource::Profile);
    app.service->inviteByEmail(app.me, QStringLiteral("nobody@example.com"), {}, InvitationSource::EmailInvite);
    app.show();
    QCOMPARE(app.page()->receivedView()->model()->rowCount(), 1);
    QCOMPARE(app.page()->sentView()->model()->rowCount(), 2);
    for (int i = 0; i < 7; ++i)
        app.window->findChild<QAction *>(QStringLiteral("advanceMonthAction"))->trigger();
    QCOMPARE(app.page()->receivedView()->model()->rowCount(), 0);
    QCOMPARE(app.page()->sentView()->model()->rowCount(), 0);
    QVERIFY(app.window->timeText().startsWith(QStringLiteral("Simulated time")));
    // Month by month, Ben's second reminder (two weeks before expiry) fell
    // between two jumps whose second one passed the expiry: it only expired.
    QCOMPARE(app.service->network().notifications(app.ben).size(), 1);
}

void TestGui::windowRemembersItsSizeAndPlace()
{
    QSettings().remove(QStringLiteral("window/geometry"));
    App app;
    {
        MainWindow first(app.context, app.me);
        first.restoreLastGeometry(); // nothing remembered: the default, within the screen
        QVERIFY(first.width() <= first.screen()->availableGeometry().width());
        first.resize(900, 640);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.close();
    }
    MainWindow second(app.context, app.me);
    second.restoreLastGeometry();
    QCOMPARE(second.size(), QSize(900, 640));
    QCOMPARE(second.windowTitle(), QStringLiteral("Mia Meyer"));
    QSettings().remove(QStringLiteral("window/geometry"));
}

void TestGui::switchMemberAndAcceptTheirInvitation()
{
    App app;
    app.show();
    app.service->invite(app.me, app.cem, {}, InvitationSource::Search);
    QCOMPARE(app.page()->sentView()->model()->rowCount(), 1);
    app.window->switchMember(app.cem);
    QCOMPARE(app.window->windowTitle(), QStringLiteral("Cem Kaya")); // the display name follows on its own
    CardListView *received = app.page()->receivedView();
    QCOMPARE(received->model()->rowCount(), 1);
    QCOMPARE(received->model()->index(0, 0).data(Roles::PersonName).toString(), QStringLiteral("Mia Meyer"));
    app.click(received, 0, 1);
    QVERIFY(app.service->network().isConnected(app.me, app.cem));
    app.window->switchMember(app.me);
    QCOMPARE(app.page()->sentView()->model()->rowCount(), 0);
    QCOMPARE(app.service->network().notifications(app.me).size(), 1);
}

void TestGui::keyboardPressesTheFocusedButton()
{
    App app;
    app.service->invite(app.anna, app.me, {}, InvitationSource::Profile);
    app.service->invite(app.ben, app.me, {}, InvitationSource::Profile);
    app.show();
    CardListView *received = app.page()->receivedView();
    received->setFocus();
    received->setCurrentIndex(received->model()->index(0, 0));
    const QString first = received->model()->index(0, 0).data(Roles::PersonName).toString();
    QTest::keyClick(received, Qt::Key_Left); // from Accept to Ignore
    QTest::keyClick(received, Qt::Key_Space);
    app.window->messageBar()->dismiss(); // Ignore is done when its Undo offer ends
    QCOMPARE(received->model()->rowCount(), 1);
    const qint64 firstId = first == QLatin1String("Anna Schmidt") ? app.anna : app.ben;
    QVERIFY(!app.service->network().isConnected(app.me, firstId));
    received->setCurrentIndex(received->model()->index(0, 0));
    QTest::keyClick(received, Qt::Key_Return); // the primary button: Accept
    QCOMPARE(received->model()->rowCount(), 0);
    QCOMPARE(app.service->network().connectionCount(app.me), 1);
}

void TestGui::bulkWithdrawListsWhoAndWhen()
{
    App app;
    const qint64 start = app.clock.nowMs();
    app.clock.setNow(start - 30 * kMsPerDay);
    app.service->invite(app.me, app.anna, {}, InvitationSource::Profile);
    app.clock.setNow(start - 20 * kMsPerDay);
    app.service->invite(app.me, app.ben, {}, InvitationSource::Profile);
    app.clock.setNow(start);
    app.service->invite(app.me, app.cem, {}, InvitationSource::Profile);
    app.show();
    QTest::mouseClick(app.page()->findChild<QPushButton *>(QStringLiteral("withdrawOldButton")), Qt::LeftButton);
    auto *dialog = app.page()->findChild<WithdrawOldDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->weeks(), MyNetworkPage::kDefaultWithdrawWeeks);
    QCOMPARE(dialog->view()->model()->rowCount(), 1); // Anna, 30 days ago
    dialog->setWeeks(2);
    QAbstractItemModel *list = dialog->view()->model();
    QCOMPARE(list->rowCount(), 2); // Anna and Ben, oldest first; not Cem
    QCOMPARE(list->index(0, WithdrawCandidatesModel::NameColumn).data().toString(), QStringLiteral("Anna Schmidt"));
    QCOMPARE(list->index(1, WithdrawCandidatesModel::NameColumn).data().toString(), QStringLiteral("Ben Taylor"));
    const QString again = DateText::longDate(app.clock.nowMs() + 21 * kMsPerDay);
    QCOMPARE(list->index(1, WithdrawCandidatesModel::AgainColumn).data().toString(), again);
    QCOMPARE(list->headerData(WithdrawCandidatesModel::AgainColumn, Qt::Horizontal).toString(),
             QStringLiteral("Can be invited again on"));
    QCOMPARE(dialog->withdrawButton()->text(), QStringLiteral("Withdraw 2"));
    QTest::mouseClick(dialog->withdrawButton(), Qt::LeftButton);
    QCOMPARE(app.page()->sentView()->model()->rowCount(), 1);
    QCOMPARE(app.service->network().relation(app.me, app.ben).kind, Relation::CoolDown);
    QVERIFY2(app.page()->feedbackText().contains(again), qPrintable(app.page()->feedbackText()));
    // Nothing that old any more: the dialog says so and offers nothing.
    WithdrawOldDialog *second = app.page()->withdrawOlderThan(1);
    QCOMPARE(second->view()->model()->rowCount(), 0);
    QVERIFY(!second->withdrawButton()->isEnabled());
    second->reject();
}

void TestGui::inviteByEmailField()
{
    App app;
    app.show();
    auto *field = app.page()->findChild<QLineEdit *>(QStringLiteral("inviteEmail"));
    field->setText(QStringLiteral("new.person@example.com"));
    QTest::mouseClick(app.page()->findChild<QPushButton *>(QStringLiteral("inviteButton")), Qt::LeftButton);
    QVERIFY(field->text().isEmpty());
    QCOMPARE(app.page()->sentView()->model()->rowCount(), 1);
    QCOMPARE(app.page()->sentView()->model()->index(0, 0).data(Roles::PersonName).toString(),
             QStringLiteral("new.person@example.com"));
    field->setText(QStringLiteral("not-an-address"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(app.page()->feedbackText().contains(QStringLiteral("not a valid email address")));
    // Issue 35: an internationalised address is invited, and shown as typed.
    const QString idn = QStringLiteral("info@b\u00e4ckerei-m\u00fcller.de");
    field->setText(idn);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY2(field->text().isEmpty(), qPrintable(app.page()->feedbackText()));
    QTRY_COMPARE(app.page()->sentView()->model()->rowCount(), 2);
    QStringList names;
    for (int row = 0; row < 2; ++row)
        names << app.page()->sentView()->model()->index(row, 0).data(Roles::PersonName).toString();
    QVERIFY2(names.contains(idn), qPrintable(names.join(QLatin1String(", "))));
}

void TestGui::connectOnSuggestionMovesItToSent()
{
    App app;
    // Anna and Ben are both connected to Cem: Mia, connected to Cem too,
    // gets them suggested with one mutual connection each.
    for (qint64 other : {app.anna, app.ben, app.me}) {
        const ActionResult r = app.service->invite(app.cem, other, {}, InvitationSource::Profile);
        QVERIFY(app.service->accept(other, r.invitationId).ok());
    }
    app.show();
    CardListView *grid = app.page()->suggestionsView();
    QTRY_COMPARE(grid->model()->rowCount(), 2);
    // R19: the mutual connection by name.
    QCOMPARE(grid->model()->index(0, 0).data(Roles::ReasonText).toString(),
             QStringLiteral("Cem Kaya is a mutual connection"));
    const QString name = grid->model()->index(0, 0).data(Roles::PersonName).toString();
    app.click(grid, 0, 1); // Connect
    app.page()->suggestionsModel()->settle();
    QCOMPARE(grid->model()->rowCount(), 1);
    app.page()->showSent(true);
    QCOMPARE(app.page()->sentView()->model()->rowCount(), 1);
    QCOMPARE(app.page()->sentView()->model()->index(0, 0).data(Roles::PersonName).toString(), name);
    QVERIFY(app.page()->feedbackText().contains(name));
}

void TestGui::suggestionsGridWithTheKeyboard()
{
    App app;
    const qint64 dora = app.add(QStringLiteral("Dora Weiss"));
    for (qint64 other : {app.anna, app.ben, dora, app.me}) {
        const ActionResult r = app.service->invite(app.cem, other, {}, InvitationSource::Profile);
        QVERIFY(app.service->accept(other, r.invitationId).ok());
    }
    app.show();
    CardListView *grid = app.page()->suggestionsView();
    QTRY_COMPARE(grid->model()->rowCount(), 3);
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(0, 0));
    const auto nameAt = [grid](int row) {
        return grid->model()->index(row, 0).data(Roles::PersonName).toString();
    };
    const QString first = nameAt(0);
    const QString second = nameAt(1);
    // Connect is the card's primary button: Enter sends the invitation.
    QTest::keyClick(grid, Qt::Key_Return);
    app.page()->suggestionsModel()->settle();
    QCOMPARE(grid->model()->rowCount(), 2);
    QVERIFY(app.page()->feedbackText().contains(first));
    // Right from Connect, the card's last button, walks on to the next card.
    grid->setCurrentIndex(grid->model()->index(0, 0));
    QCOMPARE(nameAt(0), second);
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(grid->currentIndex().row(), 1);
    // Back again, then Left onto Dismiss and Space.
    QTest::keyClick(grid, Qt::Key_Left);
    QCOMPARE(grid->currentIndex().row(), 0);
    QTest::keyClick(grid, Qt::Key_Left);
    QTest::keyClick(grid, Qt::Key_Space);
    app.page()->suggestionsModel()->settle();
    QCOMPARE(grid->model()->rowCount(), 1);
    QVERIFY(nameAt(0) != second);
    QCOMPARE(app.service->network()
                 .relation(app.me,
                           second == QLatin1String("Anna Schmidt")     ? app.anna
                               : second == QLatin1String("Ben Taylor") ? app.ben
                                                                       : dora)
                 .kind,
             Relation::CanConnect); // dismissed, not invited
}

void TestGui::remindersAndAcceptancesInNotifications()
{
    App app;
    app.service->invite(app.anna, app.me, {}, InvitationSource::Profile);
    const ActionResult mine = app.service->invite(app.me, app.ben, {}, InvitationSource::Profile);
    app.show();
    MessagesPage *messages = app.window->messagesPage();
    QCOMPARE(messages->notifications()->rowCount(), 0);
    app.window->findChild<QAction *>(QStringLiteral("advanceWeekAction"))->trigger();
    app.window->findChild<QAction *>(QStringLiteral("advanceWeekAction"))->trigger(); // the first reminder is due
    QVERIFY(app.service->accept(app.ben, mine.invitationId).ok());
    QCOMPARE(messages->notifications()->rowCount(), 2);
    QCOMPARE(messages->notifications()->unreadCount(), 2);
    auto *action = app.window->findChild<QAction *>(QStringLiteral("notificationsAction"));
    QCOMPARE(action->text(), QStringLiteral("Notifications (2)"));
    QCOMPARE(messages->notifications()->index(0, 0).data(Roles::Title).toString(),
             QStringLiteral("Ben Taylor accepted your invitation"));
    QCOMPARE(messages->notifications()->index(1, 0).data(Roles::Title).toString(),
             QStringLiteral("Reminder: Anna Schmidt is waiting for your answer"));
    app.window->showPage(MainWindow::Page::Notifications);
    QTest::mouseClick(messages->findChild<QPushButton *>(QStringLiteral("markAllReadButton")), Qt::LeftButton);
    QCOMPARE(messages->notifications()->unreadCount(), 0);
    QCOMPARE(action->text(), QStringLiteral("Notifications"));
}

void TestGui::profileShowsTheRightButtonAndPrivacy()
{
    App app;
    app.show();
    Prompts::setConfirmHandler([](const QString &, const QString &) { return true; });
    app.window->showProfile(app.anna);
    ProfilePage *profile = app.window->profilePage();
    QCOMPARE(profile->actionText(), QStringLiteral("Connect"));
    auto *privateLabel = profile->findChild<QLabel *>(QStringLiteral("privateLabel"));
    QVERIFY(!privateLabel->text().contains(QStringLiteral("@"))); // R11: no e-mail for strangers
    // Her avatar has the colour of her cards everywhere else.
    const QImage avatar = profile->findChild<QLabel *>(QStringLiteral("avatar"))->pixmap().toImage();
    QCOMPARE(avatar.pixelColor(avatar.width() / 2, 8).rgb(),
             CardPainter::avatarColor(QStringLiteral("Anna Schmidt")).rgb());
    profile->pressAction();
    QCOMPARE(profile->actionText(), QStringLiteral("Pending – withdraw"));
    profile->pressAction(); // withdraw, confirmed
    QVERIFY(profile->actionText().startsWith(QStringLiteral("Available again on")));
    QVERIFY(!profile->isActionEnabled());
    // Ben invites Mia: his profile offers Accept; accepting shows his details.
    app.service->invite(app.ben, app.me, {}, InvitationSource::Profile);
    app.window->showProfile(app.ben);
    QCOMPARE(profile->actionText(), QStringLiteral("Accept"));
    profile->pressAction();
    QCOMPARE(profile->actionText(), QStringLiteral("Connected"));
    QVERIFY(privateLabel->text().contains(QStringLiteral("ben.taylor@example.org")));
    QCOMPARE(profile->connectionsModel()->rowCount(), 1); // Mia herself
}

void TestGui::clickingACardOpensTheProfile()
{
    App app;
    app.service->invite(app.anna, app.me, {}, InvitationSource::Profile);
    app.show();
    CardListView *received = app.page()->receivedView();
    const QRect card = received->visualRect(received->model()->index(0, 0));
    QTest::mouseClick(received->viewport(), Qt::LeftButton, {}, card.topLeft() + QPoint(40, 40)); // the avatar
    QCOMPARE(app.window->profilePage()->member(), app.anna);
    QVERIFY(app.window->profilePage()->isVisible());
    QCOMPARE(app.window->profilePage()->actionText(), QStringLiteral("Accept"));
}

void TestGui::searchResultsConnectAtTheRight()
{
    App app;
    app.show();
    auto *field = app.window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    field->setText(QStringLiteral("a"));
    QTest::keyClick(field, Qt::Key_Return);
    SearchPage *search = app.window->searchPage();
    MemberSearchModel *results = search->results();
    QCOMPARE(results->rowCount(), 4); // every name has an "a"
    int annaRow = -1;
    for (int row = 0; row < results->rowCount(); ++row) {
        if (results->index(row, 0).data(Roles::PersonId).toLongLong() == app.anna)
            annaRow = row;
    }
    QVERIFY(annaRow >= 0);
    QCOMPARE(results->index(annaRow, 0).data(Roles::RelationText).toString(), QStringLiteral("Connect"));
    app.click(search->view(), annaRow, 0);
    QCOMPARE(results->index(annaRow, 0).data(Roles::RelationText).toString(), QStringLiteral("Pending"));
    QCOMPARE(app.service->network().relation(app.me, app.anna).kind, Relation::InvitationSent);
    QCOMPARE(app.service->network().invitation(app.service->network().awaitingFrom(app.me, app.anna))->source,
             InvitationSource::Search);
    // Clicking a pending button does nothing more.
    app.click(search->view(), annaRow, 0);
    QCOMPARE(app.service->network().sentAwaiting(app.me).size(), 1);
}

void TestGui::outboxShowsMailsToNonMembers()
{
    App app;
    app.show();
    auto *field = app.page()->findChild<QLineEdit *>(QStringLiteral("inviteEmail"));
    field->setText(QStringLiteral("dora@example.com"));
    QTest::keyClick(field, Qt::Key_Return);
    MessageListModel *outbox = app.window->messagesPage()->outbox();
    // Not shown, the outbox read nothing; shown, it has the new e-mail.
    QCOMPARE(outbox->rowCount(), 0);
    app.window->findChild<QAction *>(QStringLiteral("outboxAction"))->trigger();
    QVERIFY(app.window->messagesPage()->outboxView()->isVisible());
    QCOMPARE(outbox->rowCount(), 1);
    QCOMPARE(outbox->index(0, 0).data(Roles::Title).toString(),
             QStringLiteral("To dora@example.com: Mia Meyer invites you to join My Network"));
    // Issue 35: a local store's outbox is presented as yours: Anna's e-mail
    // shows only when every member's are asked for.
    QVERIFY(app.service->inviteByEmail(app.anna, QStringLiteral("eve@example.com"), {}, InvitationSource::EmailInvite)
                .ok());
    QTRY_COMPARE(outbox->rowCount(), 1);
    auto *everyone = app.window->messagesPage()->findChild<QCheckBox *>(QStringLiteral("everyonesOutbox"));
    QVERIFY(everyone && everyone->isVisible() && !everyone->isChecked());
    everyone->click();
    QTRY_COMPARE(outbox->rowCount(), 2);
    everyone->click();
    QTRY_COMPARE(outbox->rowCount(), 1);
    // Seven months on, the address never joined: the e-mails are gone (R10).
    for (int i = 0; i < 7; ++i)
        app.window->findChild<QAction *>(QStringLiteral("advanceMonthAction"))->trigger();
    QCOMPARE(outbox->rowCount(), 0);
}

void TestGui::dismissedSuggestionLeaves()
{
    App app;
    for (qint64 other : {app.anna, app.me}) {
        const ActionResult r = app.service->invite(app.cem, other, {}, InvitationSource::Profile);
        QVERIFY(app.service->accept(other, r.invitationId).ok());
    }
    app.show();
    CardListView *grid = app.page()->suggestionsView();
    QTRY_COMPARE(grid->model()->rowCount(), 1);
    app.click(grid, 0, 0); // the cross
    app.page()->suggestionsModel()->settle();
    QCOMPARE(grid->model()->rowCount(), 0);
    QSignalSpy loaded(app.page()->suggestionsModel(), &SuggestionsModel::loaded);
    app.window->switchMember(app.me); // recomputed: still gone
    QTRY_VERIFY(!loaded.isEmpty());
    QTRY_VERIFY(!app.page()->suggestionsModel()->isLoading());
    QCOMPARE(grid->model()->rowCount(), 0);
}

void TestGui::languageSwitchesWhileOpen()
{
    App app;
    app.service->invite(app.anna, app.me, {}, InvitationSource::Profile);
    app.clock.setNow(app.clock.nowMs() + 2 * kMsPerDay + 60000);
    app.show();
    app.window->showProfile(app.ben);
    app.window->showPage(MainWindow::Page::MyNetwork);
    auto *title = app.page()->findChild<QLabel *>(QStringLiteral("receivedTitle"));
    auto *weekly = app.page()->findChild<QLabel *>(QStringLiteral("weeklyRemaining"));
    const QModelIndex card = app.page()->receivedModel()->index(0, 0);
    auto *german = app.window->findChild<QAction *>(QStringLiteral("germanAction"));
    auto *english = app.window->findChild<QAction *>(QStringLiteral("englishAction"));
    ImportDialog *import = app.window->openImportDialog();
    import->openFile(writeTestFile(app.dir, QStringLiteral("thunderbird.csv"),
                                   "First Name,Last Name,Display Name,Primary Email\n"
                                   "John,Doe,John Doe,john@doe.invalid\nJane,Doe,Jane Doe,jane@doe.invalid\n"));
    QTRY_COMPARE(import->step(), ImportDialog::Step::Preview);
    auto *othersTitle = import->findChild<QLabel *>(QStringLiteral("othersTitle"));
    QAbstractItemModel *others = import->othersView()->model();
    QPushButton *close = import->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    for (int round = 0; round < 2; ++round) {
        german->trigger();
        QTRY_COMPARE(title->text(), QStringLiteral("Einladungen (1)"));
        QTRY_COMPARE(weekly->text(), QStringLiteral("Sie können diese Woche noch 100 Einladungen senden."));
        QCOMPARE(card.data(Roles::SentText).toString(), QStringLiteral("vor 2 Tagen"));
        QCOMPARE(InvitationDelegate::label(InvitationDelegate::Action::Accept), QStringLiteral("Annehmen"));
        QTRY_COMPARE(app.window->profilePage()->actionText(), QStringLiteral("Vernetzen"));
        QVERIFY(app.window->timeText().startsWith(QStringLiteral("Simulierte Zeit")));
        QTRY_COMPARE(othersTitle->text(), QStringLiteral("Noch kein Mitglied – per E-Mail einladen (2)"));
        QCOMPARE(others->headerData(ImportPreviewModel::EmailColumn, Qt::Horizontal).toString(),
                 QStringLiteral("E-Mail"));
        QCOMPARE(others->index(0, ImportPreviewModel::StatusColumn).data().toString(),
                 QStringLiteral("Noch kein Mitglied"));
        QCOMPARE(import->inviteButtonText(), QStringLiteral("Ausgewählte Personen einladen"));
        QVERIFY2(import->summaryText().contains(QStringLiteral("2 Kontakte gelesen")),
                 qPrintable(import->summaryText()));
        QCOMPARE(close->text(), QStringLiteral("Schließen"));
        english->trigger();
        QTRY_COMPARE(title->text(), QStringLiteral("Invitations (1)"));
        QTRY_COMPARE(weekly->text(), QStringLiteral("You can send 100 more invitations this week."));
        QCOMPARE(card.data(Roles::SentText).toString(), QStringLiteral("2 days ago"));
        QCOMPARE(InvitationDelegate::label(InvitationDelegate::Action::Accept), QStringLiteral("Accept"));
        QTRY_COMPARE(app.window->profilePage()->actionText(), QStringLiteral("Connect"));
        QTRY_COMPARE(othersTitle->text(), QStringLiteral("Not on My Network yet — invite by email (2)"));
        QCOMPARE(others->headerData(ImportPreviewModel::EmailColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Email"));
        QCOMPARE(others->index(0, ImportPreviewModel::StatusColumn).data().toString(),
                 QStringLiteral("Not a member yet"));
        QCOMPARE(import->inviteButtonText(), QStringLiteral("Invite selected"));
        QVERIFY2(import->summaryText().contains(QStringLiteral("2 contacts read")), qPrintable(import->summaryText()));
        QCOMPARE(close->text(), QStringLiteral("Close"));
    }
}

// Ticks a row the way a user does with the keyboard: focus it, press Space.
// Each test starts as a first import: the keep choice is remembered.
static void forgetKeepChoice()
{
    QSettings().remove(QStringLiteral("import/keepContacts"));
}

static void tick(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_Space);
}

// Issue 35 (6): the groups count what the filter shows, a group the file
// has nobody in takes no room, and "nothing is selected" goes once someone is.
void TestGui::importGroupsCountUnderTheFilter()
{
    App app;
    app.show();
    const QString path = writeTestFile(app.dir, QStringLiteral("outsiders.csv"),
                                       "Name,E-mail Address\n"
                                       "Dora Neu,dora@neu.example\n"
                                       "Greta Alt,greta@alt.example\n"
                                       "Hugo Weit,hugo@weit.example\n");
    ImportDialog *dialog = app.window->openImportDialog();
    dialog->openFile(path);
    QTRY_COMPARE(dialog->step(), ImportDialog::Step::Preview);
    auto *membersTitle = dialog->findChild<QLabel *>(QStringLiteral("membersTitle"));
    auto *othersTitle = dialog->findChild<QLabel *>(QStringLiteral("othersTitle"));
    QVERIFY(membersTitle && othersTitle);
    QVERIFY(!membersTitle->isVisible() && !dialog->membersView()->isVisible());
    QVERIFY(othersTitle->text().endsWith(QStringLiteral("(3)")));
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("resultLabel"));
    QVERIFY(hint && hint->isVisible());
    dialog->setFilter(QStringLiteral("greta"));
    QVERIFY2(othersTitle->text().endsWith(QStringLiteral("(1 of 3)")), qPrintable(othersTitle->text()));
    dialog->setFilter(QString());
    dialog->previewModel()->setChecked({0}, true);
    QVERIFY(!hint->isVisible());
    dialog->close();
}

// Issue 35 (1): reading a file keeps nothing; keeping is the person's
// choice in the preview, done when the dialog closes, and remembered.
void TestGui::importKeepsContactsOnlyWhenAsked()
{
    forgetKeepChoice();
    App app;
    app.show();
    const QString path = writeTestFile(app.dir, QStringLiteral("friends.csv"),
                                       "Name,E-mail Address\nDora Neu,dora@neu.example\nGreta Alt,greta@alt.example\n");
    ImportDialog *dialog = app.window->openImportDialog();
    dialog->openFile(path);
    QTRY_COMPARE(dialog->step(), ImportDialog::Step::Preview);
    QVERIFY(dialog->keepBox()->isVisible() && !dialog->keepBox()->isChecked());
    QCOMPARE(dialog->keepBox()->text(), QStringLiteral("Keep these 2 contacts (only you can see them)"));
    QVERIFY2(dialog->keepHintText().contains(QStringLiteral("nothing of the file stays")),
             qPrintable(dialog->keepHintText()));
    dialog->close();
    QTRY_VERIFY(!app.window->findChild<ImportDialog *>());
    QCOMPARE(ContactRepository::count(app.store, app.me), 0);

    dialog = app.window->openImportDialog();
    dialog->openFile(path);
    QTRY_COMPARE(dialog->step(), ImportDialog::Step::Preview);
    QVERIFY(!dialog->keepBox()->isChecked()); // the choice not to keep is remembered too
    QTest::mouseClick(dialog->keepBox(), Qt::LeftButton, {}, QPoint(8, dialog->keepBox()->height() / 2));
    QVERIFY(dialog->keepBox()->isChecked());
    // Dora invited by e-mail: the sent list knows her by her address alone…
    dialog->sendInvitations({dialog->previewModel()->rowCount() - 2}, QString());
    InvitationListModel *sent = app.page()->sentModel();
    QTRY_COMPARE(sent->rowCount(), 1);
    QCOMPARE(sent->index(0, 0).data(Roles::PersonName).toString(), QStringLiteral("dora@neu.example"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close), Qt::LeftButton);
    QTRY_VERIFY(!app.window->findChild<ImportDialog *>());
    QCOMPARE(ContactRepository::count(app.store, app.me), 2);
    QTRY_COMPARE(app.window->messageBar()->text(), QStringLiteral("Kept in your imported contacts: 2 new, 0 updated."));
    // …until her contact is kept: then by the name the import knew (issue 35, item 6).
    QTRY_COMPARE(sent->index(0, 0).data(Roles::PersonName).toString(), QStringLiteral("Dora Neu"));
    QCOMPARE(sent->index(0, 0).data(Roles::Headline).toString(), QStringLiteral("dora@neu.example"));

    dialog = app.window->openImportDialog();
    dialog->openFile(path);
    QTRY_COMPARE(dialog->step(), ImportDialog::Step::Preview);
    QVERIFY(dialog->keepBox()->isChecked());
    dialog->keepBox()->setChecked(false);
    dialog->close();
    QCOMPARE(ContactRepository::count(app.store, app.me), 2); // what was kept before stays
}

// Issue 35 (3): a contact found through an address whose member has
// another name says whom it found; a contact kept under another name says
// so before keeping renames it.
void TestGui::importNamesTheMemberItFound()
{
    forgetKeepChoice();
    App app;
    app.show();
    const QString first = writeTestFile(app.dir, QStringLiteral("old.csv"),
                                        "Name,E-mail Address\nHans Meier,hans@meier.example\n");
    const QString second = writeTestFile(
        app.dir, QStringLiteral("new.csv"),
        "Name,E-mail Address\nBenjamin T.,ben.taylor@example.org\n"
        "Hans-Peter Meier,hans@meier.example\nAnna Schmidt,anna.schmidt@example.org\n");
    ImportDialog *dialog = app.window->openImportDialog();
    dialog->openFile(first);
    QTRY_COMPARE(dialog->step(), ImportDialog::Step::Preview);
    dialog->keepBox()->setChecked(true);
    dialog->openFile(second);
    QTRY_COMPARE(dialog->previewModel()->rowCount(), 3); // the first file kept, the second read
    QCOMPARE(ContactRepository::count(app.store, app.me), 1);
    QAbstractItemModel *members = dialog->membersView()->model();
    QCOMPARE(members->rowCount(), 2);
    QCOMPARE(members->index(0, ImportPreviewModel::StatusColumn).data().toString(),
             QStringLiteral("Member, not connected yet · found as Ben Taylor"));
    // The same name as the member's: nothing to add.
    QCOMPARE(members->index(1, ImportPreviewModel::StatusColumn).data().toString(),
             QStringLiteral("Member, not connected yet"));
    QCOMPARE(dialog->othersView()->model()->index(0, ImportPreviewModel::StatusColumn).data().toString(),
             QStringLiteral("Not a member yet · saved as Hans Meier"));
    QVERIFY2(dialog->keepHintText().contains(
                 QStringLiteral("1 of them are in your contacts under another name; keeping gives them the names")),
             qPrintable(dialog->keepHintText()));
    dialog->close();
    QTRY_VERIFY(!app.window->findChild<ImportDialog *>());
    QCOMPARE(app.count(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE owner_id = ? AND name = ?"),
                       {app.me, QStringLiteral("Hans-Peter Meier")}),
             1);
}

// Issue 35 (2): the preview says how many invitations this week has left,
// which of the selected would go, and what the limit held back until when.
void TestGui::importKnowsTheWeeklyLimit()
{
    forgetKeepChoice();
    App app;
    RulesSettings rules = app.service->rules();
    rules.weeklyLimit = 3;
    QVERIFY(app.service->setRules(rules));
    QVERIFY(app.service->invite(app.me, app.cem, QString(), InvitationSource::Profile).ok());
    const qint64 firstSent = app.clock.nowMs();
    app.clock.advance(2LL * 24 * 60 * 60 * 1000);
    app.show();
    QByteArray csv("Name,E-mail Address\n");
    for (int i = 0; i < 5; ++i)
        csv += "Person " + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@outside.example\n";
    ImportDialog *dialog = app.window->openImportDialog();
    dialog->openFile(writeTestFile(app.dir, QStringLiteral("five.csv"), csv));
    QTRY_COMPARE(dialog->step(), ImportDialog::Step::Preview);
    QCOMPARE(dialog->limitText(), QStringLiteral("You can send 2 more invitations this week."));
    // An invitation sent meanwhile elsewhere counts at once.
    QVERIFY(app.service->invite(app.me, app.anna, QString(), InvitationSource::Profile).ok());
    QTRY_COMPARE(dialog->limitText(), QStringLiteral("You can send 1 more invitation this week."));
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("selectAllOthers")), Qt::LeftButton);
    QCOMPARE(dialog->inviteButtonText(), QStringLiteral("Invite 1 of 5 selected"));
    // The next slot frees when the invitation to Cem leaves the seven days.
    const QString from = DateText::longDate(firstSent + 7LL * 24 * 60 * 60 * 1000);
    QCOMPARE(dialog->limitText(),
             QStringLiteral("Only 1 of the 5 selected can be invited this week: the first 1 in the lists above, "
                            "members first. You can invite more from %1.")
                 .arg(from));
    dialog->inviteSelected();
    QCOMPARE(dialog->resultText(),
             QStringLiteral("1 invitation sent. 4 not sent: this week’s limit; you can send again from %1.").arg(from));
    QAbstractItemModel *others = dialog->othersView()->model();
    QCOMPARE(others->index(0, ImportPreviewModel::StatusColumn).data().toString(),
             QStringLiteral("Invitation pending"));
    QCOMPARE(others->index(4, ImportPreviewModel::StatusColumn).data().toString(),
             QStringLiteral("Not sent: this week’s limit is reached"));
    QCOMPARE(app.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE sender_id = ?"), {app.me}), 3);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("primaryButton"))->isEnabled());
    QCOMPARE(dialog->limitText(),
             QStringLiteral("You have sent this week’s invitations; you can send again from %1.").arg(from));
    dialog->close();
}

// Issue 35 (7): the first line of a CSV without a header is a contact,
// shown as data in the mapping step and read with the rest.
void TestGui::importReadsAFileWithoutHeader()
{
    App app;
    app.show();
    ImportDialog *dialog = app.window->openImportDialog();
    dialog->openFile(writeTestFile(app.dir, QStringLiteral("plain.csv"),
                                   "Laura Lange;laura@lange.example\nMax Muster;max@muster.example\n"
                                   "Greta Alt;greta@alt.example\n"));
    QCOMPARE(dialog->step(), ImportDialog::Step::Mapping);
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("mappingLabel"));
    QVERIFY2(label->text().startsWith(QStringLiteral("This file has no header line")), qPrintable(label->text()));
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("mappingTable"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Column 1"));
    QVERIFY2(table->item(0, 2)->text().startsWith(QStringLiteral("Laura Lange")),
             qPrintable(table->item(0, 2)->text()));
    QCOMPARE(dialog->mappingCombo(0)->currentData().toInt(), int(ContactField::Name));
    dialog->confirmMapping();
    QTRY_COMPARE(dialog->step(), ImportDialog::Step::Preview);
    QCOMPARE(dialog->previewModel()->rowCount(), 3);
    QCOMPARE(dialog->othersView()->model()->index(0, ImportPreviewModel::NameColumn).data().toString(),
             QStringLiteral("Laura Lange"));
    dialog->close();
}

// Seen through AT-SPI: a reader's Toggle on a navigation button checked it
// and left the page as it was, and an outbox e-mail offered no action.
void TestGui::navigationFollowsAReadersToggle()
{
    App app;
    app.show();
    QVERIFY(app.service->inviteByEmail(app.me, QStringLiteral("dora@example.com"), {}, InvitationSource::EmailInvite)
                .ok());
    auto *outboxAction = app.window->findChild<QAction *>(QStringLiteral("outboxAction"));
    auto *myNetworkAction = app.window->findChild<QAction *>(QStringLiteral("myNetworkAction"));
    outboxAction->toggle(); // what a reader's Toggle does: no trigger
    CardListView *view = app.window->messagesPage()->outboxView();
    QVERIFY(view->isVisible());
    QVERIFY(!myNetworkAction->isChecked());
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->cardActionNames(view->model()->index(0, 0)),
             QStringList{QStringLiteral("Send with your e-mail program")});
    // Unchecking the page shown keeps it shown and checked.
    outboxAction->toggle();
    QVERIFY(outboxAction->isChecked());
    QVERIFY(view->isVisible());
    myNetworkAction->toggle();
    QVERIFY(app.page()->isVisible());
    QVERIFY(!outboxAction->isChecked());
}

// Seen with the keyboard alone in a real window: Tab walked every cell of a
// table of 157 contacts. Arrows move within a table; Tab leaves it.
void TestGui::importTabLeavesTheTables()
{
    App app;
    app.show();
    ImportDialog *dialog = app.window->openImportDialog();
    dialog->openFile(writeTestFile(app.dir, QStringLiteral("two.csv"),
                                   "Name,E-mail Address\nAnna Schmidt,anna.schmidt@example.org\n"
                                   "Dora Neu,dora@neu.example\nGreta Alt,greta@alt.example\n"));
    QTRY_COMPARE(dialog->step(), ImportDialog::Step::Preview);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    dialog->membersView()->setFocus();
    QTest::keyClick(dialog->membersView(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->findChild<QCheckBox *>(QStringLiteral("selectAllOthers")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->othersView());
    QTest::keyClick(dialog->othersView(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->keepBox());
    dialog->close();
}

void TestGui::importMapsUnknownHeaderThenInvitesTwo()
{
    forgetKeepChoice();
    App app;
    app.show();
    const QString path = writeTestFile(app.dir, QStringLiteral("export.csv"),
                                       "Wer;Adresse;Notiz\n"
                                       "Anna Schmidt;ANNA.SCHMIDT@example.org;Kollegin\n"
                                       "Ben Taylor;ben.taylor@example.org;\n"
                                       "Dora Neu;dora@neu.example;Nachbarin\n"
                                       "Ede Falsch;ede(at)falsch;\n");
    Prompts::setFileHandler([path] { return path; });
    QTest::mouseClick(app.page()->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    auto *dialog = app.window->findChild<ImportDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("chooseButton")), Qt::LeftButton);
    QCOMPARE(dialog->step(), ImportDialog::Step::Mapping);

    // The header is unknown: say which column holds what.
    QComboBox *who = dialog->mappingCombo(0);
    QComboBox *address = dialog->mappingCombo(1);
    QVERIFY(who && address);
    // "Adresse" is no header we know; its values are addresses, so it is offered as Email.
    QCOMPARE(address->currentData().toInt(), int(ContactField::Email));
    // "Wer" neither; its values are people's names (issue 35, item 5).
    QCOMPARE(who->currentData().toInt(), int(ContactField::Name));
    who->setCurrentIndex(who->findData(int(ContactField::Ignore)));
    address->setCurrentIndex(address->findData(int(ContactField::Ignore)));
    auto *continueButton = dialog->findChild<QPushButton *>(QStringLiteral("mappingContinueButton"));
    QTest::mouseClick(continueButton, Qt::LeftButton);
    QCOMPARE(dialog->step(), ImportDialog::Step::Mapping); // nothing mapped: refused, with a word why
    // Addresses without names: asked, not done silently.
    address->setCurrentIndex(address->findData(int(ContactField::Email)));
    QString asked;
    Prompts::setConfirmHandler([&asked](const QString &, const QString &text) {
        asked = text;
        return false;
    });
    QTest::mouseClick(continueButton, Qt::LeftButton);
    Prompts::setConfirmHandler({});
    QVERIFY2(asked.startsWith(QStringLiteral("No column is marked as holding names")), qPrintable(asked));
    QCOMPARE(dialog->step(), ImportDialog::Step::Mapping);
    who->setCurrentIndex(who->findData(int(ContactField::Name)));
    QTest::mouseClick(continueButton, Qt::LeftButton);
    QTRY_COMPARE(dialog->step(), ImportDialog::Step::Preview);

    QTableView *members = dialog->membersView();
    QTableView *others = dialog->othersView();
    QCOMPARE(members->model()->rowCount(), 2);
    QCOMPARE(others->model()->rowCount(), 2);
    QCOMPARE(members->model()->index(0, 0).data().toString(), QStringLiteral("Anna Schmidt"));
    QCOMPARE(others->model()->index(1, ImportPreviewModel::StatusColumn).data().toString(),
             QStringLiteral("Invalid address"));
    // Nothing is pre-selected.
    QVERIFY(dialog->previewModel()->checkedRows().isEmpty());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("primaryButton"))->isEnabled());
    // Nothing is kept unless asked (issue 35, item 1); this time it is.
    QVERIFY(!dialog->keepBox()->isChecked());
    QCOMPARE(ContactRepository::count(app.store, app.me), 0);
    dialog->keepBox()->click();

    tick(members, 0); // Anna
    tick(others, 0); // Dora, by e-mail
    tick(others, 1); // an invalid address cannot be ticked
    QCOMPARE(dialog->previewModel()->checkedRows().size(), 2);
    QCOMPARE(dialog->inviteButtonText(), QStringLiteral("Invite 2 selected people"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("primaryButton")), Qt::LeftButton);
    QVERIFY2(dialog->resultText().startsWith(QStringLiteral("2 invitations sent.")), qPrintable(dialog->resultText()));
    QCOMPARE(members->model()->index(0, ImportPreviewModel::StatusColumn).data().toString(),
             QStringLiteral("Invitation pending"));

    InvitationListModel *sent = app.page()->sentModel();
    QCOMPARE(sent->rowCount(), 2);
    QStringList names;
    for (int row = 0; row < sent->rowCount(); ++row)
        names << sent->index(row, 0).data(Roles::PersonName).toString()
              << sent->index(row, 0).data(Roles::Email).toString();
    QVERIFY2(names.contains(QStringLiteral("Anna Schmidt")), qPrintable(names.join(u',')));
    QVERIFY2(names.contains(QStringLiteral("dora@neu.example")), qPrintable(names.join(u',')));

    // Select all takes what the filter shows, and only what can be invited.
    dialog->setFilter(QStringLiteral("ben"));
    QCOMPARE(members->model()->rowCount(), 1);
    auto *selectAll = dialog->findChild<QCheckBox *>(QStringLiteral("selectAllMembers"));
    QTest::mouseClick(selectAll, Qt::LeftButton);
    QCOMPARE(dialog->previewModel()->checkedRows().size(), 1);
    // R19: a note for the people ticked, written once.
    QString askedFor;
    Prompts::setNoteHandler([&askedFor](const QString &name) {
        askedFor = name;
        return std::optional<QString>(QStringLiteral("We met at the trade fair."));
    });
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("noteButton")), Qt::LeftButton);
    Prompts::setNoteHandler({});
    QCOMPARE(askedFor, QStringLiteral("Ben Taylor"));
    const std::optional<Invitation> toBen = app.service->network().invitation(
        app.service->network().awaitingFrom(app.me, app.ben));
    QVERIFY(toBen);
    QCOMPARE(toBen->note, QStringLiteral("We met at the trade fair."));
    QCOMPARE(toBen->source, InvitationSource::AddressBook);

    // The same file again: updated, never doubled; the mapping is remembered.
    Prompts::setFileHandler([path] { return path; });
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("anotherFileButton")), Qt::LeftButton);
    QTRY_COMPARE(dialog->step(), ImportDialog::Step::Mapping); // after the first file is kept
    QCOMPARE(ContactRepository::count(app.store, app.me), 4);
    QTRY_COMPARE(app.page()->findChild<QLabel *>(QStringLiteral("contactsCount"))->text(), QStringLiteral("4"));
    QCOMPARE(dialog->mappingCombo(1)->currentData().toInt(), int(ContactField::Email));
    dialog->confirmMapping();
    QTRY_COMPARE(dialog->step(), ImportDialog::Step::Preview);
    QVERIFY(dialog->keepBox()->isChecked()); // remembered
    QSignalSpy kept(dialog, &ImportDialog::contactsKept);
    dialog->close();
    QTRY_COMPARE(kept.size(), 1);
    QCOMPARE(kept.first().first().toString(), QStringLiteral("Kept in your imported contacts: 0 new, 4 updated."));
    QCOMPARE(ContactRepository::count(app.store, app.me), 4);
}

// A Shift_JIS vCard without CHARSET: the dialog says it guessed, shows the
// first names, and another encoding re-reads them at once.
void TestGui::importUncertainEncodingOffersAChoice()
{
    App app;
    app.show();
    QStringEncoder sjis("Shift_JIS");
    QByteArray file;
    const QStringList names{QStringLiteral("名無し"), QStringLiteral("山田 太郎"), QStringLiteral("佐藤 花子")};
    for (int i = 0; i < names.size(); ++i) {
        file += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + QByteArray(sjis.encode(names[i])) + "\r\n";
        file += "EMAIL:p" + QByteArray::number(i) + "@example.jp\r\n";
        if (i == 1)
            file += "EMAIL;TYPE=PREF:yamada@example.jp\r\nEMAIL:taro@example.jp\r\n";
        file += "END:VCARD\r\n";
    }
    const QString path = writeTestFile(app.dir, QStringLiteral("handy.vcf"), file);
    ImportDialog *dialog = app.window->openImportDialog();
    dialog->openFile(path);
    QCOMPARE(dialog->step(), ImportDialog::Step::Mapping);
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("mappingLabel"));
    QVERIFY2(label->text().contains(QStringLiteral("not sure which encoding")), qPrintable(label->text()));
    QComboBox *encoding = dialog->encodingCombo();
    QCOMPARE(encoding->currentText(), QStringLiteral("Shift_JIS"));
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("mappingTable"));
    QVERIFY2(table->item(0, 2)->text().contains(names[0]), qPrintable(table->item(0, 2)->text()));

    // Another encoding by keyboard: the first values change at once.
    encoding->setFocus();
    QTest::keyClick(encoding, Qt::Key_Down);
    QVERIFY(encoding->currentText() != QStringLiteral("Shift_JIS"));
    QVERIFY2(!table->item(0, 2)->text().contains(names[0]), qPrintable(table->item(0, 2)->text()));
    QVERIFY2(label->text().startsWith(QStringLiteral("Read as ")), qPrintable(label->text()));
    dialog->chooseEncoding("Shift_JIS");
    QCOMPARE(encoding->currentText(), QStringLiteral("Shift_JIS"));
    QVERIFY(table->item(0, 2)->text().contains(names[0]));

    dialog->confirmMapping();
    QTRY_COMPARE(dialog->step(), ImportDialog::Step::Preview);
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("Encoding Shift_JIS")), qPrintable(dialog->summaryText()));
    QAbstractItemModel *others = dialog->othersView()->model();
    QCOMPARE(others->rowCount(), 3);
    int yamada = -1;
    for (int row = 0; row < others->rowCount(); ++row) {
        if (others->index(row, 0).data().toString() == names[1])
            yamada = row;
    }
    QVERIFY(yamada >= 0);
    // The preferred address first, the others behind "+2 more".
    QCOMPARE(others->index(yamada, ImportPreviewModel::EmailColumn).data().toString(),
             QStringLiteral("yamada@example.jp +2 more"));
    QCOMPARE(others->index(yamada, ImportPreviewModel::EmailColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Also: p1@example.jp, taro@example.jp"));
}

void TestGui::importCancelKeepsNothing()
{
    App app;
    app.show();
    QByteArray bytes("Name,Email\n");
    for (int i = 0; i < 300000; ++i)
        bytes += "Person " + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.com\n";
    const QString path = writeTestFile(app.dir, QStringLiteral("big.csv"), bytes);
    ImportDialog *dialog = app.window->openImportDialog();
    dialog->openFile(path);
    QCOMPARE(dialog->step(), ImportDialog::Step::Reading);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QTRY_COMPARE(dialog->step(), ImportDialog::Step::Choose);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("canceled")), qPrintable(dialog->errorText()));
    QCOMPARE(ContactRepository::count(app.store, app.me), 0);
}

void TestGui::importErrorNamesLineAndKeepsStore()
{
    App app;
    app.show();
    const QString good = writeTestFile(app.dir, QStringLiteral("good.csv"), "Name,Email\nA,a@x.example\n");
    const QString bad = writeTestFile(app.dir, QStringLiteral("bad.csv"),
                                      "Name,Email\nB,b@x.example\n\"C,c@x.example\n");
    ImportDialog *dialog = app.window->openImportDialog();
    dialog->openFile(good);
    QTRY_COMPARE(dialog->step(), ImportDialog::Step::Preview);
    dialog->keepBox()->setChecked(true);
    dialog->openFile(bad);
    QTRY_COMPARE(dialog->step(), ImportDialog::Step::Choose);
    QCOMPARE(dialog->errorText(),
             QStringLiteral("Nothing was imported. bad.csv, line 3: a quoted field opened here is never closed"));
    QCOMPARE(ContactRepository::count(app.store, app.me), 1);
}

void TestGui::manageImportedContactsDeletes()
{
    App app;
    app.show();
    ImportDialog *dialog = app.window->openImportDialog();
    dialog->openFile(
        writeTestFile(app.dir, QStringLiteral("c.csv"), "Name,Email\nA,a@x.example\nB,b@x.example\nC,c@x.example\n"));
    QTRY_COMPARE(dialog->step(), ImportDialog::Step::Preview);
    dialog->keepBox()->setChecked(true);
    dialog->close();
    QTRY_COMPARE(ContactRepository::count(app.store, app.me), 3);
    QTest::mouseClick(app.page()->findChild<QPushButton *>(QStringLiteral("manageContactsButton")), Qt::LeftButton);
    auto *contacts = app.window->findChild<ContactsDialog *>();
    QVERIFY(contacts && contacts->isVisible());
    QCOMPARE(contacts->model()->rowCount(), 3);
    contacts->view()->selectRow(1);
    Prompts::setConfirmHandler([](const QString &, const QString &) { return true; });
    QTest::mouseClick(contacts->findChild<QPushButton *>(QStringLiteral("deleteButton")), Qt::LeftButton);
    QCOMPARE(contacts->model()->rowCount(), 2);
    QCOMPARE(contacts->model()->index(1, 0).data().toString(), QStringLiteral("C"));
    QTRY_COMPARE(app.page()->findChild<QLabel *>(QStringLiteral("contactsCount"))->text(), QStringLiteral("2"));
    // A filter for a list that can be long (issue 35, item 6); Delete all still means all.
    contacts->findChild<QLineEdit *>(QStringLiteral("filterEdit"))->setText(QStringLiteral("C@X"));
    QTRY_COMPARE(contacts->model()->rowCount(), 1);
    QCOMPARE(contacts->findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("1 of 2 imported contacts match “C@X”."));
    contacts->setFilter(QStringLiteral("nobody"));
    QCOMPARE(contacts->model()->rowCount(), 0);
    QVERIFY(contacts->findChild<QPushButton *>(QStringLiteral("deleteAllButton"))->isEnabled());
    QTest::mouseClick(contacts->findChild<QPushButton *>(QStringLiteral("deleteAllButton")), Qt::LeftButton);
    contacts->setFilter(QString());
    QCOMPARE(contacts->model()->rowCount(), 0);
    QCOMPARE(ContactRepository::count(app.store, app.me), 0);
}

// The side panel's counts and the lists it names read the same store: after
// six simulated months and back to real time they still agree.
void TestGui::simulatedMonthsAndBackKeepCountAndListEqual()
{
    App app;
    QVERIFY(app.service->invite(app.me, app.anna, QString(), InvitationSource::Profile).ok());
    QVERIFY(app.service->invite(app.ben, app.me, QString(), InvitationSource::Profile).ok());
    app.show();
    auto *sentCount = app.page()->findChild<QLabel *>(QStringLiteral("sentCount"));
    QVERIFY(sentCount);
    QTRY_COMPARE(sentCount->text(), QStringLiteral("1"));
    app.clock.advanceMonths(6);
    app.clock.advance(Net::day);
    QCOMPARE(app.page()->sentModel()->rowCount(), 0);
    QCOMPARE(app.page()->receivedModel()->rowCount(), 0);
    QTRY_COMPARE(sentCount->text(), QStringLiteral("0"));
    app.clock.resetToRealTime();
    QTRY_COMPARE(sentCount->text(), QString::number(app.page()->sentModel()->rowCount()));
    QCOMPARE(app.page()->sentModel()->rowCount(), app.page()->sentModel()->totalCount());
    QCOMPARE(app.page()->receivedModel()->rowCount(), app.page()->receivedModel()->totalCount());
}

void TestGui::readingNotificationsLowersTheSidePanelCount()
{
    App app;
    const qint64 id = app.service->invite(app.me, app.anna, QString(), InvitationSource::Profile).invitationId;
    QVERIFY(app.service->accept(app.anna, id).ok());
    app.show();
    auto *unread = app.page()->findChild<QLabel *>(QStringLiteral("notificationsCount"));
    QVERIFY(unread);
    QTRY_COMPARE(unread->text(), QStringLiteral("1"));
    // Looking is not reading: opening it is.
    app.window->showPage(MainWindow::Page::Notifications);
    app.window->showPage(MainWindow::Page::MyNetwork);
    QTRY_COMPARE(unread->text(), QStringLiteral("1"));
    app.window->showPage(MainWindow::Page::Notifications);
    CardListView *list = app.window->messagesPage()->notificationsView();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(0, 0)).center());
    QTRY_COMPARE(unread->text(), QStringLiteral("0"));
    QCOMPARE(app.window->messagesPage()->notifications()->unreadCount(), 0);
}

// A second program on the same file (its own store and connections)
// sends, withdraws and accepts; the window follows without a restart.
void TestGui::anotherStoreOnTheFileShowsInTheWindow()
{
    App app;
    app.show();
    app.store.feed()->watch(app.store, 50);
    Store other;
    QVERIFY(other.open(app.store.config()));
    ManualClock otherClock(app.clock.nowMs());
    InvitationService otherService(other, otherClock);
    auto *receivedTitle = app.page()->findChild<QLabel *>(QStringLiteral("receivedTitle"));
    QVERIFY(receivedTitle);

    const qint64 id = otherService.invite(app.cem, app.me, QString(), InvitationSource::Profile).invitationId;
    QTRY_COMPARE_WITH_TIMEOUT(app.page()->receivedModel()->rowCount(), 1, 10000);
    QTRY_COMPARE(receivedTitle->text(), QStringLiteral("Invitations (1)"));
    QVERIFY(otherService.withdraw(app.cem, id).ok());
    QTRY_COMPARE_WITH_TIMEOUT(app.page()->receivedModel()->rowCount(), 0, 10000);
    QTRY_COMPARE(receivedTitle->text(), QStringLiteral("Invitations (0)"));

    const qint64 mine = app.service->invite(app.me, app.ben, QString(), InvitationSource::Profile).invitationId;
    QCOMPARE(app.page()->sentModel()->rowCount(), 1);
    QVERIFY(otherService.accept(app.ben, mine).ok());
    QTRY_COMPARE_WITH_TIMEOUT(app.page()->sentModel()->rowCount(), 0, 10000);
    auto *connections = app.page()->findChild<QLabel *>(QStringLiteral("connectionsCount"));
    QTRY_COMPARE(connections->text(), QStringLiteral("1"));
    QTRY_COMPARE(app.window->messagesPage()->notifications()->rowCount(), 1);
}

void TestGui::delegateHitTesting_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("rtl");
    for (int width : {360, 600, 1200}) {
        QTest::addRow("%d ltr", width) << width << false;
        QTest::addRow("%d rtl", width) << width << true;
    }
}

void TestGui::delegateHitTesting()
{
    QFETCH(int, width);
    QFETCH(bool, rtl);
    QStandardItemModel model(3, 1);
    CardListView view;
    auto *delegate = new InvitationDelegate(InvitationDelegate::Mode::Received, &view);
    view.setCardDelegate(delegate);
    view.setModel(&model);
    view.setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    view.resize(width, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy triggered(delegate, &InvitationDelegate::actionTriggered);
    const QModelIndex row1 = model.index(1, 0);
    const QRect ignore = view.buttonRect(row1, 0);
    const QRect accept = view.buttonRect(row1, 1);
    QVERIFY(view.visualRect(row1).contains(ignore));
    QVERIFY(view.visualRect(row1).contains(accept));
    QVERIFY(!ignore.intersects(accept));
    // The primary button sits at the trailing edge.
    QCOMPARE(accept.center().x() > ignore.center().x(), !rtl);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, accept.center());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, ignore.center());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(row1).center() - QPoint(0, 20));
    QCOMPARE(triggered.count(), 2);
    QCOMPARE(triggered.at(0).at(0).toModelIndex(), row1);
    QCOMPARE(triggered.at(0).at(1).value<InvitationDelegate::Action>(), InvitationDelegate::Action::Accept);
    QCOMPARE(triggered.at(1).at(1).value<InvitationDelegate::Action>(), InvitationDelegate::Action::Ignore);
    // Pressed on a button, released elsewhere: no action.
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, accept.center());
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, accept.center() + QPoint(0, 200));
    QCOMPARE(triggered.count(), 2);
}

// The look the app's style gives by object name: the page's warm grey, the
// white side panel, titles, the blue button, link-like buttons with room
// for their focus ring, and the feedback's colours. Last: it changes the
// application's style (and puts the one before back).
void TestGui::appStyleGivesTheLook()
{
    const QString before = QApplication::style()->name();
    Style::install(*qApp);
    {
        App app;
        app.show();
        const auto colourAt = [](QWidget *w, QPoint at) {
            return w->grab().toImage().pixelColor(at);
        };
        auto *panel = app.page()->findChild<QFrame *>(QStringLiteral("sidePanel"));
        QVERIFY(panel);
        QCOMPARE(colourAt(panel, QPoint(panel->width() / 2, panel->height() - 6)), QColor(Qt::white));
        QCOMPARE(colourAt(app.page(), QPoint(2, app.page()->height() / 2)), QColor(0xf4, 0xf2, 0xee));

        auto *name = app.page()->findChild<QLabel *>(QStringLiteral("memberName"));
        QCOMPARE(name->font().pointSizeF(), 15.0);
        QCOMPARE(name->font().weight(), QFont::DemiBold);
        auto *title = app.page()->findChild<QLabel *>(QStringLiteral("inviteTitle"));
        QCOMPARE(title->font().pointSizeF(), 12.0);
        QCOMPARE(title->contentsMargins().top(), 10);

        auto *send = app.page()->findChild<QPushButton *>(QStringLiteral("inviteButton"));
        QCOMPARE(colourAt(send, QPoint(send->width() / 2, 5)), QColor(0x0a, 0x66, 0xc2));
        auto *seeAll = app.page()->findChild<QPushButton *>(QStringLiteral("seeAllButton"));
        QVERIFY(seeAll->font().bold());
        // Text, 2 px of padding and a 2 px ring on each side.
        QCOMPARE(seeAll->sizeHint().height(), seeAll->fontMetrics().height() + 8);
        // Every flat button is one, so each shows its focus ring.
        auto *markAllRead = app.window->findChild<QPushButton *>(QStringLiteral("markAllReadButton"));
        QVERIFY(markAllRead && markAllRead->isFlat());
        QCOMPARE(markAllRead->sizeHint().height(), markAllRead->fontMetrics().height() + 8);

        // A refused invitation: red text on pale red; the next answer green.
        auto *email = app.page()->findChild<QLineEdit *>(QStringLiteral("inviteEmail"));
        email->setText(QStringLiteral("not an address"));
        QTest::keyClick(email, Qt::Key_Return);
        auto *feedback = app.window->messageBar()->findChild<QLabel *>(QStringLiteral("feedback"));
        QTRY_VERIFY(feedback->isVisible());
        QCOMPARE(feedback->palette().color(QPalette::WindowText), QColor(0x8a, 0x1c, 0x12));
        QCOMPARE(colourAt(feedback, QPoint(feedback->width() / 2, 2)), QColor(0xfd, 0xec, 0xea));
        QCOMPARE(feedback->contentsMargins(), QMargins(8, 8, 8, 8));
        email->setText(QStringLiteral("new.person@example.org"));
        QTest::keyClick(email, Qt::Key_Return);
        QTRY_COMPARE(feedback->palette().color(QPalette::WindowText), QColor(0x1d, 0x5e, 0x36));
        QCOMPARE(colourAt(feedback, QPoint(feedback->width() / 2, 2)), QColor(0xe7, 0xf3, 0xec));
    }
    QApplication::setStyle(before);
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
