#include "store/storeconfig.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

StoreConfig StoreConfig::sqlite(const QString &path)
{
    StoreConfig c;
    c.backend = Backend::SQLite;
    c.databaseName = path;
    return c;
}

StoreConfig StoreConfig::defaultSqlite()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    StoreConfig c = sqlite(QDir(dir).filePath(QStringLiteral("mynetwork.sqlite")));
    c.createFolder = true;
    return c;
}

// libpq's parameters in the URI's query: they win over its parts, since
// libpq's URI form names a socket folder as ?host=/path (or a
// percent-encoded host), which QUrl's host cannot hold.
bool StoreConfig::applyQuery(const QUrlQuery &query, const QString &location, StoreConfig *c, QString *error)
{
    static const QStringList known{QStringLiteral("sslmode"), QStringLiteral("host"),     QStringLiteral("port"),
                                   QStringLiteral("user"),    QStringLiteral("password"), QStringLiteral("dbname")};
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(item.first)) {
            *error = tr("The server address %1 has the unknown parameter “%2” (known: %3).")
                         .arg(location, item.first, known.join(QLatin1String(", ")));
            return false;
        }
    }
    const auto take = [&query](const char *name, QString *into) {
        if (query.hasQueryItem(QLatin1String(name)))
            *into = query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    take("host", &c->host);
    take("user", &c->user);
    take("password", &c->password);
    take("dbname", &c->databaseName);
    if (query.hasQueryItem(QStringLiteral("port"))) {
        bool ok = false;
        c->port = query.queryItemValue(QStringLiteral("port")).toInt(&ok);
        if (!ok || c->port <= 0 || c->port > 65535) {
            *error = tr("The server address %1 has an invalid port.").arg(location);
            return false;
        }
    }
    c->sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!c->sslMode.isEmpty() && !modes.contains(c->sslMode)) {
        *error = tr("The server address %1 has the unknown sslmode “%2” (known: %3).")
                     .arg(location, c->sslMode, modes.join(QLatin1String(", ")));
        return false;
    }
    return true;
}

bool StoreConfig::fromLocation(const QString &location, StoreConfig *config, QString *error)
{
    if (!location.startsWith(QLatin1String("postgresql://")) && !location.startsWith(QLatin1String("postgres://"))) {
        *config = sqlite(location);
        return true;
    }
    // libpq takes a socket folder percent-encoded in the host
    // (postgresql://anna@%2Frun%2Fpostgresql/net), which QUrl refuses.
    QString parsed = location;
    QString socketHost;
    static const QRegularExpression encodedHost(QStringLiteral("^(postgres(?:ql)?://(?:[^@/]*@)?)(%2[Ff][^:/?]*)"));
    const QRegularExpressionMatch m = encodedHost.match(location);
    if (m.hasMatch()) {
        socketHost = QUrl::fromPercentEncoding(m.captured(2).toUtf8());
        parsed.replace(m.capturedStart(2), m.capturedLength(2), QStringLiteral("localhost"));
    }
    const QUrl url(parsed, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = tr("The server address %1 is not a valid URI: %2").arg(location, url.errorString());
        return false;
    }
    StoreConfig c;
    c.backend = Backend::PostgreSQL;
    c.host = socketHost.isEmpty() ? url.host() : socketHost;
    c.port = url.port(5432);
    c.user = url.userName();
    c.password = url.password();
    c.databaseName = url.path().mid(1);
    if (!applyQuery(QUrlQuery(url), location, &c, error))
        return false;
    if (c.databaseName.isEmpty()) {
        *error = tr("The server address %1 names no database: add /name after the server.").arg(location);
        return false;
    }
    if (c.host.isEmpty())
        c.host = QStringLiteral("localhost");
    if (c.user.isEmpty())
        c.user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    *config = c;
    return true;
}

bool StoreConfig::setReplica(const QString &location, QString *error)
{
    if (!isTeam()) {
        *error =
            tr("A read replica is for a team store on a PostgreSQL server; %1 is a local store.").arg(displayName());
        return false;
    }
    StoreConfig replica;
    if (!fromLocation(location, &replica, error))
        return false;
    if (!replica.isTeam()) {
        *error = tr("The read replica %1 is not a PostgreSQL server's address: give it as "
                    "postgresql://host[:port]/database.")
                     .arg(location);
        return false;
    }
    replicaLocation = location;
    return true;
}

StoreConfig StoreConfig::replicaConfig() const
{
    // A standby has the primary's logins: by default the same one signs in.
    return sibling(replicaLocation);
}

bool StoreConfig::setPooler(const QString &location, QString *error)
{
    if (!isTeam()) {
        *error = tr("A pooler is for a team store on a PostgreSQL server; %1 is a local store.").arg(displayName());
        return false;
    }
    StoreConfig pooler;
    if (!fromLocation(location, &pooler, error))
        return false;
    if (!pooler.isTeam()) {
        *error = tr("The pooler %1 is not a PostgreSQL server's address: give it as "
                    "postgresql://host[:port]/database.")
                     .arg(location);
        return false;
    }
    poolerLocation = location;
    return true;
}

StoreConfig StoreConfig::poolerConfig() const
{
    StoreConfig pooler = sibling(poolerLocation);
    pooler.throughPooler = true;
    return pooler;
}

StoreConfig StoreConfig::direct() const
{
    StoreConfig server = *this;
    server.poolerLocation.clear();
    server.throughPooler = false;
    return server;
}

// Another server of the same store at `location`: the store's login,
// password and TLS unless it names its own.
StoreConfig StoreConfig::sibling(const QString &location) const
{
    StoreConfig other;
    QString ignored;
    fromLocation(location, &other, &ignored);
    if (!location.contains(QLatin1Char('@')) && !QUrlQuery(QUrl(location)).hasQueryItem(QStringLiteral("user")))
        other.user = user;
    if (other.password.isEmpty())
        other.password = password;
    if (other.sslMode.isEmpty())
        other.sslMode = sslMode;
    other.busyTimeoutMs = busyTimeoutMs;
    return other;
}

QString StoreConfig::driverName() const
{
    return backend == Backend::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString StoreConfig::connectOptions() const
{
    if (backend == Backend::SQLite)
        return QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    // The schema is chosen at connect time, so every connection of the app
    // (and of its tests) reads and writes the store's own tables. Keepalives
    // let a window notice a server that vanished without a word.
    // A pooler refuses libpq's `options`: there its server connections
    // choose the schema (its connect_query; docs/team-admin.md).
    QStringList options{QStringLiteral("connect_timeout=%1").arg(qMax(2, busyTimeoutMs / 1000)),
                        QStringLiteral("application_name=mynetwork"),
                        QStringLiteral("keepalives=1"),
                        QStringLiteral("keepalives_idle=10"),
                        QStringLiteral("keepalives_interval=3"),
                        QStringLiteral("keepalives_count=3")};
    if (!throughPooler)
        options.append(QStringLiteral("options=-csearch_path=%1").arg(QLatin1String(kSchema)));
    if (!sslMode.isEmpty())
        options.append(QStringLiteral("sslmode=") + sslMode);
    return options.join(QLatin1Char(';'));
}

QSqlDatabase StoreConfig::addConnection(const QString &connectionName) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), connectionName);
    db.setDatabaseName(databaseName);
    if (backend == Backend::PostgreSQL) {
        db.setHostName(host);
        db.setPort(port);
        db.setUserName(user);
        // Empty: libpq looks in PGPASSWORD and ~/.pgpass itself.
        db.setPassword(password);
    }
    db.setConnectOptions(connectOptions());
    return db;
}

bool StoreConfig::isInMemory() const
{
    return backend == Backend::SQLite && databaseName == QLatin1String(":memory:");
}

QString StoreConfig::serverName() const
{
    if (backend == Backend::SQLite)
        return {};
    return host.startsWith(QLatin1Char('/')) ? host : QStringLiteral("%1:%2").arg(host).arg(port);
}

QString StoreConfig::displayName() const
{
    if (backend == Backend::SQLite)
        return QDir::toNativeSeparators(databaseName);
    return QStringLiteral("%1@%2/%3").arg(user, serverName(), databaseName);
}
