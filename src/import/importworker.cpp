#include "import/importworker.h"

#include "base/textlimits.h"
#include "store/sql.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <functional>

namespace {

// Reading is most of the work; matching and saving share the rest.
constexpr int kReadShare = 800;
constexpr int kMatchShare = 100;
// A progress bar repaints at once when its value moves a step (Qt's
// QProgressBar::setValue), and a busy window may find several of these
// waiting: a few a second look smooth and cost it nothing.
constexpr int kProgressIntervalMs = 50;

// The start-up check holds writes: the save waits for it (told once, so
// the dialog can say so), and a cancel still ends the wait.
void waitForTheCheck(const Store &store, const std::atomic<bool> &cancel, const std::function<void()> &waiting)
{
    if (!store.isWaitableHold())
        return;
    if (waiting)
        waiting();
    while (store.isWaitableHold() && !cancel.load())
        store.waitForWrites(200);
}

// On a team store a member looks up at most TextLimits::kDailyLookups new
// addresses a day (issue 30, item 10): when this file used up what was
// left, some of its contacts may be members not found yet, and the import
// says so. They are matched on the following days (suggestions).
void noteLookupLimit(const Store &store, ImportOutcome &out)
{
    if (!store.dialect().isMemberSession()
        || Sql::scalar(store.database(), QStringLiteral("SELECT mynetwork.address_lookups_left()"), {}, 1) > 0)
        return;
    out.read.warnings.append(
        {out.head.path, 0, ImportText::fieldName(ContactField::Email),
         ImportWorker::tr("today's %1 new address lookups are used up: contacts past them are found among the "
                          "members over the next days")
             .arg(QLocale().toString(TextLimits::kDailyLookups))});
}

bool classifyAndSave(const Store &store, ImportOutcome &out, qint64 owner, qint64 now, const std::atomic<bool> &cancel,
                     const std::function<void(int)> &report = {}, const std::function<void()> &waiting = {})
{
    if (!ContactMatcher::classify(store, owner, now, out.matches, &out.storeError)) {
        out.matches.clear();
        return false;
    }
    noteLookupLimit(store, out);
    if (report)
        report(kReadShare + kMatchShare);
    waitForTheCheck(store, cancel, waiting);
    if (cancel.load()) {
        out.cancelled = true;
        return false;
    }
    if (!ContactRepository::save(store, owner, out.matches, now, &out.saved, &out.storeError, &cancel)) {
        out.cancelled = cancel.load();
        if (out.cancelled)
            out.storeError.clear();
        return false;
    }
    // Members first, each part in file order: here, so the window only shows.
    const auto others = std::stable_partition(out.matches.begin(), out.matches.end(),
                                              [](const ContactMatch &m) { return m.listedWithMembers(); });
    out.listedWithMembers = others - out.matches.begin();
    return true;
}

}

ImportWorker::ImportWorker(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<ImportOutcome>();
}

ImportWorker::~ImportWorker()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void ImportWorker::cancel()
{
    m_cancel = true;
}

void ImportWorker::start(const ImportHead &head, qint64 owner, qint64 nowMs)
{
    Q_ASSERT(!m_thread);
    m_cancel = false;
    const bool ownConnection = !m_store.config().isInMemory();
    m_thread.reset(QThread::create([this, head, owner, nowMs, ownConnection] {
        ImportOutcome out;
        out.head = head;
        int lastPermille = -1;
        QElapsedTimer sinceReport;
        auto report = [this, &lastPermille, &sinceReport](int permille) {
            if (permille == lastPermille || (sinceReport.isValid() && sinceReport.elapsed() < kProgressIntervalMs))
                return;
            lastPermille = permille;
            sinceReport.start();
            QMetaObject::invokeMethod(
                this, [this, permille] { emit progress(permille); }, Qt::QueuedConnection);
        };
        out.read = ContactReader::read(
            head,
            [&out](ImportedContact &&c) {
                out.matches.append(ContactMatch());
                out.matches.last().contact = std::move(c);
            },
            [&report](qint64 done, qint64 total) { report(total > 0 ? int(done * kReadShare / total) : 0); },
            &m_cancel);
        out.cancelled = out.read.cancelled || m_cancel.load();
        if (!out.read.ok || out.cancelled)
            out.matches.clear();
        if (out.read.ok && !out.cancelled && ownConnection) {
            report(kReadShare);
            Store store;
            if (!store.openWorker(m_store)) {
                out.storeError = store.errorMessage();
            } else {
                classifyAndSave(store, out, owner, nowMs, m_cancel, report, [this] {
                    QMetaObject::invokeMethod(
                        this, [this] { emit waitingForCheck(); }, Qt::QueuedConnection);
                });
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, out = std::move(out), owner, nowMs, ownConnection]() mutable {
                m_thread->wait();
                m_thread.reset();
                if (!ownConnection && out.read.ok && !out.cancelled)
                    classifyAndSave(m_store, out, owner, nowMs, m_cancel);
                emit progress(1000);
                emit finished(out);
            },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("import"));
    m_thread->start();
}
