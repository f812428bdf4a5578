#pragma once

#include "store/dialect.h"

#include <QList>
#include <QString>

class QSqlDatabase;

// A person you may know, with why.
struct Suggestion
{
    qint64 memberId = 0;
    QString name;
    QString headline;
    QString company;
    QString school;
    QString location;
    int mutual = 0;
    bool sameCompany = false;
    bool sameSchool = false;
    bool sameLocation = false;
    bool inContacts = false; // in the member's imported address book
    int score = 0;
};

// People you may know, ranked by how likely they are to accept: mutual
// connections first, then imported contacts who are members, then a shared
// company, school and place. Connections, invitations pending either way,
// cool-downs, dismissed people and the member themselves never appear.
// Runs on any connection, so it can run on a worker thread's own.
namespace Suggestions {

// `dialect` says whether the connection is a member's own login (whose
// view of members hides the addresses the contacts are matched by).
QList<Suggestion> compute(const QSqlDatabase &db, qint64 member, int limit, qint64 nowMs,
                          const QList<qint64> &alsoExclude = {}, const Dialect &dialect = Dialect());

}
