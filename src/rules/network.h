#pragma once

#include "base/types.h"
#include "rules/invitationlists.h"

#include <QList>
#include <optional>

class Clock;
class Store;

// Where a viewer stands with another member: decides the one button a
// profile, a search result or a suggestion card shows.
struct Relation
{
    enum Kind { Self, Connected, InvitationSent, InvitationReceived, CoolDown, CanConnect };
    Kind kind = CanConnect;
    qint64 invitationId = 0;
    qint64 availableFromMs = 0; // CoolDown only
};

// A member as a viewer may see them (R11).
struct ProfileView
{
    Member member; // email, phone and school empty unless fullAccess
    bool fullAccess = false;
    QList<qint64> connectionIds; // empty unless fullAccess
    int connectionCount = 0;
    int mutualCount = 0;
    Relation relation;
};

struct NetworkCounts
{
    int connections = 0;
    int contacts = 0;
    int sentPending = 0;
    int receivedPending = 0;
    int unreadNotifications = 0;
};

class Dialect;
class QSqlDatabase;

// Read-only questions about the network, answered from the store.
class Network final
{
    Q_DISABLE_COPY_MOVE(Network)
public:
    Network(const Store &store, const Clock &clock);

    std::optional<Member> member(qint64 id) const;
    std::optional<Member> memberByEmail(const QString &email) const;
    std::optional<Invitation> invitation(qint64 id) const;
    int memberCount() const;
    // R19: the member's photo, a PNG of TextLimits' small or large size;
    // empty when they have none.
    QByteArray photo(qint64 member, bool large) const;

    bool isConnected(qint64 a, qint64 b) const;
    QList<qint64> connectionIds(qint64 member) const;
    int connectionCount(qint64 member) const;
    int mutualCount(qint64 a, qint64 b) const;
    // Up to `limit` of the connections a and b share, by name (R19: people
    // recognise faces and names, not counts).
    QList<QPair<qint64, QString>> mutualConnections(qint64 a, qint64 b, int limit) const;

    // The invitation a sender still sees as awaiting a response (pending,
    // or ignored without their knowing, R4), or 0.
    qint64 awaitingFrom(qint64 sender, qint64 recipient) const;
    qint64 awaitingFromToAddress(qint64 sender, const QString &normalizedEmail) const;
    qint64 pendingFrom(qint64 sender, qint64 recipient) const;
    qint64 coolDownUntil(qint64 sender, qint64 recipient) const;
    qint64 coolDownUntilAddress(qint64 sender, const QString &normalizedEmail) const;
    int sentInLastWeek(qint64 sender) const;
    // When the oldest invitation of the last seven days leaves the window
    // (now + seven days when there is none): the next one the limit lets
    // go once every invitation left this week is sent.
    qint64 nextLimitSlotMs(qint64 sender) const;

    Relation relation(qint64 viewer, qint64 target) const;
    ProfileView profile(qint64 viewer, qint64 target) const;
    NetworkCounts counts(qint64 member) const;
    // The same on any connection to the store (a worker's own).
    static NetworkCounts countsOn(const QSqlDatabase &db, const Dialect &dialect, qint64 member, qint64 nowMs);

    QList<Invitation> receivedPending(qint64 member) const;
    // What the sender sees as sent and awaiting, newest first.
    QList<Invitation> sentAwaiting(qint64 member) const;
    QList<Notification> notifications(qint64 member) const;

private:
    QList<Invitation> whole(InvitationLists::List list, qint64 member) const;

    const Store &m_store;
    const Clock &m_clock;
};
