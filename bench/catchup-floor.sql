-- The floor of a catch-up (bench/benchcatchup.cpp): what the expiry engine does
-- for every invitation due by @WHEN@, set-based in SQLite's own shell, one
-- transaction, no Qt and no app. The bench fills in the moment and the rules
-- (@FIRST@: first reminder after, @SECOND@: second reminder before expiry);
-- the two SELECTs print the shell's own clock around it.
SELECT 'start', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER);
BEGIN IMMEDIATE;
CREATE TEMP TABLE due AS
    SELECT id, sender_id, recipient_id, recipient_email, state, expires_ms, reminders_sent,
           sent_ms + @FIRST@ AS r1, expires_ms - @SECOND@ AS r2
    FROM invitations WHERE next_due_ms IS NOT NULL AND next_due_ms <= @WHEN@;
UPDATE invitations SET state = 4, next_due_ms = NULL
    WHERE id IN (SELECT id FROM due WHERE state = 0 AND @WHEN@ >= expires_ms AND recipient_id IS NOT NULL);
CREATE TEMP TABLE purged AS SELECT id FROM due
    WHERE recipient_id IS NULL AND ((state = 0 AND @WHEN@ >= expires_ms) OR state = 3);
DELETE FROM outbox WHERE invitation_id IN (SELECT id FROM purged);
DELETE FROM invitations WHERE id IN (SELECT id FROM purged);
CREATE TEMP TABLE remind AS
    SELECT id, sender_id, recipient_id, recipient_email, reminders_sent AS before, r1, r2,
           CASE WHEN r2 <= @WHEN@ THEN 2 WHEN r1 <= @WHEN@ THEN MAX(reminders_sent, 1) ELSE reminders_sent END AS after
    FROM due WHERE state = 0 AND @WHEN@ < expires_ms;
INSERT INTO notifications (member_id, kind, invitation_id, actor_id, created_ms)
    SELECT recipient_id, 1, id, sender_id, @WHEN@ FROM remind WHERE recipient_id IS NOT NULL AND before < 1 AND after >= 1;
INSERT INTO notifications (member_id, kind, invitation_id, actor_id, created_ms)
    SELECT recipient_id, 2, id, sender_id, @WHEN@ FROM remind WHERE recipient_id IS NOT NULL AND before < 2 AND after >= 2;
INSERT INTO outbox (to_email, sender_id, invitation_id, kind, created_ms)
    SELECT recipient_email, sender_id, id, 2, @WHEN@ FROM remind WHERE recipient_id IS NULL AND before < 1 AND after >= 1;
INSERT INTO outbox (to_email, sender_id, invitation_id, kind, created_ms)
    SELECT recipient_email, sender_id, id, 3, @WHEN@ FROM remind WHERE recipient_id IS NULL AND before < 2 AND after >= 2;
UPDATE invitations SET reminders_sent = r.after,
       next_due_ms = CASE WHEN r.after < 1 THEN r.r1 WHEN r.after < 2 THEN r.r2 ELSE invitations.expires_ms END
    FROM remind AS r WHERE invitations.id = r.id;
UPDATE invitations SET next_due_ms = NULL WHERE id IN (SELECT id FROM due WHERE state IN (1, 2, 4));
DELETE FROM cooldowns WHERE until_ms <= @WHEN@;
COMMIT;
SELECT 'end', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER);
