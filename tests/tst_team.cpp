// The team store (R15–R17): one PostgreSQL store shared by several people
// and engines, on a throw-away server (tests/pgserver.cpp).
#include "pgtest.h"

#include "base/clock.h"
#include "gui/connectdialog.h"
#include "gui/elidedlabel.h"
#include "gui/joindialog.h"
#include "gui/mainwindow.h"
#include "gui/profiledialog.h"
#include "gui/storestatus.h"
#include "gui/teamsettings.h"
#include "models/invitationlistmodel.h"
#include "models/roles.h"
#include "rules/enginestatus.h"
#include "rules/expiryengine.h"
#include "rules/invitationlists.h"
#include "rules/invitationservice.h"
#include "runtime/appcontext.h"
#include "store/changefeed.h"
#include "store/sql.h"
#include "store/store.h"
#include "team/scramverifier.h"
#include "team/serverlink.h"
#include "team/teamadmin.h"
#include "team/teamidentity.h"
#include "team/teamservice.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

class TestTeam : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void locationsParse_data();
    void locationsParse();
    void locationsRefused_data();
    void locationsRefused();
    void failuresNameTheReason();
    void newerOrForeignSchemaIsRefused();
    void otherTablesInTheDatabaseAreFine();
    void R15_actsAsTheMemberOfTheLogin();
    void R15_teamWindowHasNoSimulatedTimeOrSwitch();
    void R16_changesReachTheOtherWindowWithinASecond();
    void R16_plainSqlChangesReachWindowsToo();
    void R16_aLargeChangeIsReadFromItsRow();
    void R17_oneEngineLeadsAndAnotherTakesOver();
    void R17_aLeaderWhoseLeaseWasTakenWritesNothing();
    void R17_killedLeaderCatchUpIsFinishedExactlyOnce();
    void R17_twoEnginesAtOnceSendEachReminderOnce();
    void reconnectsAfterServerRestart();
    void connectDialogTellsWhatIsWrongAndRemembersTheServer();
    void adminAddsMembersWithTheirOwnLogins();
    void R19_adminImportsAnOrganisationsPeople();
    void R21_theJoinDialogMakesANewMemberAndSignsIn();

private:
    StoreConfig teamStore(const QString &name, qint64 *anna = nullptr, qint64 *ben = nullptr);
    static qint64 join(InvitationService &service, const QString &name, const QString &login = {});
    bool seedOverdue(const StoreConfig &config, int count);
    static bool startEngine(QProcess &p, const StoreConfig &config);
    static bool waitFor(QProcess &p, const QByteArray &word, QByteArray *seen, int ms);
    static qint64 remindersOff(Store &look);
    PgServer m_server;
    QTemporaryDir m_settings;
};

void TestTeam::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    PG_START_OR_SKIP(m_server);
}

qint64 TestTeam::join(InvitationService &service, const QString &name, const QString &login)
{
    Member m;
    m.name = name;
    m.headline = QStringLiteral("Engineer");
    static int joined = 0;
    m.email = QStringLiteral("member%1@example.org").arg(++joined);
    const JoinResult r = service.join(m);
    if (!login.isEmpty()) {
        QSqlQuery q(service.store().database());
        Sql::exec(q, QStringLiteral("UPDATE members SET login = ? WHERE id = ?"), {login, r.memberId}, nullptr);
    }
    return r.memberId;
}

// A store with Anna (tied to the test server's login) and Ben.
StoreConfig TestTeam::teamStore(const QString &name, qint64 *anna, qint64 *ben)
{
    const StoreConfig config = m_server.createDatabase(name);
    Store store;
    if (!store.open(config))
        qWarning("%s", qPrintable(store.errorMessage()));
    SystemClock clock;
    InvitationService service(store, clock);
    const qint64 a = join(service, QStringLiteral("Anna Berg"), config.user);
    const qint64 b = join(service, QStringLiteral("Ben Cole"));
    if (anna)
        *anna = a;
    if (ben)
        *ben = b;
    return config;
}

void TestTeam::locationsParse_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<bool>("team");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");
    QTest::newRow("file") << QStringLiteral("/tmp/net.sqlite") << false << QString() << 5432 << QString()
                          << QStringLiteral("/tmp/net.sqlite") << QString();
    QTest::newRow("full") << QStringLiteral("postgresql://anna@db.example.org:5433/network?sslmode=require") << true
                          << QStringLiteral("db.example.org") << 5433 << QStringLiteral("anna")
                          << QStringLiteral("network") << QStringLiteral("require");
    QTest::newRow("short scheme") << QStringLiteral("postgres://ben@10.0.0.5/net") << true << QStringLiteral("10.0.0.5")
                                  << 5432 << QStringLiteral("ben") << QStringLiteral("net") << QString();
    QTest::newRow("socket folder") << QStringLiteral("postgresql:///net?host=/run/postgresql&user=cem") << true
                                   << QStringLiteral("/run/postgresql") << 5432 << QStringLiteral("cem")
                                   << QStringLiteral("net") << QString();
    QTest::newRow("encoded socket") << QStringLiteral("postgresql://dora@%2Fvar%2Frun%2Fpg:5544/net") << true
                                    << QStringLiteral("/var/run/pg") << 5544 << QStringLiteral("dora")
                                    << QStringLiteral("net") << QString();
}

void TestTeam::locationsParse()
{
    QFETCH(QString, location);
    StoreConfig config;
    QString error;
    QVERIFY2(StoreConfig::fromLocation(location, &config, &error), qPrintable(error));
    QFETCH(bool, team);
    QCOMPARE(config.isTeam(), team);
    QFETCH(QString, database);
    QCOMPARE(config.databaseName, database);
    if (!team)
        return;
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, sslMode);
    QCOMPARE(config.host, host);
    QCOMPARE(config.port, port);
    QCOMPARE(config.user, user);
    QCOMPARE(config.sslMode, sslMode);
    QVERIFY(!config.displayName().contains(QLatin1String("secret")));
}

void TestTeam::locationsRefused_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("named"); // what the message must name
    QTest::newRow("no database") << QStringLiteral("postgresql://anna@db.example.org") << QStringLiteral("/name");
    QTest::newRow("bad sslmode") << QStringLiteral("postgresql://a@h/db?sslmode=always") << QStringLiteral("always");
    QTest::newRow("unknown parameter") << QStringLiteral("postgresql://a@h/db?colour=blue") << QStringLiteral("colour");
    QTest::newRow("bad port") << QStringLiteral("postgresql://a@h/db?port=99999") << QStringLiteral("port");
}

void TestTeam::locationsRefused()
{
    QFETCH(QString, location);
    QFETCH(QString, named);
    StoreConfig config;
    QString error;
    QVERIFY(!StoreConfig::fromLocation(location, &config, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
}

void TestTeam::failuresNameTheReason()
{
    const StoreConfig good = m_server.createDatabase(QStringLiteral("reasons"));
    struct Case
    {
        StoreConfig config;
        Store::Error error;
    };
    StoreConfig unreachable = good;
    unreachable.port = good.port + 1;
    StoreConfig missing = good;
    missing.databaseName = QStringLiteral("no_such_database");
    StoreConfig stranger = good;
    stranger.user = QStringLiteral("nobody_here");
    StoreConfig tls = good;
    tls.host = QStringLiteral("127.0.0.1"); // the test server has no TLS; demanding it is refused
    tls.sslMode = QStringLiteral("require");
    const QList<Case> cases{{unreachable, Store::Error::ServerUnreachable},
                            {missing, Store::Error::DatabaseMissing},
                            {stranger, Store::Error::LoginRefused}};
    for (const Case &c : cases) {
        Store store;
        QVERIFY(!store.open(c.config));
        QCOMPARE(store.error(), c.error);
        QVERIFY2(store.errorMessage().contains(c.config.serverName()), qPrintable(store.errorMessage()));
    }
    // Over TCP with TLS demanded: the server has none.
    Store store;
    QVERIFY(!store.open(tls));
    QVERIFY2(store.error() == Store::Error::TlsRequired || store.error() == Store::Error::ServerUnreachable,
             qPrintable(store.errorMessage()));
}

void TestTeam::newerOrForeignSchemaIsRefused()
{
    const StoreConfig config = teamStore(QStringLiteral("newer"));
    QVERIFY(m_server.exec(config.databaseName, {QStringLiteral("UPDATE mynetwork.schema_version SET version = 99")}));
    Store store;
    QVERIFY(!store.open(config));
    QCOMPARE(store.error(), Store::Error::TooNew);
    QVERIFY2(store.errorMessage().contains(QLatin1String("99")), qPrintable(store.errorMessage()));

    const StoreConfig foreign = m_server.createDatabase(QStringLiteral("foreign_schema"));
    QVERIFY(m_server.exec(
        foreign.databaseName,
        {QStringLiteral("CREATE SCHEMA mynetwork"), QStringLiteral("CREATE TABLE mynetwork.orders (id int)")}));
    Store other;
    QVERIFY(!other.open(foreign));
    QCOMPARE(other.error(), Store::Error::ForeignDatabase);
    QString error;
    QVERIFY(m_server.exec(foreign.databaseName, {QStringLiteral("SELECT * FROM mynetwork.orders")}, &error));
}

void TestTeam::otherTablesInTheDatabaseAreFine()
{
    const StoreConfig config = m_server.createDatabase(QStringLiteral("shared_db"));
    QVERIFY(m_server.exec(config.databaseName,
                          {QStringLiteral("CREATE TABLE public.invoices (id int)"),
                           QStringLiteral("INSERT INTO public.invoices VALUES (7)")}));
    Store store;
    QVERIFY2(store.open(config), qPrintable(store.errorMessage()));
    QVERIFY(store.wasCreated());
    QCOMPARE(Sql::scalar(store.database(),
                         QStringLiteral("SELECT COUNT(*) FROM information_schema.tables"
                                        " WHERE table_schema = 'mynetwork' AND table_name = 'invitations'"),
                         {}),
             qint64(1));
    QCOMPARE(Sql::scalar(store.database(), QStringLiteral("SELECT id FROM public.invoices"), {}), qint64(7));
}

void TestTeam::R15_actsAsTheMemberOfTheLogin()
{
    qint64 anna = 0;
    const StoreConfig config = teamStore(QStringLiteral("identity"), &anna);
    AppContext context;
    QString error;
    QVERIFY2(context.open(config, false, &error), qPrintable(error));
    QCOMPARE(context.teamMember(), anna);
    QCOMPARE(context.login(), config.user);

    // A login no member is tied to cannot open a window.
    QVERIFY(m_server.exec(config.databaseName, {QStringLiteral("UPDATE mynetwork.members SET login = NULL")}));
    AppContext nobody;
    QVERIFY(!nobody.open(config, false, &error));
    QVERIFY2(error.contains(config.user), qPrintable(error));
    // The headless engine acts as no member.
    AppContext engine;
    QVERIFY2(engine.open(config, false, &error, AppContext::Role::Engine), qPrintable(error));
}

void TestTeam::R15_teamWindowHasNoSimulatedTimeOrSwitch()
{
    qint64 anna = 0;
    const StoreConfig config = teamStore(QStringLiteral("team_window"), &anna);
    AppContext context;
    QString error;
    QVERIFY2(context.open(config, false, &error), qPrintable(error));
    MainWindow window(context, context.teamMember());
    QStringList menus;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->isVisible())
            menus.append(action->text());
    }
    QCOMPARE(menus.size(), 3); // Network, Language and Help; no Simulated time
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->objectName() == QLatin1String("switchMemberAction")
            || action->objectName().startsWith(QLatin1String("advance")))
            QVERIFY2(!action->isVisible() || !action->isEnabled(), qPrintable(action->objectName()));
    }
    auto *label = window.findChild<ElidedLabel *>(QStringLiteral("storeLabel"));
    QVERIFY(label);
    const QString text = label->fullText();
    QVERIFY2(text.contains(QLatin1String("Anna Berg")) && text.contains(config.serverName())
                 && text.contains(config.databaseName),
             qPrintable(text));
    QVERIFY(!context.clock().isSimulated());

    // --member is refused on a team store, before any connection is made.
    QProcess app;
    app.start(QStringLiteral(MYNETWORK_APP),
              {QStringLiteral("--db"), QStringLiteral("postgresql://anna@localhost/x"), QStringLiteral("--member"),
               QStringLiteral("3"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY2(app.readAllStandardError().contains("--member is for a local store"), "no message");
}

void TestTeam::R16_changesReachTheOtherWindowWithinASecond()
{
    qint64 anna = 0, ben = 0;
    const StoreConfig config = teamStore(QStringLiteral("live"), &anna, &ben);
    // Two "windows": stores with their own connections and feeds.
    Store storeA, storeB;
    QVERIFY(storeA.open(config));
    QVERIFY(storeB.open(config));
    SystemClock clockA, clockB;
    InvitationService a(storeA, clockA), b(storeB, clockB);
    storeA.feed()->watch(storeA);
    storeB.feed()->watch(storeB);
    // The owner's service tells the windows when to look (writes never
    // notify); without it they look every ChangeFeed::kSilentLookMs.
    TeamService relay(storeA);
    QString why;
    QVERIFY2(relay.start(&why), qPrintable(why));
    InvitationListModel benReceived(InvitationListModel::Kind::Received, b, clockB);
    benReceived.setMember(ben);
    InvitationListModel annaSent(InvitationListModel::Kind::Sent, a, clockA);
    annaSent.setMember(anna);
    QCOMPARE(benReceived.rowCount(), 0);

    QElapsedTimer timer;
    timer.start();
    const ActionResult sent = a.invite(anna, ben, QStringLiteral("Hallo Ben"), InvitationSource::Profile);
    QVERIFY2(sent.ok(), qPrintable(sent.message));
    QCOMPARE(annaSent.rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(benReceived.rowCount(), 1, 10000);
    qInfo("send reached the other window after %lld ms", timer.elapsed());
    QCOMPARE(benReceived.totalCount(), 1);

    timer.restart();
    QVERIFY(b.accept(ben, sent.invitationId).ok());
    QCOMPARE(benReceived.rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(annaSent.rowCount(), 0, 10000);
    qInfo("accept reached the other window after %lld ms", timer.elapsed());
    QVERIFY(a.network().isConnected(anna, ben));

    // The engine of A expires what B received: B's list empties.
    qint64 cem = join(a, QStringLiteral("Cem Dag"));
    const ActionResult toBen = a.invite(cem, ben, {}, InvitationSource::Profile);
    QVERIFY(toBen.ok());
    QTRY_COMPARE_WITH_TIMEOUT(benReceived.rowCount(), 1, 10000);
    QSqlQuery due(storeA.database());
    QVERIFY(Sql::exec(due, QStringLiteral("UPDATE invitations SET expires_ms = ?, next_due_ms = ? WHERE id = ?"),
                      {clockA.nowMs() - 1, clockA.nowMs() - 1, toBen.invitationId}, nullptr));
    ExpiryEngine engine(storeA, clockA, a);
    QVERIFY(engine.runNow());
    QCOMPARE(a.network().invitation(toBen.invitationId)->state, InvitationState::Expired);
    QTRY_COMPARE_WITH_TIMEOUT(benReceived.rowCount(), 0, 10000);
}

void TestTeam::R16_plainSqlChangesReachWindowsToo()
{
    qint64 anna = 0, ben = 0;
    const StoreConfig config = teamStore(QStringLiteral("plain_sql"), &anna, &ben);
    Store storeA, storeB;
    QVERIFY(storeA.open(config));
    QVERIFY(storeB.open(config));
    SystemClock clock;
    InvitationService a(storeA, clock), b(storeB, clock);
    storeB.feed()->watch(storeB);
    TeamService relay(storeA);
    QString why;
    QVERIFY2(relay.start(&why), qPrintable(why));
    InvitationListModel benReceived(InvitationListModel::Kind::Received, b, clock);
    benReceived.setMember(ben);
    const ActionResult sent = a.invite(anna, ben, {}, InvitationSource::Profile);
    QVERIFY(sent.ok());
    QTRY_COMPARE_WITH_TIMEOUT(benReceived.rowCount(), 1, 10000);
    // An administrator withdraws it by hand in psql.
    QVERIFY(m_server.exec(config.databaseName,
                          {QStringLiteral("UPDATE mynetwork.invitations SET state = 3"
                                          " WHERE id = %1")
                               .arg(sent.invitationId)}));
    QTRY_COMPARE_WITH_TIMEOUT(benReceived.rowCount(), 0, 10000);
}

void TestTeam::R16_aLargeChangeIsReadFromItsRow()
{
    const StoreConfig config = teamStore(QStringLiteral("large_change"));
    Store storeA, storeB;
    QVERIFY(storeA.open(config));
    QVERIFY(storeB.open(config));
    storeB.feed()->watch(storeB);
    TeamService relay(storeA);
    QString why;
    QVERIFY2(relay.start(&why), qPrintable(why));
    QList<ChangeSet> seen;
    connect(storeB.feed(), &ChangeFeed::changed, this, [&seen](const ChangeSet &c) { seen.append(c); });
    {
        Transaction tx(storeA);
        QVERIFY(tx.isActive());
        // Too many for a notice (pg_notify takes under 8000 bytes).
        for (qint64 id = 1; id <= 1500; ++id)
            tx.changes().invitation(id, 1, 2);
        QVERIFY(tx.changes().toJson().size() > 7000);
        QVERIFY(tx.commit());
    }
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 1, 10000);
    QCOMPARE(seen.first().invitations.size(), 1500);
    QVERIFY(seen.first().remote);
}

void TestTeam::R17_oneEngineLeadsAndAnotherTakesOver()
{
    const StoreConfig config = teamStore(QStringLiteral("election"));
    Store s1, s2;
    QVERIFY(s1.open(config));
    QVERIFY(s2.open(config));
    SystemClock clock;
    InvitationService v1(s1, clock), v2(s2, clock);
    auto e1 = std::make_unique<ExpiryEngine>(s1, clock, v1);
    ExpiryEngine e2(s2, clock, v2);
    e1->start();
    e2.start();
    QVERIFY(e1->isLeader());
    QVERIFY(!e2.isLeader());
    e1.reset();
    s1.close(); // the leader's session ends: its lock goes with it
    // The moment of the event itself, not of this test's next look.
    QElapsedTimer timer;
    timer.start();
    qint64 ledAfter = -1;
    connect(&e2, &ExpiryEngine::leadershipChanged, this, [&](bool leader) {
        if (leader && ledAfter < 0)
            ledAfter = timer.elapsed();
    });
    QTRY_VERIFY_WITH_TIMEOUT(e2.isLeader(), 30000);
    qInfo("the other engine led after %lld ms", ledAfter);
    QVERIFY(ledAfter >= 0);
    QVERIFY(ledAfter <= ExpiryEngine::kElectionMs + 1000);
}

// Another engine took the lease while this one was away (its server slow,
// its process stopped): this one's next run holds the lease row first,
// finds it taken, writes nothing and stands by (EngineLease::hold).
void TestTeam::R17_aLeaderWhoseLeaseWasTakenWritesNothing()
{
    qint64 anna = 0, ben = 0;
    const StoreConfig config = teamStore(QStringLiteral("taken"), &anna, &ben);
    Store store;
    QVERIFY(store.open(config));
    SystemClock clock;
    InvitationService service(store, clock);
    const ActionResult sent = service.invite(anna, ben, {}, InvitationSource::Profile);
    QVERIFY(sent.ok());
    ExpiryEngine engine(store, clock, service);
    engine.start();
    QVERIFY(engine.isLeader());
    // Due now, and the lease is another engine's for good.
    QVERIFY(
        m_server.exec(config.databaseName,
                      {QStringLiteral("UPDATE mynetwork.invitations SET next_due_ms = 1, expires_ms = 1 WHERE id = %1")
                           .arg(sent.invitationId),
                       QStringLiteral("UPDATE mynetwork.engine_lease SET holder = 42,"
                                      " until_ms = 9223372036854775807")}));
    QSignalSpy led(&engine, &ExpiryEngine::leadershipChanged);
    QVERIFY(!engine.runNow());
    QVERIFY(!engine.isLeader());
    QCOMPARE(led.size(), 1);
    QCOMPARE(service.network().invitation(sent.invitationId)->state, InvitationState::Pending);
}

void TestTeam::R17_killedLeaderCatchUpIsFinishedExactlyOnce()
{
    const StoreConfig config = teamStore(QStringLiteral("catchup"));
    // Thousands of invitations sent 40 days ago, expiring in a week, whose
    // reminders were never sent: the catch-up has two to send for each.
    const int count = 20000;
    QVERIFY(seedOverdue(config, count));
    const auto start = [&config](QProcess &p) {
        return startEngine(p, config);
    };
    QProcess first, second;
    QByteArray firstLog, secondLog;
    QVERIFY(start(first));
    QVERIFY2(waitFor(first, "Leading", &firstLog, 20000), firstLog.constData());
    QVERIFY(start(second));
    QVERIFY2(waitFor(second, "Standing by", &secondLog, 20000), secondLog.constData());
    // Killed in the middle of its catch-up: some slices are committed, the
    // one under way is not.
    QVERIFY2(waitFor(first, "Sent", &firstLog, 60000), firstLog.constData());
    const QDateTime killedAt = QDateTime::currentDateTimeUtc();
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished(5000));
    Store look;
    QVERIFY(look.open(config));
    const auto notifications = [&look] {
        return Sql::scalar(look.database(), QStringLiteral("SELECT COUNT(*) FROM notifications"), {});
    };
    const qint64 byFirst = notifications();
    qInfo("the first engine committed %lld reminders", byFirst);
    QVERIFY(byFirst > 0);
    QVERIFY(byFirst < 2 * count);
    // Whole slices: each invitation it reminded got both its reminders.
    QCOMPARE(
        Sql::scalar(look.database(), QStringLiteral("SELECT COUNT(*) FROM invitations WHERE reminders_sent = 1"), {}),
        qint64(0));
    QCOMPARE(byFirst,
             2
                 * Sql::scalar(look.database(),
                               QStringLiteral("SELECT COUNT(*) FROM invitations WHERE reminders_sent = 2"), {}));
    // The dead leader's run held the lease's row until its session ended;
    // a lease of a session that is gone is void, so the next beat takes it.
    // When the second engine led, by its own log's clock (milliseconds),
    // not by when this test, busy counting, read the line.
    const int bound = ExpiryEngine::kElectionMs + 2000;
    QVERIFY2(waitFor(second, "Leading", &secondLog, 30000), secondLog.constData());
    QDateTime ledAt;
    for (const QByteArray &line : secondLog.split('\n')) {
        if (line.contains("Leading") && !ledAt.isValid())
            ledAt = QDateTime::fromString(QString::fromLatin1(line.left(line.indexOf(' '))), Qt::ISODateWithMs);
    }
    QVERIFY2(ledAt.isValid(), secondLog.constData());
    const qint64 takeover = killedAt.msecsTo(ledAt);
    qInfo("takeover after %lld ms", takeover);
    QVERIFY(takeover <= bound);
    QVERIFY2(waitFor(second, "Sent", &secondLog, 120000), secondLog.constData());
    QTRY_VERIFY_WITH_TIMEOUT(notifications() >= 2 * count, 120000);
    second.terminate();
    QVERIFY(second.waitForFinished(10000));

    const qint64 invitations = Sql::scalar(look.database(), QStringLiteral("SELECT COUNT(*) FROM invitations"), {});
    QCOMPARE(invitations, qint64(count));
    QCOMPARE(
        Sql::scalar(look.database(), QStringLiteral("SELECT COUNT(*) FROM invitations WHERE reminders_sent = 2"), {}),
        invitations);
    // Exactly reminders_sent reminder rows for every invitation: none
    // twice, none lost.
    QCOMPARE(remindersOff(look), qint64(0));
    QCOMPARE(Sql::scalar(look.database(), QStringLiteral("SELECT COUNT(*) FROM notifications"), {}), 2 * invitations);
}

// `count` members, each invited by member 1 forty days ago, expiring in a
// week, their two reminders never sent: due at once.
bool TestTeam::seedOverdue(const StoreConfig &config, int count)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return m_server.exec(
        config.databaseName,
        {
            QStringLiteral("SET search_path TO mynetwork"),
            QStringLiteral("INSERT INTO members (name, email, email_norm, joined_ms)"
                           " SELECT 'Member ' || g, 'm' || g || '@example.org', 'm' || g || '@example.org', 0"
                           " FROM generate_series(1, %1) g")
                .arg(count),
            QStringLiteral("INSERT INTO invitations (sender_id, recipient_id, pair_lo, pair_hi, source, state, sent_ms,"
                           " expires_ms, reminders_sent, next_due_ms)"
                           " SELECT 1, id, 1, id, 0, 0, %1, %2, 0, %3 FROM members WHERE id > 2")
                .arg(now - 40 * 86400000LL)
                .arg(now + 7 * 86400000LL)
                .arg(now - 1000),
        });
}

// mynetwork-engine on the store, as a service would start it.
bool TestTeam::startEngine(QProcess &p, const StoreConfig &config)
{
    p.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("--db"),
                     QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
                         .arg(config.user, config.databaseName, config.host)
                         .arg(config.port)};
    p.start(QStringLiteral(MYNETWORK_ENGINE), args);
    return p.waitForStarted();
}

// Reads the engine's log into `seen` until it holds `word` (or `ms` pass).
bool TestTeam::waitFor(QProcess &p, const QByteArray &word, QByteArray *seen, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!seen->contains(word) && t.elapsed() < ms) {
        p.waitForReadyRead(100);
        seen->append(p.readAll());
    }
    return seen->contains(word);
}

// Exactly reminders_sent reminder rows for every invitation: none twice,
// none lost.
qint64 TestTeam::remindersOff(Store &look)
{
    return Sql::scalar(look.database(),
                       QStringLiteral("SELECT COUNT(*) FROM invitations i WHERE reminders_sent <>"
                                      " (SELECT COUNT(*) FROM notifications n WHERE n.invitation_id = i.id"
                                      " AND n.kind IN (1, 2))"),
                       {});
}

// R17: two engines started at the same moment on one store with a catch-up
// waiting: one leads, the other stands by, and every reminder is sent once.
void TestTeam::R17_twoEnginesAtOnceSendEachReminderOnce()
{
    const StoreConfig config = teamStore(QStringLiteral("twoengines"));
    const int count = 3000;
    QVERIFY(seedOverdue(config, count));
    QProcess first, second;
    QVERIFY(startEngine(first, config) && startEngine(second, config));
    QByteArray firstLog, secondLog;
    Store look;
    QVERIFY(look.open(config));
    QTRY_COMPARE_WITH_TIMEOUT(
        Sql::scalar(look.database(), QStringLiteral("SELECT COUNT(*) FROM invitations WHERE reminders_sent = 2"), {}),
        qint64(count), 120000);
    // Both keep running through two election beats more: nothing is sent again.
    QTest::qWait(2 * ExpiryEngine::kElectionMs);
    firstLog.append(first.readAll());
    secondLog.append(second.readAll());
    first.terminate();
    second.terminate();
    QVERIFY(first.waitForFinished(10000) && second.waitForFinished(10000));
    QCOMPARE(int(firstLog.contains("Leading")) + int(secondLog.contains("Leading")), 1);
    QVERIFY2(firstLog.contains("Standing by") || secondLog.contains("Standing by"), (firstLog + secondLog).constData());
    QCOMPARE(remindersOff(look), qint64(0));
    QCOMPARE(Sql::scalar(look.database(), QStringLiteral("SELECT COUNT(*) FROM notifications"), {}), 2 * qint64(count));
}

void TestTeam::reconnectsAfterServerRestart()
{
    qint64 anna = 0, ben = 0;
    const StoreConfig config = teamStore(QStringLiteral("restart"), &anna, &ben);
    AppContext context;
    QString error;
    QVERIFY2(context.open(config, false, &error), qPrintable(error));
    context.store().feed()->watch(context.store());
    // As the window runs it (on a team store, on the window's thread and
    // connection: no third server connection per window).
    QSignalSpy leading(&context.engineStatus(), &EngineStatus::leadershipChanged);
    context.start({}, AppContext::EngineRuns::OnItsOwnThread);
    QTRY_VERIFY_WITH_TIMEOUT(leading.count() == 1 && leading.last().at(0).toBool(), 5000);
    InvitationListModel received(InvitationListModel::Kind::Received, context.service(), context.clock());
    received.setMember(anna);
    QSignalSpy reconnecting(&context.link(), &ServerLink::reconnecting);
    QSignalSpy reconnected(&context.link(), &ServerLink::reconnected);
    MainWindow window(context, context.teamMember());
    window.show();

    QVERIFY(m_server.stop());
    QTRY_VERIFY_WITH_TIMEOUT(reconnecting.count() > 0, 5000);
    QVERIFY(context.link().isReconnecting());
    QTRY_VERIFY(window.storeStatus()->isVisible());
    QVERIFY2(window.storeStatus()->fullText().startsWith(QLatin1String("Reconnecting")),
             qPrintable(window.storeStatus()->fullText()));
    QVERIFY(window.storeStatus()->width() > 100);
    // An action now is refused cleanly, and says why.
    const ActionResult refused = context.service().invite(anna, ben, {}, InvitationSource::Profile);
    QCOMPARE(refused.reason, Refusal::ServerAway);

    QVERIFY(m_server.restart());
    // Meanwhile Ben invited Anna from another desktop.
    {
        Store other;
        QVERIFY(other.open(config));
        SystemClock clock;
        InvitationService service(other, clock);
        QVERIFY(service.invite(ben, anna, {}, InvitationSource::Profile).ok());
    }
    QTRY_VERIFY_WITH_TIMEOUT(reconnected.count() > 0, 40000);
    QVERIFY(!context.link().isReconnecting());
    QTRY_VERIFY(!window.storeStatus()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(received.rowCount(), 1, 10000);
    QVERIFY(context.service().accept(anna, received.data(received.index(0, 0), Roles::InvitationId).toLongLong()).ok());
    // The engine lost the server with the window, and leads again once the
    // window's connection is back.
    QTRY_VERIFY_WITH_TIMEOUT(leading.count() >= 3 && leading.last().at(0).toBool(), 10000);
    QTRY_VERIFY(!context.engineStatus().isFailing());
}

void TestTeam::connectDialogTellsWhatIsWrongAndRemembersTheServer()
{
    const StoreConfig config = teamStore(QStringLiteral("dialog"));
    StoreConfig wrong = config;
    wrong.port = config.port + 1;
    ConnectDialog dialog(wrong);
    QVERIFY(!dialog.tryConnect());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error && error->isVisibleTo(&dialog));
    QVERIFY2(error->text().contains(QLatin1String("cannot be reached")), qPrintable(error->text()));
    QVERIFY(!TeamSettings::active());

    auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("portSpin"));
    port->setValue(config.port);
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    password->setText(QStringLiteral("typed-secret"));
    dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(false);
    QVERIFY(dialog.tryConnect());
    QCOMPARE(dialog.config().password, QStringLiteral("typed-secret"));
    const std::optional<StoreConfig> remembered = TeamSettings::active();
    QVERIFY(remembered);
    QCOMPARE(remembered->host, config.host);
    QCOMPARE(remembered->port, config.port);
    QCOMPARE(remembered->databaseName, config.databaseName);
    QCOMPARE(remembered->user, config.user);
    QVERIFY(remembered->password.isEmpty());
    // Never in the settings file.
    QSettings settings;
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("typed-secret"));
    TeamSettings::useLocalStore();
    QVERIFY(!TeamSettings::active());
}

void TestTeam::adminAddsMembersWithTheirOwnLogins()
{
    qint64 anna = 0;
    const StoreConfig config = teamStore(QStringLiteral("admin"), &anna);
    Store store;
    QVERIFY(store.open(config));
    SystemClock clock;
    InvitationService service(store, clock);
    QVERIFY(
        service.inviteByEmail(anna, QStringLiteral("nora.neu@example.org"), {}, InvitationSource::EmailInvite).ok());

    TeamAdmin admin(store, clock);
    QString password, error;
    const qint64 nora = admin.addMember(QStringLiteral("Nora Neu"), QStringLiteral("Nora.Neu@example.org"),
                                        QStringLiteral("nora"), &password, &error);
    QVERIFY2(nora, qPrintable(error));
    QCOMPARE(password.size(), 16); // generated, shown once
    // R9: what was sent to her address is hers now.
    QCOMPARE(InvitationLists::count(store.database(), InvitationLists::List::Received, nora, clock.nowMs()), 1);

    // Her own login opens her own window.
    StoreConfig asNora = config;
    asNora.user = QStringLiteral("nora");
    {
        AppContext context;
        QVERIFY2(context.open(asNora, false, &error), qPrintable(error));
        QCOMPARE(context.teamMember(), nora);
    }
    // The engine needs the owner: a member's login would only stand by.
    QProcess engine;
    QProcessEnvironment english = QProcessEnvironment::systemEnvironment();
    english.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    english.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    engine.setProcessEnvironment(english);
    engine.start(
        QStringLiteral(MYNETWORK_ENGINE),
        {QStringLiteral("--db"),
         QStringLiteral("postgresql://nora@/%1?host=%2&port=%3").arg(config.databaseName, config.host).arg(config.port),
         QStringLiteral("--once")});
    QVERIFY(engine.waitForFinished(20000));
    QCOMPARE(engine.exitCode(), 2);
    QVERIFY2(engine.readAllStandardError().contains("owner's login"), "no message");
    QString again = QStringLiteral("x");
    QVERIFY(!admin.addMember(QStringLiteral("Other Nora"), QStringLiteral("other@example.org"), QStringLiteral("nora"),
                             &again, &error));
    QVERIFY2(error.contains(QLatin1String("exists already")), qPrintable(error));
    QVERIFY(!admin.addMember(QStringLiteral("Bobby"), QStringLiteral("bobby@example.org"),
                             QStringLiteral("bob; DROP TABLE members"), &again, &error));
    QVERIFY2(error.contains(QLatin1String("cannot be a login")), qPrintable(error));
    QCOMPARE(Sql::scalar(store.database(), QStringLiteral("SELECT COUNT(*) FROM members WHERE name = 'Bobby'"), {}),
             qint64(0));

    const QList<TeamAdmin::MemberRow> withLogin = admin.members(true, &error);
    QCOMPARE(withLogin.size(), 2);
    QCOMPARE(withLogin.last().login, QStringLiteral("nora"));
    QVERIFY(withLogin.last().canSignIn);

    QVERIFY2(admin.disable(QStringLiteral("nora"), &error), qPrintable(error));
    QVERIFY(!admin.members(true, &error).last().canSignIn);
    Store refused;
    QVERIFY(!refused.open(asNora));
    QCOMPARE(refused.error(), Store::Error::LoginRefused);

    // The command line prints the same list.
    QProcess cli;
    cli.start(QStringLiteral(MYNETWORK_ADMIN),
              {QStringLiteral("--db"),
               QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
                   .arg(config.user, config.databaseName, config.host)
                   .arg(config.port),
               QStringLiteral("list-members"), QStringLiteral("--with-login")});
    QVERIFY(cli.waitForFinished(20000));
    QCOMPARE(cli.exitCode(), 0);
    const QByteArray listed = cli.readAllStandardOutput();
    QVERIFY2(listed.contains("Nora Neu") && listed.contains("nora") && listed.contains("disabled"), listed.constData());

    // R19: set-profile changes one member, the e-mail address too (only the
    // administrator may); a taken address is refused and nothing changes.
    const auto setProfile = [&config](const QStringList &options) {
        QProcess p;
        p.start(QStringLiteral(MYNETWORK_ADMIN),
                QStringList{QStringLiteral("--db"),
                            QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
                                .arg(config.user, config.databaseName, config.host)
                                .arg(config.port),
                            QStringLiteral("set-profile")}
                    + options);
        p.waitForFinished(20000);
        return p.exitCode();
    };
    QCOMPARE(
        setProfile({QStringLiteral("--member"), QString::number(nora), QStringLiteral("--headline"),
                    QStringLiteral("Head of Sales"), QStringLiteral("--email"), QStringLiteral("nora@example.org")}),
        0);
    QCOMPARE(service.network().member(nora)->headline, QStringLiteral("Head of Sales"));
    QCOMPARE(service.network().member(nora)->email, QStringLiteral("nora@example.org"));
    QCOMPARE(service.network().member(nora)->name, QStringLiteral("Nora Neu"));
    QCOMPARE(setProfile({QStringLiteral("--member"), QString::number(nora), QStringLiteral("--email"),
                         service.network().member(anna)->email}),
             1);
    QCOMPARE(service.network().member(nora)->email, QStringLiteral("nora@example.org"));
}

namespace {

// mynetwork-admin import-members on `config`'s store; the exit code, and
// what it said on stdout and stderr.
int importMembers(const StoreConfig &config, const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    QProcess p;
    QProcessEnvironment english = QProcessEnvironment::systemEnvironment();
    english.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(english);
    p.start(QStringLiteral(MYNETWORK_ADMIN),
            QStringList{QStringLiteral("--db"),
                        QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
                            .arg(config.user, config.databaseName, config.host)
                            .arg(config.port),
                        QStringLiteral("import-members")}
                + arguments);
    p.waitForFinished(60000);
    *out = p.readAllStandardOutput();
    *err = p.readAllStandardError();
    return p.exitCode();
}

// The SCRAM verifier the server keeps for `login` is made from `password`.
bool passwordWorks(Store &store, const QString &login, const QString &password)
{
    QSqlQuery q(store.database());
    if (!Sql::exec(q, QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"), {login}) || !q.next())
        return false;
    const QString stored = q.value(0).toString(); // SCRAM-SHA-256$<iterations>:<salt>$…
    const QString params = stored.section(QLatin1Char('$'), 1, 1);
    const QByteArray salt = QByteArray::fromBase64(params.section(QLatin1Char(':'), 1).toLatin1());
    return ScramVerifier::make(password, salt, params.section(QLatin1Char(':'), 0, 0).toInt()) == stored;
}

}

// R19: an organisation's export becomes members with logins, profiles and
// photos, all at once or not at all; the passwords go to a file only the
// administrator can read.
void TestTeam::R19_adminImportsAnOrganisationsPeople()
{
    qint64 anna = 0;
    const StoreConfig config = teamStore(QStringLiteral("importmembers"), &anna);
    Store store;
    QVERIFY(store.open(config));
    SystemClock clock;
    InvitationService service(store, clock);
    QVERIFY(service.inviteByEmail(anna, QStringLiteral("cem@example.org"), {}, InvitationSource::EmailInvite).ok());
    const QString annasAddress = service.network().member(anna)->email;
    const auto members = [&store] {
        return Sql::scalar(store.database(), QStringLiteral("SELECT COUNT(*) FROM members"), {});
    };
    const qint64 before = members();
    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    };
    const QString passwords = dir.filePath(QStringLiteral("passwords.csv"));
    QByteArray out, err;

    // Bad rows: each named, nothing changed, no password file.
    const QString bad = write(QStringLiteral("bad.csv"),
                              "Name,Email,Job Title\nJo Berg,jo@example.org,Chemist\nJo Again,JO@example.org,\n"
                              "Anna Twice,"
                                  + annasAddress.toUtf8() + ",\n");
    QCOMPARE(importMembers(config, {bad, QStringLiteral("--passwords"), passwords}, &out, &err), 1);
    QVERIFY2(err.contains("line 3: JO@example.org is on line 2 too"), err.constData());
    QVERIFY2(err.contains("line 4: " + annasAddress.toUtf8() + " is the address of member"), err.constData());
    QVERIFY2(err.contains("Nothing was changed."), err.constData());
    QVERIFY(!QFile::exists(passwords));
    QCOMPARE(members(), before);

    QBuffer png;
    png.open(QIODevice::WriteOnly);
    QImage picture(120, 90, QImage::Format_RGB32);
    picture.fill(Qt::darkMagenta);
    picture.save(&png, "PNG");
    const QString good = write(
        QStringLiteral("staff.vcf"),
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jo Berg\r\nTITLE:Chemist\r\nORG:Acme\r\nEMAIL:jo@example.org\r\n"
        "ADR:;;;Graz;;;Austria\r\nPHOTO;ENCODING=b;TYPE=PNG:"
            + png.data().toBase64()
            + "\r\nEND:VCARD\r\n"
              "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jo Lind\r\nEMAIL:jo@example.net\r\nEND:VCARD\r\n"
              "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cem Ak\r\nEMAIL:Cem@Example.org\r\nEND:VCARD\r\n");
    // --check reads and checks, and changes nothing.
    QCOMPARE(importMembers(config, {good, QStringLiteral("--check")}, &out, &err), 0);
    QVERIFY2(out.contains("3 people can be added"), out.constData());
    QCOMPARE(members(), before);

    QCOMPARE(importMembers(config, {good, QStringLiteral("--passwords"), passwords}, &out, &err), 0);
    QVERIFY2(out.contains("Added 3 members"), out.constData());
    QCOMPARE(members(), before + 3);
    // 0600: its owner reads it, no one else.
    const QFile::Permissions mode = QFile::permissions(passwords);
    QVERIFY(mode.testFlag(QFile::ReadOwner) && mode.testFlag(QFile::WriteOwner));
    QVERIFY(!(mode & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
    QFile file(passwords);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = file.readAll().trimmed().split('\n');
    QCOMPARE(rows.size(), 4);
    QVERIFY2(rows[1].startsWith("1,jo,") && rows[2].startsWith("10,jo2,") && rows[3].startsWith("15,cem,"),
             rows.join("\n").constData());
    for (const QByteArray &row : rows.mid(1)) {
        const QList<QByteArray> f = row.split(',');
        QVERIFY2(passwordWorks(store, QString::fromUtf8(f[1]), QString::fromUtf8(f[2])), row.constData());
    }
    const std::optional<Member> jo = service.network().memberByEmail(QStringLiteral("jo@example.org"));
    QVERIFY(jo);
    QCOMPARE(jo->headline, QStringLiteral("Chemist"));
    QCOMPARE(jo->company, QStringLiteral("Acme"));
    QCOMPARE(jo->location, QStringLiteral("Graz, Austria"));
    QCOMPARE(QImage::fromData(service.network().photo(jo->id, true), "PNG").size(), QSize(256, 256));
    // R9: what Anna sent to Cem's address is his now.
    const qint64 cem = service.network().memberByEmail(QStringLiteral("cem@example.org"))->id;
    QCOMPARE(InvitationLists::count(store.database(), InvitationLists::List::Received, cem, clock.nowMs()), 1);

    // The same file again: every address is a member's now; nothing changes.
    QFile::remove(passwords);
    QCOMPARE(importMembers(config, {good, QStringLiteral("--passwords"), passwords}, &out, &err), 1);
    QVERIFY2(err.contains("line 1: jo@example.org is the address of member"), err.constData());
    QCOMPARE(members(), before + 3);
    QVERIFY(!QFile::exists(passwords));
}

// R21 in the window: the e-mail's line pasted into the join dialog fills
// the server and the code; a wrong code is told in the dialog; the right
// one makes the member, remembers the store and hands back the sign-in.
void TestTeam::R21_theJoinDialogMakesANewMemberAndSignsIn()
{
    qint64 anna = 0;
    const StoreConfig config = teamStore(QStringLiteral("joindialog"), &anna);
    Store store;
    QVERIFY(store.open(config));
    SystemClock clock;
    TeamAdmin admin(store, clock);
    QString error;
    QVERIFY2(admin.prepare(&error), qPrintable(error));
    InvitationService service(store, clock);
    QVERIFY(service.inviteByEmail(anna, QStringLiteral("nina@example.org"), {}, InvitationSource::EmailInvite).ok());
    // The engine would have mailed a code; one is put in place here.
    QSqlQuery q(store.database());
    QVERIFY2(Sql::exec(q,
                       QStringLiteral("INSERT INTO join_codes (email_norm, code_hash, expires_ms)"
                                      " VALUES ('nina@example.org', sha256(convert_to('NINASCODE', 'UTF8')), ?)"),
                       {clock.nowMs() + kMsPerDay}, &error),
             qPrintable(error));
    const QString line = QStringLiteral("postgresql://%1@/%2?host=%3&port=%4&code=ninas-code")
                             .arg(admin.joinRole(), config.databaseName, config.host)
                             .arg(config.port);
    JoinDialog dialog;
    dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(false);
    // Pasted, the line fills both fields at once.
    QGuiApplication::clipboard()->setText(line);
    dialog.show();
    QLineEdit *serverField = dialog.field(QStringLiteral("server"));
    serverField->setFocus();
    QTest::keySequence(serverField, QKeySequence::Paste);
    QTRY_COMPARE(dialog.field(QStringLiteral("code"))->text(), QStringLiteral("ninas-code"));
    QVERIFY(!dialog.field(QStringLiteral("server"))->text().contains(QLatin1String("code=")));
    dialog.field(QStringLiteral("email"))->setText(QStringLiteral("nina@example.org"));
    dialog.field(QStringLiteral("name"))->setText(QStringLiteral("Nina Ness"));
    dialog.field(QStringLiteral("login"))->setText(QStringLiteral("nina"));
    dialog.field(QStringLiteral("password"))->setText(QStringLiteral("a fine password"));
    dialog.field(QStringLiteral("code"))->setText(QStringLiteral("wrong"));
    QVERIFY(!dialog.tryJoin());
    QVERIFY2(dialog.errorText().contains(QLatin1String("not valid")), qPrintable(dialog.errorText()));
    dialog.field(QStringLiteral("code"))->setText(QStringLiteral("ninas-code"));
    QVERIFY2(dialog.tryJoin(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.signIn().user, QStringLiteral("nina"));
    QCOMPARE(TeamSettings::active()->user, QStringLiteral("nina"));
    AppContext context;
    QVERIFY2(context.open(dialog.signIn(), false, &error), qPrintable(error));
    const qint64 nina = context.teamMember();
    QVERIFY(nina > 0);
    QCOMPARE(InvitationLists::count(store.database(), InvitationLists::List::Received, nina, clock.nowMs()), 1);
    TeamSettings::useLocalStore();

    // The first start of an empty local store offers the same way in.
    Store local;
    QVERIFY(local.open(StoreConfig::sqlite(QStringLiteral(":memory:"))));
    InvitationService localService(local, clock);
    ProfileDialog welcome(ProfileDialog::Mode::Welcome, localService, 0);
    auto *join = welcome.findChild<QPushButton *>(QStringLiteral("joinTeamButton"));
    QVERIFY(join);
    QTimer::singleShot(0, join, &QPushButton::click);
    QCOMPARE(welcome.exec(), ProfileDialog::kJoinTeam);
}

QTEST_MAIN(TestTeam)
#include "tst_team.moc"
