#pragma once

#include <Qt>

// Item-data roles of every model. Raw values sit beside the display
// strings; sorting and logic use the raw ones.
namespace Roles {
enum Role : int {
    InvitationId = Qt::UserRole + 1,
    PersonId, // 0 for an address that is not a member
    PersonName,
    Headline,
    Email,
    Note,
    SentMs,
    ExpiresMs,
    MutualCount,
    RemindersSent,
    IsToAddress,
    Initials,
    SentText, // "3 weeks ago"
    ExpiryText, // "expires in 5 months"
    MutualText, // "12 mutual connections"
    ReasonText, // why someone is suggested
    Score, // suggestion rank, higher first
    Title, // a notification's or e-mail's first line
    Body,
    CreatedMs,
    Unread,
    RelationKind, // Relation::Kind of the viewer to this person
    RelationText, // the one button's label: Connect, Pending, Accept...
    Company,
    Location,
    ImportGroup, // ImportPreviewModel::Group
    ImportStatus, // ContactStatus
    Selectable, // Invite selected may act on the row
    CardState, // SuggestionsModel::CardState of a suggestion's card
    DetailText, // a person card's third line, when not company and place
    MessageKind, // NotificationKind or OutboxKind
    MessageId, // a notification's or e-mail's row
    IsOpen, // a reminder's invitation still awaits an answer
    DegreeText, // 1st, 2nd, 3rd+ from the viewer (R19)
    MutualIds, // up to three mutual connections named, for their faces (R19)
};
}
