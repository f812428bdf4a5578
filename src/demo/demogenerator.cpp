#include "demo/demogenerator.h"

#include "base/textfold.h"
#include "demo/demonames.h"
#include "store/batchinsert.h"
#include "store/reminderschedule.h"
#include "store/sql.h"
#include "store/store.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <random>
#include <unordered_set>
#include <vector>

namespace {

constexpr qint64 kDay = kMsPerDay;

struct PersonSeed
{
    bool german = false;
    QString first;
    int company = 0;
    qint64 joinedMs = 0;
};

quint64 pairKey(qint64 a, qint64 b)
{
    return (quint64(qMin(a, b)) << 32) | quint64(qMax(a, b));
}

QString asciiMail(QString s)
{
    s = s.toLower();
    s.replace(QStringLiteral("ä"), QStringLiteral("ae")).replace(QStringLiteral("ö"), QStringLiteral("oe"));
    s.replace(QStringLiteral("ü"), QStringLiteral("ue")).replace(QStringLiteral("ß"), QStringLiteral("ss"));
    s.replace(QStringLiteral("ı"), QStringLiteral("i")).replace(QStringLiteral("ğ"), QStringLiteral("g"));
    s.replace(QStringLiteral("ç"), QStringLiteral("c")).replace(QStringLiteral("ş"), QStringLiteral("s"));
    s.remove(QLatin1Char('\''));
    return s;
}

// Everything one generation run needs; kept out of the header.
class Run
{
public:
    Run(QSqlDatabase db, const DemoOptions &o, const RulesSettings &rules)
        : db(std::move(db))
        , opt(o)
        , rules(rules)
        , rng(o.seed)
        , invitations(this->db, QStringLiteral("invitations"),
                      {QStringLiteral("id"), QStringLiteral("sender_id"), QStringLiteral("recipient_id"),
                       QStringLiteral("recipient_email"), QStringLiteral("pair_lo"), QStringLiteral("pair_hi"),
                       QStringLiteral("note"), QStringLiteral("source"), QStringLiteral("state"),
                       QStringLiteral("sent_ms"), QStringLiteral("expires_ms"), QStringLiteral("responded_ms"),
                       QStringLiteral("reminders_sent"), QStringLiteral("next_due_ms"),
                       QStringLiteral("sender_closed_ms")})
        , notifications(this->db, QStringLiteral("notifications"),
                        {QStringLiteral("member_id"), QStringLiteral("kind"), QStringLiteral("invitation_id"),
                         QStringLiteral("actor_id"), QStringLiteral("created_ms")})
        , outbox(this->db, QStringLiteral("outbox"),
                 {QStringLiteral("to_email"), QStringLiteral("sender_id"), QStringLiteral("invitation_id"),
                  QStringLiteral("kind"), QStringLiteral("created_ms")})
        , cooldowns(this->db, QStringLiteral("cooldowns"),
                    {QStringLiteral("sender_id"), QStringLiteral("recipient_id"), QStringLiteral("recipient_email"),
                     QStringLiteral("until_ms")})
    {
        const auto invitationsFirst = [this] {
            return invitations.flush();
        };
        notifications.setBeforeWrite(invitationsFirst);
        outbox.setBeforeWrite(invitationsFirst);
    }

    bool members();
    bool connections();
    bool focusInvitations();
    bool acceptedInvitations();
    bool otherInvitations();
    bool flush();
    QString error;

private:
    quint64 next(quint64 n) { return n ? rng() % n : 0; }
    double chance() { return std::uniform_real_distribution<double>(0, 1)(rng); }
    bool connected(qint64 a, qint64 b) const { return std::binary_search(edges.begin(), edges.end(), pairKey(a, b)); }
    // When a link was made: a pure function of the pair, so nothing is stored.
    qint64 since(quint64 key) const
    {
        const qint64 from = qMax(people[(key >> 32) - 1].joinedMs, people[(key & 0xffffffffULL) - 1].joinedMs);
        quint64 h = (key ^ opt.seed) * 0x9E3779B97F4A7C15ULL;
        h ^= h >> 29;
        return from + qint64(h % quint64(qMax<qint64>(1, opt.nowMs - from)));
    }
    bool fail(const BatchInsert &b)
    {
        error = b.error();
        return false;
    }
    QString noteFor(qint64 sender, qint64 recipient);
    QString freshAddress();
    // Plans one invitation whose fate (state, response) is already decided;
    // flush() writes them all in the order they were sent.
    bool write(Invitation inv);
    bool store(Invitation inv);

    QSqlDatabase db;
    DemoOptions opt;
    RulesSettings rules;
    std::mt19937_64 rng;
    std::vector<PersonSeed> people; // index = member id - 1
    std::vector<quint64> edges; // sorted pair keys
    std::unordered_set<quint64> pendingPairs;
    QSet<QString> pendingAddresses;
    qint64 nextInvitationId = 1;
    std::vector<Invitation> planned;
    qint64 addressCounter = 0;
    BatchInsert invitations, notifications, outbox, cooldowns;
};

bool Run::members()
{
    const int n = opt.members;
    people.resize(n);
    BatchInsert insert(db, QStringLiteral("members"),
                       {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("headline"),
                        QStringLiteral("company"), QStringLiteral("school"), QStringLiteral("location"),
                        QStringLiteral("email"), QStringLiteral("email_norm"), QStringLiteral("phone"),
                        QStringLiteral("joined_ms"), QStringLiteral("search_key")});
    const QStringList &companies = DemoNames::companies();
    const QStringList &schools = DemoNames::schools();
    for (int i = 0; i < n; ++i) {
        PersonSeed &p = people[i];
        // Teams of about 25 neighbours share a company and a city, which
        // gives the graph its clusters.
        const int team = i / 25;
        std::mt19937_64 teamRng(opt.seed ^ quint64(team) * 0x9E3779B97F4A7C15ULL);
        p.german = next(100) < 55;
        p.company = int(teamRng() % companies.size());
        const DemoNames::Flavour &f = p.german ? DemoNames::german() : DemoNames::english();
        p.first = f.firstNames.at(next(f.firstNames.size()));
        const QString last = f.lastNames.at(next(f.lastNames.size()));
        const QString city = f.cities.at(teamRng() % f.cities.size());
        const QString company = companies.at(p.company);
        const QString email = QStringLiteral("%1.%2.%3@%4")
                                  .arg(asciiMail(p.first), asciiMail(last))
                                  .arg(i + 1)
                                  .arg(f.domains.at(next(f.domains.size())));
        const QString phone = (p.german ? QStringLiteral("+49 15%1 %2") : QStringLiteral("+44 7%1 %2"))
                                  .arg(next(90) + 10)
                                  .arg(next(9000000) + 1000000);
        p.joinedMs = opt.nowMs - qint64(next(5 * 365) + 30) * kDay;
        const QString name = p.first + QLatin1Char(' ') + last;
        const QString headline = DemoNames::role(f, int(next(f.roles.size())), p.first).arg(company);
        if (!insert.add({i + 1, name, headline, company, schools.at(next(schools.size())), city, email, email.toLower(),
                         phone, p.joinedMs, TextFold::searchKey(name, headline, company)}))
            return fail(insert);
    }
    return insert.flush() || fail(insert);
}

bool Run::connections()
{
    const qint64 n = opt.members;
    const qint64 target = qMin<qint64>(opt.connections, n * (n - 1) / 2);
    QHash<int, std::vector<qint64>> byCompany;
    for (qint64 i = 0; i < n; ++i)
        byCompany[people[i].company].push_back(i + 1);
    edges.reserve(size_t(target * 1.1));
    while (qint64(edges.size()) < target) {
        const qint64 missing = target - qint64(edges.size());
        for (qint64 k = 0; k < missing + missing / 20 + 1; ++k) {
            const qint64 a = qint64(next(n)) + 1;
            qint64 b;
            const double r = chance();
            if (r < 0.6) {
                b = a + qint64(next(61)) - 30; // the team and its neighbours
            } else if (r < 0.85) {
                const std::vector<qint64> &same = byCompany[people[a - 1].company];
                b = same[next(same.size())];
            } else {
                b = qint64(next(n)) + 1;
            }
            if (b < 1 || b > n || b == a)
                continue;
            edges.push_back(pairKey(a, b));
        }
        std::sort(edges.begin(), edges.end());
        edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    }
    // Drop the surplus at random, not from the top, so no member is short of links.
    std::shuffle(edges.begin(), edges.end(), rng);
    edges.resize(size_t(target));
    std::sort(edges.begin(), edges.end());
    std::vector<quint64> directed;
    directed.reserve(edges.size() * 2);
    for (quint64 key : edges) {
        const qint64 a = qint64(key >> 32);
        const qint64 b = qint64(key & 0xffffffffULL);
        directed.push_back(key);
        directed.push_back((quint64(b) << 32) | quint64(a));
    }
    // In key order, so the clustered primary key is appended to, not split.
    std::sort(directed.begin(), directed.end());
    BatchInsert insert(db, QStringLiteral("connections"),
                       {QStringLiteral("member_id"), QStringLiteral("other_id"), QStringLiteral("since_ms")});
    for (quint64 key : directed) {
        const qint64 a = qint64(key >> 32);
        const qint64 b = qint64(key & 0xffffffffULL);
        if (!insert.add({a, b, since(pairKey(a, b))}))
            return fail(insert);
    }
    return insert.flush() || fail(insert);
}

QString Run::noteFor(qint64 sender, qint64 recipient)
{
    if (chance() < 0.45)
        return {};
    const DemoNames::Flavour &f = people[sender - 1].german ? DemoNames::german() : DemoNames::english();
    const QString first = recipient ? people[recipient - 1].first : QString();
    QString note = f.notes.at(next(f.notes.size()));
    if (first.isEmpty())
        return note.replace(QStringLiteral(" %1"), QString()).replace(QStringLiteral("%1"), QString());
    return note.arg(first);
}

QString Run::freshAddress()
{
    const bool german = chance() < 0.5;
    const DemoNames::Flavour &f = german ? DemoNames::german() : DemoNames::english();
    return QStringLiteral("%1.%2.x%3@%4")
        .arg(asciiMail(f.firstNames.at(next(f.firstNames.size()))), asciiMail(f.lastNames.at(next(f.lastNames.size()))))
        .arg(++addressCounter)
        .arg(f.domains.at(next(f.domains.size())));
}

bool Run::write(Invitation inv)
{
    const qint64 now = opt.nowMs;
    // A withdrawn or expired address invitation would already be purged (R10).
    if (inv.isToAddress()
        && (inv.state == InvitationState::Expired
            || (inv.state == InvitationState::Withdrawn && inv.respondedMs + rules.cooldownMs <= now)))
        return true;
    if (inv.state == InvitationState::Pending) {
        if (inv.isToAddress() ? pendingAddresses.contains(QString::number(inv.senderId) + inv.recipientEmail)
                              : pendingPairs.count(pairKey(inv.senderId, inv.recipientId)) > 0)
            return true;
        if (inv.isToAddress())
            pendingAddresses.insert(QString::number(inv.senderId) + inv.recipientEmail);
        else
            pendingPairs.insert(pairKey(inv.senderId, inv.recipientId));
    }
    ++nextInvitationId;
    planned.push_back(std::move(inv));
    return true;
}

bool Run::store(Invitation inv)
{
    const qint64 now = opt.nowMs;
    // Reminders already sent by now, or before the recipient answered.
    const qint64 horizon = inv.state == InvitationState::Pending ? now
        : inv.state == InvitationState::Expired                  ? inv.expiresMs
                                                                 : inv.respondedMs;
    const QList<qint64> times = ReminderSchedule::reminderTimes(inv, rules);
    while (inv.remindersSent < times.size() && times.at(inv.remindersSent) <= horizon)
        ++inv.remindersSent;
    inv.nextDueMs = ReminderSchedule::nextDue(inv, rules);
    if (inv.state != InvitationState::Pending && inv.nextDueMs <= now)
        inv.nextDueMs = 0; // its moment passed before the store existed

    const QVariant null = QVariant(QMetaType(QMetaType::LongLong));
    if (!invitations.add({inv.id, inv.senderId, Sql::nullableId(inv.recipientId),
                          inv.isToAddress() ? QVariant(inv.recipientEmail) : QVariant(QMetaType(QMetaType::QString)),
                          inv.isToAddress() ? null : QVariant(qMin(inv.senderId, inv.recipientId)),
                          inv.isToAddress() ? null : QVariant(qMax(inv.senderId, inv.recipientId)), Sql::text(inv.note),
                          int(inv.source), int(inv.state), inv.sentMs, inv.expiresMs, Sql::nullableId(inv.respondedMs),
                          inv.remindersSent, Sql::nullableId(inv.nextDueMs), Sql::nullableId(inv.senderClosedMs)}))
        return fail(invitations);
    if (inv.isToAddress()
        && !outbox.add({inv.recipientEmail, inv.senderId, inv.id, int(OutboxKind::Invitation), inv.sentMs}))
        return fail(outbox);
    if (opt.history) {
        for (int k = 0; k < inv.remindersSent; ++k) {
            const bool ok = inv.isToAddress()
                ? outbox.add({inv.recipientEmail, inv.senderId, inv.id,
                              int(k == 0 ? OutboxKind::Reminder1 : OutboxKind::Reminder2), times.at(k)})
                : notifications.add({inv.recipientId,
                                     int(k == 0 ? NotificationKind::Reminder1 : NotificationKind::Reminder2), inv.id,
                                     inv.senderId, times.at(k)});
            if (!ok)
                return fail(inv.isToAddress() ? outbox : notifications);
        }
        if (inv.state == InvitationState::Accepted
            && !notifications.add(
                {inv.senderId, int(NotificationKind::Accepted), inv.id, inv.recipientId, inv.respondedMs}))
            return fail(notifications);
    }
    if (inv.state == InvitationState::Withdrawn && inv.respondedMs + rules.cooldownMs > now
        && !cooldowns.add({inv.senderId, Sql::nullableId(inv.recipientId),
                           inv.isToAddress() ? QVariant(inv.recipientEmail) : QVariant(QMetaType(QMetaType::QString)),
                           inv.respondedMs + rules.cooldownMs}))
        return fail(cooldowns);
    return true;
}

// The demo's "you" sees every kind of card: fresh, reminded once, reminded
// twice, about to expire, to addresses, ignored, in cool-down.
bool Run::focusInvitations()
{
    if (!opt.focusMember || opt.members < 60)
        return true;
    const qint64 me = 1;
    const qint64 now = opt.nowMs;
    qint64 candidate = opt.members;
    auto stranger = [&] {
        while (candidate > 1 && (connected(me, candidate) || pendingPairs.count(pairKey(me, candidate))))
            --candidate;
        return candidate--;
    };
    auto make = [&](qint64 sender, qint64 recipient, qint64 ageMs) {
        Invitation inv;
        inv.senderId = sender;
        inv.recipientId = recipient;
        inv.sentMs = now - ageMs;
        inv.expiresMs = ReminderSchedule::expiryFor(inv.sentMs, rules);
        inv.source = InvitationSource(next(4));
        inv.note = noteFor(sender, recipient);
        return inv;
    };
    const qint64 hour = kDay / 24;
    for (qint64 age : {3 * hour, 2 * kDay, 6 * kDay, 16 * kDay, 40 * kDay, 95 * kDay, 175 * kDay}) {
        if (!write(make(stranger(), me, age)))
            return false;
    }
    // Expires in 20 hours.
    const qint64 sixMonthsAgo =
        QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).addMonths(-rules.expiryMonths).toMSecsSinceEpoch();
    if (!write(make(stranger(), me, now - sixMonthsAgo - 20 * hour)))
        return false;
    for (qint64 age : {5 * hour, 4 * kDay, 20 * kDay, 75 * kDay, 150 * kDay, 179 * kDay}) {
        if (!write(make(me, stranger(), age)))
            return false;
    }
    Invitation ignored = make(me, stranger(), 30 * kDay);
    ignored.state = InvitationState::Ignored;
    ignored.respondedMs = ignored.sentMs + 2 * kDay;
    Invitation withdrawn = make(me, stranger(), 12 * kDay);
    withdrawn.state = InvitationState::Withdrawn;
    withdrawn.respondedMs = now - 5 * kDay;
    Invitation expired = make(me, stranger(), 200 * kDay);
    expired.state = InvitationState::Expired;
    for (qint64 age : {3 * kDay, 33 * kDay}) {
        Invitation toAddress = make(me, 0, age);
        toAddress.recipientEmail = freshAddress();
        toAddress.source = InvitationSource::AddressBook;
        if (!write(toAddress))
            return false;
    }
    Invitation fromAddressJoiner = make(stranger(), me, 10 * kDay);
    return write(ignored) && write(withdrawn) && write(expired) && write(fromAddressJoiner);
}

bool Run::acceptedInvitations()
{
    // A quarter of the invitations are the accepted ones behind connections.
    const qint64 count = qMin<qint64>(opt.invitations / 4, qint64(edges.size()));
    const quint64 step = qMax<quint64>(1, edges.size() / quint64(qMax<qint64>(1, count)));
    for (qint64 k = 0; k < count; ++k) {
        const quint64 key = edges[size_t(k) * step % edges.size()];
        const qint64 a = qint64(key >> 32);
        const qint64 b = qint64(key & 0xffffffffULL);
        const bool flip = next(2);
        Invitation inv;
        inv.senderId = flip ? b : a;
        inv.recipientId = flip ? a : b;
        inv.state = InvitationState::Accepted;
        inv.respondedMs = since(key);
        inv.sentMs = inv.respondedMs - qint64(next(30 * kDay));
        inv.expiresMs = ReminderSchedule::expiryFor(inv.sentMs, rules);
        inv.source = InvitationSource(next(5));
        inv.note = noteFor(inv.senderId, inv.recipientId);
        if (!write(inv))
            return false;
    }
    return true;
}

bool Run::otherInvitations()
{
    const qint64 n = opt.members;
    const qint64 now = opt.nowMs;
    const qint64 target = opt.invitations;
    while (nextInvitationId <= target) {
        Invitation inv;
        inv.senderId = qint64(next(n)) + 1;
        if (chance() < 0.1) {
            inv.recipientEmail = freshAddress();
            inv.source = chance() < 0.7 ? InvitationSource::AddressBook : InvitationSource::EmailInvite;
        } else {
            inv.recipientId = inv.senderId + qint64(next(401)) - 200;
            if (inv.recipientId < 1 || inv.recipientId > n || inv.recipientId == inv.senderId
                || connected(inv.senderId, inv.recipientId))
                continue;
            inv.source = InvitationSource(next(4));
        }
        inv.sentMs = now - qint64(next(240 * kDay));
        inv.expiresMs = ReminderSchedule::expiryFor(inv.sentMs, rules);
        inv.note = noteFor(inv.senderId, inv.recipientId);
        const double r = chance();
        const qint64 end = qMin(now, inv.expiresMs);
        const qint64 answeredAt = inv.sentMs + qint64(next(quint64(qMax<qint64>(1, end - inv.sentMs))));
        if (inv.expiresMs <= now) {
            inv.state = r < 0.6 ? InvitationState::Expired
                : r < 0.85      ? InvitationState::Ignored
                                : InvitationState::Withdrawn;
        } else {
            inv.state = r < 0.7 ? InvitationState::Pending
                : r < 0.85      ? InvitationState::Ignored
                                : InvitationState::Withdrawn;
        }
        if (inv.isToAddress() && inv.state == InvitationState::Ignored) // an address cannot ignore
            inv.state = inv.expiresMs <= now ? InvitationState::Expired : InvitationState::Pending;
        if (inv.state == InvitationState::Ignored || inv.state == InvitationState::Withdrawn)
            inv.respondedMs = answeredAt;
        if (!write(inv))
            return false;
    }
    return true;
}

bool Run::flush()
{
    // Ids follow the send time, as they do in a store that grew over time;
    // so what falls due together also sits together on disk.
    std::stable_sort(planned.begin(), planned.end(),
                     [](const Invitation &a, const Invitation &b) { return a.sentMs < b.sentMs; });
    qint64 id = 0;
    for (Invitation &inv : planned) {
        inv.id = ++id;
        if (!store(inv))
            return false;
    }
    planned.clear();
    if (!invitations.flush())
        return fail(invitations);
    if (!notifications.flush())
        return fail(notifications);
    if (!outbox.flush())
        return fail(outbox);
    return cooldowns.flush() || fail(cooldowns);
}

}

DemoOptions DemoOptions::demo(qint64 nowMs)
{
    DemoOptions o;
    o.nowMs = nowMs;
    return o;
}

DemoOptions DemoOptions::sized(qint64 invitations, qint64 nowMs)
{
    DemoOptions o;
    o.nowMs = nowMs;
    o.invitations = invitations;
    o.members = int(qMax<qint64>(100, invitations / 10));
    o.connections = invitations * 2;
    return o;
}

DemoGenerator::DemoGenerator(Store &store, const RulesSettings &rules)
    : m_store(store)
    , m_rules(rules)
{
}

bool DemoGenerator::generate(const DemoOptions &options, QString *error)
{
    if (options.members < 2) {
        if (error)
            *error = QStringLiteral("a demo network needs at least two members");
        return false;
    }
    QSqlQuery pragma(m_store.database());
    for (const QString &statement : m_store.dialect().bulkLoadBegin())
        pragma.exec(statement);
    const bool ok = generateInTransaction(options, error);
    for (const QString &statement : m_store.dialect().bulkLoadEnd())
        pragma.exec(statement);
    return ok;
}

// Indexes are built once at the end: sorting a finished table is far
// cheaper than a million scattered index inserts. Rebuilding the unique
// ones also checks the generator kept the rules. The dropped ones, as
// (name, statement that makes it again).
bool DemoGenerator::dropIndexes(QList<QPair<QString, QString>> *indexes, QString *error)
{
    QSqlQuery q(m_store.database());
    bool ok = q.exec(m_store.dialect().secondaryIndexesQuery({QStringLiteral("invitations"),
                                                              QStringLiteral("notifications"), QStringLiteral("outbox"),
                                                              QStringLiteral("cooldowns"), QStringLiteral("members")}));
    while (ok && q.next())
        indexes->append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &index : std::as_const(*indexes))
        ok = ok && q.exec(QStringLiteral("DROP INDEX %1").arg(index.first));
    if (!ok && error)
        *error = Sql::describe(q);
    return ok;
}

// The indexes again, and the id sequences past the ids written directly.
bool DemoGenerator::rebuildIndexes(const QList<QPair<QString, QString>> &indexes, QString *error)
{
    QSqlQuery create(m_store.database());
    for (const auto &index : indexes) {
        if (!create.exec(index.second)) {
            if (error)
                *error = Sql::describe(create) + QStringLiteral(" in ") + index.first;
            return false;
        }
    }
    for (const QString &statement :
         m_store.dialect().identityResync({QStringLiteral("members"), QStringLiteral("invitations")})) {
        if (!create.exec(statement)) {
            if (error)
                *error = Sql::describe(create);
            return false;
        }
    }
    return true;
}

bool DemoGenerator::generateInTransaction(const DemoOptions &options, QString *error)
{
    Transaction tx(m_store);
    tx.changes().everything = true;
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    QList<QPair<QString, QString>> indexes;
    if (!dropIndexes(&indexes, error))
        return false;
    QSqlDatabase db = m_store.database();
    Run run(db, options, m_rules);
    auto step = [&](const QString &what, bool (Run::*fn)()) {
        if (m_progress)
            m_progress(what);
        return (run.*fn)();
    };
    const bool ok = step(QStringLiteral("members"), &Run::members)
        && step(QStringLiteral("connections"), &Run::connections)
        && step(QStringLiteral("invitations"), &Run::focusInvitations)
        && step(QStringLiteral("invitations"), &Run::acceptedInvitations)
        && step(QStringLiteral("invitations"), &Run::otherInvitations) && step(QStringLiteral("writing"), &Run::flush);
    if (ok && m_progress)
        m_progress(QStringLiteral("indexes"));
    if (ok && !rebuildIndexes(indexes, error))
        return false;
    QString commitError;
    if (!ok || !tx.commit(&commitError)) {
        if (error)
            *error = ok ? commitError : run.error;
        return false;
    }
    return true;
}
