#include "replicareads.h"

#include "benchstats.h"

#include "rules/suggestions.h"
#include "store/connection.h"
#include "store/readreplica.h"
#include "store/sql.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

struct Reads
{
    std::vector<double> check; // choosing the connection (the LSN look)
    std::vector<double> total; // choosing plus the suggestions
    int onReplica = 0;
};

// One reader: a member's suggestions, again and again, through the replica
// (`viaReplica`) or straight on the store's server.
Reads read(const StoreConfig &config, bool viaReplica, const std::function<bool(int)> &more)
{
    Connection primary;
    if (!primary.open(config, QStringLiteral("bench-primary"), Connection::Setup::Reader))
        qFatal("%s", qPrintable(primary.errorMessage()));
    ReadReplica replica;
    if (viaReplica && !replica.open(config, QStringLiteral("bench-replica")))
        qFatal("the bench's replica did not open");
    const qint64 members = Sql::scalar(primary.database(), QStringLiteral("SELECT MAX(id) FROM members"), {});
    Reads r;
    for (int i = 0; more(i); ++i) {
        const qint64 member = 1 + QRandomGenerator::global()->bounded(members);
        const auto t = Clock::now();
        const QSqlDatabase db = viaReplica ? replica.forRead(primary.database()) : primary.database();
        r.check.push_back(msSince(t));
        Suggestions::compute(db, member, 20, QDateTime::currentMSecsSinceEpoch());
        r.total.push_back(msSince(t));
    }
    r.onReplica = replica.readsOnReplica();
    return r;
}

void print(const char *what, const Reads &r)
{
    std::printf("  %-34s n %4zu  p50 %6.2f ms  p99 %6.2f ms   check p50 %5.2f p99 %6.2f ms   on the replica %d\n", what,
                r.total.size(), percentile(r.total, 0.5), percentile(r.total, 0.99), percentile(r.check, 0.5),
                percentile(r.check, 0.99), r.onReplica);
}

}

void replicaReads(const StoreConfig &withReplica, const std::function<void()> &load)
{
    std::printf("replica: people you may know (top 20) of random members, one reader\n");
    const auto times = [](int n) {
        return [n](int i) {
            return i < n;
        };
    };
    print("idle, on the store's server", read(withReplica, false, times(200)));
    print("idle, through the replica", read(withReplica, true, times(200)));
    std::atomic<bool> loading{true};
    Reads underLoad;
    std::thread reader([&] { underLoad = read(withReplica, true, [&](int) { return loading.load(); }); });
    load();
    loading = false;
    reader.join();
    print("during the load, through the replica", underLoad);
    std::fflush(stdout);
}
