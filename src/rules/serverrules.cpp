#include "rules/serverrules.h"

#include "store/changefeed.h"
#include "store/sql.h"
#include "store/store.h"

#include <QSqlQuery>

namespace ServerRules {

Answer call(const Store &store, const QString &call, QVariantList args)
{
    Answer a;
    Transaction tx(store);
    if (!tx.isActive()) {
        a.error = tx.error();
        return a;
    }
    const ChangeFeed *feed = store.feed();
    args.append(feed ? feed->origin() : qint64(0));
    QSqlQuery q(store.database());
    if (!Sql::exec(q,
                   QStringLiteral("SELECT reason, invitation_id, name, date_ms, lim, accepted_instead,"
                                  " available_from_ms, changes FROM mynetwork.")
                       + call,
                   args, &a.error)
        || !q.next()) {
        if (a.error.isEmpty())
            a.error = QStringLiteral("no answer from %1").arg(call);
        return a;
    }
    const auto reason = Refusal::Reason(q.value(0).toInt());
    if (reason != Refusal::None) {
        Refusal::Details d;
        d.name = q.value(2).toString();
        d.dateMs = q.value(3).toLongLong();
        d.limit = q.value(4).toInt();
        a.result = ActionResult::refused(reason, d);
        return a; // nothing was written; the transaction rolls back
    }
    a.result.invitationId = q.value(1).toLongLong();
    a.result.acceptedInstead = q.value(5).toBool();
    a.result.availableFromMs = q.value(6).toLongLong();
    tx.loggedByStore(ChangeSet::fromJson(q.value(7).toByteArray()));
    q.finish();
    if (!tx.commit(&a.error))
        a.result = ActionResult();
    return a;
}

}
