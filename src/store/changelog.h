#pragma once

#include <QtGlobal>

// The change_log table: one row per committed change set (ChangeFeed).
namespace ChangeLog {

// About this many rows are kept; a window further behind reloads.
inline constexpr qint64 kKeptRows = 10000;

}
