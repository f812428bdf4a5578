#include "store/statement.h"

#include "store/sql.h"
#include "store/unprepared.h"

Statement::Statement(const QSqlDatabase &db)
    : m_query(db)
    , m_unprepared(Unprepared::isOn(db.driver()))
{
}

bool Statement::prepare(const QString &text)
{
    m_text = text;
    return m_unprepared || m_query.prepare(text);
}

bool Statement::run(const QVariantList &values)
{
    if (m_unprepared)
        return m_query.exec(Unprepared::withValues(m_text, values, m_query.driver()));
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    return m_query.exec();
}

QString Statement::error() const
{
    return Sql::describe(m_query);
}

bool Statement::run(std::initializer_list<QVariant> values, QString *error)
{
    if (run(QVariantList(values)))
        return true;
    if (error)
        *error = this->error();
    return false;
}
