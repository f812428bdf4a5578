#include "team/invitationmail.h"

#include "base/types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <memory>
#include <mutex>

namespace {

// The words of the e-mail, translated with the sender's language whatever
// language the engine itself runs in.
const char *const kContext = "InvitationMail";
const char *const kSubject = QT_TRANSLATE_NOOP("InvitationMail", "%1 invites you to connect on My Network");
const char *const kReminderSubject = QT_TRANSLATE_NOOP("InvitationMail",
                                                       "Reminder: %1 invites you to connect on My Network");
const char *const kHello = QT_TRANSLATE_NOOP("InvitationMail", "Hello,");
const char *const kInvites = QT_TRANSLATE_NOOP(
    "InvitationMail", "%1 (%2) would like to add you to their professional network on My Network.");
const char *const kNote = QT_TRANSLATE_NOOP("InvitationMail", "%1 wrote:");
const char *const kJoin = QT_TRANSLATE_NOOP("InvitationMail",
                                            "To accept, become a member of the team network with this e-mail "
                                            "address; the invitation waits for you until %1.");
const char *const kJoinSteps = QT_TRANSLATE_NOOP(
    "InvitationMail",
    "To accept, join the team network with My Network: choose “Join a team "
    "network with an invitation code”, give this e-mail address and paste "
    "this line:");
const char *const kJoinParts = QT_TRANSLATE_NOOP("InvitationMail", "Or enter the server %1 and the code %2.");
const char *const kUntil = QT_TRANSLATE_NOOP("InvitationMail", "The invitation waits for you until %1.");
const char *const kReply = QT_TRANSLATE_NOOP("InvitationMail", "Questions? Reply to this e-mail to reach %1.");

QString translated(const QString &language, const char *source)
{
    static std::mutex lock;
    static QHash<QString, std::shared_ptr<QTranslator>> translators;
    std::lock_guard<std::mutex> guard(lock);
    std::shared_ptr<QTranslator> &t = translators[language];
    if (!t) {
        t = std::make_shared<QTranslator>();
        if (!t->load(QStringLiteral(":/i18n/mynetwork_%1.qm").arg(language)))
            t.reset(new QTranslator);
    }
    const QString text = t->translate(kContext, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

// RFC 2047: a header's words in UTF-8, base64 encoded when not ASCII.
QByteArray encodedWord(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return text.toUtf8();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray address(const QString &name, const QString &email)
{
    QString quoted = name;
    quoted.remove(QLatin1Char('"')).remove(QLatin1Char('\\')).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    const QByteArray word = encodedWord(quoted);
    return (word.startsWith("=?") ? word : '"' + word + '"') + " <" + email.toUtf8() + '>';
}

// Base64 in lines of 76: any text, any line length, 7-bit safe.
QByteArray base64Lines(const QByteArray &bytes)
{
    const QByteArray b = bytes.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b.size(); i += 76)
        out += b.mid(i, 76) + "\r\n";
    return out;
}

// The day the invitation expires, as the sender's language writes it.
QString untilText(const OutboxMail &mail)
{
    // A date without its weekday: "bis zum 5. Juni 2027", "until 5 June 2027".
    const bool german = mail.language == QLatin1String("de");
    const QLocale locale(german ? QLocale::German : QLocale::English);
    return locale.toString(QDateTime::fromMSecsSinceEpoch(mail.expiresMs, Qt::UTC).date(),
                           german ? QStringLiteral("d. MMMM yyyy") : QStringLiteral("d MMMM yyyy"));
}

// R21: how to join, where the store gave a code; else where to turn.
QStringList joinParagraphs(const OutboxMail &mail)
{
    if (mail.joinLine.isEmpty())
        return {translated(mail.language, kJoin).arg(untilText(mail))};
    return {translated(mail.language, kJoinSteps), mail.joinLine,
            translated(mail.language, kJoinParts).arg(mail.joinServer, mail.joinCode),
            translated(mail.language, kUntil).arg(untilText(mail))};
}

QString htmlBody(const OutboxMail &mail)
{
    QString h =
        QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><body style=\"font-family:sans-serif\">").arg(mail.language);
    h += QStringLiteral("<p>%1</p><p>%2</p>")
             .arg(translated(mail.language, kHello).toHtmlEscaped(),
                  translated(mail.language, kInvites)
                      .arg(mail.senderName.toHtmlEscaped(), mail.senderEmail.toHtmlEscaped()));
    if (!mail.note.isEmpty())
        h += QStringLiteral("<p>%1</p><blockquote>%2</blockquote>")
                 .arg(translated(mail.language, kNote).arg(mail.senderName).toHtmlEscaped(),
                      mail.note.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    for (const QString &paragraph : joinParagraphs(mail)) {
        h += paragraph == mail.joinLine ? QStringLiteral("<p><code>%1</code></p>").arg(paragraph.toHtmlEscaped())
                                        : QStringLiteral("<p><strong>%1</strong></p>").arg(paragraph.toHtmlEscaped());
    }
    h += QStringLiteral("<p>%1</p></body></html>")
             .arg(translated(mail.language, kReply).arg(mail.senderName).toHtmlEscaped());
    return h;
}

}

namespace InvitationMail {

QString html(const OutboxMail &mail)
{
    return htmlBody(mail);
}

QString subject(const OutboxMail &mail)
{
    const bool reminder = mail.kind != int(OutboxKind::Invitation);
    return translated(mail.language, reminder ? kReminderSubject : kSubject).arg(mail.senderName);
}

QString personalText(const OutboxMail &mail)
{
    QString t = translated(mail.language, kHello) + QLatin1String("\n\n")
        + translated(mail.language, kInvites).arg(mail.senderName, mail.senderEmail) + QLatin1String("\n\n");
    if (!mail.note.isEmpty()) {
        t += translated(mail.language, kNote).arg(mail.senderName) + QLatin1Char('\n');
        for (const QString &line : mail.note.split(QLatin1Char('\n')))
            t += QLatin1String("> ") + line + QLatin1Char('\n');
        t += QLatin1Char('\n');
    }
    return t;
}

QString text(const OutboxMail &mail)
{
    return personalText(mail) + joinParagraphs(mail).join(QLatin1String("\n\n")) + QLatin1String("\n\n")
        + translated(mail.language, kReply).arg(mail.senderName) + QLatin1Char('\n');
}

QString messageId(const OutboxMail &mail, const QString &mailFrom, const QString &storeName)
{
    QString store = storeName;
    for (QChar &c : store) {
        if (!c.isLetterOrNumber() || c.unicode() > 0x7f)
            c = QLatin1Char('-');
    }
    return QStringLiteral("<mynetwork.%1.outbox.%2@%3>")
        .arg(store)
        .arg(mail.id)
        .arg(mailFrom.section(QLatin1Char('@'), 1));
}

QByteArray compose(const OutboxMail &mail, const QString &mailFrom, const QString &storeName, qint64 nowMs)
{
    const QByteArray boundary = "mynetwork-" + QByteArray::number(mail.id) + "-alternative";
    QByteArray m;
    m += "From: " + address(mail.senderName, mailFrom) + "\r\n";
    m += "Reply-To: " + address(mail.senderName, mail.senderEmail) + "\r\n";
    m += "To: <" + mail.to.toUtf8() + ">\r\n";
    m += "Subject: " + encodedWord(subject(mail)) + "\r\n";
    m += "Date: " + QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::RFC2822Date).toUtf8() + "\r\n";
    m += "Message-ID: " + messageId(mail, mailFrom, storeName).toUtf8() + "\r\n";
    m += "Content-Language: " + mail.language.toUtf8() + "\r\n";
    m += "Auto-Submitted: auto-generated\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    m += "--" + boundary + "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(text(mail).toUtf8());
    m += "--" + boundary + "\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(htmlBody(mail).toUtf8());
    m += "--" + boundary + "--\r\n";
    return m;
}

}
