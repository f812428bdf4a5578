#include "store/rulessettings.h"

#include "store/sql.h"
#include "store/statement.h"

#include <QSqlDatabase>

namespace {
const QString kFirst = QStringLiteral("reminder1_after_ms");
const QString kSecond = QStringLiteral("reminder2_before_expiry_ms");
const QString kWeekly = QStringLiteral("weekly_limit");
}

RulesSettings RulesSettings::load(const QSqlDatabase &db)
{
    RulesSettings s;
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT name, value FROM settings"), {}))
        return s;
    while (q.next()) {
        const QString name = q.value(0).toString();
        bool ok = false;
        const qint64 value = q.value(1).toString().toLongLong(&ok);
        if (!ok || value < 0)
            continue;
        if (name == kFirst)
            s.firstReminderAfterMs = value;
        else if (name == kSecond)
            s.secondReminderBeforeExpiryMs = value;
        else if (name == kWeekly)
            s.weeklyLimit = int(value);
    }
    return s;
}

bool RulesSettings::save(QSqlDatabase &db, QString *error) const
{
    Statement del(db);
    Statement ins(db);
    if (!del.prepare(QStringLiteral("DELETE FROM settings WHERE name = ?"))
        || !ins.prepare(QStringLiteral("INSERT INTO settings (name, value) VALUES (?, ?)"))) {
        if (error)
            *error = del.error().isEmpty() ? ins.error() : del.error();
        return false;
    }
    const QList<QPair<QString, qint64>> values{
        {kFirst, firstReminderAfterMs}, {kSecond, secondReminderBeforeExpiryMs}, {kWeekly, weeklyLimit}};
    for (const auto &[name, value] : values) {
        if (!del.run({name}, error) || !ins.run({name, QString::number(value)}, error))
            return false;
    }
    return true;
}
