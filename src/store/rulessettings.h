#pragma once

#include "base/types.h"

class QSqlDatabase;

// The tunable parts of the rules, kept in the store's settings table.
struct RulesSettings
{
    qint64 firstReminderAfterMs = 14 * kMsPerDay;
    qint64 secondReminderBeforeExpiryMs = 14 * kMsPerDay;
    int weeklyLimit = 100;
    qint64 cooldownMs = 21 * kMsPerDay;
    int expiryMonths = 6;

    static constexpr int kMaxNoteLength = 300;
    static constexpr qint64 kLimitWindowMs = 7 * kMsPerDay;

    // Missing entries keep their defaults.
    static RulesSettings load(const QSqlDatabase &db);
    bool save(QSqlDatabase &db, QString *error) const;
};
