#pragma once

#include <QString>

// The SQLite files this process holds connections to. On POSIX, closing
// any descriptor of a file drops every lock the process holds on it, also
// the shared lock SQLite keeps on a database in WAL mode; another program
// that then closes the store believes it is the last user and deletes the
// write-ahead log under us (committed data lost). So nothing but SQLite may
// open such a file, nor its -wal, -shm or -journal, while it is held.
namespace HeldFiles {

void hold(const QString &databasePath);
void release(const QString &databasePath);
// True when `path` is a held database or one of its companion files,
// compared by device and inode where the platform has them, so a link or
// another spelling of the path is caught too.
bool isHeld(const QString &path);

}
