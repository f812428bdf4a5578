#include "benchcatchup.h"

#include "benchstats.h"
#include "benchstores.h"
#include "gapmeter.h"

#include "gui/mainwindow.h"
#include "rules/enginestatus.h"
#include "rules/expiryengine.h"
#include "runtime/appcontext.h"
#include "store/rulessettings.h"
#include "store/sql.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <unistd.h>

#include <cstdio>
#include <vector>

namespace BenchCatchUp {

namespace {

// Reads a file once, so the system holds it in its cache: the floor runs
// on a copy made just before it, and this machine's memory manager drops
// pages of a file left alone for a few seconds. In a child process: this
// one holds the store, and closing a descriptor of it here would drop the
// process's SQLite locks (HeldFiles).
void warm(const QString &path)
{
    QProcess cat;
    cat.setStandardOutputFile(QProcess::nullDevice());
    cat.start(QStringLiteral("cat"), {path});
    cat.waitForFinished(60000);
}

// The same changes set-based in SQLite's own shell on a fresh copy of the
// store (bench/catchup-floor.sql), timed by the shell's clock; 0 when the
// shell is missing or failed.
double shellFloorMs(const QString &source, qint64 when)
{
    const QString path = BenchStores::folder() + QStringLiteral("/catchup-floor.sqlite");
    BenchStores::copyStore(source, path);
    ::sync();
    QFile file(QStringLiteral(":/bench/catchup-floor.sql"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the floor's script is not in the bench");
    const RulesSettings rules;
    const QByteArray script = file.readAll()
                                  .replace("@WHEN@", QByteArray::number(when))
                                  .replace("@FIRST@", QByteArray::number(rules.firstReminderAfterMs))
                                  .replace("@SECOND@", QByteArray::number(rules.secondReminderBeforeExpiryMs));
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), path});
    if (!shell.waitForStarted())
        return 0;
    shell.write(script);
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    qint64 start = 0, end = 0;
    for (const QByteArray &line : shell.readAllStandardOutput().split('\n')) {
        if (line.startsWith("start|"))
            start = line.mid(6).toLongLong();
        else if (line.startsWith("end|"))
            end = line.mid(4).toLongLong();
    }
    if (shell.exitCode() != 0 || !start || !end) {
        std::fprintf(stderr, "the sqlite3 shell failed: %s\n", shell.readAllStandardError().constData());
        return 0;
    }
    return double(end - start);
}

void printAgainstFloor(const QString &source, qint64 when, double engineMs)
{
    // Best of two: the stricter floor.
    const double a = shellFloorMs(source, when);
    const double b = shellFloorMs(source, when);
    const double floor = a > 0 && b > 0 ? qMin(a, b) : qMax(a, b);
    if (floor <= 0)
        return;
    std::printf("catch_up_against_floor   the same changes set-based in the sqlite3 shell, one transaction: %.0f ms"
                " (%.0f, %.0f); the window's engine %.0f ms = %.2fx the floor   goal: 1.2x\n",
                floor, a, b, engineMs, engineMs / floor);
}

}

void windowOpen(const QString &source, qint64 member)
{
    const QString path = BenchStores::folder() + QStringLiteral("/catchup-window.sqlite");
    BenchStores::copyStore(source, path);
    // Written out now, or the kernel throttles the engine's writes while it
    // writes the copy back.
    ::sync();
    AppContext context;
    SimulatedClock &clock = context.clock();
    clock.setNow(BenchStores::kNow);
    QString error;
    if (!context.open(StoreConfig::sqlite(path), false, &error))
        qFatal("%s", qPrintable(error));
    // As the app runs it: the engine on its own thread and connection.
    context.start({}, AppContext::EngineRuns::OnItsOwnThread);
    MainWindow window(context, member);
    window.resize(1100, 760);
    window.show();
    // The start-up check of the store (1-2 s of a core on this store), the
    // window's first reads and the suggestions settle first.
    QElapsedTimer settle;
    settle.start();
    while (context.isChecking() && settle.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    settle.restart();
    while (settle.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

    EngineStatus &engine = context.engineStatus();
    const qint64 when = Sql::scalar(context.store().database(),
                                    QStringLiteral("SELECT next_due_ms FROM invitations WHERE next_due_ms > ?"
                                                   " ORDER BY next_due_ms LIMIT 1 OFFSET 9999"),
                                    {clock.nowMs()});
    int slices = 0;
    int changed = 0;
    QElapsedTimer total;
    double lastSliceMs = 0;
    bool asleep = false;
    QObject::connect(&engine, &EngineStatus::stateChanged, [&](const EngineState &state) {
        asleep = slices > 0 && state.caughtUp;
    });
    QObject::connect(&engine, &EngineStatus::ran, [&](const EngineReport &r) {
        ++slices;
        changed += int(r.reminded.size() + r.expired.size() + r.purged.size() + r.senderViewEnded.size());
        lastSliceMs = total.nsecsElapsed() / 1e6;
    });
    GapMeter meter;
    // The engine's pages as warm as the floor's (the copy's pages may have
    // been dropped while the window settled).
    warm(path);
    warm(path + QStringLiteral("-wal"));
    meter.start();
    total.start();
    // As the menu's "a month later" does; the engine hears it on its thread.
    clock.setNow(when);
    // Done when the engine sleeps again; then the lists' follow-up reads.
    while (!asleep && total.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    const double caughtUp = total.nsecsElapsed() / 1e6;
    QElapsedTimer after;
    after.start();
    while (after.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    meter.stop();
    const std::vector<double> &gaps = meter.gaps();

    std::printf("catch_up_window_open     longest gap %.1f  p99 %.1f  median %.1f  (%d due invitations done in %d"
                " slices, %.0f ms; engine asleep after %.0f ms)   a frame: 16 ms\n",
                percentile(gaps, 1.0), percentile(gaps, 0.99), percentile(gaps, 0.5), changed, slices, lastSliceMs,
                caughtUp);
    meter.printLongest();
    printAgainstFloor(source, when, caughtUp);
}

}
