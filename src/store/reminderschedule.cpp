#include "store/reminderschedule.h"

#include <QDateTime>

#include <algorithm>

namespace ReminderSchedule {

qint64 expiryFor(qint64 sentMs, const RulesSettings &rules)
{
    return QDateTime::fromMSecsSinceEpoch(sentMs, Qt::UTC).addMonths(rules.expiryMonths).toMSecsSinceEpoch();
}

QList<qint64> reminderTimes(const Invitation &inv, const RulesSettings &rules)
{
    QList<qint64> times;
    for (qint64 t : {inv.sentMs + rules.firstReminderAfterMs, inv.expiresMs - rules.secondReminderBeforeExpiryMs}) {
        if (t > inv.sentMs && t < inv.expiresMs && !times.contains(t))
            times.append(t);
    }
    std::sort(times.begin(), times.end());
    return times;
}

qint64 nextDue(const Invitation &inv, const RulesSettings &rules)
{
    switch (inv.state) {
    case InvitationState::Pending: {
        const QList<qint64> times = reminderTimes(inv, rules);
        return inv.remindersSent < times.size() ? times.at(inv.remindersSent) : inv.expiresMs;
    }
    case InvitationState::Ignored:
        // Nothing changes in the store, but the sender's view of it ends.
        return inv.senderClosedMs == 0 ? inv.expiresMs : 0;
    case InvitationState::Withdrawn:
        // An address nobody joined with is purged once its cool-down is over (R10).
        return inv.isToAddress() ? inv.respondedMs + rules.cooldownMs : 0;
    case InvitationState::Accepted:
    case InvitationState::Expired:
        break;
    }
    return 0;
}

}
