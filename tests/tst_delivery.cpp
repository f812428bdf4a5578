// R20: a team store's outbox delivered through a real mail server
// (python3-aiosmtpd, tests/smtpserver.py) by the leading engine, on a
// throw-away PostgreSQL server.
#include "pgtest.h"

#include "base/clock.h"
#include "rules/invitationlists.h"
#include "rules/invitationservice.h"
#include "rules/messagelists.h"
#include "store/connection.h"
#include "store/sql.h"
#include "store/store.h"
#include "team/invitationmail.h"
#include "team/maildelivery.h"
#include "team/scramverifier.h"
#include "team/teamadmin.h"
#include "team/teamidentity.h"
#include "team/teamjoin.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

// tests/smtpserver.py in one of its modes, on a port of its choosing.
class MailServer
{
public:
    ~MailServer() { stop(); }
    bool start(const QString &mode, const QString &log)
    {
        m_log = log;
        m_process.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral(MYNETWORK_TESTS_DIR "/smtpserver.py"), mode, log});
        QElapsedTimer t;
        t.start();
        QByteArray out;
        while (!out.contains('\n') && t.elapsed() < 10000) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
        }
        m_port = out.startsWith("READY ") ? out.mid(6).trimmed().toInt() : 0;
        if (!m_port)
            qWarning("the mail server did not start: %s", m_process.readAllStandardError().constData());
        return m_port != 0;
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    int port() const { return m_port; }
    QList<QJsonObject> messages() const
    {
        QList<QJsonObject> all;
        QFile f(m_log);
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : f.readAll().split('\n')) {
                if (!line.isEmpty())
                    all.append(QJsonDocument::fromJson(line).object());
            }
        }
        return all;
    }

private:
    QProcess m_process;
    QString m_log;
    int m_port = 0;
};

}

class TestDelivery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void R20_retryDelaysDoubleToSixHours();
    void R20_aMemberSetsOnlyTheirOwnLanguage();
    void R20_theEmailSaysWhoInTheSendersLanguage();
    void R20_deliveredByTheLeadingEngine();
    void R20_temporaryFailureIsRetried();
    void R20_permanentFailureFailsAtOnce();
    void R20_anAbsentOrStalledServerHoldsNothing();
    void R20_aStoppingEngineLetsGoOfAStalledServer();
    void R20_aKilledEngineResendsOnlyWhatWasInFlight();
    void R20_deliveryRate();
    void R21_joinWithTheCodeFromTheEmail();
    void R21_theJoinLoginCanOnlyJoin();
    void R21_wrongCodesAreLimited();

private:
    StoreConfig store(const QString &name);
    bool startEngine(QProcess &p, const StoreConfig &config, int port, const QStringList &more = {});
    static bool waitForState(Store &store, qint64 outboxId, int state, int ms);
    qint64 invite(const QString &address, const QString &note = {});
    // Delivers what is queued to a fresh server; the join line of the
    // e-mail to `address`.
    QString deliveredJoinLine(const StoreConfig &config, const QString &address);

    PgServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<InvitationService> m_service;
    SystemClock m_clock;
    qint64 m_anna = 0;
};

void TestDelivery::initTestCase()
{
    PG_START_OR_SKIP(m_server);
}

// A store with Anna, who writes in German.
StoreConfig TestDelivery::store(const QString &name)
{
    const StoreConfig config = m_server.createDatabase(name);
    m_service.reset();
    m_store = std::make_unique<Store>();
    if (!m_store->open(config))
        qWarning("%s", qPrintable(m_store->errorMessage()));
    m_service = std::make_unique<InvitationService>(*m_store, m_clock);
    Member anna;
    anna.name = QStringLiteral("Anna Müller");
    anna.email = QStringLiteral("anna@example.org");
    m_anna = m_service->join(anna).memberId;
    QSqlQuery q(m_store->database());
    Sql::exec(q, QStringLiteral("UPDATE members SET language = 'de' WHERE id = ?"), {m_anna});
    return config;
}

qint64 TestDelivery::invite(const QString &address, const QString &note)
{
    const ActionResult r = m_service->inviteByEmail(m_anna, address, note, InvitationSource::EmailInvite);
    if (!r.ok())
        qWarning("%s", qPrintable(r.message));
    return Sql::scalar(m_store->database(), QStringLiteral("SELECT id FROM outbox WHERE invitation_id = ?"),
                       {r.invitationId});
}

bool TestDelivery::startEngine(QProcess &p, const StoreConfig &config, int port, const QStringList &more)
{
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(MYNETWORK_ENGINE),
            QStringList{QStringLiteral("--db"),
                        QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
                            .arg(config.user, config.databaseName, config.host)
                            .arg(config.port),
                        QStringLiteral("--smtp"), QStringLiteral("smtp://127.0.0.1:%1?tls=off").arg(port),
                        QStringLiteral("--mail-from"), QStringLiteral("invitations@example.org")}
                + more);
    return p.waitForStarted();
}

bool TestDelivery::waitForState(Store &store, qint64 outboxId, int state, int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (Sql::scalar(store.database(), QStringLiteral("SELECT delivery_state FROM outbox WHERE id = ?"), {outboxId})
            == state)
            return true;
        QTest::qWait(100);
    }
    return false;
}

void TestDelivery::R20_retryDelaysDoubleToSixHours()
{
    QCOMPARE(MailDelivery::retryDelayMs(1), 60 * 1000);
    QCOMPARE(MailDelivery::retryDelayMs(2), 2 * 60 * 1000);
    QCOMPARE(MailDelivery::retryDelayMs(4), 8 * 60 * 1000);
    QCOMPARE(MailDelivery::retryDelayMs(9), 256 * 60 * 1000);
    QCOMPARE(MailDelivery::retryDelayMs(10), 6 * 60 * 60 * 1000);
    QCOMPARE(MailDelivery::retryDelayMs(40), 6 * 60 * 60 * 1000);
}

// The window tells the store its language; the store takes it for the
// signed-in member only, and only a language it writes e-mails in.
void TestDelivery::R20_aMemberSetsOnlyTheirOwnLanguage()
{
    StoreConfig config = store(QStringLiteral("language"));
    TeamAdmin admin(*m_store, m_clock);
    QString password, error;
    QVERIFY2(admin.addLogin(m_anna, QStringLiteral("anna_lang"), &password, &error), qPrintable(error));
    config.user = QStringLiteral("anna_lang");
    Store asAnna;
    QVERIFY2(asAnna.open(config), qPrintable(asAnna.errorMessage()));
    QVERIFY2(TeamIdentity::setLanguage(asAnna, QStringLiteral("en"), &error), qPrintable(error));
    const auto language = [this] {
        QSqlQuery q(m_store->database());
        Sql::exec(q, QStringLiteral("SELECT language FROM members WHERE id = ?"), {m_anna});
        return q.next() ? q.value(0).toString() : QString();
    };
    QCOMPARE(language(), QStringLiteral("en"));
    QVERIFY(!TeamIdentity::setLanguage(asAnna, QStringLiteral("fr"), &error));
    QCOMPARE(language(), QStringLiteral("en"));
    // Naming another member is refused by the store itself.
    Member ben;
    ben.name = QStringLiteral("Ben");
    ben.email = QStringLiteral("ben@example.org");
    const qint64 benId = m_service->join(ben).memberId;
    QSqlQuery q(asAnna.database());
    QVERIFY(!Sql::exec(q, QStringLiteral("SELECT mynetwork.set_my_language(?, 'de')"), {benId}));
    QCOMPARE(Sql::scalar(m_store->database(), QStringLiteral("SELECT COUNT(*) FROM members WHERE language = 'de'"), {}),
             0);
}

void TestDelivery::R20_theEmailSaysWhoInTheSendersLanguage()
{
    OutboxMail mail;
    mail.id = 42;
    mail.to = QStringLiteral("lea@example.net");
    mail.senderName = QStringLiteral("Anna Müller");
    mail.senderEmail = QStringLiteral("anna@example.org");
    mail.note = QStringLiteral("Hallo Lea,\nwir kennen uns aus Köln.");
    mail.expiresMs = QDateTime(QDate(2027, 6, 7), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    mail.joinServer = QStringLiteral("postgresql://mynetwork_join_1@db.example.org:5432/team");
    mail.joinCode = QStringLiteral("ABCD-EFGH");
    mail.joinLine = QStringLiteral("postgresql://mynetwork_join_1@db.example.org:5432/team?code=ABCDEFGH");
    mail.language = QStringLiteral("de");
    QCOMPARE(InvitationMail::subject(mail),
             QStringLiteral("Anna Müller lädt Sie ein, sich bei „Mein Netzwerk“ zu vernetzen"));
    QVERIFY(InvitationMail::text(mail).contains(QStringLiteral("> wir kennen uns aus Köln.")));
    QVERIFY2(InvitationMail::text(mail).contains(QStringLiteral("7. Juni 2027")),
             qPrintable(InvitationMail::text(mail)));
    // R21: how to join, the line on its own.
    QVERIFY(InvitationMail::text(mail).contains(QLatin1Char('\n') + mail.joinLine + QLatin1Char('\n')));
    QVERIFY(InvitationMail::text(mail).contains(mail.joinCode));
    mail.language = QStringLiteral("en");
    mail.kind = int(OutboxKind::Reminder1);
    QCOMPARE(InvitationMail::subject(mail),
             QStringLiteral("Reminder: Anna Müller invites you to connect on My Network"));
    const QByteArray message = InvitationMail::compose(mail, QStringLiteral("invitations@example.org"),
                                                       QStringLiteral("team"), 0);
    QVERIFY(message.contains("From: =?UTF-8?B?"));
    QVERIFY(message.contains("Reply-To: =?UTF-8?B?"));
    QVERIFY(message.contains(" <anna@example.org>\r\n"));
    QVERIFY(message.contains("Message-ID: <mynetwork.team.outbox.42@example.org>\r\n"));
    QVERIFY(message.contains("Content-Type: text/plain; charset=UTF-8"));
    QVERIFY(message.contains("Content-Type: text/html; charset=UTF-8"));
    // The same row gives the same Message-ID every time.
    QCOMPARE(InvitationMail::compose(mail, QStringLiteral("invitations@example.org"), QStringLiteral("team"), 0),
             message);
}

// Two engines, one mail server each: only the leader's gets the e-mails,
// each once, in the sender's language, with the row's Message-ID.
void TestDelivery::R20_deliveredByTheLeadingEngine()
{
    const StoreConfig config = store(QStringLiteral("delivered"));
    const qint64 lea = invite(QStringLiteral("lea@example.net"), QStringLiteral("Wir kennen uns aus Köln."));
    const qint64 tom = invite(QStringLiteral("tom@example.net"));
    MailServer leaderServer, standbyServer;
    QVERIFY(leaderServer.start(QStringLiteral("accept"), m_dir.filePath(QStringLiteral("leader.log"))));
    QVERIFY(standbyServer.start(QStringLiteral("accept"), m_dir.filePath(QStringLiteral("standby.log"))));
    QProcess leader, standby;
    QVERIFY(startEngine(leader, config, leaderServer.port()));
    QVERIFY(waitForState(*m_store, lea, 2, 15000));
    QVERIFY(waitForState(*m_store, tom, 2, 15000));
    QVERIFY(startEngine(standby, config, standbyServer.port()));
    QTest::qWait(1500);
    const qint64 ben = invite(QStringLiteral("ben@example.net"));
    QVERIFY(waitForState(*m_store, ben, 2, 15000));
    leader.kill();
    standby.kill();
    leader.waitForFinished();
    standby.waitForFinished();

    const QList<QJsonObject> got = leaderServer.messages();
    QCOMPARE(got.size(), 3);
    QVERIFY(standbyServer.messages().isEmpty());
    QJsonObject toLea;
    for (const QJsonObject &m : got) {
        if (m.value(QStringLiteral("to")).toArray().first().toString() == QLatin1String("lea@example.net"))
            toLea = m;
    }
    QCOMPARE(toLea.value(QStringLiteral("message_id")).toString(),
             QStringLiteral("<mynetwork.%1.outbox.%2@example.org>").arg(config.databaseName).arg(lea));
    QCOMPARE(toLea.value(QStringLiteral("subject")).toString(),
             QStringLiteral("Anna Müller lädt Sie ein, sich bei „Mein Netzwerk“ zu vernetzen"));
    QCOMPARE(toLea.value(QStringLiteral("from")).toString(), QStringLiteral("invitations@example.org"));
    QVERIFY(toLea.value(QStringLiteral("raw")).toString().contains(QLatin1String("Reply-To:")));
    QVERIFY(Sql::scalar(m_store->database(), QStringLiteral("SELECT delivered_ms FROM outbox WHERE id = ?"), {lea})
            > 0);
    QSqlQuery q(m_store->database());
    QVERIFY(Sql::exec(q, QStringLiteral("SELECT server_reply, attempts FROM outbox WHERE id = ?"), {lea}) && q.next());
    QVERIFY2(q.value(0).toString().contains(QLatin1String("queued as")), qPrintable(q.value(0).toString()));
    QCOMPARE(q.value(1).toInt(), 1);
}

// 451, then 250: kept, tried again after a minute, then sent.
void TestDelivery::R20_temporaryFailureIsRetried()
{
    const StoreConfig config = store(QStringLiteral("flaky"));
    MailServer server;
    QVERIFY(server.start(QStringLiteral("flaky"), m_dir.filePath(QStringLiteral("flaky.log"))));
    const qint64 id = invite(QStringLiteral("lea@example.net"));
    QProcess engine;
    QVERIFY(startEngine(engine, config, server.port()));
    QTRY_VERIFY_WITH_TIMEOUT(
        Sql::scalar(m_store->database(), QStringLiteral("SELECT attempts FROM outbox WHERE id = ?"), {id}) == 1
            && waitForState(*m_store, id, 0, 100),
        15000);
    QSqlQuery q(m_store->database());
    QVERIFY(Sql::exec(q, QStringLiteral("SELECT last_error, next_attempt_ms FROM outbox WHERE id = ?"), {id})
            && q.next());
    QVERIFY2(q.value(0).toString().startsWith(QLatin1String("451")), qPrintable(q.value(0).toString()));
    const qint64 retryIn = q.value(1).toLongLong() - m_clock.nowMs();
    QVERIFY2(retryIn > 50000 && retryIn <= 60000, qPrintable(QString::number(retryIn)));
    QVERIFY(server.messages().isEmpty());
    // The minute, passed at once.
    Sql::exec(q, QStringLiteral("UPDATE outbox SET next_attempt_ms = 0 WHERE id = ?"), {id});
    QVERIFY(waitForState(*m_store, id, 2, 15000));
    QCOMPARE(server.messages().size(), 1);
    engine.kill();
    engine.waitForFinished();
}

// 550: failed at once, with the server's words for the sender to read.
void TestDelivery::R20_permanentFailureFailsAtOnce()
{
    const StoreConfig config = store(QStringLiteral("rejected"));
    MailServer server;
    QVERIFY(server.start(QStringLiteral("reject"), m_dir.filePath(QStringLiteral("reject.log"))));
    const qint64 id = invite(QStringLiteral("nobody@example.net"));
    QProcess engine;
    QVERIFY(startEngine(engine, config, server.port()));
    QVERIFY(waitForState(*m_store, id, 3, 15000));
    QSqlQuery q(m_store->database());
    QVERIFY(Sql::exec(q, QStringLiteral("SELECT last_error, attempts FROM outbox WHERE id = ?"), {id}) && q.next());
    QVERIFY2(q.value(0).toString().startsWith(QLatin1String("550")), qPrintable(q.value(0).toString()));
    QCOMPARE(q.value(1).toInt(), 1);
    engine.kill();
    engine.waitForFinished();
    // The sender reads why: on the sent invitation and in the outbox.
    QList<InvitationLists::Row> sent;
    QVERIFY(InvitationLists::page(m_store->database(), InvitationLists::List::Sent, m_anna, m_clock.nowMs(), nullptr,
                                  10, &sent));
    QCOMPARE(sent.size(), 1);
    QVERIFY2(sent.first().undelivered.startsWith(QLatin1String("550")), qPrintable(sent.first().undelivered));
    QList<MessageLists::Row> outbox;
    QVERIFY(MessageLists::page(m_store->database(), MessageLists::List::Outbox, m_anna, nullptr, 10, &outbox));
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.first().deliveryState, 3);
    QVERIFY(outbox.first().deliveryError.startsWith(QLatin1String("550")));
}

// No server at the port, then one that never answers: each a temporary
// failure; meanwhile the engine keeps its lease and members keep acting.
void TestDelivery::R20_anAbsentOrStalledServerHoldsNothing()
{
    const StoreConfig config = store(QStringLiteral("stalled"));
    MailServer gone;
    QVERIFY(gone.start(QStringLiteral("accept"), m_dir.filePath(QStringLiteral("gone.log"))));
    const int closedPort = gone.port();
    gone.stop();
    const qint64 first = invite(QStringLiteral("lea@example.net"));
    QProcess engine;
    QVERIFY(startEngine(engine, config, closedPort));
    QTRY_VERIFY_WITH_TIMEOUT(
        Sql::scalar(m_store->database(), QStringLiteral("SELECT attempts FROM outbox WHERE id = ?"), {first}) == 1
            && waitForState(*m_store, first, 0, 100),
        15000);
    engine.kill();
    engine.waitForFinished();

    MailServer stalled;
    QVERIFY(stalled.start(QStringLiteral("stall"), m_dir.filePath(QStringLiteral("stall.log"))));
    const qint64 second = invite(QStringLiteral("tom@example.net"));
    QVERIFY(startEngine(engine, config, stalled.port(), {QStringLiteral("--smtp-timeout"), QStringLiteral("4")}));
    QTRY_VERIFY_WITH_TIMEOUT(waitForState(*m_store, second, 1, 100), 15000); // being sent: the server is silent
    const qint64 leaseBefore = Sql::scalar(m_store->database(), QStringLiteral("SELECT until_ms FROM engine_lease"),
                                           {});
    QElapsedTimer acting;
    acting.start();
    const qint64 third = invite(QStringLiteral("ben@example.net"));
    QVERIFY(third > 0);
    QVERIFY2(acting.elapsed() < 1000, qPrintable(QString::number(acting.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(
        Sql::scalar(m_store->database(), QStringLiteral("SELECT until_ms FROM engine_lease"), {}) > leaseBefore, 5000);
    QVERIFY(waitForState(*m_store, second, 1, 100)); // still waiting for the server
    QTRY_VERIFY_WITH_TIMEOUT(waitForState(*m_store, second, 0, 100), 10000);
    QSqlQuery q(m_store->database());
    QVERIFY(Sql::exec(q, QStringLiteral("SELECT last_error FROM outbox WHERE id = ?"), {second}) && q.next());
    QVERIFY2(q.value(0).toString().contains(QLatin1String("imeout"), Qt::CaseInsensitive)
                 || q.value(0).toString().contains(QLatin1String("timed out")),
             qPrintable(q.value(0).toString()));
    engine.kill();
    engine.waitForFinished();
}

// systemctl stop while the mail server says nothing: the engine ends the
// transfer and stops within seconds, not after the minute's timeout; the
// e-mail goes to the next leader.
void TestDelivery::R20_aStoppingEngineLetsGoOfAStalledServer()
{
    const StoreConfig config = store(QStringLiteral("stopping"));
    MailServer stalled;
    QVERIFY(stalled.start(QStringLiteral("stall"), m_dir.filePath(QStringLiteral("stop.log"))));
    const qint64 id = invite(QStringLiteral("lea@example.net"));
    QProcess engine;
    QVERIFY(startEngine(engine, config, stalled.port()));
    QTRY_VERIFY_WITH_TIMEOUT(waitForState(*m_store, id, 1, 100), 15000);
    QElapsedTimer stopping;
    stopping.start();
    engine.terminate();
    QVERIFY(engine.waitForFinished(10000));
    QVERIFY2(stopping.elapsed() < 5000, qPrintable(QString::number(stopping.elapsed())));
    MailServer server;
    QVERIFY(server.start(QStringLiteral("accept"), m_dir.filePath(QStringLiteral("after-stop.log"))));
    QVERIFY(startEngine(engine, config, server.port()));
    QVERIFY(waitForState(*m_store, id, 2, 15000));
    QCOMPARE(server.messages().size(), 1);
    engine.kill();
    engine.waitForFinished();
}

// Kill trials: the engine is killed (SIGKILL) again and again while it
// delivers, and started again at once. Every e-mail ends sent, and the
// server sees a Message-ID twice no more often than there were kills (the
// one e-mail in flight at each). MYNETWORK_KILL_TRIAL=MAILSxKILLS sets
// the size (the issue's trial: 1000x50).
void TestDelivery::R20_aKilledEngineResendsOnlyWhatWasInFlight()
{
    const QStringList size = qEnvironmentVariable("MYNETWORK_KILL_TRIAL", QStringLiteral("300x10")).split(u'x');
    const int mails = size.value(0).toInt();
    const int kills = size.value(1).toInt();
    const StoreConfig config = store(QStringLiteral("killtrial"));
    QSqlQuery q(m_store->database());
    QVERIFY(Sql::exec(q,
                      QStringLiteral("INSERT INTO outbox (to_email, sender_id, kind, created_ms)"
                                     " SELECT 'person' || g || '@example.net', ?, 1, ? FROM generate_series(1, ?) g"),
                      {m_anna, m_clock.nowMs(), mails}));
    MailServer server;
    QVERIFY(server.start(QStringLiteral("accept"), m_dir.filePath(QStringLiteral("kills.log"))));
    const auto sent = [this] {
        return Sql::scalar(m_store->database(), QStringLiteral("SELECT COUNT(*) FROM outbox WHERE delivery_state = 2"),
                           {});
    };
    QProcess engine;
    int landed = 0; // kills while e-mails were still going out
    for (int k = 0; k < kills; ++k) {
        QVERIFY(startEngine(engine, config, server.port()));
        const qint64 before = sent();
        // Kill once it delivers: a random moment after the first of this run.
        QTRY_VERIFY_WITH_TIMEOUT(sent() > before || sent() == mails, 20000);
        QTest::qWait(QRandomGenerator::global()->bounded(20, 120));
        landed += sent() < mails;
        ::kill(pid_t(engine.processId()), SIGKILL);
        engine.waitForFinished();
    }
    QVERIFY(startEngine(engine, config, server.port()));
    QTRY_VERIFY_WITH_TIMEOUT(sent() == mails, 120000);
    engine.kill();
    engine.waitForFinished();
    QSet<QString> ids;
    const QList<QJsonObject> got = server.messages();
    for (const QJsonObject &m : got)
        ids.insert(m.value(QStringLiteral("message_id")).toString());
    const int duplicates = int(got.size() - ids.size());
    qInfo("kill trial: %d e-mails, %d kills (%d while delivering), %d at the server, %d duplicates", mails, kills,
          landed, int(got.size()), duplicates);
    QCOMPARE(ids.size(), mails);
    QVERIFY2(duplicates <= landed, qPrintable(QStringLiteral("%1 duplicates, %2 kills").arg(duplicates).arg(landed)));
}

// How fast one engine hands e-mails to a local server: a figure for
// docs/benchmarks.md, printed, not a pass mark (MYNETWORK_DELIVERY_RATE=N
// sets the count).
void TestDelivery::R20_deliveryRate()
{
    const int mails = qEnvironmentVariableIntValue("MYNETWORK_DELIVERY_RATE") > 0
        ? qEnvironmentVariableIntValue("MYNETWORK_DELIVERY_RATE")
        : 200;
    const StoreConfig config = store(QStringLiteral("rate"));
    QSqlQuery q(m_store->database());
    QVERIFY(Sql::exec(q,
                      QStringLiteral("INSERT INTO outbox (to_email, sender_id, kind, created_ms)"
                                     " SELECT 'person' || g || '@example.net', ?, 1, ? FROM generate_series(1, ?) g"),
                      {m_anna, m_clock.nowMs(), mails}));
    MailServer server;
    QVERIFY(server.start(QStringLiteral("accept"), m_dir.filePath(QStringLiteral("rate.log"))));
    QProcess engine;
    QVERIFY(startEngine(engine, config, server.port()));
    QTRY_VERIFY_WITH_TIMEOUT(server.messages().size() == mails, 120000);
    engine.kill();
    engine.waitForFinished();
    const QList<QJsonObject> got = server.messages();
    const double seconds = got.last().value(QStringLiteral("time")).toDouble()
        - got.first().value(QStringLiteral("time")).toDouble();
    qInfo("delivery: %d e-mails in %.2f s from the first to the last, %.0f per second", mails, seconds,
          seconds > 0 ? (mails - 1) / seconds : 0.0);
}

QString TestDelivery::deliveredJoinLine(const StoreConfig &config, const QString &address)
{
    MailServer server;
    if (!server.start(QStringLiteral("accept"), m_dir.filePath(QStringLiteral("join-%1.log").arg(address))))
        return {};
    QProcess engine;
    startEngine(engine, config, server.port());
    QElapsedTimer t;
    t.start();
    QString line;
    while (line.isEmpty() && t.elapsed() < 15000) {
        QTest::qWait(100);
        for (const QJsonObject &m : server.messages()) {
            if (m.value(QStringLiteral("to")).toArray().first().toString() != address)
                continue;
            for (const QString &l : m.value(QStringLiteral("text")).toString().split(QLatin1Char('\n'))) {
                if (l.startsWith(QLatin1String("postgresql://")) && l.contains(QLatin1String("?code=")))
                    line = l.trimmed();
            }
        }
    }
    engine.kill();
    engine.waitForFinished();
    return line;
}

// R21: the e-mail carries a server and a code; with them the invited
// person becomes a member with their own login, and what was sent to the
// address is theirs (R9).
void TestDelivery::R21_joinWithTheCodeFromTheEmail()
{
    const StoreConfig config = store(QStringLiteral("joining"));
    TeamAdmin admin(*m_store, m_clock);
    QString error;
    QVERIFY2(admin.prepare(&error), qPrintable(error));
    invite(QStringLiteral("lea@example.net"), QStringLiteral("Komm ins Team!"));
    const QString line = deliveredJoinLine(config, QStringLiteral("lea@example.net"));
    QVERIFY2(line.startsWith(QStringLiteral("postgresql://%1@").arg(admin.joinRole())), qPrintable(line));
    JoinRequest r;
    QVERIFY(TeamJoin::splitLine(line, &r.server, &r.code));
    QCOMPARE(r.code.size(), 32); // 160 bits in base32
    r.email = QStringLiteral("Lea@Example.net");
    r.name = QStringLiteral("Lea Brandt");
    r.headline = QStringLiteral("Designer");
    r.login = QStringLiteral("lea");
    r.password = QStringLiteral("correct horse");
    // The socket folder is where this test's server listens.
    StoreConfig signIn;
    r.server = QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
                   .arg(admin.joinRole(), config.databaseName, config.host)
                   .arg(config.port);
    const qint64 lea = TeamJoin::join(r, &signIn, &error);
    QVERIFY2(lea > 0, qPrintable(error));
    QCOMPARE(signIn.user, QStringLiteral("lea"));
    Store asLea;
    QVERIFY2(asLea.open(signIn), qPrintable(asLea.errorMessage()));
    QString login;
    QCOMPARE(TeamIdentity::memberOfLogin(asLea, &login, &error), lea);
    QCOMPARE(m_service->network().member(lea)->headline, QStringLiteral("Designer"));
    QCOMPARE(InvitationLists::count(m_store->database(), InvitationLists::List::Received, lea, m_clock.nowMs()), 1);
    // Only the verifier reached the server, and it is of her password.
    QSqlQuery q(m_store->database());
    QVERIFY(Sql::exec(q, QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'lea'"), {}) && q.next());
    const QString stored = q.value(0).toString();
    const QString params = stored.section(QLatin1Char('$'), 1, 1);
    QCOMPARE(ScramVerifier::make(r.password, QByteArray::fromBase64(params.section(u':', 1).toLatin1()),
                                 params.section(u':', 0, 0).toInt()),
             stored);
    // Used once: the same code again is no way in.
    r.login = QStringLiteral("lea2");
    QVERIFY(!TeamJoin::join(r, &signIn, &error));
    QVERIFY2(error.contains(QLatin1String("member already")) || error.contains(QLatin1String("not valid")),
             qPrintable(error));
}

// With psql, the join login reads nothing and acts on nothing: it can only
// call join_with_code().
void TestDelivery::R21_theJoinLoginCanOnlyJoin()
{
    StoreConfig config = store(QStringLiteral("joinlogin"));
    TeamAdmin admin(*m_store, m_clock);
    QString error;
    QVERIFY2(admin.prepare(&error), qPrintable(error));
    config.user = admin.joinRole();
    config.password = QLatin1String(TeamAdmin::kJoinPassword);
    Connection connection;
    QVERIFY2(connection.open(config, QStringLiteral("asJoin"), Connection::Setup::None),
             qPrintable(connection.errorMessage()));
    for (const char *statement :
         {"SELECT * FROM mynetwork.members", "SELECT * FROM mynetwork_view.members", "SELECT * FROM mynetwork.outbox",
          "SELECT * FROM mynetwork.join_codes", "SELECT * FROM mynetwork.store_secrets",
          "SELECT * FROM mynetwork.invitations", "UPDATE mynetwork.members SET name = 'x'",
          "SELECT mynetwork.send_to_address(1, 'x@example.org', '', 5, NULL, NULL)",
          "SELECT mynetwork.set_my_language(1, 'de')", "CREATE TABLE mynetwork.mine (x int)"}) {
        QSqlQuery q(connection.database());
        QVERIFY2(!q.exec(QString::fromLatin1(statement)), statement);
    }
    QSqlQuery q(connection.database());
    QVERIFY(Sql::exec(
                q, QStringLiteral("SELECT mynetwork.join_with_code('x@example.org', 'AAAA', 'X', '', 'xx', 'no')"), {})
            && q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(JoinOutcome::Invalid)); // not a verifier: refused before any look-up
}

// Five wrong codes for an address in an hour, then even the right one
// waits; other addresses are not held up.
void TestDelivery::R21_wrongCodesAreLimited()
{
    const StoreConfig config = store(QStringLiteral("joinlimit"));
    TeamAdmin admin(*m_store, m_clock);
    QString error;
    QVERIFY2(admin.prepare(&error), qPrintable(error));
    invite(QStringLiteral("tom@example.net"));
    const QString line = deliveredJoinLine(config, QStringLiteral("tom@example.net"));
    JoinRequest r;
    QVERIFY(TeamJoin::splitLine(line, &r.server, &r.code));
    const QString rightCode = r.code;
    r.server = QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
                   .arg(admin.joinRole(), config.databaseName, config.host)
                   .arg(config.port);
    r.email = QStringLiteral("tom@example.net");
    r.name = QStringLiteral("Tom");
    r.login = QStringLiteral("tom");
    r.password = QStringLiteral("a long password");
    StoreConfig signIn;
    for (int i = 0; i < kJoinTriesPerHour; ++i) {
        r.code = QStringLiteral("WRONGCODE%1").arg(i);
        QVERIFY(!TeamJoin::join(r, &signIn, &error));
        QVERIFY2(error.contains(QLatin1String("not valid")), qPrintable(error));
    }
    r.code = rightCode;
    QVERIFY(!TeamJoin::join(r, &signIn, &error));
    QVERIFY2(error.contains(QLatin1String("Too many")), qPrintable(error));
    QCOMPARE(Sql::scalar(m_store->database(), QStringLiteral("SELECT COUNT(*) FROM members WHERE login = 'tom'"), {}),
             0);
}

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
