#include "benchstores.h"

#include "base/heldfiles.h"
#include "demo/demogenerator.h"
#include "store/store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <cstdio>

namespace BenchStores {

QString folder()
{
    const QString dir = qEnvironmentVariable("MYNETWORK_BENCH_DIR",
                                             QDir::tempPath() + QStringLiteral("/mynetwork-bench"));
    QDir().mkpath(dir);
    return dir;
}

void copyStore(const QString &source, const QString &target)
{
    if (HeldFiles::isHeld(source) || HeldFiles::isHeld(target))
        qFatal("copyStore: %s or %s is open in this process", qPrintable(source), qPrintable(target));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(target + suffix);
        if (QFile::exists(source + suffix))
            QFile::copy(source + suffix, target + suffix);
    }
}

const Entry &get(qint64 invitations)
{
    static QMap<qint64, Entry> cache;
    auto it = cache.find(invitations);
    if (it != cache.end())
        return *it;
    Entry e;
    e.invitations = invitations;
    e.path = QStringLiteral("%1/store-%2.sqlite").arg(folder()).arg(invitations);
    // For profiling one benchmark: keep the stores of an earlier run.
    if (qEnvironmentVariableIsSet("MYNETWORK_BENCH_REUSE") && QFile::exists(e.path)) {
        e.fileBytes = QFileInfo(e.path).size();
        return *cache.insert(invitations, e);
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(e.path + suffix);
    Store store;
    if (!store.open(StoreConfig::sqlite(e.path)))
        qFatal("bench: %s", qPrintable(store.errorMessage()));
    DemoGenerator generator(store);
    QString error;
    QElapsedTimer timer;
    timer.start();
    generator.setProgress([&timer](const QString &step) {
        std::fprintf(stderr, "  %6.2f s: %s\n", timer.nsecsElapsed() / 1e9, qPrintable(step));
    });
    if (!generator.generate(DemoOptions::sized(invitations, kNow), &error))
        qFatal("bench: generating failed: %s", qPrintable(error));
    e.generateSeconds = timer.nsecsElapsed() / 1e9;
    store.close();
    e.fileBytes = QFileInfo(e.path).size() + QFileInfo(e.path + QStringLiteral("-wal")).size();
    std::fprintf(stderr, "generated %lld invitations in %.2f s (%s)\n", static_cast<long long>(invitations),
                 e.generateSeconds, qPrintable(e.path));
    return *cache.insert(invitations, e);
}

}
