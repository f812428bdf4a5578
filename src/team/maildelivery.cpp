#include "team/maildelivery.h"

#include "base/changeset.h"
#include "base/clock.h"
#include "store/sql.h"
#include "store/store.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>

MailDelivery::MailDelivery(const Store &primary, const SmtpSettings &smtp, const std::atomic<bool> &leading,
                           Clock &clock)
    : m_primary(primary)
    , m_smtp(smtp)
    , m_settings(smtp)
    , m_leading(leading)
    , m_clock(clock)
{
}

MailDelivery::~MailDelivery() = default;

qint64 MailDelivery::retryDelayMs(int attempts)
{
    qint64 delay = kFirstRetryMs;
    for (int i = 1; i < attempts && delay < kLongestRetryMs; ++i)
        delay *= 2;
    return qMin(delay, kLongestRetryMs);
}

void MailDelivery::start()
{
    m_store = std::make_unique<Store>();
    QString error;
    if (!m_store->openWorker(m_primary) || !loadJoinSettings(&error)) {
        emit storeFailed(error.isEmpty() ? m_store->errorMessage() : error);
        return;
    }
    m_timer = new QTimer(this);
    m_timer->setInterval(kLookMs);
    connect(m_timer, &QTimer::timeout, this, [this] { deliverDue(); });
    m_timer->start();
    deliverDue();
}

int MailDelivery::deliverDue(int max)
{
    int delivered = 0;
    for (int i = 0; i < max && m_leading.load(); ++i) {
        QString error;
        std::optional<Claimed> c = claim(&error);
        if (!c) {
            if (!error.isEmpty())
                emit storeFailed(error);
            break;
        }
        const QByteArray message = InvitationMail::compose(c->mail, m_settings.mailFrom, m_store->config().databaseName,
                                                           m_clock.nowMs());
        const SmtpResult result = m_smtp.send(c->mail.to, message, &m_leading);
        if (!record(*c, result, &error)) {
            emit storeFailed(error);
            break;
        }
        delivered += result.ok;
    }
    return delivered;
}

// The next due e-mail, marked as being sent by this connection. Also one
// that another engine claimed and whose session is gone (it died): that
// one may have reached the server already, and goes again as it was.
std::optional<MailDelivery::Claimed> MailDelivery::claim(QString *error)
{
    Transaction tx(*m_store);
    QSqlQuery q(m_store->database());
    if (!tx.isActive()
        || !Sql::exec(
            q,
            QStringLiteral("UPDATE outbox o SET delivery_state = 1, claimed_pid = pg_backend_pid(),"
                           " attempts = o.attempts + 1"
                           " WHERE o.id = (SELECT id FROM outbox WHERE (delivery_state = 0"
                           " AND (next_attempt_ms IS NULL OR next_attempt_ms <= ?)) OR (delivery_state = 1"
                           " AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = outbox.claimed_pid"
                           " AND a.pid <> pg_backend_pid()))"
                           " ORDER BY next_attempt_ms NULLS FIRST, id LIMIT 1 FOR UPDATE SKIP LOCKED)"
                           " RETURNING o.id, o.kind, o.to_email, o.sender_id, COALESCE(o.invitation_id, 0),"
                           " o.created_ms, o.attempts"),
            {m_clock.nowMs()}, error)) {
        if (error->isEmpty())
            *error = tx.error();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Claimed c;
    c.mail.id = q.value(0).toLongLong();
    c.mail.kind = q.value(1).toInt();
    c.mail.to = q.value(2).toString();
    c.senderId = q.value(3).toLongLong();
    c.invitationId = q.value(4).toLongLong();
    c.createdMs = q.value(5).toLongLong();
    c.attempts = q.value(6).toInt();
    q.finish();
    // The code is stored before the e-mail can carry it, in the claim's
    // transaction; the same row always gives the same code.
    if (!describe(&c, error) || !storeJoinCode(&c, error) || !tx.commit(error))
        return std::nullopt;
    return c;
}

// R21: the e-mail's join code, kept only as its SHA-256, valid until the
// invitation expires. E-mails not about an invitation carry none.
bool MailDelivery::storeJoinCode(Claimed *c, QString *error)
{
    if (!c->invitationId || c->mail.expiresMs <= 0 || m_secret.isEmpty() || m_joinRole.isEmpty())
        return true;
    const QString code = joinCode(m_secret, c->mail.id);
    QSqlQuery q(m_store->database());
    if (!Sql::exec(q,
                   QStringLiteral("INSERT INTO join_codes (outbox_id, email_norm, code_hash, expires_ms)"
                                  " VALUES (?, lower(?), sha256(convert_to(?, 'UTF8')), ?)"
                                  " ON CONFLICT (outbox_id) DO NOTHING"),
                   {c->mail.id, c->mail.to, code, c->mail.expiresMs}, error))
        return false;
    c->mail.joinCode = groupedCode(code);
    c->mail.joinServer =
        QStringLiteral("postgresql://%1@%2/%3").arg(m_joinRole, m_settings.joinServer, m_store->config().databaseName);
    c->mail.joinLine = c->mail.joinServer + QStringLiteral("?code=") + code;
    return true;
}

QString MailDelivery::joinCode(const QByteArray &secret, qint64 outboxId)
{
    const QByteArray mac = QMessageAuthenticationCode::hash("outbox:" + QByteArray::number(outboxId), secret,
                                                            QCryptographicHash::Sha256)
                               .left(20);
    // RFC 4648 base32: 160 bits in 32 letters and digits, no 0/1/8 to confuse.
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString code;
    quint64 buffer = 0;
    int bits = 0;
    for (const char byte : mac) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            code.append(QLatin1Char(alphabet[(buffer >> bits) & 31]));
        }
    }
    return code;
}

QString MailDelivery::groupedCode(const QString &code)
{
    QStringList groups;
    for (qsizetype i = 0; i < code.size(); i += 4)
        groups.append(code.mid(i, 4));
    return groups.join(QLatin1Char('-'));
}

// The store's secret for join codes, made once by the first engine; and
// the join login's name, which the e-mails name.
bool MailDelivery::loadJoinSettings(QString *error)
{
    QByteArray fresh(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(fresh.data()), 8);
    QSqlQuery q(m_store->database());
    if (!Sql::exec(q,
                   QStringLiteral("INSERT INTO store_secrets (name, value) VALUES ('join_codes', ?)"
                                  " ON CONFLICT (name) DO NOTHING"),
                   {fresh}, error)
        || !Sql::exec(q, QStringLiteral("SELECT value FROM store_secrets WHERE name = 'join_codes'"), {}, error)
        || !q.next())
        return false;
    m_secret = q.value(0).toByteArray();
    m_joinRole = QStringLiteral("mynetwork_join_%1")
                     .arg(Sql::scalar(m_store->database(),
                                      QStringLiteral("SELECT oid FROM pg_database WHERE datname = current_database()"),
                                      {}));
    if (m_settings.joinServer.isEmpty()) {
        const StoreConfig &config = m_store->config();
        const QString host = config.host.startsWith(QLatin1Char('/')) ? QStringLiteral("localhost") : config.host;
        m_settings.joinServer = QStringLiteral("%1:%2").arg(host).arg(config.port);
    }
    return true;
}

// Who sends it and what they wrote, read with no transaction held.
bool MailDelivery::describe(Claimed *c, QString *error)
{
    QSqlQuery q(m_store->database());
    if (!Sql::exec(q,
                   QStringLiteral("SELECT m.name, m.email, m.language, COALESCE(i.note, ''), COALESCE(i.expires_ms, 0)"
                                  " FROM members m LEFT JOIN invitations i ON i.id = ? WHERE m.id = ?"),
                   {c->invitationId, c->senderId}, error))
        return false;
    if (q.next()) {
        c->mail.senderName = q.value(0).toString();
        c->mail.senderEmail = q.value(1).toString();
        c->mail.language = q.value(2).toString();
        c->mail.note = q.value(3).toString();
        c->mail.expiresMs = q.value(4).toLongLong();
    }
    return true;
}

// Stopped before the server answered (the engine stops or no longer
// leads): the claim is given back as if it had not been made.
bool MailDelivery::release(const Claimed &c, QString *error)
{
    QSqlQuery q(m_store->database());
    return Sql::exec(q,
                     QStringLiteral("UPDATE outbox SET delivery_state = 0, attempts = attempts - 1, claimed_pid = NULL"
                                    " WHERE id = ? AND delivery_state = 1 AND claimed_pid = pg_backend_pid()"),
                     {c.mail.id}, error);
}

bool MailDelivery::record(const Claimed &c, const SmtpResult &result, QString *error)
{
    if (result.stopped)
        return release(c, error);
    const qint64 now = m_clock.nowMs();
    const bool givingUp = !result.ok && (result.permanent || now - c.createdMs >= kGiveUpMs);
    const qint64 retryIn = retryDelayMs(c.attempts);
    // Sent: when, and what the server said; else the error, and when to
    // try again unless this was the last try.
    const int state = result.ok ? 2 : givingUp ? 3 : 0;
    const QVariant noTime(QMetaType(QMetaType::LongLong));
    const QVariant noText(QMetaType(QMetaType::QString));
    const QString reply = result.reply.left(1000);
    const QVariant deliveredAt = result.ok ? QVariant(now) : noTime;
    const QVariant nextAttempt = result.ok || givingUp ? noTime : QVariant(now + retryIn);
    Transaction tx(*m_store);
    QSqlQuery q(m_store->database());
    const bool ok = tx.isActive()
        && Sql::exec(q,
                     QStringLiteral("UPDATE outbox SET delivery_state = ?, delivered_ms = ?, server_reply = ?,"
                                    " last_error = ?, next_attempt_ms = ?, claimed_pid = NULL"
                                    " WHERE id = ? AND delivery_state = 1 AND claimed_pid = pg_backend_pid()"),
                     {state, deliveredAt, result.ok ? QVariant(reply) : noText, result.ok ? noText : QVariant(reply),
                      nextAttempt, c.mail.id},
                     error);
    if (!ok) {
        if (error->isEmpty())
            *error = tx.error();
        return false;
    }
    // The sender's outbox and sent list show what became of it.
    tx.changes().outbox();
    if (c.invitationId)
        tx.changes().invitation(c.invitationId, c.senderId, 0);
    if (!tx.commit(error))
        return false;
    if (result.ok)
        emit delivered(c.mail.id, c.mail.to, result.reply);
    else if (givingUp)
        emit failed(c.mail.id, c.mail.to, result.reply);
    else
        emit deferred(c.mail.id, c.mail.to, result.reply, retryIn);
    return true;
}

// Its own object file for the meta-object code: in the library's shared one
// it would pull the mail delivery, and libcurl under it, into every program
// that uses any of the team's classes (the window only needs ServerLink).
#include "moc_maildelivery.cpp"
