#pragma once

#include "base/refusal.h"
#include "base/types.h"

#include <QList>
#include <QString>

class Store;

// Where the invitation rules run: in C++ on a SQLite store (LocalRules), in
// the store's own PL/pgSQL functions on a team store (ServerRules), so that
// a member's login cannot get past them. InvitationService checks what
// needs no store first and picks one of these; each action is one
// transaction, and a refusal writes nothing.
class RuleBackend
{
public:
    virtual ~RuleBackend() = default;

    // R1–R3, R8, R13 to a member; R2's crossed invitation is accepted instead.
    virtual ActionResult send(qint64 sender, qint64 recipient, const QString &note, InvitationSource source) = 0;
    // R9 to an address (normalised) that may or may not be a member's.
    virtual ActionResult sendToAddress(qint64 sender, const QString &address, const QString &note,
                                       InvitationSource source) = 0;
    // R3 and R4: accept or ignore a received invitation.
    virtual ActionResult answer(qint64 member, qint64 invitationId, bool accept) = 0;
    // R8: all of them or none.
    virtual ActionResult withdraw(qint64 member, const QList<qint64> &invitationIds) = 0;
    // R14.
    virtual ActionResult removeConnection(qint64 member, qint64 other) = 0;
    // R19: the member's own fields, checked already; `profile.email` is
    // changed where the store lets a member change it (a local store).
    virtual ActionResult updateProfile(qint64 member, const Member &profile) = 0;
    // R19: PNG images of TextLimits' two sizes, or both empty: no photo.
    virtual ActionResult setPhoto(qint64 member, const QByteArray &small, const QByteArray &large) = 0;
};

// A store's failure as a refusal people can read: busy, server away, or
// the store's own words.
ActionResult storeFailure(const Store &store, const QString &error);
