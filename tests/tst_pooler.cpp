// A team store behind PgBouncer in transaction mode (issue 36): members act
// through a pooler whose server connections they share, nothing is prepared
// on the server, windows still hear changes (LISTEN on a session of their
// own), and a pooler that does not choose the store's schema is named.
#include "pgbouncer.h"
#include "pgtest.h"
#include "teamlogin.h"

#include "base/clock.h"
#include "gui/connectdialog.h"
#include "gui/teamsettings.h"
#include "rules/invitationlists.h"
#include "rules/invitationservice.h"
#include "store/changefeed.h"
#include "store/sql.h"
#include "store/store.h"
#include "team/teamadmin.h"
#include "team/teamservice.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestPooler : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aPoolerIsATeamStoresOwn();
    void membersShareServerConnectionsThroughThePooler();
    void aWindowHearsChangesThroughThePooler();
    void aPoolerThatDoesNotChooseTheSchemaIsNamed();
    void theOwnerAdministersThroughThePooler();
    void connectDialogChecksAndKeepsThePooler();

private:
    qint64 join(const QString &name, const QString &login);
    StoreConfig through(const QString &login, const QString &pooled = QStringLiteral("pooled")) const;

    QTemporaryDir m_settings;
    PgServer m_server;
    PgBouncer m_pooler;
    StoreConfig m_config;
    Store m_owner;
    ManualClock m_clock;
    std::unique_ptr<InvitationService> m_service;
    QList<qint64> m_people;
    qint64 anna = 0, ben = 0;
};

qint64 TestPooler::join(const QString &name, const QString &login)
{
    return joinWithLogin(m_owner, m_clock, name, login);
}

// One server connection per login: Anna's two windows share hers.
void TestPooler::initTestCase()
{
    PG_START_OR_SKIP(m_server);
    m_config = m_server.createDatabase(QStringLiteral("pooled_store"));
    QVERIFY2(m_owner.open(m_config), qPrintable(m_owner.errorMessage()));
    m_clock.setNow(QDateTime::currentMSecsSinceEpoch());
    m_service = std::make_unique<InvitationService>(m_owner, m_clock);
    anna = join(QStringLiteral("Anna Berg"), QStringLiteral("anna"));
    ben = join(QStringLiteral("Ben Cole"), QStringLiteral("ben"));
    QVERIFY(anna && ben);
    for (int i = 0; i < 6; ++i)
        m_people.append(join(QStringLiteral("Person %1").arg(i), QStringLiteral("person%1").arg(i)));
    // The owner signs in to the pooler with a password of their own too.
    QVERIFY(m_server.exec(m_config.databaseName,
                          {QStringLiteral("ALTER ROLE %1 PASSWORD 'secret-%1'").arg(m_config.user)}));
    if (!m_pooler.start(m_server, m_config.databaseName, {QStringLiteral("anna"), QStringLiteral("ben"), m_config.user},
                        1)) {
        if (m_pooler.installed() || PgServer::required())
            QFAIL(qPrintable(QStringLiteral("PgBouncer did not start: ") + m_pooler.whyNot()));
        QSKIP(qPrintable(QStringLiteral("no PgBouncer here: ") + m_pooler.whyNot()));
    }
}

StoreConfig TestPooler::through(const QString &login, const QString &pooled) const
{
    StoreConfig config = m_config;
    config.user = login;
    config.password = QStringLiteral("secret-") + login;
    QString error;
    if (!config.setPooler(m_pooler.location(pooled), &error))
        qWarning("%s", qPrintable(error));
    return config;
}

void TestPooler::aPoolerIsATeamStoresOwn()
{
    StoreConfig local = StoreConfig::sqlite(QStringLiteral("/tmp/x.sqlite"));
    QString error;
    QVERIFY(!local.setPooler(m_pooler.location(), &error));
    QVERIFY2(error.contains(QLatin1String("local store")), qPrintable(error));
    StoreConfig team = m_config;
    QVERIFY(!team.setPooler(QStringLiteral("pgbouncer:6432"), &error));
    QVERIFY2(error.contains(QLatin1String("pgbouncer:6432")) && error.contains(QLatin1String("postgresql://")),
             qPrintable(error));
    const StoreConfig config = through(QStringLiteral("anna"));
    QVERIFY(config.poolerConfig().throughPooler);
    QCOMPARE(config.poolerConfig().user, QStringLiteral("anna"));
    QCOMPARE(config.poolerConfig().password, QStringLiteral("secret-anna"));
    QVERIFY(!config.poolerConfig().connectOptions().contains(QLatin1String("options=")));
    QVERIFY(config.direct().poolerLocation.isEmpty());
    QVERIFY(config.direct().connectOptions().contains(QLatin1String("search_path")));
}

// Anna's two windows take turns on one server connection, as windows in
// other processes would: there the driver's own PREPARE could meet its
// EXECUTE on another server connection, and two processes' statements
// share names (qpsqlpstmt_1). Every action of the rules and the lists
// works, and nothing is prepared on the server at all.
void TestPooler::membersShareServerConnectionsThroughThePooler()
{
    Store first, second, bens;
    QVERIFY2(first.open(through(QStringLiteral("anna"))), qPrintable(first.errorMessage()));
    QVERIFY2(second.open(through(QStringLiteral("anna"))), qPrintable(second.errorMessage()));
    QVERIFY2(bens.open(through(QStringLiteral("ben"))), qPrintable(bens.errorMessage()));
    SystemClock clock;
    InvitationService one(first, clock), two(second, clock), ben(bens, clock);
    QList<qint64> sent;
    for (qint64 person : m_people) {
        const ActionResult r = (sent.size() % 2 ? one : two).invite(anna, person, {}, InvitationSource::Profile);
        QVERIFY2(r.ok(), qPrintable(r.message));
        sent.append(r.invitationId);
        QCOMPARE(InvitationLists::count(first.database(), InvitationLists::List::Sent, anna, clock.nowMs()),
                 int(sent.size()));
        QCOMPARE(InvitationLists::count(second.database(), InvitationLists::List::Sent, anna, clock.nowMs()),
                 int(sent.size()));
    }
    QVERIFY(two.withdraw(anna, sent.first()).ok());
    const ActionResult toBen = one.invite(anna, this->ben, QStringLiteral("Hello Ben"), InvitationSource::Profile);
    QVERIFY2(toBen.ok(), qPrintable(toBen.message));
    QVERIFY2(ben.accept(this->ben, toBen.invitationId).ok(), "Ben accepts through the pooler");
    QCOMPARE(Sql::scalar(first.database(), QStringLiteral("SELECT COUNT(*) FROM pg_prepared_statements"), {}), 0);
    QCOMPARE(m_server.text(
                 m_config.databaseName,
                 QStringLiteral("SELECT sender_id FROM mynetwork.invitations WHERE id = %1").arg(toBen.invitationId)),
             QString::number(anna));
}

// LISTEN needs a session of its own: the window keeps one on the server,
// subscribed there, and hears an invitation to Ben as the owner's relay
// tells it.
void TestPooler::aWindowHearsChangesThroughThePooler()
{
    TeamService relay(m_owner);
    QString error;
    QVERIFY2(relay.start(&error), qPrintable(error));
    Store window;
    QVERIFY2(window.open(through(QStringLiteral("ben"))), qPrintable(window.errorMessage()));
    QVERIFY(window.listenDatabase().connectionName() != window.database().connectionName());
    window.feed()->watch(window);
    QVERIFY(!window.listenDatabase().driver()->subscribedToNotifications().isEmpty());
    QVERIFY(window.database().driver()->subscribedToNotifications().isEmpty());
    QSignalSpy changed(window.feed(), &ChangeFeed::changed);
    const ActionResult r = m_service->invite(m_people.first(), ben, {}, InvitationSource::Profile);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
    QVERIFY(changed.first().first().value<ChangeSet>().invitations.contains(r.invitationId));
}

void TestPooler::aPoolerThatDoesNotChooseTheSchemaIsNamed()
{
    Store store;
    QVERIFY(!store.open(through(QStringLiteral("anna"), QStringLiteral("bare"))));
    QVERIFY2(store.errorMessage().contains(QLatin1String("connect_query")), qPrintable(store.errorMessage()));
}

// What mynetwork-admin does with --pooler: a new member and their login,
// made through the pooler, can sign in; disabling them ends their sessions.
void TestPooler::theOwnerAdministersThroughThePooler()
{
    Store owner;
    QVERIFY2(owner.open(through(m_config.user)), qPrintable(owner.errorMessage()));
    const qint64 nora = joinWithLogin(owner, m_clock, QStringLiteral("Nora Neu"), QStringLiteral("nora"));
    QVERIFY(nora);
    StoreConfig asNora = m_config;
    asNora.user = QStringLiteral("nora");
    Store noras;
    QVERIFY2(noras.open(asNora), qPrintable(noras.errorMessage()));
    TeamAdmin admin(owner, m_clock);
    QString error;
    QVERIFY2(admin.disable(QStringLiteral("nora"), &error), qPrintable(error));
    Store again;
    QVERIFY(!again.open(asNora));
}

void TestPooler::connectDialogChecksAndKeepsThePooler()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    StoreConfig anna = m_config;
    anna.user = QStringLiteral("anna");
    anna.password = QStringLiteral("secret-anna");
    ConnectDialog dialog(anna);
    auto *pooler = dialog.findChild<QLineEdit *>(QStringLiteral("poolerEdit"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(pooler && error);
    dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(false);
    pooler->setText(m_pooler.location(QStringLiteral("bare")));
    QVERIFY(!dialog.tryConnect());
    QVERIFY2(error->text().contains(QLatin1String("connect_query")), qPrintable(error->text()));
    QVERIFY(!TeamSettings::active());
    pooler->setText(m_pooler.location());
    QVERIFY2(dialog.tryConnect(), qPrintable(error->text()));
    // The window reopens on what the dialog says, pooler included.
    QCOMPARE(dialog.config().poolerLocation, m_pooler.location());
    QCOMPARE(TeamSettings::active()->poolerLocation, m_pooler.location());
    TeamSettings::useLocalStore();
}

QTEST_MAIN(TestPooler)
#include "tst_pooler.moc"
