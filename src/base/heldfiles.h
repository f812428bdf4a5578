#pragma once

#include <QString>
#include <QStringList>

// The SQLite files this process holds connections to. On POSIX, closing
// any descriptor of a file drops every lock the process holds on it, also
// the shared lock SQLite keeps on a database in WAL mode; another program
// that then closes the store believes it is the last user and deletes the
// write-ahead log under us (committed data lost). So nothing but SQLite may
// open such a file, nor its -wal, -shm or -journal, while it is held.
namespace HeldFiles {

void hold(const QString &databasePath);
// Once SQLite has the store open in WAL mode: arms the held database's
// LockGuard, so that even a descriptor closed by code we do not own cannot
// let another program delete the WAL. False where it cannot be armed.
bool guard(const QString &databasePath);
// Just before a connection closes: when it is the last one on the file,
// the guard gives its locks back so SQLite's clean close may checkpoint.
void beforeClose(const QString &databasePath);
// After the connection closed; the last one closes the guard.
void release(const QString &databasePath);
// Before a write (at most every 50 ms): the process's own locks on every
// held store are checked (/proc/locks) and re-taken when something dropped
// them. Returns one line
// per store that had lost them, for the log.
QStringList repairLocks();
// True when `path` is a held database or one of its companion files,
// compared by device and inode where the platform has them, so a link or
// another spelling of the path is caught too.
bool isHeld(const QString &path);

}
