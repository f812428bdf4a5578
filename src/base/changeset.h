#pragma once

#include <QByteArray>
#include <QHash>
#include <QMetaType>

struct Invitation;

// What one committed transaction changed, as far as a view needs to know:
// which invitations (to re-read and place or drop), and per member which
// kinds of their data. Written with the transaction into change_log, so
// another process on the same store learns the same.
struct ChangeSet
{
    enum Topic : int {
        Invitations = 1, // invitations sent or received (and their counts)
        Notifications = 2, // notifications to the member, read or new
        Contacts = 4, // imported contacts
        Connections = 8, // first-degree connections
        Profile = 16, // the member's own fields; 0 key: a member joined
        Suggestions = 32, // dismissals
        Outbox = 64, // e-mails; kept under member 0: one outbox for all
        All = 127,
    };

    struct Parties
    {
        qint64 sender = 0;
        qint64 recipient = 0; // 0: an address
    };
    // Each changed invitation with its two sides, so a list can tell at once
    // whether it can concern it.
    QHash<qint64, Parties> invitations;
    QHash<qint64, int> members; // member -> Topic flags
    // Too much to list (a demo network, a restore): every view reloads.
    bool everything = false;
    // The whole network was put back (a restore): with `everything`, and
    // also for what a view keeps across an everyday reload (who is worth
    // suggesting).
    bool replaced = false;
    // Committed by another process (read from change_log), not published
    // by a commit of this one. Not stored.
    bool remote = false;

    // Past this many listed items a change set stops listing and says
    // "everything": a view re-reads what it shows once, which beats
    // thousands of single rows (a demo network, a large import).
    static constexpr int kMaxListed = 2000;

    bool isEmpty() const { return !everything && invitations.isEmpty() && members.isEmpty(); }
    void invitation(const Invitation &inv);
    // `tellSender` false: the sender's views do not change and must not even
    // wake (a reminder that an ignored invitation would not get, R4).
    void invitation(qint64 id, qint64 sender, qint64 recipient, bool tellSender = true);
    void member(qint64 memberId, int topics);
    void outbox() { member(0, Outbox); }
    void merge(const ChangeSet &other);
    bool touches(qint64 memberId, int topics) const { return everything || (members.value(memberId) & topics); }

    QByteArray toJson() const;
    static ChangeSet fromJson(const QByteArray &json);
};

Q_DECLARE_METATYPE(ChangeSet)
