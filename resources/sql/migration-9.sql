-- Migration 9, team store (PostgreSQL) only. Released: never edit this file
-- (tst_security checks its digest); a change is a new migration.
--
-- Issue 30, items 2 and 3: no member's session can hold the others up, and
-- no snapshot gets past a check-then-write rule.
-- * A rule function checks who may act before it locks anything and waits
--   for a lock at most 2 s (its own setting: a member cannot reset it); then
--   it fails with lock_not_available, which the app tells as busy. (No
--   EXCEPTION block turns it into a refusal: each would cost every call a
--   subtransaction.)
-- * The lock is a row per member in member_rules, counted up by every rule
--   function that checks R2, R8 or R13 for that member. In READ COMMITTED
--   a second caller waits for the first and then reads what it wrote; a
--   session in REPEATABLE READ or SERIALIZABLE whose snapshot predates the
--   first caller's commit gets a serialisation failure on the count instead
--   of checking an old count (the app tells it as busy).
-- Placeholders in braces are RuleFunctions::fill()'s.

CREATE TABLE member_rules (
    member_id bigint PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    seq bigint NOT NULL DEFAULT 0
);

REVOKE ALL ON member_rules FROM PUBLIC;

-- The rule locks of the members in p_ids that exist, lowest id first (two
-- callers never wait for each other in a circle).
CREATE FUNCTION hold_members(p_ids bigint[]) RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$
DECLARE v bigint;
BEGIN
    FOR v IN SELECT id FROM members WHERE id = ANY (p_ids) ORDER BY id LOOP
        INSERT INTO member_rules (member_id, seq) VALUES (v, 1)
            ON CONFLICT (member_id) DO UPDATE SET seq = member_rules.seq + 1;
    END LOOP;
END $$;

REVOKE ALL ON FUNCTION hold_members(bigint[]) FROM PUBLIC;

-- Issue 30, item 6: a change made outside the app (psql) to an invitation
-- the recipient ignored tells only the recipient; the sender's windows are
-- not even woken (R4), as the app's own ignore_invitation() already does.
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

-- Issue 30, item 8 (in part): the change log takes from a member only what
-- the app writes -- the key "m" with [member, topics] pairs of their own --
-- within 4 KB (ten 10 MB pads once added 104 MB to it). The owner's rows
-- are the app's own (an engine slice lists up to 2,000 items).
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

-- Issue 30, item 11: one normalisation of e-mail addresses, as the app's
-- Email::normalized(): every white space and invisible character removed
-- (btrim took only ASCII spaces: an address with a trailing no-break space
-- was a second address), case folded (ICU's, whatever the database's
-- locale). The app sends an internationalised domain in its ASCII form;
-- one that is not is refused as invalid (send_to_address).
CREATE FUNCTION normalize_email(p_address text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT lower(regexp_replace(COALESCE(p_address, ''),
        '[[:space:]\u0085\u00a0\u1680\u180e\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]', '', 'g')
        COLLATE "und-x-icu")
$$;

-- R1, R2, R8, R13, R5 for a member as recipient.
CREATE OR REPLACE FUNCTION send_invitation(p_member bigint, p_recipient bigint, p_note text, p_source int,
    p_now bigint, p_origin bigint) RETURNS action_result LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp SET lock_timeout = '2s' AS $$
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

-- R9: an address of nobody on the network gets an e-mail.
CREATE OR REPLACE FUNCTION send_to_address(p_member bigint, p_email text, p_note text, p_source int,
    p_now bigint, p_origin bigint) RETURNS action_result LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp SET lock_timeout = '2s' AS $$
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

-- R3 (accept) or R4 (ignore): only the recipient gets as far as a lock;
-- the sender is not told of an ignore, not even by a wake-up.
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

-- R7, R8: all of them or none; each checked before any changes. Only the
-- sender's own invitations get as far as a lock.
CREATE OR REPLACE FUNCTION withdraw_invitations(p_member bigint, p_ids bigint[], p_now bigint,
    p_origin bigint) RETURNS action_result LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp SET lock_timeout = '2s' AS $$
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

-- R14: both directions at once; nobody is told, no cool-down. Only an
-- existing connection gets as far as a lock.
CREATE OR REPLACE FUNCTION remove_connection(p_member bigint, p_other bigint, p_now bigint,
    p_origin bigint) RETURNS action_result LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp SET lock_timeout = '2s' AS $$
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
