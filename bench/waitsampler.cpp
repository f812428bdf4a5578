#include "waitsampler.h"

#include "store/store.h"

#include <QSqlQuery>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

void addRows(QSqlQuery &q, std::map<QString, long> &into)
{
    while (q.next())
        into[q.value(0).toString()] += q.value(1).toLongLong();
}

void printTop(const char *title, const std::map<QString, long> &counts, int samples)
{
    std::vector<std::pair<long, QString>> sorted;
    for (const auto &[name, count] : counts)
        sorted.emplace_back(count, name);
    std::sort(sorted.rbegin(), sorted.rend());
    std::printf("  %s (average backends per sample, %d samples):\n", title, samples);
    for (size_t i = 0; i < sorted.size() && i < 12; ++i)
        std::printf("    %6.2f  %s\n", double(sorted[i].first) / qMax(1, samples), qPrintable(sorted[i].second));
}

}

WaitSampler::WaitSampler(const StoreConfig &config)
    : m_config(config)
    , m_thread([this] { run(); })
{
}

WaitSampler::~WaitSampler()
{
    stop();
}

void WaitSampler::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void WaitSampler::run()
{
    Store store;
    if (!store.open(m_config))
        return;
    // With pg_stat_statements preloaded (MYNETWORK_PG_OPTIONS), the server's
    // own time per statement, from the load's start.
    QSqlQuery statements(store.database());
    m_statementsKnown = statements.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"))
        && statements.exec(QStringLiteral("SELECT pg_stat_statements_reset()"));
    QSqlQuery states(store.database());
    states.prepare(
        QStringLiteral("SELECT state || COALESCE(' · ' || wait_event_type || ':' || wait_event, ' · on CPU'), count(*)"
                       " FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'"
                       " AND pid <> pg_backend_pid() AND state <> 'idle' GROUP BY 1"));
    QSqlQuery locks(store.database());
    locks.prepare(QStringLiteral("SELECT l.locktype || COALESCE(' on ' || c.relname, ''), count(*) FROM pg_locks l"
                                 " LEFT JOIN pg_class c ON c.oid = l.relation WHERE NOT l.granted GROUP BY 1"));
    while (!m_stop.load()) {
        if (states.exec())
            addRows(states, m_states);
        if (locks.exec())
            addRows(locks, m_locks);
        ++m_samples;
        std::this_thread::sleep_for(std::chrono::milliseconds(kIntervalMs));
    }
}

void WaitSampler::print() const
{
    printTop("backends not idle, by state and wait event", m_states, m_samples);
    printTop("lock waits, by lock", m_locks, m_samples);
    if (!m_statementsKnown)
        return;
    Store store;
    if (!store.open(m_config))
        return;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT calls, mean_exec_time, stddev_exec_time, max_exec_time, left(query, 70)"
                               " FROM pg_stat_statements WHERE calls > 100 ORDER BY total_exec_time DESC LIMIT 10")))
        return;
    std::printf("  server time per statement (pg_stat_statements): calls, mean, stddev, max ms\n");
    while (q.next()) {
        std::printf("    %7lld %7.2f %7.2f %8.2f  %s\n", q.value(0).toLongLong(), q.value(1).toDouble(),
                    q.value(2).toDouble(), q.value(3).toDouble(), qPrintable(q.value(4).toString().simplified()));
    }
}
