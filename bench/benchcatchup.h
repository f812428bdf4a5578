#pragma once

#include <QString>

// The engine catches up with the window open, as after a jump of the
// simulated clock or a team store's engine coming back: how long the
// window's thread is kept from its events while 10,000 due invitations are
// reminded and expired slice after slice and the open lists follow.
namespace BenchCatchUp {

void windowOpen(const QString &source, qint64 member);

}
