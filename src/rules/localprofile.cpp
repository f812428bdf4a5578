#include "rules/localrules.h"

#include "base/changeset.h"
#include "base/clock.h"
#include "base/email.h"
#include "base/textfold.h"
#include "rules/network.h"
#include "store/sql.h"
#include "store/store.h"

#include <QSqlQuery>

// LocalRules' part of R19: a member's own profile and photo.

ActionResult LocalRules::updateProfile(qint64 member, const Member &p)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return failed(tx.error());
    const std::optional<Member> before = m_network.member(member);
    if (!before)
        return ActionResult::refused(Refusal::UnknownMember);
    const QString address = Email::normalized(p.email);
    if (address != Email::normalized(before->email)) {
        const std::optional<Member> owner = m_network.memberByEmail(address);
        if (owner && owner->id != member) {
            Refusal::Details d;
            d.name = p.email.trimmed();
            return ActionResult::refused(Refusal::EmailTaken, d);
        }
    }
    QSqlQuery q(m_store.database());
    QString error;
    if (!Sql::exec(q,
                   QStringLiteral("UPDATE members SET name = ?, headline = ?, company = ?, school = ?, location = ?,"
                                  " email = ?, email_norm = ?, phone = ?, search_key = ? WHERE id = ?"),
                   {p.name, Sql::text(p.headline), Sql::text(p.company), Sql::text(p.school), Sql::text(p.location),
                    p.email, address, Sql::text(p.phone), TextFold::searchKey(p.name, p.headline, p.company), member},
                   &error))
        return failed(error);
    // Public: everyone's cards, searches and suggestions show the new face.
    tx.changes().member(member, ChangeSet::Profile);
    if (!tx.commit(&error))
        return failed(error);
    return {};
}

ActionResult LocalRules::setPhoto(qint64 member, const QByteArray &small, const QByteArray &large)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return failed(tx.error());
    if (!m_network.member(member))
        return ActionResult::refused(Refusal::UnknownMember);
    QSqlQuery q(m_store.database());
    QString error;
    const bool ok = small.isEmpty()
        ? Sql::exec(q, QStringLiteral("DELETE FROM member_photos WHERE member_id = ?"), {member}, &error)
        : Sql::exec(q,
                    QStringLiteral("INSERT INTO member_photos (member_id, small, large, changed_ms) VALUES (?, ?, ?, ?)"
                                   " ON CONFLICT (member_id) DO UPDATE SET small = excluded.small,"
                                   " large = excluded.large, changed_ms = excluded.changed_ms"),
                    {member, small, large, m_clock.nowMs()}, &error);
    if (!ok)
        return failed(error);
    tx.changes().member(member, ChangeSet::Profile);
    if (!tx.commit(&error))
        return failed(error);
    return {};
}
