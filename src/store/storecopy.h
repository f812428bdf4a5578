#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;
class Store;

// Copies of a local store, made and read back through SQLite alone (never
// by copying files, which would open and close the store's file and drop
// the process's locks on it): the simulated-time sandbox and the backups.
namespace StoreCopy {

// The network's own tables, each after those it refers to. Not the change
// log (its numbers only grow, or other windows would miss changes), the
// schema version, the engine's lease or the settings.
const QStringList &networkTables();

// A consistent copy of the store behind `db` at `target` (VACUUM INTO):
// written as `target`.partial and renamed when complete, so a copy that
// exists is whole.
bool snapshot(const QSqlDatabase &db, const QString &target, QString *error);

// Puts the network's tables of `store` back as the SQLite file `source` has
// them (the same schema), in one transaction, and says every view must
// re-read (other windows and processes follow through the change log).
bool replaceNetwork(Store &store, const QString &source, QString *error);

}
