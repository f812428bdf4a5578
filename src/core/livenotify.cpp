#include "core/livenotify.h"

namespace LiveNotify {

QString markAppTransaction()
{
    return QStringLiteral("SET LOCAL mynetwork.app = 'on'");
}

QStringList schemaStatements()
{
    // Payload: {"seq": change_log number or 0, "o": origin (0: not the app),
    // "c": the change set as change_log holds it (absent when too large)}.
    return {
        QStringLiteral(
            "CREATE FUNCTION change_log_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            " PERFORM pg_notify('%1', CASE WHEN octet_length(NEW.payload) < %2"
            "  THEN '{\"seq\":' || NEW.seq || ',\"o\":' || NEW.origin || ',\"c\":' || NEW.payload || '}'"
            "  ELSE '{\"seq\":' || NEW.seq || ',\"o\":' || NEW.origin || '}' END);"
            " RETURN NULL; END $$")
            .arg(QLatin1String(kChannel)).arg(kMaxInlinePayload),
        QStringLiteral("CREATE TRIGGER change_log_notify AFTER INSERT ON change_log"
                       " FOR EACH ROW EXECUTE FUNCTION change_log_notify()"),
        // Another program's change to an invitation: both sides re-read it.
        QStringLiteral(
            "CREATE FUNCTION invitation_notify() RETURNS trigger LANGUAGE plpgsql AS $$"
            " DECLARE r record; BEGIN"
            " IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;"
            " PERFORM pg_notify('%1', json_build_object('seq', 0, 'o', 0, 'c', json_build_object("
            "  'i', json_build_array(json_build_array(r.id, r.sender_id, COALESCE(r.recipient_id, 0))),"
            "  'm', json_build_array(json_build_array(r.sender_id, 1),"
            "                        json_build_array(COALESCE(r.recipient_id, 0), 1))))::text);"
            " RETURN NULL; END $$").arg(QLatin1String(kChannel)),
        QStringLiteral(
            "CREATE FUNCTION member_topic_notify() RETURNS trigger LANGUAGE plpgsql AS $$"
            " DECLARE r record; BEGIN"
            " IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;"
            " PERFORM pg_notify('%1', json_build_object('seq', 0, 'o', 0, 'c', json_build_object('m',"
            "  json_build_array(json_build_array(to_json(r) -> TG_ARGV[0], CAST(TG_ARGV[2] AS int)),"
            "                   json_build_array(COALESCE(to_json(r) -> TG_ARGV[1], '0'), CAST(TG_ARGV[2] AS int)))"
            "  ))::text);"
            " RETURN NULL; END $$").arg(QLatin1String(kChannel)),
        // WHEN keeps the app's own transactions from even calling them.
        QStringLiteral("CREATE TRIGGER invitations_notify AFTER INSERT OR UPDATE OR DELETE ON invitations"
                       " FOR EACH ROW WHEN (current_setting('mynetwork.app', true) IS DISTINCT FROM 'on')"
                       " EXECUTE FUNCTION invitation_notify()"),
        QStringLiteral("CREATE TRIGGER connections_notify AFTER INSERT OR UPDATE OR DELETE ON connections"
                       " FOR EACH ROW WHEN (current_setting('mynetwork.app', true) IS DISTINCT FROM 'on')"
                       " EXECUTE FUNCTION member_topic_notify('member_id', 'other_id', '8')"),
        QStringLiteral("CREATE TRIGGER notifications_notify AFTER INSERT OR UPDATE OR DELETE ON notifications"
                       " FOR EACH ROW WHEN (current_setting('mynetwork.app', true) IS DISTINCT FROM 'on')"
                       " EXECUTE FUNCTION member_topic_notify('member_id', 'member_id', '2')"),
        QStringLiteral("CREATE TRIGGER members_notify AFTER INSERT OR UPDATE OR DELETE ON members"
                       " FOR EACH ROW WHEN (current_setting('mynetwork.app', true) IS DISTINCT FROM 'on')"
                       " EXECUTE FUNCTION member_topic_notify('id', 'id', '17')"),
    };
}

}
