-- Migration 8, team store (PostgreSQL) only. Released: never edit this file
-- (tst_security checks its digest); a change is a new migration.
--
-- R11, R18: every member signs in with their own login and PostgreSQL
-- itself enforces privacy and the rules: a private change channel per
-- member, the engine lease, the rule functions (SECURITY DEFINER, the
-- acting member taken from the login), the views that hide private fields
-- and ignores, row-level security on every table. Frozen in session 12
-- from what TeamSecurity::schemaStatements() and
-- RuleFunctions::schemaStatements() ran until then, statement for
-- statement, with their placeholders filled. Migrations 9 and 10 replace
-- several of these functions.

ALTER TABLE members ADD COLUMN feed_token TEXT NOT NULL DEFAULT replace(CAST(gen_random_uuid() AS text), '-', '');

CREATE SCHEMA mynetwork_view;

CREATE TABLE engine_lease (id INTEGER PRIMARY KEY, holder BIGINT NOT NULL, pid INTEGER NOT NULL, until_ms BIGINT NOT NULL);

INSERT INTO engine_lease (id, holder, pid, until_ms) VALUES (1, 0, 0, 0);

CREATE TYPE action_result AS (reason int, invitation_id bigint, name text, date_ms bigint, lim int, accepted_instead boolean, available_from_ms bigint, changes text);

CREATE FUNCTION refusal(p_reason int, p_name text DEFAULT '', p_date bigint DEFAULT 0, p_limit int DEFAULT 0) RETURNS action_result LANGUAGE sql IMMUTABLE AS $$ SELECT CAST(ROW(p_reason, CAST(0 AS bigint), COALESCE(p_name, ''), p_date, p_limit, false,  CAST(0 AS bigint), CAST(NULL AS text)) AS action_result) $$;

CREATE FUNCTION is_owner_session() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ SELECT pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'mynetwork'), 'MEMBER') $$;

CREATE FUNCTION my_member() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ SELECT id FROM members WHERE login = session_user $$;

CREATE FUNCTION my_connection_ids() RETURNS SETOF bigint LANGUAGE sql STABLE SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ SELECT other_id FROM connections WHERE member_id = (SELECT id FROM members WHERE login = session_user) $$;

CREATE FUNCTION acting_member(p_member bigint) RETURNS bigint LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ DECLARE v bigint; BEGIN IF is_owner_session() THEN RETURN p_member; END IF; SELECT id INTO v FROM members WHERE login = session_user; IF v IS NOT NULL THEN  IF p_member IS NOT NULL AND p_member <> v THEN   RAISE EXCEPTION 'permission denied: the login % acts as member % only', session_user, v    USING ERRCODE = '42501';  END IF;  RETURN v; END IF; RAISE EXCEPTION 'permission denied: the login % is not tied to a member', session_user  USING ERRCODE = '42501'; END $$;

CREATE FUNCTION effective_now(p_now bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ SELECT CASE WHEN p_now IS NOT NULL AND is_owner_session() THEN p_now ELSE CAST(floor(extract(epoch FROM clock_timestamp()) * 1000) AS bigint) END $$;

CREATE FUNCTION rule_setting(p_name text, p_default bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ SELECT COALESCE((SELECT CAST(value AS bigint) FROM settings WHERE name = p_name AND value ~ '^[0-9]{1,18}$'), p_default) $$;

CREATE FUNCTION expiry_for(p_sent bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT CAST(extract(epoch FROM (to_timestamp(p_sent / 1000) AT TIME ZONE 'UTC') + interval '6 months') AS bigint) * 1000 + p_sent % 1000 $$;

CREATE FUNCTION next_due_pending(p_sent bigint, p_expires bigint, p_done int) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ SELECT COALESCE((SELECT t FROM (SELECT DISTINCT t FROM (VALUES (p_sent + rule_setting('reminder1_after_ms', 1209600000)), (p_expires - rule_setting('reminder2_before_expiry_ms', 1209600000))) AS v (t) WHERE t > p_sent AND t < p_expires) AS d ORDER BY t OFFSET p_done LIMIT 1), p_expires) $$;

CREATE FUNCTION cs_member(cs jsonb, p_id bigint, p_topics int) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$ SELECT jsonb_set(cs, '{m}', COALESCE(cs -> 'm', '{}') || jsonb_build_object(CAST(p_id AS text),  COALESCE(CAST(cs -> 'm' ->> CAST(p_id AS text) AS int), 0) | p_topics)) $$;

CREATE FUNCTION cs_invitation(cs jsonb, p_id bigint, p_sender bigint, p_recipient bigint, p_tell_sender boolean) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$ DECLARE r jsonb := jsonb_set(cs, '{i}', COALESCE(cs -> 'i', '{}') || jsonb_build_object(  CAST(p_id AS text), jsonb_build_array(p_id, p_sender, COALESCE(p_recipient, 0)))); BEGIN IF p_tell_sender THEN r := cs_member(r, p_sender, 1); END IF; IF p_recipient IS NOT NULL THEN r := cs_member(r, p_recipient, 1); ELSE r := cs_member(r, 0, 64); END IF; RETURN r; END $$;

CREATE FUNCTION cs_text(cs jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT CAST(jsonb_strip_nulls(jsonb_build_object(  'i', (SELECT jsonb_agg(e.v) FROM jsonb_each(cs -> 'i') AS e (k, v)),  'm', (SELECT jsonb_agg(jsonb_build_array(CAST(e.k AS bigint), e.v))        FROM jsonb_each(cs -> 'm') AS e (k, v)))) AS text) $$;

CREATE FUNCTION log_changes(p_origin bigint, cs jsonb) RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ DECLARE v_text text := cs_text(cs); v_seq bigint; BEGIN IF v_text = '{}' THEN RETURN v_text; END IF; INSERT INTO change_log (origin, payload) VALUES (COALESCE(p_origin, 0), v_text)  RETURNING seq INTO v_seq; IF v_seq % 1000 = 0 THEN DELETE FROM change_log WHERE seq <= v_seq - 10000; END IF; RETURN v_text; END $$;

CREATE FUNCTION accept_core(p_me bigint, p_id bigint, p_sender bigint, p_recipient bigint, p_now bigint, cs jsonb) RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ DECLARE r record; BEGIN UPDATE invitations SET state = 1, responded_ms = p_now, next_due_ms = NULL  WHERE id = p_id AND state = 0; INSERT INTO connections (member_id, other_id, since_ms)  VALUES (p_sender, p_recipient, p_now), (p_recipient, p_sender, p_now); FOR r IN UPDATE invitations SET sender_closed_ms = p_now, next_due_ms = NULL  WHERE pair_lo = LEAST(p_sender, p_recipient) AND pair_hi = GREATEST(p_sender, p_recipient)  AND state = 2 AND sender_closed_ms IS NULL RETURNING id, sender_id, recipient_id LOOP  cs := cs_invitation(cs, r.id, r.sender_id, r.recipient_id, true); END LOOP; INSERT INTO notifications (member_id, kind, invitation_id, actor_id, created_ms)  VALUES (p_sender, 3, p_id, p_me, p_now); cs := cs_invitation(cs, p_id, p_sender, p_recipient, true); cs := cs_member(cs, p_sender, 8 | 2); RETURN cs_member(cs, p_recipient, 8); END $$;

CREATE FUNCTION weekly_refusal(p_me bigint, p_now bigint, p_name text) RETURNS action_result LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ DECLARE v_limit int := rule_setting('weekly_limit', 100); BEGIN IF (SELECT count(*) FROM invitations WHERE sender_id = p_me AND sent_ms > p_now - 604800000)  >= v_limit THEN RETURN refusal(6, p_name, 0, v_limit); END IF; RETURN NULL; END $$;

CREATE FUNCTION send_invitation(p_member bigint, p_recipient bigint, p_note text, p_source int, p_now bigint, p_origin bigint) RETURNS action_result LANGUAGE plpgsql SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ DECLARE  v_me bigint := acting_member(p_member); v_now bigint := effective_now(p_now);  v_lo bigint := LEAST(v_me, p_recipient); v_hi bigint := GREATEST(v_me, p_recipient);  v_name text; v_id bigint; v_until bigint; v_expires bigint; cs jsonb := '{}'; r record;  res action_result := refusal(0); BEGIN IF v_me = p_recipient THEN RETURN refusal(1); END IF; IF char_length(COALESCE(p_note, '')) > 300 THEN  RETURN refusal(7, '', 0, 300); END IF; IF p_source IS NULL OR p_source NOT BETWEEN 0 AND 5 THEN  RAISE EXCEPTION 'invalid invitation source %', p_source USING ERRCODE = '22023'; END IF; PERFORM 1 FROM members WHERE id IN (v_me, p_recipient) ORDER BY id FOR UPDATE; SELECT name INTO v_name FROM members WHERE id = p_recipient; IF v_name IS NULL OR NOT EXISTS (SELECT 1 FROM members WHERE id = v_me) THEN  RETURN refusal(2); END IF; IF EXISTS (SELECT 1 FROM connections WHERE member_id = v_me AND other_id = p_recipient) THEN  RETURN refusal(3, v_name); END IF; SELECT id INTO v_id FROM invitations WHERE pair_lo = v_lo AND pair_hi = v_hi  AND sender_id = p_recipient AND recipient_id = v_me AND state = 0 AND expires_ms > v_now; IF v_id IS NOT NULL THEN  res.invitation_id := v_id; res.accepted_instead := true;  res.changes := log_changes(p_origin, accept_core(v_me, v_id, p_recipient, v_me, v_now, cs));  RETURN res; END IF; IF EXISTS (SELECT 1 FROM invitations WHERE recipient_id = p_recipient AND sender_id = v_me  AND (state = 0 OR (state = 2 AND sender_closed_ms IS NULL))  AND expires_ms > v_now) THEN RETURN refusal(4, v_name); END IF; SELECT max(until_ms) INTO v_until FROM cooldowns WHERE sender_id = v_me AND recipient_id = p_recipient; IF v_until > v_now THEN RETURN refusal(5, v_name, v_until); END IF; res := weekly_refusal(v_me, v_now, v_name); IF res.reason IS NOT NULL THEN RETURN res; END IF; res := refusal(0); FOR r IN UPDATE invitations SET state = 4, next_due_ms = NULL WHERE pair_lo = v_lo  AND pair_hi = v_hi AND state = 0 AND expires_ms <= v_now  RETURNING id, sender_id, recipient_id LOOP  cs := cs_invitation(cs, r.id, r.sender_id, r.recipient_id, true); END LOOP; v_expires := expiry_for(v_now); INSERT INTO invitations (sender_id, recipient_id, pair_lo, pair_hi, note, source, state, sent_ms,  expires_ms, reminders_sent, next_due_ms) VALUES (v_me, p_recipient, v_lo, v_hi,  COALESCE(p_note, ''), p_source, 0, v_now, v_expires, 0,  next_due_pending(v_now, v_expires, 0)) RETURNING id INTO v_id; res.invitation_id := v_id; res.changes := log_changes(p_origin, cs_invitation(cs, v_id, v_me, p_recipient, true)); RETURN res; END $$;

CREATE FUNCTION send_to_address(p_member bigint, p_email text, p_note text, p_source int, p_now bigint, p_origin bigint) RETURNS action_result LANGUAGE plpgsql SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ DECLARE  v_me bigint := acting_member(p_member); v_now bigint := effective_now(p_now);  v_name text := btrim(COALESCE(p_email, ''), E' \t\n\r\f\v');  v_address text; v_member bigint; v_id bigint; v_until bigint; v_expires bigint;  cs jsonb := '{}'; r record; res action_result; BEGIN v_address := lower(v_name); IF v_address !~ '^[^@[:space:]]+@[^@[:space:]]+$' THEN  RETURN refusal(8, v_name); END IF; SELECT id INTO v_member FROM members WHERE email_norm = v_address; IF v_member IS NOT NULL THEN  RETURN send_invitation(v_me, v_member, p_note, p_source, p_now, p_origin); END IF; IF char_length(COALESCE(p_note, '')) > 300 THEN  RETURN refusal(7, v_name, 0, 300); END IF; IF p_source IS NULL OR p_source NOT BETWEEN 0 AND 5 THEN  RAISE EXCEPTION 'invalid invitation source %', p_source USING ERRCODE = '22023'; END IF; PERFORM 1 FROM members WHERE id = v_me FOR UPDATE; IF NOT FOUND THEN RETURN refusal(2); END IF; IF EXISTS (SELECT 1 FROM invitations WHERE recipient_email = v_address AND recipient_id IS NULL  AND sender_id = v_me AND (state = 0 OR (state = 2 AND sender_closed_ms IS NULL))  AND expires_ms > v_now) THEN RETURN refusal(4, v_name); END IF; SELECT max(until_ms) INTO v_until FROM cooldowns WHERE sender_id = v_me  AND recipient_email = v_address; IF v_until > v_now THEN RETURN refusal(5, v_name, v_until); END IF; res := weekly_refusal(v_me, v_now, v_name); IF res.reason IS NOT NULL THEN RETURN res; END IF; res := refusal(0); DELETE FROM outbox WHERE invitation_id IN (SELECT id FROM invitations WHERE sender_id = v_me  AND recipient_email = v_address AND recipient_id IS NULL AND state = 0  AND expires_ms <= v_now); FOR r IN DELETE FROM invitations WHERE sender_id = v_me AND recipient_email = v_address  AND recipient_id IS NULL AND state = 0 AND expires_ms <= v_now RETURNING id LOOP  cs := cs_invitation(cs, r.id, v_me, NULL, true); END LOOP; v_expires := expiry_for(v_now); INSERT INTO invitations (sender_id, recipient_email, note, source, state, sent_ms, expires_ms,  reminders_sent, next_due_ms) VALUES (v_me, v_address, COALESCE(p_note, ''), p_source, 0,  v_now, v_expires, 0, next_due_pending(v_now, v_expires, 0)) RETURNING id INTO v_id; INSERT INTO outbox (to_email, sender_id, invitation_id, kind, created_ms)  VALUES (v_address, v_me, v_id, 1, v_now); res.invitation_id := v_id; res.changes := log_changes(p_origin, cs_invitation(cs, v_id, v_me, NULL, true)); RETURN res; END $$;

CREATE FUNCTION answerable(p_me bigint, inv invitations, p_now bigint) RETURNS action_result LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ BEGIN IF inv.id IS NULL THEN RETURN refusal(10); END IF; IF inv.recipient_id IS DISTINCT FROM p_me THEN RETURN refusal(11); END IF; IF inv.state = 1 THEN RETURN refusal(14); END IF; IF inv.state = 2 THEN RETURN refusal(15); END IF; IF inv.state = 3 THEN  RETURN refusal(16, (SELECT name FROM members WHERE id = inv.sender_id)); END IF; IF inv.state = 4 OR inv.expires_ms <= p_now THEN RETURN refusal(17); END IF; RETURN refusal(0); END $$;

CREATE FUNCTION lock_parties(p_id bigint) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ BEGIN PERFORM 1 FROM members WHERE id IN (SELECT sender_id FROM invitations WHERE id = p_id UNION SELECT recipient_id FROM invitations WHERE id = p_id) ORDER BY id FOR UPDATE; END $$;

CREATE FUNCTION answer_invitation(p_member bigint, p_id bigint, p_accept boolean, p_now bigint, p_origin bigint) RETURNS action_result LANGUAGE plpgsql SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ DECLARE v_me bigint := acting_member(p_member); v_now bigint := effective_now(p_now);  inv invitations; res action_result; BEGIN PERFORM lock_parties(p_id); SELECT * INTO inv FROM invitations WHERE id = p_id; res := answerable(v_me, inv, v_now); IF res.reason <> 0 THEN RETURN res; END IF; res.invitation_id := p_id; IF p_accept THEN  res.changes := log_changes(p_origin,   accept_core(v_me, p_id, inv.sender_id, inv.recipient_id, v_now, '{}'));  RETURN res; END IF; UPDATE invitations SET state = 2, responded_ms = v_now, next_due_ms = inv.expires_ms  WHERE id = p_id AND state = 0; res.changes := log_changes(p_origin,  cs_invitation('{}', p_id, inv.sender_id, inv.recipient_id, false)); RETURN res; END $$;

CREATE FUNCTION accept_invitation(p_member bigint, p_id bigint, p_now bigint, p_origin bigint) RETURNS action_result LANGUAGE sql SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ SELECT answer_invitation(p_member, p_id, true, p_now, p_origin) $$;

CREATE FUNCTION ignore_invitation(p_member bigint, p_id bigint, p_now bigint, p_origin bigint) RETURNS action_result LANGUAGE sql SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ SELECT answer_invitation(p_member, p_id, false, p_now, p_origin) $$;

CREATE FUNCTION withdraw_invitations(p_member bigint, p_ids bigint[], p_now bigint, p_origin bigint) RETURNS action_result LANGUAGE plpgsql SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ DECLARE v_me bigint := acting_member(p_member); v_now bigint := effective_now(p_now);  v_id bigint; inv invitations; cs jsonb := '{}'; res action_result := refusal(0); BEGIN PERFORM 1 FROM members WHERE id = v_me FOR UPDATE; FOREACH v_id IN ARRAY COALESCE(p_ids, '{}') LOOP  SELECT * INTO inv FROM invitations WHERE id = v_id;  IF inv.id IS NULL THEN RETURN refusal(10); END IF;  IF inv.sender_id <> v_me THEN RETURN refusal(12); END IF;  IF inv.state = 1 THEN RETURN refusal(14); END IF;  IF inv.state = 4 OR inv.expires_ms <= v_now THEN RETURN refusal(17); END IF;  IF inv.state <> 0 AND NOT (inv.state = 2 AND inv.sender_closed_ms IS NULL) THEN   RETURN refusal(10); END IF;  IF inv.state = 2 THEN   UPDATE invitations SET sender_closed_ms = v_now, next_due_ms = NULL WHERE id = v_id;  ELSE   UPDATE invitations SET state = 3, responded_ms = v_now, next_due_ms =    CASE WHEN inv.recipient_id IS NULL THEN v_now + 1814400000 END    WHERE id = v_id AND state = 0;  END IF;  INSERT INTO cooldowns (sender_id, recipient_id, recipient_email, until_ms) VALUES (v_me,   inv.recipient_id, CASE WHEN inv.recipient_id IS NULL THEN inv.recipient_email END,   v_now + 1814400000);  cs := cs_invitation(cs, v_id, v_me, inv.recipient_id, true);  res.invitation_id := v_id; res.available_from_ms := v_now + 1814400000; END LOOP; res.changes := log_changes(p_origin, cs); RETURN res; END $$;

CREATE FUNCTION remove_connection(p_member bigint, p_other bigint, p_now bigint, p_origin bigint) RETURNS action_result LANGUAGE plpgsql SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ DECLARE v_me bigint := acting_member(p_member); v_name text; v_count int; BEGIN PERFORM 1 FROM members WHERE id IN (v_me, p_other) ORDER BY id FOR UPDATE; SELECT name INTO v_name FROM members WHERE id = p_other; IF v_name IS NULL OR NOT EXISTS (SELECT 1 FROM members WHERE id = v_me) THEN  RETURN refusal(2); END IF; DELETE FROM connections WHERE (member_id = v_me AND other_id = p_other)  OR (member_id = p_other AND other_id = v_me); GET DIAGNOSTICS v_count = ROW_COUNT; IF v_count = 0 THEN RETURN refusal(13, v_name); END IF; RETURN (SELECT CAST(ROW(0, CAST(0 AS bigint), '', CAST(0 AS bigint), 0, false, CAST(0 AS bigint),  log_changes(p_origin, cs_member(cs_member('{}', v_me, 8 | 32),  p_other, 8 | 32))) AS action_result)); END $$;

CREATE VIEW mynetwork_view.members WITH (security_barrier) AS SELECT m.id, m.name, m.headline, m.company, m.school, m.location, CASE WHEN (m.id = (SELECT mynetwork.my_member()) OR m.id IN (SELECT mynetwork.my_connection_ids())) THEN m.email ELSE '' END AS email, CASE WHEN (m.id = (SELECT mynetwork.my_member()) OR m.id IN (SELECT mynetwork.my_connection_ids())) THEN m.email_norm ELSE '' END AS email_norm, CASE WHEN (m.id = (SELECT mynetwork.my_member()) OR m.id IN (SELECT mynetwork.my_connection_ids())) THEN m.phone ELSE '' END AS phone, m.joined_ms, CASE WHEN m.id = (SELECT mynetwork.my_member()) THEN m.login END AS login, CASE WHEN m.id = (SELECT mynetwork.my_member()) THEN m.feed_token END AS feed_token FROM mynetwork.members m;

CREATE VIEW mynetwork_view.invitations WITH (security_barrier) AS SELECT i.id, i.sender_id, i.recipient_id, i.recipient_email, i.pair_lo, i.pair_hi, i.note, i.source,  i.state, i.sent_ms, i.expires_ms, i.responded_ms, i.reminders_sent, CAST(NULL AS bigint) AS next_due_ms,  i.sender_closed_ms FROM mynetwork.invitations i WHERE i.recipient_id = (SELECT mynetwork.my_member()) UNION ALL SELECT i.id, i.sender_id, i.recipient_id, i.recipient_email, i.pair_lo, i.pair_hi, i.note, i.source,  CASE WHEN i.state <> 2 THEN i.state WHEN i.sender_closed_ms IS NOT NULL THEN 3   WHEN i.expires_ms <= mynetwork.effective_now(NULL) THEN 4 ELSE 0 END,  i.sent_ms, i.expires_ms, CASE WHEN i.state = 2 THEN i.sender_closed_ms ELSE i.responded_ms END,  0, CAST(NULL AS bigint), i.sender_closed_ms FROM mynetwork.invitations i WHERE i.sender_id = (SELECT mynetwork.my_member());

CREATE FUNCTION members_by_email(p_addresses json) RETURNS TABLE (id bigint, email_norm text) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ SELECT m.id, m.email_norm FROM members m WHERE m.email_norm IN (SELECT json_array_elements_text(p_addresses)) $$;

CREATE FUNCTION connection_count(p_member bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ SELECT COUNT(*) FROM connections WHERE member_id = p_member $$;

CREATE FUNCTION contact_member_ids() RETURNS SETOF bigint LANGUAGE sql STABLE SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ SELECT m.id FROM contacts c JOIN members m ON m.email_norm = c.email_norm WHERE c.owner_id = (SELECT id FROM members WHERE login = session_user) AND c.email_norm <> '' $$;

CREATE FUNCTION log_change(p_origin bigint, p_payload text) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ DECLARE v_me bigint := my_member(); p jsonb := CAST(p_payload AS jsonb); v_seq bigint; BEGIN IF is_owner_session() THEN NULL; ELSIF v_me IS NOT NULL THEN  IF p -> 'all' IS NOT NULL OR p -> 'i' IS NOT NULL OR EXISTS (SELECT 1   FROM jsonb_array_elements(COALESCE(p -> 'm', '[]')) AS e   WHERE CAST(e ->> 0 AS bigint) <> v_me   OR (CAST(e ->> 1 AS int) & ~(2 | 4 | 32)) <> 0) THEN   RAISE EXCEPTION 'permission denied: a member logs changes to their own contacts, dismissals and notifications only' USING ERRCODE = '42501';  END IF; ELSE  RAISE EXCEPTION 'permission denied: the login % is not tied to a member', session_user   USING ERRCODE = '42501'; END IF; INSERT INTO change_log (origin, payload) VALUES (COALESCE(p_origin, 0), p_payload)  RETURNING seq INTO v_seq; IF v_seq % 1000 = 0 THEN DELETE FROM change_log WHERE seq <= v_seq - 10000; END IF; RETURN v_seq; END $$;

CREATE OR REPLACE FUNCTION change_log_notify() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ DECLARE p jsonb := CAST(NEW.payload AS jsonb);  head text := '{"seq":' || NEW.seq || ',"o":' || NEW.origin;  pub jsonb; inv jsonb; r record; v_topics int; body text; BEGIN PERFORM pg_notify('mynetwork_changes', head || '}'); IF p -> 'all' IS NOT NULL THEN  PERFORM pg_notify('mynetwork_public', head || ',"c":{"all":true}}'); RETURN NULL; END IF; SELECT jsonb_agg(jsonb_build_array(e -> 0, CAST(e ->> 1 AS int) & 16)) INTO pub  FROM jsonb_array_elements(COALESCE(p -> 'm', '[]')) AS e WHERE (CAST(e ->> 1 AS int) & 16) <> 0; IF pub IS NOT NULL THEN  PERFORM pg_notify('mynetwork_public', head || ',"c":' || jsonb_build_object('m', pub) || '}'); END IF; FOR r IN SELECT CAST(e ->> 0 AS bigint) AS id, CAST(e ->> 1 AS int) AS topics, x.feed_token  FROM jsonb_array_elements(COALESCE(p -> 'm', '[]')) AS e  JOIN members x ON x.id = CAST(e ->> 0 AS bigint) LOOP  SELECT COALESCE(jsonb_agg(t), '[]') INTO inv FROM jsonb_array_elements(COALESCE(p -> 'i', '[]')) AS t   WHERE CAST(t ->> 1 AS bigint) = r.id OR CAST(t ->> 2 AS bigint) = r.id;  v_topics := r.topics;  IF EXISTS (SELECT 1 FROM jsonb_array_elements(inv) AS t   WHERE CAST(t ->> 1 AS bigint) = r.id AND CAST(t ->> 2 AS bigint) = 0) THEN   v_topics := v_topics | 64; END IF;  body := head || ',"c":' || jsonb_build_object('i', inv,   'm', jsonb_build_array(jsonb_build_array(r.id, v_topics))) || '}';  IF octet_length(body) >= 7000 THEN body := head || ',"c":{"all":true}}'; END IF;  PERFORM pg_notify('mn_' || r.feed_token, body); END LOOP; RETURN NULL; END $$;

CREATE OR REPLACE FUNCTION invitation_notify() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ DECLARE r record; BEGIN IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF; INSERT INTO change_log (origin, payload) VALUES (0, json_build_object(  'i', json_build_array(json_build_array(r.id, r.sender_id, COALESCE(r.recipient_id, 0))),  'm', json_build_array(json_build_array(r.sender_id, 1),                        json_build_array(COALESCE(r.recipient_id, 0), 1)))); RETURN NULL; END $$;

CREATE OR REPLACE FUNCTION member_topic_notify() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$ DECLARE r record; BEGIN IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF; INSERT INTO change_log (origin, payload) VALUES (0, json_build_object('m',  json_build_array(json_build_array(to_json(r) -> TG_ARGV[0], CAST(TG_ARGV[2] AS int)),                   json_build_array(COALESCE(to_json(r) -> TG_ARGV[1], '0'), CAST(TG_ARGV[2] AS int)))  )); RETURN NULL; END $$;

CREATE TRIGGER contacts_notify AFTER INSERT OR UPDATE OR DELETE ON contacts FOR EACH ROW WHEN (current_setting('mynetwork.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION member_topic_notify('owner_id', 'owner_id', '4');

CREATE TRIGGER dismissed_notify AFTER INSERT OR UPDATE OR DELETE ON dismissed_suggestions FOR EACH ROW WHEN (current_setting('mynetwork.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION member_topic_notify('member_id', 'member_id', '32');

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA mynetwork FROM PUBLIC;

ALTER TABLE members ENABLE ROW LEVEL SECURITY;

ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;

ALTER TABLE change_log ENABLE ROW LEVEL SECURITY;

ALTER TABLE engine_lease ENABLE ROW LEVEL SECURITY;

ALTER TABLE schema_version ENABLE ROW LEVEL SECURITY;

CREATE POLICY schema_version_0 ON schema_version FOR SELECT USING (true);

ALTER TABLE settings ENABLE ROW LEVEL SECURITY;

CREATE POLICY settings_0 ON settings FOR SELECT USING (true);

ALTER TABLE connections ENABLE ROW LEVEL SECURITY;

CREATE POLICY connections_0 ON connections FOR SELECT USING (member_id = (SELECT mynetwork.my_member()) OR member_id IN (SELECT mynetwork.my_connection_ids()));

ALTER TABLE cooldowns ENABLE ROW LEVEL SECURITY;

CREATE POLICY cooldowns_0 ON cooldowns FOR SELECT USING (sender_id = (SELECT mynetwork.my_member()));

ALTER TABLE outbox ENABLE ROW LEVEL SECURITY;

CREATE POLICY outbox_0 ON outbox FOR SELECT USING (sender_id = (SELECT mynetwork.my_member()));

ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;

CREATE POLICY notifications_0 ON notifications FOR SELECT USING (member_id = (SELECT mynetwork.my_member()));

CREATE POLICY notifications_1 ON notifications FOR UPDATE USING (member_id = (SELECT mynetwork.my_member())) WITH CHECK (member_id = (SELECT mynetwork.my_member()));

ALTER TABLE contacts ENABLE ROW LEVEL SECURITY;

CREATE POLICY contacts_0 ON contacts FOR ALL USING (owner_id = (SELECT mynetwork.my_member())) WITH CHECK (owner_id = (SELECT mynetwork.my_member()));

ALTER TABLE dismissed_suggestions ENABLE ROW LEVEL SECURITY;

CREATE POLICY dismissed_suggestions_0 ON dismissed_suggestions FOR ALL USING (member_id = (SELECT mynetwork.my_member())) WITH CHECK (member_id = (SELECT mynetwork.my_member()));

