#include "rules/suggestions.h"

#include "base/types.h"
#include "store/sql.h"
#include "store/statement.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

// Candidates taken from each source before ranking: enough that the
// exclusions below still leave a full page.
constexpr int kPerSource = 300;
constexpr int kMutualWeight = 10;
constexpr int kContactWeight = 25;
constexpr int kCompanyWeight = 6;
constexpr int kSchoolWeight = 4;
constexpr int kLocationWeight = 2;
constexpr int kPending = int(InvitationState::Pending);
constexpr int kIgnored = int(InvitationState::Ignored);

QSet<qint64> ids(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> params)
{
    QSet<qint64> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Sql::exec(q, sql, params)) {
        while (q.next())
            result.insert(q.value(0).toLongLong());
    }
    return result;
}

}

namespace {

// Who must not appear: connections, whom one invited (an ignored one too:
// R4), who invited one, cool-downs, dismissals, oneself.
QSet<qint64> excludedFor(const QSqlDatabase &db, qint64 member, qint64 nowMs, const QList<qint64> &alsoExclude)
{
    QSet<qint64> excluded = ids(db, QStringLiteral("SELECT other_id FROM connections WHERE member_id = ?"), {member});
    excluded += ids(
        db,
        QStringLiteral("SELECT recipient_id FROM invitations WHERE sender_id = ? AND recipient_id IS NOT NULL"
                       " AND (state = %1 OR (state = %2 AND sender_closed_ms IS NULL)) AND expires_ms > ?")
            .arg(kPending)
            .arg(kIgnored),
        {member, nowMs});
    excluded += ids(db,
                    QStringLiteral("SELECT sender_id FROM invitations WHERE recipient_id = ? AND state = %1"
                                   " AND expires_ms > ?")
                        .arg(kPending),
                    {member, nowMs});
    excluded += ids(db,
                    QStringLiteral("SELECT recipient_id FROM cooldowns WHERE sender_id = ? AND recipient_id IS NOT NULL"
                                   " AND until_ms > ?"),
                    {member, nowMs});
    excluded += ids(db, QStringLiteral("SELECT other_id FROM dismissed_suggestions WHERE member_id = ?"), {member});
    excluded.insert(member);
    for (qint64 id : alsoExclude)
        excluded.insert(id);

    return excluded;
}

// Candidates from each source, with their reasons.
QHash<qint64, Suggestion> candidatesFor(const QSqlDatabase &db, qint64 member, const QSet<qint64> &excluded,
                                        const Member &self, const Dialect &dialect)
{
    const QString &company = self.company;
    const QString &school = self.school;
    const QString &location = self.location;
    QHash<qint64, Suggestion> candidates;
    // Friends of friends, counted: the strongest signal.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Sql::exec(q,
                  QStringLiteral("SELECT c2.other_id, COUNT(*) AS mutual FROM connections c1"
                                 " JOIN connections c2 ON c2.member_id = c1.other_id"
                                 " WHERE c1.member_id = ? GROUP BY c2.other_id ORDER BY mutual DESC LIMIT ?"),
                  {member, kPerSource + excluded.size()})) {
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!excluded.contains(id))
                candidates[id].mutual = q.value(1).toInt();
        }
    }
    // Imported contacts who are members.
    for (qint64 id : ids(db, dialect.contactMemberIds(), {member})) {
        if (!excluded.contains(id))
            candidates[id].inContacts = true;
    }
    const auto shared = [&](const QString &column, const QString &value) {
        if (value.isEmpty())
            return QSet<qint64>();
        return ids(db, QStringLiteral("SELECT id FROM members WHERE %1 = ? LIMIT ?").arg(column),
                   {value, kPerSource + excluded.size()});
    };
    for (qint64 id : shared(QStringLiteral("company"), company)) {
        if (!excluded.contains(id))
            candidates[id].sameCompany = true;
    }
    for (qint64 id : shared(QStringLiteral("school"), school)) {
        if (!excluded.contains(id))
            candidates[id].sameSchool = true;
    }
    // Someone from the same place is the weakest reason, yet a reason.
    for (qint64 id : shared(QStringLiteral("location"), location)) {
        if (!excluded.contains(id))
            candidates[id].sameLocation = true;
    }

    return candidates;
}

// Scored, the best few with their details, in order.
QList<Suggestion> rank(const QSqlDatabase &db, const QHash<qint64, Suggestion> &candidates, int limit,
                       const QString &location)
{
    QList<Suggestion> ranked;
    ranked.reserve(candidates.size());
    Statement details(db);
    details.prepare(QStringLiteral("SELECT name, headline, company, school, location FROM members WHERE id = ?"));
    QSqlQuery &person = details.query();
    for (auto it = candidates.begin(); it != candidates.end(); ++it) {
        Suggestion s = it.value();
        s.memberId = it.key();
        ranked.append(s);
    }
    // Details only for the best few.
    const auto preScore = [](const Suggestion &s) {
        return s.mutual * kMutualWeight + (s.inContacts ? kContactWeight : 0) + (s.sameCompany ? kCompanyWeight : 0)
            + (s.sameSchool ? kSchoolWeight : 0) + (s.sameLocation ? kLocationWeight : 0);
    };
    for (Suggestion &s : ranked)
        s.score = preScore(s);
    const auto better = [](const Suggestion &a, const Suggestion &b) {
        return a.score != b.score ? a.score > b.score : a.memberId < b.memberId;
    };
    const int keep = qMin(int(ranked.size()), limit * 2);
    std::partial_sort(ranked.begin(), ranked.begin() + keep, ranked.end(), better);
    ranked.resize(keep);
    for (Suggestion &s : ranked) {
        if (!details.run({s.memberId}) || !person.next())
            continue;
        s.name = person.value(0).toString();
        s.headline = person.value(1).toString();
        s.company = person.value(2).toString();
        s.school = person.value(3).toString();
        s.location = person.value(4).toString();
        const bool here = !location.isEmpty() && s.location == location;
        if (here && !s.sameLocation)
            s.score += kLocationWeight; // beyond the few fetched by place
        s.sameLocation = here;
    }
    std::sort(ranked.begin(), ranked.end(), better);
    if (ranked.size() > limit)
        ranked.resize(limit);
    return ranked;
}

}

namespace Suggestions {

QList<Suggestion> compute(const QSqlDatabase &db, qint64 member, int limit, qint64 nowMs,
                          const QList<qint64> &alsoExclude, const Dialect &dialect)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q, QStringLiteral("SELECT company, school, location FROM members WHERE id = ?"), {member})
        || !q.next())
        return {};
    Member self;
    self.company = q.value(0).toString();
    self.school = q.value(1).toString();
    self.location = q.value(2).toString();
    q.finish();
    const QSet<qint64> excluded = excludedFor(db, member, nowMs, alsoExclude);
    return rank(db, candidatesFor(db, member, excluded, self, dialect), limit, self.location);
}

}
