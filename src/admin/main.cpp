// mynetwork-admin: a team store's administration, as its owner login.
#include "base/clock.h"
#include "demo/demogenerator.h"
#include "store/store.h"
#include "base/systemlanguage.h"
#include "team/teamadmin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mynetwork-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MYNETWORK_VERSION));
    SystemLanguage::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Admin", "Administers a My Network team store as its owner login.\n\n"
                 "Commands:\n"
                 "  init [--demo]                                   create or update the store and the member role\n"
                 "  add-member --name N --email E --login L [--password P]\n"
                 "                                                  a new member who signs in as L\n"
                 "  add-login --member ID --login L [--password P]  let an existing member sign in as L\n"
                 "  disable-member --login L                        L can no longer sign in\n"
                 "  list-members [--with-login]                     members, their logins and whether they can sign in\n"
                 "A password left out is generated and shown once."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("Admin", "The team store: postgresql://owner@host[:port]/database."),
                                      QCoreApplication::translate("Admin", "location"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QCoreApplication::translate("Admin", "init: fill a new store with the demo network."));
    const QCommandLineOption nameOption(QStringLiteral("name"), QCoreApplication::translate("Admin", "The member's name."), QCoreApplication::translate("Admin", "name"));
    const QCommandLineOption emailOption(QStringLiteral("email"), QCoreApplication::translate("Admin", "The member's email address."), QCoreApplication::translate("Admin", "address"));
    const QCommandLineOption loginOption(QStringLiteral("login"), QCoreApplication::translate("Admin", "The login (lower-case letters, digits, _)."), QCoreApplication::translate("Admin", "login"));
    const QCommandLineOption passwordOption(QStringLiteral("password"), QCoreApplication::translate("Admin", "The login's password."), QCoreApplication::translate("Admin", "password"));
    const QCommandLineOption memberOption(QStringLiteral("member"), QCoreApplication::translate("Admin", "An existing member's number."), QCoreApplication::translate("Admin", "id"));
    const QCommandLineOption withLoginOption(QStringLiteral("with-login"), QCoreApplication::translate("Admin", "list-members: only members with a login."));
    parser.addOptions({dbOption, demoOption, nameOption, emailOption, loginOption, passwordOption, memberOption,
                       withLoginOption});
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("Admin", "What to do (see above)."));
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    static const QStringList commands{QStringLiteral("init"), QStringLiteral("add-member"), QStringLiteral("add-login"),
                                      QStringLiteral("disable-member"), QStringLiteral("list-members")};
    if (!commands.contains(command) || args.size() != 1) {
        err << QCoreApplication::translate("Admin", "Name one command: %1 (see --help).").arg(commands.join(QLatin1String(", ")))
            << Qt::endl;
        return 2;
    }
    StoreConfig config;
    QString error;
    if (!parser.isSet(dbOption) || !StoreConfig::fromLocation(parser.value(dbOption), &config, &error)
        || !config.isTeam()) {
        err << (error.isEmpty() ? QCoreApplication::translate("Admin", "Name the team store with --db postgresql://… (see --help).") : error)
            << Qt::endl;
        return 2;
    }
    const auto need = [&](const QList<const QCommandLineOption *> &options) {
        for (const QCommandLineOption *o : options) {
            if (!parser.isSet(*o)) {
                err << QCoreApplication::translate("Admin", "%1 needs --%2.").arg(command, o->names().first()) << Qt::endl;
                return false;
            }
        }
        return true;
    };
    Store store;
    if (!store.open(config)) {
        err << store.errorMessage() << Qt::endl;
        return 1;
    }
    SystemClock clock;
    TeamAdmin admin(store, clock);
    QString password = parser.value(passwordOption);
    const bool generated = password.isEmpty();
    bool ok = false;
    if (command == QLatin1String("init")) {
        if (store.wasCreated() && parser.isSet(demoOption)) {
            DemoGenerator generator(store);
            if (!generator.generate(DemoOptions::demo(clock.nowMs()), &error)) {
                err << error << Qt::endl;
                return 1;
            }
        }
        ok = admin.prepare(&error);
        if (ok)
            out << (store.wasCreated() ? QCoreApplication::translate("Admin", "Created the team store %1.")
                                       : QCoreApplication::translate("Admin", "The team store %1 is ready."))
                       .arg(config.displayName())
                << Qt::endl;
    } else if (command == QLatin1String("add-member")) {
        if (!need({&nameOption, &emailOption, &loginOption}))
            return 2;
        const qint64 id = admin.addMember(parser.value(nameOption), parser.value(emailOption), parser.value(loginOption),
                                          &password, &error);
        ok = id != 0;
        if (ok)
            out << QCoreApplication::translate("Admin", "Member %1 signs in as %2.").arg(id).arg(parser.value(loginOption)) << Qt::endl;
    } else if (command == QLatin1String("add-login")) {
        if (!need({&memberOption, &loginOption}))
            return 2;
        ok = admin.addLogin(parser.value(memberOption).toLongLong(), parser.value(loginOption), &password, &error);
        if (ok)
            out << QCoreApplication::translate("Admin", "Member %1 signs in as %2.").arg(parser.value(memberOption), parser.value(loginOption))
                << Qt::endl;
    } else if (command == QLatin1String("disable-member")) {
        if (!need({&loginOption}))
            return 2;
        ok = admin.disable(parser.value(loginOption), &error);
        if (ok)
            out << QCoreApplication::translate("Admin", "%1 can no longer sign in.").arg(parser.value(loginOption)) << Qt::endl;
    } else {
        const QList<TeamAdmin::MemberRow> rows = admin.members(parser.isSet(withLoginOption), &error);
        ok = error.isEmpty();
        for (const TeamAdmin::MemberRow &r : rows) {
            out << r.id << '\t' << r.name << '\t' << r.email << '\t' << r.login << '\t'
                << (r.login.isEmpty() ? QString() : r.canSignIn ? QCoreApplication::translate("Admin", "can sign in") : QCoreApplication::translate("Admin", "disabled"))
                << '\n';
        }
    }
    if (!ok) {
        err << error << Qt::endl;
        return 1;
    }
    if (generated && (command == QLatin1String("add-member") || command == QLatin1String("add-login")))
        out << QCoreApplication::translate("Admin", "Password (shown only now): %1").arg(password) << Qt::endl;
    return 0;
}
