// A stand-in for the running app in tst_storelocks: opens a store as the
// app does, does everything the app does that could touch the file (an
// import on its worker thread, a second store on the same file, an engine
// run, a checkpoint, an attempt to import the database itself), says
// "ready", and then waits to be killed.
//   storeholder DB CSV [--open-file-outside-sqlite]
// then, on standard input, "write" for one more commit.
#include "base/clock.h"
#include "import/importworker.h"
#include "rules/expiryengine.h"
#include "rules/invitationservice.h"
#include "store/checkpointer.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 3) {
        out << "usage: storeholder DB CSV [--open-file-outside-sqlite]" << Qt::endl;
        return 2;
    }
    StoreConfig config = StoreConfig::sqlite(args.at(1));
    config.busyTimeoutMs = 500;
    Store store;
    if (!store.open(config)) {
        out << "error " << store.errorMessage() << Qt::endl;
        return 1;
    }
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    InvitationService service(store, clock);
    ExpiryEngine engine(store, clock, service);
    engine.start();

    ImportHead head;
    ImportProblem problem;
    if (!ContactReader::inspect(args.at(2), &head, &problem)) {
        out << "error " << problem.message << Qt::endl;
        return 1;
    }
    // The database itself offered as an address book is refused unopened.
    ImportHead self;
    if (ContactReader::inspect(args.at(1), &self, &problem)) {
        out << "error the database was read as an address book" << Qt::endl;
        return 1;
    }
    ImportWorker worker(store);
    int saved = -1;
    // Read, then kept as the person who ticks "Keep" does.
    QObject::connect(&worker, &ImportWorker::finished, &app, [&](const ImportOutcome &outcome) {
        if (!outcome.ok()) {
            out << "error " << outcome.storeError << outcome.read.error.message << Qt::endl;
            app.quit();
            return;
        }
        worker.keep(outcome.matches, 1, clock.nowMs());
    });
    QObject::connect(&worker, &ImportWorker::kept, &app, [&](const ContactSaveStats &stats, const QString &error) {
        saved = error.isEmpty() ? stats.added + stats.updated : -1;
        if (!error.isEmpty())
            out << "error " << error << Qt::endl;
        app.quit();
    });
    worker.start(head, 1, clock.nowMs());
    app.exec();
    if (saved < 0)
        return 1;

    {
        Store second; // what a reopen or a second window in the process does
        if (!second.open(config)) {
            out << "error " << second.errorMessage() << Qt::endl;
            return 1;
        }
    }
    clock.advance(200LL * 24 * 60 * 60 * 1000); // everything due: one big engine run
    engine.runNow();
    if (store.checkpointer())
        store.checkpointer()->checkpointNow();
    service.invite(2, 3, QString(), InvitationSource::Profile); // a commit after all that

    if (args.contains(QLatin1String("--open-file-outside-sqlite"))) {
        // What the store did before the fix, to show that the test sees it.
        QFile file(args.at(1));
        if (file.open(QIODevice::ReadOnly))
            file.read(16);
    }
    out << "ready " << saved << Qt::endl;
    // "write" on standard input: one more commit (member 2 invites the
    // first member it may), as the app's next action after whatever dropped
    // its locks; answers "written RECIPIENT".
    QTextStream in(stdin);
    QString line;
    while (in.readLineInto(&line)) {
        if (line == QLatin1String("write")) {
            qint64 recipient = 4;
            while (recipient < 100 && !service.invite(2, recipient, QString(), InvitationSource::Profile).ok())
                ++recipient;
            out << (recipient < 100 ? QStringLiteral("written %1").arg(recipient) : QStringLiteral("error"))
                << Qt::endl;
        }
    }
    return app.exec();
}
