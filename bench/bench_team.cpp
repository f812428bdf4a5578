// The team store under load: a throw-away PostgreSQL server (as the tests
// start one), a generated network, 50 clients with their own connections
// doing what people do, a window listening, engines failing over, and the
// window's start and people-you-may-know beside the SQLite store.
//
//   mynetwork_team_bench [--invitations N] [--clients N[,N…]] [--seconds S]
//                        [--think-ms MS] [--idle-seconds S] [--parts load,idle,failover,start,replica]
//                        [--sample-waits] [--pooler N]
#include "../tests/pgbouncer.h"
#include "../tests/pgserver.h"
#include "benchstats.h"
#include "benchstores.h"
#include "replicareads.h"
#include "waitsampler.h"

#include "base/clock.h"
#include "demo/demogenerator.h"
#include "rules/invitationlists.h"
#include "rules/invitationservice.h"
#include "rules/suggestions.h"
#include "store/changefeed.h"
#include "store/sql.h"
#include "store/store.h"
#include "team/teamservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <functional>
#include <map>
#include <thread>

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

enum Action { ReceivedPage, SentPage, Send, Accept, Ignore, Withdraw, Ping, ActionCount };
const char *const kActionNames[] = {"received page", "sent page", "send", "accept", "ignore", "withdraw", "ping"};
// Percent of operations: people mostly look, and answer what they got. A
// few are one round trip that does nothing ("SELECT 1"): the floor any
// operation meets on this machine under this load.
const int kMix[] = {27, 20, 20, 12, 10, 8, 3};

constexpr int kWarmUpSeconds = 5;

struct Pending
{
    qint64 id, sender, recipient;
};

// When each write committed and when the listening window heard of it:
// whichever comes second makes one sample (a notice that beat the writer's
// own return from COMMIT counts as 0 ms).
struct CommitTimes
{
    QMutex mutex;
    std::map<qint64, Clock::time_point> committed;
    std::map<qint64, Clock::time_point> heard;
    std::vector<double> samples;

    void committedNow(qint64 id)
    {
        QMutexLocker lock(&mutex);
        const auto it = heard.find(id);
        if (it != heard.end()) {
            samples.push_back(0);
            heard.erase(it);
        } else {
            committed[id] = Clock::now();
        }
    }
    void heardNow(qint64 id)
    {
        QMutexLocker lock(&mutex);
        const auto it = committed.find(id);
        if (it != committed.end()) {
            samples.push_back(msSince(it->second));
            committed.erase(it);
        } else {
            heard[id] = Clock::now();
        }
    }
};

struct ClientResult
{
    std::vector<double> ms[ActionCount];
    int refused[ActionCount] = {};
    int failed = 0;
    bool unconnected = false; // the server refused the client's connection
    QString firstError;
};

void client(const StoreConfig &config, int index, int seconds, int thinkMs, qint64 members,
            const QList<Pending> &pending, CommitTimes &commits, ClientResult &out)
{
    Store store;
    if (!store.open(config)) {
        out.unconnected = true;
        out.firstError = store.errorMessage();
        return;
    }
    SystemClock clock;
    InvitationService service(store, clock);
    // Each run picks other people than the last, so sends are not refused
    // for invitations an earlier run already made.
    static std::atomic<quint32> runs{0};
    QRandomGenerator rng(quint32(1000 + index) ^ (runs.fetch_add(1) << 16));
    int next = 0;
    const auto deadline = Clock::now() + std::chrono::seconds(seconds);
    // A new connection's backend plans each rule function's statements on
    // their first calls (tens to hundreds of ms each): a window's connection
    // lives for hours, so the first seconds of each client are not counted.
    const auto counted = Clock::now() + std::chrono::seconds(kWarmUpSeconds);
    while (Clock::now() < deadline) {
        int roll = int(rng.bounded(100));
        int action = 0;
        while (roll >= kMix[action]) {
            roll -= kMix[action];
            ++action;
        }
        const qint64 me = 2 + qint64(rng.bounded(quint32(members - 1)));
        const auto start = Clock::now();
        bool ok = true;
        ActionResult result;
        QList<InvitationLists::Row> rows;
        switch (Action(action)) {
        case ReceivedPage:
        case SentPage:
            ok = InvitationLists::page(store.database(),
                                       action == ReceivedPage ? InvitationLists::List::Received
                                                              : InvitationLists::List::Sent,
                                       me, clock.nowMs(), nullptr, 20, &rows);
            break;
        case Ping: {
            QSqlQuery ping(store.database());
            ok = ping.exec(QStringLiteral("SELECT 1")) && ping.next();
            break;
        }
        case Send: {
            qint64 other = 2 + qint64(rng.bounded(quint32(members - 1)));
            result = service.invite(me, other, QStringLiteral("Hallo, lass uns vernetzen."),
                                    InvitationSource::MyNetwork);
            if (result.ok())
                commits.committedNow(result.invitationId);
            break;
        }
        case Accept:
        case Ignore:
        case Withdraw: {
            if (next >= pending.size())
                continue;
            const Pending p = pending.at(next++);
            if (action == Accept)
                result = service.accept(p.recipient, p.id);
            else if (action == Ignore)
                result = service.ignore(p.recipient, p.id);
            else
                result = service.withdraw(p.sender, p.id);
            if (result.ok())
                commits.committedNow(p.id);
            break;
        }
        default:
            break;
        }
        const double ms = msSince(start);
        if (!ok || result.reason == Refusal::StoreFailure || result.reason == Refusal::StoreBusy) {
            ++out.failed;
            if (out.firstError.isEmpty())
                out.firstError = result.message;
        } else if (!result.ok()) {
            ++out.refused[action];
        }
        if (start >= counted)
            out.ms[action].push_back(ms);
        if (thinkMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(thinkMs / 2 + rng.bounded(thinkMs)));
    }
}

// Busy and total jiffies of the whole machine (/proc/stat's first line).
std::pair<double, double> machineJiffies()
{
    QFile f(QStringLiteral("/proc/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return {0, 0};
    const QList<QByteArray> cpu = f.readLine().simplified().split(' ');
    double total = 0;
    for (int i = 1; i < cpu.size(); ++i)
        total += cpu.at(i).toDouble();
    const double idle = cpu.value(4).toDouble() + cpu.value(5).toDouble();
    return {total - idle, total};
}

double cpuMsOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(')').last().trimmed().split(' ');
    // utime and stime are fields 14 and 15 of stat; 12 and 13 after "state".
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) * 1000.0 / sysconf(_SC_CLK_TCK);
}

QString urlOf(const StoreConfig &c)
{
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(c.user, c.databaseName, c.host).arg(c.port);
}

QString buildPath(const QString &relative)
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../") + relative;
}

// All clients' figures together; how many the server refused.
ClientResult merged(const std::vector<ClientResult> &results, int *unconnected)
{
    ClientResult all;
    for (const ClientResult &r : results) {
        *unconnected += r.unconnected ? 1 : 0;
        for (int a = 0; a < ActionCount; ++a) {
            all.ms[a].insert(all.ms[a].end(), r.ms[a].begin(), r.ms[a].end());
            all.refused[a] += r.refused[a];
        }
        all.failed += r.failed;
        if (all.firstError.isEmpty())
            all.firstError = r.firstError;
    }
    return all;
}

void load(const StoreConfig &config, int clients, int seconds, int thinkMs, bool sampleWaits)
{
    Store main;
    if (!main.open(config))
        qFatal("%s", qPrintable(main.errorMessage()));
    const qint64 members = Sql::scalar(main.database(), QStringLiteral("SELECT MAX(id) FROM members"), {});
    // Each client answers its own share of pending invitations, so two
    // never answer the same one.
    QList<QList<Pending>> shares(clients);
    {
        QSqlQuery q(main.database());
        q.exec(QStringLiteral("SELECT id, sender_id, recipient_id FROM invitations WHERE state = 0"
                              " AND recipient_id IS NOT NULL ORDER BY id DESC LIMIT %1")
                   .arg(clients * 2000));
        int i = 0;
        while (q.next())
            shares[i++ % clients].append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    CommitTimes commits;
    main.feed()->watch(main);
    // Writes do not notify: the owner's service relays (as mynetwork-engine does).
    TeamService relay(main);
    QString relayError;
    if (!relay.start(&relayError))
        qFatal("%s", qPrintable(relayError));
    QObject::connect(main.feed(), &ChangeFeed::changed, [&](const ChangeSet &changes) {
        for (auto it = changes.invitations.cbegin(); it != changes.invitations.cend(); ++it)
            commits.heardNow(it.key());
    });
    std::vector<ClientResult> results(clients);
    std::vector<std::thread> threads;
    auto sampler = sampleWaits ? std::make_unique<WaitSampler>(config) : nullptr;
    const auto started = Clock::now();
    const auto jiffiesBefore = machineJiffies();
    for (int i = 0; i < clients; ++i) {
        threads.emplace_back(client, config, i, seconds, thinkMs, members, std::cref(shares[i]), std::ref(commits),
                             std::ref(results[i]));
    }
    // The listening window runs its event loop while the clients work.
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000 + 2000, &loop, &QEventLoop::quit);
    loop.exec();
    for (std::thread &t : threads)
        t.join();
    const double wall = msSince(started) / 1000.0;
    if (sampler)
        sampler->stop(); // its samples end with the clients
    const auto jiffiesAfter = machineJiffies();
    const double busy = 100.0 * (jiffiesAfter.first - jiffiesBefore.first)
        / qMax(1.0, jiffiesAfter.second - jiffiesBefore.second);
    int unconnected = 0;
    const ClientResult all = merged(results, &unconnected);
    size_t ops = 0;
    for (const auto &v : all.ms)
        ops += v.size();
    std::printf("load: %d clients, think time %d ms (uniform %d..%d), %d s (the first %d not counted), %lld members; "
                "machine CPU busy %.0f%% (%d cores: server, clients and window on one machine)\n",
                clients, thinkMs, thinkMs / 2, thinkMs / 2 + thinkMs, seconds, kWarmUpSeconds, members, busy,
                QThread::idealThreadCount());
    std::printf("  ops_per_s                %.0f  (%zu operations counted, %d failed, %d clients not connected%s%s)\n",
                ops / qMax(1.0, wall - kWarmUpSeconds), ops, all.failed, unconnected,
                all.firstError.isEmpty() ? "" : ": ", qPrintable(all.firstError.left(160)));
    for (int a = 0; a < ActionCount; ++a) {
        std::printf("  %-14s n %6zu  p50 %6.2f ms  p99 %6.2f ms  refused by the rules %d%s\n", kActionNames[a],
                    all.ms[a].size(), percentile(all.ms[a], 0.5), percentile(all.ms[a], 0.99), all.refused[a],
                    a == Send || a == Accept ? "   target p99 <= 20" : "");
    }
    const std::vector<double> &reached = commits.samples;
    std::printf("  commit_to_other_window   n %zu  p50 %.2f ms  p99 %.2f ms  (%zu never heard)   target p99 <= 250\n",
                reached.size(), percentile(reached, 0.5), percentile(reached, 0.99), commits.committed.size());
    if (sampler)
        sampler->print();
}

void idleWindow(const StoreConfig &config, int seconds)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(buildPath(QStringLiteral("src/app/mynetwork")),
              {QStringLiteral("--db"), urlOf(config), QStringLiteral("--lang"), QStringLiteral("en")});
    if (!app.waitForStarted())
        qFatal("the app did not start");
    QThread::sleep(8); // settled: first paint, suggestions, the engine's first look
    if (app.state() != QProcess::Running)
        qFatal("the window ended: %s", app.readAllStandardError().constData());
    const double before = cpuMsOf(app.processId());
    QThread::sleep(seconds);
    const double cpu = cpuMsOf(app.processId()) - before;
    app.terminate();
    app.waitForFinished(10000);
    std::printf(
        "idle_window_cpu_ms       %.1f ms of CPU in %d s (%.3f%%); wake-ups: the engine's election beat every %d s\n",
        cpu, seconds, cpu / (seconds * 10.0), 2);
}

void failover(const StoreConfig &config)
{
    const auto waitFor = [](QProcess &p, const QByteArray &word, QByteArray *seen, int ms) {
        QElapsedTimer t;
        t.start();
        while (!seen->contains(word) && t.elapsed() < ms) {
            p.waitForReadyRead(50);
            seen->append(p.readAll());
        }
        return seen->contains(word);
    };
    std::vector<double> takeovers;
    for (int round = 0; round < 3; ++round) {
        QProcess first, second;
        QByteArray firstLog, secondLog;
        for (QProcess *p : {&first, &second}) {
            p->setProcessChannelMode(QProcess::MergedChannels);
            p->start(buildPath(QStringLiteral("src/engine/mynetwork-engine")), {QStringLiteral("--db"), urlOf(config)});
            p->waitForStarted();
            waitFor(*p, p == &first ? "Leading" : "Standing by", p == &first ? &firstLog : &secondLog, 20000);
        }
        QElapsedTimer t;
        t.start();
        ::kill(pid_t(first.processId()), SIGKILL);
        const bool took = waitFor(second, "Leading", &secondLog, 10000);
        takeovers.push_back(took ? t.nsecsElapsed() / 1e6 : -1);
        first.waitForFinished();
        second.terminate();
        second.waitForFinished();
    }
    std::printf(
        "engine_failover_ms       %.0f / %.0f / %.0f (kill -9 of the leader to the other's first run)   target <= 5000\n",
        takeovers[0], takeovers[1], takeovers[2]);
}

double firstPaintMs(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("MYNETWORK_LAUNCH_MS"), QString::number(QDateTime::currentMSecsSinceEpoch()));
    p.setProcessEnvironment(env);
    p.start(
        buildPath(QStringLiteral("src/app/mynetwork")),
        args + QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--exit-after-first-paint")});
    p.waitForFinished(60000);
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("first_paint_ms="))
            return line.mid(15).toDouble();
    }
    return -1;
}

double pymkMs(const StoreConfig &config, qint64 nowMs)
{
    Store store;
    if (!store.open(config))
        qFatal("%s", qPrintable(store.errorMessage()));
    std::vector<double> ms;
    for (qint64 member = 1; member <= 20; ++member) {
        const auto t = Clock::now();
        Suggestions::compute(store.database(), member * 97, 20, nowMs);
        ms.push_back(msSince(t));
    }
    return percentile(ms, 0.5);
}

void startAndSuggestions(const StoreConfig &pg, qint64 invitations)
{
    const BenchStores::Entry &sqlite = BenchStores::get(invitations);
    const QString copy = BenchStores::folder() + QStringLiteral("/team-bench-copy.sqlite");
    BenchStores::copyStore(sqlite.path, copy);
    std::vector<double> onPg, onSqlite;
    for (int i = 0; i < 5; ++i) {
        onPg.push_back(firstPaintMs({QStringLiteral("--db"), urlOf(pg)}));
        onSqlite.push_back(
            firstPaintMs({QStringLiteral("--db"), copy, QStringLiteral("--member"), QStringLiteral("1")}));
    }
    std::printf(
        "start_to_first_paint_ms  PostgreSQL median %.1f   SQLite median %.1f   (same run, %lld invitations each)\n",
        percentile(onPg, 0.5), percentile(onSqlite, 0.5), invitations);
    std::printf("people_you_may_know_ms   PostgreSQL median %.1f   SQLite median %.1f   (top 20, 20 members)\n",
                pymkMs(pg, QDateTime::currentMSecsSinceEpoch()), pymkMs(StoreConfig::sqlite(copy), BenchStores::kNow));
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-wal"));
    QFile::remove(copy + QStringLiteral("-shm"));
}

// A throw-away PgBouncer in transaction mode with `poolSize` server
// connections in front of the store; the settings that go through it.
StoreConfig throughPooler(PgServer &server, const StoreConfig &config, int poolSize, PgBouncer *pooler)
{
    // PgBouncer signs clients in with the login's SCRAM secret.
    if (!server.exec(config.databaseName, {QStringLiteral("ALTER ROLE %1 PASSWORD 'bench'").arg(config.user)}))
        qFatal("cannot give the bench's login a password");
    if (!pooler->start(server, config.databaseName, {config.user}, poolSize))
        qFatal("no PgBouncer: %s", qPrintable(pooler->whyNot()));
    StoreConfig pooled = config;
    pooled.password = QStringLiteral("bench");
    QString error;
    if (!pooled.setPooler(pooler->location(), &error))
        qFatal("%s", qPrintable(error));
    std::printf("through PgBouncer (transaction mode, %d server connections for the bench's login)\n", poolSize);
    return pooled;
}

// A streaming standby of `server` made now (pg_basebackup -R), and the
// store's settings with it as the read replica.
void withStandby(const PgServer &server, const StoreConfig &config, const std::function<void(const StoreConfig &)> &run)
{
    PgServer standby;
    if (!standby.startStandbyOf(server))
        qFatal("no standby: %s", qPrintable(standby.whyNot()));
    StoreConfig withReplica = config;
    QString error;
    if (!withReplica.setReplica(
            QStringLiteral("postgresql:///%1?port=%2&host=").arg(config.databaseName).arg(standby.port())
                + QString::fromLatin1(QUrl::toPercentEncoding(standby.socketFolder())),
            &error))
        qFatal("%s", qPrintable(error));
    run(withReplica);
}

// The bench's network on the server; the window signs in as member 1 with
// the server's login.
void generate(const StoreConfig &config, qint64 invitations)
{
    Store store;
    if (!store.open(config))
        qFatal("%s", qPrintable(store.errorMessage()));
    QElapsedTimer t;
    t.start();
    DemoGenerator generator(store);
    QString error;
    if (!generator.generate(DemoOptions::sized(invitations, QDateTime::currentMSecsSinceEpoch()), &error))
        qFatal("%s", qPrintable(error));
    // The window signs in as member 1 with the server's login.
    QSqlQuery q(store.database());
    Sql::exec(q, QStringLiteral("UPDATE members SET login = ? WHERE id = 1"), {config.user}, nullptr);
    q.exec(QStringLiteral("VACUUM ANALYZE"));
    std::printf("PostgreSQL %s store: %lld invitations, %lld members, generated in %.1f s (fsync off)\n",
                qPrintable(config.databaseName),
                Sql::scalar(store.database(), QStringLiteral("SELECT COUNT(*) FROM invitations"), {}),
                Sql::scalar(store.database(), QStringLiteral("SELECT COUNT(*) FROM members"), {}),
                t.nsecsElapsed() / 1e9);
    std::fflush(stdout);
}

}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("invitations"), QStringLiteral("Store size."),
                                        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Clients (a comma list runs each)."), QStringLiteral("n"),
                                           QStringLiteral("50"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Load duration."),
                                           QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption thinkOption(QStringLiteral("think-ms"),
                                         QStringLiteral("Mean pause between a client's operations."),
                                         QStringLiteral("ms"), QStringLiteral("100"));
    const QCommandLineOption idleOption(QStringLiteral("idle-seconds"), QStringLiteral("Idle window measurement."),
                                        QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption partsOption(QStringLiteral("parts"), QStringLiteral("What to run."),
                                         QStringLiteral("list"), QStringLiteral("load,idle,failover,start"));
    const QCommandLineOption poolerOption(QStringLiteral("pooler"),
                                          QStringLiteral("Run the load through a throw-away PgBouncer in transaction "
                                                         "mode with <n> server connections."),
                                          QStringLiteral("n"));
    const QCommandLineOption waitsOption(QStringLiteral("sample-waits"),
                                         QStringLiteral("During the load, sample what the server's backends wait for "
                                                        "(pg_stat_activity, pg_locks) and print it."));
    parser.addOptions(
        {sizeOption, clientsOption, secondsOption, thinkOption, idleOption, partsOption, waitsOption, poolerOption});
    parser.process(app);
    const qint64 invitations = parser.value(sizeOption).toLongLong();
    const QStringList parts = parser.value(partsOption).split(QLatin1Char(','));

    PgServer server;
    if (!server.start())
        qFatal("no PostgreSQL server: %s", qPrintable(server.whyNot()));
    const StoreConfig config = server.createDatabase(QStringLiteral("team_bench"));
    generate(config, invitations);
    PgBouncer pooler;
    const StoreConfig loadConfig = parser.isSet(poolerOption)
        ? throughPooler(server, config, parser.value(poolerOption).toInt(), &pooler)
        : config;
    // --clients 50,20: the same load at each size, one after the other.
    for (const QString &clients : parser.value(clientsOption).split(QLatin1Char(','))) {
        if (parts.contains(QLatin1String("load")))
            load(loadConfig, clients.toInt(), parser.value(secondsOption).toInt(), parser.value(thinkOption).toInt(),
                 parser.isSet(waitsOption));
        std::fflush(stdout);
    }
    std::fflush(stdout);
    if (parts.contains(QLatin1String("idle")))
        idleWindow(config, parser.value(idleOption).toInt());
    std::fflush(stdout);
    if (parts.contains(QLatin1String("failover")))
        failover(config);
    std::fflush(stdout);
    if (parts.contains(QLatin1String("start")))
        startAndSuggestions(config, invitations);
    if (parts.contains(QLatin1String("replica")))
        withStandby(server, config, [&](const StoreConfig &withReplica) {
            replicaReads(withReplica, [&] {
                load(config, parser.value(clientsOption).split(QLatin1Char(',')).first().toInt(),
                     parser.value(secondsOption).toInt(), parser.value(thinkOption).toInt(), false);
            });
        });
    return 0;
}
