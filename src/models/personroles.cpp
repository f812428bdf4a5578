#include "models/personroles.h"

#include "models/relativetime.h"
#include "models/roles.h"

namespace PersonRoles {

QVariant data(const MemberSearch::Row &r, int role)
{
    switch (role) {
    case Roles::PersonId:
        return r.id;
    case Roles::PersonName:
        return r.name;
    case Roles::Headline:
        return r.headline;
    case Roles::Company:
        return r.company;
    case Roles::Location:
        return r.location;
    case Roles::Initials:
        return RelativeTime::initials(r.name);
    default:
        return {};
    }
}

}
