#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

// Small helpers so every statement checks its result the same way.
namespace Sql {

// Prepares and runs one statement with positional parameters.
bool exec(QSqlQuery &query, const QString &statement, std::initializer_list<QVariant> params, QString *error = nullptr);
// The same with parameters put together at run time.
bool exec(QSqlQuery &query, const QString &statement, const QVariantList &params, QString *error = nullptr);
QString describe(const QSqlQuery &query);
// True when a described error says another connection holds the lock the
// statement needed (SQLite's BUSY or LOCKED): worth retrying, not a fault.
bool isBusy(const QString &described);

// A LIKE pattern for "contains `text`" (with ESCAPE '\\'): LIKE's own
// wildcards in a searched text are matched literally.
QString likeContaining(const QString &text);

// A single integer from the first column of the first row, or fallback.
qint64 scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> params,
              qint64 fallback = 0, bool *ok = nullptr);

inline QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// For NOT NULL text columns: a null QString would bind as SQL NULL.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

inline QVariant nullableText(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

}
