// A team store against members who use their own login with psql to stop,
// flood or cheat the others (issue 30, items 1, 5, 8, 9 and 10). Each test
// does what one member could, and checks what must hold.
#include "base/clock.h"
#include "import/contactmatcher.h"
#include "import/contactrepository.h"
#include "pgtest.h"
#include "rules/invitationservice.h"
#include "store/changefeed.h"
#include "store/sql.h"
#include "store/store.h"
#include "team/teamadmin.h"
#include "team/teamservice.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestHostile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void R16_writesNeverWaitForTheNotificationQueue();
    void R16_aStuckSessionIsEnded();
    void R16_forgedNoticesCostOneSmallReadEach();
    void R16_reloadingEverythingIsRateLimited();
    void R18_textsHaveLengthsInTheStore();
    void R18_contactsHaveALimit();
    void R18_theChangeLogIsPrunedByAgeAndSize();
    void R18_aLoginReachesOnlyItsOwnStore();
    void R18_hiddenAddressesCannotBeConfirmedWholesale();

private:
    // A plain connection as `user`, as psql would make one; `n` tells
    // several sessions of one login apart.
    QSqlDatabase session(const QString &user, int n = 0, const QString &database = {});
    StoreConfig configAs(const QString &user) const;
    bool setSetting(const QString &name, const QString &value);
    qint64 join(const QString &name, const QString &email, const QString &login);

    PgServer m_server;
    StoreConfig m_config;
    Store m_store;
    ManualClock m_clock;
    std::unique_ptr<InvitationService> m_service;
    qint64 anna = 0, ben = 0, carla = 0;
};

qint64 TestHostile::join(const QString &name, const QString &email, const QString &login)
{
    TeamAdmin admin(m_store, m_clock);
    QString password = QStringLiteral("secret-") + login;
    QString error;
    const qint64 id = admin.addMember(name, email, login, &password, &error);
    if (!id)
        qWarning("%s", qPrintable(error));
    return id;
}

void TestHostile::initTestCase()
{
    PG_START_OR_SKIP(m_server);
    m_config = m_server.createDatabase(QStringLiteral("hostile"));
    QVERIFY2(m_store.open(m_config), qPrintable(m_store.errorMessage()));
    m_clock.setNow(QDateTime::currentMSecsSinceEpoch());
    m_service = std::make_unique<InvitationService>(m_store, m_clock);
    anna = join(QStringLiteral("Anna Berg"), QStringLiteral("anna@example.org"), QStringLiteral("anna"));
    ben = join(QStringLiteral("Ben Cole"), QStringLiteral("ben@example.org"), QStringLiteral("ben"));
    carla = join(QStringLiteral("Carla Diaz"), QStringLiteral("carla@example.org"), QStringLiteral("carla"));
    QVERIFY(anna && ben && carla);
}

void TestHostile::cleanupTestCase()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("hostile-")))
            QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase TestHostile::session(const QString &user, int n, const QString &database)
{
    const QString name = QStringLiteral("hostile-%1-%2-%3").arg(user).arg(n).arg(database);
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_config.host);
    db.setPort(m_config.port);
    db.setDatabaseName(database.isEmpty() ? m_config.databaseName : database);
    db.setUserName(user);
    db.setPassword(QStringLiteral("secret-") + user);
    if (!db.isOpen() && !db.open())
        qInfo("cannot sign in as %s: %s", qPrintable(user), qPrintable(db.lastError().text()));
    return db;
}

StoreConfig TestHostile::configAs(const QString &user) const
{
    StoreConfig config = m_config;
    config.user = user;
    config.password = QStringLiteral("secret-") + user;
    return config;
}

bool TestHostile::setSetting(const QString &name, const QString &value)
{
    QSqlQuery q(m_store.database());
    return Sql::exec(q,
                     QStringLiteral("INSERT INTO settings (name, value) VALUES (?, ?)"
                                    " ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
                     {name, value});
}

// Item 1: a listener stuck in a transaction keeps the server's notification
// queue from emptying, and a flood fills it (8 GB; this test stops at a
// few tenths of a percent). A write does not notify, so it neither fails
// on a full queue nor waits for the queue's commit lock; the owner's relay
// tells the windows in its own transaction.
void TestHostile::R16_writesNeverWaitForTheNotificationQueue()
{
    QSqlDatabase stuck = session(QStringLiteral("anna"), 1);
    QVERIFY(stuck.driver()->subscribeToNotification(QStringLiteral("mynetwork_public")));
    QSqlQuery hold(stuck);
    QVERIFY(hold.exec(QStringLiteral("BEGIN")) && hold.exec(QStringLiteral("SELECT 1")));
    QSqlQuery flood(session(QStringLiteral("ben"), 1));
    double usage = 0;
    for (int round = 0; round < 20 && usage < 0.001; ++round) {
        QVERIFY2(flood.exec(QStringLiteral("SELECT pg_notify('flood', %1 * 1000 + g || repeat('x', 7000))"
                                           " FROM generate_series(1, 1000) g")
                                .arg(round)),
                 qPrintable(flood.lastError().text()));
        QVERIFY(flood.exec(QStringLiteral("SELECT pg_notification_queue_usage()")) && flood.next());
        usage = flood.value(0).toDouble();
    }
    QVERIFY2(usage >= 0.001, qPrintable(QString::number(usage)));

    // Carla's window listens on her private channel.
    Store carlaStore;
    QVERIFY2(carlaStore.open(configAs(QStringLiteral("carla"))), qPrintable(carlaStore.errorMessage()));
    carlaStore.feed()->watch(carlaStore);
    QSignalSpy heard(carlaStore.database().driver(), &QSqlDriver::notification);
    Store benStore;
    QVERIFY(benStore.open(configAs(QStringLiteral("ben"))));
    SystemClock clock;
    InvitationService asBen(benStore, clock);
    const ActionResult sent = asBen.invite(ben, carla, {}, InvitationSource::Profile);
    QVERIFY2(sent.ok(), qPrintable(sent.message));
    QTest::qWait(300);
    QVERIFY2(heard.isEmpty(), "a write notified by itself");
    QVERIFY(flood.exec(QStringLiteral("SELECT pg_notification_queue_usage()")) && flood.next());
    QVERIFY(flood.value(0).toDouble() <= usage);

    // The relay tells her; her window reads what changed.
    QSignalSpy changed(carlaStore.feed(), &ChangeFeed::changed);
    TeamService relay(m_store);
    QVERIFY(relay.relay());
    QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    QVERIFY(changed.first().first().value<ChangeSet>().invitations.contains(sent.invitationId));

    // Past a share of the queue, the session keeping its tail is ended.
    TeamService::Limits limits;
    limits.queueShare = usage / 2;
    TeamService service(m_store, limits);
    QSignalSpy logged(&service, &TeamService::logged);
    service.housekeep();
    QVERIFY(!logged.isEmpty());
    QVERIFY2(logged.last().first().toString().contains(QLatin1String("anna")),
             qPrintable(logged.last().first().toString()));
    QVERIFY(!hold.exec(QStringLiteral("SELECT 1")));
    stuck.close();
}

// Item 1: a member's session idle in a transaction past the limit is ended.
void TestHostile::R16_aStuckSessionIsEnded()
{
    QSqlDatabase idle = session(QStringLiteral("ben"), 2);
    QSqlQuery q(idle);
    QVERIFY(q.exec(QStringLiteral("BEGIN")) && q.exec(QStringLiteral("SELECT count(*) FROM mynetwork_view.members")));
    TeamService::Limits limits;
    limits.idleInTransactionMs = 300;
    TeamService service(m_store, limits);
    QSignalSpy logged(&service, &TeamService::logged);
    service.housekeep();
    QVERIFY(logged.isEmpty()); // not yet past the limit
    QTest::qWait(600);
    service.housekeep();
    QCOMPARE(logged.size(), 1);
    QVERIFY(logged.first().first().toString().contains(QLatin1String("idle in a transaction")));
    QVERIFY(!q.exec(QStringLiteral("SELECT 1")));
    idle.close();
}

// Item 5: 200 forged notices, ten bursts of twenty, on the public channel
// any login can write to: the window reads a few small answers with nothing
// in them and reloads nothing.
void TestHostile::R16_forgedNoticesCostOneSmallReadEach()
{
    Store annaStore;
    QVERIFY(annaStore.open(configAs(QStringLiteral("anna"))));
    annaStore.feed()->watch(annaStore);
    QSignalSpy changed(annaStore.feed(), &ChangeFeed::changed);
    const int readsBefore = annaStore.feed()->serverReads();
    QSqlQuery forge(session(QStringLiteral("ben"), 3));
    for (int burst = 0; burst < 10; ++burst) {
        for (int i = 0; i < 20; ++i) {
            QVERIFY(forge.exec(QStringLiteral("SELECT pg_notify('mynetwork_public',"
                                              " '{\"seq\":%1,\"o\":0,\"c\":{\"all\":true}}')")
                                   .arg(burst * 20 + i)));
        }
        QTest::qWait(100);
    }
    QTest::qWait(200);
    const int reads = annaStore.feed()->serverReads() - readsBefore;
    qInfo("200 forged notices: %d reads of the change log", reads);
    QVERIFY2(reads <= 20, qPrintable(QString::number(reads)));
    QVERIFY(changed.isEmpty());
}

// Item 5: "re-read everything" (a restore, a demo network) reaches a view
// at most every ten seconds, however often the log says it.
void TestHostile::R16_reloadingEverythingIsRateLimited()
{
    Store annaStore;
    QVERIFY(annaStore.open(configAs(QStringLiteral("anna"))));
    annaStore.feed()->watch(annaStore);
    QSignalSpy changed(annaStore.feed(), &ChangeFeed::changed);
    QSqlQuery q(m_store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT mynetwork.log_change(0, '{\"all\":true}')")));
    QVERIFY(annaStore.feed()->poll());
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.first().first().value<ChangeSet>().everything);
    QVERIFY(q.exec(QStringLiteral("SELECT mynetwork.log_change(0, '{\"all\":true}')")));
    QVERIFY(annaStore.feed()->poll());
    QTest::qWait(300);
    QCOMPARE(changed.size(), 1); // held until ten seconds have passed
}

// Item 8: what psql can store is as long as what the app stores.
void TestHostile::R18_textsHaveLengthsInTheStore()
{
    QSqlQuery q(session(QStringLiteral("anna")));
    QVERIFY(
        q.prepare(QStringLiteral("INSERT INTO mynetwork.contacts (owner_id, name, email, email_norm, phone, company,"
                                 " imported_ms, dedupe_key) VALUES (?, 'Pad', '', '', ?, '', 0, ?)")));
    q.addBindValue(anna);
    q.addBindValue(QString(10 * 1024 * 1024, QLatin1Char('9')));
    q.addBindValue(QStringLiteral("name:pad|"));
    QVERIFY(!q.exec());
    QVERIFY2(q.lastError().nativeErrorCode() == QLatin1String("23514"), qPrintable(q.lastError().text()));
    QVERIFY2(q.lastError().text().contains(QLatin1String("contacts_text_sizes")), qPrintable(q.lastError().text()));
    // The app says which field, before the store is asked.
    Member m;
    m.name = QString(201, QLatin1Char('n'));
    m.email = QStringLiteral("long.name@example.org");
    const JoinResult j = m_service->join(m);
    QCOMPARE(j.result.reason, Refusal::TextTooLong);
    QVERIFY2(j.result.message.startsWith(QLatin1String("Name:")), qPrintable(j.result.message));
}

// Item 8: a member keeps at most max_contacts contacts (50,000 unless the
// store says less); psql and the app's import are both refused, nothing
// stored changes, and the import says why.
void TestHostile::R18_contactsHaveALimit()
{
    QVERIFY(setSetting(QStringLiteral("max_contacts"), QStringLiteral("100")));
    QSqlQuery q(session(QStringLiteral("carla")));
    const QString insert = QStringLiteral(
        "INSERT INTO mynetwork.contacts (owner_id, name, email, email_norm, phone, company, imported_ms, dedupe_key)"
        " SELECT %1, 'C' || g, '', '', '', '', 0, 'name:c' || g || '|' FROM generate_series(%2, %3) g");
    QVERIFY2(q.exec(insert.arg(carla).arg(1).arg(90)), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(insert.arg(carla).arg(91).arg(111)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("54000"));

    Store carlaStore;
    QVERIFY(carlaStore.open(configAs(QStringLiteral("carla"))));
    QList<ImportedContact> contacts;
    for (int i = 0; i < 20; ++i) {
        ImportedContact c;
        c.name = QStringLiteral("New %1").arg(i);
        contacts.append(c);
    }
    QString error;
    QList<ContactMatch> matches = ContactMatcher::classify(carlaStore, carla, m_clock.nowMs(), contacts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!ContactRepository::save(carlaStore, carla, matches, m_clock.nowMs(), nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("more than 50,000 contacts (you have 90)")), qPrintable(error));
    QCOMPARE(ContactRepository::count(carlaStore, carla), 90);
    QVERIFY(setSetting(QStringLiteral("max_contacts"), QStringLiteral("50000")));
    QVERIFY(ContactRepository::save(carlaStore, carla, matches, m_clock.nowMs(), nullptr, &error));
    QCOMPARE(ContactRepository::count(carlaStore, carla), 110);
}

// Item 8: the log goes by age and by size as well as by count.
void TestHostile::R18_theChangeLogIsPrunedByAgeAndSize()
{
    QSqlQuery q(m_store.database());
    for (int i = 0; i < 20; ++i)
        QVERIFY(q.exec(QStringLiteral("SELECT mynetwork.log_change(0, '{\"m\":[[%1,4]]}')").arg(anna)));
    QVERIFY(q.exec(QStringLiteral("UPDATE change_log SET logged_ms = logged_ms - 8 * 86400000"
                                  " WHERE seq <= (SELECT max(seq) - 10 FROM change_log)")));
    const qint64 newest = Sql::scalar(m_store.database(), QStringLiteral("SELECT max(seq) FROM change_log"), {});
    TeamService service(m_store);
    service.housekeep();
    QCOMPARE(Sql::scalar(m_store.database(), QStringLiteral("SELECT count(*) FROM change_log"), {}), qint64(10));
    // By size: the newest rows within the bytes given stay.
    QVERIFY(q.exec(QStringLiteral("SELECT mynetwork.prune_change_log(8 * 86400000, 100)")));
    QVERIFY(Sql::scalar(m_store.database(), QStringLiteral("SELECT sum(octet_length(payload)) FROM change_log"), {})
            <= 100);
    QCOMPARE(Sql::scalar(m_store.database(), QStringLiteral("SELECT max(seq) FROM change_log"), {}), newest);
}

// Item 9: a member role per store, and no CONNECT for PUBLIC: Anna's login
// of this store cannot even connect to another store on the same server.
void TestHostile::R18_aLoginReachesOnlyItsOwnStore()
{
    const StoreConfig other = m_server.createDatabase(QStringLiteral("hostile_other"));
    Store otherStore;
    QVERIFY2(otherStore.open(other), qPrintable(otherStore.errorMessage()));
    TeamAdmin otherAdmin(otherStore, m_clock);
    QString error;
    QVERIFY2(otherAdmin.prepare(&error), qPrintable(error));
    TeamAdmin admin(m_store, m_clock);
    QVERIFY(admin.memberRole() != otherAdmin.memberRole());
    QVERIFY(admin.memberRole().startsWith(QLatin1String(TeamAdmin::kMemberRolePrefix)));
    QSqlDatabase there = session(QStringLiteral("anna"), 0, QStringLiteral("hostile_other"));
    QVERIFY(!there.isOpen());
    QVERIFY2(there.lastError().text().contains(QLatin1String("permission denied")),
             qPrintable(there.lastError().text()));
    QVERIFY(session(QStringLiteral("anna")).isOpen());
}

// Item 10: with a daily limit of five new addresses, a list of guesses
// confirms at most five; addresses once looked up stay answered; what the
// contacts list shows as members is limited the same way.
void TestHostile::R18_hiddenAddressesCannotBeConfirmedWholesale()
{
    QVERIFY(setSetting(QStringLiteral("daily_lookups"), QStringLiteral("5")));
    for (int i = 0; i < 8; ++i) {
        Member m;
        m.name = QStringLiteral("Hidden %1").arg(i);
        m.email = QStringLiteral("hidden.%1@example.net").arg(i);
        QVERIFY(m_service->join(m).result.ok());
    }
    QSqlQuery q(session(QStringLiteral("ben")));
    QStringList guesses;
    for (int i = 0; i < 8; ++i)
        guesses.append(QStringLiteral("\"hidden.%1@example.net\"").arg(i));
    for (int i = 0; i < 12; ++i)
        guesses.append(QStringLiteral("\"nobody.%1@example.net\"").arg(i));
    const QString lookup = QStringLiteral("SELECT count(*) FROM mynetwork.members_by_email('[%1]')");
    QVERIFY(q.exec(lookup.arg(guesses.join(QLatin1Char(',')))) && q.next());
    const qint64 confirmed = q.value(0).toLongLong();
    QVERIFY2(confirmed <= 5, qPrintable(QString::number(confirmed)));
    QVERIFY(q.exec(QStringLiteral("SELECT mynetwork.address_lookups_left()")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(0));
    // Asked again: the same answers, nothing more.
    QVERIFY(q.exec(lookup.arg(guesses.join(QLatin1Char(',')))) && q.next());
    QCOMPARE(q.value(0).toLongLong(), confirmed);
    // The import route: guesses stored as contacts show no more members.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO mynetwork.contacts (owner_id, name, email, email_norm, phone, company,"
                                  " imported_ms, dedupe_key) SELECT %1, 'G' || g, 'hidden.' || g || '@example.net',"
                                  " 'hidden.' || g || '@example.net', '', '', 0, 'hidden.' || g || '@example.net'"
                                  " FROM generate_series(0, 7) g")
                       .arg(ben)));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM mynetwork.contact_member_ids()")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), confirmed);
    QVERIFY(setSetting(QStringLiteral("daily_lookups"), QStringLiteral("2000")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM mynetwork.contact_member_ids()")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(8));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
