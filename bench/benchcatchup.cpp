#include "benchcatchup.h"

#include "benchstats.h"
#include "benchstores.h"
#include "gapmeter.h"

#include "gui/mainwindow.h"
#include "rules/expiryengine.h"
#include "runtime/appcontext.h"
#include "store/sql.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <unistd.h>

#include <cstdio>
#include <vector>

namespace BenchCatchUp {

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
    context.start();
    MainWindow window(context, member);
    window.resize(1100, 760);
    window.show();
    // The window's first reads and the suggestions settle first.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

    ExpiryEngine &engine = context.engine();
    const qint64 when = Sql::scalar(context.store().database(),
                                    QStringLiteral("SELECT next_due_ms FROM invitations WHERE next_due_ms > ?"
                                                   " ORDER BY next_due_ms LIMIT 1 OFFSET 9999"),
                                    {clock.nowMs()});
    int slices = 0;
    int changed = 0;
    QElapsedTimer total;
    double lastSliceMs = 0;
    QObject::connect(&engine, &ExpiryEngine::ran, [&](const EngineReport &r) {
        ++slices;
        changed += int(r.reminded.size() + r.expired.size() + r.purged.size() + r.senderViewEnded.size());
        lastSliceMs = total.nsecsElapsed() / 1e6;
    });
    GapMeter meter;
    total.start();
    meter.start();
    // The jump itself runs the first slice, as the menu's "a month later" does.
    clock.setNow(when);
    // Done when the engine sleeps again; then the lists' follow-up reads.
    while (engine.armedIntervalMs() == 0 && total.elapsed() < 60000)
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
}

}
