// mynetwork-admin: a team store's administration, as its owner login.
#include "memberimport.h"

#include "base/clock.h"
#include "base/systemlanguage.h"
#include "demo/demogenerator.h"
#include "store/store.h"
#include "team/teamadmin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {

// What was asked, parsed once: the command, the store and the options.
struct Request
{
    QString command;
    StoreConfig config;
    QString name, email, login, password;
    QHash<QString, QString> profile; // set-profile: the fields given
    MemberImportRequest import;
    qint64 member = 0;
    bool demo = false;
    bool withLogin = false;
    QStringList missing; // options the command needs and did not get
};

struct Options
{
    QCommandLineOption db{
        QStringLiteral("db"),
        QCoreApplication::translate("Admin", "The team store: postgresql://owner@host[:port]/database."),
        QCoreApplication::translate("Admin", "location")};
    QCommandLineOption pooler{
        QStringLiteral("pooler"),
        QCoreApplication::translate("Admin",
                                    "Send the commands through the connection pooler at <location> (PgBouncer in "
                                    "transaction mode); init, which may migrate the store, runs on the server itself."),
        QCoreApplication::translate("Admin", "location")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("Admin", "init: fill a new store with the demo network.")};
    QCommandLineOption name{QStringLiteral("name"), QCoreApplication::translate("Admin", "The member's name."),
                            QCoreApplication::translate("Admin", "name")};
    QCommandLineOption email{QStringLiteral("email"),
                             QCoreApplication::translate("Admin", "The member's email address."),
                             QCoreApplication::translate("Admin", "address")};
    QCommandLineOption login{QStringLiteral("login"),
                             QCoreApplication::translate("Admin", "The login (lower-case letters, digits, _)."),
                             QCoreApplication::translate("Admin", "login")};
    QCommandLineOption password{QStringLiteral("password"),
                                QCoreApplication::translate("Admin", "The login's password."),
                                QCoreApplication::translate("Admin", "password")};
    QCommandLineOption member{QStringLiteral("member"),
                              QCoreApplication::translate("Admin", "An existing member's number."),
                              QCoreApplication::translate("Admin", "id")};
    QCommandLineOption withLogin{QStringLiteral("with-login"),
                                 QCoreApplication::translate("Admin", "list-members: only members with a login.")};
    QCommandLineOption headline{QStringLiteral("headline"),
                                QCoreApplication::translate("Admin", "set-profile: the headline."),
                                QCoreApplication::translate("Admin", "text")};
    QCommandLineOption company{QStringLiteral("company"),
                               QCoreApplication::translate("Admin", "set-profile: the company."),
                               QCoreApplication::translate("Admin", "text")};
    QCommandLineOption school{QStringLiteral("school"),
                              QCoreApplication::translate("Admin", "set-profile: the school."),
                              QCoreApplication::translate("Admin", "text")};
    QCommandLineOption location{QStringLiteral("location"),
                                QCoreApplication::translate("Admin", "set-profile: where the member is."),
                                QCoreApplication::translate("Admin", "text")};
    QCommandLineOption phone{QStringLiteral("phone"), QCoreApplication::translate("Admin", "set-profile: the phone."),
                             QCoreApplication::translate("Admin", "text")};
    QCommandLineOption passwords{
        QStringLiteral("passwords"),
        QCoreApplication::translate("Admin", "import-members: a new file for the logins' passwords."),
        QCoreApplication::translate("Admin", "file")};
    QCommandLineOption check{QStringLiteral("check"),
                             QCoreApplication::translate("Admin", "import-members: check the file, change nothing.")};
};

void describe(QCommandLineParser &parser, const Options &o)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "Admin",
        "Administers a My Network team store as its owner login.\n\n"
        "Commands:\n"
        "  init [--demo]                                   create or update the store and the member role\n"
        "  add-member --name N --email E --login L [--password P]\n"
        "                                                  a new member who signs in as L\n"
        "  add-login --member ID --login L [--password P]  let an existing member sign in as L\n"
        "  disable-member --login L                        L can no longer sign in\n"
        "  list-members [--with-login]                     members, their logins and whether they can sign in\n"
        "  set-profile --member ID [--name N] [--email E] [--headline H] [--company C] [--school S]\n"
        "              [--location L] [--phone P]          change one member's profile\n"
        "  import-members FILE --passwords OUT [--check]   an organisation's people from a CSV, vCard or\n"
        "                                                  LDIF export, all or none, with generated logins\n"
        "A password left out is generated and shown once."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({o.db, o.pooler, o.demo, o.name, o.email, o.login, o.password, o.member, o.withLogin, o.headline, o.company,
                       o.school, o.location, o.phone, o.passwords, o.check});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("Admin", "What to do (see above)."));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("Admin", "import-members: the export to read."),
                                 QStringLiteral("[file]"));
}

// The options the command cannot do without, or a message.
bool hasNeeded(const QCommandLineParser &parser, const Options &o, const QString &command, QTextStream &err)
{
    const QHash<QString, QList<const QCommandLineOption *>> needs{
        {QStringLiteral("add-member"), {&o.name, &o.email, &o.login}},
        {QStringLiteral("add-login"), {&o.member, &o.login}},
        {QStringLiteral("disable-member"), {&o.login}},
        {QStringLiteral("set-profile"), {&o.member}},
        {QStringLiteral("import-members"), {&o.passwords}},
    };
    for (const QCommandLineOption *option : needs.value(command)) {
        // --check writes no passwords.
        if (!parser.isSet(*option) && !(option == &o.passwords && parser.isSet(o.check))) {
            err << QCoreApplication::translate("Admin", "%1 needs --%2.").arg(command, option->names().first())
                << Qt::endl;
            return false;
        }
    }
    return true;
}

// Fills `r` from the command line; 0, or the exit code after a message.
int parse(const QCoreApplication &app, Request *r, QTextStream &err)
{
    QCommandLineParser parser;
    const Options o;
    describe(parser, o);
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    r->command = args.value(0);
    static const QStringList commands{QStringLiteral("init"),          QStringLiteral("add-member"),
                                      QStringLiteral("add-login"),     QStringLiteral("disable-member"),
                                      QStringLiteral("list-members"),  QStringLiteral("set-profile"),
                                      QStringLiteral("import-members")};
    const qsizetype arguments = r->command == QLatin1String("import-members") ? 2 : 1;
    if (!commands.contains(r->command) || args.size() != arguments) {
        err << QCoreApplication::translate("Admin", "Name one command: %1 (see --help).")
                   .arg(commands.join(QLatin1String(", ")))
            << Qt::endl;
        return 2;
    }
    QString error;
    if (!parser.isSet(o.db) || !StoreConfig::fromLocation(parser.value(o.db), &r->config, &error)
        || !r->config.isTeam()) {
        err << (error.isEmpty()
                    ? QCoreApplication::translate("Admin", "Name the team store with --db postgresql://… (see --help).")
                    : error)
            << Qt::endl;
        return 2;
    }
    if (parser.isSet(o.pooler) && !r->config.setPooler(parser.value(o.pooler), &error)) {
        err << error << Qt::endl;
        return 2;
    }
    if (r->command == QLatin1String("init"))
        r->config = r->config.direct(); // a migration needs the server's own session
    if (!hasNeeded(parser, o, r->command, err))
        return 2;
    r->name = parser.value(o.name);
    r->email = parser.value(o.email);
    r->login = parser.value(o.login);
    r->password = parser.value(o.password);
    r->member = parser.value(o.member).toLongLong();
    r->demo = parser.isSet(o.demo);
    r->withLogin = parser.isSet(o.withLogin);
    r->import = {args.value(1), parser.value(o.passwords), parser.isSet(o.check)};
    for (const QCommandLineOption *field :
         {&o.name, &o.email, &o.headline, &o.company, &o.school, &o.location, &o.phone}) {
        if (parser.isSet(*field))
            r->profile.insert(field->names().first(), parser.value(*field));
    }
    return 0;
}

bool init(Store &store, TeamAdmin &admin, const Request &r, QTextStream &out, QString *error)
{
    if (store.wasCreated() && r.demo) {
        DemoGenerator generator(store);
        if (!generator.generate(DemoOptions::demo(SystemClock().nowMs()), error))
            return false;
    }
    if (!admin.prepare(error))
        return false;
    out << (store.wasCreated() ? QCoreApplication::translate("Admin", "Created the team store %1.")
                               : QCoreApplication::translate("Admin", "The team store %1 is ready."))
               .arg(r.config.displayName())
        << Qt::endl;
    return true;
}

void list(TeamAdmin &admin, const Request &r, QTextStream &out, QString *error)
{
    for (const TeamAdmin::MemberRow &row : admin.members(r.withLogin, error)) {
        out << row.id << '\t' << row.name << '\t' << row.email << '\t' << row.login << '\t'
            << (row.login.isEmpty() ? QString()
                    : row.canSignIn ? QCoreApplication::translate("Admin", "can sign in")
                                    : QCoreApplication::translate("Admin", "disabled"))
            << '\n';
    }
}

// Runs the command; false with `error` set when it failed.
bool run(Store &store, Request &r, QTextStream &out, QString *error)
{
    SystemClock clock;
    TeamAdmin admin(store, clock);
    if (r.command == QLatin1String("init"))
        return init(store, admin, r, out, error);
    if (r.command == QLatin1String("add-member")) {
        const qint64 id = admin.addMember(r.name, r.email, r.login, &r.password, error);
        if (id)
            out << QCoreApplication::translate("Admin", "Member %1 signs in as %2.").arg(id).arg(r.login) << Qt::endl;
        return id != 0;
    }
    if (r.command == QLatin1String("add-login")) {
        const bool ok = admin.addLogin(r.member, r.login, &r.password, error);
        if (ok)
            out << QCoreApplication::translate("Admin", "Member %1 signs in as %2.")
                       .arg(QString::number(r.member), r.login)
                << Qt::endl;
        return ok;
    }
    if (r.command == QLatin1String("disable-member")) {
        const bool ok = admin.disable(r.login, error);
        if (ok)
            out << QCoreApplication::translate("Admin", "%1 can no longer sign in.").arg(r.login) << Qt::endl;
        return ok;
    }
    if (r.command == QLatin1String("set-profile")) {
        const bool ok = admin.setProfile(r.member, r.profile, error);
        if (ok)
            out << QCoreApplication::translate("Admin", "The profile of member %1 was saved.").arg(r.member)
                << Qt::endl;
        return ok;
    }
    list(admin, r, out, error);
    return error->isEmpty();
}

}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mynetwork-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MYNETWORK_VERSION));
    SystemLanguage::install(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Request request;
    if (const int code = parse(app, &request, err))
        return code;
    Store store;
    if (!store.open(request.config)) {
        err << store.errorMessage() << Qt::endl;
        return 1;
    }
    if (request.command == QLatin1String("import-members")) {
        SystemClock clock;
        TeamAdmin admin(store, clock);
        return importMembers(admin, request.import, out, err);
    }
    const bool generated = request.password.isEmpty();
    QString error;
    if (!run(store, request, out, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    if (generated && (request.command == QLatin1String("add-member") || request.command == QLatin1String("add-login")))
        out << QCoreApplication::translate("Admin", "Password (shown only now): %1").arg(request.password) << Qt::endl;
    return 0;
}
