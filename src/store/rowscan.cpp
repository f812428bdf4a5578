#include "store/rowscan.h"

#include "store/connection.h"
#include "store/sql.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace RowScan {

bool idAndText(const QSqlDatabase &db, const QString &statement,
               const std::function<void(qint64 id, QString &&text)> &row, QString *error)
{
    if (sqlite3 *raw = sqliteHandle(db)) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(raw, statement.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(raw));
            return false;
        }
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
            row(sqlite3_column_int64(stmt, 0), QString::fromUtf8(text, sqlite3_column_bytes(stmt, 1)));
        }
        if (rc != SQLITE_DONE && error)
            *error = QString::fromUtf8(sqlite3_errmsg(raw));
        sqlite3_finalize(stmt);
        return rc == SQLITE_DONE;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q, statement, {}, error))
        return false;
    while (q.next())
        row(q.value(0).toLongLong(), q.value(1).toString());
    return true;
}

}
