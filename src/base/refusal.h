#pragma once

#include <QCoreApplication>
#include <QString>

// Why the rules refused an action. Each reason has a message a person
// understands; the message is built in the language active at the time.
class Refusal
{
    Q_DECLARE_TR_FUNCTIONS(Refusal)
public:
    enum Reason {
        None,
        Yourself,
        UnknownMember,
        AlreadyConnected,
        AlreadyPending,
        CoolDown,
        WeeklyLimit,
        NoteTooLong,
        InvalidEmail,
        EmailTaken,
        NotFound,
        NotRecipient,
        NotSender,
        NotConnected,
        AlreadyAccepted,
        AlreadyAnswered,
        Withdrawn,
        Expired,
        StoreFailure,
        StoreBusy,
        ServerAway,
        TextTooLong, // Details: name is the field, limit its length
        NameRequired,
        EmailIsAdministrators, // a team store's member cannot change it
    };

    struct Details
    {
        QString name; // the other person, or the address
        qint64 dateMs = 0; // cool-down end
        int limit = 0;
        QString error; // the store's own words, for StoreFailure
    };

    static QString message(Reason reason, const Details &details);
    static QString message(Reason reason) { return message(reason, Details()); }
};

struct ActionResult
{
    Refusal::Reason reason = Refusal::None;
    QString message;
    qint64 invitationId = 0;
    // R2: a Connect that accepted the other side's pending invitation.
    bool acceptedInstead = false;
    // R8: when a refused send becomes possible again.
    qint64 availableFromMs = 0;

    bool ok() const { return reason == Refusal::None; }
    static ActionResult refused(Refusal::Reason reason, const Refusal::Details &details);
    static ActionResult refused(Refusal::Reason reason) { return refused(reason, Refusal::Details()); }
};
