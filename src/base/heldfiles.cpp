#include "base/heldfiles.h"

#include "base/lockguard.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

const char *const kCompanions[] = {"", "-wal", "-shm", "-journal"};

struct Held
{
    int connections = 0;
    std::shared_ptr<LockGuard> guard; // QHash copies; only the registry holds it
};

struct Registry
{
    QMutex mutex;
    QHash<QString, Held> held; // by absolute database path
    QElapsedTimer lastRepair;
};

// Reading /proc/locks costs about 15 µs; a burst of writes looks once.
// The guard's locks keep the WAL safe in between, so a look is bookkeeping.
constexpr qint64 kRepairIntervalMs = 50;

Registry &registry()
{
    static Registry r;
    return r;
}

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

bool sameFile(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    // stat() opens no descriptor, so it is safe on a held file.
    struct stat sa, sb;
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#endif
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath();
}

}

namespace HeldFiles {

void hold(const QString &databasePath)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const QString key = absolute(databasePath);
    Held &held = r.held[key];
    if (++held.connections == 1)
        held.guard = std::make_shared<LockGuard>(key);
}

bool guard(const QString &databasePath)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    auto it = r.held.find(absolute(databasePath));
    return it != r.held.end() && it->guard->arm();
}

void beforeClose(const QString &databasePath)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    auto it = r.held.find(absolute(databasePath));
    if (it != r.held.end() && it->connections == 1)
        it->guard->disarm();
}

void release(const QString &databasePath)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const QString key = absolute(databasePath);
    auto it = r.held.find(key);
    if (it != r.held.end() && --it->connections <= 0)
        r.held.erase(it); // closes the guard's descriptors: no connection is left
}

QStringList repairLocks()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    QStringList lines;
    if (r.lastRepair.isValid() && r.lastRepair.elapsed() < kRepairIntervalMs)
        return lines;
    r.lastRepair.start();
    for (auto it = r.held.begin(); it != r.held.end(); ++it) {
        bool restored = false;
        const QString lost = it->guard->repairProcessLocks(&restored);
        if (lost.isEmpty())
            continue;
        lines.append(QStringLiteral("%1: the process's locks on the %2 were dropped by a descriptor closed outside "
                                    "SQLite; %3 (the guard was %4)")
                         .arg(it.key(), lost,
                              restored ? QStringLiteral("taken again") : QStringLiteral("NOT taken again"),
                              it->guard->isArmed() ? QStringLiteral("armed") : QStringLiteral("not armed")));
    }
    return lines;
}

bool isHeld(const QString &path)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const QString candidate = absolute(path);
    for (auto it = r.held.cbegin(); it != r.held.cend(); ++it) {
        for (const char *suffix : kCompanions) {
            const QString companion = it.key() + QLatin1String(suffix);
            if (candidate == companion || sameFile(candidate, companion))
                return true;
        }
    }
    return false;
}

}
