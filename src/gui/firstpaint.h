#pragma once

#include <QtGlobal>

class QWidget;

// Benchmark aid: when `widget` has painted for the first time, prints the
// process's peak memory (VmHWM, kB) and quits the application.
namespace FirstPaint {
void quitAfter(QWidget *widget);
qint64 peakRssKb();
}
