#include "store/sqlplaceholders.h"

#include "base/changeset.h"
#include "base/refusal.h"
#include "base/textlimits.h"
#include "base/types.h"
#include "store/changelog.h"
#include "store/rulessettings.h"
#include <QHash>

namespace SqlPlaceholders {

QString fill(QString statement)
{
    const RulesSettings defaults;
    const QList<QPair<const char *, qint64>> values{
        {"PENDING", qint64(InvitationState::Pending)},
        {"ACCEPTED", qint64(InvitationState::Accepted)},
        {"IGNORED", qint64(InvitationState::Ignored)},
        {"WITHDRAWN", qint64(InvitationState::Withdrawn)},
        {"EXPIRED", qint64(InvitationState::Expired)},
        {"R_NONE", Refusal::None},
        {"R_YOURSELF", Refusal::Yourself},
        {"R_UNKNOWN", Refusal::UnknownMember},
        {"R_CONNECTED", Refusal::AlreadyConnected},
        {"R_PENDING", Refusal::AlreadyPending},
        {"R_COOLDOWN", Refusal::CoolDown},
        {"R_WEEKLY", Refusal::WeeklyLimit},
        {"R_NOTE", Refusal::NoteTooLong},
        {"R_INVALID_EMAIL", Refusal::InvalidEmail},
        {"R_NOT_FOUND", Refusal::NotFound},
        {"R_NOT_RECIPIENT", Refusal::NotRecipient},
        {"R_NOT_SENDER", Refusal::NotSender},
        {"R_NOT_CONNECTED", Refusal::NotConnected},
        {"R_ACCEPTED", Refusal::AlreadyAccepted},
        {"R_ANSWERED", Refusal::AlreadyAnswered},
        {"R_WITHDRAWN", Refusal::Withdrawn},
        {"R_EXPIRED", Refusal::Expired},
        {"N_ACCEPTED", qint64(NotificationKind::Accepted)},
        {"O_INVITATION", qint64(OutboxKind::Invitation)},
        {"T_INVITATIONS", ChangeSet::Invitations},
        {"T_NOTIFICATIONS", ChangeSet::Notifications},
        {"T_CONNECTIONS", ChangeSet::Connections},
        {"T_SUGGESTIONS", ChangeSet::Suggestions},
        {"T_OUTBOX", ChangeSet::Outbox},
        {"MAX_NOTE", RulesSettings::kMaxNoteLength},
        {"WEEK_MS", RulesSettings::kLimitWindowMs},
        {"WEEKLY", defaults.weeklyLimit},
        {"COOLDOWN_MS", defaults.cooldownMs},
        {"FIRST_MS", defaults.firstReminderAfterMs},
        {"SECOND_MS", defaults.secondReminderBeforeExpiryMs},
        {"EXPIRY_MONTHS", defaults.expiryMonths},
        {"KEPT_ROWS", ChangeLog::kKeptRows},
        {"MAX_SOURCE", qint64(InvitationSource::EmailInvite)},
        {"T_PROFILE", ChangeSet::Profile},
        {"T_ALL", ChangeSet::All},
        {"J_INVALID", qint64(JoinOutcome::Invalid)},
        {"J_WRONG_CODE", qint64(JoinOutcome::WrongCode)},
        {"J_TOO_MANY", qint64(JoinOutcome::TooManyTries)},
        {"J_MEMBER", qint64(JoinOutcome::AlreadyMember)},
        {"J_LOGIN_TAKEN", qint64(JoinOutcome::LoginTaken)},
        {"JOIN_TRIES", kJoinTriesPerHour},
        {"JOIN_TRIES_ALL", kJoinTriesPerHourAll},
        {"L_NAME", TextLimits::kName},
        {"L_HEADLINE", TextLimits::kHeadline},
        {"L_COMPANY", TextLimits::kCompany},
        {"L_SCHOOL", TextLimits::kSchool},
        {"L_LOCATION", TextLimits::kLocation},
        {"L_EMAIL", TextLimits::kEmail},
        {"L_PHONE", TextLimits::kPhone},
        {"L_LOGIN", TextLimits::kLogin},
        {"L_DEDUPE", TextLimits::kDedupeKey},
        {"L_SETTING_NAME", TextLimits::kSettingName},
        {"L_SETTING_VALUE", TextLimits::kSettingValue},
        {"MAX_CONTACTS", TextLimits::kMaxContacts},
        {"DAILY_LOOKUPS", TextLimits::kDailyLookups},
        {"L_PHOTO_SMALL_BYTES", TextLimits::kPhotoSmallBytes},
        {"L_PHOTO_LARGE_BYTES", TextLimits::kPhotoLargeBytes},
        {"PHOTO_SMALL_PX", TextLimits::kPhotoSmallPx},
        {"PHOTO_LARGE_PX", TextLimits::kPhotoLargePx},
    };
    for (const auto &[name, value] : values)
        statement.replace(QLatin1Char('{') + QLatin1String(name) + QLatin1Char('}'), QString::number(value));
    return statement;
}

}
