#pragma once

#include "base/clock.h"
#include "rules/expiryengine.h"
#include "rules/invitationservice.h"
#include "store/store.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <functional>
#include <memory>

// Writes `bytes` to `name` in `dir` (replacing it) and returns the path;
// a test that cannot write its own input stops there.
QString writeTestFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

// The POSIX locks /proc/locks lists for process `pid` on the file at
// `path` (-1 when it cannot tell).
int locksHeld(qint64 pid, const QString &path);

// Another program (Python's sqlite3) opens the store at `path`, reads it
// and closes it: the close that deletes a WAL nobody holds. True when it ran.
bool openAndCloseAsAnotherProgram(const QString &path);

// A fresh in-memory network with a manual clock: one per test function.
struct Net
{
    // Without a path the store is a file in a temporary folder, so reopen()
    // is a real restart.
    explicit Net(qint64 now = utc(2026, 3, 2, 9, 0), const QString &path = QString());

    // Where a Net without a path keeps its store: a file in a temporary
    // folder by default; a test program that runs its tests on PostgreSQL
    // too sets a maker of fresh databases here.
    using StoreMaker = std::function<StoreConfig()>;
    static void setStoreMaker(const StoreMaker &maker);

    static qint64 utc(int y, int mo, int d, int h = 0, int mi = 0);
    static constexpr qint64 hour = 60LL * 60 * 1000;
    static constexpr qint64 day = 24 * hour;

    qint64 member(const QString &name, const QString &company = QString());
    int count(const QString &sql, std::initializer_list<QVariant> params = {}) const;
    int notificationsOf(qint64 member, NotificationKind kind) const;
    int outboxFor(const QString &email) const;
    const Network &network() const { return service->network(); }
    void reopen(); // a restart: new store, service and engine on the same file

    QTemporaryDir dir;
    QString path;
    StoreConfig config;
    ManualClock clock;
    std::unique_ptr<Store> store;
    std::unique_ptr<InvitationService> service;
    std::unique_ptr<ExpiryEngine> engine;
    int members = 0;
    int busyTimeoutMs = 5000; // for the next reopen()
};
