#pragma once

#include <QString>

// A stored moment (UTC milliseconds) as a person reads it, in the current
// language, in one of three forms every view uses: never a two-digit year,
// never seconds, never "UTC".
//   medium:   "26.11.2026" / "Nov 26, 2026"
//   long:     "26. November 2026" / "November 26, 2026" (no weekday, so it
//             fits after "am", "ab", "on", "from" alike)
//   dateTime: "26.11.2026, 15:15" / "Nov 26, 2026, 3:15 PM"
namespace DateText {
QString mediumDate(qint64 ms);
QString longDate(qint64 ms);
QString dateTime(qint64 ms);
// The medium form as a QDate/QDateEdit display format.
QString mediumFormat();
}
