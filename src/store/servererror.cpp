#include "store/servererror.h"

#include <QSqlError>

ServerError::Kind ServerError::classify(const QString &text)
{
    const auto has = [&text](const char *part) {
        return text.contains(QLatin1String(part), Qt::CaseInsensitive);
    };
    // pg_hba.conf refusing a connection without TLS ends in "SSL off";
    // a client that demands TLS from a server without it says so.
    if ((has("pg_hba.conf") && has("SSL off")) || has("SSL was required") || has("server does not support SSL"))
        return Kind::TlsRequired;
    if (has("database \"") && has("does not exist"))
        return Kind::DatabaseMissing;
    if (has("password authentication failed") || has("no password supplied") || has("role \"") || has("pg_hba.conf")
        || has("authentication failed") || has("fe_sendauth"))
        return Kind::LoginRefused;
    if (has("could not connect") || has("connection refused") || has("could not translate host name")
        || has("timeout expired") || has("No such file or directory") || has("Network is unreachable")
        || has("server closed the connection") || has("connection to server"))
        return Kind::Unreachable;
    return Kind::Other;
}

QString ServerError::describe(const StoreConfig &config, Kind kind, const QString &driverText)
{
    const QString server = config.serverName();
    const QString detail = driverText.simplified(); // libpq breaks and indents its lines
    switch (kind) {
    case Kind::Unreachable:
        return tr("The team server %1 cannot be reached. Check that it is running and that this computer "
                  "can reach it (network, VPN, firewall). (%2)")
            .arg(server, detail);
    case Kind::LoginRefused:
        return tr("The team server %1 refused the login “%2”. Check the login name and password, or ask "
                  "the server's administrator whether the login may use the database %3. (%4)")
            .arg(server, config.user, config.databaseName, detail);
    case Kind::TlsRequired:
        return tr("The team server %1 accepts only encrypted (TLS) connections, or TLS was asked for and the "
                  "server has none. Choose the TLS setting the administrator gave you. (%2)")
            .arg(server, detail);
    case Kind::DatabaseMissing:
        return tr("The team server %1 has no database “%2”. Check the database name, or ask the "
                  "administrator to create it. (%3)")
            .arg(server, config.databaseName, detail);
    case Kind::Other:
        break;
    }
    return tr("Cannot open the team store on %1: %2").arg(server, detail);
}

bool ServerError::isConnectionLost(const QSqlError &error)
{
    if (error.type() == QSqlError::ConnectionError)
        return true;
    return isConnectionLost(error.databaseText() + QLatin1Char(' ') + error.driverText());
}

bool ServerError::isConnectionLost(const QString &text)
{
    return text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("terminating connection"))
        || text.contains(QLatin1String("connection to server")) || text.contains(QLatin1String("SSL SYSCALL"))
        || text.contains(QLatin1String("could not send data to server"));
}
