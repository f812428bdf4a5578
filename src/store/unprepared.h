#pragma once

#include <QString>
#include <QVariant>

class QSqlDatabase;
class QSqlDriver;

// Connections reached through a transaction-mode pooler (PgBouncer), on
// which nothing may be prepared on the server (see Statement): Sql::exec
// and Statement send their statements there with the values written in.
namespace Unprepared {

// Marks a connection (its driver: every query on it), or no longer.
void set(const QSqlDatabase &db, bool on);
bool isOn(const QSqlDriver *driver);
// `text` with each ? outside quotes replaced by the driver's literal of the
// next value (QSqlDriver::formatValue: what Qt's own EXECUTE sends). The
// app's statements hold no comments or dollar quotes, which it does not
// look into.
QString withValues(const QString &text, const QVariantList &values, const QSqlDriver *driver);

}
