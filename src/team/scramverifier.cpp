#include "team/scramverifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA-256 for one block: SCRAM's SaltedPassword (RFC 5802 Hi()).
QByteArray saltedPassword(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray u = hmac(password, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (qsizetype b = 0; b < result.size(); ++b)
            result[b] = char(result.at(b) ^ u.at(b));
    }
    return result;
}

}

namespace ScramVerifier {

QString make(const QString &password, const QByteArray &salt, int iterations)
{
    // SASLprep, as far as it matters for real passwords: compatibility
    // composition (plain ASCII passwords are unchanged).
    const QByteArray normalized = password.normalized(QString::NormalizationForm_KC).toUtf8();
    const QByteArray salted = saltedPassword(normalized, salt, iterations);
    const QByteArray storedKey = QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

QString make(const QString &password)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    return make(password, salt);
}

}
