#pragma once

#include "store/storeconfig.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;

// What went wrong reaching a PostgreSQL server, told so a person can act on
// it: libpq's own words say what happened, these name what to do.
class ServerError final
{
    Q_DECLARE_TR_FUNCTIONS(ServerError)
public:
    enum class Kind { Unreachable, LoginRefused, TlsRequired, DatabaseMissing, Other };

    static Kind classify(const QString &driverText);
    static QString describe(const StoreConfig &config, Kind kind, const QString &driverText);
    // The connection to the server is gone (server restarted, network
    // down): reconnecting may help, retrying the statement will not.
    static bool isConnectionLost(const QSqlError &error);
    static bool isConnectionLost(const QString &text);
};
