#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// A member's notifications and the outbox of e-mails to non-members, newest
// first, a page at a time.
namespace MessageLists {

enum class List { Notifications, Outbox };

struct Row
{
    qint64 id = 0;
    int kind = 0;
    qint64 invitationId = 0;
    qint64 personId = 0; // the actor, or the sender of an e-mail
    QString personName;
    QString address; // outbox: to whom
    QString note;
    qint64 createdMs = 0;
    bool unread = false;
    int invitationState = -1; // InvitationState of what it is about, now
    qint64 expiresMs = 0;
    // Outbox on a team store (R20): 0 queued, 1 being sent, 2 sent, 3 failed
    // for good, 4 kept from before delivery; -1 where nothing is mailed.
    int deliveryState = -1;
    QString deliveryError;
    qint64 deliveredMs = 0;
};

// The page after `after` (null: the first); for the outbox `member` is the
// sender, 0 for every member's e-mails. False on a failed read, with the
// store's words in `error`.
bool page(const QSqlDatabase &db, List list, qint64 member, const Row *after, int limit, QList<Row> *rows,
          QString *error = nullptr);
// Everything newer than the row with id `newestId`, newest first.
bool newer(const QSqlDatabase &db, List list, qint64 member, qint64 newestId, int limit, QList<Row> *rows,
           QString *error = nullptr);
// Everything from the newest down to `oldest` (included), newest first:
// the range a view shows, re-read.
bool downTo(const QSqlDatabase &db, List list, qint64 member, const Row &oldest, int limit, QList<Row> *rows,
            QString *error = nullptr);
int unreadCount(const QSqlDatabase &db, qint64 member, bool *ok = nullptr);

}
