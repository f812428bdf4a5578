#pragma once

#include <QStringList>

// The change feed across processes: another process sends invitations to
// the signed-in member; how long until each shows in the received list,
// and what the feed costs while nothing changes.
namespace BenchFeed {

// In the sending process: `--feed-sender DB RECIPIENT COUNT INTERVAL_MS`.
// Returns -1 when the arguments are not that.
int sender(const QStringList &arguments);
void latency(const QString &path, const QString &self);
void idle(const QString &path, int seconds);

}
