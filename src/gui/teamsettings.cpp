#include "gui/teamsettings.h"

#include <QSettings>

namespace TeamSettings {

StoreConfig last()
{
    QSettings s;
    s.beginGroup(QStringLiteral("team"));
    StoreConfig c;
    c.backend = StoreConfig::Backend::PostgreSQL;
    c.host = s.value(QStringLiteral("host")).toString();
    c.port = s.value(QStringLiteral("port"), 5432).toInt();
    c.databaseName = s.value(QStringLiteral("database")).toString();
    c.user = s.value(QStringLiteral("login"), qEnvironmentVariable("USER")).toString();
    c.sslMode = s.value(QStringLiteral("sslmode"), QStringLiteral("prefer")).toString();
    // Checked when the dialog kept it.
    c.replicaLocation = s.value(QStringLiteral("replica")).toString();
    c.poolerLocation = s.value(QStringLiteral("pooler")).toString();
    return c;
}

std::optional<StoreConfig> active()
{
    if (!QSettings().value(QStringLiteral("team/active")).toBool())
        return std::nullopt;
    const StoreConfig c = last();
    if (c.host.isEmpty() || c.databaseName.isEmpty())
        return std::nullopt;
    return c;
}

void choose(const StoreConfig &config)
{
    QSettings s;
    s.beginGroup(QStringLiteral("team"));
    s.setValue(QStringLiteral("host"), config.host);
    s.setValue(QStringLiteral("port"), config.port);
    s.setValue(QStringLiteral("database"), config.databaseName);
    s.setValue(QStringLiteral("login"), config.user);
    s.setValue(QStringLiteral("sslmode"), config.sslMode);
    s.setValue(QStringLiteral("replica"), config.replicaLocation);
    s.setValue(QStringLiteral("pooler"), config.poolerLocation);
    s.setValue(QStringLiteral("active"), true);
}

void useLocalStore()
{
    QSettings().setValue(QStringLiteral("team/active"), false);
}

}
