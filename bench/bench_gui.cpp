// GUI benchmarks on the 1M-invitation store of bench_core, with member 1
// given 100,000 received invitations and member 50,000 given 500
// connections: process start to first painted page (next to a plain Qt
// window, in the same run), scrolling the 100,000-row received list end to
// end, people you may know, and peak memory.
// Also: how long the GUI thread is kept from its events during a 100,000-
// contact import.
// And: how long it is kept from them while the engine catches up on 10,000
// due invitations with the window open (benchcatchup.cpp).
// Run: ./build/bench/mynetwork_gui_bench [startup|scrolling|suggestions|import|catchup|feed|idle]
// (MYNETWORK_BENCH_REUSE=1 reuses stores)
#include "benchcatchup.h"
#include "benchcontacts.h"
#include "benchfeed.h"
#include "benchstats.h"
#include "benchstores.h"
#include "gapmeter.h"

#include "base/clock.h"
#include "gui/cardlistview.h"
#include "gui/importdialog.h"
#include "gui/invitationdelegate.h"
#include "import/photoimage.h"
#include "models/importpreviewmodel.h"
#include "models/invitationlistmodel.h"
#include "models/photocache.h"
#include "rules/expiryengine.h"
#include "rules/invitationservice.h"
#include "rules/suggestions.h"
#include "store/processinfo.h"
#include "store/sql.h"
#include "store/statement.h"
#include "store/store.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>

#include <malloc.h>

#include <functional>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr qint64 kReader = 1;
constexpr qint64 kWellConnected = 50000;

// R19: every fifth member has a photo (two PNG sizes, as PhotoImage
// encodes them), so scrolling paints faces and initials as in a real network.
bool addPhotos(Store &store)
{
    Statement insert(store.database());
    if (!insert.prepare(QStringLiteral("INSERT OR REPLACE INTO member_photos (member_id, small, large, changed_ms)"
                                       " VALUES (?, ?, ?, 0)")))
        return false;
    for (qint64 id = 5; id <= 100000; id += 5) {
        QImage face(96, 96, QImage::Format_RGB32);
        face.fill(QColor::fromHsv(int(id * 37 % 360), 90, 200));
        QPainter p(&face);
        p.setBrush(QColor::fromHsv(int(id * 11 % 360), 60, 240));
        p.setPen(Qt::NoPen);
        p.drawEllipse(28, 14, 40, 48);
        p.drawEllipse(12, 62, 72, 60);
        p.end();
        const PhotoImage::Encoded e = PhotoImage::encode(face, face.rect());
        if (!insert.run({id, e.small, e.large}))
            return false;
    }
    return true;
}

QString prepareStore()
{
    const QString source = BenchStores::get(1000000).path;
    const QString path = BenchStores::folder() + QStringLiteral("/gui.sqlite");
    BenchStores::copyStore(source, path);
    Store store;
    if (!store.open(StoreConfig::sqlite(path)))
        qFatal("%s", qPrintable(store.errorMessage()));
    Transaction tx(store);
    QSqlQuery q(store.database());
    const qint64 now = BenchStores::kNow;
    // 100,000 invitations to member 1, one a minute back in time.
    const bool ok = Sql::exec(
        q,
        QStringLiteral(
            "INSERT INTO invitations (sender_id, recipient_id, pair_lo, pair_hi, note, source, state, sent_ms, expires_ms,"
            " reminders_sent) SELECT m.id, ?, ?, m.id, '', 2, 0, ? - m.id * 60000, ? + 90 * 86400000 - m.id * 60000, 0"
            " FROM members m WHERE m.id > ? AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.pair_lo = ?"
            " AND i.pair_hi = m.id AND i.state = 0) AND NOT EXISTS (SELECT 1 FROM connections c WHERE c.member_id = ?"
            " AND c.other_id = m.id) ORDER BY m.id LIMIT 100000"),
        {kReader, kReader, now, now, kReader, kReader, kReader});
    // 500 connections for one member, spread over the graph.
    Statement add(store.database());
    add.prepare(QStringLiteral("INSERT INTO connections (member_id, other_id, since_ms) SELECT ?, ?, ? WHERE NOT EXISTS"
                               " (SELECT 1 FROM connections WHERE member_id = ? AND other_id = ?)"));
    int made = Sql::scalar(store.database(), QStringLiteral("SELECT COUNT(*) FROM connections WHERE member_id = ?"),
                           {kWellConnected});
    for (qint64 other = 7; made < 500 && other < 100000; other += 197) {
        if (other == kWellConnected)
            continue;
        const bool fresh = Sql::scalar(
                               store.database(),
                               QStringLiteral("SELECT COUNT(*) FROM connections WHERE member_id = ? AND other_id = ?"),
                               {kWellConnected, other})
            == 0;
        if (fresh && add.run({kWellConnected, other, now, kWellConnected, other})
            && add.run({other, kWellConnected, now, other, kWellConnected}))
            ++made;
    }
    if (!ok || !addPhotos(store) || !tx.commit())
        qFatal("preparing the GUI store failed: %s", qPrintable(Sql::describe(q)));
    return path;
}

struct Launch
{
    double ms = 0; // until the process has exited
    double firstPaint = 0; // until the window's first paint
    qint64 peakKb = 0;
};

Launch launch(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QElapsedTimer t;
    t.start();
    env.insert(QStringLiteral("MYNETWORK_LAUNCH_MS"), QString::number(QDateTime::currentMSecsSinceEpoch()));
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(60000);
    Launch l;
    l.ms = t.nsecsElapsed() / 1e6;
    const QByteArray out = p.readAllStandardOutput();
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("peak_kb="))
            l.peakKb = line.mid(8).toLongLong();
        else if (line.startsWith("first_paint_ms="))
            l.firstPaint = line.mid(15).toDouble();
    }
    return l;
}

void startup(const QString &store)
{
    const QString dir = QCoreApplication::applicationDirPath();
    std::vector<double> app, plain, appExit, plainExit;
    qint64 appKb = 0, plainKb = 0;
    for (int i = 0; i < 7; ++i) {
        const Launch a = launch(dir + QStringLiteral("/../src/app/mynetwork"),
                                {QStringLiteral("--db"), store, QStringLiteral("--member"), QString::number(kReader),
                                 QStringLiteral("--lang"), QStringLiteral("en"),
                                 QStringLiteral("--exit-after-first-paint")});
        const Launch b = launch(dir + QStringLiteral("/mynetwork_plain_window"), {});
        app.push_back(a.firstPaint);
        plain.push_back(b.firstPaint);
        appExit.push_back(a.ms);
        plainExit.push_back(b.ms);
        appKb = std::max(appKb, a.peakKb);
        plainKb = std::max(plainKb, b.peakKb);
    }
    std::printf("start_to_first_paint_ms  app median %.1f  (plain Qt window %.1f) = %.1fx   target <= 150\n",
                percentile(app, 0.5), percentile(plain, 0.5), percentile(app, 0.5) / percentile(plain, 0.5));
    std::printf(
        "start_to_exit_ms         app median %.1f  (plain Qt window %.1f) = %.1fx   target <= 3x the plain window\n",
        percentile(appExit, 0.5), percentile(plainExit, 0.5), percentile(appExit, 0.5) / percentile(plainExit, 0.5));
    std::printf("peak_memory_MB           app %.1f  (plain Qt window %.1f)   target <= 100\n", appKb / 1024.0,
                plainKb / 1024.0);
}

void scrolling(const QString &path)
{
    const qint64 peakBefore = ProcessInfo::peakRssKb();
    ManualClock clock(BenchStores::kNow);
    Store store;
    store.open(StoreConfig::sqlite(path));
    InvitationService service(store, clock);
    ExpiryEngine engine(store, clock, service);
    InvitationListModel model(InvitationListModel::Kind::Received, service, clock);
    PhotoCache photos(service.network(), store.feed()); // as the window has it
    CardListView view;
    view.setCardDelegate(new InvitationDelegate(InvitationDelegate::Mode::Received, &view));
    view.resize(900, 700);
    QElapsedTimer open;
    open.start();
    model.setMember(kReader);
    view.setModel(&model);
    // Never shown: each frame is painted once, below, as a screen would,
    // and not a second time by the offscreen window.
    view.doItemsLayout();
    QCoreApplication::processEvents();
    const double openMs = open.nsecsElapsed() / 1e6;
    const int total = model.totalCount();
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> frames, paints;
    QScrollBar *bar = view.verticalScrollBar();
    while (frames.size() < 40000) {
        QElapsedTimer t;
        t.start();
        bar->setValue(bar->value() + view.viewport()->height());
        QCoreApplication::processEvents(); // the view's fetchMore runs here when near the end
        QElapsedTimer p;
        p.start();
        QPainter painter(&frame);
        view.viewport()->render(&painter);
        painter.end();
        paints.push_back(p.nsecsElapsed() / 1e6);
        frames.push_back(t.nsecsElapsed() / 1e6);
        if (bar->value() >= bar->maximum() && !model.canFetchMore({}))
            break;
    }
    std::printf("received_list_open_ms    %.1f  (%d invitations in the store for the member)\n", openMs, total);
    std::printf("scroll_frame_ms          median %.2f  p99 %.2f  max %.2f over %zu pages, %d rows loaded"
                "   target < 16\n",
                percentile(frames, 0.5), percentile(frames, 0.99), percentile(frames, 1.0), frames.size(),
                model.rowCount());
    std::printf("  of which painting      median %.2f  p99 %.2f  max %.2f\n", percentile(paints, 0.5),
                percentile(paints, 0.99), percentile(paints, 1.0));
    std::printf(
        "scroll_memory_MB         peak %.1f, %.1f at the end  (%.1f before the list)   target <= 68 (2.5x a plain window)\n",
        ProcessInfo::peakRssKb() / 1024.0, ProcessInfo::currentRssKb() / 1024.0, peakBefore / 1024.0);
    {
        const struct mallinfo2 mi = mallinfo2();
        std::printf("  heap in use %.1f MB, heap arena %.1f MB, mmapped %.1f MB\n", mi.uordblks / 1048576.0,
                    mi.arena / 1048576.0, mi.hblkhd / 1048576.0);
    }
    std::fflush(stdout);
}

void suggestions(const QString &path)
{
    Store store;
    store.open(StoreConfig::sqlite(path));
    const int connections = int(Sql::scalar(
        store.database(), QStringLiteral("SELECT COUNT(*) FROM connections WHERE member_id = ?"), {kWellConnected}));
    std::vector<double> times;
    int found = 0;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer t;
        t.start();
        found = int(Suggestions::compute(store.database(), kWellConnected, 20, BenchStores::kNow).size());
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("people_you_may_know_ms   median %.1f  max %.1f  (top %d for a member with %d connections among"
                " 100,000)   target <= 50\n",
                percentile(times, 0.5), percentile(times, 1.0), found, connections);
}

// Calls back on each paint of a widget; the paint is done once the event
// loop's call returns.
class PaintWatch final : public QObject
{
public:
    PaintWatch(QWidget *widget, std::function<void()> painted)
        : m_painted(std::move(painted))
    {
        widget->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted();
        return false;
    }

private:
    std::function<void()> m_painted;
};

// The import dialog on the 100,000-contact Google CSV of the import bench:
// the longest the GUI thread goes without handling its events, measured by
// a 1 ms timer, from opening the file until the preview is painted. The
// paint comes from the event loop, as on a screen: the dialog is shown and
// the loop runs until the members' table has painted its rows.
void importBlocking(const QString &path)
{
    ManualClock clock(BenchStores::kNow);
    Store store;
    store.open(StoreConfig::sqlite(path));
    InvitationService service(store, clock);
    const BenchContacts::File file = BenchContacts::googleCsv(path, 100000);
    ImportDialog dialog(service, clock, kWellConnected);
    dialog.resize(820, 640);
    dialog.show();
    QCoreApplication::processEvents();
    bool previewPainted = false;
    PaintWatch watch(dialog.membersView()->viewport(),
                     [&] { previewPainted = previewPainted || dialog.step() == ImportDialog::Step::Preview; });
    GapMeter meter;
    QElapsedTimer total;
    total.start();
    meter.start();
    // The gap running when the contacts reach the preview is the first
    // one of showing it.
    double toPreview = 0;
    size_t readingGaps = 0;
    // The matches arrive in the preview's model in one reset.
    QObject::connect(dialog.previewModel(), &QAbstractItemModel::modelReset, [&] {
        toPreview = total.nsecsElapsed() / 1e6;
        readingGaps = meter.gaps().size();
    });
    dialog.openFile(file.path);
    while (!previewPainted && total.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    meter.stop();
    const std::vector<double> &gaps = meter.gaps();
    const double painted = total.nsecsElapsed() / 1e6;
    const std::vector<double> reading(gaps.begin(), gaps.begin() + qMin(readingGaps, gaps.size()));
    const std::vector<double> showing(gaps.begin() + qMin(readingGaps, gaps.size()), gaps.end());
    std::printf("import_gui_thread_ms     longest gap %.1f  p99 %.1f  (%d contacts, %.1f MB; preview after %.0f ms,"
                " painted after %.0f)   target <= 16 (a frame)\n",
                percentile(gaps, 1.0), percentile(gaps, 0.99), dialog.previewModel()->rowCount(), file.bytes / 1e6,
                toPreview, painted);
    std::printf("  while reading          longest %.1f  p99 %.1f\n", percentile(reading, 1.0),
                percentile(reading, 0.99));
    std::printf("  showing the preview    longest %.1f  (%zu gaps)\n", percentile(showing, 1.0), showing.size());
    meter.printLongest();
}

}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int sent = BenchFeed::sender(app.arguments());
    if (sent >= 0)
        return sent;
    // The scrolling runs in a process of its own, so its memory is the
    // list's and not that of preparing the store.
    if (app.arguments().value(1) == QLatin1String("scrolling-child")) {
        scrolling(app.arguments().value(2));
        return 0;
    }
    // Optional names pick parts: startup, scrolling, suggestions, import, catchup, feed, idle.
    const QStringList parts = app.arguments().mid(1);
    const auto wanted = [&](const char *name) {
        return parts.isEmpty() || parts.contains(QLatin1String(name));
    };
    const QString path = prepareStore();
    if (wanted("startup"))
        startup(path);
    if (wanted("scrolling")) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(app.applicationFilePath(), {QStringLiteral("scrolling-child"), path});
        child.waitForFinished(-1);
    }
    if (wanted("suggestions"))
        suggestions(path);
    if (wanted("import"))
        importBlocking(path);
    if (wanted("catchup"))
        BenchCatchUp::windowOpen(path, kReader);
    if (wanted("feed"))
        BenchFeed::latency(path, app.applicationFilePath());
    if (wanted("idle"))
        BenchFeed::idle(path,
                        qEnvironmentVariableIntValue("MYNETWORK_BENCH_IDLE_S") > 0
                            ? qEnvironmentVariableIntValue("MYNETWORK_BENCH_IDLE_S")
                            : 60);
    return 0;
}
