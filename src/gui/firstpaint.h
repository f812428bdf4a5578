#pragma once

#include <QtGlobal>

class QWidget;

// Benchmark aid: when `widget` has painted for the first time, prints the
// time since launch and the process's peak memory, and quits.
namespace FirstPaint {
void quitAfter(QWidget *widget);
}
