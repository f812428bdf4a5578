-- Migration 13, both stores. Released: never edit this file (tst_security
-- checks its digest); a change is a new migration.
--
-- Issue 36: a member's e-mails are read newest first by their sender. With
-- only the index by time, finding one sender's few e-mails walked every
-- member's, each a look-up in the table, before a window's first paint.

CREATE INDEX outbox_sender ON outbox (sender_id, created_ms, id);
