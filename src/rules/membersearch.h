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
    qint64 sinceMs = 0; // when connected, for connectionsSince()
};

// A search narrowed to people whose company, location or school contains
// these texts, case not counting (R19); empty ones narrow nothing.
struct Narrowing
{
    QString company;
    QString location;
    QString school;
    bool isEmpty() const { return company.isEmpty() && location.isEmpty() && school.isEmpty(); }
};

bool byText(const QSqlDatabase &db, const QString &text, int limit, QList<Row> *rows, QString *error = nullptr,
            const Narrowing &narrowing = {});
bool connectionsOf(const QSqlDatabase &db, qint64 member, int limit, QList<Row> *rows, QString *error = nullptr);
// Every connection of the member with the moment it was made, unsorted: the
// caller sorts by the reader's language (first or last name), which SQL
// cannot do the same way on both stores. A member has tens of thousands of
// connections at most (the real service stops at 30,000).
bool connectionsSince(const QSqlDatabase &db, qint64 member, QList<Row> *rows, QString *error = nullptr);

}
