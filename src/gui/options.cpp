#include "gui/options.h"

#include "gui/language.h"
#include "gui/teamsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>

namespace {

const QCommandLineOption &backupFolderOption()
{
    static const QCommandLineOption option(
        QStringLiteral("backups"),
        QCoreApplication::translate("Application",
                                    "Keep the local store's backups in <folder> (default: backups beside "
                                    "the store; also the setting backups/folder)."),
        QCoreApplication::translate("Application", "folder"));
    return option;
}

const QCommandLineOption &backupsKeptOption()
{
    static const QCommandLineOption option(
        QStringLiteral("backups-kept"),
        QCoreApplication::translate("Application",
                                    "Keep the last <n> backups (default 7, 0 takes none; also the setting "
                                    "backups/kept)."),
        QCoreApplication::translate("Application", "n"));
    return option;
}

// The backups' place and number: the command line, else the settings.
bool readBackupOptions(const QCommandLineParser &parser, StoreConfig *config)
{
    const QSettings settings;
    config->backupFolder = parser.isSet(backupFolderOption())
        ? parser.value(backupFolderOption())
        : settings.value(QStringLiteral("backups/folder")).toString();
    bool ok = true;
    const QString kept = parser.isSet(backupsKeptOption())
        ? parser.value(backupsKeptOption())
        : settings.value(QStringLiteral("backups/kept"), 7).toString();
    config->backupsKept = kept.toInt(&ok);
    if (!ok || config->backupsKept < 0) {
        QTextStream(stderr) << QCoreApplication::translate("Application",
                                                           "The number of backups “%1” is not a whole "
                                                           "number of 0 or more.")
                                   .arg(kept)
                            << Qt::endl;
        return false;
    }
    return true;
}

// --size as <width>x<height>, each at least 200.
bool readSize(const QString &text, QSize *size)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    const int width = parts.value(0).toInt();
    const int height = parts.size() == 2 ? parts.value(1).toInt() : 0;
    if (width < 200 || height < 200) {
        QTextStream(stderr) << QCoreApplication::translate("Application",
                                                           "The size “%1” is not <width>x<height> of at least 200x200.")
                                   .arg(text)
                            << Qt::endl;
        return false;
    }
    *size = QSize(width, height);
    return true;
}

}

namespace {

// The app's command-line options, made once for parse().
struct Switches
{
    QCommandLineOption dbOption;
    QCommandLineOption replicaOption;
    QCommandLineOption poolerOption;
    QCommandLineOption langOption;
    QCommandLineOption noDemoOption;
    QCommandLineOption memberOption;
    QCommandLineOption screenshotOption;
    QCommandLineOption sizeOption;
    QCommandLineOption pageOption;
    QCommandLineOption importPreviewOption;
    QCommandLineOption encodingOption;
    QCommandLineOption firstPaintOption;
};

Switches switches()
{
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("Application",
                                    "Use the store at <location> instead of the default: an SQLite file path, "
                                    "or a team server as postgresql://login@host[:port]/database[?sslmode=require]."),
        QCoreApplication::translate("Application", "location"));
    const QCommandLineOption replicaOption(
        QStringLiteral("replica"),
        QCoreApplication::translate("Application",
                                    "With a team store: read people you may know and searches on the read replica at "
                                    "<location> (a standby of the server, postgresql://host[:port]/database)."),
        QCoreApplication::translate("Application", "location"));
    const QCommandLineOption poolerOption(
        QStringLiteral("pooler"),
        QCoreApplication::translate("Application",
                                    "With a team store: send its queries through the connection pooler at <location> "
                                    "(PgBouncer in transaction mode, postgresql://host[:port]/database)."),
        QCoreApplication::translate("Application", "location"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("Application", "Interface language: de or en."),
                                        QCoreApplication::translate("Application", "language"));
    const QCommandLineOption noDemoOption(
        QStringLiteral("no-demo"),
        QCoreApplication::translate("Application", "Do not fill a new database with the demo network."));
    const QCommandLineOption memberOption(
        QStringLiteral("member"),
        QCoreApplication::translate("Application", "Sign in as the member with the number <id>."),
        QCoreApplication::translate("Application", "id"), QStringLiteral("1"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("Application", "Save a picture of the window to <file> and quit."),
        QCoreApplication::translate("Application", "file"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QCoreApplication::translate("Application", "Size of the picture --screenshot saves, as <width>x<height>."),
        QCoreApplication::translate("Application", "size"), QStringLiteral("1100x760"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QCoreApplication::translate(
            "Application",
            "Open on <page>: mynetwork, received, sent, connections, notifications, outbox, profile:ID, "
            "search:TEXT, import:FILE, contacts, restore, withdraw, edit-profile[:PICTURE], welcome, connect, join, "
            "invitation-mail, about or user-guide."),
        QCoreApplication::translate("Application", "page"), QStringLiteral("mynetwork"));
    const QCommandLineOption importPreviewOption(
        QStringLiteral("import-preview"),
        QCoreApplication::translate("Application",
                                    "Print what importing the address book <file> would find, and quit."),
        QCoreApplication::translate("Application", "file"));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"),
        QCoreApplication::translate("Application",
                                    "With --import-preview: read the file as <name> (Shift_JIS, KOI8-R, ISO-8859-2, …) "
                                    "instead of guessing its encoding."),
        QCoreApplication::translate("Application", "name"));
    // For the benchmark: quit as soon as the window has painted once.
    QCommandLineOption firstPaintOption(QStringLiteral("exit-after-first-paint"));
    firstPaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    return Switches{dbOption,     replicaOption,       poolerOption,     langOption,
                    noDemoOption, memberOption,        screenshotOption, sizeOption,
                    pageOption,   importPreviewOption, encodingOption,   firstPaintOption};
}

}

Options Options::parse(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Application", "My Network: grow your professional network with invitations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Switches sw = switches();
    parser.addOptions({sw.dbOption, sw.replicaOption, sw.poolerOption, sw.langOption, sw.noDemoOption, sw.memberOption,
                       sw.screenshotOption, sw.sizeOption, sw.pageOption, sw.importPreviewOption, sw.encodingOption,
                       sw.firstPaintOption, backupFolderOption(), backupsKeptOption()});
    parser.process(app);

    Options o;
    const QString lang = parser.value(sw.langOption);
    if (parser.isSet(sw.langOption) && !Language::available().contains(lang)) {
        QTextStream(stderr)
            << QCoreApplication::translate("Application", "Unknown language “%1”: use de or en.").arg(lang) << Qt::endl;
        o.exitCode = 2;
        return o;
    }
    // Without --db: the team server chosen in the Connect dialog, if any.
    o.config = TeamSettings::active().value_or(StoreConfig::defaultSqlite());
    QString error;
    if (parser.isSet(sw.dbOption) && !StoreConfig::fromLocation(parser.value(sw.dbOption), &o.config, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        o.exitCode = 2;
        return o;
    }
    if ((parser.isSet(sw.replicaOption) && !o.config.setReplica(parser.value(sw.replicaOption), &error))
        || (parser.isSet(sw.poolerOption) && !o.config.setPooler(parser.value(sw.poolerOption), &error))) {
        QTextStream(stderr) << error << Qt::endl;
        o.exitCode = 2;
        return o;
    }
    o.memberGiven = parser.isSet(sw.memberOption);
    if (o.config.isTeam() && o.memberGiven) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "Application",
                                   "--member is for a local store. On the team store %1 you act as the "
                                   "member tied to your login (%2); sign in with another login instead.")
                                   .arg(o.config.serverName(), o.config.user)
                            << Qt::endl;
        o.exitCode = 2;
        return o;
    }
    // The window waits at most this long for another program's write lock;
    // past it an action says the store is busy and the engine retries later.
    o.config.busyTimeoutMs = 500;
    if (!readBackupOptions(parser, &o.config)) {
        o.exitCode = 2;
        return o;
    }
    o.demo = !parser.isSet(sw.noDemoOption);
    o.member = parser.value(sw.memberOption).toLongLong();
    o.page = parser.value(sw.pageOption);
    o.screenshot = parser.value(sw.screenshotOption);
    if (!readSize(parser.value(sw.sizeOption), &o.screenshotSize)) {
        o.exitCode = 2;
        return o;
    }
    o.importPreview = parser.value(sw.importPreviewOption);
    o.importEncoding = parser.value(sw.encodingOption).toLatin1();
    o.exitAfterFirstPaint = parser.isSet(sw.firstPaintOption);
    return o;
}
