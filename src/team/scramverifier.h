#pragma once

#include <QByteArray>
#include <QString>

// PostgreSQL's stored form of a password for SCRAM-SHA-256 (RFC 5802,
// RFC 7677), as libpq's PQencryptPasswordConn makes it. A role created
// with it as its PASSWORD works the same, but the clear password never
// reaches the server, so it cannot end up in the server's log.
namespace ScramVerifier {

// "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>" (base64).
QString make(const QString &password, const QByteArray &salt, int iterations = 4096);
// The same with 16 random bytes of salt.
QString make(const QString &password);

}
