#include "base/lockguard.h"

#include <QFile>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#endif

namespace {

// SQLite's lock bytes (os_unix.c, the same in every 3.x): the database's
// shared range starts two bytes after the pending byte at 1 GiB, and the
// -shm's "DMS" byte follows the eight WAL locks at offset 120.
constexpr qint64 kSharedFirst = 0x40000000LL + 2;
constexpr qint64 kSharedSize = 510;
constexpr qint64 kShmDms = 120 + 8;

#ifdef Q_OS_LINUX

bool setLock(int fd, int command, short type, qint64 start, qint64 length)
{
    struct flock fl = {};
    fl.l_type = type;
    fl.l_whence = SEEK_SET;
    fl.l_start = off_t(start);
    fl.l_len = off_t(length);
    return ::fcntl(fd, command, &fl) == 0;
}

int openForLocks(const QString &path)
{
    return ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
}

// /proc/locks as it is now: read with plain read(2) into one buffer (a
// QFile of a proc file costs tens of microseconds; this runs before every
// write).
QByteArray procLocks()
{
    QByteArray text;
    const int fd = ::open("/proc/locks", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return text;
    char buffer[16384];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
        text.append(buffer, n);
    ::close(fd);
    return text;
}

// Whether `locks` lists a POSIX lock of this process on the file open as
// `fd` (fstat, not stat: the name could point elsewhere by now).
bool processHoldsLock(const QByteArray &locks, int fd)
{
    struct stat st;
    if (fd < 0 || ::fstat(fd, &st) != 0)
        return true; // nothing to tell: assume held
    // "1: POSIX  ADVISORY  READ 1234 08:01:5678 1073741826 1073742335"
    char needle[96];
    const int length = std::snprintf(needle, sizeof needle, " %lld %02x:%02x:%llu ", static_cast<long long>(::getpid()),
                                     major(st.st_dev), minor(st.st_dev), static_cast<unsigned long long>(st.st_ino));
    const QByteArrayView key(needle, length);
    for (qsizetype at = locks.indexOf(key); at >= 0; at = locks.indexOf(key, at + 1)) {
        const qsizetype lineStart = locks.lastIndexOf('\n', at) + 1;
        if (QByteArrayView(locks).sliced(lineStart, at - lineStart).contains("POSIX"))
            return true;
    }
    return false;
}

#endif

}

LockGuard::LockGuard(const QString &databasePath)
    : m_databasePath(databasePath)
{
}

LockGuard::~LockGuard()
{
    disarm();
#ifdef Q_OS_LINUX
    if (m_dbFd >= 0)
        ::close(m_dbFd);
    if (m_shmFd >= 0)
        ::close(m_shmFd);
#endif
}

bool LockGuard::arm()
{
#if defined(Q_OS_LINUX) && defined(F_OFD_SETLK)
    if (m_armed)
        return true;
    // Opening a descriptor is safe; only a close drops locks, and these
    // stay open until no connection of the process is left on the files.
    if (m_dbFd < 0)
        m_dbFd = openForLocks(m_databasePath);
    if (m_shmFd < 0)
        m_shmFd = openForLocks(m_databasePath + QStringLiteral("-shm"));
    if (m_dbFd < 0 || m_shmFd < 0)
        return false;
    m_armed = setLock(m_dbFd, F_OFD_SETLK, F_RDLCK, kSharedFirst, kSharedSize);
    if (m_armed && !setLock(m_shmFd, F_OFD_SETLK, F_RDLCK, kShmDms, 1)) {
        setLock(m_dbFd, F_OFD_SETLK, F_UNLCK, kSharedFirst, kSharedSize);
        m_armed = false;
    }
    return m_armed;
#else
    return false;
#endif
}

void LockGuard::disarm()
{
#if defined(Q_OS_LINUX) && defined(F_OFD_SETLK)
    if (!m_armed)
        return;
    // An unlock through F_OFD_SETLK drops only this description's locks;
    // the process's own (SQLite's) stay as they are.
    setLock(m_dbFd, F_OFD_SETLK, F_UNLCK, kSharedFirst, kSharedSize);
    setLock(m_shmFd, F_OFD_SETLK, F_UNLCK, kShmDms, 1);
    m_armed = false;
#endif
}

QString LockGuard::repairProcessLocks(bool *restored)
{
    *restored = true;
#ifdef Q_OS_LINUX
    // Unarmed, nothing says SQLite holds locks now (a store not yet read in
    // WAL mode holds none): taking some would be a guess.
    if (!m_armed)
        return {};
    const QByteArray locks = procLocks();
    if (locks.isEmpty())
        return {}; // no /proc: nothing to tell
    const bool dbLost = m_dbFd >= 0 && !processHoldsLock(locks, m_dbFd);
    const bool shmLost = m_shmFd >= 0 && !processHoldsLock(locks, m_shmFd);
    if (!dbLost && !shmLost)
        return {};
    // Traditional locks through the guard's descriptors are the process's
    // locks, the same SQLite takes through its own: it will unlock them as
    // its own later. They fail only if another program holds the bytes
    // exclusively, which the armed guard rules out.
    if (dbLost)
        *restored = setLock(m_dbFd, F_SETLK, F_RDLCK, kSharedFirst, kSharedSize);
    if (shmLost)
        *restored = setLock(m_shmFd, F_SETLK, F_RDLCK, kShmDms, 1) && *restored;
    if (dbLost && shmLost)
        return QStringLiteral("database and shared memory");
    return dbLost ? QStringLiteral("database") : QStringLiteral("shared memory");
#else
    return {};
#endif
}
