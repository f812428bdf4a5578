// A team store's read replica (issue 36): a streaming standby of the test
// server, made with pg_basebackup -R, answers people you may know and the
// page's counts once it has what the store has; the viewer's own action
// shows at once even while the replica lags, and a replica that cannot be
// reached costs nothing but a warning.
#include "pgtest.h"
#include "teamlogin.h"

#include "base/clock.h"
#include "gui/connectdialog.h"
#include "gui/teamsettings.h"
#include "rules/invitationservice.h"
#include "rules/membersearch.h"
#include "rules/suggestionworker.h"
#include "store/readreplica.h"
#include "store/sql.h"
#include "store/store.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

class TestReplica : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aReplicaIsATeamStoresOwn();
    void suggestionsAndCountsAreReadOnTheReplica();
    void ownActionShowsAtOnceWhileTheReplicaLags();
    void anUnreachableReplicaLeavesReadsOnTheStore();
    void searchesReadTheReplicaWhenItHasEverything();
    void connectDialogChecksAndKeepsTheReplica();

private:
    qint64 join(const QString &name, const QString &login);
    void connect(qint64 a, qint64 b);
    StoreConfig annaWithReplica(const QString &replicaLocation) const;
    QString replicaLocation() const;
    QString socketLocation(const QString &folder, int port) const;
    QList<qint64> suggested(SuggestionWorker &worker);
    bool replicaHas(const QString &statement);
    bool caughtUp();

    QTemporaryDir m_settings;
    PgServer m_primary;
    PgServer m_standby;
    StoreConfig m_config;
    Store m_store;
    ManualClock m_clock;
    std::unique_ptr<InvitationService> m_service;
    qint64 anna = 0, ben = 0, carla = 0, dave = 0;
};

qint64 TestReplica::join(const QString &name, const QString &login)
{
    return joinWithLogin(m_store, m_clock, name, login);
}

void TestReplica::connect(qint64 a, qint64 b)
{
    const ActionResult sent = m_service->invite(a, b, {}, InvitationSource::Profile);
    QVERIFY(sent.ok());
    QVERIFY(m_service->accept(b, sent.invitationId).ok());
}

// Anna is connected to Ben, who knows Carla and Dave: both are people
// Anna may know (one mutual connection each).
void TestReplica::initTestCase()
{
    PG_START_OR_SKIP(m_primary);
    m_config = m_primary.createDatabase(QStringLiteral("replicated"));
    QVERIFY2(m_store.open(m_config), qPrintable(m_store.errorMessage()));
    m_clock.setNow(QDateTime::currentMSecsSinceEpoch());
    m_service = std::make_unique<InvitationService>(m_store, m_clock);
    anna = join(QStringLiteral("Anna Berg"), QStringLiteral("anna"));
    ben = join(QStringLiteral("Ben Cole"), QStringLiteral("ben"));
    carla = join(QStringLiteral("Carla Diaz"), QStringLiteral("carla"));
    dave = join(QStringLiteral("Dave Eck"), QStringLiteral("dave"));
    QVERIFY(anna && ben && carla && dave);
    connect(anna, ben);
    connect(ben, carla);
    connect(ben, dave);
    if (!m_standby.startStandbyOf(m_primary))
        QFAIL(qPrintable(QStringLiteral("the standby did not start: ") + m_standby.whyNot()));
}

QString TestReplica::socketLocation(const QString &folder, int port) const
{
    return QStringLiteral("postgresql:///") + m_config.databaseName + QStringLiteral("?host=")
        + QString::fromLatin1(QUrl::toPercentEncoding(folder)) + QStringLiteral("&port=") + QString::number(port);
}

QString TestReplica::replicaLocation() const
{
    // libpq's URI form with the socket folder as ?host=; no login: the
    // store's is used.
    return socketLocation(m_standby.socketFolder(), m_standby.port());
}

StoreConfig TestReplica::annaWithReplica(const QString &location) const
{
    StoreConfig config = m_config;
    config.user = QStringLiteral("anna");
    config.password = QStringLiteral("secret-anna");
    QString error;
    if (!location.isEmpty() && !config.setReplica(location, &error))
        qWarning("%s", qPrintable(error));
    return config;
}

QList<qint64> TestReplica::suggested(SuggestionWorker &worker)
{
    QSignalSpy ready(&worker, &SuggestionWorker::ready);
    worker.request(anna, 20, m_clock.nowMs());
    if (!ready.wait(10000))
        return {{-1}};
    QList<qint64> ids;
    for (const Suggestion &s : ready.first().at(2).value<QList<Suggestion>>())
        ids.append(s.memberId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

// A statement's single boolean, read on the standby as its superuser.
bool TestReplica::replicaHas(const QString &statement)
{
    return m_standby.exec(m_config.databaseName, {statement});
}

void TestReplica::aReplicaIsATeamStoresOwn()
{
    StoreConfig local = StoreConfig::sqlite(QStringLiteral("/tmp/x.sqlite"));
    QString error;
    QVERIFY(!local.setReplica(replicaLocation(), &error));
    QVERIFY2(error.contains(QLatin1String("/tmp/x.sqlite")) && error.contains(QLatin1String("local store")),
             qPrintable(error));
    StoreConfig team = m_config;
    QVERIFY(!team.setReplica(QStringLiteral("/tmp/replica.sqlite"), &error));
    QVERIFY2(error.contains(QLatin1String("/tmp/replica.sqlite")) && error.contains(QLatin1String("postgresql://")),
             qPrintable(error));
    QVERIFY(!team.setReplica(QStringLiteral("postgresql://host/db?replica=1"), &error));
    QVERIFY2(error.contains(QLatin1String("replica")), qPrintable(error));
    QVERIFY(team.replicaLocation.isEmpty());
    // The replica's login and password are the store's unless it names its own.
    QVERIFY(team.setReplica(QStringLiteral("postgresql://standby:5433/net"), &error));
    team.user = QStringLiteral("anna");
    team.password = QStringLiteral("pw");
    QCOMPARE(team.replicaConfig().user, QStringLiteral("anna"));
    QCOMPARE(team.replicaConfig().password, QStringLiteral("pw"));
    QCOMPARE(team.replicaConfig().host, QStringLiteral("standby"));
    QCOMPARE(team.replicaConfig().port, 5433);
    QVERIFY(team.setReplica(QStringLiteral("postgresql://reader@standby/net"), &error));
    QCOMPARE(team.replicaConfig().user, QStringLiteral("reader"));
}

// Anna's login is a member's, not the owner's: the replica's checks run
// under a member's rights too.
// The standby has replayed everything the server has written so far (a
// busy machine may take longer than a read waits; the tests wait for it
// where they count who answered).
bool TestReplica::caughtUp()
{
    const QString position = m_primary.text(m_config.databaseName, QStringLiteral("SELECT pg_current_wal_lsn()"));
    return m_standby.text(m_config.databaseName,
                          QStringLiteral("SELECT pg_last_wal_replay_lsn() >= '%1'::pg_lsn").arg(position))
        == QLatin1String("true");
}

void TestReplica::suggestionsAndCountsAreReadOnTheReplica()
{
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp(), 10000);
    SuggestionWorker worker(annaWithReplica(replicaLocation()), QSqlDatabase());
    QCOMPARE(suggested(worker), (QList<qint64>{carla, dave}));
    QSignalSpy counts(&worker, &SuggestionWorker::countsReady);
    worker.requestCounts(anna, m_clock.nowMs());
    QVERIFY(counts.wait(10000));
    QCOMPARE(counts.first().at(2).value<NetworkCounts>().connections, 1);
    QCOMPARE(worker.readsOnReplica(), 2);
    QCOMPARE(worker.readsOnPrimary(), 0);
}

// The standby stops replaying its log: what Anna does now is on the store
// only. Her next look still shows it — the read waited for the replica a
// moment and then went to the store —, and once the replica has caught up
// it answers again.
void TestReplica::ownActionShowsAtOnceWhileTheReplicaLags()
{
    SuggestionWorker worker(annaWithReplica(replicaLocation()), QSqlDatabase());
    QCOMPARE(suggested(worker), (QList<qint64>{carla, dave}));
    QVERIFY(replicaHas(QStringLiteral("SELECT pg_wal_replay_pause()")));
    QVERIFY(m_service->dismissSuggestion(anna, carla));
    QElapsedTimer waited;
    waited.start();
    QCOMPARE(suggested(worker), QList<qint64>{dave});
    QVERIFY(waited.elapsed() >= ReadReplica::kCatchUpWaitMs);
    QCOMPARE(worker.readsOnPrimary(), 1);
    QVERIFY(replicaHas(QStringLiteral("SELECT pg_wal_replay_resume()")));
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp(), 10000);
    QCOMPARE(suggested(worker), QList<qint64>{dave});
    QCOMPARE(worker.readsOnReplica(), 2);
    QCOMPARE(worker.readsOnPrimary(), 1);
    QVERIFY(m_service->restoreSuggestion(anna, carla));
}

void TestReplica::anUnreachableReplicaLeavesReadsOnTheStore()
{
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^read replica: .*reading on the store"),
                                            QRegularExpression::DotMatchesEverythingOption));
    SuggestionWorker worker(annaWithReplica(socketLocation(QStringLiteral("/nowhere"), m_standby.port())),
                            QSqlDatabase());
    QCOMPARE(suggested(worker), (QList<qint64>{carla, dave}));
    QCOMPARE(suggested(worker), (QList<qint64>{carla, dave}));
    QCOMPARE(worker.readsOnReplica(), 0);
    QCOMPARE(worker.readsOnPrimary(), 2);
}

// The window's own searches never wait for the replica: it answers when it
// has everything the store has at that moment, else the store does.
void TestReplica::searchesReadTheReplicaWhenItHasEverything()
{
    Store store;
    QVERIFY2(store.open(annaWithReplica(replicaLocation())), qPrintable(store.errorMessage()));
    const auto onReplica = [&store] {
        return Sql::scalar(store.readDatabase(),
                           QStringLiteral("SELECT CASE WHEN pg_is_in_recovery() THEN 1 ELSE 0 END"), {})
            == 1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(onReplica(), 5000);
    QList<MemberSearch::Row> rows;
    QString error;
    QVERIFY2(MemberSearch::byText(store.readDatabase(), QStringLiteral("Carla"), 10, &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().id, carla);
    QVERIFY(replicaHas(QStringLiteral("SELECT pg_wal_replay_pause()")));
    QVERIFY(m_service->dismissSuggestion(anna, dave));
    QVERIFY(!onReplica());
    QVERIFY(replicaHas(QStringLiteral("SELECT pg_wal_replay_resume()")));
    QTRY_VERIFY_WITH_TIMEOUT(onReplica(), 5000);
    QVERIFY(m_service->restoreSuggestion(anna, dave));
}

void TestReplica::connectDialogChecksAndKeepsTheReplica()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    ConnectDialog dialog(annaWithReplica({}));
    auto *replica = dialog.findChild<QLineEdit *>(QStringLiteral("replicaEdit"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(replica && error);
    dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(false);
    const QList<QPair<QString, QString>> refused{
        {QStringLiteral("standby.example.org"), QStringLiteral("postgresql://")},
        {socketLocation(QStringLiteral("/nowhere"), m_standby.port()), QStringLiteral("cannot be reached")},
        {socketLocation(m_primary.socketFolder(), m_primary.port()), QStringLiteral("not a standby")}};
    for (const auto &[location, words] : refused) {
        replica->setText(location);
        QVERIFY(!dialog.tryConnect());
        QVERIFY2(error->isVisibleTo(&dialog) && error->text().contains(words), qPrintable(error->text()));
        QVERIFY(!TeamSettings::active());
    }
    replica->setText(replicaLocation());
    QVERIFY2(dialog.tryConnect(), qPrintable(error->text()));
    QCOMPARE(TeamSettings::active()->replicaLocation, replicaLocation());
    // The window reopens on what the dialog says, replica included.
    QCOMPARE(dialog.config().replicaLocation, replicaLocation());
    ConnectDialog again(TeamSettings::last());
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("replicaEdit"))->text(), replicaLocation());
    TeamSettings::useLocalStore();
}

QTEST_MAIN(TestReplica)
#include "tst_replica.moc"
