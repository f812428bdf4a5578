#include "core/teamsecurity.h"

#include "core/livenotify.h"
#include "core/rulefunctions.h"
#include "core/sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace TeamSecurity {

namespace {

// Whether the row's member is the signed-in one or one of their first-degree
// connections: the rows of R11's private fields.
const char *const kFullView = "(m.id = (SELECT mynetwork.my_member())"
                              " OR m.id IN (SELECT mynetwork.my_connection_ids()))";

QString membersView()
{
    const QString full = QLatin1String(kFullView);
    return QStringLiteral(
               "CREATE VIEW mynetwork_view.members WITH (security_barrier) AS SELECT m.id, m.name, m.headline,"
               " m.company, m.school, m.location,"
               " CASE WHEN %1 THEN m.email ELSE '' END AS email,"
               " CASE WHEN %1 THEN m.email_norm ELSE '' END AS email_norm,"
               " CASE WHEN %1 THEN m.phone ELSE '' END AS phone, m.joined_ms,"
               " CASE WHEN m.id = (SELECT mynetwork.my_member()) THEN m.login END AS login,"
               " CASE WHEN m.id = (SELECT mynetwork.my_member()) THEN m.feed_token END AS feed_token"
               " FROM mynetwork.members m")
        .arg(full);
}

// Two branches, so that each keeps its index: what I received as it is;
// what I sent with an ignore hidden (R4) — it reads as awaiting until it
// expires, and nothing (reminders, due times) gives it away.
QString invitationsView()
{
    return RuleFunctions::fill(QStringLiteral(
        "CREATE VIEW mynetwork_view.invitations WITH (security_barrier) AS"
        " SELECT i.id, i.sender_id, i.recipient_id, i.recipient_email, i.pair_lo, i.pair_hi, i.note, i.source,"
        "  i.state, i.sent_ms, i.expires_ms, i.responded_ms, i.reminders_sent, CAST(NULL AS bigint) AS next_due_ms,"
        "  i.sender_closed_ms"
        " FROM mynetwork.invitations i WHERE i.recipient_id = (SELECT mynetwork.my_member())"
        " UNION ALL"
        " SELECT i.id, i.sender_id, i.recipient_id, i.recipient_email, i.pair_lo, i.pair_hi, i.note, i.source,"
        "  CASE WHEN i.state <> {IGNORED} THEN i.state WHEN i.sender_closed_ms IS NOT NULL THEN {WITHDRAWN}"
        "   WHEN i.expires_ms <= mynetwork.effective_now(NULL) THEN {EXPIRED} ELSE {PENDING} END,"
        "  i.sent_ms, i.expires_ms, CASE WHEN i.state = {IGNORED} THEN i.sender_closed_ms ELSE i.responded_ms END,"
        "  0, CAST(NULL AS bigint), i.sender_closed_ms"
        " FROM mynetwork.invitations i WHERE i.sender_id = (SELECT mynetwork.my_member())"));
}

const char *const kDefiner = " SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$";

QString definer(const char *head, const char *body)
{
    return RuleFunctions::fill(QLatin1String(head) + QLatin1String(kDefiner) + QLatin1String(body)
                               + QLatin1String("$$"));
}

}

QStringList schemaStatements()
{
    QStringList s{
        // Names the private change channel; only the member's login reads it.
        QStringLiteral("ALTER TABLE members ADD COLUMN feed_token TEXT NOT NULL"
                       " DEFAULT replace(CAST(gen_random_uuid() AS text), '-', '')"),
        QStringLiteral("CREATE SCHEMA mynetwork_view"),
        // The engines' leader (R17): a lease only the owner can take.
        QStringLiteral("CREATE TABLE engine_lease (id INTEGER PRIMARY KEY, holder BIGINT NOT NULL,"
                       " pid INTEGER NOT NULL, until_ms BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO engine_lease (id, holder, pid, until_ms) VALUES (1, 0, 0, 0)"),
    };
    s += RuleFunctions::schemaStatements();
    s += {
        membersView(),
        invitationsView(),
        // Looking a member up by an address one already has (the import,
        // invite by e-mail) tells no more than that address's member.
        definer("CREATE FUNCTION members_by_email(p_addresses json) RETURNS TABLE (id bigint, email_norm text)"
                " LANGUAGE sql STABLE",
                " SELECT m.id, m.email_norm FROM members m"
                " WHERE m.email_norm IN (SELECT json_array_elements_text(p_addresses)) "),
        // How many connections someone has is public; whom, only for
        // their connections (R11, the policy on connections).
        definer("CREATE FUNCTION connection_count(p_member bigint) RETURNS bigint LANGUAGE sql STABLE",
                " SELECT COUNT(*) FROM connections WHERE member_id = p_member "),
        definer("CREATE FUNCTION contact_member_ids() RETURNS SETOF bigint LANGUAGE sql STABLE",
                " SELECT m.id FROM contacts c JOIN members m ON m.email_norm = c.email_norm"
                " WHERE c.owner_id = (SELECT id FROM members WHERE login = session_user) AND c.email_norm <> '' "),
        // The app's own change_log row. A member may tell only of their own
        // contacts, dismissals and notifications; everything else is written
        // by the rule functions.
        definer("CREATE FUNCTION log_change(p_origin bigint, p_payload text) RETURNS bigint LANGUAGE plpgsql",
                " DECLARE v_me bigint := my_member(); p jsonb := CAST(p_payload AS jsonb); v_seq bigint; BEGIN"
                " IF is_owner_session() THEN NULL;"
                " ELSIF v_me IS NOT NULL THEN"
                "  IF p -> 'all' IS NOT NULL OR p -> 'i' IS NOT NULL OR EXISTS (SELECT 1"
                "   FROM jsonb_array_elements(COALESCE(p -> 'm', '[]')) AS e"
                "   WHERE CAST(e ->> 0 AS bigint) <> v_me"
                "   OR (CAST(e ->> 1 AS int) & ~({T_NOTIFICATIONS} | 4 | {T_SUGGESTIONS})) <> 0) THEN"
                "   RAISE EXCEPTION 'permission denied: a member logs changes to their own contacts, dismissals"
                " and notifications only' USING ERRCODE = '42501';"
                "  END IF;"
                " ELSE"
                "  RAISE EXCEPTION 'permission denied: the login % is not tied to a member', session_user"
                "   USING ERRCODE = '42501';"
                " END IF;"
                " INSERT INTO change_log (origin, payload) VALUES (COALESCE(p_origin, 0), p_payload)"
                "  RETURNING seq INTO v_seq;"
                " IF v_seq % 1000 = 0 THEN DELETE FROM change_log WHERE seq <= v_seq - {KEPT_ROWS}; END IF;"
                " RETURN v_seq; END "),
        // Every committed change set fans out: its number to the owner's
        // channel (the engine reads the row), public topics to everyone, and
        // to each member concerned only their invitations and their topics.
        definer("CREATE OR REPLACE FUNCTION change_log_notify() RETURNS trigger LANGUAGE plpgsql",
                " DECLARE p jsonb := CAST(NEW.payload AS jsonb);"
                "  head text := '{\"seq\":' || NEW.seq || ',\"o\":' || NEW.origin;"
                "  pub jsonb; inv jsonb; r record; v_topics int; body text;"
                " BEGIN"
                " PERFORM pg_notify('mynetwork_changes', head || '}');"
                " IF p -> 'all' IS NOT NULL THEN"
                "  PERFORM pg_notify('mynetwork_public', head || ',\"c\":{\"all\":true}}'); RETURN NULL;"
                " END IF;"
                " SELECT jsonb_agg(jsonb_build_array(e -> 0, CAST(e ->> 1 AS int) & 16)) INTO pub"
                "  FROM jsonb_array_elements(COALESCE(p -> 'm', '[]')) AS e WHERE (CAST(e ->> 1 AS int) & 16) <> 0;"
                " IF pub IS NOT NULL THEN"
                "  PERFORM pg_notify('mynetwork_public', head || ',\"c\":' || jsonb_build_object('m', pub) || '}');"
                " END IF;"
                " FOR r IN SELECT CAST(e ->> 0 AS bigint) AS id, CAST(e ->> 1 AS int) AS topics, x.feed_token"
                "  FROM jsonb_array_elements(COALESCE(p -> 'm', '[]')) AS e"
                "  JOIN members x ON x.id = CAST(e ->> 0 AS bigint) LOOP"
                "  SELECT COALESCE(jsonb_agg(t), '[]') INTO inv FROM jsonb_array_elements(COALESCE(p -> 'i', '[]')) AS t"
                "   WHERE CAST(t ->> 1 AS bigint) = r.id OR CAST(t ->> 2 AS bigint) = r.id;"
                "  v_topics := r.topics;"
                "  IF EXISTS (SELECT 1 FROM jsonb_array_elements(inv) AS t"
                "   WHERE CAST(t ->> 1 AS bigint) = r.id AND CAST(t ->> 2 AS bigint) = 0) THEN"
                "   v_topics := v_topics | {T_OUTBOX}; END IF;"
                "  body := head || ',\"c\":' || jsonb_build_object('i', inv,"
                "   'm', jsonb_build_array(jsonb_build_array(r.id, v_topics))) || '}';"
                "  IF octet_length(body) >= 7000 THEN body := head || ',\"c\":{\"all\":true}}'; END IF;"
                "  PERFORM pg_notify('mn_' || r.feed_token, body);"
                " END LOOP;"
                " RETURN NULL; END "),
        // Plain SQL clients' changes (psql, another program) become
        // change_log rows too, so they fan out the same way.
        definer("CREATE OR REPLACE FUNCTION invitation_notify() RETURNS trigger LANGUAGE plpgsql",
                " DECLARE r record; BEGIN"
                " IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;"
                " INSERT INTO change_log (origin, payload) VALUES (0, json_build_object("
                "  'i', json_build_array(json_build_array(r.id, r.sender_id, COALESCE(r.recipient_id, 0))),"
                "  'm', json_build_array(json_build_array(r.sender_id, 1),"
                "                        json_build_array(COALESCE(r.recipient_id, 0), 1))));"
                " RETURN NULL; END "),
        definer("CREATE OR REPLACE FUNCTION member_topic_notify() RETURNS trigger LANGUAGE plpgsql",
                " DECLARE r record; BEGIN"
                " IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;"
                " INSERT INTO change_log (origin, payload) VALUES (0, json_build_object('m',"
                "  json_build_array(json_build_array(to_json(r) -> TG_ARGV[0], CAST(TG_ARGV[2] AS int)),"
                "                   json_build_array(COALESCE(to_json(r) -> TG_ARGV[1], '0'), CAST(TG_ARGV[2] AS int)))"
                "  ));"
                " RETURN NULL; END "),
        QStringLiteral("CREATE TRIGGER contacts_notify AFTER INSERT OR UPDATE OR DELETE ON contacts"
                       " FOR EACH ROW WHEN (current_setting('mynetwork.app', true) IS DISTINCT FROM 'on')"
                       " EXECUTE FUNCTION member_topic_notify('owner_id', 'owner_id', '4')"),
        QStringLiteral("CREATE TRIGGER dismissed_notify AFTER INSERT OR UPDATE OR DELETE ON dismissed_suggestions"
                       " FOR EACH ROW WHEN (current_setting('mynetwork.app', true) IS DISTINCT FROM 'on')"
                       " EXECUTE FUNCTION member_topic_notify('member_id', 'member_id', '32')"),
        QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA mynetwork FROM PUBLIC"),
    };
    // Row-level security on every table. Policies name PUBLIC: the owner
    // bypasses them, and a login sees a table at all only where the admin
    // tool granted it (grantStatements).
    const QString me = QStringLiteral("(SELECT mynetwork.my_member())");
    const QList<QPair<QString, QStringList>> policies{
        {QStringLiteral("members"), {}},
        {QStringLiteral("invitations"), {}},
        {QStringLiteral("change_log"), {}},
        {QStringLiteral("engine_lease"), {}},
        {QStringLiteral("schema_version"), {QStringLiteral("FOR SELECT USING (true)")}},
        {QStringLiteral("settings"), {QStringLiteral("FOR SELECT USING (true)")}},
        // R11: my connections, and the connection lists of my connections.
        {QStringLiteral("connections"),
         {QStringLiteral("FOR SELECT USING (member_id = %1 OR member_id IN (SELECT mynetwork.my_connection_ids()))")
              .arg(me)}},
        {QStringLiteral("cooldowns"), {QStringLiteral("FOR SELECT USING (sender_id = %1)").arg(me)}},
        {QStringLiteral("outbox"), {QStringLiteral("FOR SELECT USING (sender_id = %1)").arg(me)}},
        {QStringLiteral("notifications"),
         {QStringLiteral("FOR SELECT USING (member_id = %1)").arg(me),
          QStringLiteral("FOR UPDATE USING (member_id = %1) WITH CHECK (member_id = %1)").arg(me)}},
        {QStringLiteral("contacts"), {QStringLiteral("FOR ALL USING (owner_id = %1) WITH CHECK (owner_id = %1)").arg(me)}},
        {QStringLiteral("dismissed_suggestions"),
         {QStringLiteral("FOR ALL USING (member_id = %1) WITH CHECK (member_id = %1)").arg(me)}},
    };
    for (const auto &[table, rules] : policies) {
        s.append(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table));
        for (qsizetype i = 0; i < rules.size(); ++i)
            s.append(QStringLiteral("CREATE POLICY %1_%2 ON %1 %3").arg(table).arg(i).arg(rules.at(i)));
    }
    return s;
}

QStringList grantStatements(const QString &role)
{
    QStringList s{
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA mynetwork FROM %1"),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA mynetwork FROM %1"),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA mynetwork_view FROM %1"),
        QStringLiteral("GRANT USAGE ON SCHEMA mynetwork, mynetwork_view TO %1"),
        QStringLiteral("GRANT SELECT ON mynetwork.schema_version, mynetwork.settings, mynetwork.connections,"
                       " mynetwork.cooldowns, mynetwork.outbox, mynetwork.notifications TO %1"),
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
                       " mynetwork.changes_since(bigint), mynetwork.address_lookups_left() TO %1"),
    };
    for (QString &statement : s)
        statement = statement.arg(role);
    s.append(QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA mynetwork FROM PUBLIC"));
    return s;
}

QString sessionSearchPath()
{
    return QStringLiteral(
        "SELECT set_config('search_path', CASE"
        " WHEN to_regclass('mynetwork.invitations') IS NULL OR to_regnamespace('mynetwork_view') IS NULL"
        "  THEN 'mynetwork'"
        " WHEN has_table_privilege('mynetwork.invitations', 'SELECT') THEN 'mynetwork'"
        " ELSE 'mynetwork_view, mynetwork' END, false)");
}

bool isMemberSession(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT current_setting('search_path')")) && q.next()
        && q.value(0).toString().startsWith(QLatin1String(kViewSchema));
}

QString privateChannel(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT feed_token FROM mynetwork_view.members WHERE id = mynetwork.my_member()"))
        || !q.next() || q.value(0).toString().isEmpty())
        return {};
    return QStringLiteral("mn_") + q.value(0).toString();
}

}
