#include "testsupport.h"

#include "demo/demogenerator.h"
#include "demo/demonames.h"
#include "store/sql.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {

// A digest of every row of every table, to compare two generated stores.
QByteArray digest(const Store &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table :
         {QStringLiteral("members"), QStringLiteral("connections"), QStringLiteral("invitations"),
          QStringLiteral("notifications"), QStringLiteral("outbox"), QStringLiteral("cooldowns")}) {
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '|');
        }
    }
    return hash.result();
}

}

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameNetwork();
    void networkIsConsistent();
    void focusMemberHasEveryKindOfCard();
    void mixesGermanAndEnglish();
    void engineFindsNothingOverdue();
    void notesGreetAnyone();
};

void TestDemo::sameSeedSameNetwork()
{
    const qint64 now = Net::utc(2026, 11, 26, 10);
    Net a(now), b(now);
    QString error;
    QVERIFY2(DemoGenerator(*a.store).generate(DemoOptions::demo(now), &error), qPrintable(error));
    QVERIFY2(DemoGenerator(*b.store).generate(DemoOptions::demo(now), &error), qPrintable(error));
    QCOMPARE(digest(*a.store), digest(*b.store));
    Net c(now);
    DemoOptions other = DemoOptions::demo(now);
    other.seed = 7;
    QVERIFY(DemoGenerator(*c.store).generate(other, &error));
    QVERIFY(digest(*a.store) != digest(*c.store));
}

void TestDemo::networkIsConsistent()
{
    const qint64 now = Net::utc(2026, 11, 26, 10);
    Net n(now);
    QString error;
    QVERIFY(DemoGenerator(*n.store).generate(DemoOptions::sized(5000, now), &error));
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM members")), 500);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM connections")), 2 * 10000);
    QVERIFY(n.count(QStringLiteral("SELECT COUNT(*) FROM invitations")) >= 4900);
    // Every connection both ways; no pending invitation between connected people.
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM connections c WHERE NOT EXISTS (SELECT 1 FROM connections d"
                                    " WHERE d.member_id = c.other_id AND d.other_id = c.member_id)")),
             0);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM invitations i JOIN connections c ON c.member_id = i.sender_id"
                                    " AND c.other_id = i.recipient_id WHERE i.state = 0")),
             0);
    // Pending ones are live, expired ones are past, accepted ones are connections.
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE state = 0 AND expires_ms <= ?"), {now}), 0);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE state = 4 AND expires_ms > ?"), {now}), 0);
    QCOMPARE(
        n.count(QStringLiteral("SELECT COUNT(*) FROM invitations i WHERE state = 1 AND NOT EXISTS (SELECT 1"
                               " FROM connections c WHERE c.member_id = i.sender_id AND c.other_id = i.recipient_id)")),
        0);
    // Nothing about addresses that would already have been purged (R10).
    QCOMPARE(
        n.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE recipient_id IS NULL AND state NOT IN (0, 3)")),
        0);
    // Reminders already sent are recorded once each.
    QCOMPARE(n.count(QStringLiteral("SELECT SUM(reminders_sent) FROM invitations WHERE recipient_id IS NOT NULL")),
             n.count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE kind IN (1, 2)")));
    QVERIFY(n.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE state = 0 AND reminders_sent = 2")) > 0);
    QVERIFY(n.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE state = 3")) > 0);
    QVERIFY(n.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE state = 2")) > 0);
}

void TestDemo::focusMemberHasEveryKindOfCard()
{
    const qint64 now = Net::utc(2026, 11, 26, 10);
    Net n(now);
    QString error;
    QVERIFY(DemoGenerator(*n.store).generate(DemoOptions::demo(now), &error));
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM members")), 300);
    const QList<Invitation> received = n.network().receivedPending(1);
    QVERIFY(received.size() >= 8);
    bool aboutToExpire = false, fresh = false, remindedTwice = false;
    for (const Invitation &inv : received) {
        aboutToExpire |= inv.expiresMs - now < 3 * Net::day;
        fresh |= now - inv.sentMs < Net::day;
        remindedTwice |= inv.remindersSent == 2;
    }
    QVERIFY(aboutToExpire);
    QVERIFY(fresh);
    QVERIFY(remindedTwice);
    const QList<Invitation> sent = n.network().sentAwaiting(1);
    QVERIFY(sent.size() >= 8);
    QVERIFY(std::any_of(sent.begin(), sent.end(), [](const Invitation &i) { return i.isToAddress(); }));
    QVERIFY(
        std::any_of(sent.begin(), sent.end(), [](const Invitation &i) { return i.state == InvitationState::Ignored; }));
    QVERIFY(n.count(QStringLiteral("SELECT COUNT(*) FROM cooldowns WHERE sender_id = 1 AND until_ms > ?"), {now}) >= 1);
    QVERIFY(n.network().connectionCount(1) >= 5);
}

void TestDemo::mixesGermanAndEnglish()
{
    const qint64 now = Net::utc(2026, 11, 26, 10);
    Net n(now);
    QString error;
    QVERIFY(DemoGenerator(*n.store).generate(DemoOptions::demo(now), &error));
    QVERIFY(n.count(QStringLiteral("SELECT COUNT(*) FROM members WHERE headline LIKE '% bei %'")) > 50);
    QVERIFY(n.count(QStringLiteral("SELECT COUNT(*) FROM members WHERE headline LIKE '% at %'")) > 50);
    QVERIFY(n.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE note LIKE 'Hallo%'")) > 0);
    QVERIFY(n.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE note LIKE 'Hi %'")) > 0);
}

void TestDemo::engineFindsNothingOverdue()
{
    const qint64 now = Net::utc(2026, 11, 26, 10);
    Net n(now);
    QString error;
    QVERIFY(DemoGenerator(*n.store).generate(DemoOptions::sized(5000, now), &error));
    QVERIFY(n.engine->nextDueMs() > now);
}

QTEST_GUILESS_MAIN(TestDemo)
// The demo's notes go to women and men, and to e-mail addresses without a
// name: no gendered greeting ("Liebe Björn"), and without the name still a
// sentence ("Hallo, schön, dass …", never "Liebe, schön, dass …").
void TestDemo::notesGreetAnyone()
{
    for (const DemoNames::Flavour *f : {&DemoNames::german(), &DemoNames::english()}) {
        for (const QString &note : f->notes) {
            for (const char *gendered : {"Liebe ", "Lieber ", "Liebe,", "Dear "})
                QVERIFY2(!note.startsWith(QLatin1String(gendered)), qPrintable(note));
            // As the generator writes a note to an address without a name.
            QString unnamed = note;
            unnamed.replace(QStringLiteral(" %1"), QString()).replace(QStringLiteral("%1"), QString());
            QVERIFY2(!unnamed.startsWith(QLatin1Char(',')) && !unnamed.contains(QLatin1String(" ,")),
                     qPrintable(unnamed));
        }
    }
}

#include "tst_demo.moc"
