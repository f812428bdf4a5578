#include "store/sql.h"

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

bool run(QSqlQuery &query, std::initializer_list<QVariant> params, QString *error)
{
    int i = 0;
    for (const QVariant &p : params)
        query.bindValue(i++, p);
    if (query.exec())
        return true;
    if (error)
        *error = describe(query);
    return false;
}

bool exec(QSqlQuery &query, const QString &statement, std::initializer_list<QVariant> params, QString *error)
{
    if (!query.prepare(statement)) {
        if (error)
            *error = describe(query);
        return false;
    }
    return run(query, params, error);
}

bool exec(QSqlQuery &query, const QString &statement, const QVariantList &params, QString *error)
{
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
