// The store's file is SQLite's alone while the app holds it (issue 9): a
// process that did everything the app does still holds its lock, another
// program opening and closing the store leaves the write-ahead log alone,
// and what the app committed survives a kill.
#include "addressbook/contactreader.h"
#include "base/heldfiles.h"
#include "demo/demogenerator.h"
#include "store/sql.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int kContacts = 3000;

// Who would stop this process from writing the whole file (F_GETLK opens a
// descriptor: fine here, this process holds no connection to it).
qint64 exclusiveLockBlockedBy(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR);
    if (fd < 0)
        return -1;
    struct flock fl = {};
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    fl.l_start = 0;
    fl.l_len = 0;
    const int rc = ::fcntl(fd, F_GETLK, &fl);
    ::close(fd);
    return rc == 0 && fl.l_type != F_UNLCK ? qint64(fl.l_pid) : 0;
}

// Another program: opens the store, reads a row, closes it.
int readOneRowAsAnotherProgram(const QString &path)
{
    int members = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM members")) && q.next())
                members = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    return members;
}

}

class TestStoreLocks final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_csv;

    void makeStore()
    {
        m_db = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        Store store;
        QVERIFY2(store.open(StoreConfig::sqlite(m_db)), qPrintable(store.errorMessage()));
        DemoGenerator generator(store);
        QString error;
        QVERIFY2(generator.generate(DemoOptions::demo(QDateTime::currentMSecsSinceEpoch()), &error), qPrintable(error));
    }

    void startHolder(QProcess &holder, const QStringList &extra, int *saved)
    {
        holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        holder.start(QStringLiteral(MYNETWORK_STOREHOLDER), QStringList{m_db, m_csv} + extra);
        QVERIFY(holder.waitForStarted());
        QByteArray line;
        QElapsedTimer waited;
        waited.start();
        while (!line.endsWith('\n') && waited.elapsed() < 60000) {
            holder.waitForReadyRead(1000);
            line += holder.readAll();
        }
        QVERIFY2(line.startsWith("ready "), line.constData());
        *saved = line.mid(6).trimmed().toInt();
    }

    void killAndWait(QProcess &holder)
    {
        ::kill(pid_t(holder.processId()), SIGKILL);
        QVERIFY(holder.waitForFinished(10000));
    }

    int contactsAfterKill()
    {
        Store store;
        if (!store.open(StoreConfig::sqlite(m_db)))
            return -1;
        return int(
            Sql::scalar(store.database(), QStringLiteral("SELECT COUNT(*) FROM contacts WHERE owner_id = 1"), {}));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QByteArray csv("First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value\n");
        for (int i = 0; i < kContacts; ++i)
            csv += "Lock" + QByteArray::number(i) + ",Test,* Work,lock.test." + QByteArray::number(i)
                + "@example.org\n";
        m_csv = writeTestFile(m_dir, QStringLiteral("contacts.csv"), csv);
    }

    void holdsItsLockAfterEverythingTheAppDoes()
    {
        makeStore();
        QProcess holder;
        int saved = 0;
        startHolder(holder, {}, &saved);
        QCOMPARE(saved, kContacts);
        QVERIFY2(locksHeld(holder.processId(), m_db) > 0, "the store's process holds no lock on its database");
        QCOMPARE(exclusiveLockBlockedBy(m_db), holder.processId());

        QVERIFY(readOneRowAsAnotherProgram(m_db) > 0);
        QVERIFY2(QFileInfo::exists(m_db + QStringLiteral("-wal")), "another program deleted the running store's WAL");
        QVERIFY(locksHeld(holder.processId(), m_db) > 0);

        killAndWait(holder);
        QCOMPARE(contactsAfterKill(), kContacts);
        // The invitation the holder sent last, after everything else, is there too.
        Store store;
        QVERIFY(store.open(StoreConfig::sqlite(m_db)));
        QCOMPARE(Sql::scalar(store.database(),
                             QStringLiteral("SELECT COUNT(*) FROM invitations WHERE sender_id = 2 AND recipient_id = 3"
                                            " AND state = 0"),
                             {}),
                 qint64(1));
    }

    // The fault of issue 9, done on purpose in the holder: one QFile open and
    // close of the database, and its process's own POSIX locks are gone. The
    // guard's locks (open-file-description locks of descriptors of its own)
    // are not: another program's close leaves the WAL alone. The holder's
    // next write takes the process's locks again, and nothing committed is
    // lost at a kill.
    void theGuardHoldsWhenALockIsLostOutsideSqlite()
    {
        makeStore();
        QProcess holder;
        int saved = 0;
        startHolder(holder, {QStringLiteral("--open-file-outside-sqlite")}, &saved);
        QCOMPARE(locksHeld(holder.processId(), m_db), 0);
        QCOMPARE(exclusiveLockBlockedBy(m_db), qint64(-1)); // an OFD lock: no process to name
        QVERIFY(readOneRowAsAnotherProgram(m_db) > 0);
        QVERIFY2(QFileInfo::exists(m_db + QStringLiteral("-wal")), "another program deleted the WAL past the guard");

        QTest::qWait(100); // a write looks at the locks at most every 50 ms
        holder.write("write\n");
        QByteArray answer;
        while (!answer.endsWith('\n') && holder.waitForReadyRead(10000))
            answer += holder.readAll();
        QVERIFY2(answer.startsWith("written "), answer.constData());
        const qint64 recipient = answer.mid(8).trimmed().toLongLong();
        QVERIFY2(locksHeld(holder.processId(), m_db) > 0, "the holder's write did not take its lock again");
        QVERIFY(readOneRowAsAnotherProgram(m_db) > 0);
        QVERIFY(QFileInfo::exists(m_db + QStringLiteral("-wal")));
        killAndWait(holder);
        QCOMPARE(contactsAfterKill(), kContacts);
        Store store;
        QVERIFY(store.open(StoreConfig::sqlite(m_db)));
        QCOMPARE(Sql::scalar(store.database(),
                             QStringLiteral("SELECT COUNT(*) FROM invitations WHERE sender_id = 2 AND recipient_id = ?"
                                            " AND state = 0"),
                             {recipient}),
                 qint64(1));
    }

    void heldFilesKnowsTheStoreAndItsCompanions()
    {
        makeStore();
        QVERIFY(!HeldFiles::isHeld(m_db));
        {
            Store store;
            QVERIFY(store.open(StoreConfig::sqlite(m_db)));
            QVERIFY(HeldFiles::isHeld(m_db));
            QVERIFY(HeldFiles::isHeld(m_db + QStringLiteral("-wal")));
            QVERIFY(HeldFiles::isHeld(m_db + QStringLiteral("-shm")));
            QVERIFY(!HeldFiles::isHeld(m_csv));
            // Another spelling of the same file.
            const QString link = m_dir.filePath(QStringLiteral("link.csv"));
            QVERIFY(QFile::link(m_db, link));
            QVERIFY(HeldFiles::isHeld(link));
            ImportHead head;
            ImportProblem problem;
            QVERIFY(!ContactReader::inspect(link, &head, &problem));
            QVERIFY2(problem.message.contains(QLatin1String("database")), qPrintable(problem.message));
            QVERIFY(locksHeldBySelf());
        }
        QVERIFY(!HeldFiles::isHeld(m_db));
    }

private:
    bool locksHeldBySelf() { return locksHeld(QCoreApplication::applicationPid(), m_db) > 0; }
};

QTEST_GUILESS_MAIN(TestStoreLocks)
#include "tst_storelocks.moc"
