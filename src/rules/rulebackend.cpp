#include "rules/rulebackend.h"

#include "store/servererror.h"
#include "store/sql.h"
#include "store/store.h"

ActionResult storeFailure(const Store &store, const QString &error)
{
    if (Sql::isBusy(error))
        return ActionResult::refused(Refusal::StoreBusy);
    if (error == Store::serverAwayReason(store.config()) || ServerError::isConnectionLost(error))
        return ActionResult::refused(Refusal::ServerAway);
    Refusal::Details d;
    d.error = error;
    return ActionResult::refused(Refusal::StoreFailure, d);
}
