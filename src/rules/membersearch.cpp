#include "rules/membersearch.h"

#include "base/textfold.h"
#include "store/sql.h"

#include <QSqlQuery>

namespace MemberSearch {

namespace {

bool load(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> params, QList<Row> *rows,
          QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q, sql, params, error))
        return false;
    while (q.next())
        rows->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString()});
    return true;
}

}

bool byText(const QSqlDatabase &db, const QString &text, int limit, QList<Row> *rows, QString *error,
            const Narrowing &narrowing)
{
    const QString columns = QStringLiteral("SELECT id, name, headline, company, location FROM members");
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const qint64 number = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return load(db, columns + QStringLiteral(" WHERE id = ?"), {number}, rows, error);
    // Case and accents do not count (R19): the store's key is folded, and so
    // is the text, by the app on SQLite and by the store's own fold() on a
    // team store.
    const bool server = db.driverName() != QLatin1String("QSQLITE");
    QString where = QStringLiteral(" WHERE search_key LIKE %1 ESCAPE '\\'")
                        .arg(server ? QStringLiteral("mynetwork.fold(?)") : QStringLiteral("?"));
    QVariantList params{Sql::likeContaining(server ? trimmed : TextFold::fold(trimmed))};
    const QList<QPair<const char *, QString>> narrowed{
        {"company", narrowing.company.trimmed()},
        {"location", narrowing.location.trimmed()},
        {"school", narrowing.school.trimmed()},
    };
    for (const auto &[column, value] : narrowed) {
        if (value.isEmpty())
            continue;
        where += QStringLiteral(" AND lower(%1) LIKE lower(?) ESCAPE '\\'").arg(QLatin1String(column));
        params.append(Sql::likeContaining(value));
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q, columns + where + QStringLiteral(" ORDER BY name, id LIMIT %1").arg(limit), params, error))
        return false;
    while (q.next())
        rows->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString()});
    return true;
}

bool connectionsOf(const QSqlDatabase &db, qint64 member, int limit, QList<Row> *rows, QString *error)
{
    return load(db,
                QStringLiteral("SELECT m.id, m.name, m.headline, m.company, m.location FROM connections c"
                               " JOIN members m ON m.id = c.other_id WHERE c.member_id = ? ORDER BY m.name, m.id"
                               " LIMIT %1")
                    .arg(limit),
                {member}, rows, error);
}

bool connectionsSince(const QSqlDatabase &db, qint64 member, QList<Row> *rows, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(
            q,
            QStringLiteral("SELECT m.id, m.name, m.headline, m.company, m.location, c.since_ms FROM connections c"
                           " JOIN members m ON m.id = c.other_id WHERE c.member_id = ?"),
            {member}, error))
        return false;
    while (q.next())
        rows->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toLongLong()});
    return true;
}

}
