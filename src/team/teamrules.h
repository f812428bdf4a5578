#pragma once

#include <QString>
#include <QStringList>

class Store;

// The rule functions of a team store, from team/sql/rules.sql: unlike the
// frozen migrations, this file holds each function as it is today and is
// run again (CREATE OR REPLACE) whenever the owner prepares the store, so
// an upgrade brings every store's functions to this build's.
namespace TeamRules {

// The file's statements with their placeholders filled in.
QStringList statements();
// The names of the functions the file defines, as they appear in it.
QStringList functionNames();
// Runs every statement in one transaction, as the store's owner.
bool apply(Store &store, QString *error);

}
