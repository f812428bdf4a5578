#pragma once

#include <QString>

// The net under HeldFiles. On POSIX, closing any descriptor of a file drops
// every lock the process holds on it, also the shared lock SQLite keeps on
// a WAL store; another program that then opens and closes the store gets
// the exclusive lock and deletes the write-ahead log under us. HeldFiles
// keeps our own code from opening the store's files, but code we do not own
// (a file dialog sniffing types, a platform plugin) may still do it.
//
// A guard holds, through descriptors of its own, open-file-description
// locks (Linux's F_OFD_SETLK) on the very bytes SQLite keeps read-locked
// while a WAL store is open: the shared range of the database and the
// "DMS" byte of its -shm. Such a lock belongs to the guard's descriptor,
// not to the process, so no other descriptor's close drops it, and no other
// program can take the exclusive locks that delete the WAL or reset the
// shared memory while we hold the store. The guard never takes a lock that
// SQLite's own connections of this process would need: in WAL mode they
// take only shared locks on those bytes (the exclusive one only at the last
// close, which is why the guard is disarmed just before it).
class LockGuard final
{
    Q_DISABLE_COPY_MOVE(LockGuard)
public:
    explicit LockGuard(const QString &databasePath);
    // Closes the guard's descriptors, which drops every POSIX lock of the
    // process on the files: only when no SQLite connection is left on them.
    ~LockGuard();

    // Takes the locks; false where the platform has no such locks or the
    // store is not in WAL mode (no -shm): then HeldFiles is the only net.
    bool arm();
    // Gives the locks back, so that the last connection's close may
    // checkpoint and delete the WAL as SQLite does at a clean end.
    void disarm();
    bool isArmed() const { return m_armed; }

    // Only while armed: the process's own POSIX locks on the database or its -shm are gone
    // (something closed a descriptor of them): re-takes the shared locks
    // SQLite believes it holds, so its bookkeeping is true again. Returns
    // what was lost ("", "database", "database and shared memory"), and
    // sets `restored` to whether the locks are held again.
    QString repairProcessLocks(bool *restored);

private:
    QString m_databasePath;
    int m_dbFd = -1;
    int m_shmFd = -1;
    bool m_armed = false;
};
