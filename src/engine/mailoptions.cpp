#include "mailoptions.h"

#include "base/email.h"
#include "base/heldfiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace {

// The messages share the engine's context.
struct Engine
{
    Q_DECLARE_TR_FUNCTIONS(Engine)
};

QString fromEnvironment(const char *name)
{
    return qEnvironmentVariable(name).trimmed();
}

// systemd's LoadCredential= puts it in a file only this service can read.
QString smtpPassword()
{
    if (qEnvironmentVariableIsSet("MYNETWORK_SMTP_PASSWORD"))
        return qEnvironmentVariable("MYNETWORK_SMTP_PASSWORD");
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (credentials.isEmpty())
        return {};
    const QString path = QDir(credentials).filePath(QStringLiteral("smtp-password"));
    // Never a store's file, whatever the directory says: closing it would
    // drop the process's locks on it (HeldFiles).
    if (HeldFiles::isHeld(path))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

}

MailOptions::MailOptions()
    : smtp(QStringLiteral("smtp"),
           Engine::tr(
               "Team store: deliver outbox e-mails through this mail server, smtp://[user@]host[:port] (STARTTLS "
               "required; ?tls=off for a relay on this machine) or smtps://[user@]host[:port]. Also "
               "MYNETWORK_SMTP; the password from MYNETWORK_SMTP_PASSWORD or the systemd credential smtp-password."),
           Engine::tr("url"))
    , mailFrom(QStringLiteral("mail-from"), Engine::tr("The address the e-mails come from (also MYNETWORK_MAIL_FROM)."),
               Engine::tr("address"))
    , timeout(QStringLiteral("smtp-timeout"),
              Engine::tr("How long one e-mail may take before the server counts as away (default 60)."),
              Engine::tr("seconds"), QStringLiteral("60"))
    , joinServer(QStringLiteral("join-server"),
                 Engine::tr("Where invited people reach the team store, as the e-mails name it (default: the "
                            "engine's own server; also MYNETWORK_JOIN_SERVER)."),
                 Engine::tr("host[:port]"))
{
}

bool MailOptions::read(const QCommandLineParser &parser, SmtpSettings *s, QString *error) const
{
    const QString location = parser.isSet(smtp) ? parser.value(smtp) : fromEnvironment("MYNETWORK_SMTP");
    if (location.isEmpty())
        return true;
    if (!SmtpSettings::parse(location, s, error))
        return false;
    s->mailFrom = parser.isSet(mailFrom) ? parser.value(mailFrom) : fromEnvironment("MYNETWORK_MAIL_FROM");
    if (!Email::isValid(s->mailFrom)) {
        *error = Engine::tr("--smtp needs --mail-from with the address the e-mails come from.");
        return false;
    }
    bool ok = false;
    s->timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || s->timeoutSeconds < 1) {
        *error = Engine::tr("--smtp-timeout takes a number of seconds, 1 or more.");
        return false;
    }
    s->password = smtpPassword();
    s->joinServer = parser.isSet(joinServer) ? parser.value(joinServer) : fromEnvironment("MYNETWORK_JOIN_SERVER");
    if (s->joinServer.contains(QLatin1Char('/')) || s->joinServer.contains(QLatin1Char('@'))) {
        *error = Engine::tr("--join-server takes host[:port], without a scheme, login or database.");
        return false;
    }
    return true;
}
