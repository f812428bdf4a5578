#include "application.h"

#include "firstpaint.h"

#include "changefeed.h"
#include "clock.h"
#include "demogenerator.h"
#include "expiryengine.h"
#include "importdialog.h"
#include "importpreview.h"
#include "integritycheck.h"
#include "invitationservice.h"
#include "language.h"
#include "mainwindow.h"
#include "mynetworkpage.h"
#include "runmarker.h"
#include "storestatus.h"
#include "suggestionsmodel.h"
#include "store.h"
#include "style.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
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
        QMessageBox::critical(nullptr, QCoreApplication::translate("Application", "My Network"), message);
}

}

namespace Application {

int run(QApplication &app)
{
    Language::apply(Language::initial(languageArgument(app.arguments())));
    app.setStyleSheet(Style::sheet());
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/mynetwork.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Application", "My Network: grow your professional network with invitations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("Application", "Use the SQLite database file <path> instead of the default."),
        QCoreApplication::translate("Application", "path"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QCoreApplication::translate("Application", "Interface language: de or en."),
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
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QCoreApplication::translate("Application",
                                    "Open on <page>: mynetwork, sent, notifications, outbox, profile:ID, search:TEXT, "
                                    "import:FILE, contacts or withdraw."),
        QCoreApplication::translate("Application", "page"), QStringLiteral("mynetwork"));
    const QCommandLineOption importPreviewOption(
        QStringLiteral("import-preview"),
        QCoreApplication::translate("Application",
                                    "Print what importing the address book <file> would find, and quit."),
        QCoreApplication::translate("Application", "file"));
    // For the benchmark: quit as soon as the window has painted once.
    QCommandLineOption firstPaintOption(QStringLiteral("exit-after-first-paint"));
    firstPaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, langOption, noDemoOption, memberOption, screenshotOption, pageOption,
                       importPreviewOption, firstPaintOption});
    parser.process(app);

    const QString lang = parser.value(langOption);
    if (parser.isSet(langOption) && !Language::available().contains(lang)) {
        reportError(QCoreApplication::translate("Application", "Unknown language \"%1\": use de or en.").arg(lang),
                    false);
        return 2;
    }
    const bool gui = !parser.isSet(screenshotOption) && !parser.isSet(importPreviewOption);

    StoreConfig config = parser.isSet(dbOption) ? StoreConfig::sqlite(parser.value(dbOption))
                                                : StoreConfig::defaultSqlite();
    // The window waits at most this long for another program's write lock;
    // past it an action says the store is busy and the engine retries later.
    config.busyTimeoutMs = 500;
    Store store;
    if (!store.open(config)) {
        reportError(store.errorMessage(), gui);
        return 1;
    }
    // Whether the last process on this store died (kill, crash, power cut):
    // then SQLite's quick_check runs before anything is written.
    RunMarker marker(config.databaseName);
    const bool unclean = !config.isInMemory() && marker.begin() && !store.wasCreated();
    const QString damagedMessage = QCoreApplication::translate(
        "Application", "The database %1 is damaged: %2. My Network was not closed properly last time; nothing "
                       "has been written to the store since. Restore it from a backup or choose another file.");
    if (unclean && !gui) {
        const QStringList problems = IntegrityCheck::run(config);
        if (!problems.isEmpty()) {
            reportError(damagedMessage.arg(QDir::toNativeSeparators(config.databaseName), problems.join(QLatin1String("; "))), false);
            return 1;
        }
    }
    SimulatedClock clock;
    if (store.wasCreated() && !parser.isSet(noDemoOption)) {
        DemoGenerator generator(store);
        QString error;
        if (!generator.generate(DemoOptions::demo(clock.nowMs()), &error)) {
            reportError(QCoreApplication::translate("Application", "Could not create the demo network: %1").arg(error),
                        gui);
            return 1;
        }
    }
    if (parser.isSet(importPreviewOption)) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return ImportPreview::print(store, parser.value(memberOption).toLongLong(), clock.nowMs(),
                                    parser.value(importPreviewOption), out, err);
    }
    InvitationService service(store, clock);
    ExpiryEngine engine(store, clock, service);
    IntegrityCheck check;
    if (unclean && gui) {
        store.holdWrites(QCoreApplication::translate(
            "Application", "the store is being checked after an unclean shutdown; try again in a moment"));
        check.start(config);
    } else {
        engine.start();
    }

    MainWindow window(service, engine, clock, parser.value(memberOption).toLongLong());
    const QString page = parser.value(pageOption);
    if (page == QLatin1String("sent")) {
        window.page()->showSent(true);
    } else if (page == QLatin1String("notifications")) {
        window.showPage(MainWindow::Page::Notifications);
    } else if (page == QLatin1String("outbox")) {
        window.showPage(MainWindow::Page::Outbox);
    } else if (page.startsWith(QLatin1String("profile:"))) {
        window.showProfile(page.mid(8).toLongLong());
    } else if (page.startsWith(QLatin1String("search:"))) {
        window.search(page.mid(7));
    } else if (page.startsWith(QLatin1String("import:"))) {
        window.openImportDialog()->openFile(page.mid(7));
    } else if (page == QLatin1String("contacts")) {
        window.openContactsDialog();
    } else if (page == QLatin1String("withdraw")) {
        window.page()->showSent(true);
        window.page()->withdrawOlderThan(MyNetworkPage::kDefaultWithdrawWeeks);
    } else if (page != QLatin1String("mynetwork")) {
        reportError(QCoreApplication::translate("Application", "Unknown page \"%1\".").arg(page), false);
        return 2;
    }
    if (!gui) {
        window.resize(1100, 760);
        window.show(); // lays out and fetches the lists as on screen
        QElapsedTimer waited;
        waited.start();
        // People you may know arrive from their own thread.
        while ((window.page()->suggestionsModel()->isLoading() || waited.elapsed() < 100) && waited.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        // An open dialog is what the picture is of.
        QWidget *shown = &window;
        for (QDialog *dialog : window.findChildren<QDialog *>()) {
            if (dialog->isVisible())
                shown = dialog;
        }
        if (auto *import = qobject_cast<ImportDialog *>(shown)) {
            while (import->step() == ImportDialog::Step::Reading && waited.elapsed() < 30000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        shown->ensurePolished();
        const QString file = parser.value(screenshotOption);
        if (!shown->grab().save(file)) {
            reportError(QCoreApplication::translate("Application", "Cannot write the picture %1.").arg(file), false);
            return 1;
        }
        return 0;
    }
    if (parser.isSet(firstPaintOption))
        FirstPaint::quitAfter(&window);
    if (check.isRunning()) {
        window.storeStatus()->setChecking(true);
        QObject::connect(&check, &IntegrityCheck::finished, &window, [&](const QStringList &problems) {
            window.storeStatus()->setChecking(false);
            if (!problems.isEmpty()) {
                // Writes stay held: the window closes without touching the file.
                reportError(damagedMessage.arg(QDir::toNativeSeparators(config.databaseName),
                                               problems.join(QLatin1String("; "))), true);
                QCoreApplication::exit(1);
                return;
            }
            store.releaseWrites();
            engine.start();
        });
    }
    // Commits of other processes on this store reach the window too.
    store.feed()->watch(store);
    window.show();
    return app.exec();
}

}
