#pragma once

#include "store/storeconfig.h"

#include <QString>

#include <atomic>
#include <map>
#include <thread>

// Where a team store's backends spend a load (issue 36): every few
// milliseconds, on a connection of its own, what each client backend is
// doing by PostgreSQL's own views (pg_stat_activity's state and wait event)
// and which locks are waited for (pg_locks). Printed as the average number
// of backends in each state, so the shares add up to the load's concurrency.
class WaitSampler
{
public:
    // Each sample is two queries on the loaded server: often enough for
    // thousands of samples in a run, seldom enough to cost it little.
    static constexpr int kIntervalMs = 20;

    explicit WaitSampler(const StoreConfig &config);
    ~WaitSampler();
    WaitSampler(const WaitSampler &) = delete;
    WaitSampler &operator=(const WaitSampler &) = delete;

    void stop();
    void print() const;

private:
    void run();

    StoreConfig m_config;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    int m_samples = 0;
    bool m_statementsKnown = false; // pg_stat_statements is loaded
    std::map<QString, long> m_states; // "active · Lock:transactionid" -> backends seen
    std::map<QString, long> m_locks; // "tuple on invitations" -> waiters seen
};
