#pragma once

#include <QString>

// A stored moment (UTC milliseconds) as the local calendar day, written the
// way the current language writes dates: "17 December 2026", "17.12.26".
namespace DateText {
QString longDate(qint64 ms);
QString shortDate(qint64 ms);
}
