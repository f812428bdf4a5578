#include "store/schema.h"

#include "store/sqlplaceholders.h"
#include "store/sqlscript.h"

#include "base/textfold.h"
#include "store/dialect.h"
#include "store/reminderschedule.h"
#include "store/rulessettings.h"
#include "store/sql.h"
#include "store/statement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <functional>

namespace {

bool runAll(QSqlDatabase &db, const Dialect &dialect, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &s : statements) {
        if (!q.exec(dialect.ddl(s))) {
            if (error)
                *error = Sql::describe(q) + QStringLiteral(" in: ") + s.left(80);
            return false;
        }
    }
    return true;
}

// Version 1: the first release, before the expiry engine kept due times.
// Version 1 in two parts, statement for statement as released: members,
// connections and invitations; then cool-downs, contacts, notifications
// and the outbox.
bool toVersion1People(QSqlDatabase &db, const Dialect &d, QString *error)
{
    return runAll(
        db, d,
        {
            QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
            QStringLiteral("CREATE TABLE members ("
                           " id {ID},"
                           " name TEXT NOT NULL,"
                           " headline TEXT NOT NULL DEFAULT '',"
                           " company TEXT NOT NULL DEFAULT '',"
                           " school TEXT NOT NULL DEFAULT '',"
                           " location TEXT NOT NULL DEFAULT '',"
                           " email TEXT NOT NULL,"
                           " email_norm TEXT NOT NULL,"
                           " phone TEXT NOT NULL DEFAULT '',"
                           " joined_ms BIGINT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX members_email ON members (email_norm)"),
            // Each connection is stored once per direction, so "my connections"
            // and mutual counts are plain key lookups.
            QStringLiteral("CREATE TABLE connections ("
                           " member_id BIGINT NOT NULL REFERENCES members (id),"
                           " other_id BIGINT NOT NULL REFERENCES members (id),"
                           " since_ms BIGINT NOT NULL,"
                           " PRIMARY KEY (member_id, other_id)){CLUSTERED}"),
            QStringLiteral("CREATE TABLE invitations ("
                           " id {ID},"
                           " sender_id BIGINT NOT NULL REFERENCES members (id),"
                           " recipient_id BIGINT REFERENCES members (id),"
                           " recipient_email TEXT,"
                           " pair_lo BIGINT,"
                           " pair_hi BIGINT,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " source INTEGER NOT NULL,"
                           " state INTEGER NOT NULL,"
                           " sent_ms BIGINT NOT NULL,"
                           " expires_ms BIGINT NOT NULL,"
                           " responded_ms BIGINT,"
                           " reminders_sent INTEGER NOT NULL DEFAULT 0,"
                           " CHECK (recipient_id IS NOT NULL OR recipient_email IS NOT NULL))"),
            // The database itself refuses a second pending invitation between
            // two members (either direction) or from one member to one address.
            QStringLiteral("CREATE UNIQUE INDEX invitations_pending_pair ON invitations (pair_lo, pair_hi)"
                           " WHERE state = 0 AND pair_lo IS NOT NULL"),
            QStringLiteral("CREATE UNIQUE INDEX invitations_pending_address ON invitations (sender_id, recipient_email)"
                           " WHERE state = 0 AND recipient_id IS NULL"),
            QStringLiteral("CREATE INDEX invitations_sender ON invitations (sender_id, sent_ms)"),
            QStringLiteral("CREATE INDEX invitations_recipient ON invitations (recipient_id, state)"),
            QStringLiteral("CREATE INDEX invitations_address ON invitations (recipient_email)"),
        },
        error);
}

bool toVersion1Around(QSqlDatabase &db, const Dialect &d, QString *error)
{
    return runAll(db, d,
                  {
                      QStringLiteral("CREATE TABLE cooldowns ("
                                     " id {ID},"
                                     " sender_id BIGINT NOT NULL REFERENCES members (id),"
                                     " recipient_id BIGINT REFERENCES members (id),"
                                     " recipient_email TEXT,"
                                     " until_ms BIGINT NOT NULL)"),
                      QStringLiteral("CREATE INDEX cooldowns_member ON cooldowns (sender_id, recipient_id)"),
                      QStringLiteral("CREATE INDEX cooldowns_address ON cooldowns (sender_id, recipient_email)"),
                      QStringLiteral("CREATE TABLE contacts ("
                                     " id {ID},"
                                     " owner_id BIGINT NOT NULL REFERENCES members (id),"
                                     " name TEXT NOT NULL DEFAULT '',"
                                     " email TEXT NOT NULL DEFAULT '',"
                                     " email_norm TEXT NOT NULL DEFAULT '',"
                                     " phone TEXT NOT NULL DEFAULT '',"
                                     " company TEXT NOT NULL DEFAULT '',"
                                     " imported_ms BIGINT NOT NULL)"),
                      QStringLiteral("CREATE INDEX contacts_owner ON contacts (owner_id, email_norm)"),
                      QStringLiteral("CREATE TABLE notifications ("
                                     " id {ID},"
                                     " member_id BIGINT NOT NULL REFERENCES members (id),"
                                     " kind INTEGER NOT NULL,"
                                     " invitation_id BIGINT REFERENCES invitations (id),"
                                     " actor_id BIGINT REFERENCES members (id),"
                                     " created_ms BIGINT NOT NULL,"
                                     " read_ms BIGINT)"),
                      QStringLiteral("CREATE INDEX notifications_member ON notifications (member_id, created_ms)"),
                      QStringLiteral("CREATE TABLE outbox ("
                                     " id {ID},"
                                     " to_email TEXT NOT NULL,"
                                     " sender_id BIGINT NOT NULL REFERENCES members (id),"
                                     " invitation_id BIGINT REFERENCES invitations (id),"
                                     " kind INTEGER NOT NULL,"
                                     " created_ms BIGINT NOT NULL)"),
                      QStringLiteral("CREATE INDEX outbox_invitation ON outbox (invitation_id)"),
                  },
                  error);
}

bool toVersion1(QSqlDatabase &db, const Dialect &d, QString *error)
{
    return toVersion1People(db, d, error) && toVersion1Around(db, d, error);
}

// Version 2: the expiry engine keeps each invitation's next due moment, so
// "what is due" is one index range instead of a scan; settings move into
// the store; the store itself refuses a reminder sent twice.
bool toVersion2(QSqlDatabase &db, const Dialect &d, QString *error)
{
    if (!runAll(
            db, d,
            {
                QStringLiteral("ALTER TABLE invitations ADD COLUMN next_due_ms BIGINT"),
                QStringLiteral("ALTER TABLE invitations ADD COLUMN sender_closed_ms BIGINT"),
                QStringLiteral("CREATE INDEX invitations_due ON invitations (next_due_ms)"
                               " WHERE next_due_ms IS NOT NULL"),
                QStringLiteral("CREATE TABLE settings (name TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX cooldowns_until ON cooldowns (until_ms)"),
                // Over pending invitations only: the received list (newest first)
                // and its count read this index alone, even for 100,000 of them.
                QStringLiteral("DROP INDEX invitations_recipient"),
                QStringLiteral("CREATE INDEX invitations_recipient ON invitations (recipient_id, sent_ms, expires_ms)"
                               " WHERE state = 0"),
                // Accept closes ignored invitations between the same two people.
                QStringLiteral("CREATE INDEX invitations_pair ON invitations (pair_lo, pair_hi)"),
                // Version 1 could record a reminder twice after a crash; keep the first.
                QStringLiteral("DELETE FROM notifications WHERE invitation_id IS NOT NULL AND id NOT IN"
                               " (SELECT MIN(id) FROM notifications WHERE invitation_id IS NOT NULL"
                               "  GROUP BY invitation_id, kind)"),
                QStringLiteral("DELETE FROM outbox WHERE invitation_id IS NOT NULL AND id NOT IN"
                               " (SELECT MIN(id) FROM outbox WHERE invitation_id IS NOT NULL"
                               "  GROUP BY invitation_id, kind)"),
                QStringLiteral("CREATE UNIQUE INDEX notifications_once ON notifications (invitation_id, kind)"
                               " WHERE invitation_id IS NOT NULL"),
                QStringLiteral("CREATE UNIQUE INDEX outbox_once ON outbox (invitation_id, kind)"
                               " WHERE invitation_id IS NOT NULL"),
            },
            error))
        return false;

    // Pending invitations get their next due moment from the default rules;
    // ignored ones are due at expiry so the sender's view can be refreshed.
    const RulesSettings rules;
    QSqlQuery select(db);
    Statement update(db);
    if (!Sql::exec(select,
                   QStringLiteral("SELECT id, state, sent_ms, expires_ms, reminders_sent FROM invitations"
                                  " WHERE state IN (0, 2)"),
                   {}, error)
        || !update.prepare(QStringLiteral("UPDATE invitations SET next_due_ms = ? WHERE id = ?"))) {
        if (error && error->isEmpty())
            *error = update.error();
        return false;
    }
    while (select.next()) {
        Invitation inv;
        inv.state = InvitationState(select.value(1).toInt());
        inv.sentMs = select.value(2).toLongLong();
        inv.expiresMs = select.value(3).toLongLong();
        inv.remindersSent = select.value(4).toInt();
        if (!update.run({Sql::nullableId(ReminderSchedule::nextDue(inv, rules)), select.value(0)}, error))
            return false;
    }
    return true;
}

// Version 3: people you may know remembers whom a member dismissed.
bool toVersion3(QSqlDatabase &db, const Dialect &d, QString *error)
{
    return runAll(db, d,
                  {
                      QStringLiteral("CREATE TABLE dismissed_suggestions ("
                                     " member_id BIGINT NOT NULL REFERENCES members (id),"
                                     " other_id BIGINT NOT NULL REFERENCES members (id),"
                                     " dismissed_ms BIGINT NOT NULL,"
                                     " PRIMARY KEY (member_id, other_id)){CLUSTERED}"),
                      // Suggestions by shared company, school or place are index lookups.
                      QStringLiteral("CREATE INDEX members_company ON members (company)"),
                      QStringLiteral("CREATE INDEX members_school ON members (school)"),
                      QStringLiteral("CREATE INDEX members_location ON members (location)"),
                      // The outbox is read newest first.
                      QStringLiteral("CREATE INDEX outbox_created ON outbox (created_ms)"),
                  },
                  error);
}

// Version 4: re-importing an address book updates contacts instead of
// adding them twice (one key per owner: the address, else name and company);
// contacts without an address are matched to members by name.
bool toVersion4(QSqlDatabase &db, const Dialect &d, QString *error)
{
    return runAll(db, d,
                  {
                      QStringLiteral("ALTER TABLE contacts ADD COLUMN dedupe_key TEXT NOT NULL DEFAULT ''"),
                      QStringLiteral("UPDATE contacts SET dedupe_key = email_norm WHERE email_norm <> ''"),
                      QStringLiteral("UPDATE contacts SET dedupe_key = 'name:' || lower(name) || '|' || lower(company)"
                                     " WHERE email_norm = ''"),
                      QStringLiteral("DELETE FROM contacts WHERE id NOT IN"
                                     " (SELECT MIN(id) FROM contacts GROUP BY owner_id, dedupe_key)"),
                      QStringLiteral("CREATE UNIQUE INDEX contacts_key ON contacts (owner_id, dedupe_key)"),
                      // The manage view lists a member's contacts by name, a page at a time.
                      QStringLiteral("CREATE INDEX contacts_owner_name ON contacts (owner_id, name, id)"),
                      QStringLiteral("CREATE INDEX members_name_lower ON members (lower(name))"),
                  },
                  error);
}

// Version 5: every transaction that changes what a view shows leaves one
// row here, so windows of other processes learn what changed (ChangeFeed).
bool toVersion5(QSqlDatabase &db, const Dialect &d, QString *error)
{
    return runAll(db, d,
                  {
                      QStringLiteral("CREATE TABLE change_log ("
                                     " seq {ID},"
                                     " origin BIGINT NOT NULL,"
                                     " payload TEXT NOT NULL)"),
                  },
                  error);
}

// Version 6: on a team store each person signs in with their own database
// login and acts as the member tied to it (R15).
bool toVersion6(QSqlDatabase &db, const Dialect &d, QString *error)
{
    return runAll(db, d,
                  {
                      QStringLiteral("ALTER TABLE members ADD COLUMN login TEXT"),
                      QStringLiteral("CREATE UNIQUE INDEX members_login ON members (login)"),
                  },
                  error);
}

// A frozen migration: its .sql file, compiled in, filled in and run.
bool runFrozen(QSqlDatabase &db, const Dialect &d, int version, QString *error)
{
    const QString resource = QStringLiteral(":/sql/migration-%1.sql").arg(version);
    QStringList statements;
    for (const QString &statement : SqlScript::statements(SqlScript::load(resource)))
        statements.append(SqlPlaceholders::fill(statement));
    if (statements.isEmpty()) {
        *error = QStringLiteral("the migration %1 is missing from this build").arg(resource);
        return false;
    }
    return runAll(db, d, statements, error);
}

// Version 7: a team store notifies listening windows as it commits (R16);
// SQLite's windows look at data_version instead.
bool toVersion7(QSqlDatabase &db, const Dialect &d, QString *error)
{
    return d.isSQLite() || runFrozen(db, d, 7, error);
}

// Version 8: a team store enforces privacy and the rules for each member's
// own login (R11, R18): row-level security, views, rule functions.
bool toVersion8(QSqlDatabase &db, const Dialect &d, QString *error)
{
    return d.isSQLite() || runFrozen(db, d, 8, error);
}

// Version 9: no member's session holds the others up or gets past a rule
// with an old snapshot (issue 30): bounded lock waits, the caller checked
// before any lock, a rule lock per member. Frozen in its .sql file.
bool toVersion9(QSqlDatabase &db, const Dialect &d, QString *error)
{
    return d.isSQLite() || runFrozen(db, d, 9, error);
}

// Version 10: no member stops the others through the notification queue,
// forges what windows reload, grows the store without bound or confirms
// hidden addresses wholesale (issue 30). Frozen in its .sql file.
bool toVersion10(QSqlDatabase &db, const Dialect &d, QString *error)
{
    return d.isSQLite() || runFrozen(db, d, 10, error);
}

// Each member's search key, written by the app on a SQLite store.
bool fillSearchKeys(QSqlDatabase &db, QString *error)
{
    QSqlQuery read(db);
    Statement write(db);
    read.setForwardOnly(true);
    if (!Sql::exec(read, QStringLiteral("SELECT id, name, headline, company FROM members"), {}, error))
        return false;
    if (!write.prepare(QStringLiteral("UPDATE members SET search_key = ? WHERE id = ?"))) {
        if (error)
            *error = write.error();
        return false;
    }
    while (read.next()) {
        const QString key = TextFold::searchKey(read.value(1).toString(), read.value(2).toString(),
                                                read.value(3).toString());
        if (!write.run({key, read.value(0)}, error))
            return false;
    }
    return true;
}

// Version 11: people can be themselves (R19): a key that finds them whatever
// the case and accents, and a photo in two sizes. The team store's is frozen
// in its .sql file, with its rule functions.
bool toVersion11(QSqlDatabase &db, const Dialect &d, QString *error)
{
    if (!d.isSQLite())
        return runFrozen(db, d, 11, error);
    return runAll(db, d,
                  {
                      QStringLiteral("ALTER TABLE members ADD COLUMN search_key TEXT NOT NULL DEFAULT ''"),
                      QStringLiteral("CREATE TABLE member_photos ("
                                     " member_id INTEGER PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,"
                                     " small BLOB NOT NULL,"
                                     " large BLOB NOT NULL,"
                                     " changed_ms INTEGER NOT NULL)"),
                  },
                  error)
        && fillSearchKeys(db, error);
}

// Version 12: outbox e-mails are delivered by the team store's leading
// engine (R20), in the sender's language. A local store keeps its outbox as
// it was: nothing there is mailed (the outbox offers the person's own mail
// program instead).
bool toVersion12(QSqlDatabase &db, const Dialect &d, QString *error)
{
    return d.isSQLite() || runFrozen(db, d, 12, error);
}

// Version 13: a sender's e-mails found by their sender, on both stores.
bool toVersion13(QSqlDatabase &db, const Dialect &d, QString *error)
{
    return runFrozen(db, d, 13, error);
}

using Step = std::function<bool(QSqlDatabase &, const Dialect &, QString *)>;

const QList<Step> &steps()
{
    static const QList<Step> all{toVersion1, toVersion2, toVersion3,  toVersion4,  toVersion5,  toVersion6, toVersion7,
                                 toVersion8, toVersion9, toVersion10, toVersion11, toVersion12, toVersion13};
    return all;
}

}

namespace Schema {

int currentVersion()
{
    return int(steps().size());
}

bool migrate(QSqlDatabase &db, const Dialect &dialect, int fromVersion, QString *error)
{
    if (fromVersion == 0 && !runAll(db, dialect, dialect.createSchema(), error))
        return false;
    for (int v = fromVersion; v < currentVersion(); ++v) {
        if (!steps().at(v)(db, dialect, error))
            return false;
    }
    QSqlQuery q(db);
    return Sql::exec(q, QStringLiteral("UPDATE schema_version SET version = ?"), {currentVersion()}, error);
}

}
