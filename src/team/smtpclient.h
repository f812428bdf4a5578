#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>

// Where the engine hands e-mails over (R20): `smtp://[user@]host[:port]`
// with STARTTLS required unless `?tls=off` (a relay on the same machine),
// or `smtps://` with TLS from the first byte.
struct SmtpSettings
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSettings)
public:
    QString url; // as libcurl takes it: the scheme, host and port only
    QString user;
    QString password;
    QString mailFrom; // the store's own address: the envelope sender and From:
    bool requireTls = true;
    int timeoutSeconds = 60; // a stalled server is a temporary failure after this
    // R21: host[:port] where invited people reach the team store, as the
    // e-mails name it; empty: the engine's own.
    QString joinServer;

    bool isSet() const { return !url.isEmpty(); }
    // False with `error` naming what is wrong in `location`.
    static bool parse(const QString &location, SmtpSettings *settings, QString *error);
};

// What the server said to one e-mail.
struct SmtpResult
{
    bool ok = false;
    // 5xx: retrying cannot help. Anything else that failed (4xx, no
    // answer, no connection, a timeout) may pass later.
    bool permanent = false;
    int code = 0; // the server's last reply code, 0 if none
    bool stopped = false; // ended by `carryOn`, not by the server: no attempt
    QString reply; // the server's last line, or what went wrong before one
};

// One e-mail through libcurl's SMTP, which speaks the protocol (STARTTLS,
// AUTH, dot-stuffing); it blocks until the server has answered or the
// timeout has passed, so it runs on the delivery thread, never holding a
// transaction or the engine's lease.
class SmtpClient final
{
public:
    explicit SmtpClient(const SmtpSettings &settings);
    // `carryOn` false (the engine stops, or no longer leads) ends a transfer
    // under way: the server then has not taken the e-mail.
    SmtpResult send(const QString &to, const QByteArray &message, const std::atomic<bool> *carryOn = nullptr) const;

private:
    SmtpSettings m_settings;
};
