// Issue 29: damage is never silent, and a local store has backups to come
// back to. Every start checks the store; a sound one is backed up once a
// day (the last ones kept) and before every migration; a damaged one is
// reported with SQLite's findings, left unwritten, and offered its latest
// good backup; Network → Restore from a backup… puts the network back in
// one transaction and every view follows; an import started during the
// start-up check waits for it and then saves.
#include "guiapp.h"
#include "testsupport.h"

#include "addressbook/contactreader.h"
#include "gui/prompts.h"
#include "gui/restoredialog.h"
#include "import/importworker.h"
#include "models/suggestionsmodel.h"
#include "store/backups.h"
#include "store/changefeed.h"
#include "store/integritycheck.h"
#include "store/schema.h"
#include "store/sql.h"

#include <QCryptographicHash>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

namespace {

constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

// Read as another program would, changing nothing (no migration).
qint64 scalar(const QString &path, const QString &sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            value = Sql::scalar(db, sql, {}, -1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return value;
}

// One run of the app on the store at `path`: open, start (the check, the
// engine, a backup when due) and a clean end once the check is done.
void runOnce(const StoreConfig &config, qint64 nowMs, const std::function<void(AppContext &)> &also = {})
{
    AppContext context;
    context.clock().setNow(nowMs);
    QString error;
    QVERIFY2(context.open(config, true, &error, AppContext::Role::Engine), qPrintable(error));
    QString damage = QStringLiteral("not checked");
    context.start([&damage](const QString &found) { damage = found; });
    QTRY_VERIFY(!context.isChecking() && !context.needsCheck());
    QVERIFY2(damage.isEmpty() || damage == QLatin1String("not checked"), qPrintable(damage));
    if (also)
        also(context);
}

// One byte of a table's root page turned over, as a failing disk does.
void flipByteOfTable(const QString &path, const QString &table)
{
    const qint64 root = scalar(path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table));
    const qint64 pageSize = scalar(path, QStringLiteral("PRAGMA page_size"));
    QVERIFY(root > 1 && pageSize > 0);
    QVERIFY2(!QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0,
             "the store was not closed cleanly");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((root - 1) * pageSize));
    char type = 0;
    QVERIFY(file.getChar(&type));
    QVERIFY(file.seek((root - 1) * pageSize));
    QVERIFY(file.putChar(char(type ^ 0xff)));
}

}

class TestBackups final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Prompts::setConfirmHandler(nullptr); }
    void aDailyBackupAtStartAndTheLastOnesKept();
    void damageIsReportedNothingWrittenAndTheBackupRestores();
    void aMigrationIsBackedUpFirst();
    void restoreDialogPutsTheNetworkBackAndViewsFollow();
    void anImportDuringTheCheckWaitsAndSaves();
};

void TestBackups::aDailyBackupAtStartAndTheLastOnesKept()
{
    QTemporaryDir dir;
    StoreConfig config = StoreConfig::sqlite(dir.filePath(QStringLiteral("network.sqlite")));
    config.backupsKept = 3;
    const qint64 start = Net::utc(2026, 12, 1, 9);
    runOnce(config, start); // created: nothing to back up yet
    QCOMPARE(Backups::list(config).size(), 0);
    runOnce(config, start + 1000);
    QCOMPARE(Backups::list(config).size(), 1);
    runOnce(config, start + kDay / 2); // the same day: no second one
    QCOMPARE(Backups::list(config).size(), 1);
    for (int day = 1; day <= 4; ++day)
        runOnce(config, start + day * kDay + 1000);
    const QList<BackupInfo> kept = Backups::list(config);
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.first().takenMs, start + 4 * kDay + 1000);
    QVERIFY(kept.first().takenMs > kept.last().takenMs);
    QCOMPARE(kept.first().members, scalar(config.databaseName, QStringLiteral("SELECT COUNT(*) FROM members")));
    QVERIFY(kept.first().connections > 0 && kept.first().bytes > 0);
    QCOMPARE(QFileInfo(kept.first().path).absolutePath(), dir.filePath(QStringLiteral("backups")));
}

void TestBackups::damageIsReportedNothingWrittenAndTheBackupRestores()
{
    QTemporaryDir dir;
    const StoreConfig config = StoreConfig::sqlite(dir.filePath(QStringLiteral("network.sqlite")));
    const qint64 now = Net::utc(2026, 12, 1, 9);
    runOnce(config, now);
    runOnce(config, now + 1000); // backed up
    const BackupInfo backup = Backups::list(config).value(0);
    QVERIFY(backup.members > 0 && backup.connections > 0);
    runOnce(config, now + 2000, [](AppContext &context) { // a change after the backup
        Member m;
        m.name = QStringLiteral("After Backup");
        m.email = QStringLiteral("after.backup@example.org");
        QVERIFY(context.service().join(m).memberId > 0);
    });
    flipByteOfTable(config.databaseName, QStringLiteral("members"));
    const QByteArray damaged = fileHash(config.databaseName);

    {
        AppContext context;
        QString error;
        QVERIFY2(context.open(config, true, &error, AppContext::Role::Engine), qPrintable(error));
        QVERIFY(!context.checkNow(&error));
        QVERIFY2(error.contains(QLatin1String("is damaged"))
                     && error.contains(QLatin1String("Nothing has been written")),
                 qPrintable(error));
        QVERIFY2(error.contains(QFileInfo(backup.path).fileName()), qPrintable(error)); // the backup offered
        // Nothing may write now: an action is refused, the engine does not run.
        Member m;
        m.name = QStringLiteral("Refused");
        m.email = QStringLiteral("refused@example.org");
        QVERIFY(context.service().join(m).memberId == 0);
        QCOMPARE(context.latestSoundBackup().path, backup.path);
    }
    QCOMPARE(fileHash(config.databaseName), damaged);

    AppContext context;
    QString error;
    QVERIFY(context.open(config, true, &error, AppContext::Role::Engine));
    QVERIFY(!context.checkNow(&error));
    QSignalSpy followed(context.store().feed(), &ChangeFeed::changed);
    QVERIFY2(context.restoreOverDamage(context.latestSoundBackup(), &error), qPrintable(error));
    QVERIFY(!followed.isEmpty() && followed.first().at(0).value<ChangeSet>().everything);
    QVERIFY(IntegrityCheck::run(config).isEmpty());
    const QSqlDatabase db = context.store().database();
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM members"), {}), backup.members);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) / 2 FROM connections"), {}), backup.connections);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts"), {}), backup.contacts);
    Member m;
    m.name = QStringLiteral("Writes Again");
    m.email = QStringLiteral("writes.again@example.org");
    QVERIFY(context.service().join(m).memberId > 0);
}

void TestBackups::aMigrationIsBackedUpFirst()
{
    QTemporaryDir dir;
    const StoreConfig config = StoreConfig::sqlite(dir.filePath(QStringLiteral("old.sqlite")));
    QFile fixture(QStringLiteral(MYNETWORK_FIXTURES "/store_v1.sql"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(config.databaseName);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (QString statement :
             QString::fromUtf8(fixture.readAll()).split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            statement = statement.trimmed();
            while (statement.startsWith(QLatin1String("--")))
                statement = statement.mid(statement.indexOf(QLatin1Char('\n')) + 1).trimmed();
            QVERIFY2(statement.isEmpty() || q.exec(statement), qPrintable(q.lastError().text()));
        }
        q = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    runOnce(config, Net::utc(2026, 12, 1, 9));
    const QList<BackupInfo> backups = Backups::list(config);
    QCOMPARE(backups.size(), 1);
    QVERIFY2(backups.first().path.endsWith(QStringLiteral("-before-schema-2.sqlite")),
             qPrintable(backups.first().path));
    QCOMPARE(scalar(backups.first().path, QStringLiteral("SELECT version FROM schema_version")), qint64(1));
    QCOMPARE(backups.first().members, qint64(4));

    // An older backup restores into the current schema (migrated on a copy).
    Store store;
    QVERIFY(store.open(config));
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM notifications")));
    QString error;
    QVERIFY2(Backups::restore(store, backups.first().path, &error), qPrintable(error));
    QCOMPARE(Sql::scalar(store.database(), QStringLiteral("SELECT COUNT(*) FROM notifications"), {}), qint64(2));
    QCOMPARE(store.schemaVersion(), Schema::currentVersion());
}

void TestBackups::restoreDialogPutsTheNetworkBackAndViewsFollow()
{
    App app;
    app.show();
    RestoreDialog *dialog = app.window->openRestoreDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->list()->topLevelItemCount(), 0);
    dialog->backUpNow();
    QCOMPARE(dialog->list()->topLevelItemCount(), 1);
    QVERIFY2(dialog->message().contains(QLatin1String("Backed up to")), qPrintable(dialog->message()));
    QCOMPARE(dialog->list()->topLevelItem(0)->text(2), QStringLiteral("4")); // members

    const qint64 dora = app.add(QStringLiteral("Dora Neu"));
    QVERIFY(app.service->invite(app.me, dora, QString(), InvitationSource::Profile).ok());
    QCOMPARE(app.count(QStringLiteral("SELECT COUNT(*) FROM members")), 5);
    // Another window on the same store follows through the change log.
    Store other;
    QVERIFY(other.open(app.store.config()));
    ChangeFeed otherFeed;
    otherFeed.watch(other);
    QSignalSpy otherFollowed(&otherFeed, &ChangeFeed::changed);

    QString asked;
    Prompts::setConfirmHandler([&asked](const QString &, const QString &text) {
        asked = text;
        return true;
    });
    // The window's people you may know are asked for again, not kept.
    QSignalSpy suggestionsAskedAgain(app.page()->suggestionsModel(), &QAbstractItemModel::modelReset);
    dialog->list()->setCurrentItem(dialog->list()->topLevelItem(0));
    dialog->restoreSelected();
    QCOMPARE(suggestionsAskedAgain.size(), 1);
    QVERIFY2(asked.contains(QLatin1String("Put the whole network back")), qPrintable(asked));
    QVERIFY2(dialog->message().contains(QLatin1String("back as it was")), qPrintable(dialog->message()));
    QCOMPARE(app.count(QStringLiteral("SELECT COUNT(*) FROM members")), 4);
    QCOMPARE(app.count(QStringLiteral("SELECT COUNT(*) FROM invitations")), 0);
    // The state it replaced is a backup of its own.
    QCOMPARE(dialog->list()->topLevelItemCount(), 2);
    QTRY_VERIFY(!otherFollowed.isEmpty());
    bool everything = false;
    for (const QList<QVariant> &signal : std::as_const(otherFollowed))
        everything = everything || signal.at(0).value<ChangeSet>().everything;
    QVERIFY(everything);
}

void TestBackups::anImportDuringTheCheckWaitsAndSaves()
{
    QTemporaryDir dir;
    Net net(Net::utc(2026, 12, 1, 9), dir.filePath(QStringLiteral("net.sqlite")));
    const qint64 me = net.member(QStringLiteral("Mia Meyer"));
    const QString csv = writeTestFile(
        dir, QStringLiteral("friends.csv"),
        "Name,E-mail Address\nAnna Schmidt,anna@example.org\nBen Taylor,ben@example.org\n");
    ImportHead head;
    ImportProblem problem;
    QVERIFY(ContactReader::inspect(csv, &head, &problem));
    net.store->holdWrites(QStringLiteral("the store is being checked"), Store::Hold::UntilDone);
    ImportWorker worker(*net.store);
    QSignalSpy waiting(&worker, &ImportWorker::waitingForCheck);
    QSignalSpy finished(&worker, &ImportWorker::finished);
    QSignalSpy kept(&worker, &ImportWorker::kept);
    worker.start(head, me, net.clock.nowMs());
    QTRY_COMPARE(finished.size(), 1); // reading writes nothing: no wait
    const ImportOutcome outcome = finished.first().at(0).value<ImportOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.storeError));
    QCOMPARE(waiting.size(), 0);
    worker.keep(outcome.matches, me, net.clock.nowMs());
    QTRY_COMPARE(waiting.size(), 1);
    QTest::qWait(300);
    QCOMPARE(kept.size(), 0); // still waiting, not failed
    net.store->releaseWrites();
    QTRY_COMPARE(kept.size(), 1);
    QCOMPARE(kept.first().at(1).toString(), QString());
    QCOMPARE(kept.first().at(0).value<ContactSaveStats>().added, 2);
    // A check that finds damage ends the wait at once, with nothing saved.
    const qint64 zoe = net.member(QStringLiteral("Zoe"));
    net.store->holdWrites(QStringLiteral("the store is being checked"), Store::Hold::UntilDone);
    ImportWorker second(*net.store);
    QSignalSpy secondKept(&second, &ImportWorker::kept);
    QSignalSpy secondWaiting(&second, &ImportWorker::waitingForCheck);
    second.keep(outcome.matches, zoe, net.clock.nowMs());
    QTRY_COMPARE(secondWaiting.size(), 1);
    net.store->holdWrites(QStringLiteral("the store is damaged"));
    QTRY_COMPARE_WITH_TIMEOUT(secondKept.size(), 1, 10000);
    QVERIFY2(secondKept.first().at(1).toString().contains(QLatin1String("damaged")),
             qPrintable(secondKept.first().at(1).toString()));
    QCOMPARE(ContactRepository::count(*net.store, zoe), 0);
    net.store->releaseWrites();
    // On the GUI thread an action does not wait: it says why at once.
    const qint64 ben = net.member(QStringLiteral("Ben"));
    net.store->holdWrites(QStringLiteral("the store is being checked"), Store::Hold::UntilDone);
    const ActionResult refused = net.service->invite(me, ben, QString(), InvitationSource::Profile);
    QVERIFY2(refused.message.contains(QLatin1String("being checked")), qPrintable(refused.message));
    net.store->releaseWrites();
}

QTEST_MAIN(TestBackups)
#include "tst_backups.moc"
