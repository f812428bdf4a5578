#include "store/sql.h"

#include "store/unprepared.h"

#include <QSqlError>

namespace Sql {

QString describe(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    if (!e.nativeErrorCode().isEmpty())
        text += QStringLiteral(" (code %1)").arg(e.nativeErrorCode());
    return text;
}

bool isBusy(const QString &described)
{
    // SQLite: busy, locked. PostgreSQL: a lock not had within the rule
    // functions' lock_timeout, a serialisation failure, a deadlock.
    for (const char *code : {"(code 5)", "(code 6)", "(code 55P03)", "(code 40001)", "(code 40P01)"}) {
        if (described.contains(QLatin1String(code)))
            return true;
    }
    return described.contains(QLatin1String("database is locked"));
}

QString likeContaining(const QString &text)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

bool exec(QSqlQuery &query, const QString &statement, std::initializer_list<QVariant> params, QString *error)
{
    return exec(query, statement, QVariantList(params), error);
}

bool exec(QSqlQuery &query, const QString &statement, const QVariantList &params, QString *error)
{
    // Through a transaction-mode pooler: nothing prepared on the server.
    if (Unprepared::isOn(query.driver())) {
        if (query.exec(Unprepared::withValues(statement, params, query.driver())))
            return true;
        if (error)
            *error = describe(query);
        return false;
    }
    if (!query.prepare(statement)) {
        if (error)
            *error = describe(query);
        return false;
    }
    for (int i = 0; i < params.size(); ++i)
        query.bindValue(i, params.at(i));
    if (query.exec())
        return true;
    if (error)
        *error = describe(query);
    return false;
}

qint64 scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> params, qint64 fallback,
              bool *ok)
{
    QSqlQuery q(db);
    const bool ran = exec(q, statement, params);
    if (ok)
        *ok = ran;
    if (ran && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return fallback;
}

}
