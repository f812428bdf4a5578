#include "benchfeed.h"

#include "benchstats.h"
#include "benchstores.h"

#include "base/clock.h"
#include "models/invitationlistmodel.h"
#include "models/roles.h"
#include "rules/invitationservice.h"
#include "store/changefeed.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

}

namespace BenchFeed {

int sender(const QStringList &arguments)
{
    const int at = int(arguments.indexOf(QStringLiteral("--feed-sender")));
    if (at < 0 || arguments.size() < at + 5)
        return -1;
    Store store;
    if (!store.open(StoreConfig::sqlite(arguments.at(at + 1)))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    const qint64 recipient = arguments.at(at + 2).toLongLong();
    const int count = arguments.at(at + 3).toInt();
    const int intervalMs = arguments.at(at + 4).toInt();
    ManualClock clock(BenchStores::kNow);
    InvitationService service(store, clock);
    int refused = 0;
    for (qint64 sender = 2; sender < 2 + count; ++sender) {
        // The note carries the wall-clock moment just before the commit.
        const QString note = QString::number(QDateTime::currentMSecsSinceEpoch());
        if (!service.invite(sender, recipient, note, InvitationSource::Profile).ok())
            ++refused;
        QThread::msleep(intervalMs);
    }
    if (refused)
        std::fprintf(stderr, "feed sender: %d refused\n", refused);
    return 0;
}

void latency(const QString &path, const QString &self)
{
    Store store;
    if (!store.open(StoreConfig::sqlite(path)))
        qFatal("%s", qPrintable(store.errorMessage()));
    ManualClock clock(BenchStores::kNow);
    InvitationService service(store, clock);
    Member m;
    m.name = QStringLiteral("Feed Receiver");
    m.email = QStringLiteral("feed.receiver.%1@example.org").arg(QDateTime::currentMSecsSinceEpoch());
    const qint64 me = service.join(m).memberId;
    InvitationListModel received(InvitationListModel::Kind::Received, service, clock);
    received.setMember(me);
    store.feed()->watch(store);

    constexpr int kCount = 1000;
    std::vector<double> delays;
    QObject::connect(&received, &QAbstractItemModel::rowsInserted, [&](const QModelIndex &, int first, int last) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int row = first; row <= last; ++row)
            delays.push_back(double(now - received.index(row).data(Roles::Note).toString().toLongLong()));
    });
    QProcess other;
    other.setProcessChannelMode(QProcess::ForwardedChannels);
    other.start(
        self,
        {QStringLiteral("--feed-sender"), path, QString::number(me), QString::number(kCount), QStringLiteral("10")});
    QEventLoop loop;
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    QObject::connect(&received, &QAbstractItemModel::rowsInserted, &loop, [&] {
        if (int(delays.size()) >= kCount)
            loop.quit();
    });
    loop.exec();
    other.waitForFinished(30000);
    std::printf("feed_commit_to_row_ms    p50 %.0f  p99 %.0f  max %.0f  (%zu of %d invitations from another process,"
                " one per 10 ms; feed looks every %d ms)   target p99 <= 1000\n",
                percentile(delays, 0.5), percentile(delays, 0.99), percentile(delays, 1.0), delays.size(), kCount,
                ChangeFeed::kDefaultIntervalMs);
}

void idle(const QString &path, int seconds)
{
    Store store;
    if (!store.open(StoreConfig::sqlite(path)))
        qFatal("%s", qPrintable(store.errorMessage()));
    ManualClock clock(BenchStores::kNow);
    InvitationService service(store, clock);
    InvitationListModel received(InvitationListModel::Kind::Received, service, clock);
    received.setMember(1);
    store.feed()->watch(store);
    int polls = 0;
    QObject::connect(store.feed(), &ChangeFeed::changed, [&polls] { ++polls; });
    const double cpuBefore = cpuMs();
    // The event loop sleeps until a timer is due, as in the app.
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const double cpu = cpuMs() - cpuBefore;
    std::printf("feed_idle_cpu_ms         %.1f ms of CPU in %d s (%.3f%%; %d looks, %d changes seen)\n", cpu, seconds,
                cpu / (seconds * 10.0), int(seconds * 1000 / ChangeFeed::kDefaultIntervalMs), polls);
}

}
