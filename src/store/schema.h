#pragma once

#include <QString>

class QSqlDatabase;
class Dialect;

namespace Schema {

int currentVersion();
// Runs every migration after `fromVersion`; the caller owns the transaction.
bool migrate(QSqlDatabase &db, const Dialect &dialect, int fromVersion, QString *error);

}
