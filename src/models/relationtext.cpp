#include "models/relationtext.h"

#include "base/datetext.h"

QString RelationText::button(const Relation &r)
{
    switch (r.kind) {
    case Relation::Self:
        return tr("You");
    case Relation::Connected:
        return tr("Connected");
    case Relation::InvitationSent:
        return tr("Pending");
    case Relation::InvitationReceived:
        return tr("Accept");
    case Relation::CoolDown:
        return tr("Available again on %1").arg(DateText::mediumDate(r.availableFromMs));
    case Relation::CanConnect:
        return tr("Connect");
    }
    return {};
}

bool RelationText::actionable(const Relation &r)
{
    return r.kind == Relation::CanConnect || r.kind == Relation::InvitationReceived;
}

QString RelationText::degree(const Relation &relation, int mutualCount)
{
    if (relation.kind == Relation::Self)
        return {};
    if (relation.kind == Relation::Connected)
        return tr("1st");
    return mutualCount > 0 ? tr("2nd") : tr("3rd+");
}
