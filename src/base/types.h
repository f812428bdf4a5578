#pragma once

#include <QString>
#include <QtGlobal>

// Values are stored in the database: never renumber.
enum class InvitationState : int {
    Pending = 0,
    Accepted = 1,
    Ignored = 2,
    Withdrawn = 3,
    Expired = 4,
};

enum class InvitationSource : int {
    Profile = 0,
    Search = 1,
    MyNetwork = 2,
    PeopleYouMayKnow = 3,
    AddressBook = 4,
    EmailInvite = 5,
};

enum class NotificationKind : int {
    Reminder1 = 1,
    Reminder2 = 2,
    Accepted = 3,
};

enum class OutboxKind : int {
    Invitation = 1,
    Reminder1 = 2,
    Reminder2 = 3,
};

constexpr qint64 kMsPerDay = 24LL * 60 * 60 * 1000;

// R21: what the team store's join_with_code() answers when it creates no
// member (a new member's id otherwise).
enum class JoinOutcome : qint64 {
    Invalid = -1, // a field too long, a login or password verifier of the wrong shape
    WrongCode = -2, // no such code for the address, used, or expired
    TooManyTries = -3, // too many wrong codes for the address this hour
    AlreadyMember = -4,
    LoginTaken = -5,
};
// Wrong codes per address and hour, and for all addresses together.
constexpr int kJoinTriesPerHour = 5;
constexpr int kJoinTriesPerHourAll = 10000;

struct Member
{
    qint64 id = 0;
    QString name;
    QString headline;
    QString company;
    QString school;
    QString location;
    QString email;
    QString phone;
    qint64 joinedMs = 0;
};

struct Invitation
{
    qint64 id = 0;
    qint64 senderId = 0;
    qint64 recipientId = 0; // 0 while the recipient is only an address
    QString recipientEmail;
    QString note;
    InvitationSource source = InvitationSource::Profile;
    InvitationState state = InvitationState::Pending;
    qint64 sentMs = 0;
    qint64 expiresMs = 0;
    qint64 respondedMs = 0;
    int remindersSent = 0;
    qint64 nextDueMs = 0;
    // Set when the sender withdrew an invitation the recipient had ignored
    // (they never learn it was ignored, R4), or when the pair connected.
    qint64 senderClosedMs = 0;

    bool isToAddress() const { return recipientId == 0; }
};

struct Notification
{
    qint64 id = 0;
    qint64 memberId = 0;
    NotificationKind kind = NotificationKind::Accepted;
    qint64 invitationId = 0;
    qint64 actorId = 0;
    qint64 createdMs = 0;
    qint64 readMs = 0;
};

struct OutboxEmail
{
    qint64 id = 0;
    QString toEmail;
    qint64 senderId = 0;
    qint64 invitationId = 0;
    OutboxKind kind = OutboxKind::Invitation;
    qint64 createdMs = 0;
};
