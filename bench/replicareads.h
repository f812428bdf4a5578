#pragma once

#include "store/storeconfig.h"

#include <functional>

// The team bench's read replica part: people you may know read on a
// streaming standby (ReadReplica) against the same reads on the store's
// server, idle and while `load` runs, with what the freshness check costs.
void replicaReads(const StoreConfig &withReplica, const std::function<void()> &load);
