#pragma once

#include <QString>
#include <QStringList>

// What a member's own login may do on a team store (R11, R15, R18) is
// enforced by PostgreSQL itself: row-level security on every table, views
// that hide what R11 and R4 hide, and the rule functions as the only way
// to change invitations and connections (resources/sql/migration-8.sql and
// after). Here: what the store's member role is granted.
namespace TeamSecurity {

// Narrows the member role to what the rules allow (run by the admin tool,
// which may create roles; again after every migration, harmless).
QStringList grantStatements(const QString &role);

}
