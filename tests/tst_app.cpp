#include "testsupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

// The executable as a user starts it.
class TestApp : public QObject
{
    Q_OBJECT

private slots:
    void helpListsOptions();
    void helpInGerman();
    void versionPrints();
    void screenshotOfDemoNetwork();
    void refusesBadDatabaseWithMessage();
    void refusesUnknownLanguage();
    void importPreviewPrintsEachContact();
    void importPreviewRefusesUnreadableFile();
    void importPreviewEncodingAndAddresses();
    void uncleanShutdownWithDamageIsReportedAndNothingWritten();
    void uncleanShutdownWithoutDamageStartsAsUsual();
    void windowFirstThenTheCatchUp();

private:
    // Creates a demo store, runs the app on it and kills it (-9) while it
    // runs; the write-ahead log is folded in afterwards by another program.
    QString killedWhileRunning(const QTemporaryDir &dir);
    QStringList runMarkers(const QString &db) const;
    QProcessEnvironment env() const;
    QTemporaryDir m_home;
};

QProcessEnvironment TestApp::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    e.insert(QStringLiteral("HOME"), m_home.path());
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    return e;
}

void TestApp::helpListsOptions()
{
    QProcess p;
    p.setProcessEnvironment(env());
    p.start(QStringLiteral(MYNETWORK_APP), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(20000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(p.exitCode(), 0);
    for (const char *option : {"--db", "--lang", "--no-demo", "--help", "--version"})
        QVERIFY2(out.contains(QLatin1String(option)), option);
}

void TestApp::helpInGerman()
{
    QProcess p;
    p.setProcessEnvironment(env());
    p.start(QStringLiteral(MYNETWORK_APP), {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(20000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("Sprache der Oberfläche")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("Ein Bild des Fensters")));
}

void TestApp::versionPrints()
{
    QProcess p;
    p.setProcessEnvironment(env());
    p.start(QStringLiteral(MYNETWORK_APP), {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("0.1")));
}

void TestApp::screenshotOfDemoNetwork()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("shot.png"));
    QProcess p;
    p.setProcessEnvironment(env());
    p.start(QStringLiteral(MYNETWORK_APP),
            {QStringLiteral("--db"), dir.filePath(QStringLiteral("demo.sqlite")), QStringLiteral("--lang"),
             QStringLiteral("en"), QStringLiteral("--screenshot"), png});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800);
}

void TestApp::refusesBadDatabaseWithMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("just some text, not a database\n");
    f.close();
    QProcess p;
    p.setProcessEnvironment(env());
    p.start(QStringLiteral(MYNETWORK_APP),
            {QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("not a My Network database")), qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("notes.txt")));
}

void TestApp::refusesUnknownLanguage()
{
    QProcess p;
    p.setProcessEnvironment(env());
    p.start(QStringLiteral(MYNETWORK_APP),
            {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--no-demo")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("fr")));
}

void TestApp::importPreviewPrintsEachContact()
{
    QTemporaryDir dir;
    const QString file = writeTestFile(dir, QStringLiteral("thunderbird.csv"),
                                       "Display Name;First Name;Last Name;Primary Email\n"
                                       "John Doe;John;Doe;john@doe.invalid\nJane Doe;Jane;Doe;jane@doe.invalid\n");
    QProcess p;
    // No display and no platform chosen: the preview needs neither.
    QProcessEnvironment e = env();
    e.remove(QStringLiteral("QT_QPA_PLATFORM"));
    e.remove(QStringLiteral("DISPLAY"));
    e.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(MYNETWORK_APP),
            {QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("--no-demo"),
             QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--import-preview"), file});
    QVERIFY(p.waitForFinished(20000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("Format: Thunderbird-CSV"));
    QCOMPARE(lines.value(1), QStringLiteral("Kodierung: UTF-8"));
    QCOMPARE(lines.value(2), QStringLiteral("Trennzeichen: Semikolon"));
    QCOMPARE(lines.value(3), QStringLiteral("Kontakte: 2"));
    QCOMPARE(lines.value(4), QStringLiteral("John Doe\tjohn@doe.invalid\tNoch kein Mitglied"));
    QCOMPARE(lines.value(5), QStringLiteral("Jane Doe\tjane@doe.invalid\tNoch kein Mitglied"));
}

// A KOI8-R vCard without CHARSET: the guess is printed as one, --encoding
// overrides it, and a contact's other addresses follow its primary.
void TestApp::importPreviewEncodingAndAddresses()
{
    QTemporaryDir dir;
    QStringEncoder koi8("KOI8-R");
    const QByteArray file = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + QByteArray(koi8.encode(QStringLiteral("Иван Петров")))
        + "\r\nEMAIL:ivan.p@example.org\r\nEMAIL;TYPE=PREF:ivan@example.ru\r\nEMAIL:i.petrov@example.net\r\nEND:VCARD\r\n"
          "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:"
        + QByteArray(koi8.encode(QStringLiteral("Мария Иванова"))) + "\r\nEMAIL:maria@example.ru\r\nEND:VCARD\r\n";
    const QString path = writeTestFile(dir, QStringLiteral("kontakty.vcf"), file);
    const auto run = [&](const QStringList &extra) {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(MYNETWORK_APP),
                QStringList{QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")),
                            QStringLiteral("--no-demo"), QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("--import-preview"), path}
                    + extra);
        p.waitForFinished(20000);
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    auto [code, out] = run({});
    QVERIFY2(code == 0, qPrintable(out));
    QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("Format: vCard"));
    QCOMPARE(
        lines.value(1),
        QStringLiteral("Encoding: KOI8-R (a guess: the file fits several encodings; name another with --encoding)"));
    QCOMPARE(lines.value(2), QStringLiteral("Contacts: 2"));
    QCOMPARE(
        lines.value(3),
        QStringLiteral("Иван Петров\tivan@example.ru, ivan.p@example.org, i.petrov@example.net\tNot a member yet"));
    QCOMPARE(lines.value(4), QStringLiteral("Мария Иванова\tmaria@example.ru\tNot a member yet"));

    std::tie(code, out) = run({QStringLiteral("--encoding"), QStringLiteral("windows-1251")});
    QVERIFY2(code == 0, qPrintable(out));
    lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(1), QStringLiteral("Encoding: windows-1251"));
    QVERIFY(!lines.value(3).startsWith(QStringLiteral("Иван")));

    std::tie(code, out) = run({QStringLiteral("--encoding"), QStringLiteral("klingon-8")});
    QCOMPARE(code, 1);
    QVERIFY2(out.contains(QStringLiteral("kontakty.vcf: “klingon-8” is no encoding this program can read")),
             qPrintable(out));
}

void TestApp::importPreviewRefusesUnreadableFile()
{
    QTemporaryDir dir;
    const QString broken = writeTestFile(dir, QStringLiteral("broken.csv"),
                                         "Name,Email\nAnna,anna@example.com\n\"Ben,ben@example.com\n");
    QProcess p;
    p.setProcessEnvironment(env());
    p.start(QStringLiteral(MYNETWORK_APP),
            {QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("--no-demo"),
             QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--import-preview"), broken});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("broken.csv, line 3: a quoted field opened here is never closed")),
             qPrintable(err));
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

QStringList TestApp::runMarkers(const QString &db) const
{
    const QFileInfo info(db);
    return info.absoluteDir().entryList({QLatin1Char('.') + info.fileName() + QStringLiteral(".*.running")},
                                        QDir::Files | QDir::Hidden);
}

QString TestApp::killedWhileRunning(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(QStringLiteral("killed.sqlite"));
    QProcess seed;
    seed.setProcessEnvironment(env());
    seed.start(QStringLiteral(MYNETWORK_APP),
               {QStringLiteral("--db"), db, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("seed.png"))});
    if (!seed.waitForFinished(60000) || seed.exitCode() != 0)
        return {};
    if (!runMarkers(db).isEmpty())
        return {}; // a clean exit leaves no marker

    QProcess app;
    app.setProcessEnvironment(env());
    app.start(QStringLiteral(MYNETWORK_APP), {QStringLiteral("--db"), db});
    if (!app.waitForStarted())
        return {};
    QElapsedTimer waited;
    waited.start();
    while (runMarkers(db).isEmpty() && waited.elapsed() < 20000)
        QTest::qWait(50);
    QTest::qWait(500);
    app.kill();
    app.waitForFinished();
    if (runMarkers(db).size() != 1)
        return {};
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(db);
        if (other.open())
            QSqlQuery(other).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    return db;
}

void TestApp::uncleanShutdownWithDamageIsReportedAndNothingWritten()
{
    QTemporaryDir dir;
    const QString db = killedWhileRunning(dir);
    QVERIFY(!db.isEmpty());

    // A page of the invitations table overwritten, as a failing disk would.
    int root = 0;
    int pageSize = 0;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        other.setDatabaseName(db);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'invitations'")) && q.next());
        root = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toInt();
        q = QSqlQuery();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    QVERIFY(root > 1 && pageSize > 0);
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(qint64(root - 1) * pageSize));
    QVERIFY(file.write(QByteArray(64, '\x7f')) == 64);
    file.close();
    const auto hash = [&db] {
        QFile f(db);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    };
    const QByteArray before = hash();

    const QString png = dir.filePath(QStringLiteral("after.png"));
    QProcess p;
    p.setProcessEnvironment(env());
    p.start(QStringLiteral(MYNETWORK_APP),
            {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"),
             png});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("is damaged")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("killed.sqlite")), qPrintable(err));
    QVERIFY(!QFileInfo::exists(png));
    QCOMPARE(hash(), before);
}

void TestApp::uncleanShutdownWithoutDamageStartsAsUsual()
{
    QTemporaryDir dir;
    const QString db = killedWhileRunning(dir);
    QVERIFY(!db.isEmpty());
    const QString png = dir.filePath(QStringLiteral("after.png"));
    QProcess p;
    p.setProcessEnvironment(env());
    p.start(QStringLiteral(MYNETWORK_APP), {QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(QFileInfo::exists(png));
    QVERIFY2(runMarkers(db).isEmpty(), qPrintable(runMarkers(db).join(u' ')));
}

// Back after weeks with thousands due: the window shows first, then the
// engine catches up while it is open, each reminder once.
void TestApp::windowFirstThenTheCatchUp()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("away.sqlite"));
    QProcess seed;
    seed.setProcessEnvironment(env());
    seed.start(QStringLiteral(MYNETWORK_APP),
               {QStringLiteral("--db"), db, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("seed.png"))});
    QVERIFY(seed.waitForFinished(60000));
    QCOMPARE(seed.exitCode(), 0);
    const int due = 3000;
    const auto count = [&db](const QString &sql) {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        other.setDatabaseName(db);
        int n = -1;
        if (other.open()) {
            QSqlQuery q(other);
            if (q.exec(sql) && q.next())
                n = q.value(0).toInt();
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return n;
    };
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("away"));
        other.setDatabaseName(db);
        QVERIFY(other.open());
        QSqlQuery q(other);
        // Sent three weeks ago between people with nothing between them:
        // the first reminder of each is due.
        const qint64 sent = QDateTime::currentMSecsSinceEpoch() - 21 * kMsPerDay;
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO invitations (sender_id, recipient_id, pair_lo, pair_hi, note, source, state, sent_ms,"
            " expires_ms, reminders_sent, next_due_ms) SELECT a.id, b.id, a.id, b.id, 'away', 0, 0, ?, ?, 0, ?"
            " FROM members a JOIN members b ON b.id > a.id WHERE NOT EXISTS (SELECT 1 FROM invitations i"
            " WHERE i.pair_lo = a.id AND i.pair_hi = b.id) AND NOT EXISTS (SELECT 1 FROM connections c"
            " WHERE c.member_id = a.id AND c.other_id = b.id) ORDER BY a.id, b.id LIMIT ?")));
        for (const QVariant &v :
             {QVariant(sent), QVariant(sent + 182 * kMsPerDay), QVariant(sent + 14 * kMsPerDay), QVariant(due)})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), due);
        q = QSqlQuery();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("away"));

    QProcess app;
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("MYNETWORK_STARTUP_TRACE"), QStringLiteral("1"));
    app.setProcessEnvironment(e);
    app.start(QStringLiteral(MYNETWORK_APP), {QStringLiteral("--db"), db});
    QVERIFY(app.waitForStarted());
    const QString reminded = QStringLiteral("SELECT COUNT(*) FROM notifications n JOIN invitations i"
                                            " ON i.id = n.invitation_id WHERE i.note = 'away' AND n.kind = 1");
    QTRY_COMPARE_WITH_TIMEOUT(count(reminded), due, 60000);
    app.terminate();
    QVERIFY(app.waitForFinished(20000));
    const QString trace = QString::fromUtf8(app.readAllStandardError());
    const qsizetype shown = trace.indexOf(QStringLiteral("trace shown"));
    const qsizetype started = trace.indexOf(QStringLiteral("trace engine started"));
    QVERIFY2(shown >= 0 && started > shown, qPrintable(trace));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT n.invitation_id) FROM notifications n JOIN invitations i"
                                  " ON i.id = n.invitation_id WHERE i.note = 'away'")),
             due);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE note = 'away' AND reminders_sent = 1")), due);
}

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
