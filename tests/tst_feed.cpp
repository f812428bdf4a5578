// One feed of committed changes: views follow the store whoever changed it,
// in this process or another one on the same file.
#include "testsupport.h"

#include "models/invitationlistmodel.h"
#include "models/messagelistmodel.h"
#include "models/roles.h"
#include "store/changefeed.h"
#include "store/sql.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace {

// A second window's store, service and engine on another's file: what a
// second process does (its own connections, its own feed).
struct Other
{
    explicit Other(const Net &first)
        : net(first.clock.nowMs(), first.path)
    {
        net.store->feed()->watch(*net.store, 50);
    }
    Net net;
};

int rowsOf(const QAbstractItemModel &m)
{
    return m.rowCount();
}

}

class TestFeed : public QObject
{
    Q_OBJECT

private slots:
    void actionPublishesOnceAfterCommit();
    void refusedActionPublishesNothing();
    void otherStoreSeesSendAcceptAndExpiry();
    void ownCommitsAreNotReadBackTwice();
    void windowFarBehindReloadsEverything();
    void failedReadKeepsRowsAndSaysSo();
    void notificationsFollowReadAndReminders();
    void largeCatchUpEmptiesTheListWithoutAReset();
};

void TestFeed::actionPublishesOnceAfterCommit()
{
    Net n;
    const qint64 anna = n.member(QStringLiteral("Anna"));
    const qint64 ben = n.member(QStringLiteral("Ben"));
    QSignalSpy spy(n.store->feed(), &ChangeFeed::changed);
    const ActionResult r = n.service->invite(anna, ben, QString(), InvitationSource::Profile);
    QVERIFY(r.ok());
    QCOMPARE(spy.count(), 1);
    const ChangeSet c = spy.at(0).at(0).value<ChangeSet>();
    QVERIFY(c.invitations.contains(r.invitationId));
    QVERIFY(c.touches(anna, ChangeSet::Invitations));
    QVERIFY(c.touches(ben, ChangeSet::Invitations));
    QVERIFY(!c.remote);
    // Written with the commit, for other processes.
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE origin = ?"), {n.store->feed()->origin()}),
             3); // two joins and the invitation
}

void TestFeed::refusedActionPublishesNothing()
{
    Net n;
    const qint64 anna = n.member(QStringLiteral("Anna"));
    QSignalSpy spy(n.store->feed(), &ChangeFeed::changed);
    const int logged = n.count(QStringLiteral("SELECT COUNT(*) FROM change_log"));
    QVERIFY(!n.service->invite(anna, anna, QString(), InvitationSource::Profile).ok());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM change_log")), logged);
}

void TestFeed::otherStoreSeesSendAcceptAndExpiry()
{
    Net a;
    const qint64 anna = a.member(QStringLiteral("Anna"));
    const qint64 ben = a.member(QStringLiteral("Ben"));
    a.store->feed()->watch(*a.store, 50);
    Other b(a);

    InvitationListModel annasSent(InvitationListModel::Kind::Sent, *a.service, a.clock);
    InvitationListModel bensReceived(InvitationListModel::Kind::Received, *b.net.service, b.net.clock);
    QAbstractItemModelTester t1(&annasSent, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&bensReceived, QAbstractItemModelTester::FailureReportingMode::QtTest);
    annasSent.setMember(anna);
    bensReceived.setMember(ben);
    QSignalSpy inserted(&bensReceived, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&bensReceived, &QAbstractItemModel::modelReset);

    const qint64 id = a.service->invite(anna, ben, QStringLiteral("Hallo"), InvitationSource::Profile).invitationId;
    QCOMPARE(annasSent.rowCount(), 1); // this process: at once
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(bensReceived), 1, 10000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(bensReceived.data(bensReceived.index(0), Roles::Note).toString(), QStringLiteral("Hallo"));

    QVERIFY(b.net.service->accept(ben, id).ok());
    QCOMPARE(bensReceived.rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(annasSent), 0, 10000);
    QCOMPARE(a.network().counts(anna).connections, 1);
    QCOMPARE(a.network().counts(anna).unreadNotifications, 1);

    // The engine of one expires; the other's lists follow.
    const qint64 second =
        b.net.service->invite(ben, a.member(QStringLiteral("Cem")), QString(), InvitationSource::Search).invitationId;
    QVERIFY(second);
    InvitationListModel bensSent(InvitationListModel::Kind::Sent, *b.net.service, b.net.clock);
    bensSent.setMember(ben);
    QCOMPARE(bensSent.rowCount(), 1);
    a.clock.advance(7 * 31 * Net::day);
    b.net.clock.advance(7 * 31 * Net::day);
    a.engine->start();
    QCOMPARE(a.count(QStringLiteral("SELECT state FROM invitations WHERE id = ?"), {second}),
             int(InvitationState::Expired));
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(bensSent), 0, 10000);
}

void TestFeed::ownCommitsAreNotReadBackTwice()
{
    Net n;
    n.store->feed()->watch(*n.store, 50);
    const qint64 anna = n.member(QStringLiteral("Anna"));
    const qint64 ben = n.member(QStringLiteral("Ben"));
    QSignalSpy spy(n.store->feed(), &ChangeFeed::changed);
    QVERIFY(n.service->invite(anna, ben, QString(), InvitationSource::Profile).ok());
    QTest::qWait(200);
    QVERIFY(n.store->feed()->poll());
    QCOMPARE(spy.count(), 1);
}

void TestFeed::windowFarBehindReloadsEverything()
{
    Net a;
    a.member(QStringLiteral("Anna"));
    Other b(a);
    QSignalSpy spy(b.net.store->feed(), &ChangeFeed::changed);
    // Another program wrote more than the log keeps, and the log was pruned.
    {
        Transaction tx(*a.store);
        QSqlQuery q(a.store->database());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO change_log (origin, payload) VALUES (7, '{}')")));
        for (qint64 i = 0; i < ChangeFeed::kKeptRows + 5; ++i)
            QVERIFY(q.exec());
        QVERIFY(Sql::exec(q, QStringLiteral("DELETE FROM change_log WHERE seq <= ?"),
                          {b.net.store->feed()->lastSeen() + 2}));
        QVERIFY(tx.commit());
    }
    QVERIFY(b.net.store->feed()->poll());
    QVERIFY(!spy.isEmpty());
    QVERIFY(spy.last().at(0).value<ChangeSet>().everything);
}

// Another program takes the table away for a moment: the list says it
// could not read, keeps what it shows, and reads again later.
void TestFeed::failedReadKeepsRowsAndSaysSo()
{
    Net n;
    const qint64 me = n.member(QStringLiteral("Me"));
    for (int i = 0; i < 60; ++i) {
        QVERIFY(
            n.service->invite(n.member(QStringLiteral("P%1").arg(i)), me, QString(), InvitationSource::Profile).ok());
        n.clock.advance(1000);
    }
    InvitationListModel received(InvitationListModel::Kind::Received, *n.service, n.clock);
    QAbstractItemModelTester tester(&received, QAbstractItemModelTester::FailureReportingMode::QtTest);
    received.setMember(me);
    QCOMPARE(received.rowCount(), InvitationListModel::kPageSize);
    QSignalSpy failed(&received, &SyncedListModel::readFailed);

    QSqlQuery q(n.store->database());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE invitations RENAME TO invitations_away")));
    QVERIFY(received.canFetchMore({}));
    received.fetchMore({});
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("invitations")),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(received.rowCount(), InvitationListModel::kPageSize);
    QVERIFY2(received.canFetchMore({}), "a failed read is not the end of the list");

    QVERIFY(q.exec(QStringLiteral("ALTER TABLE invitations_away RENAME TO invitations")));
    received.fetchMore({});
    QCOMPARE(received.rowCount(), 60);
}

void TestFeed::notificationsFollowReadAndReminders()
{
    Net n;
    const qint64 anna = n.member(QStringLiteral("Anna"));
    const qint64 ben = n.member(QStringLiteral("Ben"));
    MessageListModel notes(MessageListModel::Kind::Notifications, *n.service);
    QAbstractItemModelTester tester(&notes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    notes.setMember(ben);
    QSignalSpy unread(&notes, &MessageListModel::unreadCountChanged);
    QSignalSpy inserted(&notes, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&notes, &QAbstractItemModel::dataChanged);
    QVERIFY(n.service->invite(anna, ben, QString(), InvitationSource::Profile).ok());
    n.engine->start();
    n.clock.advance(15 * Net::day);
    QCOMPARE(notes.rowCount(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(notes.unreadCount(), 1);
    QVERIFY(notes.data(notes.index(0), Roles::Unread).toBool());
    QCOMPARE(n.service->markNotificationsRead(ben), 1);
    QVERIFY(!notes.data(notes.index(0), Roles::Unread).toBool());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(unread.last().at(0).toInt(), 0);
}

// Hundreds of one member's invitations expire in one engine run: the list
// re-reads its range once instead of once per invitation, still row by row.
void TestFeed::largeCatchUpEmptiesTheListWithoutAReset()
{
    Net n;
    const qint64 me = n.member(QStringLiteral("Me"));
    const int count = InvitationListModel::kReconcileLimit + 50;
    for (int i = 0; i < count; ++i)
        QVERIFY(
            n.service->invite(n.member(QStringLiteral("P%1").arg(i)), me, QString(), InvitationSource::Profile).ok());
    InvitationListModel received(InvitationListModel::Kind::Received, *n.service, n.clock);
    QAbstractItemModelTester tester(&received, QAbstractItemModelTester::FailureReportingMode::QtTest);
    received.setMember(me);
    while (received.canFetchMore({}))
        received.fetchMore({});
    QCOMPARE(received.rowCount(), count);
    QSignalSpy reset(&received, &QAbstractItemModel::modelReset);
    n.engine->start();
    n.clock.advance(200 * Net::day);
    QCOMPARE(received.rowCount(), 0);
    QCOMPARE(reset.count(), 0);
}

QTEST_GUILESS_MAIN(TestFeed)
#include "tst_feed.moc"
