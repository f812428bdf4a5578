#include "testsupport.h"

#include "invitationlistmodel.h"
#include "roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fetchesInPagesNewestFirst();
    void acceptRemovesOneRow();
    void ignoreLeavesSenderListAlone();
    void withdrawRemovesFromBothLists();
    void newInvitationInsertedOnTop();
    void expiryRemovesRows();
    void reminderChangesOneRow();
    void rolesCarryRawValuesAndTexts();

private:
    struct Fixture
    {
        Net net;
        qint64 me = 0;
        QList<qint64> others;
        std::unique_ptr<InvitationListModel> received;
        std::unique_ptr<InvitationListModel> sent;
        std::unique_ptr<QAbstractItemModelTester> t1, t2;

        explicit Fixture(int people = 3)
        {
            me = net.member(QStringLiteral("Me Myself"));
            for (int i = 0; i < people; ++i)
                others.append(net.member(QStringLiteral("Other %1").arg(i)));
            received = std::make_unique<InvitationListModel>(InvitationListModel::Kind::Received, *net.service, net.clock);
            sent = std::make_unique<InvitationListModel>(InvitationListModel::Kind::Sent, *net.service, net.clock);
            t1 = std::make_unique<QAbstractItemModelTester>(received.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            t2 = std::make_unique<QAbstractItemModelTester>(sent.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            received->setMember(me);
            sent->setMember(me);
        }
        void fetchAll()
        {
            while (received->canFetchMore({}))
                received->fetchMore({});
            while (sent->canFetchMore({}))
                sent->fetchMore({});
        }
    };
};

void TestModels::initTestCase()
{
    static QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/mynetwork_en.qm")));
    QCoreApplication::installTranslator(&english);
}

void TestModels::fetchesInPagesNewestFirst()
{
    Fixture f(120);
    for (qint64 other : f.others) {
        f.net.service->invite(other, f.me, {}, InvitationSource::Profile);
        f.net.clock.advance(60 * 1000);
    }
    // A list opened now, with nothing fetched yet.
    f.received = std::make_unique<InvitationListModel>(InvitationListModel::Kind::Received, *f.net.service, f.net.clock);
    f.received->setMember(f.me);
    // Opening fetches the first page only.
    QCOMPARE(f.received->rowCount(), InvitationListModel::kPageSize);
    QVERIFY(f.received->canFetchMore({}));
    QCOMPARE(f.received->data(f.received->index(0), Roles::PersonId).toLongLong(), f.others.last());
    f.fetchAll();
    QCOMPARE(f.received->rowCount(), 120);
    QVERIFY(!f.received->canFetchMore({}));
    QCOMPARE(f.received->totalCount(), 120);
    QCOMPARE(f.received->data(f.received->index(119), Roles::PersonId).toLongLong(), f.others.first());
}

void TestModels::acceptRemovesOneRow()
{
    Fixture f;
    QList<qint64> ids;
    for (qint64 other : f.others)
        ids.append(f.net.service->invite(other, f.me, {}, InvitationSource::Profile).invitationId);
    f.fetchAll();
    QSignalSpy removed(f.received.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(f.received.get(), &QAbstractItemModel::modelReset);
    QVERIFY(f.net.service->accept(f.me, ids.at(1)).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(f.received->rowCount(), 2);
    QCOMPARE(f.received->rowOf(ids.at(1)), -1);
}

void TestModels::ignoreLeavesSenderListAlone()
{
    Fixture f;
    const qint64 id = f.net.service->invite(f.others.at(0), f.me, {}, InvitationSource::Profile).invitationId;
    f.fetchAll();
    // The sender's own list, as the sender sees it.
    InvitationListModel theirs(InvitationListModel::Kind::Sent, *f.net.service, f.net.clock);
    theirs.setMember(f.others.at(0));
    QSignalSpy theirRemoved(&theirs, &QAbstractItemModel::rowsRemoved);
    QSignalSpy myRemoved(f.received.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(f.net.service->ignore(f.me, id).ok());
    QCOMPARE(myRemoved.count(), 1);
    QCOMPARE(theirRemoved.count(), 0);
    QCOMPARE(theirs.rowCount(), 1);
}

void TestModels::withdrawRemovesFromBothLists()
{
    Fixture f;
    const qint64 id = f.net.service->invite(f.me, f.others.at(0), {}, InvitationSource::Profile).invitationId;
    f.fetchAll();
    InvitationListModel theirs(InvitationListModel::Kind::Received, *f.net.service, f.net.clock);
    theirs.setMember(f.others.at(0));
    QCOMPARE(theirs.rowCount(), 1);
    QSignalSpy removed(f.sent.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(f.net.service->withdraw(f.me, id).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(f.sent->rowCount(), 0);
    QCOMPARE(theirs.rowCount(), 0);
}

void TestModels::newInvitationInsertedOnTop()
{
    Fixture f;
    f.net.service->invite(f.me, f.others.at(0), {}, InvitationSource::Profile);
    f.fetchAll();
    QSignalSpy inserted(f.sent.get(), &QAbstractItemModel::rowsInserted);
    f.net.clock.advance(1000);
    const qint64 id = f.net.service->invite(f.me, f.others.at(1), {}, InvitationSource::PeopleYouMayKnow).invitationId;
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(f.sent->data(f.sent->index(0), Roles::InvitationId).toLongLong(), id);
    QCOMPARE(f.received->rowCount(), 0);
}

void TestModels::expiryRemovesRows()
{
    Fixture f;
    f.net.service->invite(f.others.at(0), f.me, {}, InvitationSource::Profile);
    f.net.service->invite(f.me, f.others.at(1), {}, InvitationSource::Profile);
    f.net.service->inviteByEmail(f.me, QStringLiteral("x@example.com"), {}, InvitationSource::EmailInvite);
    f.fetchAll();
    QCOMPARE(f.sent->rowCount(), 2);
    f.net.engine->start();
    QSignalSpy receivedRemoved(f.received.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy sentRemoved(f.sent.get(), &QAbstractItemModel::rowsRemoved);
    f.net.clock.advance(200 * Net::day);
    QCOMPARE(receivedRemoved.count(), 1);
    QCOMPARE(sentRemoved.count(), 2);
    QCOMPARE(f.received->rowCount(), 0);
    QCOMPARE(f.sent->rowCount(), 0);
}

void TestModels::reminderChangesOneRow()
{
    Fixture f;
    f.net.service->invite(f.others.at(0), f.me, {}, InvitationSource::Profile);
    f.net.clock.advance(Net::day);
    f.net.service->invite(f.others.at(1), f.me, {}, InvitationSource::Profile);
    f.fetchAll();
    f.net.engine->start();
    QSignalSpy changed(f.received.get(), &QAbstractItemModel::dataChanged);
    f.net.clock.advance(13 * Net::day + Net::hour); // only the first is due
    bool oneRow = false;
    for (const QList<QVariant> &args : changed)
        oneRow |= args.at(0).toModelIndex().row() == 1 && args.at(1).toModelIndex().row() == 1;
    QVERIFY(oneRow);
    QCOMPARE(f.received->data(f.received->index(1), Roles::RemindersSent).toInt(), 1);
    QCOMPARE(f.received->data(f.received->index(0), Roles::RemindersSent).toInt(), 0);
}

void TestModels::rolesCarryRawValuesAndTexts()
{
    QLocale::setDefault(QLocale(QLocale::English));
    Fixture f;
    f.net.service->invite(f.others.at(0), f.me, QStringLiteral("Hello!"), InvitationSource::Profile);
    f.net.clock.advance(15 * Net::day);
    f.fetchAll();
    const QModelIndex i = f.received->index(0);
    QCOMPARE(i.data(Qt::DisplayRole).toString(), QStringLiteral("Other 0"));
    QCOMPARE(i.data(Roles::Note).toString(), QStringLiteral("Hello!"));
    QCOMPARE(i.data(Roles::Initials).toString(), QStringLiteral("O"));
    QCOMPARE(i.data(Roles::SentText).toString(), QStringLiteral("2 weeks ago"));
    QVERIFY(i.data(Roles::ExpiryText).toString().startsWith(QStringLiteral("expires in 5 months")));
    QCOMPARE(i.data(Roles::MutualText).toString(), QStringLiteral("No mutual connections"));
    QVERIFY(i.data(Roles::SentMs).toLongLong() > 0);
    QVERIFY(!i.data(Qt::AccessibleTextRole).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
