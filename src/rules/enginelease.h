#pragma once

#include <QString>

class Store;

// Which engine leads on a shared store (R17): a lease row only the owner
// may write, renewed on every beat and held for the length of each run;
// taken over when it ran out, its holder's session is gone, or it was let
// go. Not an advisory lock: any login could take and hold one of those.
// On SQLite there is nothing to share: every engine leads.
class EngineLease final
{
public:
    explicit EngineLease(Store &store);

    // False on SQLite: no election, this engine leads.
    bool isShared() const;

    enum class Renewal { Holds, HeldByAnother, Failed, ConnectionLost };
    // Renews this engine's lease or takes one that ran out; the same
    // statement whether it led or not.
    Renewal renew(QString *error);
    // In a run's transaction: keeps the lease row for the run's length.
    // False when another engine took over meanwhile (`*lost` set) or the
    // statement failed.
    bool hold(QString *error, bool *lost);
    // Lets go, so another engine leads at its next beat.
    void release();

private:
    Store &m_store;
    // Names this engine in the lease.
    qint64 m_holder;
};
