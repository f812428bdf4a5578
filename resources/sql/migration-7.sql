-- Migration 7, team store (PostgreSQL) only. Released: never edit this file
-- (tst_security checks its digest); a change is a new migration.
--
-- R16: windows learn what other sessions committed. Frozen in session 12
-- from what LiveNotify::schemaStatements() ran until then, statement for
-- statement (migration 10 drops the change_log trigger again: writes no
-- longer notify). Row triggers turn changes made outside the app into
-- notices; the app marks its own transactions (SET LOCAL mynetwork.app).

CREATE FUNCTION change_log_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('mynetwork_changes', CASE WHEN octet_length(NEW.payload) < 7000  THEN '{"seq":' || NEW.seq || ',"o":' || NEW.origin || ',"c":' || NEW.payload || '}'  ELSE '{"seq":' || NEW.seq || ',"o":' || NEW.origin || '}' END); RETURN NULL; END $$;

CREATE TRIGGER change_log_notify AFTER INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION change_log_notify();

CREATE FUNCTION invitation_notify() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE r record; BEGIN IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF; PERFORM pg_notify('mynetwork_changes', json_build_object('seq', 0, 'o', 0, 'c', json_build_object(  'i', json_build_array(json_build_array(r.id, r.sender_id, COALESCE(r.recipient_id, 0))),  'm', json_build_array(json_build_array(r.sender_id, 1),                        json_build_array(COALESCE(r.recipient_id, 0), 1))))::text); RETURN NULL; END $$;

CREATE FUNCTION member_topic_notify() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE r record; BEGIN IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF; PERFORM pg_notify('mynetwork_changes', json_build_object('seq', 0, 'o', 0, 'c', json_build_object('m',  json_build_array(json_build_array(to_json(r) -> TG_ARGV[0], CAST(TG_ARGV[2] AS int)),                   json_build_array(COALESCE(to_json(r) -> TG_ARGV[1], '0'), CAST(TG_ARGV[2] AS int)))  ))::text); RETURN NULL; END $$;

CREATE TRIGGER invitations_notify AFTER INSERT OR UPDATE OR DELETE ON invitations FOR EACH ROW WHEN (current_setting('mynetwork.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION invitation_notify();

CREATE TRIGGER connections_notify AFTER INSERT OR UPDATE OR DELETE ON connections FOR EACH ROW WHEN (current_setting('mynetwork.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION member_topic_notify('member_id', 'other_id', '8');

CREATE TRIGGER notifications_notify AFTER INSERT OR UPDATE OR DELETE ON notifications FOR EACH ROW WHEN (current_setting('mynetwork.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION member_topic_notify('member_id', 'member_id', '2');

CREATE TRIGGER members_notify AFTER INSERT OR UPDATE OR DELETE ON members FOR EACH ROW WHEN (current_setting('mynetwork.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION member_topic_notify('id', 'id', '17');

