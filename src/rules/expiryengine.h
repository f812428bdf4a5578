#pragma once

#include "rules/enginelease.h"

#include <QList>
#include <QObject>
#include <QTimer>

class Clock;
struct ChangeSet;
class InvitationService;
class Store;
class Transaction;

struct EngineReport
{
    QList<qint64> reminded; // invitations that got a reminder in this run
    QList<qint64> expired; // member invitations that expired (R5)
    QList<qint64> purged; // address invitations deleted (R10)
    QList<qint64> senderViewEnded; // ignored invitations whose expiry passed
    int remindersSent = 0; // one invitation may get two in a catch-up
    bool isEmpty() const
    {
        return reminded.isEmpty() && expired.isEmpty() && purged.isEmpty() && senderViewEnded.isEmpty();
    }
};

Q_DECLARE_METATYPE(EngineReport)

// What the window shows of the engine, as of its last run: a copy, so it
// can cross to the window's thread when the engine runs on its own.
struct EngineState
{
    bool failing = false;
    bool busy = false; // the last failure was another connection's write lock
    QString error;
    int retryDelayMs = 0;
    bool caughtUp = true; // nothing more is due now (or it failed)
};

Q_DECLARE_METATYPE(EngineState)

// Sends reminders (R6), expires (R5) and purges (R10). The timer only says
// "look now"; what is due comes from the clock and the stored due times,
// so a missed wake-up, a restart or a clock jump is caught up on the next run.
class ExpiryEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryEngine)
public:
    // Longest sleep, so a suspended machine or a changed system clock is
    // noticed within this time.
    static constexpr qint64 kMaxSleepMs = 60 * 60 * 1000;
    // How soon the engine looks again at due rows a member's open
    // transaction held during its run (team store).
    static constexpr qint64 kHeldRowsRetryMs = 5000;
    // On a team store every owner's window and service runs an engine, and
    // the one holding the store's lease works (R17). The leader renews it
    // on this beat; the others try for it on the same beat, so one takes
    // over at once when the leader lets go, and within the lease's length
    // when it dies. The beat also notices a lost server.
    static constexpr int kElectionMs = 2000;
    // A catch-up commits a slice of the due invitations at a time, so
    // neither the window nor the store's other writers wait for all of a
    // long absence at once (10,000 due on a million invitations: 0.5 s).
    // A slice should hold them about this long; how many invitations fit
    // depends on the machine and on how much of the store is in memory, so
    // each slice is sized by the pace of the one before.
    static constexpr int kSliceBudgetMs = 25;
    // The first slice of a catch-up finds a cold page cache: it is small.
    static constexpr int kFirstSliceRows = 100;
    static constexpr int kMinSliceRows = 20;
    // A slice's change set still lists what it changed (an invitation and
    // a member per row, up to ChangeSet::kMaxListed), so an open window
    // re-reads only the lists the slice touched.
    static constexpr int kMaxSliceRows = 1000;
    // An engine on a thread of its own holds only the store's write lock,
    // not anyone's events: longer slices, so pages every slice changes
    // (the tails of the notification and due indexes) are written to the
    // log fewer times. A person's action waits at most this long for one
    // (a click within 100 ms feels immediate). Such a slice's change set
    // says "everything": an open window re-reads its lists once a slice.
    static constexpr int kOwnThreadSliceBudgetMs = 100;
    static constexpr int kOwnThreadMaxSliceRows = 5000;
    // A catch-up gives back the page cache after this many reminders,
    // expiries and purges, and at its end.
    static constexpr int kReleaseEvery = 3000;
    // The size of the slice after one of `rows` that took `elapsedUs`: what
    // fits the budget at that pace, at most twice as many as before (one
    // quick slice is no promise for the next one's pages).
    static int nextSliceRows(int rows, qint64 elapsedUs, int budgetMs = kSliceBudgetMs,
                             int maxRows = kMaxSliceRows);

    ExpiryEngine(Store &store, Clock &clock, InvitationService &service, QObject *parent = nullptr);
    // Lets go of the lease, so another engine leads at its next beat.
    ~ExpiryEngine() override;

    // How start() catches up on a local store: all of it before returning
    // (the service, pictures of the window), or a slice per turn of the
    // event loop (an open window). A team store's engine always slices.
    enum class CatchUp { AtOnce, InSlices };
    // Catches up on everything due (on a team store once it leads), then
    // keeps the timer armed.
    void start(CatchUp catchUp = CatchUp::AtOnce);
    // Processes everything due now, one transaction per slice, and re-arms.
    // False when a slice failed: the slices before it are kept whole.
    bool runNow();
    // The earliest stored due moment, or 0 when nothing is scheduled.
    qint64 nextDueMs() const;
    bool isArmed() const { return m_timer.isActive(); }
    // Clock time the armed timer targets.
    qint64 armedForMs() const { return m_armedFor; }
    int armedIntervalMs() const { return m_timer.interval(); }
    QString lastError() const { return m_lastError; }
    // After a failed run the engine tries again after this long, growing
    // from one second to a minute while the failures go on.
    int retryDelayMs() const;
    bool isFailing() const { return m_failures > 0; }
    // The last failure was another connection holding the write lock.
    bool lastFailureWasBusy() const { return m_lastFailureBusy; }
    // Whether this engine does the work: always on a local store, on a
    // team store while it holds the lease.
    bool isLeader() const { return m_leader; }
    // How many due invitations the next slice takes.
    int sliceRows() const { return m_sliceRows; }
    // The engine runs on a thread of its own: kOwnThreadSliceBudgetMs.
    void setOwnThread(bool ownThread) { m_ownThread = ownThread; }
    EngineState state() const;
    // The connection under the engine was made anew: this engine stands
    // for election again (its lease may have run out meanwhile).
    void reconnected();
    // Something may be due earlier than the armed timer thinks (a new
    // invitation, changed rules): looks again, once started.
    void wake();

signals:
    // One committed slice.
    void ran(const EngineReport &report);
    void failed(const QString &message);
    // A run succeeded after one or more failed.
    void recovered();
    void leadershipChanged(bool leader);
    // The server stopped answering the engine's beat.
    void connectionLost(const QString &error);
    // After every run of a slice, failed or not.
    void stateChanged(const EngineState &state);

private:
    void arm();
    // One slice, then back to the event loop; the timer brings the next.
    void step();
    // `more`: the slice was full, more may be due.
    bool runSlice(bool *more);
    void endCatchUp();
    void elect();
    bool tryLead();
    bool boundRun();
    bool holdLease(Transaction &tx);
    void stepDown();
    bool process(qint64 now, EngineReport *report, ChangeSet &changes, bool *more);

    Store &m_store;
    Clock &m_clock;
    InvitationService &m_service;
    QTimer m_timer;
    QTimer m_electionTimer;
    EngineLease m_lease;
    bool m_leader = true;
    qint64 m_armedFor = 0;
    bool m_started = false;
    QString m_lastError;
    int m_failures = 0;
    bool m_lastSliceFull = true; // the last slice took all it could: more may be due
    bool m_moreDue = false; // the last step's slice was full and committed
    bool m_ownThread = false;
    // Changes of the catch-up under way, across its slices.
    qint64 m_catchUpSize = 0;
    int m_sliceRows = kFirstSliceRows;
    bool m_lastFailureBusy = false;
};
