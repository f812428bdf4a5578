#pragma once

#include "store/storeconfig.h"

#include <QString>

class QSqlDatabase;

// The few SQL fragments that are not the same on SQLite and PostgreSQL.
class Dialect
{
public:
    explicit Dialect(StoreConfig::Backend backend = StoreConfig::Backend::SQLite)
        : m_backend(backend)
    {
    }

    // Replaces {ID} (auto-numbered primary key) and {CLUSTERED} (table
    // suffix for tables keyed by their primary key) in a DDL statement.
    QString ddl(QString statement) const;
    QString beginWrite() const;
    // Connection settings applied after the schema version was checked;
    // they do not change the file.
    QStringList sessionSetup() const;
    // For a connection that only reads on a worker thread: the same rules,
    // without the store's large page cache and memory map (a query there
    // would otherwise keep up to 64 MB of pages of its own).
    QStringList readerSetup() const;
    // Applied after migrations succeeded: switching to WAL rewrites the
    // file header, so a refused or failed open must not get this far.
    QStringList afterMigration() const;
    // Around a bulk load: a large page cache so index pages stay in memory.
    QStringList bulkLoadBegin() const;
    QStringList bulkLoadEnd() const;
    // Name and CREATE statement of each secondary index of the given tables.
    QString secondaryIndexesQuery(const QStringList &tables) const;
    // After rows were written with explicit ids: the statements that make
    // the next generated id follow them (PostgreSQL's identity sequences do
    // not look at the rows; SQLite's do).
    QStringList identityResync(const QStringList &tables) const;
    // A one-column table of the texts in one bound JSON array parameter:
    // a list of thousands of values in one statement, with one binding.
    QString textsFromJson() const;
    // The same for an array of whole numbers (ids), as 64-bit integers.
    QString idsFromJson() const;
    // Held while a client reads and migrates the schema; empty on SQLite.
    QString migrationLock() const;
    QString migrationUnlock() const;
    // Renews or takes the lease that makes one engine the leader (R17),
    // with the engine's id bound twice; a row back means it leads. Empty
    // where every engine may run (SQLite's write lock serialises). A lease
    // in a table only the owner can write, not an advisory lock, which any
    // login could take and hold.
    QString leaderLease() const;
    // How long a leader that stopped renewing (killed, cut off) keeps it.
    static constexpr int kLeaseMs = 4000;
    // First in each run of the leader: renews the lease and holds its row
    // until the run commits (one parameter: the engine's id); no row back:
    // no longer the leader.
    QString leaderHold() const;
    // Lets go of the lease at once (one parameter: the engine's id).
    QString leaderRelease() const;
    // The first statements of each engine run's transaction: on a team
    // store a row a member holds delays one run at most a few seconds, and
    // a run that hangs ends, so it cannot keep the lease from a healthy
    // engine (issue 30). Nothing on SQLite.
    QStringList engineRunSetup() const;
    // Ends the engine's read of due invitations: on a team store the rows
    // some member's open transaction holds are skipped, not waited for.
    QString dueRowsLock() const;
    // Before the first table: the schema the connections' search_path
    // names (StoreConfig::kSchema); nothing on SQLite.
    QStringList createSchema() const;
    bool isSQLite() const { return m_backend == StoreConfig::Backend::SQLite; }
    // A member's own login on a team store: it reads through the views of
    // TeamSecurity and changes invitations only through the rule functions,
    // so the few lookups the views hide go through functions too.
    bool isMemberSession() const { return m_memberSession; }
    void setMemberSession(bool member) { m_memberSession = member; }
    // Members by normalized address, from one bound JSON array of texts:
    // "SELECT id, email_norm FROM … WHERE … IN (…)".
    QString membersByEmail() const;
    // Ids of members whose address is in the member's contacts; one
    // parameter, the member.
    QString contactMemberIds() const;
    // How many connections a member has (public, unlike the list); one
    // parameter, the member.
    QString connectionCount() const;

private:
    StoreConfig::Backend m_backend;
    bool m_memberSession = false;
};
