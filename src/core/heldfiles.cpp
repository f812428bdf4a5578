#include "core/heldfiles.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

const char *const kCompanions[] = {"", "-wal", "-shm", "-journal"};

struct Registry
{
    QMutex mutex;
    QHash<QString, int> counts; // absolute database path -> connections
};

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
    ++r.counts[absolute(databasePath)];
}

void release(const QString &databasePath)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const QString key = absolute(databasePath);
    auto it = r.counts.find(key);
    if (it != r.counts.end() && --it.value() <= 0)
        r.counts.erase(it);
}

bool isHeld(const QString &path)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const QString candidate = absolute(path);
    for (auto it = r.counts.cbegin(); it != r.counts.cend(); ++it) {
        for (const char *suffix : kCompanions) {
            const QString companion = it.key() + QLatin1String(suffix);
            if (candidate == companion || sameFile(candidate, companion))
                return true;
        }
    }
    return false;
}

}
