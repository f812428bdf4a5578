#include "rules/expiryengine.h"

#include "rules/enginelease.h"

#include "base/clock.h"
#include "rules/invitationservice.h"
#include "rules/network.h"
#include "store/changefeed.h"
#include "store/reminderschedule.h"
#include "store/repeatedstatement.h"
#include "store/servererror.h"
#include "store/sql.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

ExpiryEngine::ExpiryEngine(Store &store, Clock &clock, InvitationService &service, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_service(service)
    , m_lease(store)
{
    qRegisterMetaType<EngineReport>();
    qRegisterMetaType<EngineState>();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ExpiryEngine::step);
    m_leader = !m_lease.isShared();
    m_electionTimer.setInterval(kElectionMs);
    m_electionTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_electionTimer, &QTimer::timeout, this, &ExpiryEngine::elect);
    connect(&m_clock, &Clock::changed, this, [this] {
        if (m_started)
            step();
    });
    connect(&m_service, &InvitationService::scheduleChanged, this, &ExpiryEngine::wake);
    // Another process's invitation may be due before what this one waits for.
    if (ChangeFeed *feed = store.feed()) {
        connect(feed, &ChangeFeed::changed, this, [this](const ChangeSet &changes) {
            if (changes.remote && (changes.everything || !changes.invitations.isEmpty()))
                wake();
        });
    }
}

ExpiryEngine::~ExpiryEngine()
{
    if (m_leader)
        m_lease.release();
}

void ExpiryEngine::start(CatchUp catchUp)
{
    m_started = true;
    if (!m_lease.isShared()) {
        if (catchUp == CatchUp::AtOnce)
            runNow();
        else
            step();
        return;
    }
    elect();
    m_electionTimer.start();
}

void ExpiryEngine::stepDown()
{
    if (!m_leader)
        return;
    m_leader = false;
    m_timer.stop();
    emit leadershipChanged(false);
}

bool ExpiryEngine::tryLead()
{
    QString error;
    switch (m_lease.renew(&error)) {
    case EngineLease::Renewal::Holds:
        if (!m_leader) {
            m_leader = true;
            emit leadershipChanged(true);
        }
        return true;
    case EngineLease::Renewal::HeldByAnother:
        stepDown(); // e.g. our lease ran out while the server was slow
        return false;
    case EngineLease::Renewal::ConnectionLost:
        stepDown();
        emit connectionLost(m_store.isOpen() ? error : tr("the connection to the server is closed"));
        return false;
    case EngineLease::Renewal::Failed:
        break;
    }
    return false;
}

void ExpiryEngine::elect()
{
    const bool was = m_leader;
    if (tryLead() && !was)
        step(); // the catch-up a previous leader may have left
}

void ExpiryEngine::wake()
{
    if (m_started)
        arm();
}

EngineState ExpiryEngine::state() const
{
    EngineState state;
    state.failing = isFailing();
    state.busy = m_lastFailureBusy;
    state.error = m_lastError;
    state.retryDelayMs = retryDelayMs();
    state.caughtUp = !m_moreDue;
    return state;
}

void ExpiryEngine::reconnected()
{
    if (!m_lease.isShared())
        return;
    stepDown();
    if (m_started)
        elect();
}

qint64 ExpiryEngine::nextDueMs() const
{
    return Sql::scalar(m_store.database(),
                       QStringLiteral("SELECT MIN(next_due_ms) FROM invitations WHERE next_due_ms IS NOT NULL"), {});
}

int ExpiryEngine::retryDelayMs() const
{
    return m_failures ? int(qMin<qint64>(qint64(1000) << qMin(m_failures - 1, 6), 60000)) : 0;
}

void ExpiryEngine::arm()
{
    if (!m_leader)
        return;
    const qint64 now = m_clock.nowMs();
    const qint64 next = nextDueMs();
    qint64 wait = next ? qBound<qint64>(0, next - now, kMaxSleepMs) : kMaxSleepMs;
    // What is due stays due after a failed run: without a pause the timer
    // would fire again at once, on a store that is still busy.
    if (m_failures)
        wait = qMax<qint64>(wait, retryDelayMs());
    // Still due after a slice that was not full: rows some member's open
    // transaction holds, which the run skipped (team store). Look again
    // later rather than at once.
    if (next && next <= now && !m_lastSliceFull)
        wait = qMax<qint64>(wait, kHeldRowsRetryMs);
    m_armedFor = now + wait;
    m_timer.start(int(wait));
}

bool ExpiryEngine::runNow()
{
    bool ok = true;
    bool more = true;
    while (ok && more)
        ok = runSlice(&more);
    m_moreDue = false;
    if (m_started)
        arm();
    emit stateChanged(state());
    return ok;
}

void ExpiryEngine::step()
{
    bool more = false;
    runSlice(&more);
    m_moreDue = more;
    // What is left of a catch-up is still due: the timer fires again at
    // once, after the events that waited for this slice.
    if (m_started)
        arm();
    emit stateChanged(state());
}

bool ExpiryEngine::runSlice(bool *more)
{
    *more = false;
    m_lastSliceFull = true; // until a slice says otherwise
    if (!m_leader && !tryLead())
        return true;
    const qint64 now = m_clock.nowMs();
    const qint64 next = nextDueMs();
    if (!next || next > now) {
        endCatchUp(); // the last slice was full, and nothing was left
        return true;
    }
    EngineReport report;
    QString error;
    m_lastError.clear();
    // Measures this machine's pace, not the network's time: what is due
    // still comes from the clock alone.
    QElapsedTimer held;
    held.start();
    const int rows = m_sliceRows;
    Transaction tx(m_store);
    tx.deferPublish();
    const bool ok = tx.isActive() && boundRun() && holdLease(tx) && process(now, &report, tx.changes(), more)
        && tx.commit(&error);
    m_lastSliceFull = *more;
    if (ok) {
        const bool wasFailing = m_failures > 0;
        m_failures = 0;
        m_lastFailureBusy = false;
        if (*more)
            m_sliceRows = nextSliceRows(rows, held.nsecsElapsed() / 1000,
                                        m_ownThread ? kOwnThreadSliceBudgetMs : kSliceBudgetMs,
                                        m_ownThread ? kOwnThreadMaxSliceRows : kMaxSliceRows);
        tx.publish();
        if (wasFailing)
            emit recovered();
        emit ran(report);
        const qint64 before = m_catchUpSize;
        m_catchUpSize += report.remindersSent + report.expired.size() + report.purged.size();
        // A long catch-up with the window open would hold the window's pages
        // and every page the catch-up touched at once: it gives them back as
        // it goes. The next slice then reads its pages again: a smaller one.
        if (*more && before / kReleaseEvery != m_catchUpSize / kReleaseEvery) {
            m_store.releaseMemory();
            m_sliceRows = qMax(kMinSliceRows, m_sliceRows / 2);
        }
        if (!*more)
            endCatchUp();
    } else {
        // Nothing of this slice was kept: the next run starts from the
        // same stored state, so nothing is sent twice.
        *more = false;
        tx.rollback();
        if (m_lastError.isEmpty())
            m_lastError = error.isEmpty() ? tx.error() : error;
        ++m_failures;
        m_lastFailureBusy = Sql::isBusy(m_lastError);
        emit failed(m_lastError);
    }
    return ok;
}

void ExpiryEngine::endCatchUp()
{
    // A large catch-up filled the page cache; the armed engine does not
    // need it.
    if (m_catchUpSize > 1000)
        m_store.releaseMemory();
    m_catchUpSize = 0;
    m_sliceRows = kFirstSliceRows;
}

int ExpiryEngine::nextSliceRows(int rows, qint64 elapsedUs, int budgetMs, int maxRows)
{
    const qint64 fit = elapsedUs > 0 ? qint64(rows) * budgetMs * 1000 / elapsedUs : qint64(maxRows);
    return int(qBound(qint64(kMinSliceRows), qMin(fit, 2 * qint64(rows)), qint64(maxRows)));
}

bool ExpiryEngine::boundRun()
{
    QSqlQuery q(m_store.database());
    // SET cannot be prepared on PostgreSQL: run as it is.
    for (const QString &statement : m_store.dialect().engineRunSetup()) {
        if (!q.exec(statement)) {
            m_lastError = Sql::describe(q);
            return false;
        }
    }
    return true;
}

bool ExpiryEngine::holdLease(Transaction &tx)
{
    bool lost = false;
    if (m_lease.hold(&m_lastError, &lost))
        return true;
    if (lost) {
        // Another engine took over while this one was away: it does the work.
        m_lastError = tr("another engine leads now");
        tx.rollback();
        stepDown();
    }
    return false;
}

namespace {

// The statements of one slice. Thousands of due rows after weeks away:
// each is prepared once and run per row through SQLite's own API
// (RepeatedStatement).
struct SliceStatements
{
    SliceStatements(const QSqlDatabase &db, const QString &dueRowsLock)
        : read(db,
               QStringLiteral("SELECT id, sender_id, recipient_id, recipient_email, state, sent_ms, expires_ms,"
                              " responded_ms, reminders_sent, sender_closed_ms FROM invitations"
                              " WHERE next_due_ms IS NOT NULL AND next_due_ms <= ? ORDER BY next_due_ms LIMIT ?")
                   + dueRowsLock)
        , expire(db,
                 QStringLiteral("UPDATE invitations SET state = %1, next_due_ms = NULL WHERE id = ? AND state = %2")
                     .arg(int(InvitationState::Expired))
                     .arg(int(InvitationState::Pending)))
        , clearDue(db, QStringLiteral("UPDATE invitations SET next_due_ms = NULL WHERE id = ?"))
        , remind(db,
                 QStringLiteral("UPDATE invitations SET reminders_sent = ?, next_due_ms = ? WHERE id = ?"
                                " AND reminders_sent = ?"))
        , notify(db,
                 QStringLiteral("INSERT INTO notifications (member_id, kind, invitation_id, actor_id, created_ms)"
                                " VALUES (?, ?, ?, ?, ?)"))
        , mail(db,
               QStringLiteral("INSERT INTO outbox (to_email, sender_id, invitation_id, kind, created_ms)"
                              " VALUES (?, ?, ?, ?, ?)"))
        , dropMail(db, QStringLiteral("DELETE FROM outbox WHERE invitation_id = ?"))
        , drop(db, QStringLiteral("DELETE FROM invitations WHERE id = ?"))
    {
    }

    bool valid()
    {
        for (const RepeatedStatement *statement :
             {&read, &expire, &clearDue, &remind, &notify, &mail, &dropMail, &drop}) {
            if (!statement->isValid()) {
                error = statement->error();
                return false;
            }
        }
        return true;
    }

    // Runs one; its error kept when it failed.
    bool ran(RepeatedStatement &statement, std::initializer_list<QVariant> values)
    {
        if (statement.run(values))
            return true;
        error = statement.error();
        return false;
    }

    RepeatedStatement read, expire, clearDue, remind, notify, mail, dropMail, drop;
    QString error;
};

// What one slice works with.
struct SliceWork
{
    SliceStatements &s;
    const RulesSettings &rules;
    qint64 now;
    EngineReport *report;
    ChangeSet &changes;
};

bool readDue(SliceStatements &s, qint64 now, int sliceRows, QList<Invitation> *due)
{
    if (!s.ran(s.read, {now, sliceRows}))
        return false;
    while (s.read.next()) {
        Invitation inv;
        inv.id = s.read.integer(0);
        inv.senderId = s.read.integer(1);
        inv.recipientId = s.read.integer(2);
        inv.recipientEmail = s.read.text(3);
        inv.state = InvitationState(s.read.integer(4));
        inv.sentMs = s.read.integer(5);
        inv.expiresMs = s.read.integer(6);
        inv.respondedMs = s.read.integer(7);
        inv.remindersSent = int(s.read.integer(8));
        inv.senderClosedMs = s.read.integer(9);
        due->append(inv);
    }
    s.error = s.read.error();
    return s.error.isEmpty();
}

bool purge(const SliceWork &w, const Invitation &inv)
{
    w.report->purged.append(inv.id);
    return w.s.ran(w.s.dropMail, {inv.id}) && w.s.ran(w.s.drop, {inv.id});
}

// Every reminder whose time has come, each once: the update is conditional
// on the count read, so even a second engine could not send one twice.
bool remindDue(const SliceWork &w, Invitation inv)
{
    SliceStatements &s = w.s;
    const QList<qint64> times = ReminderSchedule::reminderTimes(inv, w.rules);
    const int before = inv.remindersSent;
    bool ok = true;
    while (ok && inv.remindersSent < times.size() && times.at(inv.remindersSent) <= w.now) {
        ++inv.remindersSent;
        if (inv.isToAddress()) {
            const OutboxKind kind = inv.remindersSent == 1 ? OutboxKind::Reminder1 : OutboxKind::Reminder2;
            ok = s.ran(s.mail, {inv.recipientEmail, inv.senderId, inv.id, int(kind), w.now});
        } else {
            const auto kind = inv.remindersSent == 1 ? NotificationKind::Reminder1 : NotificationKind::Reminder2;
            ok = s.ran(s.notify, {inv.recipientId, int(kind), inv.id, inv.senderId, w.now});
            w.changes.member(inv.recipientId, ChangeSet::Notifications);
        }
        ++w.report->remindersSent;
    }
    ok = ok
        && s.ran(s.remind,
                 {inv.remindersSent, Sql::nullableId(ReminderSchedule::nextDue(inv, w.rules)), inv.id, before});
    // Another engine got there first (it should not: one leads): this
    // run's reminders would be the second ones, so none is kept.
    if (ok && s.remind.rowsAffected() != 1) {
        s.error = ExpiryEngine::tr("invitation %1 was updated by another engine during this run").arg(inv.id);
        ok = false;
    }
    if (inv.remindersSent > before)
        w.report->reminded.append(inv.id);
    return ok;
}

bool processOne(const SliceWork &w, const Invitation &inv)
{
    // A reminder changes nothing the sender sees; waking their window
    // for it would tell them the invitation was not ignored (R4).
    const bool reminderOnly = inv.state == InvitationState::Pending && w.now < inv.expiresMs && !inv.isToAddress();
    if (reminderOnly)
        w.changes.invitation(inv.id, inv.senderId, inv.recipientId, false);
    else
        w.changes.invitation(inv);
    if (inv.state == InvitationState::Pending && w.now >= inv.expiresMs) {
        // Expiry wins over any reminder missed while the app was closed.
        if (inv.isToAddress())
            return purge(w, inv);
        w.report->expired.append(inv.id);
        return w.s.ran(w.s.expire, {inv.id});
    }
    if (inv.state == InvitationState::Pending)
        return remindDue(w, inv);
    if (inv.state == InvitationState::Withdrawn && inv.isToAddress())
        return purge(w, inv);
    if (inv.state == InvitationState::Ignored)
        w.report->senderViewEnded.append(inv.id);
    return w.s.ran(w.s.clearDue, {inv.id});
}

}

bool ExpiryEngine::process(qint64 now, EngineReport *report, ChangeSet &changes, bool *more)
{
    SliceStatements s(m_store.database(), m_store.dialect().dueRowsLock());
    QList<Invitation> due;
    if (!s.valid() || !readDue(s, now, m_sliceRows, &due)) {
        m_lastError = s.error;
        return false;
    }
    *more = due.size() == m_sliceRows;
    const SliceWork work{s, m_service.rules(), now, report, changes};
    for (const Invitation &inv : std::as_const(due)) {
        if (!processOne(work, inv)) {
            m_lastError = s.error;
            return false;
        }
    }
    QSqlQuery cleanup(m_store.database());
    return Sql::exec(cleanup, QStringLiteral("DELETE FROM cooldowns WHERE until_ms <= ?"), {now}, &m_lastError);
}
