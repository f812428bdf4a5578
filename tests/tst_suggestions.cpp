#include "testsupport.h"

#include "rules/suggestions.h"
#include "store/sql.h"

#include <QSqlQuery>
#include <QTest>

class TestSuggestions : public QObject
{
    Q_OBJECT

private slots:
    void rankedByMutualThenContactsThenCompany();
    void excludesWhoCannotBeInvited();
    void dismissedStayAway();

private:
    static void connect(Net &n, qint64 a, qint64 b)
    {
        const ActionResult r = n.service->invite(a, b, {}, InvitationSource::Profile);
        QVERIFY(n.service->accept(b, r.invitationId).ok());
    }
    static QList<qint64> idsOf(const QList<Suggestion> &list)
    {
        QList<qint64> ids;
        for (const Suggestion &s : list)
            ids.append(s.memberId);
        return ids;
    }
};

void TestSuggestions::rankedByMutualThenContactsThenCompany()
{
    Net n;
    const qint64 me = n.member(QStringLiteral("Me"), QStringLiteral("SAP"));
    const qint64 f1 = n.member(QStringLiteral("Friend One"));
    const qint64 f2 = n.member(QStringLiteral("Friend Two"));
    const qint64 twoMutual = n.member(QStringLiteral("Two Mutual"));
    const qint64 oneMutual = n.member(QStringLiteral("One Mutual"));
    const qint64 colleague = n.member(QStringLiteral("Colleague"), QStringLiteral("SAP"));
    const qint64 contact = n.member(QStringLiteral("Contact"));
    const qint64 stranger = n.member(QStringLiteral("Stranger"), QStringLiteral("Bosch"));
    connect(n, me, f1);
    connect(n, me, f2);
    connect(n, f1, twoMutual);
    connect(n, f2, twoMutual);
    connect(n, f1, oneMutual);
    QSqlQuery q(n.store->database());
    QVERIFY(Sql::exec(q, QStringLiteral("UPDATE members SET school = 'Elsewhere', location = 'Oslo' WHERE id = ?"),
                      {stranger}));
    QVERIFY(Sql::exec(q,
                      QStringLiteral("INSERT INTO contacts (owner_id, name, email, email_norm, imported_ms)"
                                     " VALUES (?, 'Contact', ?, ?, 0)"),
                      {me, n.network().member(contact)->email, n.network().member(contact)->email.toLower()}));
    const QList<Suggestion> list = Suggestions::compute(n.store->database(), me, 20, n.clock.nowMs());
    const QList<qint64> ids = idsOf(list);
    QCOMPARE(ids.mid(0, 4), (QList<qint64>{contact, twoMutual, oneMutual, colleague}));
    QVERIFY(!ids.contains(stranger)); // nothing in common
    QCOMPARE(list.at(1).mutual, 2);
    QVERIFY(list.at(0).inContacts);
    QVERIFY(list.at(3).sameCompany);
    QCOMPARE(list.at(1).name, QStringLiteral("Two Mutual"));
}

void TestSuggestions::excludesWhoCannotBeInvited()
{
    Net n;
    const qint64 me = n.member(QStringLiteral("Me"), QStringLiteral("SAP"));
    QList<qint64> colleagues;
    for (int i = 0; i < 6; ++i)
        colleagues.append(n.member(QStringLiteral("Colleague %1").arg(i), QStringLiteral("SAP")));
    connect(n, me, colleagues[0]); // connected
    n.service->invite(me, colleagues[1], {}, InvitationSource::Profile); // sent, pending
    n.service->invite(colleagues[2], me, {}, InvitationSource::Profile); // received, pending
    const ActionResult w = n.service->invite(me, colleagues[3], {}, InvitationSource::Profile);
    n.service->withdraw(me, w.invitationId); // cool-down
    const ActionResult ign = n.service->invite(me, colleagues[4], {}, InvitationSource::Profile);
    n.service->ignore(colleagues[4], ign.invitationId); // ignored: still "pending" for me
    const QList<qint64> ids = idsOf(Suggestions::compute(n.store->database(), me, 20, n.clock.nowMs()));
    QCOMPARE(ids, QList<qint64>{colleagues[5]});
    // After the cool-down the withdrawn one comes back.
    n.clock.advance(22 * Net::day);
    QVERIFY(idsOf(Suggestions::compute(n.store->database(), me, 20, n.clock.nowMs())).contains(colleagues[3]));
}

void TestSuggestions::dismissedStayAway()
{
    Net n;
    const qint64 me = n.member(QStringLiteral("Me"), QStringLiteral("SAP"));
    const qint64 a = n.member(QStringLiteral("A"), QStringLiteral("SAP"));
    const qint64 b = n.member(QStringLiteral("B"), QStringLiteral("SAP"));
    QVERIFY(n.service->dismissSuggestion(me, a));
    QVERIFY(n.service->dismissSuggestion(me, a)); // twice is fine
    QCOMPARE(idsOf(Suggestions::compute(n.store->database(), me, 20, n.clock.nowMs())), QList<qint64>{b});
    n.reopen();
    QCOMPARE(idsOf(Suggestions::compute(n.store->database(), me, 20, n.clock.nowMs())), QList<qint64>{b});
    // Only for the member who dismissed.
    QVERIFY(idsOf(Suggestions::compute(n.store->database(), b, 20, n.clock.nowMs())).contains(a));
}

QTEST_GUILESS_MAIN(TestSuggestions)
#include "tst_suggestions.moc"
