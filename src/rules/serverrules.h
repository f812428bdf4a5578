#pragma once

#include "base/refusal.h"

#include <QString>
#include <QVariantList>

class Store;

// Calls one rule function of a team store (resources/sql, migration 8
// and after) in a transaction of its own and publishes the change set the store logged for it.
namespace ServerRules {

struct Answer
{
    ActionResult result;
    QString error; // the store failed; empty when it answered
};

// `call` is the function with its placeholders, e.g.
// "accept_invitation(?, ?, ?, ?)"; the last one is this process's origin,
// appended to `args` here.
Answer call(const Store &store, const QString &call, QVariantList args);

}
