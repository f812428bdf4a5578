#pragma once

#include "rules/membersearch.h"

#include <QVariant>

// The roles every list of people answers the same way (id, name, headline,
// company, place, initials); invalid for any other role.
namespace PersonRoles {
QVariant data(const MemberSearch::Row &row, int role);
}
