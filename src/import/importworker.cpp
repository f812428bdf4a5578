#include "import/importworker.h"

#include "base/textlimits.h"
#include "store/sql.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <functional>

namespace {

// Reading is most of the work; matching takes the rest.
constexpr int kReadShare = 800;
// A progress bar repaints at once when its value moves a step (Qt's
// QProgressBar::setValue), and a busy window may find several of these
// waiting: a few a second look smooth and cost it nothing.
constexpr int kProgressIntervalMs = 50;

// The start-up check holds writes: the save waits for it (told once, so
// the dialog can say so), and a cancel still ends the wait. False when it
// ended with the store still held.
bool waitForTheCheck(const Store &store, const std::atomic<bool> &cancel, const std::function<void()> &waiting)
{
    if (!store.isWaitableHold())
        return true;
    if (waiting)
        waiting();
    while (store.isWaitableHold() && !cancel.load())
        store.waitForWrites(200);
    return !store.isWaitableHold();
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

bool classify(const Store &store, ImportOutcome &out, qint64 owner, qint64 now)
{
    if (!ContactMatcher::classify(store, owner, now, out.matches, &out.storeError)) {
        out.matches.clear();
        return false;
    }
    noteLookupLimit(store, out);
    // Members first, each part in file order: here, so the window only shows.
    const auto others = std::stable_partition(out.matches.begin(), out.matches.end(),
                                              [](const ContactMatch &m) { return m.listedWithMembers(); });
    out.listedWithMembers = others - out.matches.begin();
    return true;
}

bool keepContacts(const Store &store, const QList<ContactMatch> &matches, qint64 owner, qint64 now,
                  const std::atomic<bool> &cancel, const std::function<void()> &waiting, ContactSaveStats *stats,
                  QString *error)
{
    if (!waitForTheCheck(store, cancel, waiting)) {
        *error = ImportWorker::tr("The contacts were not kept: the import ended while the store was being checked.");
        return false;
    }
    if (ContactRepository::save(store, owner, matches, now, stats, error))
        return true;
    if (error->isEmpty())
        *error = ImportWorker::tr("The contacts could not be saved.");
    return false;
}

}

ImportWorker::ImportWorker(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<ImportOutcome>();
    qRegisterMetaType<ContactSaveStats>();
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

void ImportWorker::run(std::function<void()> work)
{
    Q_ASSERT(!m_thread);
    m_cancel = false;
    m_thread.reset(QThread::create(std::move(work)));
    m_thread->setObjectName(QStringLiteral("import"));
    m_thread->start();
}

void ImportWorker::start(const ImportHead &head, qint64 owner, qint64 nowMs)
{
    const bool ownConnection = !m_store.config().isInMemory();
    run([this, head, owner, nowMs, ownConnection] {
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
            if (!store.openWorker(m_store))
                out.storeError = store.errorMessage();
            else
                classify(store, out, owner, nowMs);
        }
        QMetaObject::invokeMethod(
            this,
            [this, out = std::move(out), owner, nowMs, ownConnection]() mutable {
                m_thread->wait();
                m_thread.reset();
                if (!ownConnection && out.read.ok && !out.cancelled)
                    classify(m_store, out, owner, nowMs);
                emit progress(1000);
                emit finished(out);
            },
            Qt::QueuedConnection);
    });
}

void ImportWorker::keep(const QList<ContactMatch> &matches, qint64 owner, qint64 nowMs)
{
    // An in-memory store has one connection: it saves here, and says so
    // as a worker would, after the caller returned.
    if (m_store.config().isInMemory()) {
        ContactSaveStats stats;
        QString error;
        keepContacts(m_store, matches, owner, nowMs, m_cancel, {}, &stats, &error);
        QMetaObject::invokeMethod(
            this, [this, stats, error] { emit kept(stats, error); }, Qt::QueuedConnection);
        return;
    }
    run([this, matches, owner, nowMs] {
        ContactSaveStats stats;
        QString error;
        Store store;
        if (!store.openWorker(m_store)) {
            error = store.errorMessage();
        } else {
            keepContacts(
                store, matches, owner, nowMs, m_cancel,
                [this] {
                    QMetaObject::invokeMethod(
                        this, [this] { emit waitingForCheck(); }, Qt::QueuedConnection);
                },
                &stats, &error);
        }
        QMetaObject::invokeMethod(
            this,
            [this, stats, error] {
                m_thread->wait();
                m_thread.reset();
                emit kept(stats, error);
            },
            Qt::QueuedConnection);
    });
}
