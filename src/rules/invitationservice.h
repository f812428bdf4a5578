#pragma once

#include "base/refusal.h"
#include "base/types.h"
#include "rules/network.h"
#include "store/rulessettings.h"

#include <QObject>

#include <functional>
#include <memory>

class Clock;
class RuleBackend;
struct ChangeSet;
class Store;
class Transaction;

struct JoinResult
{
    ActionResult result;
    qint64 memberId = 0;
    QList<qint64> invitationIds; // address invitations that became received ones (R9)
};

// The invitation rules (R1–R4, R7–R9, R13). Every action is one
// transaction; every refusal writes nothing and says why. What needs no
// store is checked here; the rest runs where the store is (RuleBackend).
class InvitationService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvitationService)
public:
    InvitationService(Store &store, Clock &clock, QObject *parent = nullptr);
    ~InvitationService() override;

    const Network &network() const { return m_network; }
    const Store &store() const { return m_store; }
    const Clock &clock() const { return m_clock; }
    const RulesSettings &rules() const { return m_rules; }
    // Saves the settings and moves every pending invitation's due time.
    bool setRules(const RulesSettings &rules, QString *error = nullptr);
    // Reads the settings again (another service on this store set them).
    void reloadRules();

    ActionResult invite(qint64 sender, qint64 recipient, const QString &note, InvitationSource source);
    // Routes to invite() when the address belongs to a member.
    ActionResult inviteByEmail(qint64 sender, const QString &email, const QString &note, InvitationSource source);
    ActionResult accept(qint64 member, qint64 invitationId);
    ActionResult ignore(qint64 member, qint64 invitationId);
    ActionResult withdraw(qint64 member, qint64 invitationId);
    // Several at once, in one transaction: all are withdrawn or none.
    ActionResult withdrawAll(qint64 member, const QList<qint64> &invitationIds);
    // `alsoInTransaction` runs in the join's transaction before it commits
    // (the admin tool ties the login there); false rolls it all back.
    using JoinStep = std::function<bool(qint64 memberId, QString *error)>;
    JoinResult join(const Member &member, const JoinStep &alsoInTransaction = {});
    // Several members in one transaction: all join or none, and `result`
    // says why not. `alsoInTransaction` runs after each one's insert with
    // its index in `members`.
    using BatchStep = std::function<bool(qsizetype index, qint64 memberId, QString *error)>;
    QList<JoinResult> joinAll(const QList<Member> &members, ActionResult *result,
                              const BatchStep &alsoInTransaction = {});
    // What a joining member must be before any store is asked: a valid
    // address, every field within its limit.
    static ActionResult checkJoin(const Member &member);
    // R14: either side ends a connection; the other is not told, and
    // either may invite again at once (no cool-down).
    ActionResult removeConnection(qint64 member, qint64 other);
    // Marks every notification of the member read; returns how many were unread.
    int markNotificationsRead(qint64 member);
    // Marks one notification of the member read (opened); false if it was
    // read already or is not theirs.
    bool markNotificationRead(qint64 member, qint64 notificationId);
    // Hides `other` from the member's people you may know, for good.
    bool dismissSuggestion(qint64 member, qint64 other);
    // Undo of a dismissal: `other` may be suggested again.
    bool restoreSuggestion(qint64 member, qint64 other);

    int remainingThisWeek(qint64 member) const;
    // R13: when the member can send again once this week's are used up.
    qint64 nextSendAfterLimitMs(qint64 member) const { return m_network.nextLimitSlotMs(member); }

    // R19: the member's own name, headline, company, school, location and
    // phone (and e-mail address on a local store), trimmed and checked.
    ActionResult updateProfile(qint64 member, Member profile);
    // R19: the member's photo as PhotoImage encodes it (two PNG sizes);
    // both empty take it away.
    ActionResult setPhoto(qint64 member, const QByteArray &small, const QByteArray &large);

signals:
    // What an action of this service did, for whoever asked for it; views
    // follow the store's ChangeFeed, which also carries everyone else's.
    void invitationSent(qint64 invitationId);
    void invitationAccepted(qint64 invitationId);
    void invitationWithdrawn(qint64 invitationId);
    void memberJoined(qint64 memberId, const QList<qint64> &invitationIds);
    void suggestionDismissed(qint64 member, qint64 other);
    void suggestionRestored(qint64 member, qint64 other);
    // Any change that can move the expiry engine's next due moment.
    void scheduleChanged();
    // setRules() saved new settings (emitted before scheduleChanged).
    void rulesChanged();

private:
    bool setDismissed(qint64 member, qint64 other, bool dismissed);
    static ActionResult noteTooLong();
    ActionResult told(const ActionResult &r);
    bool takeOverAddress(Transaction &tx, const QString &address, JoinResult *j, QString *error);
    bool insertMember(Transaction &tx, const Member &member, JoinResult *j, QString *error);

    Store &m_store;
    Clock &m_clock;
    Network m_network;
    RulesSettings m_rules;
    // LocalRules on SQLite, ServerRules on a team store.
    std::unique_ptr<RuleBackend> m_backend;
};
