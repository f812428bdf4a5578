#pragma once

#include "base/types.h"
#include "store/rulessettings.h"

#include <QList>

// When things happen to an invitation, computed from its stored times only.
namespace ReminderSchedule {

// Calendar months in UTC; a day missing in the target month clamps to its
// last day (31 August + 6 months = end of February), same time of day.
qint64 expiryFor(qint64 sentMs, const RulesSettings &rules);
// The reminder moments that fall strictly between sending and expiry, in order.
QList<qint64> reminderTimes(const Invitation &inv, const RulesSettings &rules);
// The next moment the expiry engine has work for this invitation, or 0.
qint64 nextDue(const Invitation &inv, const RulesSettings &rules);

}
