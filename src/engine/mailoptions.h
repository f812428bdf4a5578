#pragma once

#include "team/smtpclient.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

// The engine's mail server (R20): --smtp, --mail-from and --smtp-timeout,
// each also from the environment (/etc/mynetwork/engine.conf under
// systemd: MYNETWORK_SMTP, MYNETWORK_MAIL_FROM), and the password from
// MYNETWORK_SMTP_PASSWORD or the systemd credential "smtp-password" —
// never from the command line, where every login of the machine sees it.
struct MailOptions
{
    MailOptions();
    QList<QCommandLineOption> all() const { return {smtp, mailFrom, timeout, joinServer}; }
    // No server named: `settings` stays unset. False with `error` on a
    // setting that cannot work.
    bool read(const QCommandLineParser &parser, SmtpSettings *settings, QString *error) const;

    QCommandLineOption smtp;
    QCommandLineOption mailFrom;
    QCommandLineOption timeout;
    QCommandLineOption joinServer;
};
