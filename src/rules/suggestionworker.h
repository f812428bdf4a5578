#pragma once

#include "rules/network.h"
#include "rules/suggestions.h"
#include "store/dialect.h"
#include "store/storeconfig.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

// Reads for the page on a thread of its own, with its own connection, so
// the window never waits for them: people you may know, and the side
// panel's counts (one counts 100,000 invitations in ~20 ms). A store that
// cannot be opened twice (an in-memory one) is served on the caller's
// connection. A team store's read replica answers once it has caught up
// with the store (ReadReplica).
class SuggestionWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestionWorker)
public:
    SuggestionWorker(const StoreConfig &config, const QSqlDatabase &fallback, QObject *parent = nullptr);
    ~SuggestionWorker() override;

    // Answers with ready(requestId, ...), later, on the caller's thread.
    int request(qint64 member, int limit, qint64 nowMs, const QList<qint64> &exclude = {});
    // Answers with countsReady(requestId, ...). Requests are answered in
    // the order they were made.
    int requestCounts(qint64 member, qint64 nowMs);
    // How many requests the read replica answered, and the store's server
    // (with no replica: every request); for the tests and the bench.
    int readsOnReplica() const;
    int readsOnPrimary() const;

signals:
    void ready(int requestId, qint64 member, const QList<Suggestion> &suggestions);
    void countsReady(int requestId, qint64 member, const NetworkCounts &counts);

private:
    using Read = std::function<void(const QSqlDatabase &db, const Dialect &dialect)>;
    // Runs `read` on the worker's thread and connection, or later on the
    // caller's connection for a store that cannot be opened twice.
    void post(const Read &read);

    class Job;
    QThread m_thread;
    Job *m_job = nullptr;
    QString m_fallbackConnection;
    Dialect m_fallbackDialect;
    int m_lastRequest = 0;
    std::atomic<bool> m_closing{false};
};

Q_DECLARE_METATYPE(Suggestion)
Q_DECLARE_METATYPE(NetworkCounts)
