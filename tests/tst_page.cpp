// The My Network page as a person uses it (issue 13): one page that
// scrolls, visible keyboard focus, cards that stay under the pointer,
// reasons on suggestions, messages that belong to their moment, and the
// member picker from the keyboard. Real clicks, keys and wheel events.
#include "guiapp.h"
#include "testsupport.h"

#include "gui/connectionspage.h"
#include "gui/memberpicker.h"
#include "gui/messagebar.h"
#include "gui/messagespage.h"
#include "gui/profilepage.h"
#include "gui/prompts.h"
#include "gui/suggestiondelegate.h"
#include "models/connectionlistmodel.h"
#include "models/invitationlistmodel.h"
#include "models/messagelistmodel.h"
#include "models/roles.h"
#include "models/suggestionsmodel.h"
#include "runtime/timesandbox.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QTranslator>
#include <QUrlQuery>
#include <QWheelEvent>

namespace {

using CardState = SuggestionsModel::CardState;

// `count` people connected to Cem, who is connected to Mia: each is
// suggested to Mia with one mutual connection.
void addSuggested(App &app, int count)
{
    QVERIFY(
        app.service->accept(app.me, app.service->invite(app.cem, app.me, {}, InvitationSource::Profile).invitationId)
            .ok());
    for (int i = 0; i < count; ++i) {
        const qint64 other = app.add(QStringLiteral("Person %1").arg(i, 3, 10, QLatin1Char('0')));
        QVERIFY(
            app.service->accept(other, app.service->invite(app.cem, other, {}, InvitationSource::Profile).invitationId)
                .ok());
    }
}

void addReceived(App &app, int count)
{
    for (int i = 0; i < count; ++i) {
        const qint64 other = app.add(QStringLiteral("Sender %1").arg(i));
        QVERIFY(app.service->invite(other, app.me, {}, InvitationSource::Profile).ok());
    }
}

void wheel(QWidget *target, int steps)
{
    const QPoint at = target->rect().center();
    QWheelEvent event(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120 * steps), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

qint64 addWith(App &app, const QString &name, const QString &company, const QString &school, const QString &location)
{
    Member m;
    m.name = name;
    m.headline = QStringLiteral("Engineer");
    m.company = company;
    m.school = school;
    m.location = location;
    m.email = name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("@example.org");
    return app.service->join(m).memberId;
}

}

class TestPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onePageScrollsAndLoadsMore();
    void emptySectionsCollapseToALine();
    void R20_aLocalOutboxEmailGoesThroughTheMailProgram();
    void countsAreReadOffTheGuiThread();
    void seeAllOpensEveryInvitation();
    void gridUsesTheWidth();
    void focusRingShowsTheButtonEnterPresses();
    void toolbarPagesAreTabStops();
    void connectKeepsTheCardUntilThePointerLeaves();
    void dismissHasUndoAndATooltip();
    void eachSuggestionSaysWhy();
    void messagesCloseWithTheirMoment();
    void switchingMemberClearsFields();
    void pickerSignsInFromTheKeyboard();
    void R14_connectionsPageSearchesAndSorts();
    void R14_removeAsksThenRemovesForBoth();
    void R14_removalElsewhereLeavesTheList();
    void reminderOpensTheInvitation();
    void acceptanceOpensTheProfile();
    void reminderSaysWhatBecameOfIt();
    void emptyListsSayWhatAppears();
    void simulatedTimeReturnsToBefore();
    void simulatedTimeKeepsWhatHappened();
    void cleanup()
    {
        Prompts::setConfirmHandler(nullptr);
        Prompts::setChoiceHandler(nullptr);
    }
};

void TestPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/mynetwork_en.qm")));
    QCoreApplication::installTranslator(&english);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPage::onePageScrollsAndLoadsMore()
{
    App app;
    addReceived(app, 10);
    addSuggested(app, 60);
    app.show();
    app.window->resize(800, 600);
    MyNetworkPage *page = app.page();
    CardListView *received = page->receivedView();
    CardListView *grid = page->suggestionsView();
    QTRY_COMPARE(grid->model()->rowCount(), SuggestionsModel::kPage);
    // Three invitations, not a list that scrolls on its own.
    QCOMPARE(received->height(), received->heightForRows(3));
    // The grid is as tall as its cards: it never scrolls, the page does.
    QTRY_COMPARE(grid->verticalScrollBar()->maximum(), 0);
    const int columns = (grid->viewport()->width() - 1) / SuggestionDelegate::kWidth;
    const int rows = (grid->model()->rowCount() + columns - 1) / columns;
    QCOMPARE(grid->height(), rows * SuggestionDelegate::kHeight);
    QScrollBar *pageBar = page->overviewScroll()->verticalScrollBar();
    QTRY_VERIFY(pageBar->maximum() > 0);
    QCOMPARE(pageBar->value(), 0);

    // The wheel over an invitation card scrolls the page.
    wheel(received->viewport(), 1);
    QTRY_VERIFY(pageBar->value() > 0);

    // Near the end, the next people are fetched and the page grows.
    const int before = grid->model()->rowCount();
    pageBar->setValue(pageBar->maximum());
    QTRY_VERIFY(grid->model()->rowCount() > before);
    QTRY_VERIFY(pageBar->maximum() > 0);
    // Sixty people in all, and no one twice.
    for (int i = 0; i < 10 && grid->model()->rowCount() < 60; ++i) {
        pageBar->setValue(pageBar->maximum());
        QTest::qWait(50);
    }
    QTRY_COMPARE(grid->model()->rowCount(), 60);
    QTRY_VERIFY(!page->suggestionsModel()->hasMore());
    QSet<qint64> seen;
    for (int row = 0; row < grid->model()->rowCount(); ++row)
        seen.insert(grid->model()->index(row, 0).data(Roles::PersonId).toLongLong());
    QCOMPARE(seen.size(), 60);
}

void TestPage::emptySectionsCollapseToALine()
{
    App app;
    app.show();
    MyNetworkPage *page = app.page();
    QTRY_VERIFY(!page->suggestionsModel()->isLoading());
    for (CardListView *view : {page->receivedView(), page->suggestionsView()}) {
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY2(view->height() <= 3 * view->fontMetrics().lineSpacing(), qPrintable(QString::number(view->height())));
        QVERIFY(!view->emptyText().isEmpty());
    }
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("seeAllButton"))->isVisible());
}

void TestPage::seeAllOpensEveryInvitation()
{
    App app;
    addReceived(app, 7);
    app.show();
    MyNetworkPage *page = app.page();
    auto *seeAll = page->findChild<QPushButton *>(QStringLiteral("seeAllButton"));
    QTRY_VERIFY(seeAll->isVisible());
    QTest::mouseClick(seeAll, Qt::LeftButton);
    QCOMPARE(page->view(), MyNetworkPage::View::Received);
    CardListView *all = page->receivedAllView();
    QVERIFY(all->isVisible());
    QCOMPARE(all->model()->rowCount(), 7);
    // Accept from the full list works as on the page.
    // Accept on a card further down, scrolled to: the click is not taken
    // by the card focus would land on.
    const QString last = all->model()->index(6, 0).data(Roles::PersonName).toString();
    app.click(all, 6, 1);
    QVERIFY(page->feedbackText().contains(last));
    QCOMPARE(all->model()->rowCount(), 6);
    QTRY_COMPARE(page->findChild<QLabel *>(QStringLiteral("receivedAllTitle"))->text(),
                 QStringLiteral("Invitations (6)"));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("receivedBackButton")), Qt::LeftButton);
    QCOMPARE(page->view(), MyNetworkPage::View::Overview);
}

void TestPage::gridUsesTheWidth()
{
    App app;
    addSuggested(app, 12);
    app.show();
    CardListView *grid = app.page()->suggestionsView();
    QTRY_COMPARE(grid->model()->rowCount(), 12);
    for (const QSize &size : {QSize(800, 600), QSize(1100, 760), QSize(1600, 1000)}) {
        app.window->resize(size);
        QTRY_COMPARE(app.window->size(), size);
        QApplication::processEvents();
        const int width = grid->viewport()->width() - 1; // QListView leaves the last column
        const int columns = width / SuggestionDelegate::kWidth;
        // The cards share the row: less than one card's width is left over.
        QTRY_COMPARE(grid->gridSize().width(), width / columns);
        QVERIFY(width - columns * grid->gridSize().width() < columns);
        const QRect first = grid->visualRect(grid->model()->index(0, 0));
        QCOMPARE(first.width(), grid->gridSize().width());
    }
}

void TestPage::focusRingShowsTheButtonEnterPresses()
{
    App app;
    app.service->invite(app.anna, app.me, {}, InvitationSource::Profile);
    app.show();
    app.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
    CardListView *received = app.page()->receivedView();
    received->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(received->hasFocus());
    QCOMPARE(received->currentIndex().row(), 0); // focus lands on a card
    const QModelIndex card = received->model()->index(0, 0);
    const QRect ignore = received->buttonRect(card, 0);
    const QRect accept = received->buttonRect(card, 1);
    const auto ringAround = [received](const QRect &button) {
        // The ring is drawn just outside the button, in the highlight colour.
        const QImage shot = received->viewport()->grab().toImage();
        const QColor highlight = received->palette().color(QPalette::Active, QPalette::Highlight);
        int best = 0;
        for (int y = button.top() - 4; y <= button.top() - 2; ++y) {
            int hits = 0;
            for (int x = button.left(); x <= button.right(); ++x) {
                const QColor c = shot.pixelColor(x, y);
                if (qAbs(c.red() - highlight.red()) + qAbs(c.green() - highlight.green())
                        + qAbs(c.blue() - highlight.blue())
                    < 60)
                    ++hits;
            }
            best = qMax(best, hits);
        }
        const int hits = best;
        return hits > button.width() / 2;
    };
    // Accept is the default: it carries the ring before any arrow key.
    QVERIFY(ringAround(accept));
    QVERIFY(!ringAround(ignore));
    QTest::keyClick(received, Qt::Key_Left);
    QVERIFY(ringAround(ignore));
    QVERIFY(!ringAround(accept));
    QCOMPARE(received->accessibleDescription(), QStringLiteral("Ignore"));
    // Enter presses the one that is marked.
    QTest::keyClick(received, Qt::Key_Return);
    app.window->messageBar()->dismiss(); // Ignore is done when its Undo offer ends
    QCOMPARE(received->model()->rowCount(), 0);
    QVERIFY(!app.service->network().isConnected(app.me, app.anna));
}

// The side panel's counts come from the worker's thread: "…" until the
// first answer, then the figures; later changes keep the old figures until
// the new ones arrive, and a language change rewrites them at once.
void TestPage::countsAreReadOffTheGuiThread()
{
    App app;
    QVERIFY(app.service->invite(app.anna, app.me, {}, InvitationSource::Profile).ok());
    QVERIFY(app.service->invite(app.me, app.ben, {}, InvitationSource::Profile).ok());
    MainWindow window(app.context, app.me);
    auto *sent = window.page()->findChild<QLabel *>(QStringLiteral("sentCount"));
    auto *title = window.page()->findChild<QLabel *>(QStringLiteral("receivedTitle"));
    QVERIFY(window.page()->countsPending());
    QCOMPARE(sent->text(), QStringLiteral("…"));
    QCOMPARE(title->text(), QStringLiteral("Invitations (…)"));
    // The cards do not wait.
    QCOMPARE(window.page()->receivedModel()->rowCount(), 1);
    window.resize(1100, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(sent->text(), QStringLiteral("1"));
    QTRY_COMPARE(title->text(), QStringLiteral("Invitations (1)"));
    QVERIFY(!window.page()->countsPending());
    QVERIFY(app.service->invite(app.me, app.cem, {}, InvitationSource::Profile).ok());
    QCOMPARE(sent->text(), QStringLiteral("1")); // not "…" while the new count is read
    QTRY_COMPARE(sent->text(), QStringLiteral("2"));
}

void TestPage::toolbarPagesAreTabStops()
{
    App app;
    app.show();
    app.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
    auto *search = app.window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QTRY_VERIFY(search->hasFocus()); // typing after the start searches
    auto *bar = app.window->findChild<QToolBar *>(QStringLiteral("navigationBar"));
    QStringList reached;
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *button = qobject_cast<QToolButton *>(QApplication::focusWidget());
        QVERIFY2(button && button->parentWidget() == bar, "Tab goes through the page buttons");
        reached << button->defaultAction()->text();
    }
    QCOMPARE(reached.size(), 3);
    QVERIFY(reached.at(0).startsWith(QStringLiteral("My Network")));
    QVERIFY(reached.at(1).startsWith(QStringLiteral("Notifications")));
    QCOMPARE(reached.at(2), QStringLiteral("Outbox"));
    // The page's scroll area is no Tab stop of its own (it would show no
    // focus): the keyboard reaches its cards, and they scroll it.
    QCOMPARE(app.page()->overviewScroll()->focusPolicy(), Qt::NoFocus);
    // Space on the focused page button opens that page.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY(app.window->messagesPage()->isVisible());
}

void TestPage::connectKeepsTheCardUntilThePointerLeaves()
{
    App app;
    addSuggested(app, 4);
    app.show();
    CardListView *grid = app.page()->suggestionsView();
    QTRY_COMPARE(grid->model()->rowCount(), 4);
    const QString first = grid->model()->index(0, 0).data(Roles::PersonName).toString();
    app.click(grid, 0, SuggestionDelegate::Connect);
    // Still four cards: the first, under the mouse, now says Pending.
    QCOMPARE(grid->model()->rowCount(), 4);
    QCOMPARE(grid->model()->index(0, 0).data(Roles::PersonName).toString(), first);
    QCOMPARE(grid->model()->index(0, 0).data(Roles::CardState).toInt(), int(CardState::Invited));
    // A second click on the same spot hits the same card and does nothing.
    app.click(grid, 0, SuggestionDelegate::Connect);
    QCOMPARE(app.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE sender_id = ?"), {app.me}), 1);
    QCOMPARE(grid->model()->index(1, 0).data(Roles::CardState).toInt(), int(CardState::Suggested));
    // The pointer leaves the grid: the gap closes.
    QTest::mouseMove(app.page()->findChild<QWidget *>(QStringLiteral("sidePanel")), QPoint(20, 20));
    QTRY_COMPARE(grid->model()->rowCount(), 3);
    QVERIFY(grid->model()->index(0, 0).data(Roles::PersonName).toString() != first);
}

void TestPage::dismissHasUndoAndATooltip()
{
    App app;
    addSuggested(app, 2);
    app.show();
    CardListView *grid = app.page()->suggestionsView();
    QTRY_COMPARE(grid->model()->rowCount(), 2);
    const QModelIndex card = grid->model()->index(0, 0);
    const QString name = card.data(Roles::PersonName).toString();
    const qint64 id = card.data(Roles::PersonId).toLongLong();

    // The × says what it does, to the mouse and to a screen reader.
    const QRect cross = grid->buttonRect(card, SuggestionDelegate::Dismiss);
    QHelpEvent tip(QEvent::ToolTip, cross.center(), grid->viewport()->mapToGlobal(cross.center()));
    QApplication::sendEvent(grid->viewport(), &tip);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Dismiss %1").arg(name));
    QToolTip::hideText();
    QCOMPARE(grid->cardDelegate()->buttonAccessibleName(card, SuggestionDelegate::Dismiss),
             QStringLiteral("Dismiss %1").arg(name));

    app.click(grid, 0, SuggestionDelegate::Dismiss);
    QCOMPARE(grid->model()->index(0, 0).data(Roles::CardState).toInt(), int(CardState::Dismissed));
    QCOMPARE(
        app.count(QStringLiteral("SELECT COUNT(*) FROM dismissed_suggestions WHERE member_id = ? AND other_id = ?"),
                  {app.me, id}),
        1);
    QVERIFY(app.page()->feedbackText().contains(name));
    // Undo sits where Connect was.
    app.click(grid, 0, SuggestionDelegate::Connect);
    QCOMPARE(grid->model()->index(0, 0).data(Roles::CardState).toInt(), int(CardState::Suggested));
    QCOMPARE(app.count(QStringLiteral("SELECT COUNT(*) FROM dismissed_suggestions WHERE member_id = ?"), {app.me}), 0);
    QCOMPARE(app.service->network().relation(app.me, id).kind, Relation::CanConnect);
    // Leaving now moves nobody: the card is an ordinary suggestion again.
    QTest::mouseMove(app.page()->findChild<QWidget *>(QStringLiteral("sidePanel")), QPoint(20, 20));
    QTest::qWait(50);
    QCOMPARE(grid->model()->rowCount(), 2);

    // The keyboard: Delete dismisses the current card.
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(1, 0));
    QTest::keyClick(grid, Qt::Key_Delete);
    QCOMPARE(grid->model()->index(1, 0).data(Roles::CardState).toInt(), int(CardState::Dismissed));
}

void TestPage::eachSuggestionSaysWhy()
{
    App app;
    Member me = *app.service->network().member(app.me);
    const qint64 viewer = addWith(app, QStringLiteral("Vera Voss"), QStringLiteral("McKinsey"),
                                  QStringLiteral("TU München"), QStringLiteral("Berlin"));
    const qint64 colleague = addWith(app, QStringLiteral("Carl Colleague"), QStringLiteral("McKinsey"), {}, {});
    const qint64 alumna = addWith(app, QStringLiteral("Alma Alumna"), {}, QStringLiteral("TU München"), {});
    const qint64 neighbour = addWith(app, QStringLiteral("Nina Neighbour"), {}, {}, QStringLiteral("Berlin"));
    Q_UNUSED(me);
    app.window = std::make_unique<MainWindow>(app.context, viewer);
    app.window->resize(1100, 760);
    app.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
    CardListView *grid = app.page()->suggestionsView();
    QTRY_VERIFY(!app.page()->suggestionsModel()->isLoading());
    const auto reasonOf = [grid](qint64 id) {
        for (int row = 0; row < grid->model()->rowCount(); ++row) {
            const QModelIndex i = grid->model()->index(row, 0);
            if (i.data(Roles::PersonId).toLongLong() == id)
                return i.data(Roles::ReasonText).toString();
        }
        return QString();
    };
    QCOMPARE(reasonOf(colleague), QStringLiteral("Also at McKinsey"));
    QCOMPARE(reasonOf(alumna), QStringLiteral("Also studied at TU München"));
    QCOMPARE(reasonOf(neighbour), QStringLiteral("Lives in Berlin"));
    // Mutual connections outrank the company.
    QVERIFY(
        app.service->accept(viewer, app.service->invite(app.cem, viewer, {}, InvitationSource::Profile).invitationId)
            .ok());
    QVERIFY(app.service
                ->accept(colleague, app.service->invite(app.cem, colleague, {}, InvitationSource::Profile).invitationId)
                .ok());
    app.page()->suggestionsModel()->setMember(viewer);
    QTRY_VERIFY(!app.page()->suggestionsModel()->isLoading());
    QCOMPARE(reasonOf(colleague), QStringLiteral("Cem Kaya is a mutual connection"));
}

void TestPage::messagesCloseWithTheirMoment()
{
    App app;
    app.show();
    MyNetworkPage *page = app.page();
    auto *email = page->findChild<QLineEdit *>(QStringLiteral("inviteEmail"));
    const auto refuse = [&] {
        email->setText(QStringLiteral("mia.meyer@example.org")); // oneself
        QTest::keyClick(email, Qt::Key_Return);
        QVERIFY(!page->feedbackText().isEmpty());
        // Once, over the page: not again in the status bar.
        QCOMPARE(app.window->messageBar()->text(), page->feedbackText());
        QVERIFY(app.window->statusBar()->currentMessage().isEmpty());
    };
    refuse();
    app.clock.advance(31 * Net::day); // a month later it is no longer news
    QVERIFY(page->feedbackText().isEmpty());
    QVERIFY(app.window->statusBar()->currentMessage().isEmpty());
    refuse();
    app.window->showPage(MainWindow::Page::Notifications);
    app.window->showPage(MainWindow::Page::MyNetwork);
    QVERIFY(page->feedbackText().isEmpty());
    refuse();
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(app.window.get(), &change);
    QVERIFY(page->feedbackText().isEmpty());
    QVERIFY(app.window->statusBar()->currentMessage().isEmpty());
    // And on its own after a while.
    refuse();
    QTRY_VERIFY_WITH_TIMEOUT(page->feedbackText().isEmpty(), 20000);
}

void TestPage::switchingMemberClearsFields()
{
    App app;
    app.show();
    auto *search = app.window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *email = app.page()->findChild<QLineEdit *>(QStringLiteral("inviteEmail"));
    QTest::keyClicks(search, QStringLiteral("Anna"));
    QTest::keyClicks(email, QStringLiteral("someone@example.org"));
    QTest::keyClick(email, Qt::Key_Return);
    QVERIFY(app.page()->feedbackText().contains(QStringLiteral("someone@example.org")));
    app.window->switchMember(app.anna);
    QVERIFY(search->text().isEmpty());
    QVERIFY(email->text().isEmpty());
    QVERIFY(app.page()->feedbackText().isEmpty()); // Anna is not told what Mia did
    QVERIFY(app.window->statusBar()->currentMessage().isEmpty());
}

void TestPage::pickerSignsInFromTheKeyboard()
{
    App app;
    {
        MemberPicker picker(app.store);
        picker.show();
        auto *filter = picker.findChild<QLineEdit *>(QStringLiteral("filter"));
        auto *list = picker.findChild<QListView *>(QStringLiteral("list"));
        QPushButton *ok = picker.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        // Something is current from the start, so OK can be pressed at once.
        QVERIFY(ok->isEnabled());
        QVERIFY(list->currentIndex().isValid());
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("Anna"));
        QVERIFY(ok->isEnabled());
        QTest::keyClick(filter, Qt::Key_Return); // one match: that is who
        QCOMPARE(picker.result(), int(QDialog::Accepted));
        QCOMPARE(picker.selectedMember(), app.anna);
    }
    {
        MemberPicker picker(app.store);
        picker.show();
        picker.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&picker));
        auto *filter = picker.findChild<QLineEdit *>(QStringLiteral("filter"));
        auto *list = picker.findChild<QListView *>(QStringLiteral("list"));
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("a")); // Mia, Anna, Ben Taylor, Cem Kaya
        QVERIFY(list->model()->rowCount() > 1);
        QTest::keyClick(filter, Qt::Key_Return); // several: on to the list, not signed in
        QVERIFY(picker.isVisible());
        QTest::keyClick(filter, Qt::Key_Down);
        QVERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Down);
        const qint64 second = picker.selectedMember();
        QVERIFY(second != 0);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(picker.result(), int(QDialog::Accepted));
        QCOMPARE(picker.selectedMember(), second);
    }
}

namespace {

// Mia connects to Anna, then Ben, then Cem, an hour apart.
void connectInOrder(App &app)
{
    for (qint64 other : {app.anna, app.ben, app.cem}) {
        QVERIFY(
            app.service->accept(other, app.service->invite(app.me, other, {}, InvitationSource::Profile).invitationId)
                .ok());
        app.clock.advance(Net::hour);
    }
}

QStringList namesIn(const QAbstractItemModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data(Roles::PersonName).toString();
    return names;
}

}

void TestPage::R14_connectionsPageSearchesAndSorts()
{
    App app;
    connectInOrder(app);
    app.show();
    // "Connections" in the side panel opens the page.
    QTest::mouseClick(app.page()->findChild<QPushButton *>(QStringLiteral("connectionsButton")), Qt::LeftButton);
    ConnectionsPage *page = app.window->connectionsPage();
    QVERIFY(page->isVisible());
    auto *title = page->findChild<QLabel *>(QStringLiteral("connectionsPageTitle"));
    QTRY_COMPARE(title->text(), QStringLiteral("Connections (3)"));
    // Recently added first.
    QCOMPARE(namesIn(page->model()),
             QStringList({QStringLiteral("Cem Kaya"), QStringLiteral("Ben Taylor"), QStringLiteral("Anna Schmidt")}));
    page->sortBox()->setCurrentIndex(1); // first name
    QCOMPARE(namesIn(page->model()),
             QStringList({QStringLiteral("Anna Schmidt"), QStringLiteral("Ben Taylor"), QStringLiteral("Cem Kaya")}));
    page->sortBox()->setCurrentIndex(2); // last name: Kaya, Schmidt, Taylor
    QCOMPARE(namesIn(page->model()),
             QStringList({QStringLiteral("Cem Kaya"), QStringLiteral("Anna Schmidt"), QStringLiteral("Ben Taylor")}));
    QTest::keyClicks(page->filterField(), QStringLiteral("tay"));
    QCOMPARE(namesIn(page->model()), QStringList({QStringLiteral("Ben Taylor")}));
    QTRY_COMPARE(title->text(), QStringLiteral("Connections (1 of 3)"));
    // A card opens the profile; Back returns to the list.
    CardListView *view = page->view();
    const QRect card = view->visualRect(view->model()->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, card.topLeft() + QPoint(40, 20));
    QVERIFY(app.window->profilePage()->isVisible());
}

void TestPage::R14_removeAsksThenRemovesForBoth()
{
    App app;
    connectInOrder(app);
    app.show();
    app.window->showPage(MainWindow::Page::Connections);
    ConnectionsPage *page = app.window->connectionsPage();
    CardListView *view = page->view();
    const int annaRow = page->model()->rowOf(app.anna);
    QVERIFY(annaRow >= 0);
    const int annaNotifications = app.count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE member_id = ?"),
                                            {app.anna});
    QString asked;
    Prompts::setConfirmHandler([&](const QString &, const QString &text) {
        asked = text;
        return false;
    });
    app.click(view, annaRow, 0);
    QVERIFY(asked.contains(QStringLiteral("Anna Schmidt")));
    QVERIFY(app.service->network().isConnected(app.me, app.anna)); // declined: nothing happened
    Prompts::setConfirmHandler([](const QString &, const QString &) { return true; });
    app.click(view, annaRow, 0);
    QVERIFY(view->isRowHidden(annaRow));
    QVERIFY(app.service->network().isConnected(app.me, app.anna)); // removed when the Undo offer ends
    app.window->messageBar()->dismiss();
    QCOMPARE(page->model()->rowOf(app.anna), -1);
    QCOMPARE(page->model()->rowCount(), 2);
    QCOMPARE(app.count(QStringLiteral("SELECT COUNT(*) FROM connections WHERE (member_id = ? AND other_id = ?)"
                                      " OR (member_id = ? AND other_id = ?)"),
                       {app.me, app.anna, app.anna, app.me}),
             0);
    // Anna is not told, and a new invitation may go out at once.
    QCOMPARE(app.count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE member_id = ?"), {app.anna}),
             annaNotifications);
    QCOMPARE(app.service->network().relation(app.me, app.anna).kind, Relation::CanConnect);
    QVERIFY(app.service->invite(app.me, app.anna, {}, InvitationSource::Profile).ok());
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("connectionsPageTitle"))->text(),
             QStringLiteral("Connections (2)"));
    QTRY_COMPARE(app.page()->findChild<QLabel *>(QStringLiteral("connectionsCount"))->text(), QStringLiteral("2"));
}

void TestPage::R14_removalElsewhereLeavesTheList()
{
    App app;
    connectInOrder(app);
    app.show();
    app.window->showPage(MainWindow::Page::Connections);
    ConnectionListModel *model = app.window->connectionsPage()->model();
    QCOMPARE(model->rowCount(), 3);
    // Ben removes Mia, from his side: Mia's open list follows.
    QVERIFY(app.service->removeConnection(app.ben, app.me).ok());
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowOf(app.ben), -1);
}

namespace {

void clickRow(CardListView *view, int row)
{
    const QRect r = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
}

// Two weeks on: the first reminder of an invitation to Mia is due.
void advanceTwoWeeks(App &app)
{
    for (int i = 0; i < 2; ++i)
        app.window->findChild<QAction *>(QStringLiteral("advanceWeekAction"))->trigger();
}

}

void TestPage::reminderOpensTheInvitation()
{
    App app;
    const qint64 annas = app.service->invite(app.anna, app.me, {}, InvitationSource::Profile).invitationId;
    app.clock.advance(Net::hour);
    addReceived(app, 5); // newer: Anna's is not among the first three
    app.show();
    app.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
    advanceTwoWeeks(app);
    MessagesPage *messages = app.window->messagesPage();
    MessageListModel *notes = messages->notifications();
    QTRY_VERIFY(notes->rowCount() >= 1);
    int row = -1;
    for (int i = 0; i < notes->rowCount(); ++i) {
        if (notes->index(i, 0).data(Roles::InvitationId).toLongLong() == annas)
            row = i;
    }
    QVERIFY(row >= 0);
    const int unread = notes->unreadCount();
    app.window->showPage(MainWindow::Page::Notifications);
    clickRow(messages->notificationsView(), row);
    // On My Network, all invitations shown, Anna's current and focused.
    QVERIFY(app.page()->isVisible());
    QCOMPARE(app.page()->view(), MyNetworkPage::View::Received);
    CardListView *all = app.page()->receivedAllView();
    QCOMPARE(all->currentIndex().data(Roles::InvitationId).toLongLong(), annas);
    QTRY_VERIFY(all->hasFocus());
    QCOMPARE(notes->unreadCount(), unread - 1); // that one is read, the rest not
}

// A local store mails nothing itself: an outbox e-mail, clicked or with
// Enter, goes to the desktop's mail program as a mailto: with the
// recipient, the subject and the text, the note whole.
void TestPage::R20_aLocalOutboxEmailGoesThroughTheMailProgram()
{
    App app;
    QVERIFY(app.service
                ->inviteByEmail(app.me, QStringLiteral("lea@example.net"), QStringLiteral("Tom & Jerry #1, 100% sure"),
                                InvitationSource::EmailInvite)
                .ok());
    app.show();
    app.window->showPage(MainWindow::Page::Outbox);
    CardListView *view = app.window->messagesPage()->outboxView();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->model()->index(0, 0).data(Roles::Body).toString().contains(QLatin1String("e-mail program")));
    QUrl opened;
    Prompts::setUrlHandler([&opened](const QUrl &url) { opened = url; });
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    Prompts::setUrlHandler({});
    QCOMPARE(opened.scheme(), QStringLiteral("mailto"));
    QCOMPARE(opened.path(), QStringLiteral("lea@example.net"));
    const QUrlQuery query(opened);
    const QString me = app.service->network().member(app.me)->name;
    QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
             QStringLiteral("%1 invites you to connect on My Network").arg(me));
    QVERIFY2(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded)
                 .contains(QLatin1String("> Tom & Jerry #1, 100% sure")),
             qPrintable(opened.toString()));
}

void TestPage::acceptanceOpensTheProfile()
{
    App app;
    const ActionResult mine = app.service->invite(app.me, app.ben, {}, InvitationSource::Profile);
    QVERIFY(app.service->accept(app.ben, mine.invitationId).ok());
    app.show();
    app.window->showPage(MainWindow::Page::Notifications);
    CardListView *view = app.window->messagesPage()->notificationsView();
    QCOMPARE(view->model()->rowCount(), 1);
    // From the keyboard this time.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(app.window->profilePage()->isVisible());
    QCOMPARE(app.window->profilePage()->findChild<QLabel *>(QStringLiteral("nameLabel"))->text(),
             QStringLiteral("Ben Taylor"));
    QCOMPARE(app.window->messagesPage()->notifications()->unreadCount(), 0);
}

void TestPage::reminderSaysWhatBecameOfIt()
{
    App app;
    const qint64 annas = app.service->invite(app.anna, app.me, {}, InvitationSource::Profile).invitationId;
    const qint64 bens = app.service->invite(app.ben, app.me, {}, InvitationSource::Profile).invitationId;
    app.show();
    advanceTwoWeeks(app);
    MessageListModel *notes = app.window->messagesPage()->notifications();
    QTRY_COMPARE(notes->rowCount(), 2);
    const auto bodyOf = [notes](qint64 invitation) {
        for (int i = 0; i < notes->rowCount(); ++i) {
            if (notes->index(i, 0).data(Roles::InvitationId).toLongLong() == invitation)
                return notes->index(i, 0).data(Roles::Body).toString();
        }
        return QString();
    };
    QVERIFY(bodyOf(annas).startsWith(QStringLiteral("Accept or ignore")));
    // Accepted meanwhile: the reminder says so, at once.
    QVERIFY(app.service->accept(app.me, annas).ok());
    QTRY_COMPARE(bodyOf(annas), QStringLiteral("You accepted this invitation: you and Anna Schmidt are connected."));
    // Six months on, Ben's has expired (R7).
    app.clock.advanceMonths(6);
    QTRY_COMPARE(bodyOf(bens), QStringLiteral("This invitation has expired."));
    // Opening it shows Ben, not an invitation that is gone.
    int row = 0;
    while (notes->index(row, 0).data(Roles::InvitationId).toLongLong() != bens)
        ++row;
    QCOMPARE(notes->index(row, 0).data(Roles::Title).toString(), QStringLiteral("Reminder: Ben Taylor invited you"));
    app.window->showPage(MainWindow::Page::Notifications);
    clickRow(app.window->messagesPage()->notificationsView(), row);
    QVERIFY(app.window->profilePage()->isVisible());
}

void TestPage::emptyListsSayWhatAppears()
{
    App app;
    app.show();
    MessagesPage *messages = app.window->messagesPage();
    QVERIFY(messages->notificationsView()->emptyText().contains(QStringLiteral("appear here")));
    QVERIFY(messages->outboxView()->emptyText().contains(QStringLiteral("appear here")));
    app.window->showPage(MainWindow::Page::Notifications);
    // Nothing unread: nothing to mark.
    QVERIFY(!messages->findChild<QPushButton *>(QStringLiteral("markAllReadButton"))->isEnabled());
}

namespace {

int invitationsIn(App &app)
{
    return app.count(QStringLiteral("SELECT COUNT(*) FROM invitations"));
}

}

void TestPage::simulatedTimeReturnsToBefore()
{
    App app;
    app.service->invite(app.anna, app.me, {}, InvitationSource::Profile);
    app.show();
    const QString snapshot = TimeSandbox::snapshotPath(app.store);
    QVERIFY(!QFile::exists(snapshot));
    auto *month = app.window->findChild<QAction *>(QStringLiteral("advanceMonthAction"));
    month->trigger(); // the first jump keeps a copy
    QVERIFY(QFile::exists(snapshot));
    QVERIFY(app.service->invite(app.me, app.ben, {}, InvitationSource::Profile).ok());
    for (int i = 0; i < 6; ++i)
        month->trigger();
    QTRY_COMPARE(app.page()->receivedModel()->rowCount(), 0); // Anna's expired
    QVERIFY(app.count(QStringLiteral("SELECT COUNT(*) FROM notifications")) > 0);
    QCOMPARE(invitationsIn(app), 2);

    // Cancel: nothing changes, time stays simulated.
    QStringList offered;
    Prompts::setChoiceHandler([&](const QString &, const QString &, const QStringList &choices) {
        offered = choices;
        return -1;
    });
    auto *real = app.window->findChild<QAction *>(QStringLiteral("realTimeAction"));
    real->trigger();
    QCOMPARE(offered, QStringList({QStringLiteral("Return to before"), QStringLiteral("Keep what happened")}));
    QVERIFY(app.clock.isSimulated());
    QCOMPARE(invitationsIn(app), 2);

    Prompts::setChoiceHandler([](const QString &, const QString &, const QStringList &) { return 0; });
    real->trigger();
    QVERIFY(!app.clock.isSimulated());
    QVERIFY(!QFile::exists(snapshot));
    // As before the first jump: Anna's invitation awaits, nothing else.
    QCOMPARE(invitationsIn(app), 1);
    QCOMPARE(app.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), 0);
    QCOMPARE(app.service->network().relation(app.anna, app.me).kind, Relation::InvitationSent);
    QTRY_COMPARE(app.page()->receivedModel()->rowCount(), 1);
    QCOMPARE(app.window->messagesPage()->notifications()->rowCount(), 0);
    QTRY_COMPARE(app.page()->findChild<QLabel *>(QStringLiteral("sentCount"))->text(), QStringLiteral("0"));
    // A fresh start of simulated time takes a fresh copy.
    month->trigger();
    QVERIFY(QFile::exists(snapshot));
}

void TestPage::simulatedTimeKeepsWhatHappened()
{
    App app;
    app.show();
    app.window->findChild<QAction *>(QStringLiteral("advanceWeekAction"))->trigger();
    QVERIFY(app.service->invite(app.me, app.ben, {}, InvitationSource::Profile).ok());
    Prompts::setChoiceHandler([](const QString &, const QString &, const QStringList &) { return 1; });
    app.window->findChild<QAction *>(QStringLiteral("realTimeAction"))->trigger();
    QVERIFY(!app.clock.isSimulated());
    QVERIFY(!TimeSandbox::hasSnapshot(app.store));
    QCOMPARE(invitationsIn(app), 1);
    // Sent a week "from now": shown with its date, not as "just now".
    InvitationListModel *sent = app.page()->sentModel();
    QCOMPARE(sent->rowCount(), 1);
    const QString when = sent->index(0, 0).data(Roles::SentText).toString();
    QVERIFY2(!when.contains(QStringLiteral("just now")), qPrintable(when));
    const QDate then = QDateTime::fromMSecsSinceEpoch(app.clock.nowMs() + 7 * Net::day).date();
    QVERIFY2(when.contains(QString::number(then.year())) && when.contains(QString::number(then.day())),
             qPrintable(when));
}

QTEST_MAIN(TestPage)
#include "tst_page.moc"
