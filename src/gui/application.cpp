#include "gui/application.h"

#include "store/processinfo.h"

#include "gui/connectdialog.h"
#include "gui/firstpaint.h"
#include "gui/joindialog.h"
#include "gui/keychain.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/options.h"
#include "gui/profiledialog.h"
#include "gui/prompts.h"
#include "gui/startpage.h"
#include "gui/storestatus.h"
#include "gui/style.h"
#include "import/importpreview.h"
#include "rules/invitationservice.h"
#include "runtime/appcontext.h"
#include "store/changefeed.h"
#include "store/store.h"

#include <QApplication>
#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

namespace {

// Reads --lang before the parser exists, so that --help is already translated.
QString languageArgument(const QStringList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    return {};
}

void reportError(const QString &message, bool gui)
{
    QTextStream(stderr) << message << Qt::endl;
    if (gui)
        Prompts::inform(nullptr, Prompts::Tone::Error, QCoreApplication::translate("Application", "My Network"),
                        message);
}

// Opens a team store as a person: the password from the URI, libpq's own
// sources (PGPASSWORD, ~/.pgpass) or the keychain, else asked for in the
// Connect dialog (a window only) until it works or the person gives up.
bool openTeam(std::unique_ptr<AppContext> &context, StoreConfig &config, bool gui, QString *error)
{
    // No entry, or no keychain on this desktop: libpq's own sources may
    // still have the password, so the keychain's reason is not shown.
    QString noKeychain;
    if (config.password.isEmpty())
        Keychain::read(Keychain::keyFor(config), &config.password, &noKeychain);
    for (;;) {
        context = std::make_unique<AppContext>();
        if (context->open(config, false, error))
            return true;
        if (!gui)
            return false;
        ConnectDialog dialog(config);
        dialog.showError(*error);
        if (dialog.exec() != QDialog::Accepted) {
            error->clear(); // the person chose to stop: no second message
            return false;
        }
        config = dialog.config();
    }
}

// A damaged store found by the start-up check: SQLite's findings, and the
// latest good backup offered. True when it was restored and the window
// goes on; otherwise nothing was written and the app ends.
bool offerBackup(QWidget *window, AppContext &context, const QString &damage)
{
    const BackupInfo backup = context.latestSoundBackup();
    if (backup.path.isEmpty()) {
        reportError(damage, true);
        return false;
    }
    QTextStream(stderr) << damage << Qt::endl;
    const QString taken = QLocale().toString(QDateTime::fromMSecsSinceEpoch(backup.takenMs).toLocalTime(),
                                             QLocale::ShortFormat);
    const int choice = Prompts::choose(
        window, QCoreApplication::translate("Application", "The network is damaged"),
        damage + QStringLiteral("\n\n")
            + QCoreApplication::translate("Application",
                                          "The latest good backup is from %1 (%2 members, %3 connections, "
                                          "%4 contacts). Restore it?")
                  .arg(taken)
                  .arg(backup.members)
                  .arg(backup.connections)
                  .arg(backup.contacts),
        {QCoreApplication::translate("Application", "Restore the backup"),
         QCoreApplication::translate("Application", "Quit without changes")});
    if (choice != 0)
        return false;
    QString error;
    if (!context.restoreOverDamage(backup, &error)) {
        reportError(QCoreApplication::translate("Application", "The backup could not be restored: %1").arg(error),
                    true);
        return false;
    }
    return true;
}

// One window on one store. Returns kSwitchStore with `next` set when the
// person chose another store from the Network menu.
constexpr int kSwitchStore = 0x4d4e;

// The store, team or local; null after the message was given.
std::unique_ptr<AppContext> openContext(const Options &options, StoreConfig &config)
{
    const bool gui = options.gui();
    std::unique_ptr<AppContext> owned;
    QString error;
    if (config.isTeam()) {
        if (!openTeam(owned, config, gui, &error)) {
            if (!error.isEmpty())
                reportError(error, gui);
            return nullptr;
        }
    } else {
        owned = std::make_unique<AppContext>();
        if (!owned->open(config, options.demo, &error)) {
            reportError(error, gui);
            return nullptr;
        }
    }
    return owned;
}

// --import-preview: what importing the file would find, printed.
int printImportPreview(AppContext &context, const Options &options, qint64 member)
{
    QString error;
    if (!context.checkNow(&error)) {
        reportError(error, false);
        return 1;
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    return ImportPreview::print(context.store(), member, context.clock().nowMs(), options.importPreview,
                                options.importEncoding, out, err);
}

// --screenshot: the window as a picture, and quit.
int saveScreenshot(MainWindow &window, const Options &options)
{
    if (!StartPage::saveScreenshot(window, options.screenshot, options.screenshotSize)) {
        reportError(QCoreApplication::translate("Application", "Cannot write the picture %1.").arg(options.screenshot),
                    false);
        return 1;
    }
    return 0;
}

// R19: a local store with no members asks who you are first; the person
// creates their own member (0 when they would rather not). Any other store
// keeps `member`.
// Or, invited to a team network (R21), they join it: `joined` is then the
// store to open instead.
qint64 welcome(AppContext &context, qint64 member, std::optional<StoreConfig> *joined)
{
    if (context.store().config().isTeam() || context.service().network().memberCount() > 0)
        return member;
    ProfileDialog dialog(ProfileDialog::Mode::Welcome, context.service(), 0);
    const int answer = dialog.exec();
    if (answer == ProfileDialog::kJoinTeam) {
        JoinDialog join;
        if (join.exec() == QDialog::Accepted)
            *joined = join.signIn();
        return 0;
    }
    return answer == QDialog::Accepted ? dialog.memberId() : 0;
}

// One more turn of the event loop after the window's first paint: what
// else waited for it goes first (a launch that only measures its first
// paint quits), then the check and the engine start.
void startAfterFirstPaint(MainWindow &window, AppContext &context, const std::function<void(const QString &)> &checked)
{
    FirstPaint::then(&window, [&context, &window, checked] {
        QTimer::singleShot(0, &window, [&context, &window, checked] {
            context.start(checked, AppContext::EngineRuns::OnItsOwnThread);
            window.storeStatus()->setChecking(context.isChecking());
            ProcessInfo::traceStartup("engine started");
        });
    });
}

int runOn(QApplication &app, const Options &options, StoreConfig config, StoreConfig *next)
{
    const bool gui = options.gui();
    const std::unique_ptr<AppContext> owned = openContext(options, config);
    if (!owned)
        return 1;
    QString error;
    ProcessInfo::traceStartup("store open");
    AppContext &context = *owned;
    qint64 member = config.isTeam() ? context.teamMember() : options.member;
    if (!options.importPreview.isEmpty())
        return printImportPreview(context, options, member);
    if (!gui && !context.checkNow(&error)) {
        reportError(error, false);
        return 1;
    }

    std::optional<StoreConfig> joined;
    if (gui && !(member = welcome(context, member, &joined))) {
        if (!joined)
            return 0;
        *next = *joined;
        return kSwitchStore;
    }

    MainWindow *shown = nullptr;
    const auto checked = [&shown, &context](const QString &damage) {
        if (shown)
            shown->storeStatus()->setChecking(false);
        if (!damage.isEmpty() && !offerBackup(shown, context, damage))
            QCoreApplication::exit(1);
    };
    // An open window's engine starts after its first paint, on a thread of
    // its own, and catches up on a long absence a slice at a time: nothing
    // the window shows waits for it, as lists and actions judge expiry
    // by the clock (R5), and the reminders arrive as the slices commit.
    // The store's check comes first, on a worker, before anything may
    // write; a picture shows the store checked and caught up.
    const bool afterFirstPaint = gui;
    if (!afterFirstPaint) {
        context.start(checked);
        ProcessInfo::traceStartup("engine started");
    }
    MainWindow window(context, member);
    ProcessInfo::traceStartup("window built");
    shown = &window;
    if (!StartPage::open(window, options.page)) {
        reportError(QCoreApplication::translate("Application", "Unknown page “%1”.").arg(options.page), false);
        return 2;
    }
    if (!gui)
        return saveScreenshot(window, options);
    if (options.exitAfterFirstPaint)
        FirstPaint::quitAfter(&window);
    QObject::connect(&window, &MainWindow::storeChosen, &app, [next](const StoreConfig &chosen) {
        *next = chosen;
        QCoreApplication::exit(kSwitchStore);
    });
    // Commits of other processes on this store reach the window too.
    context.store().feed()->watch(context.store());
    window.restoreLastGeometry();
    window.setAskAboutLeftoverSandbox(true);
    if (afterFirstPaint)
        startAfterFirstPaint(window, context, checked);
    window.show();
    ProcessInfo::traceStartup("shown");
    return app.exec();
}

}

namespace Application {

int run(QApplication &app)
{
    ProcessInfo::traceStartup("application");
    Language::apply(Language::initial(languageArgument(app.arguments())));
    ProcessInfo::traceStartup("translations");
    Style::install(app);
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/mynetwork.svg")));
    const Options options = Options::parse(app);
    ProcessInfo::traceStartup("options");
    if (options.exitCode >= 0)
        return options.exitCode;
    StoreConfig config = options.config;
    for (;;) {
        StoreConfig next;
        const int code = runOn(app, options, config, &next);
        if (code != kSwitchStore)
            return code;
        config = next;
    }
}

}
