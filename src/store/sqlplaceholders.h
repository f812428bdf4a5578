#pragma once

#include <QString>

// The numbers the C++ rules use, for the {TOKENS} of the team store's SQL
// (the frozen migrations in resources/sql): states, refusals, kinds,
// topics, limits and the default settings.
namespace SqlPlaceholders {

QString fill(QString statement);

}
