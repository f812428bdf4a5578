-- Migration 12, team store (PostgreSQL) only. Released: never edit this file
-- (tst_security checks its digest); a change is a new migration, a changed
-- function goes to src/team/sql/rules.sql.
--
-- Issue 33, R20: outbox e-mails are delivered through the organisation's
-- mail server by the leading engine.
-- * Each outbox row has a delivery state: 0 queued, 1 being sent (by the
--   engine whose connection's backend is claimed_pid), 2 sent (delivered_ms,
--   the server's reply), 3 failed for good (last_error), 4 made before
--   delivery existed (never sent: an upgrade does not mail months-old
--   invitations). attempts and next_attempt_ms carry the backoff.
-- * A member's language, in which the store writes the e-mails they send.
-- Placeholders in braces are SqlPlaceholders::fill()'s.

ALTER TABLE outbox
    ADD COLUMN delivery_state smallint NOT NULL DEFAULT 0 CHECK (delivery_state BETWEEN 0 AND 4),
    ADD COLUMN attempts integer NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_ms bigint,
    ADD COLUMN delivered_ms bigint,
    ADD COLUMN server_reply text CHECK (char_length(server_reply) <= 1000),
    ADD COLUMN last_error text CHECK (char_length(last_error) <= 1000),
    ADD COLUMN claimed_pid integer;

UPDATE outbox SET delivery_state = 4;

CREATE INDEX outbox_due ON outbox (next_attempt_ms NULLS FIRST, id) WHERE delivery_state IN (0, 1);

ALTER TABLE members ADD COLUMN language text NOT NULL DEFAULT 'en' CHECK (language IN ('de', 'en'));

-- A member's own language, for the e-mails the store sends in their name.
CREATE FUNCTION set_my_language(p_member bigint, p_language text) RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp SET lock_timeout = '2s' AS $$
DECLARE
    v_me bigint := acting_member(p_member);
BEGIN
    IF p_language IS NULL OR p_language NOT IN ('de', 'en') THEN
        RAISE EXCEPTION 'unknown language %', p_language USING ERRCODE = '22023';
    END IF;
    UPDATE members SET language = p_language WHERE id = v_me AND language <> p_language;
END $$;
