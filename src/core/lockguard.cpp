#include "core/lockguard.h"

#include <QFile>

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

// Whether /proc/locks lists a POSIX lock of this process on the file open
// as `fd` (fstat, not stat: the name could point elsewhere by now).
bool processHoldsLock(int fd)
{
    struct stat st;
    if (fd < 0 || ::fstat(fd, &st) != 0)
        return true; // nothing to tell: assume held
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return true;
    // "1: POSIX  ADVISORY  READ 1234 08:01:5678 1073741826 1073742335"
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    const QByteArray file = QByteArray::number(major(st.st_dev), 16).rightJustified(2, '0') + ':'
        + QByteArray::number(minor(st.st_dev), 16).rightJustified(2, '0') + ':'
        + QByteArray::number(qulonglong(st.st_ino));
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() >= 6 && f.at(1) == "POSIX" && f.at(4) == pid && f.at(5) == file)
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
    const bool dbLost = m_dbFd >= 0 && !processHoldsLock(m_dbFd);
    const bool shmLost = m_shmFd >= 0 && !processHoldsLock(m_shmFd);
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
