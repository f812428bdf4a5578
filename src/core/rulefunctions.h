#pragma once

#include <QString>
#include <QStringList>

// The invitation rules as functions of the team store (schema version 8 on
// PostgreSQL). They run as the store's owner (SECURITY DEFINER, fixed
// search_path) with the caller's identity taken from the login, so a member
// can do through them exactly what the rules allow and nothing through the
// tables (R18). InvitationService calls them on every PostgreSQL store, so
// the same rule tests check them as check the C++ rules on SQLite.
namespace RuleFunctions {

QStringList schemaStatements();

// Fills the {TOKENS} of a statement with the numbers the C++ rules use:
// states, refusals, kinds, topics and the default settings.
QString fill(QString statement);

}
