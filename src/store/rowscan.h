#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

// Streams the rows of a query whose columns are an integer and a text,
// without parameters. On SQLite it steps the statement through the C API
// on Qt's own connection: Qt's per-row QVariant conversion costs several
// times what SQLite spends reading a row from an index.
namespace RowScan {

bool idAndText(const QSqlDatabase &db, const QString &statement,
               const std::function<void(qint64 id, QString &&text)> &row, QString *error);

}
