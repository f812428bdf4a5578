#include "pgserver.h"
#include "testsupport.h"

#include "base/email.h"
#include "base/textlimits.h"
#include "store/reminderschedule.h"
#include "store/sql.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void R1_refusesYourself();
    void R1_refusesConnected();
    void R1_refusesSecondPending();
    void R1_refusalWritesNothing();
    void R1_refusesUnknownMemberAndLongNote();
    void R2_connectOnCrossedInvitationAccepts();
    void R2_databaseRefusesSecondPendingBetweenTwo();
    void R3_acceptConnectsBothAndNotifiesSender();
    void R3_acceptIsOneTransaction();
    void R3_onlyRecipientMayAccept();
    void R4_ignoreHidesFromRecipientOnly();
    void R4_senderMayWithdrawIgnored();
    void R4_ignoredEndsForSenderAtExpiry();
    void R5_expiresSixCalendarMonthsLater_data();
    void R5_expiresSixCalendarMonthsLater();
    void R5_expiredLeavesListsAndAllowsResend();
    void R5_acceptAfterExpiryRefusedBeforeEngineRan();
    void R5_resendAtOnceBeforeEngineRan();
    void R6_remindersAtBothOffsets();
    void R6_noThirdReminder();
    void R6_noReminderAfterAnswer_data();
    void R6_noReminderAfterAnswer();
    void R6_noReminderAfterExpiry();
    void R6_catchUpAfterSevenMonthsOnlyExpires();
    void R6_catchUpSendsMissedReminder();
    void R6_catchUpSendsBothOverdueReminders();
    void R6_offsetsAreSettings();
    void R6_addressGetsOutboxReminders();
    void R6_neverTwiceAcrossRestart();
    void R7_withdrawPending();
    void R7_cannotWithdrawAcceptedOrExpired();
    void R7_onlySenderWithdraws();
    void R8_coolDownRefusesUntil21Days();
    void R8_coolDownOnAddress();
    void R8_relationNamesTheDate();
    void R9_inviteAddressWritesOutboxEmail();
    void R9_joinTurnsAddressInvitationsIntoReceived();
    void R9_oneNormalisationOfAddresses();
    void R10_purgesNeverJoinedAddressAtExpiry();
    void R10_joinedAddressIsKept();
    void R11_profilePrivacy();
    void R12_everySourceIsRecorded();
    void R13_weeklyLimitRollingWindow();
    void R13_withdrawDoesNotGiveOneBack();
    void R14_removeDropsBothSidesAtOnce();
    void R14_otherIsNotTold();
    void R14_eitherMayInviteAgainRightAway();
    void R14_onlyAConnectionCanBeRemoved();
    void hostileTextRoundTrip();
};

void TestRules::R1_refusesYourself()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const ActionResult r = n.service->invite(a, a, {}, InvitationSource::Profile);
    QCOMPARE(r.reason, Refusal::Yourself);
    QVERIFY(!r.message.isEmpty());
}

void TestRules::R1_refusesConnected()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    QVERIFY(sent.ok());
    QVERIFY(n.service->accept(b, sent.invitationId).ok());
    const ActionResult again = n.service->invite(a, b, {}, InvitationSource::Search);
    QCOMPARE(again.reason, Refusal::AlreadyConnected);
    QVERIFY(again.message.contains(QStringLiteral("Ben")));
    QCOMPARE(n.service->invite(b, a, {}, InvitationSource::Search).reason, Refusal::AlreadyConnected);
}

void TestRules::R1_refusesSecondPending()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    QVERIFY(n.service->invite(a, b, {}, InvitationSource::Profile).ok());
    QCOMPARE(n.service->invite(a, b, {}, InvitationSource::Search).reason, Refusal::AlreadyPending);
}

void TestRules::R1_refusalWritesNothing()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    QVERIFY(n.service->invite(a, b, {}, InvitationSource::Profile).ok());
    QSignalSpy sent(n.service.get(), &InvitationService::invitationSent);
    const int before = n.count(QStringLiteral("SELECT COUNT(*) FROM invitations"));
    n.service->invite(a, b, {}, InvitationSource::Profile);
    n.service->invite(a, a, {}, InvitationSource::Profile);
    n.service->inviteByEmail(a, QStringLiteral("not an address"), {}, InvitationSource::EmailInvite);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM invitations")), before);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
    QCOMPARE(sent.count(), 0);
}

void TestRules::R1_refusesUnknownMemberAndLongNote()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    QCOMPARE(n.service->invite(a, 999, {}, InvitationSource::Profile).reason, Refusal::UnknownMember);
    const ActionResult tooLong = n.service->invite(a, b, QString(301, QLatin1Char('x')), InvitationSource::Profile);
    QCOMPARE(tooLong.reason, Refusal::NoteTooLong);
    QVERIFY(tooLong.message.contains(QStringLiteral("300")));
    QVERIFY(n.service->invite(a, b, QString(300, QLatin1Char('x')), InvitationSource::Profile).ok());
}

void TestRules::R2_connectOnCrossedInvitationAccepts()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult fromBen = n.service->invite(b, a, {}, InvitationSource::Profile);
    QVERIFY(fromBen.ok());
    const ActionResult connect = n.service->invite(a, b, {}, InvitationSource::PeopleYouMayKnow);
    QVERIFY(connect.ok());
    QVERIFY(connect.acceptedInstead);
    QCOMPARE(connect.invitationId, fromBen.invitationId);
    QVERIFY(n.network().isConnected(a, b));
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM invitations")), 1);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE state = 0")), 0);
    QCOMPARE(n.notificationsOf(b, NotificationKind::Accepted), 1);
}

void TestRules::R2_databaseRefusesSecondPendingBetweenTwo()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    QVERIFY(n.service->invite(a, b, {}, InvitationSource::Profile).ok());
    // Bypass the service: the store itself must refuse B -> A while A -> B is pending.
    QSqlQuery q(n.store->database());
    QVERIFY(!Sql::exec(q,
                       QStringLiteral("INSERT INTO invitations (sender_id, recipient_id, pair_lo, pair_hi, source,"
                                      " state, sent_ms, expires_ms) VALUES (?, ?, ?, ?, 0, 0, 1, 2)"),
                       {b, a, qMin(a, b), qMax(a, b)}));
}

void TestRules::R3_acceptConnectsBothAndNotifiesSender()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, QStringLiteral("Hallo Ben"), InvitationSource::Profile);
    QSignalSpy accepted(n.service.get(), &InvitationService::invitationAccepted);
    QVERIFY(n.service->accept(b, sent.invitationId).ok());
    QCOMPARE(accepted.count(), 1);
    QVERIFY(n.network().isConnected(a, b));
    QVERIFY(n.network().isConnected(b, a));
    QCOMPARE(n.network().connectionIds(a), QList<qint64>{b});
    QCOMPARE(n.notificationsOf(a, NotificationKind::Accepted), 1);
    QCOMPARE(n.network().invitation(sent.invitationId)->state, InvitationState::Accepted);
    QCOMPARE(n.service->accept(b, sent.invitationId).reason, Refusal::AlreadyAccepted);
}

void TestRules::R3_acceptIsOneTransaction()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    QSqlQuery q(n.store->database());
    // The store refuses the notification, the last statement of an accept.
    if (n.store->dialect().isSQLite()) {
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER fail BEFORE INSERT ON notifications"
                                      " BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")));
    } else {
        QVERIFY(q.exec(QStringLiteral("CREATE FUNCTION fail() RETURNS trigger LANGUAGE plpgsql AS"
                                      " $$ BEGIN RAISE EXCEPTION 'simulated failure'; END $$")));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER fail BEFORE INSERT ON notifications"
                                      " FOR EACH ROW EXECUTE FUNCTION fail()")));
    }
    const ActionResult r = n.service->accept(b, sent.invitationId);
    QCOMPARE(r.reason, Refusal::StoreFailure);
    QVERIFY(r.message.contains(QStringLiteral("simulated failure")));
    QVERIFY(!n.network().isConnected(a, b));
    QCOMPARE(n.network().invitation(sent.invitationId)->state, InvitationState::Pending);
}

void TestRules::R3_onlyRecipientMayAccept()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const qint64 c = n.member(QStringLiteral("Cem"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    QCOMPARE(n.service->accept(c, sent.invitationId).reason, Refusal::NotRecipient);
    QCOMPARE(n.service->accept(a, sent.invitationId).reason, Refusal::NotRecipient);
    QCOMPARE(n.service->accept(b, 4711).reason, Refusal::NotFound);
}

void TestRules::R4_ignoreHidesFromRecipientOnly()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    QVERIFY(n.service->ignore(b, sent.invitationId).ok());
    QVERIFY(n.network().receivedPending(b).isEmpty());
    QCOMPARE(n.network().counts(b).receivedPending, 0);
    // For Anna nothing changed: still awaiting, same button, same refusal.
    QCOMPARE(n.network().sentAwaiting(a).size(), 1);
    QCOMPARE(n.network().counts(a).sentPending, 1);
    QCOMPARE(n.network().relation(a, b).kind, Relation::InvitationSent);
    QCOMPARE(n.service->invite(a, b, {}, InvitationSource::Profile).reason, Refusal::AlreadyPending);
    QCOMPARE(n.notificationsOf(a, NotificationKind::Accepted), 0);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE member_id = ?"), {a}), 0);
    QCOMPARE(n.service->accept(b, sent.invitationId).reason, Refusal::AlreadyAnswered);
}

void TestRules::R4_senderMayWithdrawIgnored()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    QVERIFY(n.service->ignore(b, sent.invitationId).ok());
    const ActionResult w = n.service->withdraw(a, sent.invitationId);
    QVERIFY(w.ok());
    QCOMPARE(n.network().invitation(sent.invitationId)->state, InvitationState::Ignored); // final stays final
    QVERIFY(n.network().sentAwaiting(a).isEmpty());
    QCOMPARE(n.network().relation(a, b).kind, Relation::CoolDown);
}

void TestRules::R4_ignoredEndsForSenderAtExpiry()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    QVERIFY(n.service->ignore(b, sent.invitationId).ok());
    QSignalSpy ran(n.engine.get(), &ExpiryEngine::ran);
    n.clock.setNow(n.network().invitation(sent.invitationId)->expiresMs);
    QVERIFY(n.engine->runNow());
    QCOMPARE(ran.count(), 1);
    QCOMPARE(ran.at(0).at(0).value<EngineReport>().senderViewEnded, QList<qint64>{sent.invitationId});
    QVERIFY(n.network().sentAwaiting(a).isEmpty());
    QVERIFY(n.service->invite(a, b, {}, InvitationSource::Profile).ok());
}

void TestRules::R5_expiresSixCalendarMonthsLater_data()
{
    QTest::addColumn<qint64>("sent");
    QTest::addColumn<qint64>("expires");
    QTest::newRow("31 Aug -> 28 Feb") << Net::utc(2026, 8, 31, 14, 30) << Net::utc(2027, 2, 28, 14, 30);
    QTest::newRow("31 Aug -> 29 Feb, leap year") << Net::utc(2027, 8, 31, 14, 30) << Net::utc(2028, 2, 29, 14, 30);
    QTest::newRow("15 Mar -> 15 Sep") << Net::utc(2026, 3, 15, 23, 59) << Net::utc(2026, 9, 15, 23, 59);
    QTest::newRow("31 Dec -> 30 Jun") << Net::utc(2026, 12, 31, 0, 0) << Net::utc(2027, 6, 30, 0, 0);
}

void TestRules::R5_expiresSixCalendarMonthsLater()
{
    QFETCH(qint64, sent);
    QFETCH(qint64, expires);
    Net n(sent);
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult toMember = n.service->invite(a, b, {}, InvitationSource::Profile);
    const ActionResult toAddress = n.service->inviteByEmail(a, QStringLiteral("x@example.com"), {},
                                                            InvitationSource::EmailInvite);
    QCOMPARE(n.network().invitation(toMember.invitationId)->expiresMs, expires);
    QCOMPARE(n.network().invitation(toAddress.invitationId)->expiresMs, expires);
    n.clock.setNow(expires - 1);
    QVERIFY(n.engine->runNow());
    QCOMPARE(n.network().invitation(toMember.invitationId)->state, InvitationState::Pending);
    n.clock.setNow(expires);
    QVERIFY(n.engine->runNow());
    QCOMPARE(n.network().invitation(toMember.invitationId)->state, InvitationState::Expired);
}

void TestRules::R5_expiredLeavesListsAndAllowsResend()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    n.clock.setNow(n.network().invitation(sent.invitationId)->expiresMs + Net::hour);
    QVERIFY(n.engine->runNow());
    QVERIFY(n.network().receivedPending(b).isEmpty());
    QVERIFY(n.network().sentAwaiting(a).isEmpty());
    QCOMPARE(n.network().relation(a, b).kind, Relation::CanConnect);
    QVERIFY(n.service->invite(a, b, {}, InvitationSource::Profile).ok());
}

void TestRules::R5_acceptAfterExpiryRefusedBeforeEngineRan()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    n.clock.setNow(n.network().invitation(sent.invitationId)->expiresMs);
    QVERIFY(n.network().receivedPending(b).isEmpty()); // the stored expiry decides, not the engine
    QCOMPARE(n.service->accept(b, sent.invitationId).reason, Refusal::Expired);
    QVERIFY(!n.network().isConnected(a, b));
}

void TestRules::R5_resendAtOnceBeforeEngineRan()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult toBen = n.service->invite(b, a, {}, InvitationSource::Profile);
    const ActionResult toAddress = n.service->inviteByEmail(a, QStringLiteral("x@example.com"), {},
                                                            InvitationSource::EmailInvite);
    n.clock.setNow(n.network().invitation(toBen.invitationId)->expiresMs); // the engine has not run
    QCOMPARE(n.network().relation(a, b).kind, Relation::CanConnect);
    const ActionResult again = n.service->invite(a, b, {}, InvitationSource::Profile);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QVERIFY(!again.acceptedInstead);
    QCOMPARE(n.network().invitation(toBen.invitationId)->state, InvitationState::Expired);
    const ActionResult address = n.service->inviteByEmail(a, QStringLiteral("x@example.com"), {},
                                                          InvitationSource::EmailInvite);
    QVERIFY2(address.ok(), qPrintable(address.message));
    QVERIFY(!n.network().invitation(toAddress.invitationId));
    QCOMPARE(n.outboxFor(QStringLiteral("x@example.com")), 1);
}

void TestRules::R6_remindersAtBothOffsets()
{
    Net n(Net::utc(2026, 1, 10, 8, 0));
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    const Invitation inv = *n.network().invitation(sent.invitationId);
    const qint64 first = inv.sentMs + 14 * Net::day;
    const qint64 second = inv.expiresMs - 14 * Net::day;
    QCOMPARE(second, Net::utc(2026, 6, 26, 8, 0));

    n.clock.setNow(first - 1);
    n.engine->runNow();
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder1), 0);
    n.clock.setNow(first);
    n.engine->runNow();
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder1), 1);
    QCOMPARE(n.engine->nextDueMs(), second);
    n.clock.setNow(second - 1);
    n.engine->runNow();
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder2), 0);
    n.clock.setNow(second);
    n.engine->runNow();
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder2), 1);
    QCOMPARE(n.network().invitation(sent.invitationId)->remindersSent, 2);
    QCOMPARE(n.engine->nextDueMs(), inv.expiresMs);
}

void TestRules::R6_noThirdReminder()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    const qint64 expires = n.network().invitation(sent.invitationId)->expiresMs;
    // Run the engine every day until past expiry.
    for (qint64 t = n.clock.nowMs(); t <= expires + 30 * Net::day; t += Net::day) {
        n.clock.setNow(t);
        QVERIFY(n.engine->runNow());
    }
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE member_id = ?"), {b}), 2);
    QCOMPARE(n.network().invitation(sent.invitationId)->remindersSent, 2);
}

void TestRules::R6_noReminderAfterAnswer_data()
{
    QTest::addColumn<QString>("answer");
    QTest::newRow("accept") << QStringLiteral("accept");
    QTest::newRow("ignore") << QStringLiteral("ignore");
    QTest::newRow("withdraw") << QStringLiteral("withdraw");
}

void TestRules::R6_noReminderAfterAnswer()
{
    QFETCH(QString, answer);
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    n.clock.advance(15 * Net::day);
    n.engine->runNow();
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder1), 1);
    const ActionResult r = answer == QLatin1String("accept") ? n.service->accept(b, sent.invitationId)
        : answer == QLatin1String("ignore")                  ? n.service->ignore(b, sent.invitationId)
                                                             : n.service->withdraw(a, sent.invitationId);
    QVERIFY2(r.ok(), qPrintable(r.message));
    for (int month = 0; month < 8; ++month) {
        n.clock.advance(30 * Net::day);
        QVERIFY(n.engine->runNow());
    }
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder2), 0);
    QCOMPARE(n.network().invitation(sent.invitationId)->remindersSent, 1);
}

void TestRules::R6_noReminderAfterExpiry()
{
    Net n;
    n.service->setRules([] {
        RulesSettings r;
        r.secondReminderBeforeExpiryMs = 0; // would fall on the expiry itself
        return r;
    }());
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    const qint64 expires = n.network().invitation(sent.invitationId)->expiresMs;
    n.clock.setNow(20 * Net::day + n.clock.nowMs());
    n.engine->runNow();
    n.clock.setNow(expires + Net::day);
    n.engine->runNow();
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder1), 1);
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder2), 0);
    QCOMPARE(n.network().invitation(sent.invitationId)->state, InvitationState::Expired);
}

void TestRules::R6_catchUpAfterSevenMonthsOnlyExpires()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    const ActionResult toAddress = n.service->inviteByEmail(a, QStringLiteral("c@example.com"), {},
                                                            InvitationSource::EmailInvite);
    // The app stays closed for seven months.
    n.clock.setNow(QDateTime::fromMSecsSinceEpoch(n.clock.nowMs(), Qt::UTC).addMonths(7).toMSecsSinceEpoch());
    n.reopen();
    n.engine->start();
    QCOMPARE(n.network().invitation(sent.invitationId)->state, InvitationState::Expired);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), 0);
    QCOMPARE(n.outboxFor(QStringLiteral("c@example.com")), 0); // purged with its invitation (R10)
    QVERIFY(!n.network().invitation(toAddress.invitationId));
}

void TestRules::R6_catchUpSendsMissedReminder()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    n.clock.advance(40 * Net::day); // closed over the first reminder's time
    n.reopen();
    n.engine->start();
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder1), 1);
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder2), 0);
    QCOMPARE(n.network().invitation(sent.invitationId)->remindersSent, 1);
}

// Closed over both reminders' times, but not past expiry: the catch-up
// sends each of them once, first then second.
void TestRules::R6_catchUpSendsBothOverdueReminders()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    const qint64 expires = n.network().invitation(sent.invitationId)->expiresMs;
    n.clock.setNow(expires - 3 * Net::day); // past the second (14 days before expiry)
    n.reopen();
    n.engine->start();
    n.engine->runNow();
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder1), 1);
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder2), 1);
    QCOMPARE(n.network().invitation(sent.invitationId)->remindersSent, 2);
    QCOMPARE(n.network().invitation(sent.invitationId)->state, InvitationState::Pending);
}

void TestRules::R6_offsetsAreSettings()
{
    Net n;
    RulesSettings rules;
    rules.firstReminderAfterMs = 3 * Net::day;
    rules.secondReminderBeforeExpiryMs = 7 * Net::day;
    QVERIFY(n.service->setRules(rules));
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    const Invitation inv = *n.network().invitation(sent.invitationId);
    QCOMPARE(inv.nextDueMs, inv.sentMs + 3 * Net::day);
    // Settings survive a restart.
    n.reopen();
    QCOMPARE(n.service->rules().secondReminderBeforeExpiryMs, 7 * Net::day);
    n.clock.setNow(inv.expiresMs - 7 * Net::day);
    n.engine->runNow();
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder1), 1);
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder2), 1);
}

void TestRules::R6_addressGetsOutboxReminders()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const QString address = QStringLiteral("dora@example.com");
    const ActionResult sent = n.service->inviteByEmail(a, address, {}, InvitationSource::EmailInvite);
    const Invitation inv = *n.network().invitation(sent.invitationId);
    n.clock.setNow(inv.sentMs + 14 * Net::day);
    n.engine->runNow();
    n.clock.setNow(inv.expiresMs - 14 * Net::day);
    n.engine->runNow();
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE to_email = ? AND kind = ?"),
                     {address, int(OutboxKind::Reminder1)}),
             1);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE to_email = ? AND kind = ?"),
                     {address, int(OutboxKind::Reminder2)}),
             1);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), 0);
}

// On both stores: a Net without a path is a file that reopen() restarts on
// SQLite, and a fresh database of the pass's server on PostgreSQL.
void TestRules::R6_neverTwiceAcrossRestart()
{
    Net n(Net::utc(2026, 3, 2, 9, 0));
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    n.service->invite(a, b, {}, InvitationSource::Profile);
    n.clock.advance(20 * Net::day);
    n.engine->start();
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder1), 1);
    for (int i = 0; i < 3; ++i) {
        n.reopen();
        n.engine->start();
        n.engine->runNow();
    }
    QCOMPARE(n.notificationsOf(b, NotificationKind::Reminder1), 1);
    // Even a direct second insert is refused by the store.
    QSqlQuery q(n.store->database());
    QVERIFY(
        !Sql::exec(q,
                   QStringLiteral("INSERT INTO notifications (member_id, kind, invitation_id, actor_id, created_ms)"
                                  " SELECT member_id, kind, invitation_id, actor_id, created_ms FROM notifications"),
                   {}));
}

void TestRules::R7_withdrawPending()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    QSignalSpy withdrawn(n.service.get(), &InvitationService::invitationWithdrawn);
    const ActionResult w = n.service->withdraw(a, sent.invitationId);
    QVERIFY(w.ok());
    QCOMPARE(withdrawn.count(), 1);
    QCOMPARE(w.availableFromMs, n.clock.nowMs() + 21 * Net::day);
    QCOMPARE(n.network().invitation(sent.invitationId)->state, InvitationState::Withdrawn);
    QVERIFY(n.network().receivedPending(b).isEmpty());
    QCOMPARE(n.service->accept(b, sent.invitationId).reason, Refusal::Withdrawn);
    QCOMPARE(n.service->withdraw(a, sent.invitationId).reason, Refusal::NotFound);
}

void TestRules::R7_cannotWithdrawAcceptedOrExpired()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const qint64 c = n.member(QStringLiteral("Cem"));
    const ActionResult toB = n.service->invite(a, b, {}, InvitationSource::Profile);
    const ActionResult toC = n.service->invite(a, c, {}, InvitationSource::Profile);
    QVERIFY(n.service->accept(b, toB.invitationId).ok());
    QCOMPARE(n.service->withdraw(a, toB.invitationId).reason, Refusal::AlreadyAccepted);
    n.clock.setNow(n.network().invitation(toC.invitationId)->expiresMs);
    QCOMPARE(n.service->withdraw(a, toC.invitationId).reason, Refusal::Expired); // before the engine ran
    n.engine->runNow();
    QCOMPARE(n.service->withdraw(a, toC.invitationId).reason, Refusal::Expired);
}

void TestRules::R7_onlySenderWithdraws()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    QCOMPARE(n.service->withdraw(b, sent.invitationId).reason, Refusal::NotSender);
}

void TestRules::R8_coolDownRefusesUntil21Days()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    const qint64 withdrawnAt = n.clock.nowMs();
    QVERIFY(n.service->withdraw(a, sent.invitationId).ok());
    n.clock.setNow(withdrawnAt + 20 * Net::day + 23 * Net::hour);
    const ActionResult early = n.service->invite(a, b, {}, InvitationSource::Profile);
    QCOMPARE(early.reason, Refusal::CoolDown);
    QCOMPARE(early.availableFromMs, withdrawnAt + 21 * Net::day);
    QVERIFY(early.message.contains(QStringLiteral("Ben")));
    n.clock.setNow(withdrawnAt + 21 * Net::day);
    QVERIFY(n.service->invite(a, b, {}, InvitationSource::Profile).ok());
}

void TestRules::R8_coolDownOnAddress()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const ActionResult sent = n.service->inviteByEmail(a, QStringLiteral("Eva@Example.com"), {},
                                                       InvitationSource::EmailInvite);
    const qint64 withdrawnAt = n.clock.nowMs();
    QVERIFY(n.service->withdraw(a, sent.invitationId).ok());
    n.clock.setNow(withdrawnAt + 21 * Net::day - 1);
    QCOMPARE(n.service->inviteByEmail(a, QStringLiteral("eva@example.com "), {}, InvitationSource::EmailInvite).reason,
             Refusal::CoolDown);
    // Who joins with the address inherits the cool-down.
    Member eva;
    eva.name = QStringLiteral("Eva");
    eva.email = QStringLiteral("EVA@example.com");
    const JoinResult j = n.service->join(eva);
    QVERIFY(j.result.ok());
    QCOMPARE(n.service->invite(a, j.memberId, {}, InvitationSource::Profile).reason, Refusal::CoolDown);
    n.clock.setNow(withdrawnAt + 21 * Net::day);
    QVERIFY(n.service->invite(a, j.memberId, {}, InvitationSource::Profile).ok());
}

void TestRules::R8_relationNamesTheDate()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    n.service->withdraw(a, sent.invitationId);
    const Relation r = n.network().relation(a, b);
    QCOMPARE(r.kind, Relation::CoolDown);
    QCOMPARE(r.availableFromMs, n.clock.nowMs() + 21 * Net::day);
    QCOMPARE(n.network().relation(b, a).kind, Relation::CanConnect); // Ben is not cooled down
}

void TestRules::R9_inviteAddressWritesOutboxEmail()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const ActionResult sent = n.service->inviteByEmail(a, QStringLiteral(" Dora@Example.COM "),
                                                       QStringLiteral("Join me"), InvitationSource::EmailInvite);
    QVERIFY2(sent.ok(), qPrintable(sent.message));
    const Invitation inv = *n.network().invitation(sent.invitationId);
    QVERIFY(inv.isToAddress());
    QCOMPARE(inv.recipientEmail, QStringLiteral("dora@example.com"));
    QCOMPARE(
        n.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE to_email = ? AND kind = ? AND invitation_id = ?"),
                {inv.recipientEmail, int(OutboxKind::Invitation), inv.id}),
        1);
    // The address of a member routes to that member.
    const qint64 b = n.member(QStringLiteral("Ben"));
    const QString bensAddress = n.network().member(b)->email.toUpper();
    const ActionResult toBen = n.service->inviteByEmail(a, bensAddress, {}, InvitationSource::EmailInvite);
    QCOMPARE(n.network().invitation(toBen.invitationId)->recipientId, b);
}

// Issue 30, item 11: the app and the team store normalise an address the
// same way, by one table of cases; a variant of an address already invited
// is no second address (a trailing no-break space got past R2 and R8).
void TestRules::R9_oneNormalisationOfAddresses()
{
    const QString canonical = QStringLiteral("anna.berg@example.org");
    const QStringList variants{
        QStringLiteral("Anna.Berg@Example.ORG"),
        QStringLiteral("anna.berg@example.org\u00a0"),
        QStringLiteral("\u200banna.berg@example.org"),
        QStringLiteral(" anna.berg@example.org\u3000"),
        QStringLiteral("anna.berg@example.org\ufeff"),
        QStringLiteral("anna.berg\u200d@example.org"),
        QStringLiteral("\tANNA.BERG@EXAMPLE.ORG\u2060\u202f"),
    };
    QCOMPARE(Email::normalized(QStringLiteral("J\u00d6rg@Example.org")), QStringLiteral("j\u00f6rg@example.org"));
    QCOMPARE(Email::normalized(QStringLiteral("user@B\u00fccher.de")), QStringLiteral("user@xn--bcher-kva.de"));
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    // Issue 35: an internationalised address is accepted, compared in its
    // ASCII form and shown in Unicode.
    const QString idn = QStringLiteral("info@b\u00e4ckerei-m\u00fcller.de");
    QVERIFY(Email::isValid(idn));
    QVERIFY(n.service->inviteByEmail(a, idn, {}, InvitationSource::EmailInvite).ok());
    const QString ace = Email::normalized(idn);
    QVERIFY2(ace.startsWith(QLatin1String("info@xn--")), qPrintable(ace));
    QCOMPARE(n.service->inviteByEmail(a, ace, {}, InvitationSource::EmailInvite).reason, Refusal::AlreadyPending);
    QCOMPARE(Email::shown(ace), idn);
    QCOMPARE(Email::shown(canonical), canonical);
    QVERIFY(n.service->inviteByEmail(a, canonical, {}, InvitationSource::EmailInvite).ok());
    const bool team = !n.store->dialect().isSQLite();
    for (const QString &variant : variants) {
        QCOMPARE(Email::normalized(variant), canonical);
        QVERIFY(Email::isValid(variant));
        QCOMPARE(n.service->inviteByEmail(a, variant, {}, InvitationSource::EmailInvite).reason,
                 Refusal::AlreadyPending);
        if (!team)
            continue;
        // The store's own function, called as psql would, with the raw text.
        QSqlQuery q(n.store->database());
        QVERIFY(Sql::exec(q, QStringLiteral("SELECT mynetwork.normalize_email(?)"), {variant}) && q.next());
        QCOMPARE(q.value(0).toString(), canonical);
        QVERIFY(Sql::exec(q, QStringLiteral("SELECT reason FROM mynetwork.send_to_address(?, ?, '', 5, ?, 0)"),
                          {a, variant, n.clock.nowMs()})
                && q.next());
        QCOMPARE(q.value(0).toInt(), int(Refusal::AlreadyPending));
    }
    if (team) {
        QSqlQuery q(n.store->database());
        QVERIFY(Sql::exec(q, QStringLiteral("SELECT mynetwork.normalize_email(?)"),
                          {QStringLiteral("J\u00d6rg@Example.org")})
                && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("j\u00f6rg@example.org"));
        // A domain not in its ASCII form is not the app's: refused.
        QVERIFY(Sql::exec(q, QStringLiteral("SELECT reason FROM mynetwork.send_to_address(?, ?, '', 5, ?, 0)"),
                          {a, QStringLiteral("user@B\u00fccher.de"), n.clock.nowMs()})
                && q.next());
        QCOMPARE(q.value(0).toInt(), int(Refusal::InvalidEmail));
    }
}

void TestRules::R9_joinTurnsAddressInvitationsIntoReceived()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 c = n.member(QStringLiteral("Cem"));
    const ActionResult fromA = n.service->inviteByEmail(a, QStringLiteral("dora@example.com"), {},
                                                        InvitationSource::AddressBook);
    const ActionResult fromC = n.service->inviteByEmail(c, QStringLiteral("DORA@example.com"), {},
                                                        InvitationSource::EmailInvite);
    const Invitation before = *n.network().invitation(fromA.invitationId);
    n.clock.advance(40 * Net::day);
    QSignalSpy joined(n.service.get(), &InvitationService::memberJoined);
    Member dora;
    dora.name = QStringLiteral("Dora");
    dora.email = QStringLiteral("Dora@example.com");
    const JoinResult j = n.service->join(dora);
    QVERIFY(j.result.ok());
    QCOMPARE(joined.count(), 1);
    QCOMPARE(j.invitationIds.size(), 2);
    const QList<Invitation> received = n.network().receivedPending(j.memberId);
    QCOMPARE(received.size(), 2);
    const Invitation after = *n.network().invitation(fromA.invitationId);
    QCOMPARE(after.recipientId, j.memberId);
    QCOMPARE(after.sentMs, before.sentMs);
    QCOMPARE(after.expiresMs, before.expiresMs);
    QVERIFY(n.service->accept(j.memberId, fromC.invitationId).ok());
    QVERIFY(n.network().isConnected(c, j.memberId));
    // A second member with the same address is refused.
    QCOMPARE(n.service->join(dora).result.reason, Refusal::EmailTaken);
}

void TestRules::R10_purgesNeverJoinedAddressAtExpiry()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const ActionResult sent = n.service->inviteByEmail(a, QStringLiteral("gone@example.com"), {},
                                                       InvitationSource::EmailInvite);
    const qint64 expires = n.network().invitation(sent.invitationId)->expiresMs;
    n.clock.setNow(expires - Net::day);
    n.engine->runNow();
    QCOMPARE(n.outboxFor(QStringLiteral("gone@example.com")), 3); // invitation and two reminders
    QSignalSpy ran(n.engine.get(), &ExpiryEngine::ran);
    n.clock.setNow(expires);
    n.engine->runNow();
    QCOMPARE(ran.at(0).at(0).value<EngineReport>().purged, QList<qint64>{sent.invitationId});
    QVERIFY(!n.network().invitation(sent.invitationId));
    QCOMPARE(n.outboxFor(QStringLiteral("gone@example.com")), 0);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE recipient_email = ?"),
                     {QStringLiteral("gone@example.com")}),
             0);
    // A withdrawn address goes once its cool-down is over.
    const ActionResult other = n.service->inviteByEmail(a, QStringLiteral("w@example.com"), {},
                                                        InvitationSource::EmailInvite);
    n.service->withdraw(a, other.invitationId);
    n.clock.advance(21 * Net::day);
    n.engine->runNow();
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE recipient_email = ?"),
                     {QStringLiteral("w@example.com")}),
             0);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM cooldowns WHERE recipient_email = ?"),
                     {QStringLiteral("w@example.com")}),
             0);
}

void TestRules::R10_joinedAddressIsKept()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const ActionResult sent = n.service->inviteByEmail(a, QStringLiteral("dora@example.com"), {},
                                                       InvitationSource::EmailInvite);
    Member dora;
    dora.name = QStringLiteral("Dora");
    dora.email = QStringLiteral("dora@example.com");
    QVERIFY(n.service->join(dora).result.ok());
    n.clock.setNow(n.network().invitation(sent.invitationId)->expiresMs);
    n.engine->runNow();
    QCOMPARE(n.network().invitation(sent.invitationId)->state, InvitationState::Expired);
}

void TestRules::R11_profilePrivacy()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"), QStringLiteral("SAP"));
    const qint64 b = n.member(QStringLiteral("Ben"), QStringLiteral("Bosch"));
    const qint64 c = n.member(QStringLiteral("Cem"), QStringLiteral("KDAB"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    n.service->accept(b, sent.invitationId);
    QSqlQuery q(n.store->database());
    QVERIFY(Sql::exec(q, QStringLiteral("UPDATE members SET school = 'TU Berlin' WHERE id = ?"), {b}));

    const ProfileView stranger = n.network().profile(c, b);
    QVERIFY(!stranger.fullAccess);
    QCOMPARE(stranger.member.name, QStringLiteral("Ben"));
    QCOMPARE(stranger.member.company, QStringLiteral("Bosch"));
    QCOMPARE(stranger.member.headline, QStringLiteral("Engineer"));
    QCOMPARE(stranger.member.location, QStringLiteral("Berlin"));
    QCOMPARE(stranger.member.school, QStringLiteral("TU Berlin")); // public, as on the real service
    QVERIFY(stranger.member.email.isEmpty());
    QVERIFY(stranger.member.phone.isEmpty());
    QVERIFY(stranger.connectionIds.isEmpty());

    const ProfileView friendView = n.network().profile(a, b);
    QVERIFY(friendView.fullAccess);
    QVERIFY(!friendView.member.email.isEmpty());
    QVERIFY(!friendView.member.phone.isEmpty());
    QCOMPARE(friendView.connectionIds, QList<qint64>{a});
    QCOMPARE(friendView.relation.kind, Relation::Connected);
    QVERIFY(n.network().profile(b, b).fullAccess);
}

void TestRules::R12_everySourceIsRecorded()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const QList<InvitationSource> sources{InvitationSource::Profile, InvitationSource::Search,
                                          InvitationSource::MyNetwork, InvitationSource::PeopleYouMayKnow,
                                          InvitationSource::AddressBook};
    for (InvitationSource s : sources) {
        const qint64 other = n.member(QStringLiteral("Member"));
        const ActionResult r = n.service->invite(a, other, {}, s);
        QVERIFY(r.ok());
        QCOMPARE(n.network().invitation(r.invitationId)->source, s);
    }
    const ActionResult typed = n.service->inviteByEmail(a, QStringLiteral("typed@example.com"), {},
                                                        InvitationSource::EmailInvite);
    QCOMPARE(n.network().invitation(typed.invitationId)->source, InvitationSource::EmailInvite);
}

void TestRules::R13_weeklyLimitRollingWindow()
{
    Net n;
    RulesSettings rules;
    rules.weeklyLimit = 3;
    n.service->setRules(rules);
    const qint64 a = n.member(QStringLiteral("Anna"));
    QList<qint64> others;
    for (int i = 0; i < 6; ++i)
        others.append(n.member(QStringLiteral("Other")));
    const qint64 start = n.clock.nowMs();
    QVERIFY(n.service->invite(a, others[0], {}, InvitationSource::Profile).ok());
    n.clock.setNow(start + 2 * Net::day);
    QVERIFY(n.service->invite(a, others[1], {}, InvitationSource::Profile).ok());
    QVERIFY(n.service->inviteByEmail(a, QStringLiteral("z@example.com"), {}, InvitationSource::EmailInvite).ok());
    QCOMPARE(n.service->remainingThisWeek(a), 0);
    const ActionResult refused = n.service->invite(a, others[2], {}, InvitationSource::Profile);
    QCOMPARE(refused.reason, Refusal::WeeklyLimit);
    QVERIFY(refused.message.contains(QStringLiteral("3")));
    // An address counts the same, at the limit too.
    QCOMPARE(n.service->inviteByEmail(a, QStringLiteral("y@example.com"), {}, InvitationSource::EmailInvite).reason,
             Refusal::WeeklyLimit);
    // Seven days after the first send, one slot frees up; not a second.
    n.clock.setNow(start + 7 * Net::day - 1);
    QCOMPARE(n.service->invite(a, others[2], {}, InvitationSource::Profile).reason, Refusal::WeeklyLimit);
    n.clock.setNow(start + 7 * Net::day);
    QCOMPARE(n.service->remainingThisWeek(a), 1);
    QVERIFY(n.service->invite(a, others[2], {}, InvitationSource::Profile).ok());
    QCOMPARE(n.service->invite(a, others[3], {}, InvitationSource::Profile).reason, Refusal::WeeklyLimit);
    // Accepting a crossed invitation is not a send.
    const ActionResult crossed = n.service->invite(others[4], a, {}, InvitationSource::Profile);
    QVERIFY(crossed.ok());
    QVERIFY(n.service->invite(a, others[4], {}, InvitationSource::Profile).acceptedInstead);
}

void TestRules::R13_withdrawDoesNotGiveOneBack()
{
    Net n;
    RulesSettings rules;
    rules.weeklyLimit = 2;
    n.service->setRules(rules);
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const qint64 c = n.member(QStringLiteral("Cem"));
    const qint64 d = n.member(QStringLiteral("Dora"));
    const ActionResult toB = n.service->invite(a, b, {}, InvitationSource::Profile);
    QVERIFY(n.service->invite(a, c, {}, InvitationSource::Profile).ok());
    QVERIFY(n.service->withdraw(a, toB.invitationId).ok());
    QCOMPARE(n.service->remainingThisWeek(a), 0);
    QCOMPARE(n.service->invite(a, d, {}, InvitationSource::Profile).reason, Refusal::WeeklyLimit);
}

// Two members connected through an accepted invitation.
static std::pair<qint64, qint64> connectedPair(Net &n)
{
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 b = n.member(QStringLiteral("Ben"));
    const ActionResult sent = n.service->invite(a, b, {}, InvitationSource::Profile);
    n.service->accept(b, sent.invitationId);
    return {a, b};
}

void TestRules::R14_removeDropsBothSidesAtOnce()
{
    Net n;
    const auto [a, b] = connectedPair(n);
    QVERIFY(n.network().isConnected(a, b));
    QVERIFY(n.service->removeConnection(b, a).ok());
    QVERIFY(!n.network().isConnected(a, b));
    QVERIFY(!n.network().isConnected(b, a));
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM connections WHERE member_id IN (?, ?)"), {a, b}), 0);
}

void TestRules::R14_otherIsNotTold()
{
    Net n;
    const auto [a, b] = connectedPair(n);
    const int before = n.count(QStringLiteral("SELECT COUNT(*) FROM notifications"), {});
    const int mails = n.count(QStringLiteral("SELECT COUNT(*) FROM outbox"), {});
    QVERIFY(n.service->removeConnection(a, b).ok());
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM notifications"), {}), before);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM outbox"), {}), mails);
}

void TestRules::R14_eitherMayInviteAgainRightAway()
{
    Net n;
    const auto [a, b] = connectedPair(n);
    QVERIFY(n.service->removeConnection(a, b).ok());
    QCOMPARE(n.network().relation(a, b).kind, Relation::CanConnect);
    const ActionResult again = n.service->invite(a, b, {}, InvitationSource::Profile);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QVERIFY(n.service->withdraw(a, again.invitationId).ok());
    // The one who was removed may invite too (the withdrawal's cool-down
    // binds only its sender).
    QVERIFY(n.service->invite(b, a, {}, InvitationSource::Profile).ok());
}

void TestRules::R14_onlyAConnectionCanBeRemoved()
{
    Net n;
    const qint64 a = n.member(QStringLiteral("Anna"));
    const qint64 c = n.member(QStringLiteral("Cem"));
    const ActionResult r = n.service->removeConnection(a, c);
    QCOMPARE(r.reason, Refusal::NotConnected);
    QVERIFY(r.message.contains(QLatin1String("Cem")));
    QCOMPARE(n.service->removeConnection(a, 999999).reason, Refusal::UnknownMember);
}

void TestRules::hostileTextRoundTrip()
{
    Net n;
    const QStringList texts{
        QStringLiteral("O'Brien \"the\" `quoted`"), QStringLiteral("Robert'); DROP TABLE members;--"),
        QString(TextLimits::kName, QChar(u'ß')),    QStringLiteral("Zoë 👩‍💻🚀 Ünïcødé"),
        QStringLiteral("שלום עולם مرحبا"),          QStringLiteral("line\nbreak\ttab\\backslash %1 %n")};
    for (const QString &text : texts) {
        Member m;
        m.name = text;
        m.headline = text;
        m.company = text;
        m.email = QStringLiteral("h%1@example.com").arg(texts.indexOf(text));
        const JoinResult j = n.service->join(m);
        QVERIFY2(j.result.ok(), qPrintable(j.result.message));
        const Member back = *n.network().member(j.memberId);
        QCOMPARE(back.name, text);
        QCOMPARE(back.headline, text);
        QCOMPARE(back.company, text);
    }
    // One character more is refused, naming the field, and nothing is stored.
    Member tooLong;
    tooLong.name = QStringLiteral("Lena");
    tooLong.headline = QString(TextLimits::kHeadline + 1, QChar(u'ß'));
    tooLong.email = QStringLiteral("long@example.com");
    const JoinResult refused = n.service->join(tooLong);
    QCOMPARE(refused.result.reason, Refusal::TextTooLong);
    QVERIFY2(refused.result.message.contains(QLatin1String("Headline")), qPrintable(refused.result.message));
    QVERIFY(!n.network().memberByEmail(tooLong.email));
    const qint64 a = n.member(QStringLiteral("Anna"));
    const QString note = QStringLiteral("'); DELETE FROM invitations; -- 🎉 مرحبا");
    const ActionResult r = n.service->invite(a, 1, note, InvitationSource::Profile);
    QVERIFY(r.ok());
    QCOMPARE(n.network().invitation(r.invitationId)->note, note);
    QCOMPARE(n.network().memberCount(), texts.size() + 1);
}

// Every rule on both stores: first on SQLite files, then each test again on
// a fresh database of a throw-away PostgreSQL server (skipped, with the
// reason, where the server binaries are missing).
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestRules onSqlite;
    int failed = QTest::qExec(&onSqlite, argc, argv);
    PgServer server;
    if (!server.start()) {
        // Only a machine without PostgreSQL skips; CI never does.
        const bool mustRun = server.installed() || PgServer::required();
        std::printf("PostgreSQL rules %s: %s\n", mustRun ? "FAILED, the server did not start" : "skipped",
                    qPrintable(server.whyNot()));
        return failed + (mustRun ? 1 : 0);
    }
    int made = 0;
    Net::setStoreMaker([&server, &made] { return server.createDatabase(QStringLiteral("rules_%1").arg(++made)); });
    std::printf("The same rules on PostgreSQL:\n");
    TestRules onPostgres;
    failed += QTest::qExec(&onPostgres, argc, argv);
    Net::setStoreMaker({});
    return failed;
}

#include "tst_rules.moc"
