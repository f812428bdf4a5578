#pragma once

#include "store/statement.h"
#include <QSqlDatabase>

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>

// One statement run many times with new values, its rows read by column.
// On SQLite it goes through the connection's own sqlite3 handle: Qt binds
// each value by name and converts each column to a QVariant, which costs
// more than a short UPDATE or an index read itself. Elsewhere it is a
// Statement (prepared on the server, unless through a pooler). Either way
// the same SQL text.
class RepeatedStatement final
{
    Q_DISABLE_COPY_MOVE(RepeatedStatement)
public:
    RepeatedStatement(const QSqlDatabase &db, const QString &sql);
    ~RepeatedStatement();

    // Prepared: the text was understood (error() says why not).
    bool isValid() const { return m_prepared; }
    // Runs with these values (integers, texts or nulls) in place of the ?s.
    bool run(std::initializer_list<QVariant> values);
    // The next row of the last run.
    bool next();
    qint64 integer(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;
    // Rows the last run inserted, changed or deleted.
    qint64 rowsAffected() const { return m_affected; }
    QString error() const { return m_error; }

private:
    class Native;
    std::unique_ptr<Native> m_native;
    Statement m_statement;
    QString m_error;
    qint64 m_affected = 0;
    bool m_prepared = false;
};
