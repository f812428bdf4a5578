// R11, R15, R18 on a team store: what a member's own login can see and do
// with a plain SQL client, not through the app's services. Anna is the
// login under test; Ben is her connection, Carla a stranger.

#include "pgtest.h"

#include "base/changeset.h"
#include "base/clock.h"
#include "base/refusal.h"
#include "import/contactmatcher.h"
#include "import/contactrepository.h"
#include "rules/expiryengine.h"
#include "rules/invitationlists.h"
#include "rules/invitationservice.h"
#include "rules/network.h"
#include "rules/suggestions.h"
#include "store/changefeed.h"
#include "store/schema.h"
#include "store/sql.h"
#include "store/store.h"
#include "team/scramverifier.h"
#include "team/teamadmin.h"
#include "team/teamrules.h"
#include "team/teamservice.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

enum Scope { Own, Connections, Strangers };
const char *const kScopeNames[] = {"own", "a connection's", "a stranger's"};

// One table or view as Anna's login meets it: for each scope the condition
// that picks such rows, a new row of that scope, and a harmless update.
struct Object
{
    QString name; // schema-qualified
    QString where[3]; // per scope
    QString insert[3]; // "(columns) VALUES (…)" per scope
    QString assignment; // for UPDATE … SET
};

QString markdownCell(bool allowed, const QString &note = {})
{
    if (!allowed)
        return QStringLiteral("refused");
    return note.isEmpty() ? QStringLiteral("allowed") : QStringLiteral("allowed (%1)").arg(note);
}

}

class TestSecurity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void R18_accessTable();
    void R11_privateFieldsOnlyOfConnections();
    void R11_othersRowsStayHidden();
    void R18_cannotActForSomeoneElse();
    void R18_cannotGetPastTheRulesWithRawSql();
    void R4_ignoredReadsAsAwaitingForTheSender();
    void R18_catalogShowsNoRowsOfOthers();
    void R18_hostileTextIsStoredVerbatim();
    void R18_appRulesHoldAsMemberLogins();
    void R16_memberHearsOnlyTheirOwnChanges();
    void R17_memberCannotStopTheEngineOrTheStore();
    void R15_onlyTheOwnerUpdatesTheSchema();
    void R13_noSnapshotGetsPastTheWeeklyLimit();
    void R18_aHeldLockDelaysOthersAtMostTwoSeconds();
    void R18_aStrangerIsRefusedBeforeAnyLock();
    void releasedMigrationsAreFrozen();
    void ruleFunctionsAreReappliedByPrepare();
    void R19_aMemberEditsOnlyTheirOwnProfileAndPhoto();
    void adminQuotesLoginsAndSendsNoClearPassword();
    void R4_anIgnoreThroughPsqlTellsTheSenderNothing();
    void R18_theChangeLogTakesOnlyWhatTheAppWrites();
    void disableRefusesWhatItCannotFinish();
    void R17_aHeldInvitationDelaysOnlyItself(); // last: moves the clock

private:
    QSqlDatabase login(const QString &user);
    // The store as the app opens it signed in as `user` (password "secret-<user>").
    StoreConfig configAs(const QString &user) const
    {
        StoreConfig config = m_config;
        config.user = user;
        config.password = QStringLiteral("secret-") + user;
        return config;
    }
    // Another session of `user`, as a second psql would be.
    QSqlDatabase session(const QString &user, int n);
    int reasonOf(QSqlDatabase db, const QString &call, QElapsedTimer *timer = nullptr);
    bool refused(const QString &sql, QString *why = nullptr);
    qint64 scalarAs(const QString &user, const QString &sql, bool *ok = nullptr);
    qint64 join(const QString &name, const QString &email);

    PgServer m_server;
    StoreConfig m_config;
    Store m_store;
    ManualClock m_clock;
    std::unique_ptr<InvitationService> m_service;
    qint64 anna = 0, ben = 0, carla = 0, dora = 0, emil = 0, finn = 0, gerd = 0;
    qint64 invAnnaDora = 0, invBenDora = 0, invCarlaDora = 0, invCarlaAnna = 0, invAnnaFinn = 0;
};

qint64 TestSecurity::join(const QString &name, const QString &email)
{
    Member m;
    m.name = name;
    m.headline = QStringLiteral("Engineer");
    m.company = QStringLiteral("Acme");
    m.location = QStringLiteral("Berlin");
    m.email = email;
    m.phone = QStringLiteral("+49 30 1234");
    const JoinResult r = m_service->join(m);
    return r.memberId;
}

void TestSecurity::initTestCase()
{
    PG_START_OR_SKIP(m_server);
    m_config = m_server.createDatabase(QStringLiteral("security"));
    QVERIFY2(m_store.open(m_config), qPrintable(m_store.errorMessage()));
    // The owner may name the time; a member's login acts on the server's,
    // so the network is set up at the real now.
    m_clock.setNow(QDateTime::currentMSecsSinceEpoch());
    m_service = std::make_unique<InvitationService>(m_store, m_clock);
    anna = join(QStringLiteral("Anna Berg"), QStringLiteral("anna@example.org"));
    ben = join(QStringLiteral("Ben Cole"), QStringLiteral("ben@example.org"));
    carla = join(QStringLiteral("Carla Diaz"), QStringLiteral("carla@example.org"));
    dora = join(QStringLiteral("Dora Eck"), QStringLiteral("dora@example.org"));
    emil = join(QStringLiteral("Emil Falk"), QStringLiteral("emil@example.org"));
    finn = join(QStringLiteral("Finn Gold"), QStringLiteral("finn@example.org"));
    gerd = join(QStringLiteral("Gerd Hahn"), QStringLiteral("gerd@example.org"));
    QVERIFY(anna && ben && carla && dora && emil && finn && gerd);

    // Anna–Ben, Ben–Emil, Carla–Finn: each acceptance notifies its sender.
    const auto connect = [this](qint64 a, qint64 b) {
        const ActionResult r = m_service->invite(a, b, {}, InvitationSource::Profile);
        return r.ok() && m_service->accept(b, r.invitationId).ok();
    };
    QVERIFY(connect(anna, ben) && connect(ben, emil) && connect(carla, finn));
    invAnnaDora = m_service->invite(anna, dora, QStringLiteral("Hallo Dora"), InvitationSource::Profile).invitationId;
    invBenDora = m_service->invite(ben, dora, {}, InvitationSource::Profile).invitationId;
    invCarlaDora = m_service->invite(carla, dora, {}, InvitationSource::Profile).invitationId;
    invCarlaAnna = m_service->invite(carla, anna, {}, InvitationSource::Profile).invitationId;
    invAnnaFinn = m_service->invite(anna, finn, {}, InvitationSource::Profile).invitationId;
    QVERIFY(invAnnaDora && invBenDora && invCarlaDora && invCarlaAnna && invAnnaFinn);
    QVERIFY(m_service->ignore(finn, invAnnaFinn).ok());
    for (const auto &[who, address] : {std::pair{anna, "a.friend@example.org"}, std::pair{ben, "b.friend@example.org"},
                                       std::pair{carla, "c.friend@example.org"}}) {
        QVERIFY(m_service->inviteByEmail(who, QLatin1String(address), {}, InvitationSource::EmailInvite).ok());
    }
    // A cool-down each: invited Gerd, then withdrew.
    for (qint64 who : {anna, ben, carla}) {
        const ActionResult r = m_service->invite(who, gerd, {}, InvitationSource::Profile);
        QVERIFY(r.ok() && m_service->withdraw(who, r.invitationId).ok());
    }
    QSqlQuery q(m_store.database());
    for (qint64 who : {anna, ben, carla}) {
        QVERIFY(Sql::exec(q,
                          QStringLiteral("INSERT INTO contacts (owner_id, name, email, email_norm, phone, company,"
                                         " imported_ms, dedupe_key) VALUES (?, 'Private Person', 'pp@example.org',"
                                         " 'pp@example.org', '+1 555', 'Secret GmbH', 0, 'pp@example.org')"),
                          {who}));
        QVERIFY(m_service->dismissSuggestion(who, gerd));
    }
    TeamAdmin admin(m_store, m_clock);
    QString error;
    for (const auto &[member, name] : {std::pair{anna, "anna"}, std::pair{ben, "ben"}, std::pair{carla, "carla"},
                                       std::pair{dora, "dora"}, std::pair{finn, "finn"}}) {
        QString password = QStringLiteral("secret-%1").arg(QLatin1String(name));
        QVERIFY2(admin.addLogin(member, QLatin1String(name), &password, &error), qPrintable(error));
    }
    QVERIFY(q.exec(QStringLiteral("ANALYZE")));
}

void TestSecurity::cleanupTestCase()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("login-")))
            QSqlDatabase::removeDatabase(name);
    }
}

// A plain connection as `user`, as psql would make one: no search_path set.
QSqlDatabase TestSecurity::login(const QString &user)
{
    const QString name = QStringLiteral("login-") + user;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_config.host);
    db.setPort(m_config.port);
    db.setDatabaseName(m_config.databaseName);
    db.setUserName(user);
    db.setPassword(QStringLiteral("secret-") + user);
    if (!db.open())
        qWarning("cannot sign in as %s: %s", qPrintable(user), qPrintable(db.lastError().text()));
    return db;
}

QSqlDatabase TestSecurity::session(const QString &user, int n)
{
    const QString name = QStringLiteral("login-%1-%2").arg(user).arg(n);
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                   : QSqlDatabase::cloneDatabase(login(user), name);
    if (!db.isOpen() && !db.open())
        qWarning("cannot sign in as %s: %s", qPrintable(user), qPrintable(db.lastError().text()));
    return db;
}

// The refusal a rule function answers (`call` after "SELECT reason FROM
// mynetwork."), StoreBusy for the errors the app tells as busy, -1 on any
// other error; `timer` restarted before the call.
int TestSecurity::reasonOf(QSqlDatabase db, const QString &call, QElapsedTimer *timer)
{
    QSqlQuery q(db);
    if (timer)
        timer->start();
    if (!q.exec(QStringLiteral("SELECT reason FROM mynetwork.") + call) || !q.next()) {
        // A lock not had in time, an old snapshot: what the app tells as busy.
        if (Sql::isBusy(Sql::describe(q)))
            return int(Refusal::StoreBusy);
        qWarning("%s: %s", qPrintable(call), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toInt();
}

// True when Anna's login could not do it: an error, or no row touched.
bool TestSecurity::refused(const QString &sql, QString *why)
{
    QSqlDatabase db = login(QStringLiteral("anna"));
    db.transaction();
    QSqlQuery q(db);
    const bool ran = q.exec(sql);
    const bool touched = ran && (q.isSelect() ? q.next() && q.value(0).toLongLong() > 0 : q.numRowsAffected() > 0);
    if (why)
        *why = ran ? QStringLiteral("no row") : q.lastError().databaseText();
    q.finish();
    db.rollback();
    return !touched;
}

qint64 TestSecurity::scalarAs(const QString &user, const QString &sql, bool *ok)
{
    QSqlQuery q(login(user));
    const bool ran = q.exec(sql) && q.next();
    if (ok)
        *ok = ran;
    if (!ran)
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return ran ? q.value(0).toLongLong() : 0;
}

// Every table and view × own / a connection's / a stranger's rows × read,
// insert, update, delete, tried with Anna's login; the table in
// docs/team-admin.md is this one (MYNETWORK_UPDATE_README=1 rewrites it).
void TestSecurity::R18_accessTable()
{
    const QString a = QString::number(anna), b = QString::number(ben), c = QString::number(carla);
    const QString g = QString::number(gerd);
    const QString who[3] = {a, b, c};
    const auto perMember = [&](const QString &column) {
        return std::array<QString, 3>{column + QLatin1String(" = ") + a, column + QLatin1String(" = ") + b,
                                      column + QLatin1String(" = ") + c};
    };
    QList<Object> objects;
    const auto add = [&](const QString &name, const std::array<QString, 3> &where, const QString &insertTemplate,
                         const QString &assignment) {
        Object o;
        o.name = name;
        for (int s = 0; s < 3; ++s) {
            o.where[s] = where[s];
            o.insert[s] =
                QString(insertTemplate).replace(QLatin1String("$WHO"), who[s]).replace(QLatin1String("$G"), g);
        }
        o.assignment = assignment;
        objects.append(o);
    };
    const std::array<QString, 3> members{QStringLiteral("id = ") + a, QStringLiteral("id = ") + b,
                                         QStringLiteral("id = ") + c};
    const std::array<QString, 3> invitations{QStringLiteral("id = %1").arg(invAnnaDora),
                                             QStringLiteral("id = %1").arg(invBenDora),
                                             QStringLiteral("id = %1").arg(invCarlaDora)};
    const QString memberInsert = QStringLiteral("(name, email, email_norm, joined_ms) VALUES ('New $WHO',"
                                                " 'new$WHO@example.org', 'new$WHO@example.org', 0)");
    const QString invitationInsert = QStringLiteral(
        "(sender_id, recipient_id, pair_lo, pair_hi, source, state, sent_ms,"
        " expires_ms) VALUES ($WHO, $G, $WHO, $G, 0, 0, 0, 1)");
    add(QStringLiteral("mynetwork.members"), members, memberInsert, QStringLiteral("name = name"));
    add(QStringLiteral("mynetwork_view.members"), members, memberInsert, QStringLiteral("name = name"));
    add(QStringLiteral("mynetwork.invitations"), invitations, invitationInsert, QStringLiteral("note = note"));
    add(QStringLiteral("mynetwork_view.invitations"), invitations, invitationInsert, QStringLiteral("note = note"));
    add(QStringLiteral("mynetwork.connections"),
        {QStringLiteral("member_id = %1 AND other_id = %2").arg(a, b),
         QStringLiteral("member_id = %1 AND other_id = %2").arg(b).arg(emil),
         QStringLiteral("member_id = %1 AND other_id = %2").arg(c).arg(finn)},
        QStringLiteral("(member_id, other_id, since_ms) VALUES ($WHO, $G, 0)"), QStringLiteral("since_ms = since_ms"));
    add(QStringLiteral("mynetwork.notifications"), perMember(QStringLiteral("member_id")),
        QStringLiteral("(member_id, kind, created_ms) VALUES ($WHO, 3, 0)"), QStringLiteral("read_ms = 1"));
    add(QStringLiteral("mynetwork.contacts"), perMember(QStringLiteral("owner_id")),
        QStringLiteral("(owner_id, name, imported_ms, dedupe_key) VALUES ($WHO, 'x', 0, 'new-key')"),
        QStringLiteral("name = name"));
    add(QStringLiteral("mynetwork.outbox"), perMember(QStringLiteral("sender_id")),
        QStringLiteral("(to_email, sender_id, kind, created_ms) VALUES ('x@example.org', $WHO, 1, 0)"),
        QStringLiteral("created_ms = created_ms"));
    add(QStringLiteral("mynetwork.cooldowns"), perMember(QStringLiteral("sender_id")),
        QStringLiteral("(sender_id, recipient_id, until_ms) VALUES ($WHO, $G, 0)"),
        QStringLiteral("until_ms = until_ms"));
    add(QStringLiteral("mynetwork.dismissed_suggestions"), perMember(QStringLiteral("member_id")),
        QStringLiteral("(member_id, other_id, dismissed_ms) VALUES ($WHO, %1, 0)").arg(finn),
        QStringLiteral("dismissed_ms = dismissed_ms"));
    const std::array<QString, 3> everyRow{QStringLiteral("true"), QStringLiteral("true"), QStringLiteral("true")};
    add(QStringLiteral("mynetwork.settings"), everyRow, QStringLiteral("(name, value) VALUES ('x$WHO', '1')"),
        QStringLiteral("value = value"));
    add(QStringLiteral("mynetwork.schema_version"), everyRow, QStringLiteral("(version) VALUES (99)"),
        QStringLiteral("version = version"));
    add(QStringLiteral("mynetwork.change_log"), everyRow, QStringLiteral("(origin, payload) VALUES (0, '{}')"),
        QStringLiteral("payload = payload"));
    add(QStringLiteral("mynetwork.engine_lease"), everyRow,
        QStringLiteral("(id, holder, pid, until_ms) VALUES (2, 0, 0, 0)"), QStringLiteral("until_ms = until_ms"));
    QSqlQuery q(m_store.database());
    QVERIFY(Sql::exec(q, QStringLiteral("INSERT INTO settings (name, value) VALUES ('note', 'kept')"), {}));

    QStringList lines{QStringLiteral("| table or view | rows | read | insert | update | delete |"),
                      QStringLiteral("|---|---|---|---|---|---|")};
    for (const Object &o : std::as_const(objects)) {
        const bool global = o.where[0] == QLatin1String("true");
        for (int s = 0; s < (global ? 1 : 3); ++s) {
            // The rows must exist, or "refused" would mean nothing.
            QVERIFY2(Sql::scalar(m_store.database(),
                                 QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2")
                                     .arg(QString(o.name).replace(QLatin1String("_view"), QString()), o.where[s]),
                                 {})
                         > 0,
                     qPrintable(o.name + QLatin1Char(' ') + o.where[s]));
            const bool read = !refused(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(o.name, o.where[s]));
            QString note;
            if (read && o.name == QLatin1String("mynetwork_view.members")) {
                const bool full = !refused(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 AND email <> ''"
                                                          " AND phone <> ''")
                                               .arg(o.name, o.where[s]));
                note = full ? QStringLiteral("all fields") : QStringLiteral("public fields only");
            }
            const bool insert = !refused(QStringLiteral("INSERT INTO %1 %2").arg(o.name, o.insert[s]));
            const bool update = !refused(
                QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(o.name, o.assignment, o.where[s]));
            const bool remove = !refused(QStringLiteral("DELETE FROM %1 WHERE %2").arg(o.name, o.where[s]));
            const QString updateNote = update && o.name == QLatin1String("mynetwork.notifications")
                ? QStringLiteral("read_ms only")
                : QString();
            lines.append(QStringLiteral("| `%1` | %2 | %3 | %4 | %5 | %6 |")
                             .arg(o.name, global ? QStringLiteral("all") : QLatin1String(kScopeNames[s]),
                                  markdownCell(read, note), markdownCell(insert), markdownCell(update, updateNote),
                                  markdownCell(remove)));
            // What may never be: changing anyone else's rows, reading a
            // stranger's private rows, touching the tables behind the views.
            if (s != Own)
                QVERIFY2(!insert && !update && !remove, qPrintable(lines.last()));
            if (s == Strangers)
                QVERIFY2(!read || o.name == QLatin1String("mynetwork_view.members"), qPrintable(lines.last()));
            if (o.name == QLatin1String("mynetwork.members") || o.name == QLatin1String("mynetwork.invitations")
                || o.name == QLatin1String("mynetwork.change_log") || o.name == QLatin1String("mynetwork.engine_lease"))
                QVERIFY2(!read && !insert && !update && !remove, qPrintable(lines.last()));
            if (o.name.startsWith(QLatin1String("mynetwork_view.")))
                QVERIFY2(!insert && !update && !remove, qPrintable(lines.last()));
            if (global)
                QVERIFY2(!insert && !update && !remove, qPrintable(lines.last()));
        }
    }
    const QString table = lines.join(QLatin1Char('\n'));

    // The administrators' guide keeps the table this test found.
    const QString readmePath = QStringLiteral(MYNETWORK_SOURCE_DIR "/docs/team-admin.md");
    QFile readme(readmePath);
    QVERIFY(readme.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(readme.readAll());
    readme.close();
    const QString begin = QStringLiteral("<!-- security-table:begin -->\n");
    const QString end = QStringLiteral("\n<!-- security-table:end -->");
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(end);
    QVERIFY2(from >= 0 && to > from, "docs/team-admin.md has no security table markers");
    const QString current = text.mid(from + begin.size(), to - from - begin.size());
    if (current != table && qEnvironmentVariableIntValue("MYNETWORK_UPDATE_README") == 1) {
        text.replace(from + begin.size(), to - from - begin.size(), table);
        QVERIFY(readme.open(QIODevice::WriteOnly | QIODevice::Truncate));
        readme.write(text.toUtf8());
        return;
    }
    QVERIFY2(current == table,
             qPrintable(QStringLiteral("docs/team-admin.md's security table differs from what the store "
                                       "enforces; run this test with MYNETWORK_UPDATE_README=1:\n")
                        + table));
}

void TestSecurity::R11_privateFieldsOnlyOfConnections()
{
    QSqlQuery q(login(QStringLiteral("anna")));
    QVERIFY(q.exec(QStringLiteral("SELECT id, name, headline, company, location, email, phone, login, feed_token"
                                  " FROM mynetwork_view.members WHERE id IN (%1, %2, %3) ORDER BY id")
                       .arg(anna)
                       .arg(ben)
                       .arg(carla)));
    QHash<qint64, QStringList> seen;
    while (q.next()) {
        QStringList fields;
        for (int i = 1; i < 9; ++i)
            fields.append(q.value(i).toString());
        seen.insert(q.value(0).toLongLong(), fields);
    }
    QCOMPARE(seen.size(), 3);
    // Everyone's public fields.
    for (const QStringList &f : std::as_const(seen)) {
        QVERIFY(!f.at(0).isEmpty());
        QCOMPARE(f.at(1), QStringLiteral("Engineer"));
        QCOMPARE(f.at(2), QStringLiteral("Acme"));
        QCOMPARE(f.at(3), QStringLiteral("Berlin"));
    }
    QCOMPARE(seen[ben].at(4), QStringLiteral("ben@example.org"));
    QCOMPARE(seen[ben].at(5), QStringLiteral("+49 30 1234"));
    QCOMPARE(seen[carla].at(4), QString());
    QCOMPARE(seen[carla].at(5), QString());
    // Logins and change-channel tokens: only one's own.
    QCOMPARE(seen[anna].at(6), QStringLiteral("anna"));
    QVERIFY(!seen[anna].at(7).isEmpty());
    QVERIFY(seen[ben].at(6).isEmpty() && seen[ben].at(7).isEmpty());
    // Connection lists: Ben's (a connection) yes, Carla's no.
    QCOMPARE(scalarAs(QStringLiteral("anna"),
                      QStringLiteral("SELECT COUNT(*) FROM mynetwork.connections WHERE member_id = %1").arg(ben)),
             qint64(2));
    QCOMPARE(scalarAs(QStringLiteral("anna"),
                      QStringLiteral("SELECT COUNT(*) FROM mynetwork.connections WHERE member_id = %1"
                                     " OR other_id = %1")
                          .arg(carla)),
             qint64(0));
    // How many, though, is public.
    QCOMPARE(scalarAs(QStringLiteral("anna"), QStringLiteral("SELECT mynetwork.connection_count(%1)").arg(carla)),
             qint64(1));
    // Looking up an address one has finds its member, and only that.
    QCOMPARE(scalarAs(QStringLiteral("anna"),
                      QStringLiteral("SELECT id FROM mynetwork.members_by_email('[\"carla@example.org\"]')")),
             carla);
    QCOMPARE(scalarAs(QStringLiteral("anna"), QStringLiteral("SELECT COUNT(*) FROM mynetwork.members_by_email('[]')")),
             qint64(0));
}

void TestSecurity::R11_othersRowsStayHidden()
{
    const QString anna = QStringLiteral("anna");
    // Ben's received invitations (from Anna's side none is hers), his
    // notifications, contacts, outbox.
    QCOMPARE(
        scalarAs(anna,
                 QStringLiteral("SELECT COUNT(*) FROM mynetwork_view.invitations WHERE recipient_id = %1").arg(dora)),
        qint64(1)); // only her own invitation to Dora
    QCOMPARE(scalarAs(anna,
                      QStringLiteral("SELECT COUNT(*) FROM mynetwork_view.invitations WHERE sender_id <> %1"
                                     " AND recipient_id IS DISTINCT FROM %1")
                          .arg(this->anna)),
             qint64(0));
    for (const QString &table :
         {QStringLiteral("notifications WHERE member_id"), QStringLiteral("contacts WHERE owner_id"),
          QStringLiteral("outbox WHERE sender_id"), QStringLiteral("cooldowns WHERE sender_id"),
          QStringLiteral("dismissed_suggestions WHERE member_id")}) {
        QCOMPARE(scalarAs(anna, QStringLiteral("SELECT COUNT(*) FROM mynetwork.%1 <> %2").arg(table).arg(this->anna)),
                 qint64(0));
        QVERIFY(scalarAs(anna, QStringLiteral("SELECT COUNT(*) FROM mynetwork.%1 = %2").arg(table).arg(this->anna))
                > 0);
    }
    QString why;
    QVERIFY(refused(QStringLiteral("SELECT COUNT(*) FROM mynetwork.change_log"), &why));
    QVERIFY2(why.contains(QLatin1String("permission denied")), qPrintable(why));
}

void TestSecurity::R18_cannotActForSomeoneElse()
{
    // Accepting Ben's invitation to Dora, withdrawing it, sending as Ben.
    bool ok = false;
    QCOMPARE(
        scalarAs(QStringLiteral("anna"),
                 QStringLiteral("SELECT reason FROM mynetwork.accept_invitation(NULL, %1, NULL, 0)").arg(invBenDora),
                 &ok),
        qint64(Refusal::NotRecipient));
    QVERIFY(ok);
    QCOMPARE(scalarAs(QStringLiteral("anna"),
                      QStringLiteral("SELECT reason FROM mynetwork.withdraw_invitations(NULL, ARRAY[%1]::bigint[],"
                                     " NULL, 0)")
                          .arg(invBenDora)),
             qint64(Refusal::NotSender));
    QCOMPARE(
        scalarAs(QStringLiteral("anna"),
                 QStringLiteral("SELECT reason FROM mynetwork.ignore_invitation(NULL, %1, NULL, 0)").arg(invBenDora)),
        qint64(Refusal::NotRecipient));
    QString why;
    for (const QString &call :
         {QStringLiteral("SELECT COUNT(*) FROM mynetwork.accept_invitation(%1, %2, NULL, 0)").arg(dora).arg(invBenDora),
          QStringLiteral("SELECT COUNT(*) FROM mynetwork.send_invitation(%1, %2, '', 0, NULL, 0)").arg(ben).arg(gerd),
          QStringLiteral("SELECT COUNT(*) FROM mynetwork.withdraw_invitations(%1, ARRAY[%2]::bigint[], NULL, 0)")
              .arg(ben)
              .arg(invBenDora),
          QStringLiteral("SELECT COUNT(*) FROM mynetwork.remove_connection(%1, %2, NULL, 0)").arg(ben).arg(emil),
          QStringLiteral("SELECT mynetwork.log_change(0, '{\"i\":[[%1,%2,%3]]}')").arg(invBenDora).arg(ben).arg(dora),
          QStringLiteral("SELECT COUNT(*) FROM mynetwork.accept_core(%1, %2, %3, %1, 0, '{}')")
              .arg(dora)
              .arg(invBenDora)
              .arg(ben),
          QStringLiteral("INSERT INTO mynetwork.invitations (sender_id, recipient_id, pair_lo, pair_hi, source, state,"
                         " sent_ms, expires_ms) VALUES (%1, %2, %1, %2, 0, 0, 0, 1)")
              .arg(ben)
              .arg(gerd)}) {
        QVERIFY2(refused(call, &why), qPrintable(call));
        QVERIFY2(why.contains(QLatin1String("permission denied")), qPrintable(call + QLatin1String(": ") + why));
    }
    QCOMPARE(
        Sql::scalar(m_store.database(), QStringLiteral("SELECT state FROM invitations WHERE id = ?"), {invBenDora}),
        qint64(InvitationState::Pending));
}

void TestSecurity::R18_cannotGetPastTheRulesWithRawSql()
{
    QString why;
    // A final state stays final, also through the view.
    for (const QString &sql : {QStringLiteral("UPDATE mynetwork.invitations SET state = 0 WHERE sender_id = %1"),
                               QStringLiteral("UPDATE mynetwork_view.invitations SET state = 0 WHERE sender_id = %1"),
                               QStringLiteral("DELETE FROM mynetwork.cooldowns WHERE sender_id = %1"),
                               QStringLiteral("UPDATE mynetwork.cooldowns SET until_ms = 0 WHERE sender_id = %1"),
                               QStringLiteral("INSERT INTO mynetwork.connections (member_id, other_id, since_ms)"
                                              " VALUES (%1, %2, 0)")}) {
        const QString statement = QString(sql)
                                      .replace(QLatin1String("%1"), QString::number(anna))
                                      .replace(QLatin1String("%2"), QString::number(gerd));
        QVERIFY2(refused(statement, &why), qPrintable(statement));
    }
    // The cool-down (R8) and the weekly limit (R13) hold for the functions
    // too, whatever time the caller claims: a member's actions carry the
    // server's clock.
    QCOMPARE(scalarAs(QStringLiteral("anna"),
                      QStringLiteral("SELECT reason FROM mynetwork.send_invitation(NULL, %1, '', 0, 4102444800000, 0)")
                          .arg(gerd)),
             qint64(Refusal::CoolDown));
    // R13 at one more than Anna sent this week: one more goes, the next
    // not, though each call claims a time far in the future.
    const qint64 sentThisWeek = Sql::scalar(m_store.database(),
                                            QStringLiteral("SELECT COUNT(*) FROM invitations WHERE sender_id = ?"
                                                           " AND sent_ms > ?"),
                                            {anna, QDateTime::currentMSecsSinceEpoch() - 7 * kMsPerDay});
    QVERIFY(sentThisWeek > 0);
    QSqlQuery q(m_store.database());
    QVERIFY(Sql::exec(q, QStringLiteral("DELETE FROM settings WHERE name = 'weekly_limit'"), {}));
    QVERIFY(Sql::exec(q, QStringLiteral("INSERT INTO settings (name, value) VALUES ('weekly_limit', ?)"),
                      {QString::number(sentThisWeek + 1)}));
    QSqlDatabase db = login(QStringLiteral("anna"));
    db.transaction();
    QSqlQuery as(db);
    int reasons[2] = {-1, -1};
    const QString calls[2] = {
        QStringLiteral("send_invitation(NULL, %1, '', 0, 4102444800000, 0)").arg(emil),
        QStringLiteral("send_to_address(NULL, 'someone.new@example.org', '', 5, 4102444800000, 0)")};
    for (int i = 0; i < 2; ++i) {
        QVERIFY(as.exec(QStringLiteral("SELECT reason FROM mynetwork.") + calls[i]) && as.next());
        reasons[i] = as.value(0).toInt();
    }
    as.finish();
    db.rollback();
    QVERIFY(Sql::exec(q, QStringLiteral("DELETE FROM settings WHERE name = 'weekly_limit'"), {}));
    QCOMPARE(reasons[0], int(Refusal::None));
    QCOMPARE(reasons[1], int(Refusal::WeeklyLimit));
}

void TestSecurity::R4_ignoredReadsAsAwaitingForTheSender()
{
    // Finn ignored Anna's invitation; her login reads it as pending, with
    // nothing (answer time, reminders, due time) that gives it away.
    QSqlQuery q(login(QStringLiteral("anna")));
    QVERIFY2(q.exec(QStringLiteral("SELECT state, responded_ms, reminders_sent, next_due_ms, sent_ms, expires_ms FROM"
                                   " mynetwork_view.invitations WHERE id = %1")
                        .arg(invAnnaFinn)),
             qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), int(InvitationState::Pending));
    QVERIFY(q.value(1).isNull());
    QCOMPARE(q.value(2).toInt(), 0);
    QVERIFY(q.value(3).isNull());
    const std::optional<Invitation> stored = m_service->network().invitation(invAnnaFinn);
    QCOMPARE(q.value(4).toLongLong(), stored->sentMs);
    QCOMPARE(q.value(5).toLongLong(), stored->expiresMs);
    // And the window's own list: still awaiting.
    QSqlQuery list(login(QStringLiteral("anna")));
    QVERIFY(list.exec(QStringLiteral("SET search_path = mynetwork_view, mynetwork")));
    QVERIFY(Sql::exec(list,
                      QStringLiteral("SELECT COUNT(*) FROM invitations i WHERE i.id = ? AND ")
                          + InvitationLists::condition(InvitationLists::List::Sent),
                      {invAnnaFinn, anna, QDateTime::currentMSecsSinceEpoch()}));
    QVERIFY2(list.next(), qPrintable(list.lastError().text() + list.lastQuery()));
    QCOMPARE(list.value(0).toInt(), 1);
    QVERIFY(list.exec(QStringLiteral("SET search_path = \"$user\", public")));
    // Finn's own login sees what he did.
    QCOMPARE(scalarAs(QStringLiteral("finn"),
                      QStringLiteral("SELECT state FROM mynetwork_view.invitations WHERE id = %1").arg(invAnnaFinn)),
             qint64(InvitationState::Ignored));
}

void TestSecurity::R18_catalogShowsNoRowsOfOthers()
{
    // The owner's statistics hold sampled values of every column; a member
    // login sees none of them (pg_stats shows only readable columns).
    QVERIFY(Sql::scalar(m_store.database(),
                        QStringLiteral("SELECT COUNT(*) FROM pg_stats WHERE schemaname = 'mynetwork'"), {})
            > 0);
    QCOMPARE(scalarAs(QStringLiteral("anna"),
                      QStringLiteral("SELECT COUNT(*) FROM pg_stats WHERE schemaname = 'mynetwork'"
                                     " AND tablename IN ('members', 'invitations', 'change_log')")),
             qint64(0));
    QCOMPARE(scalarAs(QStringLiteral("anna"),
                      QStringLiteral("SELECT COUNT(*) FROM pg_stats WHERE schemaname = 'mynetwork'"
                                     " AND attname IN ('email', 'email_norm', 'phone', 'note', 'payload')")),
             qint64(0));
    // Other sessions' statements are hidden.
    QSqlQuery q(login(QStringLiteral("ben")));
    QVERIFY(q.exec(QStringLiteral("SELECT 'ben was here'")));
    QCOMPARE(scalarAs(QStringLiteral("anna"),
                      QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE query LIKE '%ben was here%'"
                                     " AND usename = 'ben'")),
             qint64(0));
    // The security functions cannot be replaced or read around: no CREATE.
    QString why;
    QVERIFY(refused(QStringLiteral("CREATE FUNCTION mynetwork.my_member() RETURNS bigint LANGUAGE sql AS 'SELECT 1'"),
                    &why));
    QVERIFY(refused(QStringLiteral("CREATE VIEW mynetwork_view.peek AS SELECT 1"), &why));
}

void TestSecurity::R18_hostileTextIsStoredVerbatim()
{
    const QString hostile = QStringLiteral("Robert'); DROP TABLE m; -- $$ \\x00 %s %1 ? :name \" ` <b>ü€𝄞</b>");
    QSqlDatabase db = login(QStringLiteral("anna"));
    QSqlQuery q(db);
    QVERIFY(q.prepare(
        QStringLiteral("SELECT reason, invitation_id FROM mynetwork.send_invitation(NULL, ?, ?, 0, NULL, 0)")));
    q.addBindValue(emil);
    q.addBindValue(hostile);
    QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toInt(), int(Refusal::None));
    const qint64 id = q.value(1).toLongLong();
    QSqlQuery back(db);
    QVERIFY(back.exec(QStringLiteral("SELECT note FROM mynetwork_view.invitations WHERE id = %1").arg(id))
            && back.next());
    QCOMPARE(back.value(0).toString(), hostile);
    QSqlQuery contact(db);
    QVERIFY(contact.prepare(QStringLiteral("INSERT INTO mynetwork.contacts (owner_id, name, email, email_norm, phone,"
                                           " company, imported_ms, dedupe_key) VALUES (?, ?, ?, ?, ?, ?, 0, ?)")));
    for (const QVariant &v : {QVariant(anna), QVariant(hostile), QVariant(hostile), QVariant(hostile),
                              QVariant(hostile), QVariant(hostile), QVariant(hostile)})
        contact.addBindValue(v);
    QVERIFY2(contact.exec(), qPrintable(contact.lastError().text()));
    QCOMPARE(scalarAs(QStringLiteral("anna"),
                      QStringLiteral("SELECT COUNT(*) FROM mynetwork.contacts WHERE name = email"
                                     " AND phone = company AND company = dedupe_key")),
             qint64(1));
    QCOMPARE(Sql::scalar(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM members"), {}), qint64(7));
    // An address that is not one is refused by the store, not stored.
    QVERIFY(
        q.exec(QStringLiteral("SELECT reason FROM mynetwork.send_to_address(NULL, 'no address; DROP', '', 5, NULL, 0)"))
        && q.next());
    QCOMPARE(q.value(0).toInt(), int(Refusal::InvalidEmail));
}

// The app's own services on member logins: the same rules, through the
// rule functions and the views.
void TestSecurity::R18_appRulesHoldAsMemberLogins()
{
    StoreConfig asDora = m_config, asFinn = m_config;
    asDora.user = QStringLiteral("dora");
    asDora.password = QStringLiteral("secret-dora");
    asFinn.user = QStringLiteral("finn");
    asFinn.password = QStringLiteral("secret-finn");
    Store doraStore, finnStore;
    QVERIFY2(doraStore.open(asDora), qPrintable(doraStore.errorMessage()));
    QVERIFY2(finnStore.open(asFinn), qPrintable(finnStore.errorMessage()));
    QVERIFY(doraStore.dialect().isMemberSession());
    SystemClock clock;
    InvitationService asD(doraStore, clock), asF(finnStore, clock);

    // R1 and R2: Dora has Anna's and Ben's invitations; Finn invites Dora,
    // Dora's Connect on Finn then accepts his.
    QCOMPARE(asD.invite(dora, dora, {}, InvitationSource::Profile).reason, Refusal::Yourself);
    QCOMPARE(asD.invite(finn, ben, {}, InvitationSource::Profile).reason, Refusal::StoreFailure); // not her
    const ActionResult fromFinn = asF.invite(finn, dora, QStringLiteral("Hi"), InvitationSource::Search);
    QVERIFY2(fromFinn.ok(), qPrintable(fromFinn.message));
    QCOMPARE(asF.invite(finn, dora, {}, InvitationSource::Search).reason, Refusal::AlreadyPending);
    const ActionResult crossed = asD.invite(dora, finn, {}, InvitationSource::PeopleYouMayKnow);
    QVERIFY2(crossed.ok() && crossed.acceptedInstead, qPrintable(crossed.message));
    QVERIFY(asD.network().isConnected(dora, finn));
    // Now connected: Dora sees Finn's address (R11).
    QCOMPARE(asD.network().member(finn)->email, QStringLiteral("finn@example.org"));
    QCOMPARE(asD.network().member(ben)->email, QString());
    // A stranger's profile: how many connections, not whom; mutual ones
    // through her own connections' lists (Finn, now hers, is Carla's too).
    const ProfileView carlaSeen = asD.network().profile(dora, carla);
    QCOMPARE(carlaSeen.connectionCount, 1);
    QCOMPARE(carlaSeen.mutualCount, 1);
    QVERIFY(carlaSeen.connectionIds.isEmpty());
    QVERIFY(carlaSeen.member.email.isEmpty() && carlaSeen.member.phone.isEmpty());

    // R3 through the lists a window shows.
    QCOMPARE(InvitationLists::count(doraStore.database(), InvitationLists::List::Received, dora, clock.nowMs()), 3);

    QVERIFY(asD.accept(dora, invAnnaDora).ok());
    QCOMPARE(asD.accept(dora, invAnnaDora).reason, Refusal::AlreadyAccepted);
    QCOMPARE(asD.accept(dora, invCarlaAnna).reason, Refusal::NotRecipient);
    // R7, R8: Finn withdraws an invitation and cannot send again at once.
    const ActionResult toGerd = asF.invite(finn, gerd, {}, InvitationSource::Profile);
    QVERIFY2(toGerd.ok(), qPrintable(toGerd.message));
    QVERIFY(asF.withdraw(finn, toGerd.invitationId).ok());
    QCOMPARE(asF.invite(finn, gerd, {}, InvitationSource::Profile).reason, Refusal::CoolDown);
    // R14: Finn removes Dora; both can invite again at once.
    QVERIFY(asF.removeConnection(finn, dora).ok());
    QVERIFY(!asD.network().isConnected(dora, finn));
    QCOMPARE(asD.network().member(finn)->email, QString());
    // R9 by address, and invite by e-mail finding a member.
    QVERIFY(asD.inviteByEmail(dora, QStringLiteral("new.person@example.org"), {}, InvitationSource::EmailInvite).ok());
    const ActionResult byAddress = asD.inviteByEmail(dora, QStringLiteral("FINN@example.org"), {},
                                                     InvitationSource::EmailInvite);
    QVERIFY2(byAddress.ok(), qPrintable(byAddress.message));
    QCOMPARE(asD.network().invitation(byAddress.invitationId)->recipientId, finn);
    // Importing an address book: members found by the addresses in it
    // (the view hides everyone else's), the contacts stored as hers.
    QList<ImportedContact> book{{QStringLiteral("Emil F."), {QStringLiteral("Emil@example.org")}, {}, {}, 2, {}},
                                {QStringLiteral("Nobody"), {QStringLiteral("nobody@example.org")}, {}, {}, 3, {}},
                                {QStringLiteral("Ben"), {QStringLiteral("ben@example.org")}, {}, {}, 4, {}}};
    QString error;
    QList<ContactMatch> matches = ContactMatcher::classify(doraStore, dora, clock.nowMs(), book, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(matches.size(), 3);
    QCOMPARE(matches.at(0).status, ContactStatus::CanConnect);
    QCOMPARE(matches.at(0).memberId, emil);
    QCOMPARE(matches.at(1).status, ContactStatus::NotMember);
    QCOMPARE(matches.at(2).status, ContactStatus::InvitationReceived);
    ContactSaveStats stats;
    QVERIFY2(ContactRepository::save(doraStore, dora, matches, clock.nowMs(), &stats, &error), qPrintable(error));
    QCOMPARE(stats.added, 3);
    QVERIFY(ContactRepository::save(doraStore, dora, matches, clock.nowMs(), &stats, &error));
    QCOMPARE(stats.updated, 3);
    QCOMPARE(ContactRepository::count(doraStore, dora), 3);
    QVERIFY(!ContactRepository::save(doraStore, ben, matches, clock.nowMs(), &stats, &error)); // not hers
    // Issue 35 (3): whom it found, and the names her contacts are kept under.
    book[2].name = QStringLiteral("Benjamin");
    error.clear();
    matches = ContactMatcher::classify(doraStore, dora, clock.nowMs(), book, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(matches.at(0).memberName, QStringLiteral("Emil Falk"));
    QVERIFY(matches.at(0).memberNamedOtherwise());
    QVERIFY(matches.at(1).kept && !matches.at(1).renamed());
    QCOMPARE(matches.at(2).keptName, QStringLiteral("Ben"));
    QVERIFY(matches.at(2).renamed());
    QCOMPARE(ContactRepository::count(doraStore, dora, QStringLiteral("NOBODY")), 1);
    // People you may know finds Emil among her contacts.
    Dialect asMember(StoreConfig::Backend::PostgreSQL);
    asMember.setMemberSession(true);
    bool inContacts = false;
    for (const Suggestion &s : Suggestions::compute(doraStore.database(), dora, 50, clock.nowMs(), {}, asMember))
        inContacts = inContacts || (s.memberId == emil && s.inContacts);
    QVERIFY(inContacts);
    // Their own rows: dismissing, reading notifications.
    QVERIFY(asD.dismissSuggestion(dora, emil));
    QVERIFY(!asD.dismissSuggestion(ben, emil)); // not hers
    QVERIFY(asF.markNotificationsRead(finn) >= 1);
}

// A member's window hears its own changes, and not what it may not know:
// an ignore does not even wake the sender's window (R4).
void TestSecurity::R16_memberHearsOnlyTheirOwnChanges()
{
    StoreConfig asAnna = m_config, asBen = m_config, asCarla = m_config;
    asAnna.user = QStringLiteral("anna");
    asBen.user = QStringLiteral("ben");
    asCarla.user = QStringLiteral("carla");
    Store annaStore, benStore, carlaStore;
    QVERIFY(annaStore.open(asAnna) && benStore.open(asBen) && carlaStore.open(asCarla));
    for (Store *s : {&annaStore, &benStore, &carlaStore})
        s->feed()->watch(*s);
    TeamService relay(m_store);
    QString why;
    QVERIFY2(relay.start(&why), qPrintable(why));
    QSignalSpy annaHeard(annaStore.feed(), &ChangeFeed::changed);
    QSignalSpy benHeard(benStore.feed(), &ChangeFeed::changed);
    QSignalSpy carlaHeard(carlaStore.feed(), &ChangeFeed::changed);
    SystemClock clock;
    InvitationService asBenService(benStore, clock), asCarlaService(carlaStore, clock);

    const ActionResult sent = asBenService.invite(ben, carla, {}, InvitationSource::Profile);
    QVERIFY2(sent.ok(), qPrintable(sent.message));
    QTRY_VERIFY_WITH_TIMEOUT(!carlaHeard.isEmpty(), 10000);
    const ChangeSet heard = carlaHeard.first().first().value<ChangeSet>();
    QVERIFY(heard.invitations.contains(sent.invitationId));
    QVERIFY(!heard.everything);
    // Ben's window published his own change at its commit, and does not
    // hear it a second time from the server.
    QTest::qWait(300);
    QCOMPARE(benHeard.size(), 1);
    benHeard.clear();

    // Carla ignores it: Ben's window stays silent; Anna hears none of it.
    QVERIFY(asCarlaService.ignore(carla, sent.invitationId).ok());
    QTest::qWait(500);
    QVERIFY(benHeard.isEmpty());
    QVERIFY(annaHeard.isEmpty());

    // Carla's invitation to Anna, accepted by the owner for Anna: Anna's
    // and Carla's windows hear it, with nothing of Ben's in it.
    QVERIFY(m_service->accept(anna, invCarlaAnna).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!annaHeard.isEmpty(), 10000);
    const ChangeSet annaGot = annaHeard.last().first().value<ChangeSet>();
    QVERIFY(annaGot.invitations.contains(invCarlaAnna));
    for (auto it = annaGot.invitations.cbegin(); it != annaGot.invitations.cend(); ++it)
        QVERIFY(it.value().sender == anna || it.value().recipient == anna);
    // Her own topics, and of others only what is public (a profile).
    QVERIFY(annaGot.members.contains(anna));
    for (auto it = annaGot.members.cbegin(); it != annaGot.members.cend(); ++it)
        QVERIFY(it.key() == anna || it.value() == ChangeSet::Profile);
    QVERIFY(!annaGot.members.contains(ben));
    QVERIFY(benHeard.isEmpty());
}

// Advisory locks are open to every login: a member holding the ones an
// older version used neither keeps windows from opening nor the engine from
// leading (the lease is a row only the owner may write).
void TestSecurity::R17_memberCannotStopTheEngineOrTheStore()
{
    QSqlQuery hold(login(QStringLiteral("anna")));
    QVERIFY(hold.exec(QStringLiteral("SELECT pg_advisory_lock(7070702), pg_advisory_lock(7070703)")));
    QString why;
    QVERIFY(
        refused(QStringLiteral("UPDATE mynetwork.engine_lease SET holder = 1, until_ms = 9223372036854775807"), &why));
    QElapsedTimer timer;
    timer.start();
    Store owner;
    QVERIFY2(owner.open(m_config), qPrintable(owner.errorMessage()));
    QVERIFY(timer.elapsed() < 5000);
    SystemClock clock;
    InvitationService service(owner, clock);
    ExpiryEngine engine(owner, clock, service);
    engine.start();
    QVERIFY(engine.isLeader());
    // A second engine waits while the first holds the lease.
    Store other;
    QVERIFY(other.open(m_config));
    InvitationService otherService(other, clock);
    auto second = std::make_unique<ExpiryEngine>(other, clock, otherService);
    second->start();
    QVERIFY(!second->isLeader());
    QVERIFY(hold.exec(QStringLiteral("SELECT pg_advisory_unlock_all()")));
}

// A member's window on a store that needs an update says who can make it,
// and changes nothing.
void TestSecurity::R15_onlyTheOwnerUpdatesTheSchema()
{
    QSqlQuery q(m_store.database());
    QVERIFY(Sql::exec(q, QStringLiteral("UPDATE schema_version SET version = 7"), {}));
    StoreConfig asAnna = m_config;
    asAnna.user = QStringLiteral("anna");
    Store store;
    QVERIFY(!store.open(asAnna));
    QCOMPARE(store.error(), Store::Error::MigrationFailed);
    QVERIFY2(store.errorMessage().contains(QLatin1String("only its owner")), qPrintable(store.errorMessage()));
    QCOMPARE(Sql::scalar(m_store.database(), QStringLiteral("SELECT version FROM schema_version"), {}), qint64(7));
    QVERIFY(Sql::exec(q, QStringLiteral("UPDATE schema_version SET version = ?"), {Schema::currentVersion()}));
}

// Issue 30, item 3: sessions whose snapshots were taken before any of them
// sent (REPEATABLE READ, as a member's psql may bring) each send in turn:
// the count each would check is old, so a send after the first commit is
// refused as busy, and the weekly limit holds.
void TestSecurity::R13_noSnapshotGetsPastTheWeeklyLimit()
{
    QSqlQuery q(m_store.database());
    QList<qint64> recipients;
    for (int i = 0; i < 5; ++i)
        recipients.append(join(QStringLiteral("Snapshot %1").arg(i), QStringLiteral("snapshot.%1@example.org").arg(i)));
    const QString countSent = QStringLiteral("SELECT COUNT(*) FROM invitations WHERE sender_id = %1").arg(dora);
    const qint64 before = Sql::scalar(m_store.database(), countSent, {});
    QVERIFY(Sql::exec(q, QStringLiteral("DELETE FROM settings WHERE name = 'weekly_limit'"), {}));
    QVERIFY(Sql::exec(q, QStringLiteral("INSERT INTO settings (name, value) VALUES ('weekly_limit', ?)"),
                      {QString::number(before + 2)}));
    QList<QSqlDatabase> sessions;
    for (int i = 0; i < recipients.size(); ++i) {
        sessions.append(session(QStringLiteral("dora"), i));
        QSqlQuery begin(sessions.last());
        QVERIFY(begin.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")));
        QVERIFY(begin.exec(QStringLiteral("SELECT COUNT(*) FROM mynetwork_view.invitations")));
    }
    QList<int> reasons;
    for (int i = 0; i < recipients.size(); ++i) {
        reasons.append(
            reasonOf(sessions[i], QStringLiteral("send_invitation(NULL, %1, '', 0, NULL, 0)").arg(recipients[i])));
        QSqlQuery(sessions[i]).exec(QStringLiteral("COMMIT"));
    }
    QVERIFY(Sql::exec(q, QStringLiteral("DELETE FROM settings WHERE name = 'weekly_limit'"), {}));
    QCOMPARE(reasons.first(), int(Refusal::None));
    for (int i = 1; i < reasons.size(); ++i)
        QCOMPARE(reasons[i], int(Refusal::StoreBusy));
    QVERIFY(Sql::scalar(m_store.database(), countSent, {}) <= before + 2);
}

// Issue 30, item 2: one member's open transaction holding a rule lock
// keeps another member waiting 2 s at most, then refuses as busy; a storm
// of remove_connection over every member locks nothing of others.
void TestSecurity::R18_aHeldLockDelaysOthersAtMostTwoSeconds()
{
    const qint64 held = join(QStringLiteral("Held Member"), QStringLiteral("held.member@example.org"));
    QSqlDatabase hostile = session(QStringLiteral("anna"), 10);
    QSqlQuery(hostile).exec(QStringLiteral("BEGIN"));
    QCOMPARE(reasonOf(hostile, QStringLiteral("send_invitation(NULL, %1, '', 0, NULL, 0)").arg(held)),
             int(Refusal::None));
    QVERIFY(QSqlQuery(hostile).exec(QStringLiteral("SELECT COUNT(*) FROM generate_series(1, 100) g,"
                                                   " LATERAL mynetwork.remove_connection(NULL, g, NULL, NULL)")));
    QElapsedTimer waited;
    // Carla needs the held member's lock: refused after the bounded wait.
    QCOMPARE(reasonOf(session(QStringLiteral("carla"), 10),
                      QStringLiteral("send_invitation(NULL, %1, '', 0, NULL, 0)").arg(held), &waited),
             int(Refusal::StoreBusy));
    QVERIFY2(waited.elapsed() >= 1500 && waited.elapsed() < 5000, qPrintable(QString::number(waited.elapsed())));
    // The app on Carla's login says so with the rule's own words.
    Store carlaStore;
    QVERIFY2(carlaStore.open(configAs(QStringLiteral("carla"))), qPrintable(carlaStore.errorMessage()));
    InvitationService carlaApp(carlaStore, m_clock);
    const ActionResult busy = carlaApp.invite(carla, held, {}, InvitationSource::Profile);
    QCOMPARE(busy.reason, Refusal::StoreBusy);
    // Finn needs no lock Anna holds (the storm took none of his): at once.
    const qint64 free = join(QStringLiteral("Free Member"), QStringLiteral("free.member@example.org"));
    QCOMPARE(reasonOf(session(QStringLiteral("finn"), 10),
                      QStringLiteral("send_invitation(NULL, %1, '', 0, NULL, 0)").arg(free), &waited),
             int(Refusal::None));
    QVERIFY2(waited.elapsed() < 1000, qPrintable(QString::number(waited.elapsed())));
    QSqlQuery(hostile).exec(QStringLiteral("ROLLBACK"));
}

// Issue 30, item 2: accepting or withdrawing someone else's invitation is
// refused before anything is locked, so a held lock does not delay it.
void TestSecurity::R18_aStrangerIsRefusedBeforeAnyLock()
{
    const qint64 other = join(QStringLiteral("Other Member"), QStringLiteral("other.member@example.org"));
    QSqlDatabase holder = session(QStringLiteral("anna"), 11);
    QSqlQuery(holder).exec(QStringLiteral("BEGIN"));
    QCOMPARE(reasonOf(holder, QStringLiteral("send_invitation(NULL, %1, '', 0, NULL, 0)").arg(other)),
             int(Refusal::None));
    QElapsedTimer waited;
    QSqlDatabase dora = session(QStringLiteral("dora"), 11);
    QCOMPARE(reasonOf(dora, QStringLiteral("accept_invitation(NULL, %1, NULL, 0)").arg(invCarlaAnna), &waited),
             int(Refusal::NotRecipient));
    QVERIFY2(waited.elapsed() < 1000, qPrintable(QString::number(waited.elapsed())));
    QCOMPARE(reasonOf(dora, QStringLiteral("withdraw_invitations(NULL, ARRAY[%1]::bigint[], NULL, 0)").arg(invAnnaDora),
                      &waited),
             int(Refusal::NotSender));
    QVERIFY2(waited.elapsed() < 1000, qPrintable(QString::number(waited.elapsed())));
    QSqlQuery(holder).exec(QStringLiteral("ROLLBACK"));
}

// Issue 30, item 6: Finn ignores an invitation with psql, outside the app's
// transactions: what is logged names only Finn, and no notice wakes the
// sender's windows (R4). Since issue 36 the rule function marks its own
// writes, so its one row is all (the row triggers stay quiet inside it).
void TestSecurity::R4_anIgnoreThroughPsqlTellsTheSenderNothing()
{
    const qint64 sender = join(QStringLiteral("Ida Ignored"), QStringLiteral("ida.ignored@example.org"));
    const qint64 id = m_service->invite(sender, finn, {}, InvitationSource::Profile).invitationId;
    QVERIFY(id);
    const qint64 before = Sql::scalar(m_store.database(), QStringLiteral("SELECT MAX(seq) FROM change_log"), {});
    QCOMPARE(
        reasonOf(session(QStringLiteral("finn"), 13), QStringLiteral("ignore_invitation(NULL, %1, NULL, 0)").arg(id)),
        int(Refusal::None));
    QSqlQuery q(m_store.database());
    QVERIFY(Sql::exec(q, QStringLiteral("SELECT payload FROM change_log WHERE seq > ? ORDER BY seq"), {before}));
    int rows = 0;
    while (q.next()) {
        ++rows;
        const ChangeSet told = ChangeSet::fromJson(q.value(0).toString().toUtf8());
        QVERIFY2(!told.everything && !told.members.contains(sender), qPrintable(q.value(0).toString()));
        QVERIFY(told.members.contains(finn));
    }
    QCOMPARE(rows, 1); // the function's own row, and no trigger's beside it
}

// Issue 30, item 8 (in part): a member's log_change takes the app's own
// shape, of their own member, within 4 KB; no pads, no other keys.
void TestSecurity::R18_theChangeLogTakesOnlyWhatTheAppWrites()
{
    const auto logged = [this](const QString &payload) {
        QSqlQuery q(login(QStringLiteral("anna")));
        q.prepare(QStringLiteral("SELECT mynetwork.log_change(0, ?)"));
        q.addBindValue(payload);
        return q.exec() && q.next();
    };
    const QString own = QStringLiteral("[%1,%2]").arg(anna).arg(int(ChangeSet::Notifications));
    QVERIFY(logged(QStringLiteral("{\"m\":[%1]}").arg(own)));
    QVERIFY(!logged(QStringLiteral("{\"m\":[%1],\"pad\":\"x\"}").arg(own)));
    QVERIFY(!logged(QStringLiteral("{\"m\":[%1,\"%2\"]}").arg(own, QString(5000, u'x'))));
    QVERIFY(!logged(QStringLiteral("{\"m\":[[%1,%2,\"extra\"]]}").arg(anna).arg(int(ChangeSet::Notifications))));
    QVERIFY(!logged(QStringLiteral("{\"m\":[[%1,%2]]}").arg(ben).arg(int(ChangeSet::Notifications))));
}

// Issue 30, item 12: a login that is an SQL keyword is a login like any
// other, created with the member in one transaction; the server gets a
// SCRAM verifier (RFC 7677's example vector), never the password.
void TestSecurity::adminQuotesLoginsAndSendsNoClearPassword()
{
    QCOMPARE(ScramVerifier::make(QStringLiteral("pencil"), QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==")),
             QStringLiteral("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY="
                            ":wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
    TeamAdmin admin(m_store, m_clock);
    QString password = QStringLiteral("secret-select"); // as login() signs in
    QString error;
    const qint64 member = admin.addMember(QStringLiteral("Selma Select"), QStringLiteral("selma@example.org"),
                                          QStringLiteral("select"), &password, &error);
    QVERIFY2(member > 0, qPrintable(error));
    QCOMPARE(scalarAs(QStringLiteral("select"), QStringLiteral("SELECT mynetwork.my_member()")), member);
    QSqlQuery q(m_store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'select'")) && q.next());
    QVERIFY2(q.value(0).toString().startsWith(QLatin1String("SCRAM-SHA-256$4096:")), qPrintable(q.value(0).toString()));
    // A login the server refuses ("public" is reserved) leaves no member
    // behind: the same command can be run again with another login.
    QVERIFY(!admin.addMember(QStringLiteral("Pia Public"), QStringLiteral("pia@example.org"), QStringLiteral("public"),
                             &password, &error));
    QVERIFY2(error.contains(QLatin1String("reserved")), qPrintable(error));
    QCOMPARE(Sql::scalar(m_store.database(),
                         QStringLiteral("SELECT COUNT(*) FROM members WHERE email_norm = 'pia@example.org'"), {}),
             qint64(0));
}

// Issue 30, item 4: an owner that is no superuser and may not signal other
// backends cannot end a login's sessions, so disable-member refuses before
// it changes anything, and says what would allow it.
void TestSecurity::disableRefusesWhatItCannotFinish()
{
    QSqlQuery q(m_store.database());
    QVERIFY(q.exec(QStringLiteral("CREATE ROLE weakowner LOGIN PASSWORD 'secret-weakowner' NOSUPERUSER CREATEROLE")));
    QVERIFY(q.exec(QStringLiteral("GRANT \"%1\" TO weakowner").arg(m_config.user)));
    {
        Store weak;
        QVERIFY2(weak.open(configAs(QStringLiteral("weakowner"))), qPrintable(weak.errorMessage()));
        TeamAdmin admin(weak, m_clock);
        QString error;
        QVERIFY(!admin.disable(QStringLiteral("finn"), &error));
        QVERIFY2(error.contains(QLatin1String("pg_signal_backend")), qPrintable(error));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'finn'")) && q.next());
    QVERIFY(q.value(0).toBool());
    q.finish();
    QVERIFY(q.exec(QStringLiteral("DROP OWNED BY weakowner")) && q.exec(QStringLiteral("DROP ROLE weakowner")));
}

// A released migration never changes: a new store and a deployed one must
// run the same statements. A change is a new migration.
void TestSecurity::releasedMigrationsAreFrozen()
{
    const QList<QPair<QString, QByteArray>> frozen{
        {QStringLiteral(":/sql/migration-7.sql"), "50705baa57f5c8e4b9d4c417c059ea2b3b491c89cb72af43148ae5dd520a3ba1"},
        {QStringLiteral(":/sql/migration-8.sql"), "91cb2df72a9a6231074208fdf2fd3bcdad3910303ba3c96aacff9c0ee66a31b3"},
        {QStringLiteral(":/sql/migration-9.sql"), "e100dcc133f47386c658cdd2434365a7f257802f735d54576cf6bdcdbb9da597"},
        {QStringLiteral(":/sql/migration-10.sql"), "e62cb7ab7b0b27791ae4542a8ec4a76ad435b90e2f635033d73a2a12a5ed882a"},
        {QStringLiteral(":/sql/migration-11.sql"), "e55fb11382a63f6057250bc76ba2dfee5171a422f2ab7b0ba4fb050a1a93ed0a"},
        {QStringLiteral(":/sql/migration-12.sql"), "406fecf71e528d224a5715c15354154d557e88e19fef389202a1318c961fa73c"},
        {QStringLiteral(":/sql/migration-13.sql"), "f22e3e2969ecc3f988757a8a5759ac53ac809d818a1a2b51a90e06d4a43d300d"},
    };
    // Every team-store migration from 7 on is a frozen file with a digest here
    // (from 13 on, on both stores).
    QCOMPARE(frozen.size(), Schema::currentVersion() - 6);
    for (const auto &[resource, digest] : frozen) {
        QFile file(resource);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(resource));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex(), digest);
    }
}

// Issue 31, item 2: the rule functions live in team/sql/rules.sql, every
// one of them, and the owner's prepare (mynetwork-admin init) brings a
// store's functions back to that file's: a body changed by hand is undone.
void TestSecurity::ruleFunctionsAreReappliedByPrepare()
{
    QSqlQuery q(m_store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                                  " WHERE n.nspname = 'mynetwork' AND p.proname <> 'change_log_notify'")));
    QStringList inStore;
    while (q.next())
        inStore.append(q.value(0).toString());
    QStringList inFile = TeamRules::functionNames();
    inStore.sort();
    inFile.sort();
    QCOMPARE(inStore, inFile);

    const QString count = QStringLiteral("SELECT mynetwork.connection_count(%1)").arg(ben);
    const qint64 real = Sql::scalar(m_store.database(), count, {});
    QVERIFY(real > 0);
    QVERIFY(q.exec(QStringLiteral("CREATE OR REPLACE FUNCTION mynetwork.connection_count(p_member bigint)"
                                  " RETURNS bigint LANGUAGE sql AS $$ SELECT CAST(4242 AS bigint) $$")));
    QCOMPARE(Sql::scalar(m_store.database(), count, {}), 4242);
    TeamAdmin admin(m_store, m_clock);
    QString error;
    QVERIFY2(admin.prepare(&error), qPrintable(error));
    QCOMPARE(Sql::scalar(m_store.database(), count, {}), real);
    // Still the member's to call, and nobody else's.
    QCOMPARE(scalarAs(QStringLiteral("anna"), count), real);
    QVERIFY(!Sql::scalar(m_store.database(),
                         QStringLiteral("SELECT CASE WHEN has_function_privilege('public',"
                                        " 'mynetwork.connection_count(bigint)', 'EXECUTE') THEN 1 ELSE 0 END"),
                         {}));
}

// R19 as R18: with psql, Anna's login edits her own profile and photo, and
// nobody else's; oversized fields and a photo that is no PNG of the right
// size are refused by the store itself.
void TestSecurity::R19_aMemberEditsOnlyTheirOwnProfileAndPhoto()
{
    const QString a = QString::number(anna), b = QString::number(ben);
    const QString call = QStringLiteral("SELECT reason FROM mynetwork.update_my_profile(%1, 'Someone else', '', '',"
                                        " '', '', '', 0)");
    QString why;
    QVERIFY(refused(call.arg(b), &why));
    QVERIFY2(why.contains(QLatin1String("permission denied")), qPrintable(why));
    QVERIFY(refused(QStringLiteral("UPDATE mynetwork.members SET headline = 'x' WHERE id = %1").arg(a), &why));
    QVERIFY(refused(QStringLiteral("UPDATE mynetwork_view.members SET headline = 'x' WHERE id = %1").arg(a), &why));
    QVERIFY(refused(QStringLiteral("SELECT reason + 1 FROM mynetwork.update_my_profile(NULL, 'Anna', repeat('x', 301),"
                                   " '', '', '', '', 0)"),
                    &why));
    QVERIFY2(why.contains(QLatin1String("too long")), qPrintable(why));
    QVERIFY(refused(QStringLiteral("SELECT reason + 1 FROM mynetwork.set_my_photo(NULL, 'GIF89a'::bytea,"
                                   " 'GIF89a'::bytea, 0, 0)"),
                    &why));
    QVERIFY2(why.contains(QLatin1String("PNG")), qPrintable(why));
    QVERIFY(refused(QStringLiteral("INSERT INTO mynetwork.member_photos VALUES (%1, '', '', 0)").arg(a), &why));
    // Her own, through the function: stored, and told to every window.
    QCOMPARE(scalarAs(QStringLiteral("anna"),
                      QStringLiteral("SELECT reason FROM mynetwork.update_my_profile(NULL, 'Anna Berg',"
                                     " 'Head of Research', 'Acme', 'TU Berlin', 'Berlin', '+49 30 1234', 0)")),
             qint64(0));
    QCOMPARE(m_service->network().member(anna)->headline, QStringLiteral("Head of Research"));
    QCOMPARE(scalarAs(QStringLiteral("ben"),
                      QStringLiteral("SELECT COUNT(*) FROM mynetwork_view.members WHERE id = %1"
                                     " AND search_key LIKE '%%head of research%%'")
                          .arg(a)),
             qint64(1));
}

// Issue 30, item 2: a member's open transaction holding an invitation's
// row (an ignore not yet committed) delays only that invitation's reminder:
// the engine's run skips the row and does the rest at once.
void TestSecurity::R17_aHeldInvitationDelaysOnlyItself()
{
    const qint64 held = m_service
                            ->invite(join(QStringLiteral("Held Sender"), QStringLiteral("held.sender@example.org")),
                                     dora, {}, InvitationSource::Profile)
                            .invitationId;
    const qint64 free = m_service
                            ->invite(join(QStringLiteral("Free Sender"), QStringLiteral("free.sender@example.org")),
                                     dora, {}, InvitationSource::Profile)
                            .invitationId;
    QVERIFY(held && free);
    QSqlDatabase holder = session(QStringLiteral("dora"), 12);
    QSqlQuery(holder).exec(QStringLiteral("BEGIN"));
    QCOMPARE(reasonOf(holder, QStringLiteral("ignore_invitation(NULL, %1, NULL, 0)").arg(held)), int(Refusal::None));

    m_clock.advance(15 * kMsPerDay);
    ExpiryEngine engine(m_store, m_clock, *m_service);
    QElapsedTimer took;
    took.start();
    QVERIFY2(engine.runNow(), qPrintable(engine.lastError()));
    QVERIFY2(took.elapsed() < 3000, qPrintable(QString::number(took.elapsed())));
    const QString reminders = QStringLiteral(
        "SELECT COUNT(*) FROM notifications WHERE invitation_id = %1 AND kind = %2");
    const int first = int(NotificationKind::Reminder1);
    QCOMPARE(Sql::scalar(m_store.database(), reminders.arg(free).arg(first), {}), qint64(1));
    QCOMPARE(Sql::scalar(m_store.database(), reminders.arg(held).arg(first), {}), qint64(0));
    QSqlQuery(holder).exec(QStringLiteral("ROLLBACK"));
    QVERIFY2(engine.runNow(), qPrintable(engine.lastError()));
    QCOMPARE(Sql::scalar(m_store.database(), reminders.arg(held).arg(first), {}), qint64(1));
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
