#include "team/teamrules.h"

#include "store/sql.h"
#include "store/sqlplaceholders.h"
#include "store/sqlscript.h"
#include "store/store.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace TeamRules {

QStringList statements()
{
    QStringList out;
    for (const QString &statement : SqlScript::statements(SqlScript::load(QStringLiteral(":/team/rules.sql"))))
        out.append(SqlPlaceholders::fill(statement));
    return out;
}

QStringList functionNames()
{
    static const QRegularExpression re(QStringLiteral("^CREATE OR REPLACE FUNCTION (\\w+)\\("));
    QStringList names;
    for (const QString &statement : statements()) {
        const QRegularExpressionMatch m = re.match(statement);
        if (m.hasMatch())
            names.append(m.captured(1));
    }
    return names;
}

bool apply(Store &store, QString *error)
{
    const QStringList all = statements();
    if (all.isEmpty()) {
        *error = QStringLiteral("the rule functions (team/sql/rules.sql) are missing from this build");
        return false;
    }
    // One transaction: a store never runs half of one version's rules and
    // half of another's.
    Transaction t(store);
    if (!t.isActive()) {
        *error = t.error();
        return false;
    }
    QSqlQuery q(store.database());
    for (const QString &statement : all) {
        if (!q.exec(statement)) {
            *error = Sql::describe(q) + QStringLiteral(" in: ") + statement.left(80);
            return false;
        }
    }
    return t.commit(error);
}

}
