#include "testsupport.h"

#include "store/dialect.h"

#include "store/reminderschedule.h"
#include "store/schema.h"
#include "store/sql.h"
#include "store/statement.h"
#include "store/unprepared.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Writes a database with a raw connection, outside the Store.
bool runScript(const QString &path, const QString &script, const QString &connection = QStringLiteral("raw"))
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : script.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            QString s = statement.trimmed();
            while (s.startsWith(QLatin1String("--")))
                s = s.mid(s.indexOf(QLatin1Char('\n')) + 1).trimmed();
            if (!s.isEmpty() && !q.exec(s)) {
                qWarning() << q.lastError().text() << s.left(80);
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

// Leaves WAL mode once the app's connections are closed, so the test sees
// one plain file (no -wal or -shm beside it).
bool toRollbackJournal(const QString &path)
{
    return runScript(path, QStringLiteral("PRAGMA journal_mode=DELETE;\n"), QStringLiteral("journal"));
}

}

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void createsSchemaAndReportsCreation();
    void reopenKeepsData();
    void unpreparedStatementsCarryTheirValues();
    void releaseMemoryKeepsTheStoreUsable();
    void migratesVersion1Fixture();
    void refusesNewerVersion();
    void refusesNonSqliteFile();
    void refusesDamagedSqliteFile();
    void refusesReadOnlyFile();
    void refusesMissingFolder();
    void refusesLockedFile();
    void refusesForeignDatabase();
    void failedMigrationChangesNothing();
    void walAndForeignKeysAreOn();
    void dueLookupsUseIndexes();
};

void TestStore::createsSchemaAndReportsCreation()
{
    QTemporaryDir dir;
    Store store;
    QVERIFY2(store.open(StoreConfig::sqlite(dir.filePath(QStringLiteral("new.sqlite")))),
             qPrintable(store.errorMessage()));
    QVERIFY(store.wasCreated());
    QCOMPARE(store.schemaVersion(), Schema::currentVersion());
    QVERIFY(store.database().tables().contains(QStringLiteral("invitations")));
}

void TestStore::reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("n.sqlite"));
    {
        Net n(Net::utc(2026, 1, 1), path);
        n.member(QStringLiteral("Anna"));
    }
    Store store;
    QVERIFY(store.open(StoreConfig::sqlite(path)));
    QVERIFY(!store.wasCreated());
    QCOMPARE(Sql::scalar(store.database(), QStringLiteral("SELECT COUNT(*) FROM members"), {}), qint64(1));
}

// What a long scroll cached is given back; the store stays usable, and
// the file is never mapped into memory (every touch would map its
// neighbours too).
void TestStore::releaseMemoryKeepsTheStoreUsable()
{
    QTemporaryDir dir;
    Net n(Net::utc(2026, 1, 1), dir.filePath(QStringLiteral("r.sqlite")));
    for (int i = 0; i < 50; ++i)
        n.member(QStringLiteral("Member %1").arg(i));
    QCOMPARE(Sql::scalar(n.store->database(), QStringLiteral("SELECT COUNT(*) FROM members"), {}), qint64(50));
    n.store->releaseMemory();
    QCOMPARE(Sql::scalar(n.store->database(), QStringLiteral("PRAGMA mmap_size"), {}), qint64(0));
    QCOMPARE(Sql::scalar(n.store->database(), QStringLiteral("SELECT COUNT(*) FROM members"), {}), qint64(50));
    n.member(QStringLiteral("One more"));
    QCOMPARE(Sql::scalar(n.store->database(), QStringLiteral("SELECT COUNT(*) FROM members"), {}), qint64(51));
}

void TestStore::migratesVersion1Fixture()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    QFile fixture(QStringLiteral(MYNETWORK_FIXTURES "/store_v1.sql"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QVERIFY(runScript(path, QString::fromUtf8(fixture.readAll())));

    Net n(Net::utc(2026, 3, 10), path);
    QCOMPARE(n.store->schemaVersion(), Schema::currentVersion());
    QVERIFY(!n.store->wasCreated());
    QCOMPARE(n.network().member(1)->name, QStringLiteral("Anna Müller"));
    QVERIFY(n.network().isConnected(1, 2));
    const RulesSettings rules;
    // The new due column is filled from each invitation's own history.
    const Invitation remindedOnce = *n.network().invitation(1);
    QCOMPARE(remindedOnce.nextDueMs, remindedOnce.expiresMs - rules.secondReminderBeforeExpiryMs);
    const Invitation fresh = *n.network().invitation(2);
    QCOMPARE(fresh.nextDueMs, fresh.sentMs + rules.firstReminderAfterMs);
    QCOMPARE(n.network().invitation(3)->nextDueMs, n.network().invitation(3)->expiresMs);
    QCOMPARE(n.network().invitation(4)->nextDueMs, n.network().invitation(4)->sentMs + rules.firstReminderAfterMs);
    QCOMPARE(n.network().invitation(5)->nextDueMs, qint64(0));
    // The reminder recorded twice by version 1 is kept once.
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE invitation_id = 1")), 1);
    QCOMPARE(n.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), 2);
    // And the migrated store works under the engine.
    n.engine->start();
    QCOMPARE(n.notificationsOf(4, NotificationKind::Reminder1), 1); // sent 2026-02-20: due 6 March
    QCOMPARE(n.outboxFor(QStringLiteral("x@example.com")), 2);
}

void TestStore::refusesNewerVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        Store store;
        QVERIFY(store.open(StoreConfig::sqlite(path)));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
    }
    QVERIFY(toRollbackJournal(path));
    const QByteArray before = fileHash(path);
    Store store;
    QVERIFY(!store.open(StoreConfig::sqlite(path)));
    QCOMPARE(store.error(), Store::Error::TooNew);
    QVERIFY(store.errorMessage().contains(QStringLiteral("newer version")));
    QVERIFY(store.errorMessage().contains(QStringLiteral("99")));
    QVERIFY(store.errorMessage().contains(path));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestStore::refusesNonSqliteFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("contacts.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Name,E-mail\nAnna,anna@example.org\n");
    f.close();
    const QByteArray before = fileHash(path);
    Store store;
    QVERIFY(!store.open(StoreConfig::sqlite(path)));
    QCOMPARE(store.error(), Store::Error::NotADatabase);
    QVERIFY(store.errorMessage().contains(QStringLiteral("not an SQLite file")));
    QCOMPARE(fileHash(path), before);
}

void TestStore::refusesDamagedSqliteFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        Net n(Net::utc(2026, 1, 1), path);
        for (int i = 0; i < 200; ++i)
            n.member(QStringLiteral("Member"));
    }
    QVERIFY(toRollbackJournal(path));
    // Keep the header, overwrite the pages after it with noise.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray data = f.readAll();
    for (qsizetype i = 100; i < data.size(); ++i)
        data[i] = char((i * 7919) & 0xff);
    f.seek(0);
    f.write(data);
    f.close();
    const QByteArray before = fileHash(path);
    Store store;
    QVERIFY(!store.open(StoreConfig::sqlite(path)));
    QCOMPARE(store.error(), Store::Error::Corrupt);
    QVERIFY2(store.errorMessage().contains(QStringLiteral("damaged")), qPrintable(store.errorMessage()));
    QCOMPARE(fileHash(path), before);
}

void TestStore::refusesReadOnlyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    {
        Net n(Net::utc(2026, 1, 1), path);
        n.member(QStringLiteral("Anna"));
    }
    QVERIFY(toRollbackJournal(path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = fileHash(path);
    Store store;
    QVERIFY(!store.open(StoreConfig::sqlite(path)));
    QCOMPARE(store.error(), Store::Error::ReadOnly);
    QVERIFY(store.errorMessage().contains(QStringLiteral("read-only")));
    QCOMPARE(fileHash(path), before);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// A folder someone named must exist; only the app's default place is made.
void TestStore::refusesMissingFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typo/net.sqlite"));
    Store store;
    QVERIFY(!store.open(StoreConfig::sqlite(path)));
    QCOMPARE(store.error(), Store::Error::CannotCreate);
    QVERIFY2(store.errorMessage().contains(QDir::toNativeSeparators(dir.filePath(QStringLiteral("typo")))),
             qPrintable(store.errorMessage()));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
    StoreConfig ownPlace = StoreConfig::sqlite(path);
    ownPlace.createFolder = true;
    QVERIFY2(store.open(ownPlace), qPrintable(store.errorMessage()));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(StoreConfig::defaultSqlite().createFolder);
}

void TestStore::refusesLockedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    {
        Net n(Net::utc(2026, 1, 1), path);
        n.member(QStringLiteral("Anna"));
    }
    QVERIFY(toRollbackJournal(path));
    {
        // Another program holds an exclusive lock.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("UPDATE members SET headline = 'x'")));
        const QByteArray before = fileHash(path);

        StoreConfig config = StoreConfig::sqlite(path);
        config.busyTimeoutMs = 200;
        Store store;
        QVERIFY(!store.open(config));
        QCOMPARE(store.error(), Store::Error::Locked);
        QVERIFY(store.errorMessage().contains(QStringLiteral("locked")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    Store store;
    QVERIFY(store.open(StoreConfig::sqlite(path)));
}

void TestStore::refusesForeignDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY(runScript(path, QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);\n")));
    const QByteArray before = fileHash(path);
    Store store;
    QVERIFY(!store.open(StoreConfig::sqlite(path)));
    QCOMPARE(store.error(), Store::Error::ForeignDatabase);
    QCOMPARE(fileHash(path), before);
}

void TestStore::failedMigrationChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1-broken.sqlite"));
    QFile fixture(QStringLiteral(MYNETWORK_FIXTURES "/store_v1.sql"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    // A version-1 store that already has the table version 2 creates:
    // the migration fails half-way and must leave everything as it was.
    QVERIFY(
        runScript(path, QString::fromUtf8(fixture.readAll()) + QStringLiteral("CREATE TABLE settings (x INTEGER);\n")));
    const QByteArray before = fileHash(path);
    Store store;
    QVERIFY(!store.open(StoreConfig::sqlite(path)));
    QCOMPARE(store.error(), Store::Error::MigrationFailed);
    QVERIFY(store.errorMessage().contains(QStringLiteral("Nothing was changed")));
    store.close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT version FROM schema_version"), {}), qint64(1));
    QSqlQuery q(db);
    QVERIFY(!q.exec(QStringLiteral("SELECT next_due_ms FROM invitations")));
    q.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    QCOMPARE(fileHash(path), before);
}

void TestStore::walAndForeignKeysAreOn()
{
    QTemporaryDir dir;
    Store store;
    QVERIFY(store.open(StoreConfig::sqlite(dir.filePath(QStringLiteral("w.sqlite")))));
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestStore::dueLookupsUseIndexes()
{
    Net n;
    auto plan = [&](const QString &sql) {
        QSqlQuery q(n.store->database());
        q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        QStringList steps;
        while (q.next())
            steps << q.value(3).toString();
        return steps.join(QLatin1Char('|'));
    };
    QVERIFY(plan(QStringLiteral("SELECT MIN(next_due_ms) FROM invitations WHERE next_due_ms IS NOT NULL"))
                .contains(QStringLiteral("invitations_due")));
    QVERIFY(plan(QStringLiteral("SELECT id FROM invitations WHERE next_due_ms IS NOT NULL AND next_due_ms <= 5"))
                .contains(QStringLiteral("invitations_due")));
    QVERIFY(plan(QStringLiteral("SELECT id FROM invitations WHERE pair_lo = 1 AND pair_hi = 2 AND state = 0"))
                .contains(QStringLiteral("invitations_pending_pair")));
    // A sender's e-mails, newest first (the outbox page): not a walk of
    // everyone's by time (migration 13).
    const QString outbox = plan(QStringLiteral("SELECT o.id FROM outbox o WHERE 1 = 1 AND o.sender_id = 7"
                                               " ORDER BY o.created_ms DESC, o.id DESC LIMIT 50"));
    QVERIFY2(outbox.contains(QStringLiteral("outbox_sender")), qPrintable(outbox));
}

// What a connection through a pooler sends: the driver's literals in place
// of the ?s, quotes in the text and in the values left as they mean.
void TestStore::unpreparedStatementsCarryTheirValues()
{
    Store store;
    QVERIFY(store.open(StoreConfig::sqlite(QStringLiteral(":memory:"))));
    const QSqlDatabase db = store.database();
    const QString text = QStringLiteral("SELECT ?, '?', \"a?\", 'it''s ?', ?, ?");
    QCOMPARE(Unprepared::withValues(text, {QStringLiteral("O'Brien ?"), QVariant(QMetaType(QMetaType::LongLong)), 42},
                                    db.driver()),
             QStringLiteral("SELECT 'O''Brien ?', '?', \"a?\", 'it''s ?', NULL, 42"));
    Unprepared::set(db, true);
    Statement statement(db);
    QVERIFY(statement.prepare(QStringLiteral("SELECT ? || '?', ? IS NULL, ?")));
    QVERIFY2(statement.run({QStringLiteral("x'y"), QVariant(QMetaType(QMetaType::QString)), 7}),
             qPrintable(statement.error()));
    QVERIFY(statement.query().next());
    QCOMPARE(statement.query().value(0).toString(), QStringLiteral("x'y?"));
    QCOMPARE(statement.query().value(1).toInt(), 1);
    QCOMPARE(statement.query().value(2).toInt(), 7);
    QSqlQuery q(db);
    QVERIFY(Sql::exec(q, QStringLiteral("SELECT ?"), {QStringLiteral("a'b")}));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("a'b"));
    Unprepared::set(db, false);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
