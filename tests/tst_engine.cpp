#include "testsupport.h"

#include "rules/enginestatus.h"
#include "runtime/appcontext.h"
#include "store/changefeed.h"
#include "store/sql.h"

#include <QElapsedTimer>
#include <QThread>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void busyStoreIsRetriedWithBackoffAndNothingDoubled();
    void heldWritesKeepEveryChangeOut();
    void armsForTheNextDueMoment();
    void capsItsSleep();
    void rearmsWhenAnEarlierInvitationArrives();
    void clockJumpForwardRunsAtOnce();
    void clockJumpBackwardSendsNothingAgain();
    void failedRunKeepsNothingAndRerunSendsOnce();
    void largeCatchUpInterruptedInTheMiddleKeepsWholeSlices();
    void catchUpGoesBackToTheEventLoopBetweenSlices();
    void slicesAreSizedByThePaceOfTheLastOne();
    void runningTwiceIsIdempotent();
    void R17_twoEnginesOnOneFileSendEachReminderOnce();
    void realTimerFiresTheReminder();
    void catchUpReportsWhatChanged();
    void windowEngineRunsOnItsOwnThread();
};

namespace {

// `count` invitations, each to a new member, from senders within the
// weekly limit (R13).
bool inviteMany(Net &n, int count)
{
    qint64 sender = 0;
    for (int i = 0; i < count; ++i) {
        if (i % 50 == 0)
            sender = n.member(QStringLiteral("Sender %1").arg(i));
        if (!n.service->invite(sender, n.member(QStringLiteral("R%1").arg(i)), {}, InvitationSource::Profile).ok())
            return false;
    }
    return true;
}

}

void TestEngine::armsForTheNextDueMoment()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    n.engine->start();
    QVERIFY(n.engine->isArmed());
    QCOMPARE(n.engine->nextDueMs(), qint64(0));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    const qint64 due = n.clock.nowMs() + 14 * Net::day;
    QCOMPARE(n.engine->nextDueMs(), due);
    // Two weeks away: it sleeps the longest allowed time, then looks again.
    QCOMPARE(n.engine->armedIntervalMs(), int(ExpiryEngine::kMaxSleepMs));
    n.clock.setNow(due - 10 * 60 * 1000);
    QCOMPARE(n.engine->armedForMs(), due);
    QCOMPARE(n.engine->armedIntervalMs(), 10 * 60 * 1000);
    QVERIFY(sent.ok());
}

void TestEngine::capsItsSleep()
{
    Net n;
    n.engine->start();
    QCOMPARE(n.engine->armedIntervalMs(), int(ExpiryEngine::kMaxSleepMs));
    QCOMPARE(n.engine->armedForMs(), n.clock.nowMs() + ExpiryEngine::kMaxSleepMs);
}

void TestEngine::rearmsWhenAnEarlierInvitationArrives()
{
    Net n;
    RulesSettings rules;
    rules.firstReminderAfterMs = 5 * 60 * 1000;
    n.service->setRules(rules);
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    n.engine->start();
    QCOMPARE(n.engine->armedIntervalMs(), int(ExpiryEngine::kMaxSleepMs));
    n.service->invite(a, b, {}, InvitationSource::Profile);
    QCOMPARE(n.engine->armedIntervalMs(), 5 * 60 * 1000);
}

void TestEngine::clockJumpForwardRunsAtOnce()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    n.service->invite(a, b, {}, InvitationSource::Profile);
    n.engine->start();
    QSignalSpy ran(n.engine.get(), &ExpiryEngine::ran);
    n.clock.advance(15 * Net::day); // no runNow(): the clock's signal is enough
    QCOMPARE(ran.count(), 1);
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder1), 1);
    QVERIFY(n.engine->armedForMs() > n.clock.nowMs());
}

void TestEngine::clockJumpBackwardSendsNothingAgain()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    n.service->invite(a, b, {}, InvitationSource::Profile);
    n.engine->start();
    const qint64 start = n.clock.nowMs();
    n.clock.advance(15 * Net::day);
    n.clock.setNow(start + Net::day); // back in time
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder1), 1);
    QVERIFY(n.engine->isArmed());
    n.clock.setNow(start + 15 * Net::day);
    n.clock.setNow(start + 16 * Net::day);
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder1), 1);
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder2), 0);
}

void TestEngine::failedRunKeepsNothingAndRerunSendsOnce()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    QList<qint64> recipients;
    for (int i = 0; i < 5; ++i) {
        recipients.append(n.member(QStringLiteral("R")));
        n.service->invite(a, recipients.last(), {}, InvitationSource::Profile);
        n.clock.advance(Net::hour);
    }
    const qint64 failing = recipients.at(3);
    // A statement that fails in the middle of the run, as a crash would.
    QSqlQuery q(n.store->database());
    QVERIFY(Sql::exec(q,
                      QStringLiteral("CREATE TRIGGER crash BEFORE INSERT ON notifications WHEN NEW.member_id = %1"
                                     " BEGIN SELECT RAISE(ABORT, 'simulated crash'); END")
                          .arg(failing),
                      {}));
    QSignalSpy failed(n.engine.get(), &ExpiryEngine::failed);
    n.clock.advance(20 * Net::day);
    QVERIFY(!n.engine->runNow());
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("simulated crash")));
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), 0);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE reminders_sent > 0")), 0);

    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER crash")));
    n.reopen(); // the restart after the crash
    QVERIFY(n.engine->runNow());
    QVERIFY(n.engine->runNow());
    for (qint64 r : recipients)
        QCOMPARE(n.notificationsOf(r, NotificationKind::Reminder1), 1);
}

// 2,000 invitations to members and 200 to addresses fall due at once; the
// run fails in the middle. What it kept are whole slices: every invitation
// of them has its reminder, nothing of the failed slice or after it is
// kept, and after the restart each reminder goes out exactly once.
void TestEngine::largeCatchUpInterruptedInTheMiddleKeepsWholeSlices()
{
    Net n;
    QList<qint64> recipients;
    for (int s = 0; s < 40; ++s) {
        const qint64 sender = n.member(QStringLiteral("Sender %1").arg(s));
        for (int i = 0; i < 50; ++i) {
            recipients.append(n.member(QStringLiteral("Recipient %1-%2").arg(s).arg(i)));
            QVERIFY(n.service->invite(sender, recipients.last(), {}, InvitationSource::Profile).ok());
        }
        for (int i = 0; i < 5; ++i) {
            QVERIFY(n.service
                        ->inviteByEmail(sender, QStringLiteral("p%1-%2@example.org").arg(s).arg(i), {},
                                        InvitationSource::EmailInvite)
                        .ok());
        }
        n.clock.advance(60 * 1000);
    }
    const int mailsBefore = n.count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    // Well after the first slice: how many slices came before it depends
    // on this machine's pace.
    const int failingAt = 1500;
    const int failing = n.count(QStringLiteral("SELECT id FROM invitations ORDER BY next_due_ms, id LIMIT 1 OFFSET ?"),
                                {failingAt});
    QVERIFY(
        n.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE id = ? AND recipient_id IS NOT NULL"), {failing})
        == 1);
    QSqlQuery q(n.store->database());
    QVERIFY(Sql::exec(q,
                      QStringLiteral("CREATE TRIGGER crash BEFORE INSERT ON notifications WHEN NEW.invitation_id = %1"
                                     " BEGIN SELECT RAISE(ABORT, 'simulated crash'); END")
                          .arg(failing),
                      {}));
    QSignalSpy ran(n.engine.get(), &ExpiryEngine::ran);
    n.clock.advance(20 * Net::day);
    QVERIFY(!n.engine->runNow());
    QVERIFY(n.engine->lastError().contains(QStringLiteral("simulated crash")));
    QVERIFY(ran.count() >= 1);
    // What was kept is exactly what the committed slices reported, all of
    // it before the failing invitation.
    int kept = 0;
    for (const QList<QVariant> &slice : std::as_const(ran))
        kept += slice.at(0).value<EngineReport>().remindersSent;
    QVERIFY(kept >= ExpiryEngine::kFirstSliceRows);
    QVERIFY(kept <= failingAt);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE reminders_sent > 0")), kept);
    QCOMPARE(n.count(QStringLiteral("SELECT reminders_sent FROM invitations WHERE id = ?"), {failing}), 0);
    // The kept ones are the first due, each with exactly its one reminder.
    QCOMPARE(n.count(QStringLiteral("SELECT MAX(sent_ms) <= (SELECT MIN(sent_ms) FROM invitations"
                                    " WHERE reminders_sent = 0) FROM invitations WHERE reminders_sent > 0")),
             1);
    const int remindedMembers = n.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE reminders_sent > 0"
                                                       " AND recipient_id IS NOT NULL"));
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), remindedMembers);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM outbox")), mailsBefore + kept - remindedMembers);
    QCOMPARE(
        n.count(QStringLiteral("SELECT COUNT(*) FROM invitations i WHERE reminders_sent = 1 AND"
                               " (SELECT COUNT(*) FROM notifications n WHERE n.invitation_id = i.id)"
                               " + (SELECT COUNT(*) FROM outbox o WHERE o.invitation_id = i.id AND o.kind = ?) <> 1"),
                {int(OutboxKind::Reminder1)}),
        0);

    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER crash")));
    n.reopen();
    QVERIFY(n.engine->runNow());
    QVERIFY(n.engine->runNow());
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE kind = ?"),
                     {int(NotificationKind::Reminder1)}),
             2000);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(DISTINCT member_id) FROM notifications")), 2000);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = ?"), {int(OutboxKind::Reminder1)}), 200);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE reminders_sent = 1")), 2200);
}

// The clock jumps weeks ahead with more due than one slice: the engine sends
// one slice and returns to the window; the timer brings the rest, each
// reminder once.
void TestEngine::catchUpGoesBackToTheEventLoopBetweenSlices()
{
    Net n;
    const int invited = 3 * ExpiryEngine::kFirstSliceRows + 7;
    QVERIFY(inviteMany(n, invited));
    n.engine->start();
    QSignalSpy ran(n.engine.get(), &ExpiryEngine::ran);
    n.clock.advance(15 * Net::day);
    QCOMPARE(ran.count(), 1);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), ExpiryEngine::kFirstSliceRows);
    QVERIFY(n.engine->isArmed());
    QCOMPARE(n.engine->armedIntervalMs(), 0);
    QTRY_COMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), invited);
    int reported = 0;
    for (const QList<QVariant> &slice : std::as_const(ran))
        reported += slice.at(0).value<EngineReport>().remindersSent;
    QCOMPARE(reported, invited);
    QVERIFY(ran.count() >= 2);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(DISTINCT invitation_id) FROM notifications")), invited);
    QVERIFY(n.engine->armedIntervalMs() > 0);
}

// Each slice takes what fits the time budget at the pace of the one before:
// fewer after a slow slice, at most twice as many after a quick one.
void TestEngine::slicesAreSizedByThePaceOfTheLastOne()
{
    const qint64 budgetUs = ExpiryEngine::kSliceBudgetMs * 1000;
    QCOMPARE(ExpiryEngine::nextSliceRows(500, 2 * budgetUs), 250);
    QCOMPARE(ExpiryEngine::nextSliceRows(500, budgetUs), 500);
    QCOMPARE(ExpiryEngine::nextSliceRows(300, budgetUs * 3 / 4), 400);
    QCOMPARE(ExpiryEngine::nextSliceRows(100, budgetUs / 10), 200);
    QCOMPARE(ExpiryEngine::nextSliceRows(800, 0), ExpiryEngine::kMaxSliceRows);
    QCOMPARE(ExpiryEngine::nextSliceRows(ExpiryEngine::kMaxSliceRows, budgetUs / 2), ExpiryEngine::kMaxSliceRows);
    QCOMPARE(ExpiryEngine::nextSliceRows(100, 100 * budgetUs), ExpiryEngine::kMinSliceRows);
    // On a thread of its own: four times the time, five times the rows.
    const int own = ExpiryEngine::kOwnThreadSliceBudgetMs;
    const int ownMax = ExpiryEngine::kOwnThreadMaxSliceRows;
    QCOMPARE(ExpiryEngine::nextSliceRows(1000, budgetUs, own, ownMax), 2000);
    QCOMPARE(ExpiryEngine::nextSliceRows(4000, own * 1000 / 2, own, ownMax), ownMax);
    QCOMPARE(ExpiryEngine::nextSliceRows(3000, 2 * own * 1000, own, ownMax), 1500);

    // A catch-up starts small, and the next one starts small again.
    Net n;
    QCOMPARE(n.engine->sliceRows(), ExpiryEngine::kFirstSliceRows);
    QVERIFY(inviteMany(n, 2 * ExpiryEngine::kFirstSliceRows + 1));
    QSignalSpy ran(n.engine.get(), &ExpiryEngine::ran);
    n.clock.advance(15 * Net::day);
    QVERIFY(n.engine->runNow());
    QVERIFY(ran.count() >= 2);
    QCOMPARE(ran.at(0).at(0).value<EngineReport>().remindersSent, ExpiryEngine::kFirstSliceRows);
    QCOMPARE(n.engine->sliceRows(), ExpiryEngine::kFirstSliceRows);
}

void TestEngine::runningTwiceIsIdempotent()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    n.service->invite(a, b, {}, InvitationSource::Profile);
    n.service->inviteByEmail(a, QStringLiteral("x@example.com"), {}, InvitationSource::EmailInvite);
    n.clock.advance(170 * Net::day);
    QVERIFY(n.engine->runNow());
    const int notes = n.count(QStringLiteral("SELECT COUNT(*) FROM notifications"));
    const int mails = n.count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    QSignalSpy ran(n.engine.get(), &ExpiryEngine::ran);
    QVERIFY(n.engine->runNow());
    QCOMPARE(ran.count(), 0); // nothing was due
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), notes);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM outbox")), mails);
    QCOMPARE(notes, 2);
    QCOMPARE(mails, 3);
}

// R17 on SQLite: two windows on one file, each with its engine, started at
// once with both reminders due. A file has no lease (both engines run);
// SQLite's write lock, taken as a run begins, makes the second run read
// what the first wrote, so every reminder goes out once.
void TestEngine::R17_twoEnginesOnOneFileSendEachReminderOnce()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    QVERIFY(n.service->invite(a, b, {}, InvitationSource::Profile).ok());
    n.clock.advance(170 * Net::day);
    Store otherStore;
    QVERIFY(otherStore.open(n.config));
    InvitationService otherService(otherStore, n.clock);
    ExpiryEngine other(otherStore, n.clock, otherService);
    QSignalSpy ranFirst(n.engine.get(), &ExpiryEngine::ran);
    QSignalSpy ranOther(&other, &ExpiryEngine::ran);
    // Each catches up as it starts.
    n.engine->start();
    other.start();
    QVERIFY(n.engine->isLeader() && other.isLeader());
    QVERIFY(n.engine->runNow() && other.runNow());
    QCOMPARE(ranFirst.count() + ranOther.count(), 1);
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder1), 1);
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder2), 1);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), 2);
}

void TestEngine::realTimerFiresTheReminder()
{
    // Real time with a real QTimer: the reminder comes by itself.
    SimulatedClock clock;
    Store store;
    QVERIFY(store.open(StoreConfig::sqlite(QStringLiteral(":memory:"))));
    InvitationService service(store, clock);
    RulesSettings rules;
    rules.firstReminderAfterMs = 300;
    QVERIFY(service.setRules(rules));
    ExpiryEngine engine(store, clock, service);
    engine.start();
    Member m;
    m.name = QStringLiteral("Anna");
    m.email = QStringLiteral("anna@example.com");
    const qint64 a = service.join(m).memberId;
    m.name = QStringLiteral("Ben");
    m.email = QStringLiteral("ben@example.com");
    const qint64 b = service.join(m).memberId;
    QVERIFY(service.invite(a, b, {}, InvitationSource::Profile).ok());
    QSignalSpy ran(&engine, &ExpiryEngine::ran);
    QTRY_COMPARE_WITH_TIMEOUT(ran.count(), 1, 5000);
    QCOMPARE(service.network().notifications(b).size(), 1);
}

void TestEngine::catchUpReportsWhatChanged()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const qint64 c = n.member(QStringLiteral("Cem"));
    const ActionResult old = n.service->invite(a, b, {}, InvitationSource::Profile);
    n.clock.advance(170 * Net::day);
    const ActionResult fresh = n.service->invite(a, c, {}, InvitationSource::Profile);
    n.clock.advance(15 * Net::day);
    QSignalSpy ran(n.engine.get(), &ExpiryEngine::ran);
    n.engine->start();
    QCOMPARE(ran.count(), 1);
    const EngineReport report = ran.at(0).at(0).value<EngineReport>();
    QCOMPARE(report.expired, QList<qint64>{old.invitationId});
    QCOMPARE(report.reminded, QList<qint64>{fresh.invitationId});
    QCOMPARE(report.remindersSent, 1);
}

// Another program holds the write lock: the run fails quickly, says why,
// waits longer each time, and once the lock is gone sends each reminder once.
void TestEngine::busyStoreIsRetriedWithBackoffAndNothingDoubled()
{
    Net net;
    net.busyTimeoutMs = 100;
    net.reopen();
    const qint64 anna = net.member(QStringLiteral("Anna"));
    const qint64 ben = net.member(QStringLiteral("Ben"));
    QVERIFY(net.service->invite(anna, ben, QString(), InvitationSource::Profile).ok());
    net.clock.advance(15 * Net::day); // the engine is not started: nothing runs yet

    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
    other.setDatabaseName(net.path);
    QVERIFY(other.open());
    QSqlQuery lock(other);
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

    QSignalSpy failed(net.engine.get(), &ExpiryEngine::failed);
    QSignalSpy recovered(net.engine.get(), &ExpiryEngine::recovered);
    net.engine->start();
    QVERIFY(net.engine->isFailing());
    QVERIFY(net.engine->lastFailureWasBusy());
    QCOMPARE(net.engine->retryDelayMs(), 1000);
    QVERIFY2(net.engine->armedIntervalMs() >= 1000, "a failed run must not be retried at once");
    QVERIFY(!net.engine->runNow());
    QCOMPARE(net.engine->retryDelayMs(), 2000);
    QCOMPARE(failed.count(), 2);
    // An action at the same moment is refused with the reason, not frozen.
    const ActionResult refused = net.service->invite(ben, anna, QString(), InvitationSource::Profile);
    QCOMPARE(refused.reason, Refusal::StoreBusy);
    QVERIFY(!refused.message.isEmpty());

    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    lock = QSqlQuery();
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));

    QVERIFY(net.engine->runNow());
    QCOMPARE(recovered.count(), 1);
    QVERIFY(!net.engine->isFailing());
    QCOMPARE(net.notificationsOf(ben, NotificationKind::Reminder1), 1);
    QVERIFY(net.engine->runNow());
    QCOMPARE(net.notificationsOf(ben, NotificationKind::Reminder1), 1);
}

// While the store is held (a check after an unclean shutdown), no action,
// engine run or import writes anything.
void TestEngine::heldWritesKeepEveryChangeOut()
{
    Net net;
    const qint64 anna = net.member(QStringLiteral("Anna"));
    const qint64 ben = net.member(QStringLiteral("Ben"));
    QVERIFY(net.service->invite(anna, ben, QString(), InvitationSource::Profile).ok());
    net.clock.advance(15 * Net::day);
    const int before = net.count(QStringLiteral("SELECT COUNT(*) FROM notifications"));
    net.store->holdWrites(QStringLiteral("checking"));
    QVERIFY(!net.engine->runNow());
    const ActionResult refused = net.service->invite(ben, anna, QString(), InvitationSource::Profile);
    QCOMPARE(refused.reason, Refusal::StoreFailure);
    QVERIFY2(refused.message.contains(QLatin1String("checking")), qPrintable(refused.message));
    QCOMPARE(net.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), before);
    Store worker;
    QVERIFY(worker.openWorker(*net.store));
    QCOMPARE(worker.writeHold(), QStringLiteral("checking"));
    net.store->releaseWrites();
    QVERIFY(worker.writeHold().isEmpty());
    QVERIFY(net.engine->runNow());
    QCOMPARE(net.notificationsOf(ben, NotificationKind::Reminder1), 1);
}

// An open window's engine runs on a thread of its own with its own
// connection: a catch-up goes on while the window's thread does not look
// at its events at all, what it commits reaches the window through the
// feed, and the window's rules and actions reach it.
void TestEngine::windowEngineRunsOnItsOwnThread()
{
    Net n;
    const int invited = 3 * ExpiryEngine::kFirstSliceRows + 7;
    QVERIFY(inviteMany(n, invited));
    const qint64 now = n.clock.nowMs();
    n.engine.reset();
    n.service.reset();
    n.store.reset();

    AppContext context;
    context.clock().setNow(now);
    QString error;
    QVERIFY2(context.open(StoreConfig::sqlite(n.path), false, &error), qPrintable(error));
    QVERIFY2(context.checkNow(&error), qPrintable(error));
    context.store().feed()->watch(context.store());
    QSignalSpy ran(&context.engineStatus(), &EngineStatus::ran);
    QSignalSpy changed(context.store().feed(), &ChangeFeed::changed);
    context.start({}, AppContext::EngineRuns::OnItsOwnThread);
    const auto notifications = [&context] {
        return Sql::scalar(context.store().database(), QStringLiteral("SELECT COUNT(*) FROM notifications"), {});
    };
    context.clock().advance(15 * Net::day);
    // This thread only looks at the store, and never at its events.
    QElapsedTimer waited;
    waited.start();
    while (notifications() < invited && waited.elapsed() < 20000)
        QThread::msleep(5);
    QCOMPARE(notifications(), qint64(invited));
    QCOMPARE(ran.count(), 0);
    QVERIFY(!context.engine().isArmed()); // the engine here never started

    // Its slices reach this thread: their reports, their state, and the
    // feed names the invitations they touched.
    QTRY_VERIFY(context.engineStatus().isCaughtUp() && ran.count() >= 2);
    int reported = 0;
    for (const QList<QVariant> &slice : std::as_const(ran))
        reported += slice.at(0).value<EngineReport>().remindersSent;
    QCOMPARE(reported, invited);
    QSet<qint64> touched;
    for (const QList<QVariant> &c : std::as_const(changed)) {
        const ChangeSet set = c.at(0).value<ChangeSet>();
        QVERIFY(!set.remote);
        for (auto it = set.invitations.cbegin(); it != set.invitations.cend(); ++it)
            touched.insert(it.key());
    }
    QCOMPARE(touched.size(), invited);

    // The window changes the rules and invites: the engine reminds by them.
    RulesSettings rules = context.service().rules();
    rules.firstReminderAfterMs = 300;
    QVERIFY(context.service().setRules(rules));
    const qint64 anna = Sql::scalar(context.store().database(), QStringLiteral("SELECT MIN(id) FROM members"), {});
    Member nia;
    nia.name = QStringLiteral("Nia Neu");
    nia.email = QStringLiteral("nia@example.org");
    const qint64 newcomer = context.service().join(nia).memberId;
    QVERIFY(newcomer > 0);
    QVERIFY(context.service().invite(anna, newcomer, {}, InvitationSource::Profile).ok());
    QTRY_COMPARE_WITH_TIMEOUT(Sql::scalar(context.store().database(),
                                          QStringLiteral("SELECT COUNT(*) FROM notifications WHERE member_id = ?"),
                                          {newcomer}),
                              qint64(1), 5000);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
