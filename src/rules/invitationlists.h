#pragma once

#include "base/types.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The two invitation lists of a member as the rules define them, read a
// page at a time, newest first: the one definition the window, the counts
// and the tests share.
namespace InvitationLists {

enum class List { Received, Sent };

struct Row
{
    Invitation invitation;
    qint64 personId = 0; // the other side; 0 for an invitation to an address
    QString personName; // or the address
    QString headline;
    QString undelivered; // R20: why the e-mail could not be delivered, if it failed for good
};

// Received: pending and not yet past its stored expiry (the engine may not
// have run). Sent ("awaiting"): the same, and ignored ones the sender has
// not closed, which read as awaiting until expiry (R4). On `invitations`
// under `alias`, with two parameters: the member, then now.
QString condition(List list, const QString &alias = QStringLiteral("i"));

// The page after `after` (null: the first page). False on a failed read,
// with the store's words in `error`.
bool page(const QSqlDatabase &db, List list, qint64 member, qint64 nowMs, const Invitation *after, int limit,
          QList<Row> *rows, QString *error = nullptr);
// The invitation as the list shows it, or nothing when it is not in it.
std::optional<Row> one(const QSqlDatabase &db, List list, qint64 member, qint64 nowMs, qint64 invitationId,
                       QString *error = nullptr);
int count(const QSqlDatabase &db, List list, qint64 member, qint64 nowMs, bool *ok = nullptr);

}
