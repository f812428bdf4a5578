#pragma once

#include <QString>
#include <QStringList>

// How a team store (PostgreSQL) tells every listening window what changed,
// as it commits: a NOTIFY on one channel, sent by triggers so that a change
// made by the engine, by another program or by hand in psql reaches the
// windows as well as the app's own.
namespace LiveNotify {

inline constexpr const char *kChannel = "mynetwork_changes";
// pg_notify refuses payloads of 8000 bytes and more; a larger change says
// only its change_log number and listeners read the row.
inline constexpr int kMaxInlinePayload = 7000;

// The trigger functions and triggers (schema version 7 on PostgreSQL).
QStringList schemaStatements();
// Marks a transaction as the app's own: its change_log row notifies, so
// the row triggers for plain SQL clients stay quiet.
QString markAppTransaction();

}
