#pragma once

#include <QString>

class Store;

// Simulated time as a sandbox (local SQLite store only): before the clock
// first leaves real time, the network is copied aside; going back to real
// time either keeps what happened or returns the network to that copy.
// The copy is written and read through SQLite (VACUUM INTO, ATTACH), never
// by file operations on the store, so other programs on the file stay safe
// and see the return as one commit.
namespace TimeSandbox {

// Where the copy of `store` lives: beside its file.
QString snapshotPath(const Store &store);
bool hasSnapshot(const Store &store);
// Takes the copy unless one is there already (the state before the first
// jump is the one to return to).
bool take(Store &store, QString *error = nullptr);
// Puts the network back as the copy has it, in one transaction, and drops
// the copy. Every view re-reads what it shows.
bool restore(Store &store, QString *error = nullptr);
// Keeps what happened: drops the copy.
bool discard(Store &store, QString *error = nullptr);

}
