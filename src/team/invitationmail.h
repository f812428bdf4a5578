#pragma once

#include <QByteArray>
#include <QString>

// One outbox row as the e-mail it becomes (R20).
struct OutboxMail
{
    qint64 id = 0;
    int kind = 1; // OutboxKind: the invitation, or its first or second reminder
    QString to;
    QString senderName;
    QString senderEmail;
    QString language; // the sender's: "de" or "en"
    QString note;
    qint64 expiresMs = 0;
    // R21: where and how the invited person joins: the server line
    // (postgresql://JOINLOGIN@host:port/database), the code, and the one
    // line holding both. Empty: the e-mail names no way to join.
    QString joinServer;
    QString joinCode;
    QString joinLine;
};

// The e-mail of an invitation to someone who is not a member yet, in the
// sender's language whatever the engine's: plain text and HTML, From: the
// store's address with the sender's name, Reply-To: the sender, and a
// Message-ID that is the same every time this row is sent, so a mail
// server or a person can tell a repeat (the one duplicate SMTP allows).
namespace InvitationMail {

QByteArray compose(const OutboxMail &mail, const QString &mailFrom, const QString &storeName, qint64 nowMs);
QString messageId(const OutboxMail &mail, const QString &mailFrom, const QString &storeName);
QString subject(const OutboxMail &mail);
QString text(const OutboxMail &mail);
QString html(const OutboxMail &mail);
// What a person sends from their own mail program (a local store): the
// invitation and the note, without the team server's joining.
QString personalText(const OutboxMail &mail);

}
