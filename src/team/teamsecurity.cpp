#include "team/teamsecurity.h"

namespace TeamSecurity {

QStringList grantStatements(const QString &role)
{
    QStringList s{
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA mynetwork FROM %1"),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA mynetwork FROM %1"),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA mynetwork_view FROM %1"),
        QStringLiteral("GRANT USAGE ON SCHEMA mynetwork, mynetwork_view TO %1"),
        QStringLiteral("GRANT SELECT ON mynetwork.schema_version, mynetwork.settings, mynetwork.connections,"
                       " mynetwork.cooldowns, mynetwork.outbox, mynetwork.notifications, mynetwork.member_photos"
                       " TO %1"),
        QStringLiteral("GRANT UPDATE (read_ms) ON mynetwork.notifications TO %1"),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON mynetwork.contacts, mynetwork.dismissed_suggestions"
                       " TO %1"),
        QStringLiteral("GRANT SELECT ON mynetwork_view.members, mynetwork_view.invitations TO %1"),
        // Functions in views and policies run with the caller's right to call them.
        QStringLiteral("GRANT EXECUTE ON FUNCTION mynetwork.my_member(), mynetwork.my_connection_ids(),"
                       " mynetwork.effective_now(bigint),"
                       " mynetwork.send_invitation(bigint, bigint, text, int, bigint, bigint),"
                       " mynetwork.send_to_address(bigint, text, text, int, bigint, bigint),"
                       " mynetwork.accept_invitation(bigint, bigint, bigint, bigint),"
                       " mynetwork.ignore_invitation(bigint, bigint, bigint, bigint),"
                       " mynetwork.withdraw_invitations(bigint, bigint[], bigint, bigint),"
                       " mynetwork.remove_connection(bigint, bigint, bigint, bigint),"
                       " mynetwork.log_change(bigint, text), mynetwork.members_by_email(json),"
                       " mynetwork.contact_member_ids(), mynetwork.connection_count(bigint),"
                       " mynetwork.changes_since(bigint), mynetwork.address_lookups_left(), mynetwork.fold(text),"
                       " mynetwork.update_my_profile(bigint, text, text, text, text, text, text, bigint),"
                       " mynetwork.set_my_photo(bigint, bytea, bytea, bigint, bigint),"
                       " mynetwork.set_my_language(bigint, text) TO %1"),
    };
    for (QString &statement : s)
        statement = statement.arg(role);
    s.append(QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA mynetwork FROM PUBLIC"));
    return s;
}

}
