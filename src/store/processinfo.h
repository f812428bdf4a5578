#pragma once

#include <QtGlobal>

namespace ProcessInfo {
// Peak resident memory of this process in kB (VmHWM), or -1 where unknown.
qint64 peakRssKb();
// The resident set now, in KiB; -1 where /proc is missing.
qint64 currentRssKb();
// With MYNETWORK_STARTUP_TRACE set: prints "trace <what> <ms>" to stderr,
// the milliseconds since the launcher's MYNETWORK_LAUNCH_MS (or since the
// first mark), to see where the time before the first paint goes.
void traceStartup(const char *what);
}
