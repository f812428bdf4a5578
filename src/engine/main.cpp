// mynetwork-engine: the expiry engine without a window, for a server.
#include "delivery.h"
#include "mailoptions.h"

#include "base/systemlanguage.h"
#include "rules/expiryengine.h"
#include "runtime/appcontext.h"
#include "store/store.h"
#include "team/serverlink.h"
#include "team/teamservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGTERM (systemctl stop) and SIGINT end the event loop, so the current
// run's transaction finishes or rolls back and the leader lock is let go.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte;
        [[maybe_unused]] const ssize_t got = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

void log(const QString &line)
{
    QTextStream(stdout) << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << ' ' << line << Qt::endl;
}

// What was asked, parsed once.
struct Request
{
    StoreConfig config;
    bool once = false;
    bool demo = false;
    TeamService::Limits limits;
    SmtpSettings smtp; // unset: e-mails stay in the outbox
};

// Fills `r` from the command line; 0, or the exit code after a message.
int parse(const QCoreApplication &app, Request *r, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Engine",
        "Sends the reminders and expires the invitations of a My Network store. Any number may run against one "
        "team store: one leads, the others take over within seconds when it stops."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("Engine", "The store: postgresql://login@host[:port]/database, or an SQLite file."),
        QCoreApplication::translate("Engine", "location"));
    const QCommandLineOption onceOption(
        QStringLiteral("once"),
        QCoreApplication::translate("Engine", "Do what is due now (if no other engine leads) and quit."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("Engine", "Fill a store that does not exist yet with the demo network."));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-transaction-limit"),
        QCoreApplication::translate(
            "Engine", "Team store: end a member's session idle in a transaction for longer (default 60)."),
        QCoreApplication::translate("Engine", "seconds"), QStringLiteral("60"));
    const MailOptions mail;
    parser.addOptions({dbOption, onceOption, demoOption, idleOption});
    parser.addOptions(mail.all());
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        err << QCoreApplication::translate("Engine", "Name the store with --db (see --help).") << Qt::endl;
        return 2;
    }
    QString error;
    if (!StoreConfig::fromLocation(parser.value(dbOption), &r->config, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    bool secondsOk = false;
    const int idleSeconds = parser.value(idleOption).toInt(&secondsOk);
    if (!secondsOk || idleSeconds < 1) {
        err << QCoreApplication::translate("Engine", "--idle-transaction-limit takes a number of seconds, 1 or more.")
            << Qt::endl;
        return 2;
    }
    r->limits.idleInTransactionMs = qint64(idleSeconds) * 1000;
    r->once = parser.isSet(onceOption);
    r->demo = parser.isSet(demoOption);
    if (!mail.read(parser, &r->smtp, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    if (r->smtp.isSet() && !r->config.isTeam()) {
        err << QCoreApplication::translate("Engine",
                                           "--smtp delivers a team store's e-mails; a local store's outbox is "
                                           "sent from its window with the person's own mail program.")
            << Qt::endl;
        return 2;
    }
    return 0;
}

// Every event of the engine and the server link, as a line of the log.
void logEvents(QCoreApplication &app, AppContext &context)
{
    ExpiryEngine &engine = context.engine();
    QObject::connect(&engine, &ExpiryEngine::ran, &app, [](const EngineReport &report) {
        if (report.isEmpty())
            return;
        log(QCoreApplication::translate("Engine", "Sent %n reminder(s)", nullptr, report.remindersSent)
            + QStringLiteral(", ")
            + QCoreApplication::translate("Engine", "expired %n invitation(s)", nullptr, int(report.expired.size()))
            + QStringLiteral(", ")
            + QCoreApplication::translate("Engine", "purged %n address invitation(s).", nullptr,
                                          int(report.purged.size())));
    });
    QObject::connect(&engine, &ExpiryEngine::failed, &app, [&engine](const QString &message) {
        log(QCoreApplication::translate("Engine", "The run failed (%1); retrying in %2 ms.")
                .arg(message.simplified())
                .arg(engine.retryDelayMs()));
    });
    QObject::connect(&engine, &ExpiryEngine::leadershipChanged, &app, [](bool leader) {
        log(leader ? QCoreApplication::translate(
                "Engine", "Leading: this engine sends the reminders and expires invitations now.")
                   : QCoreApplication::translate("Engine", "Standing by: another engine leads."));
    });
    QObject::connect(&context.link(), &ServerLink::reconnecting, &app, [](const QString &why, int retryInMs) {
        log(QCoreApplication::translate("Engine", "The server is away (%1); reconnecting in %2 ms.")
                .arg(why.simplified())
                .arg(retryInMs));
    });
    QObject::connect(&context.link(), &ServerLink::reconnected, &app,
                     [] { log(QCoreApplication::translate("Engine", "Reconnected.")); });
}

// Opens and checks the store; 0, or the exit code after a message.
int open(AppContext &context, const Request &r, QTextStream &err)
{
    QString error;
    if (!context.open(r.config, r.demo, &error, AppContext::Role::Engine) || !context.checkNow(&error)) {
        err << error << Qt::endl;
        return 1;
    }
    if (context.store().dialect().isMemberSession()) {
        // It would stand by for ever: only the owner may write what it writes.
        err << QCoreApplication::translate("Engine",
                                           "%1 signs in as a member's login; the engine needs the store "
                                           "owner's login.")
                   .arg(r.config.displayName())
            << Qt::endl;
        return 2;
    }
    if (context.store().wasCreated())
        log(QCoreApplication::translate("Engine", "Created the store %1.").arg(r.config.displayName()));
    return 0;
}

// As a service until a signal: the engine, and on a team store the owner's
// service (notices, stuck sessions, pruning).
int serve(QCoreApplication &app, AppContext &context, const Request &r)
{
    quitOnSignals(app);
    TeamService service(context.store(), r.limits);
    QObject::connect(&service, &TeamService::logged, &app, [](const QString &line) { log(line); });
    QString error;
    if (!context.store().dialect().isSQLite() && !service.start(&error))
        log(error);
    log(QCoreApplication::translate("Engine", "Started on %1.").arg(r.config.displayName()));
    context.start();
    std::unique_ptr<DeliveryThread> delivery;
    if (r.smtp.isSet()) {
        delivery = std::make_unique<DeliveryThread>(context.store(), context.engine(), r.smtp);
        delivery->start();
        log(QCoreApplication::translate("Engine", "Delivering e-mails through %1 while leading.").arg(r.smtp.url));
    }
    if (!context.engine().isLeader())
        log(QCoreApplication::translate("Engine", "Standing by: another engine leads."));
    const int code = app.exec();
    log(QCoreApplication::translate("Engine", "Stopped."));
    return code;
}

}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MyNetwork"));
    QCoreApplication::setApplicationName(QStringLiteral("mynetwork-engine"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MYNETWORK_VERSION));
    SystemLanguage::install(app);

    QTextStream err(stderr);
    Request request;
    if (const int code = parse(app, &request, err))
        return code;
    AppContext context;
    if (const int code = open(context, request, err))
        return code;
    logEvents(app, context);
    if (!request.once)
        return serve(app, context, request);
    if (!context.engine().runNow())
        return 1;
    if (!context.engine().isLeader())
        log(QCoreApplication::translate("Engine", "Another engine leads; nothing done."));
    return 0;
}
