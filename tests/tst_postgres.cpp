// The same store, rules, engine, suggestions and import on PostgreSQL: a
// throw-away server per run (tests/pgserver.cpp), a database per test.
#include "pgtest.h"

#include "base/clock.h"
#include "demo/demogenerator.h"
#include "import/contactmatcher.h"
#include "import/contactrepository.h"
#include "import/importmappings.h"
#include "rules/expiryengine.h"
#include "rules/invitationservice.h"
#include "rules/suggestions.h"
#include "store/schema.h"
#include "store/sql.h"
#include "store/store.h"

#include <QMutex>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>

class TestPostgres : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createsMigratesAndReopens();
    void rulesFromInviteToExpiry();
    void rulesOfAnOlderStoreRunInATransaction();
    void demoNetworkAndSuggestions();
    void importMatchesBothWaysAndUpserts();
    void R18_concurrentSendersStopAtTheWeeklyLimit();
    void R18_sendingToEachOtherAtOnceConnects();
    void clientsStartingAtOnceCreateTheSchemaOnce();

private:
    static qint64 join(InvitationService &service, const QString &name, const QString &company = QString());
    PgServer m_server;
};

void TestPostgres::initTestCase()
{
    PG_START_OR_SKIP(m_server);
}

qint64 TestPostgres::join(InvitationService &service, const QString &name, const QString &company)
{
    Member m;
    m.name = name;
    m.company = company;
    m.headline = QStringLiteral("Engineer");
    // Addresses from the name's letters a-z and a number: never invalid.
    static int joined = 0;
    QString local;
    for (const QChar c : name.toLower()) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            local.append(c);
    }
    m.email = QStringLiteral("%1%2@example.org").arg(local).arg(++joined);
    const JoinResult r = service.join(m);
    if (!r.result.ok())
        qWarning("join %s: %s", qPrintable(name), qPrintable(r.result.message));
    return r.memberId;
}

void TestPostgres::createsMigratesAndReopens()
{
    const StoreConfig config = m_server.createDatabase(QStringLiteral("t_schema"));
    {
        Store store;
        QVERIFY2(store.open(config), qPrintable(store.errorMessage()));
        QVERIFY(store.wasCreated());
        QCOMPARE(store.schemaVersion(), Schema::currentVersion());
    }
    Store again;
    QVERIFY2(again.open(config), qPrintable(again.errorMessage()));
    QVERIFY(!again.wasCreated());
    QCOMPARE(again.schemaVersion(), Schema::currentVersion());
}

void TestPostgres::rulesFromInviteToExpiry()
{
    Store store;
    QVERIFY2(store.open(m_server.createDatabase(QStringLiteral("t_rules"))), qPrintable(store.errorMessage()));
    ManualClock clock(QDateTime(QDate(2026, 8, 31), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
    InvitationService service(store, clock);
    ExpiryEngine engine(store, clock, service);
    const qint64 anna = join(service, QStringLiteral("Anna Berg"));
    const qint64 ben = join(service, QStringLiteral("Ben Cole"));
    const qint64 cem = join(service, QStringLiteral("Cem Dag"));
    QVERIFY(anna && ben && cem);

    const ActionResult sent = service.invite(anna, ben, QStringLiteral("Hallo „Ben“ 👋"), InvitationSource::Profile);
    QVERIFY2(sent.ok(), qPrintable(sent.message));
    QCOMPARE(service.invite(anna, ben, {}, InvitationSource::Profile).reason, Refusal::AlreadyPending);
    QVERIFY(service.accept(ben, sent.invitationId).ok());
    QVERIFY(service.network().isConnected(anna, ben));
    QCOMPARE(service.network().invitation(sent.invitationId)->note, QStringLiteral("Hallo „Ben“ 👋"));

    const ActionResult toCem = service.invite(anna, cem, {}, InvitationSource::Search);
    QVERIFY(service.withdraw(anna, toCem.invitationId).ok());
    QCOMPARE(service.network().relation(anna, cem).kind, Relation::CoolDown);

    const ActionResult address = service.inviteByEmail(ben, QStringLiteral("Dora@Example.org"), {},
                                                       InvitationSource::EmailInvite);
    QVERIFY2(address.ok(), qPrintable(address.message));
    const qint64 expires = service.network().invitation(address.invitationId)->expiresMs;
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC).date(), QDate(2027, 2, 28)); // R5

    const ActionResult benToCem = service.invite(ben, cem, {}, InvitationSource::MyNetwork);
    QVERIFY(benToCem.ok());

    // Seven months on: reminders were due, but only expiry happens (R6);
    // the never-joined address goes with its e-mails (R10).
    clock.setNow(QDateTime::fromMSecsSinceEpoch(clock.nowMs(), Qt::UTC).addMonths(7).toMSecsSinceEpoch());
    QVERIFY(engine.runNow());
    QCOMPARE(service.network().invitation(benToCem.invitationId)->state, InvitationState::Expired);
    QVERIFY(!service.network().invitation(address.invitationId));
    QCOMPARE(
        Sql::scalar(store.database(), QStringLiteral("SELECT COUNT(*) FROM notifications WHERE kind IN (1, 2)"), {}),
        0);
}

// Issue 36: a person's action is one statement in autocommit when the
// store's rule functions mark their own writes; a store whose owner has not
// run this version's rules yet gets them in a transaction, and either way
// the action is logged once (the row triggers stay quiet).
void TestPostgres::rulesOfAnOlderStoreRunInATransaction()
{
    Store store;
    QVERIFY2(store.open(m_server.createDatabase(QStringLiteral("t_older"))), qPrintable(store.errorMessage()));
    ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
    // The change_log rows an action wrote.
    const auto logged = [&store](const std::function<ActionResult()> &action) {
        const qint64 before = Sql::scalar(store.database(),
                                          QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM mynetwork.change_log"), {});
        const ActionResult r = action();
        if (!r.ok())
            return qint64(-1);
        return Sql::scalar(store.database(), QStringLiteral("SELECT COUNT(*) FROM mynetwork.change_log WHERE seq > ?"),
                           {before});
    };
    qint64 anna = 0, ben = 0, cem = 0;
    {
        InvitationService service(store, clock);
        anna = join(service, QStringLiteral("Anna"));
        ben = join(service, QStringLiteral("Ben"));
        cem = join(service, QStringLiteral("Cem"));
        QCOMPARE(logged([&] { return service.invite(anna, ben, {}, InvitationSource::Profile); }), 1);
    }
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("ALTER FUNCTION mynetwork.send_invitation(bigint, bigint, text, int, bigint, bigint)"
                                  " RESET mynetwork.app")));
    InvitationService older(store, clock);
    QCOMPARE(logged([&] { return older.invite(anna, cem, {}, InvitationSource::Profile); }), 1);
    QCOMPARE(older.invite(anna, cem, {}, InvitationSource::Profile).reason, Refusal::AlreadyPending);
}

void TestPostgres::demoNetworkAndSuggestions()
{
    Store store;
    QVERIFY2(store.open(m_server.createDatabase(QStringLiteral("t_demo"))), qPrintable(store.errorMessage()));
    const qint64 now = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
    DemoGenerator generator(store);
    QString error;
    QVERIFY2(generator.generate(DemoOptions::demo(now), &error), qPrintable(error));
    QCOMPARE(Sql::scalar(store.database(), QStringLiteral("SELECT COUNT(*) FROM members"), {}), 300);
    QVERIFY(Sql::scalar(store.database(), QStringLiteral("SELECT COUNT(*) FROM invitations"), {}) >= 1500);
    const QList<Suggestion> top = Suggestions::compute(store.database(), 1, 20, now);
    QCOMPARE(top.size(), 20);
    ManualClock clock(now);
    InvitationService service(store, clock);
    ExpiryEngine engine(store, clock, service);
    QVERIFY(engine.runNow());
    QVERIFY(service.invite(1, top.first().memberId, {}, InvitationSource::PeopleYouMayKnow).ok());
}

void TestPostgres::importMatchesBothWaysAndUpserts()
{
    Store store;
    QVERIFY2(store.open(m_server.createDatabase(QStringLiteral("t_import"))), qPrintable(store.errorMessage()));
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
    InvitationService service(store, clock);
    const qint64 me = join(service, QStringLiteral("Mia Meyer"));
    const qint64 jana = join(service, QStringLiteral("Jana Öztürk"), QStringLiteral("Acme"));
    QList<qint64> others;
    for (int i = 0; i < 40; ++i)
        others.append(join(service, QStringLiteral("Person %1").arg(i)));

    auto contact = [](const QString &name, const QString &email = QString()) {
        ImportedContact c;
        c.name = name;
        if (!email.isEmpty())
            c.emails = {email};
        return c;
    };
    // Few addresses against many members: looked up in JSON-bound batches.
    QList<ContactMatch> few = ContactMatcher::classify(
        store, me, clock.nowMs(),
        {contact(QStringLiteral("P3"), service.network().member(others[3])->email.toUpper()),
         contact(QStringLiteral("New"), QStringLiteral("new@outside.example")),
         contact(QStringLiteral("JANA ÖZTÜRK"))});
    QCOMPARE(few.size(), 3);
    QCOMPARE(few[0].status, ContactStatus::CanConnect);
    QCOMPARE(few[0].memberId, others[3]);
    QCOMPARE(few[1].status, ContactStatus::NotMember);
    QCOMPARE(few[2].status, ContactStatus::PossibleMatch); // lower() folds everything on PostgreSQL
    QCOMPARE(few[2].memberId, jana);

    // Many addresses: the whole address index is read instead.
    QList<ImportedContact> many;
    for (int i = 0; i < 40; ++i)
        many.append(contact(QStringLiteral("P%1").arg(i), service.network().member(others[i])->email));
    QList<ContactMatch> all = ContactMatcher::classify(store, me, clock.nowMs(), many);
    QCOMPARE(all.size(), 40);
    QCOMPARE(all.last().memberId, others.last());

    ContactSaveStats stats;
    QString error;
    QVERIFY2(ContactRepository::save(store, me, all, clock.nowMs(), &stats, &error), qPrintable(error));
    QCOMPARE(stats.added, 40);
    QVERIFY2(ContactRepository::save(store, me, all, clock.nowMs(), &stats, &error), qPrintable(error));
    QCOMPARE(stats.added, 0);
    QCOMPARE(stats.updated, 40);
    QCOMPARE(ContactRepository::count(store, me), 40);
    // Two rows without a usable address under one name: one contact, and no
    // statement that touches a row twice.
    QList<ContactMatch> twice = ContactMatcher::classify(
        store, me, clock.nowMs(),
        {contact(QStringLiteral("Ede Falsch"), QStringLiteral("ede(at)falsch")),
         contact(QStringLiteral("Ede Falsch"), QStringLiteral("ede at falsch"))});
    QVERIFY2(ContactRepository::save(store, me, twice, clock.nowMs(), &stats, &error), qPrintable(error));
    QCOMPARE(ContactRepository::count(store, me), 41);
    QCOMPARE(ContactRepository::page(store, me, {}, 0, 5).size(), 5);

    QVERIFY(ImportMappings::save(store, QStringLiteral("abc"), {ContactField::Name, ContactField::Email}, &error));
    QCOMPARE(ImportMappings::load(store, QStringLiteral("abc"), 2),
             (QList<ContactField>{ContactField::Name, ContactField::Email}));
}

namespace {

// One window of the store: its own connection, service and clock, used on
// the thread that made it.
struct Window
{
    explicit Window(const StoreConfig &config, qint64 now)
        : clock(now)
    {
        if (!store.open(config))
            qWarning("%s", qPrintable(store.errorMessage()));
        service = std::make_unique<InvitationService>(store, clock);
    }
    Store store;
    ManualClock clock;
    std::unique_ptr<InvitationService> service;
};

// Runs `work(i, go)` on `count` threads: each makes ready what it needs
// (its connection), calls go(), and all go on from there together, so the
// race is between the actions, not between the connections being opened.
using Work = std::function<void(int, const std::function<void()> &)>;
void together(int count, const Work &work)
{
    std::atomic<int> ready{0};
    const std::function<void()> go = [&] {
        ++ready;
        while (ready.load() < count)
            QThread::yieldCurrentThread();
    };
    QList<QThread *> threads;
    for (int i = 0; i < count; ++i) {
        threads.append(QThread::create([&, i] { work(i, go); }));
        threads.last()->start();
    }
    for (QThread *t : std::as_const(threads)) {
        t->wait();
        delete t;
    }
}
}

// Five windows of one member send at once, three invitations short of the
// weekly limit: exactly three go out, whatever the timing (R13, R18).
void TestPostgres::R18_concurrentSendersStopAtTheWeeklyLimit()
{
    const qint64 now = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int round = 0; round < 5; ++round) {
        const StoreConfig config = m_server.createDatabase(QStringLiteral("limit_%1").arg(round));
        QList<qint64> people;
        qint64 sender = 0;
        {
            Window setup(config, now);
            sender = join(*setup.service, QStringLiteral("Sender"));
            for (int i = 0; i < RulesSettings().weeklyLimit + 10; ++i)
                people.append(join(*setup.service, QStringLiteral("Person")));
            const int limit = setup.service->rules().weeklyLimit;
            for (int i = 0; i < limit - 3; ++i)
                QVERIFY(setup.service->invite(sender, people.at(i), QString(), InvitationSource::Search).ok());
        }
        std::atomic<int> sent{0};
        std::atomic<int> refusedAtLimit{0};
        const int first = RulesSettings().weeklyLimit - 3;
        together(5, [&](int i, const std::function<void()> &go) {
            Window w(config, now + 1000);
            go();
            for (int k = 0; k < 2; ++k) {
                const ActionResult r = w.service->invite(sender, people.at(first + i * 2 + k), QString(),
                                                         InvitationSource::Search);
                if (r.ok())
                    ++sent;
                else if (r.reason == Refusal::WeeklyLimit)
                    ++refusedAtLimit;
            }
        });
        QCOMPARE(sent.load(), 3);
        QCOMPARE(refusedAtLimit.load(), 7);
        Window check(config, now + 2000);
        QCOMPARE(check.service->remainingThisWeek(sender), 0);
    }
}

// Two people press Connect on each other at the same moment: one invitation
// is sent, the other Connect accepts it; never two pending (R2).
void TestPostgres::R18_sendingToEachOtherAtOnceConnects()
{
    const qint64 now = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    const StoreConfig config = m_server.createDatabase(QStringLiteral("crossed"));
    QList<QPair<qint64, qint64>> pairs;
    {
        Window setup(config, now);
        for (int i = 0; i < 10; ++i)
            pairs.append({join(*setup.service, QStringLiteral("Ada")), join(*setup.service, QStringLiteral("Bo"))});
    }
    for (const auto &[a, b] : std::as_const(pairs)) {
        std::atomic<int> ok{0};
        std::atomic<int> acceptedInstead{0};
        together(2, [&, a = a, b = b](int i, const std::function<void()> &go) {
            Window w(config, now + 1000);
            go();
            const ActionResult r = i == 0 ? w.service->invite(a, b, QString(), InvitationSource::Profile)
                                          : w.service->invite(b, a, QString(), InvitationSource::Profile);
            if (r.ok())
                ++ok;
            if (r.acceptedInstead)
                ++acceptedInstead;
        });
        QCOMPARE(ok.load(), 2);
        QCOMPARE(acceptedInstead.load(), 1);
        Window check(config, now + 2000);
        QVERIFY(check.service->network().isConnected(a, b));
        QCOMPARE(Sql::scalar(check.store.database(),
                             QStringLiteral("SELECT COUNT(*) FROM invitations WHERE pair_lo = ? AND pair_hi = ?"
                                            " AND state = 0"),
                             {qMin(a, b), qMax(a, b)}),
                 qint64(0));
    }
}

// Four clients open an empty database at the same moment: one creates the
// schema, the others wait for it and find it; all four open.
void TestPostgres::clientsStartingAtOnceCreateTheSchemaOnce()
{
    for (int round = 0; round < 3; ++round) {
        const StoreConfig config = m_server.createDatabase(QStringLiteral("race_%1").arg(round));
        std::atomic<int> opened{0};
        std::atomic<int> created{0};
        QStringList errors;
        QMutex mutex;
        // Here opening is the race itself.
        together(4, [&](int, const std::function<void()> &go) {
            go();
            Store store;
            if (store.open(config)) {
                ++opened;
                if (store.wasCreated())
                    ++created;
            } else {
                QMutexLocker lock(&mutex);
                errors.append(store.errorMessage());
            }
        });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(opened.load(), 4);
        QCOMPARE(created.load(), 1);
        Store check;
        QVERIFY(check.open(config));
        QCOMPARE(Sql::scalar(check.database(), QStringLiteral("SELECT COUNT(*) FROM schema_version"), {}), qint64(1));
        QCOMPARE(check.schemaVersion(), Schema::currentVersion());
    }
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
