#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

// What a member's own login may see and do on a team store (R11, R15, R18),
// enforced by PostgreSQL itself: row-level security on every table, views
// that hide what R11 and R4 hide, and the rule functions (RuleFunctions) as
// the only way to change invitations and connections.
namespace TeamSecurity {

// Views with the tables' names and shapes that show a member only their
// share; first on a member login's search_path, so the app's queries are
// the same for every login.
inline constexpr const char *kViewSchema = "mynetwork_view";
// Changes everyone may know of (a profile changed, someone joined). Each
// member's private changes go to a channel named after a secret token
// only their login can read (LISTEN itself has no permissions).
inline constexpr const char *kPublicChannel = "mynetwork_public";

// Schema version 8 on PostgreSQL.
QStringList schemaStatements();
// Narrows the member role to what the rules allow (run by the admin tool,
// which may create roles; again after every migration, harmless).
QStringList grantStatements(const QString &role);

// Chooses the search_path of a new connection: the views first for a
// member login, the tables for the owner. Works before version 8, too.
QString sessionSearchPath();
// True when the connection is a member login's (the views come first).
bool isMemberSession(const QSqlDatabase &db);
// The private change channel of the member signed in on `db`, or empty.
QString privateChannel(const QSqlDatabase &db);

}
