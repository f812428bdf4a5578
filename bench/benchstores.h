#pragma once

#include <QString>

// Generated benchmark stores, made once per size and reused by every
// benchmark of that size.
namespace BenchStores {

constexpr qint64 kNow = 1795687200000; // 2026-11-26 10:00 UTC: the stores' "now"

struct Entry
{
    qint64 invitations = 0;
    QString path;
    double generateSeconds = 0;
    qint64 fileBytes = 0;
};

// Generates (or reuses) the store of that size in the bench folder.
const Entry &get(qint64 invitations);
QString folder();
// Copies a store (with its -wal and -shm) byte for byte. Only for files no
// connection of this process holds: copying opens and closes them, which
// would drop that connection's locks (see HeldFiles); it stops if one does.
void copyStore(const QString &source, const QString &target);

}
