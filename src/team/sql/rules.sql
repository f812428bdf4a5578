-- The rule functions of a team store (PostgreSQL), as they are today.
--
-- Unlike a migration, this file is meant to be edited: `mynetwork-admin init`
-- (and every TeamAdmin::prepare) runs it again with CREATE OR REPLACE after
-- the migrations, so a store made by any earlier version gets these bodies.
-- A change here that needs a new table, column or type still needs a new
-- migration for those (resources/sql/migration-N.sql); the function goes here.
-- CREATE OR REPLACE keeps a function's owner and grants, and cannot change
-- its arguments or result type: such a change drops the old function in a
-- migration first.
--
-- Placeholders in braces are SqlPlaceholders::fill()'s (states, refusals,
-- topics, limits). Every function here is SECURITY DEFINER with a fixed
-- search_path unless it is a pure helper; who may call which is granted in
-- TeamSecurity::grantStatements() and nothing is left to PUBLIC (the last
-- statement). The trigger function change_log_notify() of migration 8 is
-- not here: migration 10 took its trigger away.
--
-- The functions a window calls for a person's action (send, answer,
-- withdraw, remove, profile, photo) carry SET mynetwork.app = 'on': they
-- log their own change set, so the row triggers for plain SQL clients stay
-- quiet without the caller's SET LOCAL, and the app can call them as one
-- statement in autocommit: one round trip, no transaction left open while
-- the client thread waits for a core (issue 36). A refusal writes nothing
-- but the member_rules lock row's counter.

CREATE OR REPLACE FUNCTION refusal(p_reason int, p_name text DEFAULT '', p_date bigint DEFAULT 0, p_limit int DEFAULT 0) RETURNS action_result LANGUAGE sql IMMUTABLE AS $$
    SELECT CAST(ROW(p_reason, CAST(0 AS bigint), COALESCE(p_name, ''), p_date, p_limit, false, CAST(0 AS bigint), CAST(NULL AS text)) AS action_result)
$$;

CREATE OR REPLACE FUNCTION is_owner_session() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = mynetwork, pg_temp AS $$
    SELECT pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'mynetwork'), 'MEMBER')
$$;

CREATE OR REPLACE FUNCTION my_member() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = mynetwork, pg_temp AS $$
    SELECT id FROM members WHERE login = session_user
$$;

CREATE OR REPLACE FUNCTION my_connection_ids() RETURNS SETOF bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = mynetwork, pg_temp AS $$
    SELECT other_id FROM connections WHERE member_id = (SELECT id FROM members WHERE login = session_user)
$$;

CREATE OR REPLACE FUNCTION acting_member(p_member bigint) RETURNS bigint LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = mynetwork, pg_temp AS $$
DECLARE
    v bigint;
BEGIN
    IF is_owner_session() THEN
        RETURN p_member;
    END IF;
    SELECT id INTO v FROM members WHERE login = session_user;
    IF v IS NOT NULL THEN
        IF p_member IS NOT NULL AND p_member <> v THEN
            RAISE EXCEPTION 'permission denied: the login % acts as member % only', session_user, v USING ERRCODE = '42501';
        END IF;
        RETURN v;
    END IF;
    RAISE EXCEPTION 'permission denied: the login % is not tied to a member', session_user USING ERRCODE = '42501';
END $$;

CREATE OR REPLACE FUNCTION effective_now(p_now bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = mynetwork, pg_temp AS $$
    SELECT CASE WHEN p_now IS NOT NULL AND is_owner_session() THEN p_now ELSE CAST(floor(extract(epoch FROM clock_timestamp()) * 1000) AS bigint) END
$$;

CREATE OR REPLACE FUNCTION rule_setting(p_name text, p_default bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = mynetwork, pg_temp AS $$
    SELECT COALESCE((SELECT CAST(value AS bigint) FROM settings WHERE name = p_name AND value ~ '^[0-9]{1,18}$'), p_default)
$$;

CREATE OR REPLACE FUNCTION expiry_for(p_sent bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT CAST(extract(epoch FROM (to_timestamp(p_sent / 1000) AT TIME ZONE 'UTC') + interval '6 months') AS bigint) * 1000 + p_sent % 1000
$$;

CREATE OR REPLACE FUNCTION next_due_pending(p_sent bigint, p_expires bigint, p_done int) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = mynetwork, pg_temp AS $$
    SELECT COALESCE((SELECT t FROM (SELECT DISTINCT t FROM (VALUES (p_sent + rule_setting('reminder1_after_ms', 1209600000)), (p_expires - rule_setting('reminder2_before_expiry_ms', 1209600000))) AS v (t) WHERE t > p_sent AND t < p_expires) AS d ORDER BY t OFFSET p_done LIMIT 1), p_expires)
$$;

CREATE OR REPLACE FUNCTION cs_member(cs jsonb, p_id bigint, p_topics int) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_set(cs, '{m}', COALESCE(cs -> 'm', '{}') || jsonb_build_object(CAST(p_id AS text), COALESCE(CAST(cs -> 'm' ->> CAST(p_id AS text) AS int), 0) | p_topics))
$$;

CREATE OR REPLACE FUNCTION cs_invitation(cs jsonb, p_id bigint, p_sender bigint, p_recipient bigint, p_tell_sender boolean) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    r jsonb := jsonb_set(cs, '{i}', COALESCE(cs -> 'i', '{}') || jsonb_build_object( CAST(p_id AS text), jsonb_build_array(p_id, p_sender, COALESCE(p_recipient, 0))));
BEGIN
    IF p_tell_sender THEN
        r := cs_member(r, p_sender, 1);
    END IF;
    IF p_recipient IS NOT NULL THEN
        r := cs_member(r, p_recipient, 1);
    ELSE
        r := cs_member(r, 0, 64);
    END IF;
    RETURN r;
END $$;

CREATE OR REPLACE FUNCTION cs_text(cs jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CAST(jsonb_strip_nulls(jsonb_build_object( 'i', (SELECT jsonb_agg(e.v) FROM jsonb_each(cs -> 'i') AS e (k, v)), 'm', (SELECT jsonb_agg(jsonb_build_array(CAST(e.k AS bigint), e.v)) FROM jsonb_each(cs -> 'm') AS e (k, v)))) AS text)
$$;

CREATE OR REPLACE FUNCTION log_changes(p_origin bigint, cs jsonb) RETURNS text LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = mynetwork, pg_temp AS $$
DECLARE
    v_text text := cs_text(cs);
    v_seq bigint;
BEGIN
    IF v_text = '{}' THEN
        RETURN v_text;
    END IF;
    INSERT INTO change_log (origin, payload) VALUES (COALESCE(p_origin, 0), v_text) RETURNING seq INTO v_seq;
    IF v_seq % 1000 = 0 THEN
        DELETE FROM change_log WHERE seq <= v_seq - 10000;
    END IF;
    RETURN v_text;
END $$;

CREATE OR REPLACE FUNCTION accept_core(p_me bigint, p_id bigint, p_sender bigint, p_recipient bigint, p_now bigint, cs jsonb) RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = mynetwork, pg_temp AS $$
DECLARE
    r record;
BEGIN
    UPDATE invitations SET state = 1, responded_ms = p_now, next_due_ms = NULL WHERE id = p_id AND state = 0;
    INSERT INTO connections (member_id, other_id, since_ms) VALUES (p_sender, p_recipient, p_now), (p_recipient, p_sender, p_now);
    FOR r IN UPDATE invitations SET sender_closed_ms = p_now, next_due_ms = NULL WHERE pair_lo = LEAST(p_sender, p_recipient) AND pair_hi = GREATEST(p_sender, p_recipient) AND state = 2 AND sender_closed_ms IS NULL RETURNING id, sender_id, recipient_id LOOP
        cs := cs_invitation(cs, r.id, r.sender_id, r.recipient_id, true);
    END LOOP;
    INSERT INTO notifications (member_id, kind, invitation_id, actor_id, created_ms) VALUES (p_sender, 3, p_id, p_me, p_now);
    cs := cs_invitation(cs, p_id, p_sender, p_recipient, true);
    cs := cs_member(cs, p_sender, 8 | 2);
    RETURN cs_member(cs, p_recipient, 8);
END $$;

CREATE OR REPLACE FUNCTION weekly_refusal(p_me bigint, p_now bigint, p_name text) RETURNS action_result LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = mynetwork, pg_temp AS $$
DECLARE
    v_limit int := rule_setting('weekly_limit', 100);
BEGIN
    IF (SELECT count(*) FROM invitations WHERE sender_id = p_me AND sent_ms > p_now - 604800000) >= v_limit THEN
        RETURN refusal(6, p_name, 0, v_limit);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION send_invitation(p_member bigint, p_recipient bigint, p_note text, p_source int,
    p_now bigint, p_origin bigint) RETURNS action_result LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp SET lock_timeout = '2s' SET mynetwork.app = 'on' AS $$
DECLARE
    v_me bigint := acting_member(p_member); v_now bigint := effective_now(p_now);
    v_lo bigint := LEAST(v_me, p_recipient); v_hi bigint := GREATEST(v_me, p_recipient);
    v_name text; v_id bigint; v_until bigint; v_expires bigint; cs jsonb := '{}'; r record;
    res action_result := refusal({R_NONE});
BEGIN
    IF v_me = p_recipient THEN RETURN refusal({R_YOURSELF}); END IF;
    IF char_length(COALESCE(p_note, '')) > {MAX_NOTE} THEN
        RETURN refusal({R_NOTE}, '', 0, {MAX_NOTE}); END IF;
    IF p_source IS NULL OR p_source NOT BETWEEN 0 AND {MAX_SOURCE} THEN
        RAISE EXCEPTION 'invalid invitation source %', p_source USING ERRCODE = '22023'; END IF;
    PERFORM hold_members(ARRAY[v_me, p_recipient]);
    SELECT name INTO v_name FROM members WHERE id = p_recipient;
    IF v_name IS NULL OR NOT EXISTS (SELECT 1 FROM members WHERE id = v_me) THEN
        RETURN refusal({R_UNKNOWN}); END IF;
    IF EXISTS (SELECT 1 FROM connections WHERE member_id = v_me AND other_id = p_recipient) THEN
        RETURN refusal({R_CONNECTED}, v_name); END IF;
    SELECT id INTO v_id FROM invitations WHERE pair_lo = v_lo AND pair_hi = v_hi
        AND sender_id = p_recipient AND recipient_id = v_me AND state = {PENDING} AND expires_ms > v_now;
    IF v_id IS NOT NULL THEN
        res.invitation_id := v_id; res.accepted_instead := true;
        res.changes := log_changes(p_origin, accept_core(v_me, v_id, p_recipient, v_me, v_now, cs));
        RETURN res;
    END IF;
    IF EXISTS (SELECT 1 FROM invitations WHERE recipient_id = p_recipient AND sender_id = v_me
        AND (state = {PENDING} OR (state = {IGNORED} AND sender_closed_ms IS NULL))
        AND expires_ms > v_now) THEN RETURN refusal({R_PENDING}, v_name); END IF;
    SELECT max(until_ms) INTO v_until FROM cooldowns WHERE sender_id = v_me AND recipient_id = p_recipient;
    IF v_until > v_now THEN RETURN refusal({R_COOLDOWN}, v_name, v_until); END IF;
    res := weekly_refusal(v_me, v_now, v_name);
    IF res.reason IS NOT NULL THEN RETURN res; END IF;
    res := refusal({R_NONE});
    FOR r IN UPDATE invitations SET state = {EXPIRED}, next_due_ms = NULL WHERE pair_lo = v_lo
        AND pair_hi = v_hi AND state = {PENDING} AND expires_ms <= v_now
        RETURNING id, sender_id, recipient_id LOOP
        cs := cs_invitation(cs, r.id, r.sender_id, r.recipient_id, true);
    END LOOP;
    v_expires := expiry_for(v_now);
    INSERT INTO invitations (sender_id, recipient_id, pair_lo, pair_hi, note, source, state, sent_ms,
        expires_ms, reminders_sent, next_due_ms) VALUES (v_me, p_recipient, v_lo, v_hi,
        COALESCE(p_note, ''), p_source, {PENDING}, v_now, v_expires, 0,
        next_due_pending(v_now, v_expires, 0)) RETURNING id INTO v_id;
    res.invitation_id := v_id;
    res.changes := log_changes(p_origin, cs_invitation(cs, v_id, v_me, p_recipient, true));
    RETURN res;
END $$;

CREATE OR REPLACE FUNCTION send_to_address(p_member bigint, p_email text, p_note text, p_source int,
    p_now bigint, p_origin bigint) RETURNS action_result LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp SET lock_timeout = '2s' SET mynetwork.app = 'on' AS $$
DECLARE
    v_me bigint := acting_member(p_member); v_now bigint := effective_now(p_now);
    v_name text := btrim(COALESCE(p_email, ''), E' \t\n\r\f\v');
    v_address text := normalize_email(p_email); v_member bigint; v_id bigint; v_until bigint;
    v_expires bigint; cs jsonb := '{}'; r record; res action_result;
BEGIN
    IF v_address !~ '^[^@]+@[-.a-z0-9]+$' THEN
        RETURN refusal({R_INVALID_EMAIL}, v_name); END IF;
    SELECT id INTO v_member FROM members WHERE email_norm = v_address;
    IF v_member IS NOT NULL THEN
        RETURN send_invitation(v_me, v_member, p_note, p_source, p_now, p_origin); END IF;
    IF char_length(COALESCE(p_note, '')) > {MAX_NOTE} THEN
        RETURN refusal({R_NOTE}, v_name, 0, {MAX_NOTE}); END IF;
    IF p_source IS NULL OR p_source NOT BETWEEN 0 AND {MAX_SOURCE} THEN
        RAISE EXCEPTION 'invalid invitation source %', p_source USING ERRCODE = '22023'; END IF;
    IF NOT EXISTS (SELECT 1 FROM members WHERE id = v_me) THEN RETURN refusal({R_UNKNOWN}); END IF;
    PERFORM hold_members(ARRAY[v_me]);
    IF EXISTS (SELECT 1 FROM invitations WHERE recipient_email = v_address AND recipient_id IS NULL
        AND sender_id = v_me AND (state = {PENDING} OR (state = {IGNORED} AND sender_closed_ms IS NULL))
        AND expires_ms > v_now) THEN RETURN refusal({R_PENDING}, v_name); END IF;
    SELECT max(until_ms) INTO v_until FROM cooldowns WHERE sender_id = v_me
        AND recipient_email = v_address;
    IF v_until > v_now THEN RETURN refusal({R_COOLDOWN}, v_name, v_until); END IF;
    res := weekly_refusal(v_me, v_now, v_name);
    IF res.reason IS NOT NULL THEN RETURN res; END IF;
    res := refusal({R_NONE});
    DELETE FROM outbox WHERE invitation_id IN (SELECT id FROM invitations WHERE sender_id = v_me
        AND recipient_email = v_address AND recipient_id IS NULL AND state = {PENDING}
        AND expires_ms <= v_now);
    FOR r IN DELETE FROM invitations WHERE sender_id = v_me AND recipient_email = v_address
        AND recipient_id IS NULL AND state = {PENDING} AND expires_ms <= v_now RETURNING id LOOP
        cs := cs_invitation(cs, r.id, v_me, NULL, true);
    END LOOP;
    v_expires := expiry_for(v_now);
    INSERT INTO invitations (sender_id, recipient_email, note, source, state, sent_ms, expires_ms,
        reminders_sent, next_due_ms) VALUES (v_me, v_address, COALESCE(p_note, ''), p_source, {PENDING},
        v_now, v_expires, 0, next_due_pending(v_now, v_expires, 0)) RETURNING id INTO v_id;
    INSERT INTO outbox (to_email, sender_id, invitation_id, kind, created_ms)
        VALUES (v_address, v_me, v_id, {O_INVITATION}, v_now);
    res.invitation_id := v_id;
    res.changes := log_changes(p_origin, cs_invitation(cs, v_id, v_me, NULL, true));
    RETURN res;
END $$;

CREATE OR REPLACE FUNCTION answerable(p_me bigint, inv invitations, p_now bigint) RETURNS action_result LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = mynetwork, pg_temp AS $$
BEGIN
    IF inv.id IS NULL THEN
        RETURN refusal(10);
    END IF;
    IF inv.recipient_id IS DISTINCT FROM p_me THEN
        RETURN refusal(11);
    END IF;
    IF inv.state = 1 THEN
        RETURN refusal(14);
    END IF;
    IF inv.state = 2 THEN
        RETURN refusal(15);
    END IF;
    IF inv.state = 3 THEN
        RETURN refusal(16, (SELECT name FROM members WHERE id = inv.sender_id));
    END IF;
    IF inv.state = 4 OR inv.expires_ms <= p_now THEN
        RETURN refusal(17);
    END IF;
    RETURN refusal(0);
END $$;

CREATE OR REPLACE FUNCTION lock_parties(p_id bigint) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = mynetwork, pg_temp AS $$
BEGIN
    PERFORM 1 FROM members WHERE id IN (SELECT sender_id FROM invitations WHERE id = p_id UNION SELECT recipient_id FROM invitations WHERE id = p_id) ORDER BY id FOR UPDATE;
END $$;

CREATE OR REPLACE FUNCTION answer_invitation(p_member bigint, p_id bigint, p_accept boolean, p_now bigint,
    p_origin bigint) RETURNS action_result LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp SET lock_timeout = '2s' AS $$
DECLARE
    v_me bigint := acting_member(p_member); v_now bigint := effective_now(p_now);
    inv invitations; res action_result;
BEGIN
    SELECT * INTO inv FROM invitations WHERE id = p_id;
    res := answerable(v_me, inv, v_now);
    IF res.reason <> {R_NONE} THEN RETURN res; END IF;
    PERFORM hold_members(ARRAY[inv.sender_id, inv.recipient_id]);
    SELECT * INTO inv FROM invitations WHERE id = p_id;
    res := answerable(v_me, inv, v_now);
    IF res.reason <> {R_NONE} THEN RETURN res; END IF;
    res.invitation_id := p_id;
    IF p_accept THEN
        res.changes := log_changes(p_origin,
            accept_core(v_me, p_id, inv.sender_id, inv.recipient_id, v_now, '{}'));
        RETURN res;
    END IF;
    UPDATE invitations SET state = {IGNORED}, responded_ms = v_now, next_due_ms = inv.expires_ms
        WHERE id = p_id AND state = {PENDING};
    res.changes := log_changes(p_origin,
        cs_invitation('{}', p_id, inv.sender_id, inv.recipient_id, false));
    RETURN res;
END $$;

CREATE OR REPLACE FUNCTION accept_invitation(p_member bigint, p_id bigint, p_now bigint, p_origin bigint) RETURNS action_result LANGUAGE sql SECURITY DEFINER
    SET search_path = mynetwork, pg_temp SET mynetwork.app = 'on' AS $$
    SELECT answer_invitation(p_member, p_id, true, p_now, p_origin)
$$;

CREATE OR REPLACE FUNCTION ignore_invitation(p_member bigint, p_id bigint, p_now bigint, p_origin bigint) RETURNS action_result LANGUAGE sql SECURITY DEFINER
    SET search_path = mynetwork, pg_temp SET mynetwork.app = 'on' AS $$
    SELECT answer_invitation(p_member, p_id, false, p_now, p_origin)
$$;

CREATE OR REPLACE FUNCTION withdraw_invitations(p_member bigint, p_ids bigint[], p_now bigint,
    p_origin bigint) RETURNS action_result LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp SET lock_timeout = '2s' SET mynetwork.app = 'on' AS $$
DECLARE
    v_me bigint := acting_member(p_member); v_now bigint := effective_now(p_now);
    v_id bigint; inv invitations; cs jsonb := '{}'; res action_result := refusal({R_NONE});
BEGIN
    IF EXISTS (SELECT 1 FROM unnest(COALESCE(p_ids, '{}')) AS w (id)
        WHERE NOT EXISTS (SELECT 1 FROM invitations i WHERE i.id = w.id AND i.sender_id = v_me)) THEN
        RETURN refusal(CASE WHEN EXISTS (SELECT 1 FROM unnest(p_ids) AS w (id)
            WHERE NOT EXISTS (SELECT 1 FROM invitations i WHERE i.id = w.id)) THEN {R_NOT_FOUND}
            ELSE {R_NOT_SENDER} END);
    END IF;
    PERFORM hold_members(ARRAY[v_me] || ARRAY(SELECT recipient_id FROM invitations
        WHERE id = ANY (p_ids) AND recipient_id IS NOT NULL));
    FOREACH v_id IN ARRAY COALESCE(p_ids, '{}') LOOP
        SELECT * INTO inv FROM invitations WHERE id = v_id;
        IF inv.id IS NULL THEN RETURN refusal({R_NOT_FOUND}); END IF;
        IF inv.sender_id <> v_me THEN RETURN refusal({R_NOT_SENDER}); END IF;
        IF inv.state = {ACCEPTED} THEN RETURN refusal({R_ACCEPTED}); END IF;
        IF inv.state = {EXPIRED} OR inv.expires_ms <= v_now THEN RETURN refusal({R_EXPIRED}); END IF;
        IF inv.state <> {PENDING} AND NOT (inv.state = {IGNORED} AND inv.sender_closed_ms IS NULL) THEN
            RETURN refusal({R_NOT_FOUND}); END IF;
        IF inv.state = {IGNORED} THEN
            UPDATE invitations SET sender_closed_ms = v_now, next_due_ms = NULL WHERE id = v_id;
        ELSE
            UPDATE invitations SET state = {WITHDRAWN}, responded_ms = v_now, next_due_ms =
                CASE WHEN inv.recipient_id IS NULL THEN v_now + {COOLDOWN_MS} END
                WHERE id = v_id AND state = {PENDING};
        END IF;
        INSERT INTO cooldowns (sender_id, recipient_id, recipient_email, until_ms) VALUES (v_me,
            inv.recipient_id, CASE WHEN inv.recipient_id IS NULL THEN inv.recipient_email END,
            v_now + {COOLDOWN_MS});
        cs := cs_invitation(cs, v_id, v_me, inv.recipient_id, true);
        res.invitation_id := v_id; res.available_from_ms := v_now + {COOLDOWN_MS};
    END LOOP;
    res.changes := log_changes(p_origin, cs);
    RETURN res;
END $$;

CREATE OR REPLACE FUNCTION remove_connection(p_member bigint, p_other bigint, p_now bigint,
    p_origin bigint) RETURNS action_result LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp SET lock_timeout = '2s' SET mynetwork.app = 'on' AS $$
DECLARE v_me bigint := acting_member(p_member); v_name text; v_count int;
BEGIN
    SELECT name INTO v_name FROM members WHERE id = p_other;
    IF v_name IS NULL OR NOT EXISTS (SELECT 1 FROM members WHERE id = v_me) THEN
        RETURN refusal({R_UNKNOWN}); END IF;
    IF NOT EXISTS (SELECT 1 FROM connections WHERE member_id = v_me AND other_id = p_other) THEN
        RETURN refusal({R_NOT_CONNECTED}, v_name); END IF;
    PERFORM hold_members(ARRAY[v_me, p_other]);
    DELETE FROM connections WHERE (member_id = v_me AND other_id = p_other)
        OR (member_id = p_other AND other_id = v_me);
    GET DIAGNOSTICS v_count = ROW_COUNT;
    IF v_count = 0 THEN RETURN refusal({R_NOT_CONNECTED}, v_name); END IF;
    RETURN (SELECT CAST(ROW(0, CAST(0 AS bigint), '', CAST(0 AS bigint), 0, false, CAST(0 AS bigint),
        log_changes(p_origin, cs_member(cs_member('{}', v_me, {T_CONNECTIONS} | {T_SUGGESTIONS}),
        p_other, {T_CONNECTIONS} | {T_SUGGESTIONS}))) AS action_result));
END $$;

CREATE OR REPLACE FUNCTION members_by_email(p_addresses json) RETURNS TABLE (id bigint, email_norm text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$
DECLARE v_me bigint := my_member(); v_asked text[];
BEGIN
    SELECT array_agg(DISTINCT a) INTO v_asked FROM json_array_elements_text(p_addresses) AS a;
    IF is_owner_session() THEN
        RETURN QUERY SELECT m.id, m.email_norm FROM members m WHERE m.email_norm = ANY (v_asked);
        RETURN;
    END IF;
    IF v_me IS NULL THEN
        RAISE EXCEPTION 'permission denied: the login % is not tied to a member', session_user
            USING ERRCODE = '42501';
    END IF;
    RETURN QUERY SELECT m.id, m.email_norm FROM members m
        WHERE m.email_norm IN (SELECT charge_lookups(v_me, COALESCE(v_asked, '{}')));
END $$;

CREATE OR REPLACE FUNCTION connection_count(p_member bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = mynetwork, pg_temp AS $$
    SELECT COUNT(*) FROM connections WHERE member_id = p_member
$$;

CREATE OR REPLACE FUNCTION contact_member_ids() RETURNS SETOF bigint LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$
DECLARE v_me bigint := my_member(); v_new text[];
BEGIN
    IF v_me IS NULL THEN RETURN; END IF;
    SELECT array_agg(DISTINCT c.email_norm) INTO v_new FROM contacts c
        WHERE c.owner_id = v_me AND c.email_norm <> '' AND NOT EXISTS (
            SELECT 1 FROM address_lookups l WHERE l.member_id = v_me AND l.email_norm = c.email_norm);
    IF v_new IS NOT NULL AND address_lookups_left() > 0 THEN
        PERFORM charge_lookups(v_me, v_new);
    END IF;
    RETURN QUERY SELECT DISTINCT m.id FROM contacts c
        JOIN address_lookups l ON l.member_id = v_me AND l.email_norm = c.email_norm
        JOIN members m ON m.email_norm = c.email_norm
        WHERE c.owner_id = v_me AND c.email_norm <> '';
END $$;

CREATE OR REPLACE FUNCTION log_change(p_origin bigint, p_payload text) RETURNS bigint LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$
DECLARE
    v_me bigint := my_member(); v_owner boolean := is_owner_session(); p jsonb; v_seq bigint;
BEGIN
    IF NOT v_owner AND octet_length(COALESCE(p_payload, '')) > 4096 THEN
        RAISE EXCEPTION 'a change set of % bytes is more than the change log takes', octet_length(p_payload)
            USING ERRCODE = '54000';
    END IF;
    p := CAST(p_payload AS jsonb);
    IF v_owner THEN
        NULL;
    ELSIF v_me IS NOT NULL THEN
        IF jsonb_typeof(p) <> 'object' OR EXISTS (SELECT 1 FROM jsonb_object_keys(p) AS k WHERE k <> 'm')
            OR jsonb_typeof(COALESCE(p -> 'm', '[]')) <> 'array'
            OR EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(p -> 'm', '[]')) AS e
                WHERE jsonb_typeof(e) <> 'array' OR jsonb_array_length(e) <> 2
                OR jsonb_typeof(e -> 0) <> 'number' OR jsonb_typeof(e -> 1) <> 'number'
                OR CAST(e ->> 0 AS bigint) <> v_me
                OR (CAST(e ->> 1 AS int) & ~({T_NOTIFICATIONS} | 4 | {T_SUGGESTIONS})) <> 0) THEN
            RAISE EXCEPTION 'permission denied: a member logs their own contacts, dismissals, notifications only'
                USING ERRCODE = '42501';
        END IF;
    ELSE
        RAISE EXCEPTION 'permission denied: the login % is not tied to a member', session_user
            USING ERRCODE = '42501';
    END IF;
    INSERT INTO change_log (origin, payload) VALUES (COALESCE(p_origin, 0), p_payload) RETURNING seq INTO v_seq;
    IF v_seq % 1000 = 0 THEN DELETE FROM change_log WHERE seq <= v_seq - {KEPT_ROWS}; END IF;
    RETURN v_seq;
END $$;

CREATE OR REPLACE FUNCTION invitation_notify() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$
DECLARE r record; v_told json;
BEGIN
    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
    IF r.state = {IGNORED} AND r.sender_closed_ms IS NULL THEN
        v_told := json_build_array(json_build_array(COALESCE(r.recipient_id, 0), 1));
    ELSE
        v_told := json_build_array(json_build_array(r.sender_id, 1), json_build_array(COALESCE(r.recipient_id, 0), 1));
    END IF;
    INSERT INTO change_log (origin, payload) VALUES (0, json_build_object(
        'i', json_build_array(json_build_array(r.id, r.sender_id, COALESCE(r.recipient_id, 0))), 'm', v_told));
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION member_topic_notify() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = mynetwork, pg_temp AS $$
DECLARE
    r record;
BEGIN
    IF TG_OP = 'DELETE' THEN
        r := OLD;
    ELSE
        r := NEW;
    END IF;
    INSERT INTO change_log (origin, payload) VALUES (0, json_build_object('m', json_build_array(json_build_array(to_json(r) -> TG_ARGV[0], CAST(TG_ARGV[2] AS int)), json_build_array(COALESCE(to_json(r) -> TG_ARGV[1], '0'), CAST(TG_ARGV[2] AS int))) ));
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION hold_members(p_ids bigint[]) RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$
DECLARE v bigint;
BEGIN
    FOR v IN SELECT id FROM members WHERE id = ANY (p_ids) ORDER BY id LOOP
        INSERT INTO member_rules (member_id, seq) VALUES (v, 1)
            ON CONFLICT (member_id) DO UPDATE SET seq = member_rules.seq + 1;
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION normalize_email(p_address text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT lower(regexp_replace(COALESCE(p_address, ''),
        '[[:space:]\u0085\u00a0\u1680\u180e\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]', '', 'g')
        COLLATE "und-x-icu")
$$;

CREATE OR REPLACE FUNCTION changes_since(p_after bigint) RETURNS TABLE (seq bigint, origin bigint, payload text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$
DECLARE
    v_owner boolean := is_owner_session(); v_me bigint := my_member(); v_now bigint := effective_now(NULL);
    v_first bigint; v_last bigint; v_mark bigint := p_after; v_open boolean := true;
    r record; p jsonb; v_topics int; pub jsonb; inv jsonb;
BEGIN
    IF NOT v_owner AND v_me IS NULL THEN
        RAISE EXCEPTION 'permission denied: the login % is not tied to a member', session_user
            USING ERRCODE = '42501';
    END IF;
    SELECT min(c.seq), max(c.seq) INTO v_first, v_last FROM change_log c;
    IF p_after IS NULL OR v_last IS NULL THEN
        seq := COALESCE(p_after, v_last, 0); origin := COALESCE(v_last, seq); payload := NULL;
        RETURN NEXT; RETURN;
    END IF;
    IF p_after < v_first - 1 OR v_last - p_after > 5000 OR v_last < p_after THEN
        seq := v_last; origin := 0; payload := '{"all":true}'; RETURN NEXT;
        seq := v_last; origin := v_last; payload := NULL; RETURN NEXT; RETURN;
    END IF;
    FOR r IN SELECT c.seq, c.origin, c.payload, c.logged_ms FROM change_log c
             WHERE c.seq > p_after ORDER BY c.seq LOOP
        IF v_open AND (r.seq = v_mark + 1 OR r.logged_ms < v_now - 120000) THEN
            v_mark := r.seq;
        ELSE
            v_open := false;
        END IF;
        IF v_owner THEN
            seq := r.seq; origin := r.origin; payload := r.payload; RETURN NEXT; CONTINUE;
        END IF;
        p := CAST(r.payload AS jsonb);
        IF p ? 'all' THEN
            seq := r.seq; origin := r.origin; payload := '{"all":true}'; RETURN NEXT; CONTINUE;
        END IF;
        SELECT COALESCE(bit_or(CAST(e ->> 1 AS int)) FILTER (WHERE CAST(e ->> 0 AS bigint) = v_me), 0),
               jsonb_agg(jsonb_build_array(e -> 0, {T_PROFILE})) FILTER (WHERE (CAST(e ->> 1 AS int) & {T_PROFILE}) <> 0)
            INTO v_topics, pub FROM jsonb_array_elements(COALESCE(p -> 'm', '[]')) AS e;
        CONTINUE WHEN v_topics = 0 AND pub IS NULL;
        inv := '[]';
        IF v_topics <> 0 THEN
            SELECT COALESCE(jsonb_agg(t), '[]') INTO inv FROM jsonb_array_elements(COALESCE(p -> 'i', '[]')) AS t
                WHERE CAST(t ->> 1 AS bigint) = v_me OR CAST(t ->> 2 AS bigint) = v_me;
            IF EXISTS (SELECT 1 FROM jsonb_array_elements(inv) AS t
                       WHERE CAST(t ->> 1 AS bigint) = v_me AND CAST(t ->> 2 AS bigint) = 0) THEN
                v_topics := v_topics | {T_OUTBOX};
            END IF;
            pub := jsonb_build_array(jsonb_build_array(v_me, v_topics)) || COALESCE(pub, '[]');
        END IF;
        seq := r.seq; origin := r.origin; payload := CAST(jsonb_build_object('i', inv, 'm', pub) AS text);
        RETURN NEXT;
    END LOOP;
    seq := v_mark; origin := v_last; payload := NULL; RETURN NEXT;
END $$;

CREATE OR REPLACE FUNCTION relay_notices(p_after bigint) RETURNS bigint LANGUAGE plpgsql
    SET search_path = mynetwork, pg_temp AS $$
DECLARE v_last bigint; v_all boolean; v_public boolean; v_rows bigint; r record;
BEGIN
    SELECT max(seq) INTO v_last FROM change_log;
    IF v_last IS NULL OR v_last = p_after THEN RETURN COALESCE(v_last, p_after); END IF;
    PERFORM pg_notify('mynetwork_changes', CAST(v_last AS text));
    SELECT count(*), COALESCE(bool_or(p ? 'all'), false),
           COALESCE(bool_or(EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(p -> 'm', '[]')) AS e
                                    WHERE (CAST(e ->> 1 AS int) & {T_PROFILE}) <> 0)), false)
        INTO v_rows, v_all, v_public
        FROM (SELECT CAST(payload AS jsonb) AS p FROM change_log
              WHERE seq > p_after AND seq <= v_last ORDER BY seq LIMIT 5001) AS x;
    -- Behind (or after a restore): everyone looks.
    IF v_all OR v_public OR v_rows > 5000 OR v_last < p_after OR p_after <= 0 THEN
        PERFORM pg_notify('mynetwork_public', CAST(v_last AS text));
    END IF;
    IF v_all OR v_rows > 5000 OR v_last < p_after OR p_after <= 0 THEN RETURN v_last; END IF;
    FOR r IN SELECT DISTINCT m.feed_token FROM change_log c
             CROSS JOIN LATERAL jsonb_array_elements(COALESCE(CAST(c.payload AS jsonb) -> 'm', '[]')) AS e
             JOIN members m ON m.id = CAST(e ->> 0 AS bigint)
             WHERE c.seq > p_after AND c.seq <= v_last LOOP
        PERFORM pg_notify('mn_' || r.feed_token, CAST(v_last AS text));
    END LOOP;
    RETURN v_last;
END $$;

CREATE OR REPLACE FUNCTION prune_change_log(p_max_age_ms bigint, p_max_bytes bigint) RETURNS bigint LANGUAGE plpgsql
    SET search_path = mynetwork, pg_temp AS $$
DECLARE v_cut bigint; v_sized bigint; n bigint;
BEGIN
    SELECT COALESCE(max(seq), 0) INTO v_cut FROM change_log
        WHERE logged_ms < effective_now(NULL) - p_max_age_ms;
    SELECT COALESCE(max(seq), 0) INTO v_sized FROM (
        SELECT seq, sum(octet_length(payload)) OVER (ORDER BY seq DESC) AS total FROM change_log) AS s
        WHERE total > p_max_bytes;
    DELETE FROM change_log WHERE seq <= GREATEST(v_cut, v_sized);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$;

CREATE OR REPLACE FUNCTION end_stuck_sessions(p_idle_ms bigint, p_queue_share float8)
    RETURNS TABLE (pid int, login text, reason text) LANGUAGE plpgsql
    SET search_path = mynetwork, pg_temp AS $$
DECLARE r record;
BEGIN
    FOR r IN SELECT a.pid, a.usename FROM pg_stat_activity a JOIN members m ON m.login = a.usename
             WHERE a.datname = current_database()
               AND a.state IN ('idle in transaction', 'idle in transaction (aborted)')
               AND a.state_change < clock_timestamp() - make_interval(secs => p_idle_ms / 1000.0) LOOP
        IF pg_terminate_backend(r.pid) THEN
            pid := r.pid; login := r.usename; reason := 'idle in a transaction'; RETURN NEXT;
        END IF;
    END LOOP;
    IF pg_notification_queue_usage() > p_queue_share THEN
        SELECT a.pid, a.usename INTO r FROM pg_stat_activity a JOIN members m ON m.login = a.usename
            WHERE a.datname = current_database() AND a.xact_start IS NOT NULL AND a.pid <> pg_backend_pid()
            ORDER BY a.xact_start LIMIT 1;
        IF FOUND AND pg_terminate_backend(r.pid) THEN
            pid := r.pid; login := r.usename; reason := 'holds the notification queue'; RETURN NEXT;
        END IF;
    END IF;
END $$;

CREATE OR REPLACE FUNCTION contacts_within_limit() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$
DECLARE v_limit bigint := rule_setting('max_contacts', {MAX_CONTACTS}); r record;
BEGIN
    IF is_owner_session() THEN RETURN NULL; END IF;
    FOR r IN SELECT n.owner_id, (SELECT count(*) FROM contacts c WHERE c.owner_id = n.owner_id) AS total
             FROM (SELECT DISTINCT owner_id FROM new_contacts) AS n LOOP
        IF r.total > v_limit THEN
            RAISE EXCEPTION 'member % would keep % contacts; the limit is %', r.owner_id, r.total, v_limit
                USING ERRCODE = '54000', HINT = 'contacts';
        END IF;
    END LOOP;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION address_lookups_left() RETURNS bigint LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$
    SELECT GREATEST(0, rule_setting('daily_lookups', {DAILY_LOOKUPS}) - (SELECT count(*) FROM address_lookups
        WHERE member_id = my_member() AND day = effective_now(NULL) / 86400000))
$$;

CREATE OR REPLACE FUNCTION charge_lookups(p_me bigint, p_addresses text[]) RETURNS SETOF text LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp SET lock_timeout = '2s' AS $$
DECLARE v_day bigint := effective_now(NULL) / 86400000; v_left bigint;
BEGIN
    IF EXISTS (SELECT 1 FROM unnest(p_addresses) AS a (e) WHERE NOT EXISTS (
               SELECT 1 FROM address_lookups l WHERE l.member_id = p_me AND l.email_norm = a.e)) THEN
        PERFORM hold_members(ARRAY[p_me]);
        v_left := rule_setting('daily_lookups', {DAILY_LOOKUPS})
            - (SELECT count(*) FROM address_lookups WHERE member_id = p_me AND day = v_day);
        INSERT INTO address_lookups (member_id, email_norm, day)
            SELECT p_me, f.e, v_day FROM (
                SELECT DISTINCT a.e FROM unnest(p_addresses) AS a (e)
                WHERE a.e <> '' AND char_length(a.e) <= {L_EMAIL} AND NOT EXISTS (
                    SELECT 1 FROM address_lookups l WHERE l.member_id = p_me AND l.email_norm = a.e)
                ORDER BY a.e LIMIT GREATEST(v_left, 0)) AS f
            ON CONFLICT DO NOTHING;
    END IF;
    RETURN QUERY SELECT DISTINCT a.e FROM unnest(p_addresses) AS a (e)
        JOIN address_lookups l ON l.member_id = p_me AND l.email_norm = a.e;
END $$;

-- Lower case and accents dropped, for the letters of Europe's Latin
-- alphabets (both cases listed: lower() follows the database's locale).
CREATE OR REPLACE FUNCTION fold(p text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT replace(replace(replace(lower(translate(COALESCE(p, ''),
        'àáâãäåāăąÀÁÂÃÄÅĀĂĄçćĉċčÇĆĈĊČďđĎĐèéêëēĕėęěÈÉÊËĒĔĖĘĚĝğġģĜĞĠĢĥĤìíîïĩīĭįıÌÍÎÏĨĪĬĮİĵĴķĶĺļľŀłĹĻĽĿŁñńņňÑŃŅŇòóôõöōŏőøÒÓÔÕÖŌŎŐØŕŗřŔŖŘśŝşšŚŜŞŠţťŢŤùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲŵŴýÿŷÝŸŶźżžŹŻŽ',
        'aaaaaaaaaaaaaaaaaaccccccccccddddeeeeeeeeeeeeeeeeeegggggggghhiiiiiiiiiiiiiiiiiijjkkllllllllllnnnnnnnnoooooooooooooooooorrrrrrssssssssttttuuuuuuuuuuuuuuuuuuuuwwyyyyyyzzzzzz')),
        'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe')
$$;

CREATE OR REPLACE FUNCTION members_search_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_key := fold(NEW.name) || E'\n' || fold(NEW.headline) || E'\n' || fold(NEW.company);
    RETURN NEW;
END $$;

-- The width and height a PNG's header says, or NULL for anything else.
CREATE OR REPLACE FUNCTION png_size(p bytea) RETURNS int[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN octet_length(p) >= 24 AND substring(p FROM 1 FOR 8) = '\x89504e470d0a1a0a'::bytea
        AND substring(p FROM 13 FOR 4) = '\x49484452'::bytea
        THEN ARRAY[(get_byte(p, 16) << 24) | (get_byte(p, 17) << 16) | (get_byte(p, 18) << 8) | get_byte(p, 19),
                   (get_byte(p, 20) << 24) | (get_byte(p, 21) << 16) | (get_byte(p, 22) << 8) | get_byte(p, 23)]
    END
$$;

-- R19: a member's own fields, all of them at once (the e-mail address is
-- the administrator's: the login is tied to it). The owner may name anyone.
CREATE OR REPLACE FUNCTION update_my_profile(p_member bigint, p_name text, p_headline text, p_company text, p_school text,
    p_location text, p_phone text, p_origin bigint) RETURNS action_result LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp SET lock_timeout = '2s' SET mynetwork.app = 'on' AS $$
DECLARE
    v_me bigint := acting_member(p_member);
    res action_result := refusal({R_NONE});
BEGIN
    IF btrim(COALESCE(p_name, '')) = '' THEN
        RAISE EXCEPTION 'a member needs a name' USING ERRCODE = '22023';
    END IF;
    IF char_length(btrim(p_name)) > {L_NAME} OR char_length(btrim(COALESCE(p_headline, ''))) > {L_HEADLINE}
        OR char_length(btrim(COALESCE(p_company, ''))) > {L_COMPANY}
        OR char_length(btrim(COALESCE(p_school, ''))) > {L_SCHOOL}
        OR char_length(btrim(COALESCE(p_location, ''))) > {L_LOCATION}
        OR char_length(btrim(COALESCE(p_phone, ''))) > {L_PHONE} THEN
        RAISE EXCEPTION 'a profile field is too long' USING ERRCODE = '22001';
    END IF;
    UPDATE members SET name = btrim(p_name), headline = btrim(COALESCE(p_headline, '')),
        company = btrim(COALESCE(p_company, '')), school = btrim(COALESCE(p_school, '')),
        location = btrim(COALESCE(p_location, '')), phone = btrim(COALESCE(p_phone, ''))
        WHERE id = v_me;
    IF NOT FOUND THEN
        RETURN refusal({R_UNKNOWN});
    END IF;
    res.changes := log_changes(p_origin, cs_member('{}', v_me, {T_PROFILE}));
    RETURN res;
END $$;

-- R19: a member's own photo: PNG images of exactly {PHOTO_SMALL_PX} and {PHOTO_LARGE_PX} pixels
-- square, as the app encodes them; NULL for both takes the photo away.
CREATE OR REPLACE FUNCTION set_my_photo(p_member bigint, p_small bytea, p_large bytea, p_now bigint, p_origin bigint)
    RETURNS action_result LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp SET lock_timeout = '2s' SET mynetwork.app = 'on' AS $$
DECLARE
    v_me bigint := acting_member(p_member);
    v_now bigint := effective_now(p_now);
    res action_result := refusal({R_NONE});
BEGIN
    IF p_small IS NULL AND p_large IS NULL THEN
        DELETE FROM member_photos WHERE member_id = v_me;
    ELSIF png_size(p_small) IS DISTINCT FROM ARRAY[{PHOTO_SMALL_PX}, {PHOTO_SMALL_PX}]
        OR png_size(p_large) IS DISTINCT FROM ARRAY[{PHOTO_LARGE_PX}, {PHOTO_LARGE_PX}] THEN
        RAISE EXCEPTION 'a photo is a PNG image of % and % pixels square', {PHOTO_SMALL_PX}, {PHOTO_LARGE_PX}
            USING ERRCODE = '22023';
    ELSE
        INSERT INTO member_photos (member_id, small, large, changed_ms) VALUES (v_me, p_small, p_large, v_now)
            ON CONFLICT (member_id) DO UPDATE SET small = excluded.small, large = excluded.large,
            changed_ms = excluded.changed_ms;
    END IF;
    res.changes := log_changes(p_origin, cs_member('{}', v_me, {T_PROFILE}));
    RETURN res;
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA mynetwork FROM PUBLIC;

-- R20: a member's own language, for the e-mails the store sends in their name.
CREATE OR REPLACE FUNCTION set_my_language(p_member bigint, p_language text) RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp SET lock_timeout = '2s' AS $$
DECLARE
    v_me bigint := acting_member(p_member);
BEGIN
    IF p_language IS NULL OR p_language NOT IN ('de', 'en') THEN
        RAISE EXCEPTION 'unknown language %', p_language USING ERRCODE = '22023';
    END IF;
    UPDATE members SET language = p_language WHERE id = v_me AND language <> p_language;
END $$;

-- R21: joining from an invitation.
CREATE OR REPLACE FUNCTION join_with_code(p_email text, p_code text, p_name text, p_headline text, p_login text,
    p_verifier text) RETURNS bigint LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp SET lock_timeout = '2s' AS $$
DECLARE
    v_address text := lower(btrim(COALESCE(p_email, '')));
    v_now bigint := CAST(floor(extract(epoch FROM clock_timestamp()) * 1000) AS bigint);
    v_hour bigint := CAST(floor(extract(epoch FROM clock_timestamp()) / 3600) AS bigint);
    v_oid text := (SELECT CAST(oid AS text) FROM pg_database WHERE datname = current_database());
    v_code bigint;
    v_id bigint;
    cs jsonb := '{}';
    r record;
BEGIN
    -- Sizes and shapes first: nothing a caller sends is trusted.
    IF char_length(v_address) > {L_EMAIL} OR char_length(COALESCE(p_code, '')) > 100
        OR char_length(btrim(COALESCE(p_name, ''))) NOT BETWEEN 1 AND {L_NAME}
        OR char_length(btrim(COALESCE(p_headline, ''))) > {L_HEADLINE}
        OR COALESCE(p_login, '') !~ '^[a-z_][a-z0-9_]{0,62}$' OR p_login LIKE 'pg\_%'
        OR COALESCE(p_verifier, '') !~ '^SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/=]{1,100}\$[A-Za-z0-9+/=]{1,100}:[A-Za-z0-9+/=]{1,100}$' THEN
        RETURN {J_INVALID};
    END IF;
    -- Wrong codes are limited per address and hour, and for all addresses
    -- together ('*'), which also bounds what the counts can take on disk.
    DELETE FROM join_attempts WHERE hour < v_hour - 1;
    IF (SELECT failures FROM join_attempts WHERE email_norm = v_address AND hour = v_hour) >= {JOIN_TRIES}
        OR (SELECT failures FROM join_attempts WHERE email_norm = '*' AND hour = v_hour) >= {JOIN_TRIES_ALL} THEN
        RETURN {J_TOO_MANY};
    END IF;
    SELECT id INTO v_code FROM join_codes WHERE email_norm = v_address AND used_ms IS NULL AND expires_ms > v_now
        AND code_hash = sha256(convert_to(upper(regexp_replace(COALESCE(p_code, ''), '[^A-Za-z0-9]', '', 'g')), 'UTF8'))
        FOR UPDATE;
    IF v_code IS NULL THEN
        INSERT INTO join_attempts (email_norm, hour, failures) VALUES (v_address, v_hour, 1), ('*', v_hour, 1)
            ON CONFLICT (email_norm, hour) DO UPDATE SET failures = join_attempts.failures + 1;
        RETURN {J_WRONG_CODE};
    END IF;
    IF EXISTS (SELECT 1 FROM members WHERE email_norm = v_address) THEN
        RETURN {J_MEMBER};
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RETURN {J_LOGIN_TAKEN};
    END IF;
    INSERT INTO members (name, headline, email, email_norm, joined_ms, login)
        VALUES (btrim(p_name), btrim(COALESCE(p_headline, '')), btrim(p_email), v_address, v_now, p_login)
        RETURNING id INTO v_id;
    -- The verifier, never the password: the server never sees it in clear.
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_login, p_verifier, 'mynetwork_member_' || v_oid);
    -- R9: what was sent to the address is the new member's, with its dates.
    FOR r IN SELECT id, sender_id FROM invitations WHERE recipient_id IS NULL AND recipient_email = v_address LOOP
        cs := cs_invitation(cs, r.id, r.sender_id, v_id, true);
    END LOOP;
    UPDATE invitations SET recipient_id = v_id,
        pair_lo = LEAST(sender_id, v_id), pair_hi = GREATEST(sender_id, v_id),
        next_due_ms = CASE WHEN state = {WITHDRAWN} THEN NULL ELSE next_due_ms END
        WHERE recipient_id IS NULL AND recipient_email = v_address;
    UPDATE cooldowns SET recipient_id = v_id WHERE recipient_id IS NULL AND recipient_email = v_address;
    UPDATE join_codes SET used_ms = v_now WHERE email_norm = v_address AND used_ms IS NULL;
    cs := cs_member(cs_member(cs_member(cs, v_id, {T_ALL}), 0, {T_PROFILE}), 0, {T_OUTBOX});
    PERFORM log_changes(NULL, cs);
    RETURN v_id;
END $$;
