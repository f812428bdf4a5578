#pragma once

#include <QtGlobal>

#include <functional>

class QWidget;

namespace FirstPaint {
// Runs `action` once, after `widget` has painted for the first time (when
// that paint is done, not inside it); `atPaint` runs as the paint starts.
void then(QWidget *widget, std::function<void()> action, std::function<void()> atPaint = {});
// Benchmark aid: after the first paint, prints the time since launch and
// the process's peak memory, and quits.
void quitAfter(QWidget *widget);
}
