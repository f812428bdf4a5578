#pragma once

#include <QString>

class QSqlDatabase;

// Whether a team store connection is a member's own login or the owner's,
// and what that changes for the store below the rules: which schema comes
// first (a member reads views that show only their share, R11) and which
// change channels the window listens on. The grants and policies behind it
// are the team library's (TeamSecurity) and the frozen migration 8's.
namespace MemberSession {

// Views with the tables' names and shapes that show a member only their
// share; first on a member login's search_path, so the app's queries are
// the same for every login.
inline constexpr const char *kViewSchema = "mynetwork_view";
// Notices for the owner's windows and service.
inline constexpr const char *kOwnerChannel = "mynetwork_changes";
// Changes everyone may know of (a profile changed, someone joined). Each
// member's private changes go to a channel named after a secret token
// only their login can read (LISTEN itself has no permissions).
inline constexpr const char *kPublicChannel = "mynetwork_public";

// Chooses the search_path of a new connection: the views first for a
// member login, the tables for the owner. Works before version 8, too.
QString searchPathStatement();
// True when the connection is a member login's (the views come first).
bool isMember(const QSqlDatabase &db);
// The private change channel of the member signed in on `db`, or empty.
QString privateChannel(const QSqlDatabase &db);

}
