#include "rules/serverrules.h"

#include "base/clock.h"
#include "store/changefeed.h"
#include "store/sql.h"
#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>

#include <optional>

ServerRules::ServerRules(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

ActionResult ServerRules::send(qint64 sender, qint64 recipient, const QString &note, InvitationSource source)
{
    return call(QStringLiteral("send_invitation(?, ?, ?, ?, ?, ?)"),
                {sender, recipient, Sql::text(note), int(source), m_clock.nowMs()});
}

ActionResult ServerRules::sendToAddress(qint64 sender, const QString &address, const QString &note,
                                        InvitationSource source)
{
    return call(QStringLiteral("send_to_address(?, ?, ?, ?, ?, ?)"),
                {sender, address, Sql::text(note), int(source), m_clock.nowMs()});
}

ActionResult ServerRules::answer(qint64 member, qint64 invitationId, bool accept)
{
    return call(accept ? QStringLiteral("accept_invitation(?, ?, ?, ?)")
                       : QStringLiteral("ignore_invitation(?, ?, ?, ?)"),
                {member, invitationId, m_clock.nowMs()});
}

ActionResult ServerRules::withdraw(qint64 member, const QList<qint64> &invitationIds)
{
    QStringList ids;
    for (qint64 id : invitationIds)
        ids.append(QString::number(id));
    return call(QStringLiteral("withdraw_invitations(?, CAST(? AS bigint[]), ?, ?)"),
                {member, QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}'), m_clock.nowMs()});
}

ActionResult ServerRules::removeConnection(qint64 member, qint64 other)
{
    return call(QStringLiteral("remove_connection(?, ?, ?, ?)"), {member, other, m_clock.nowMs()});
}

ActionResult ServerRules::updateProfile(qint64 member, const Member &profile)
{
    return call(QStringLiteral("update_my_profile(?, ?, ?, ?, ?, ?, ?, ?)"),
                {member, profile.name, Sql::text(profile.headline), Sql::text(profile.company),
                 Sql::text(profile.school), Sql::text(profile.location), Sql::text(profile.phone)});
}

ActionResult ServerRules::setPhoto(qint64 member, const QByteArray &small, const QByteArray &large)
{
    const QVariant none(QMetaType(QMetaType::QByteArray));
    return call(
        QStringLiteral("set_my_photo(?, ?, ?, ?, ?)"),
        {member, small.isEmpty() ? none : QVariant(small), large.isEmpty() ? none : QVariant(large), m_clock.nowMs()});
}

Statement *ServerRules::statement(const QString &function, bool *fresh, QString *error) const
{
    *fresh = false;
    if (const auto it = m_statements.constFind(function); it != m_statements.constEnd())
        return it->get();
    auto q = std::make_shared<Statement>(m_store.database());
    if (!q->prepare(QStringLiteral("SELECT reason, invitation_id, name, date_ms, lim, accepted_instead,"
                                   " available_from_ms, changes FROM mynetwork.")
                    + function)) {
        *error = q->error();
        return nullptr;
    }
    *fresh = true;
    m_statements.insert(function, q);
    return q.get();
}

ActionResult ServerRules::call(const QString &function, QVariantList args) const
{
    const ChangeFeed *feed = m_store.feed();
    args.append(feed ? feed->origin() : qint64(0));
    bool stale = false;
    const ActionResult r = attempt(function, args, &stale);
    if (!stale)
        return r;
    m_statements.remove(function);
    return attempt(function, args, &stale);
}

// Whether the store's rule functions mark their own writes (rules.sql's
// SET mynetwork.app): then a call is one statement in autocommit. A store
// whose owner has not run this version's rules yet gets a transaction.
bool ServerRules::oneStatementCalls() const
{
    if (m_oneStatement < 0) {
        bool ok = false;
        const qint64 marked = Sql::scalar(
            m_store.database(),
            QStringLiteral("SELECT count(*) FROM pg_proc WHERE pronamespace = CAST('mynetwork' AS regnamespace)"
                           " AND proname = 'send_invitation' AND 'mynetwork.app=on' = ANY (proconfig)"),
            {}, 0, &ok);
        if (!ok)
            return false; // asked again next time
        m_oneStatement = marked > 0 ? 1 : 0;
    }
    return m_oneStatement == 1;
}

ActionResult ServerRules::attempt(const QString &function, const QVariantList &args, bool *stale) const
{
    *stale = false;
    std::optional<Transaction> tx;
    if (oneStatementCalls()) {
        if (const QString held = m_store.waitForWrites(Transaction::kCheckWaitMs); !held.isEmpty())
            return storeFailure(m_store, held);
    } else {
        tx.emplace(m_store);
        if (!tx->isActive())
            return storeFailure(m_store, tx->error());
    }
    QString error;
    bool fresh = false;
    Statement *found = statement(function, &fresh, &error);
    if (!found)
        return storeFailure(m_store, error);
    QSqlQuery &q = found->query();
    if (!found->run(args)) {
        // Only a statement the server no longer knows (a connection made
        // anew) is tried again: a lock timeout is a bounded wait, not twice one.
        const QString code = q.lastError().nativeErrorCode();
        *stale = !fresh && (code == QLatin1String("26000") || code.isEmpty());
        m_store.reportIfConnectionLost(q.lastError());
        return storeFailure(m_store, Sql::describe(q));
    }
    if (!q.next()) // ran, so never run again
        return storeFailure(m_store, QStringLiteral("no answer from %1").arg(function));
    const auto reason = Refusal::Reason(q.value(0).toInt());
    if (reason != Refusal::None) {
        Refusal::Details d;
        d.name = q.value(2).toString();
        d.dateMs = q.value(3).toLongLong();
        d.limit = q.value(4).toInt();
        q.finish();
        // Nothing was written (but the lock row's counter); a transaction rolls back.
        return ActionResult::refused(reason, d);
    }
    ActionResult r;
    r.invitationId = q.value(1).toLongLong();
    r.acceptedInstead = q.value(5).toBool();
    r.availableFromMs = q.value(6).toLongLong();
    const ChangeSet changes = ChangeSet::fromJson(q.value(7).toByteArray());
    q.finish();
    if (!tx) {
        m_store.committed(changes); // the statement's end was its commit
        return r;
    }
    tx->loggedByStore(changes);
    if (!tx->commit(&error))
        return storeFailure(m_store, error);
    return r;
}
