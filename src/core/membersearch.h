#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Finding people: members whose name, headline or company contains a
// text (a number finds that member), and one member's connections; by name,
// at most `limit` rows. Public fields only (R11): what anyone may see.
namespace MemberSearch {

struct Row
{
    qint64 id = 0;
    QString name;
    QString headline;
    QString company;
    QString location;
};

bool byText(const QSqlDatabase &db, const QString &text, int limit, QList<Row> *rows, QString *error = nullptr);
bool connectionsOf(const QSqlDatabase &db, qint64 member, int limit, QList<Row> *rows, QString *error = nullptr);

}
