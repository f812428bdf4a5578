#pragma once

#include "pgserver.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A throw-away PgBouncer in transaction mode in front of a test server's
// database, on a socket of its own, stopped at the end. Its clients sign in
// with SCRAM against the logins' own secrets (read from the server), and it
// reaches the server as those logins. Two names for the one database:
// "pooled" (its server connections choose the store's schema, as
// docs/team-admin.md shows) and "bare" (they do not).
class PgBouncer final
{
public:
    PgBouncer() = default;
    ~PgBouncer();
    // `poolSize` server connections per login at most.
    bool start(PgServer &server, const QString &database, const QStringList &logins, int poolSize);
    QString whyNot() const { return m_whyNot; }
    bool installed() const;
    // A location for --pooler: postgresql:///<name>?host=…&port=….
    QString location(const QString &name = QStringLiteral("pooled")) const;

private:
    bool writeConfig(PgServer &server, const QString &database, const QStringList &logins, int poolSize);
    QTemporaryDir m_dir;
    int m_port = 0;
    QString m_whyNot;
};
