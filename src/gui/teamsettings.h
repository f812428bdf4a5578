#pragma once

#include "store/storeconfig.h"

#include <optional>

// The team server chosen in Network → Connect to a team server…, kept in
// QSettings for the next start: where (with its read replica and pooler)
// and as whom,
// never the password.
namespace TeamSettings {

// The server to open at start when no --db was given, if one is chosen.
std::optional<StoreConfig> active();
// What the dialog shows: the last server, chosen or not.
StoreConfig last();
void choose(const StoreConfig &config);
// Back to the local SQLite store at the next start.
void useLocalStore();

}
