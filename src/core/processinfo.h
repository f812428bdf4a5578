#pragma once

#include <QtGlobal>

namespace ProcessInfo {
// Peak resident memory of this process in kB (VmHWM), or -1 where unknown.
qint64 peakRssKb();
}
