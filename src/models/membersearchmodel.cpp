#include "membersearchmodel.h"

#include "roles.h"
#include "sql.h"
#include "store.h"

#include <QSqlQuery>

MemberSearchModel::MemberSearchModel(const Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    setFilter(QString());
}

void MemberSearchModel::setFilter(const QString &text)
{
    beginResetModel();
    m_rows.clear();
    QSqlQuery q(m_store.database());
    bool ok;
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const qint64 number = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        ok = Sql::exec(q, QStringLiteral("SELECT id, name, headline FROM members WHERE id = ?"), {number});
    } else {
        // LIKE's own wildcards in the text are matched literally.
        QString pattern = trimmed;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        ok = Sql::exec(q, QStringLiteral("SELECT id, name, headline FROM members WHERE name LIKE ? ESCAPE '\\'"
                                         " OR headline LIKE ? ESCAPE '\\' OR company LIKE ? ESCAPE '\\'"
                                         " ORDER BY name, id LIMIT %1").arg(kLimit),
                       {pattern, pattern, pattern});
    }
    while (ok && q.next())
        m_rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    endResetModel();
}

qint64 MemberSearchModel::memberIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int MemberSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MemberSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.headline.isEmpty() ? r.name : QStringLiteral("%1 – %2").arg(r.name, r.headline);
    case Roles::PersonId:
        return r.id;
    case Roles::PersonName:
        return r.name;
    case Roles::Headline:
        return r.headline;
    default:
        return {};
    }
}
