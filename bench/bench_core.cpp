// Core benchmarks: generating a store, opening it, the expiry engine, and
// the three actions, on 10k, 100k and 1M invitations (10 invitations and
// 20 connections per member). Run: ./build/bench/mynetwork_bench
#include "benchstores.h"

#include "base/clock.h"
#include "base/heldfiles.h"
#include "rules/expiryengine.h"
#include "rules/invitationservice.h"
#include "store/backups.h"
#include "store/integritycheck.h"
#include "store/processinfo.h"
#include "store/sql.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

#include <unistd.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

const std::vector<qint64> kSizes{10000, 100000, 1000000};

struct Opened
{
    explicit Opened(const QString &path, qint64 now = BenchStores::kNow)
        : clock(now)
    {
        if (!store.open(StoreConfig::sqlite(path)))
            qFatal("bench: %s", qPrintable(store.errorMessage()));
        service = std::make_unique<InvitationService>(store, clock);
        engine = std::make_unique<ExpiryEngine>(store, clock, *service);
    }
    ManualClock clock;
    Store store;
    std::unique_ptr<InvitationService> service;
    std::unique_ptr<ExpiryEngine> engine;
};

QString copyOf(const QString &path, const QString &name)
{
    const QString target = BenchStores::folder() + QLatin1Char('/') + name;
    BenchStores::copyStore(path, target);
    // Write the copy out now, or the first fsync of a measured run pays for it.
    ::sync();
    return target;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void generate(benchmark::State &state)
{
    const BenchStores::Entry &e = BenchStores::get(state.range(0));
    for (auto _ : state)
        state.SetIterationTime(e.generateSeconds);
    state.counters["seconds"] = e.generateSeconds;
    state.counters["file_MB"] = e.fileBytes / 1e6;
}

void openAndArm(benchmark::State &state)
{
    const QString path = BenchStores::get(state.range(0)).path;
    for (auto _ : state) {
        Opened o(path);
        o.engine->start();
        benchmark::DoNotOptimize(o.engine->armedForMs());
    }
}

void engineRunNothingDue(benchmark::State &state)
{
    Opened o(BenchStores::get(state.range(0)).path);
    o.engine->start();
    for (auto _ : state)
        benchmark::DoNotOptimize(o.engine->runNow());
}

void catchUp(benchmark::State &state)
{
    const QString source = BenchStores::get(state.range(0)).path;
    qint64 due = 0;
    std::vector<double> sliceMs;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = copyOf(source, QStringLiteral("catchup.sqlite"));
        auto o = std::make_unique<Opened>(path);
        // The moment by which 10,000 reminders and expiries are due.
        const qint64 count = Sql::scalar(
            o->store.database(), QStringLiteral("SELECT COUNT(*) FROM invitations WHERE next_due_ms IS NOT NULL"), {});
        due = std::min<qint64>(10000, count);
        const qint64 when = Sql::scalar(
            o->store.database(),
            QStringLiteral("SELECT next_due_ms FROM invitations WHERE next_due_ms IS NOT NULL"
                           " ORDER BY next_due_ms LIMIT 1 OFFSET ?"),
            {due - 1});
        o->clock.setNow(when);
        // Each slice ends with its `ran`: the time since the one before is
        // how long the slice held the thread and the store.
        QElapsedTimer sinceLast;
        QObject::connect(o->engine.get(), &ExpiryEngine::ran, [&](const EngineReport &) {
            sliceMs.push_back(sinceLast.nsecsElapsed() / 1e6);
            sinceLast.restart();
        });
        state.ResumeTiming();
        sinceLast.start();
        if (!o->engine->runNow())
            state.SkipWithError(qPrintable(o->engine->lastError()));
        state.PauseTiming();
        o.reset();
        state.ResumeTiming();
    }
    state.counters["due"] = double(due);
    state.counters["slices"] = double(sliceMs.size()) / double(state.iterations());
    std::sort(sliceMs.begin(), sliceMs.end());
    if (!sliceMs.empty()) {
        state.counters["median_slice_ms"] = sliceMs[sliceMs.size() / 2];
        state.counters["longest_slice_ms"] = sliceMs.back();
    }
}

// Per-call timings so the median is reported, not only the mean.
template<typename Action> void timeActions(benchmark::State &state, const QString &name, Action action)
{
    const QString path = copyOf(BenchStores::get(state.range(0)).path, name);
    Opened o(path);
    std::vector<double> micros;
    qint64 i = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        const bool ok = action(o, i++);
        micros.push_back(t.nsecsElapsed() / 1000.0);
        if (!ok) {
            state.SkipWithError("action refused");
            break;
        }
    }
    state.counters["median_us"] = median(micros);
}

qint64 memberCount(qint64 invitations)
{
    return std::max<qint64>(100, invitations / 10);
}

void send(benchmark::State &state)
{
    const qint64 members = memberCount(state.range(0));
    timeActions(state, QStringLiteral("send.sqlite"), [members](Opened &o, qint64 i) {
        // Far-apart pairs: never connected, never pending in the generated graph.
        const qint64 sender = 1 + (i * 7919) % members;
        const qint64 recipient = 1 + (sender - 1 + members / 2 + i / members) % members;
        const ActionResult r = o.service->invite(sender, recipient, QStringLiteral("Hi"), InvitationSource::Search);
        return r.ok() || r.reason == Refusal::AlreadyPending || r.reason == Refusal::CoolDown
            || r.reason == Refusal::AlreadyConnected || r.reason == Refusal::WeeklyLimit;
    });
}

std::vector<std::pair<qint64, qint64>> pendingInvitations(const Opened &o, bool bySender)
{
    std::vector<std::pair<qint64, qint64>> list;
    QSqlQuery q(o.store.database());
    Sql::exec(q,
              QStringLiteral("SELECT id, sender_id, recipient_id FROM invitations WHERE state = 0"
                             " AND recipient_id IS NOT NULL AND expires_ms > ? ORDER BY id LIMIT 200000"),
              {BenchStores::kNow});
    while (q.next())
        list.emplace_back(q.value(0).toLongLong(), q.value(bySender ? 1 : 2).toLongLong());
    return list;
}

void accept(benchmark::State &state)
{
    std::vector<std::pair<qint64, qint64>> pending;
    timeActions(state, QStringLiteral("accept.sqlite"), [&pending](Opened &o, qint64 i) {
        if (pending.empty())
            pending = pendingInvitations(o, false);
        const auto &[id, recipient] = pending.at(size_t(i) % pending.size());
        const ActionResult r = o.service->accept(recipient, id);
        return r.ok() || r.reason == Refusal::AlreadyAccepted;
    });
}

void withdraw(benchmark::State &state)
{
    std::vector<std::pair<qint64, qint64>> pending;
    timeActions(state, QStringLiteral("withdraw.sqlite"), [&pending](Opened &o, qint64 i) {
        if (pending.empty())
            pending = pendingInvitations(o, true);
        const auto &[id, sender] = pending.at(size_t(i) % pending.size());
        const ActionResult r = o.service->withdraw(sender, id);
        return r.ok() || r.reason == Refusal::NotFound;
    });
}

// Memory is measured in a fresh process that only opens and arms.
// Issue 29: what every start now costs (SQLite's quick_check on a worker),
// a backup through SQLite (VACUUM INTO) and its size, a restore of it in one
// transaction, and the lock check before every write.
void openCheck(benchmark::State &state)
{
    const BenchStores::Entry &e = BenchStores::get(state.range(0));
    Opened opened(e.path);
    for (auto _ : state) {
        const QStringList problems = IntegrityCheck::run(opened.store.config());
        if (!problems.isEmpty())
            qFatal("bench: the store is damaged: %s", qPrintable(problems.join(QLatin1String("; "))));
    }
}

// A copy of the store for `state`, whose backups go to a folder of their own.
StoreConfig backupConfig(benchmark::State &state, const QString &name)
{
    const BenchStores::Entry &e = BenchStores::get(state.range(0));
    StoreConfig config = StoreConfig::sqlite(copyOf(e.path, name + QStringLiteral(".sqlite")));
    config.backupFolder = BenchStores::folder() + QStringLiteral("/backups-") + name;
    config.backupsKept = 1;
    return config;
}

void backup(benchmark::State &state)
{
    const StoreConfig config = backupConfig(state, QStringLiteral("backup-source"));
    const QString path = config.databaseName;
    Opened opened(path);
    qint64 bytes = 0;
    qint64 now = BenchStores::kNow;
    for (auto _ : state) {
        QString written;
        QString error;
        if (!Backups::take(config, now += 1000, QString(), &written, &error))
            qFatal("bench: backup failed: %s", qPrintable(error));
        bytes = QFileInfo(written).size();
    }
    state.counters["backup_MB"] = bytes / 1e6;
    state.counters["store_MB"] = QFileInfo(path).size() / 1e6;
}

void restore(benchmark::State &state)
{
    const StoreConfig config = backupConfig(state, QStringLiteral("restore-target"));
    Opened opened(config.databaseName);
    QString backupPath;
    QString error;
    if (!Backups::take(config, BenchStores::kNow, QString(), &backupPath, &error))
        qFatal("bench: backup failed: %s", qPrintable(error));
    for (auto _ : state) {
        if (!Backups::restore(opened.store, backupPath, &error))
            qFatal("bench: restore failed: %s", qPrintable(error));
    }
}

void lockCheck(benchmark::State &state)
{
    const BenchStores::Entry &e = BenchStores::get(state.range(0));
    Opened opened(e.path);
    for (auto _ : state)
        benchmark::DoNotOptimize(HeldFiles::repairLocks());
}

void peakMemory(benchmark::State &state)
{
    const QString path = BenchStores::get(state.range(0)).path;
    qint64 kb = 0;
    for (auto _ : state) {
        QProcess p;
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--open-and-report-rss"), path});
        p.waitForFinished(-1);
        kb = p.readAllStandardOutput().trimmed().toLongLong();
    }
    state.counters["peak_MB"] = kb / 1024.0;
}

int openAndReportRss(const QString &path)
{
    Opened o(path);
    o.engine->start();
    std::printf("%lld\n", static_cast<long long>(ProcessInfo::peakRssKb()));
    return 0;
}

}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--open-and-report-rss") == 0)
        return openAndReportRss(QString::fromLocal8Bit(argv[2]));

    for (qint64 n : kSizes) {
        benchmark::RegisterBenchmark("generate", generate)
            ->Arg(n)
            ->Iterations(1)
            ->UseManualTime()
            ->Unit(benchmark::kSecond);
        benchmark::RegisterBenchmark("open_and_arm", openAndArm)->Arg(n)->Unit(benchmark::kMillisecond)->Iterations(20);
        benchmark::RegisterBenchmark("engine_run_nothing_due", engineRunNothingDue)
            ->Arg(n)
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark("catch_up_10k_due", catchUp)->Arg(n)->Unit(benchmark::kMillisecond)->Iterations(3);
        benchmark::RegisterBenchmark("send", send)->Arg(n)->Unit(benchmark::kMicrosecond)->Iterations(2000);
        benchmark::RegisterBenchmark("accept", accept)->Arg(n)->Unit(benchmark::kMicrosecond)->Iterations(2000);
        benchmark::RegisterBenchmark("withdraw", withdraw)->Arg(n)->Unit(benchmark::kMicrosecond)->Iterations(2000);
        benchmark::RegisterBenchmark("open_check", openCheck)->Arg(n)->Unit(benchmark::kMillisecond)->Iterations(3);
        benchmark::RegisterBenchmark("backup", backup)->Arg(n)->Unit(benchmark::kMillisecond)->Iterations(3);
        benchmark::RegisterBenchmark("restore", restore)->Arg(n)->Unit(benchmark::kMillisecond)->Iterations(1);
        benchmark::RegisterBenchmark("lock_check_before_write", lockCheck)->Arg(n)->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark("peak_memory_open_armed", peakMemory)
            ->Arg(n)
            ->Iterations(1)
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
