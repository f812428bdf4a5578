#include "runtime/timesandbox.h"

#include "store/store.h"
#include "store/storecopy.h"

#include <QCoreApplication>
#include <QFile>

namespace TimeSandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TimeSandbox", text);
}

}

QString snapshotPath(const Store &store)
{
    return store.config().databaseName + QStringLiteral(".before-simulated-time");
}

bool hasSnapshot(const Store &store)
{
    return store.dialect().isSQLite() && QFile::exists(snapshotPath(store));
}

bool take(Store &store, QString *error)
{
    if (!store.dialect().isSQLite()) {
        if (error)
            *error = tr("Simulated time exists only on a local store.");
        return false;
    }
    if (hasSnapshot(store))
        return true;
    return StoreCopy::snapshot(store.database(), snapshotPath(store), error);
}

bool restore(Store &store, QString *error)
{
    if (!hasSnapshot(store)) {
        if (error)
            *error = tr("There is no copy of the network from before simulated time.");
        return false;
    }
    return StoreCopy::replaceNetwork(store, snapshotPath(store), error) && discard(store, error);
}

bool discard(Store &store, QString *error)
{
    if (!hasSnapshot(store) || QFile::remove(snapshotPath(store)))
        return true;
    if (error)
        *error = tr("Cannot remove %1.").arg(snapshotPath(store));
    return false;
}

}
