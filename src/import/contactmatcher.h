#pragma once

#include "addressbook/importtypes.h"

class Store;

// Where an imported contact stands with the member who imported it.
enum class ContactStatus : int {
    CanConnect, // a member; Connect
    Connected,
    InvitationSent, // pending from you (to the member or the address)
    InvitationReceived, // pending from them
    CoolDown, // until availableFromMs
    NotMember, // invite by e-mail
    InvalidAddress,
    Duplicate, // an earlier row of the same file has this address
    Yourself,
    PossibleMatch, // no address; a member with that name (and company)
    NoAddress,
};

struct ContactMatch
{
    ImportedContact contact;
    QString email; // the address used: the member's, else the first valid one
    QString emailNorm; // empty for a contact without a valid address
    ContactStatus status = ContactStatus::NoAddress;
    qint64 memberId = 0; // the member the contact is, or may be
    QString memberName; // the member's name (a possible match's: the one it was found by)
    QString memberHeadline; // a possible match's headline, to tell namesakes apart
    bool kept = false; // already among the owner's contacts, under the same key
    QString keptName; // the name it is kept under there
    qint64 availableFromMs = 0; // CoolDown
    qint64 invitationId = 0; // InvitationSent / InvitationReceived

    bool isMember() const { return memberId != 0; }
    // The file's name is not the member's ("Hans Meier" found as Lukas Meier).
    bool memberNamedOtherwise() const;
    // Kept before under another name: keeping replaces it.
    bool renamed() const;
    // Whether keeping the file stores this contact (a duplicate row or
    // yourself are not stored).
    static bool isKeepable(ContactStatus s) { return s != ContactStatus::Duplicate && s != ContactStatus::Yourself; }
    // Shown among the members (Connect) rather than the addresses (invite to join).
    bool listedWithMembers() const { return isMember() || status == ContactStatus::Yourself; }
    // Invite selected may act on a contact in this state.
    static bool isSelectable(ContactStatus s)
    {
        return s == ContactStatus::CanConnect || s == ContactStatus::NotMember || s == ContactStatus::PossibleMatch;
    }
    bool isSelectable() const { return isSelectable(status); }
};

// Classifies a whole file's contacts with one query per few thousand
// addresses, never one query per contact and relation.
class ContactMatcher final
{
    Q_DECLARE_TR_FUNCTIONS(ContactMatcher)
public:
    // Values per statement, bound as one JSON array.
    static constexpr int kBatch = 5000;

    static QList<ContactMatch> classify(const Store &store, qint64 owner, qint64 nowMs, QList<ImportedContact> contacts,
                                        QString *error = nullptr);
    // In place, on matches whose `contact` the reader filled: a large file
    // is never held twice.
    static bool classify(const Store &store, qint64 owner, qint64 nowMs, QList<ContactMatch> &matches,
                         QString *error = nullptr);
    // "Member", "Already connected", "In cool-down until 3 March 2027", …
    static QString statusText(const ContactMatch &match) { return statusText(match, match.status); }
    static QString statusText(const ContactMatch &match, ContactStatus status);
    // statusText with whom it matched and how it is kept, where that
    // differs from the file: "Already connected · found as …".
    static QString fullStatusText(const ContactMatch &match, ContactStatus status);
    // The key a contact is stored under: its address, else name and company.
    static QString dedupeKey(const QString &emailNorm, const QString &name, const QString &company);
};
