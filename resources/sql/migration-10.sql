-- Migration 10, team store (PostgreSQL) only. Released: never edit this file
-- (tst_security checks its digest); a change is a new migration.
--
-- Issue 30, items 1, 5, 8 and 10: no member can stop the others' writes
-- through the notification queue, make windows reload with forged notices,
-- grow the store without bound or confirm hidden addresses wholesale.
-- Placeholders in braces are RuleFunctions::fill()'s.

-- Item 1: a write never notifies. Its change_log row is all it leaves; the
-- owner's service (mynetwork-engine, NoticeRelay) tells listeners in its
-- own transactions (relay_notices), so a full notification queue fails
-- that relay's notice and nobody's write. Windows that hear nothing for a
-- while read the log themselves. The row triggers for plain SQL clients
-- still write change_log rows, so their changes are relayed too.
DROP TRIGGER change_log_notify ON change_log;

-- When a change set was logged (server time), so the log can be pruned by
-- age. Added with a constant first: a volatile default would rewrite the
-- table under an exclusive lock.
ALTER TABLE change_log ADD COLUMN logged_ms bigint NOT NULL DEFAULT 0;
ALTER TABLE change_log ALTER COLUMN logged_ms
    SET DEFAULT CAST(floor(extract(epoch FROM clock_timestamp()) * 1000) AS bigint);

-- Item 5: a notice is a hint. What changed, a window reads here, from the
-- rows its login may read: the owner every change set; a member the public
-- topics (profiles, members who joined) and, in a change set that names
-- them, their own topics and the invitations they are party to (an ignore
-- names the recipient only: R4). A forged notice costs one small read.
-- Rows: (seq, origin, payload) per change set, then a mark row with payload
-- NULL: its seq is the number up to which every change set is in (the next
-- p_after), its origin the newest number. PostgreSQL hands out numbers
-- before commit, so a number missing between rows may still come: the mark
-- stops before it and the rows after it come again (the caller skips those
-- it has). A number missing for 120 s (twice the longest a member's session
-- may idle in a transaction) was rolled back. p_after NULL: only the mark.
-- A caller behind what the log keeps, or 5,000 rows behind, re-reads all.
CREATE FUNCTION changes_since(p_after bigint) RETURNS TABLE (seq bigint, origin bigint, payload text)
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

-- The relay (owner only): the rows past p_after told as one notice per
-- channel concerned, carrying the newest number and nothing else: the
-- owner's channel always, the public one for public topics, each member's
-- private channel when a row names them. Returns the newest number told.
CREATE FUNCTION relay_notices(p_after bigint) RETURNS bigint LANGUAGE plpgsql
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

REVOKE ALL ON FUNCTION relay_notices(bigint) FROM PUBLIC;

-- Item 8: the log is pruned by age and size as well as by count (the
-- owner's service calls this): rows older than p_max_age_ms and the oldest
-- rows past p_max_bytes of payload go. Returns how many went.
CREATE FUNCTION prune_change_log(p_max_age_ms bigint, p_max_bytes bigint) RETURNS bigint LANGUAGE plpgsql
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

REVOKE ALL ON FUNCTION prune_change_log(bigint, bigint) FROM PUBLIC;

-- Item 1: what a member's session may hold. Ends (as the owner, who needs
-- pg_signal_backend and pg_read_all_stats) this store's member sessions
-- idle in a transaction for longer than p_idle_ms, and, when the server's
-- notification queue is fuller than p_queue_share, the member session with
-- the oldest open transaction: a listener in a transaction keeps the
-- queue's tail. Returns who was ended and why.
CREATE FUNCTION end_stuck_sessions(p_idle_ms bigint, p_queue_share float8)
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

REVOKE ALL ON FUNCTION end_stuck_sessions(bigint, float8) FROM PUBLIC;

-- Item 8: every text column has a length (TextLimits). NOT VALID: rows
-- stored before are kept as they are; every new or changed row is checked.
ALTER TABLE members ADD CONSTRAINT members_text_sizes CHECK (
    char_length(name) <= {L_NAME} AND char_length(headline) <= {L_HEADLINE}
    AND char_length(company) <= {L_COMPANY} AND char_length(school) <= {L_SCHOOL}
    AND char_length(location) <= {L_LOCATION} AND char_length(email) <= {L_EMAIL}
    AND char_length(email_norm) <= {L_EMAIL} AND char_length(phone) <= {L_PHONE}
    AND char_length(COALESCE(login, '')) <= {L_LOGIN}) NOT VALID;
ALTER TABLE contacts ADD CONSTRAINT contacts_text_sizes CHECK (
    char_length(name) <= {L_NAME} AND char_length(email) <= {L_EMAIL}
    AND char_length(email_norm) <= {L_EMAIL} AND char_length(phone) <= {L_PHONE}
    AND char_length(company) <= {L_COMPANY} AND char_length(dedupe_key) <= {L_DEDUPE}) NOT VALID;
ALTER TABLE invitations ADD CONSTRAINT invitations_text_sizes CHECK (
    char_length(note) <= {MAX_NOTE} AND char_length(COALESCE(recipient_email, '')) <= {L_EMAIL}) NOT VALID;
ALTER TABLE cooldowns ADD CONSTRAINT cooldowns_text_sizes CHECK (
    char_length(COALESCE(recipient_email, '')) <= {L_EMAIL}) NOT VALID;
ALTER TABLE outbox ADD CONSTRAINT outbox_text_sizes CHECK (char_length(to_email) <= {L_EMAIL}) NOT VALID;
ALTER TABLE settings ADD CONSTRAINT settings_text_sizes CHECK (
    char_length(name) <= {L_SETTING_NAME} AND char_length(value) <= {L_SETTING_VALUE}) NOT VALID;

-- Item 8: a member keeps at most max_contacts imported contacts (setting,
-- default 50,000). Checked once per statement over the owners it touched.
CREATE FUNCTION contacts_within_limit() RETURNS trigger LANGUAGE plpgsql
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

CREATE TRIGGER contacts_limit AFTER INSERT ON contacts REFERENCING NEW TABLE AS new_contacts
    FOR EACH STATEMENT EXECUTE FUNCTION contacts_within_limit();

-- Item 10: a member learns whether an address is a member's only for
-- addresses charged to them: each address once, at most daily_lookups
-- (setting, default 2,000) new ones per UTC day. Contacts stored before
-- this migration are charged already (day 0).
CREATE TABLE address_lookups (
    member_id bigint NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    email_norm text NOT NULL,
    day bigint NOT NULL,
    PRIMARY KEY (member_id, email_norm)
);
CREATE INDEX address_lookups_day ON address_lookups (member_id, day);
REVOKE ALL ON address_lookups FROM PUBLIC;
INSERT INTO address_lookups (member_id, email_norm, day)
    SELECT DISTINCT owner_id, email_norm, 0 FROM contacts WHERE email_norm <> '' AND char_length(email_norm) <= {L_EMAIL}
    ON CONFLICT DO NOTHING;

-- How many new addresses the member may still look up today.
CREATE FUNCTION address_lookups_left() RETURNS bigint LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = mynetwork, pg_temp AS $$
    SELECT GREATEST(0, rule_setting('daily_lookups', {DAILY_LOOKUPS}) - (SELECT count(*) FROM address_lookups
        WHERE member_id = my_member() AND day = effective_now(NULL) / 86400000))
$$;

-- Charges what p_addresses holds that the member has not looked up before,
-- up to what is left today (under the member's rule lock: sessions at once
-- share one count), and returns the addresses the member may be answered.
CREATE FUNCTION charge_lookups(p_me bigint, p_addresses text[]) RETURNS SETOF text LANGUAGE plpgsql
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

REVOKE ALL ON FUNCTION charge_lookups(bigint, text[]) FROM PUBLIC;

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

-- The members among one's contacts: only those whose addresses were
-- charged; the import's contacts past today's lookups are charged here on
-- the following days, so suggestions catch up.
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

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA mynetwork FROM PUBLIC;
