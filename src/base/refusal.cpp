#include "base/refusal.h"

#include "base/datetext.h"

QString Refusal::message(Reason reason, const Details &d)
{
    switch (reason) {
    case None:
        return {};
    case Yourself:
        return tr("You cannot invite yourself.");
    case UnknownMember:
        return tr("This member does not exist (any more).");
    case AlreadyConnected:
        return tr("You and %1 are already connected.").arg(d.name);
    case AlreadyPending:
        return tr("You have already invited %1. The invitation is waiting for a response.").arg(d.name);
    case CoolDown:
        return tr("You withdrew your invitation to %1. You can invite them again on %2.")
            .arg(d.name, DateText::longDate(d.dateMs));
    case WeeklyLimit:
        return tr("You have reached the limit of %n invitation(s) in seven days. Try again in a few days.", "",
                  d.limit);
    case NoteTooLong:
        return tr("The personal note is too long: at most %n character(s).", "", d.limit);
    case InvalidEmail:
        return tr("“%1” is not a valid email address.").arg(d.name);
    case TextTooLong:
        return tr("%1: too long, at most %n character(s).", "", d.limit).arg(d.name);
    case NameRequired:
        return tr("Please enter your name: it is how people find and recognise you.");
    case EmailIsAdministrators:
        return tr("On a team store your e-mail address belongs to your login: ask the store's administrator to change "
                  "it.");
    case EmailTaken:
        return tr("The email address %1 already belongs to a member.").arg(d.name);
    case NotFound:
        return tr("This invitation no longer exists.");
    case NotRecipient:
        return tr("This invitation was not sent to you.");
    case NotConnected:
        return tr("You are not connected with %1.").arg(d.name);
    case NotSender:
        return tr("Only the person who sent an invitation can withdraw it.");
    case AlreadyAccepted:
        return tr("This invitation has already been accepted.");
    case AlreadyAnswered:
        return tr("This invitation has already been answered.");
    case Withdrawn:
        return tr("%1 has withdrawn this invitation.").arg(d.name);
    case Expired:
        return tr("This invitation has expired.");
    case StoreBusy:
        return tr("Another program is writing to the store right now. Nothing was changed; "
                  "try again in a moment.");
    case ServerAway:
        return tr("The team server cannot be reached right now. Nothing was changed; My Network reconnects "
                  "by itself, try again once the status bar no longer says “Reconnecting”.");
    case StoreFailure:
        return tr("The change could not be saved: %1").arg(d.error);
    }
    return {};
}

ActionResult ActionResult::refused(Refusal::Reason reason, const Refusal::Details &details)
{
    ActionResult r;
    r.reason = reason;
    r.message = Refusal::message(reason, details);
    if (reason == Refusal::CoolDown)
        r.availableFromMs = details.dateMs;
    return r;
}
