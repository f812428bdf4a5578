#include "core/rulefunctions.h"

#include "core/changefeed.h"
#include "base/changeset.h"
#include "base/refusal.h"
#include "core/rulessettings.h"
#include "base/textlimits.h"
#include "base/types.h"

#include <QHash>

namespace RuleFunctions {

QString fill(QString statement)
{
    const RulesSettings defaults;
    const QList<QPair<const char *, qint64>> values{
        {"PENDING", qint64(InvitationState::Pending)},
        {"ACCEPTED", qint64(InvitationState::Accepted)},
        {"IGNORED", qint64(InvitationState::Ignored)},
        {"WITHDRAWN", qint64(InvitationState::Withdrawn)},
        {"EXPIRED", qint64(InvitationState::Expired)},
        {"R_NONE", Refusal::None},
        {"R_YOURSELF", Refusal::Yourself},
        {"R_UNKNOWN", Refusal::UnknownMember},
        {"R_CONNECTED", Refusal::AlreadyConnected},
        {"R_PENDING", Refusal::AlreadyPending},
        {"R_COOLDOWN", Refusal::CoolDown},
        {"R_WEEKLY", Refusal::WeeklyLimit},
        {"R_NOTE", Refusal::NoteTooLong},
        {"R_INVALID_EMAIL", Refusal::InvalidEmail},
        {"R_NOT_FOUND", Refusal::NotFound},
        {"R_NOT_RECIPIENT", Refusal::NotRecipient},
        {"R_NOT_SENDER", Refusal::NotSender},
        {"R_NOT_CONNECTED", Refusal::NotConnected},
        {"R_ACCEPTED", Refusal::AlreadyAccepted},
        {"R_ANSWERED", Refusal::AlreadyAnswered},
        {"R_WITHDRAWN", Refusal::Withdrawn},
        {"R_EXPIRED", Refusal::Expired},
        {"N_ACCEPTED", qint64(NotificationKind::Accepted)},
        {"O_INVITATION", qint64(OutboxKind::Invitation)},
        {"T_INVITATIONS", ChangeSet::Invitations},
        {"T_NOTIFICATIONS", ChangeSet::Notifications},
        {"T_CONNECTIONS", ChangeSet::Connections},
        {"T_SUGGESTIONS", ChangeSet::Suggestions},
        {"T_OUTBOX", ChangeSet::Outbox},
        {"MAX_NOTE", RulesSettings::kMaxNoteLength},
        {"WEEK_MS", RulesSettings::kLimitWindowMs},
        {"WEEKLY", defaults.weeklyLimit},
        {"COOLDOWN_MS", defaults.cooldownMs},
        {"FIRST_MS", defaults.firstReminderAfterMs},
        {"SECOND_MS", defaults.secondReminderBeforeExpiryMs},
        {"EXPIRY_MONTHS", defaults.expiryMonths},
        {"KEPT_ROWS", ChangeFeed::kKeptRows},
        {"MAX_SOURCE", qint64(InvitationSource::EmailInvite)},
        {"T_PROFILE", ChangeSet::Profile},
        {"L_NAME", TextLimits::kName},
        {"L_HEADLINE", TextLimits::kHeadline},
        {"L_COMPANY", TextLimits::kCompany},
        {"L_SCHOOL", TextLimits::kSchool},
        {"L_LOCATION", TextLimits::kLocation},
        {"L_EMAIL", TextLimits::kEmail},
        {"L_PHONE", TextLimits::kPhone},
        {"L_LOGIN", TextLimits::kLogin},
        {"L_DEDUPE", TextLimits::kDedupeKey},
        {"L_SETTING_NAME", TextLimits::kSettingName},
        {"L_SETTING_VALUE", TextLimits::kSettingValue},
        {"MAX_CONTACTS", TextLimits::kMaxContacts},
        {"DAILY_LOOKUPS", TextLimits::kDailyLookups},
    };
    for (const auto &[name, value] : values)
        statement.replace(QLatin1Char('{') + QLatin1String(name) + QLatin1Char('}'), QString::number(value));
    return statement;
}

namespace {

// Every function that reads or writes the tables runs as their owner with
// nothing but the store's schema (and pg_temp last) on its path.
const char *const kDefiner = " SECURITY DEFINER SET search_path = mynetwork, pg_temp";

QString definer(const char *head, const char *body)
{
    return QLatin1String(head) + QLatin1String(kDefiner) + QLatin1String(" AS $$") + QLatin1String(body)
        + QLatin1String("$$");
}

}

QStringList schemaStatements()
{
    const QStringList statements{
        // What a rule function answers: a refusal reason (0: done) with the
        // details its message names, and the change set it logged.
        QStringLiteral("CREATE TYPE action_result AS (reason int, invitation_id bigint, name text, date_ms bigint,"
                       " lim int, accepted_instead boolean, available_from_ms bigint, changes text)"),
        QStringLiteral("CREATE FUNCTION refusal(p_reason int, p_name text DEFAULT '', p_date bigint DEFAULT 0,"
                       " p_limit int DEFAULT 0) RETURNS action_result LANGUAGE sql IMMUTABLE AS $$"
                       " SELECT CAST(ROW(p_reason, CAST(0 AS bigint), COALESCE(p_name, ''), p_date, p_limit, false,"
                       "  CAST(0 AS bigint), CAST(NULL AS text)) AS action_result) $$"),

        // Who acts: a member login only as its member; the owner (the admin
        // tool, the engine, the tests) as whichever member it names — it
        // owns the tables, so limiting it here would protect nothing.
        definer("CREATE FUNCTION is_owner_session() RETURNS boolean LANGUAGE sql STABLE",
                " SELECT pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'mynetwork'),"
                " 'MEMBER') "),
        definer("CREATE FUNCTION my_member() RETURNS bigint LANGUAGE sql STABLE",
                " SELECT id FROM members WHERE login = session_user "),
        definer("CREATE FUNCTION my_connection_ids() RETURNS SETOF bigint LANGUAGE sql STABLE",
                " SELECT other_id FROM connections WHERE member_id ="
                " (SELECT id FROM members WHERE login = session_user) "),
        definer("CREATE FUNCTION acting_member(p_member bigint) RETURNS bigint LANGUAGE plpgsql STABLE",
                " DECLARE v bigint; BEGIN"
                " IF is_owner_session() THEN RETURN p_member; END IF;"
                " SELECT id INTO v FROM members WHERE login = session_user;"
                " IF v IS NOT NULL THEN"
                "  IF p_member IS NOT NULL AND p_member <> v THEN"
                "   RAISE EXCEPTION 'permission denied: the login % acts as member % only', session_user, v"
                "    USING ERRCODE = '42501';"
                "  END IF;"
                "  RETURN v;"
                " END IF;"
                " RAISE EXCEPTION 'permission denied: the login % is not tied to a member', session_user"
                "  USING ERRCODE = '42501';"
                " END "),
        // A member's actions carry the server's time: a login cannot date
        // an invitation into last week to get past the weekly limit.
        definer("CREATE FUNCTION effective_now(p_now bigint) RETURNS bigint LANGUAGE sql STABLE",
                " SELECT CASE WHEN p_now IS NOT NULL AND is_owner_session() THEN p_now"
                " ELSE CAST(floor(extract(epoch FROM clock_timestamp()) * 1000) AS bigint) END "),
        definer("CREATE FUNCTION rule_setting(p_name text, p_default bigint) RETURNS bigint LANGUAGE sql STABLE",
                " SELECT COALESCE((SELECT CAST(value AS bigint) FROM settings"
                " WHERE name = p_name AND value ~ '^[0-9]{1,18}$'), p_default) "),
        // Six calendar months in UTC; PostgreSQL's month arithmetic ends on
        // the last day of a shorter month, as QDateTime::addMonths does.
        QStringLiteral("CREATE FUNCTION expiry_for(p_sent bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$"
                       " SELECT CAST(extract(epoch FROM (to_timestamp(p_sent / 1000) AT TIME ZONE 'UTC')"
                       " + interval '{EXPIRY_MONTHS} months') AS bigint) * 1000 + p_sent % 1000 $$"),
        definer("CREATE FUNCTION next_due_pending(p_sent bigint, p_expires bigint, p_done int) RETURNS bigint"
                " LANGUAGE sql STABLE",
                " SELECT COALESCE((SELECT t FROM (SELECT DISTINCT t FROM (VALUES"
                " (p_sent + rule_setting('reminder1_after_ms', {FIRST_MS})),"
                " (p_expires - rule_setting('reminder2_before_expiry_ms', {SECOND_MS}))) AS v (t)"
                " WHERE t > p_sent AND t < p_expires) AS d ORDER BY t OFFSET p_done LIMIT 1), p_expires) "),

        // Change sets, built as {"i": {id: [id, sender, recipient]}, "m":
        // {member: topics}} and written in ChangeSet's JSON form.
        QStringLiteral("CREATE FUNCTION cs_member(cs jsonb, p_id bigint, p_topics int) RETURNS jsonb"
                       " LANGUAGE sql IMMUTABLE AS $$ SELECT jsonb_set(cs, '{m}', COALESCE(cs -> 'm', '{}')"
                       " || jsonb_build_object(CAST(p_id AS text),"
                       "  COALESCE(CAST(cs -> 'm' ->> CAST(p_id AS text) AS int), 0) | p_topics)) $$"),
        // The sender of an ignored invitation must not learn of it even as
        // a wake-up of their window (R4): `p_tell_sender` false leaves them out.
        QStringLiteral("CREATE FUNCTION cs_invitation(cs jsonb, p_id bigint, p_sender bigint, p_recipient bigint,"
                       " p_tell_sender boolean) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$"
                       " DECLARE r jsonb := jsonb_set(cs, '{i}', COALESCE(cs -> 'i', '{}') || jsonb_build_object("
                       "  CAST(p_id AS text), jsonb_build_array(p_id, p_sender, COALESCE(p_recipient, 0))));"
                       " BEGIN"
                       " IF p_tell_sender THEN r := cs_member(r, p_sender, {T_INVITATIONS}); END IF;"
                       " IF p_recipient IS NOT NULL THEN r := cs_member(r, p_recipient, {T_INVITATIONS});"
                       " ELSE r := cs_member(r, 0, {T_OUTBOX}); END IF;"
                       " RETURN r; END $$"),
        QStringLiteral("CREATE FUNCTION cs_text(cs jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$"
                       " SELECT CAST(jsonb_strip_nulls(jsonb_build_object("
                       "  'i', (SELECT jsonb_agg(e.v) FROM jsonb_each(cs -> 'i') AS e (k, v)),"
                       "  'm', (SELECT jsonb_agg(jsonb_build_array(CAST(e.k AS bigint), e.v))"
                       "        FROM jsonb_each(cs -> 'm') AS e (k, v)))) AS text) $$"),
        definer("CREATE FUNCTION log_changes(p_origin bigint, cs jsonb) RETURNS text LANGUAGE plpgsql",
                " DECLARE v_text text := cs_text(cs); v_seq bigint; BEGIN"
                " IF v_text = '{}' THEN RETURN v_text; END IF;"
                " INSERT INTO change_log (origin, payload) VALUES (COALESCE(p_origin, 0), v_text)"
                "  RETURNING seq INTO v_seq;"
                " IF v_seq % 1000 = 0 THEN DELETE FROM change_log WHERE seq <= v_seq - {KEPT_ROWS}; END IF;"
                " RETURN v_text; END "),

        // R3, also for R2's crossed Connect.
        definer("CREATE FUNCTION accept_core(p_me bigint, p_id bigint, p_sender bigint, p_recipient bigint,"
                " p_now bigint, cs jsonb) RETURNS jsonb LANGUAGE plpgsql",
                " DECLARE r record; BEGIN"
                " UPDATE invitations SET state = {ACCEPTED}, responded_ms = p_now, next_due_ms = NULL"
                "  WHERE id = p_id AND state = {PENDING};"
                " INSERT INTO connections (member_id, other_id, since_ms)"
                "  VALUES (p_sender, p_recipient, p_now), (p_recipient, p_sender, p_now);"
                // An ignored invitation between the two no longer reads as awaiting.
                " FOR r IN UPDATE invitations SET sender_closed_ms = p_now, next_due_ms = NULL"
                "  WHERE pair_lo = LEAST(p_sender, p_recipient) AND pair_hi = GREATEST(p_sender, p_recipient)"
                "  AND state = {IGNORED} AND sender_closed_ms IS NULL RETURNING id, sender_id, recipient_id LOOP"
                "  cs := cs_invitation(cs, r.id, r.sender_id, r.recipient_id, true);"
                " END LOOP;"
                " INSERT INTO notifications (member_id, kind, invitation_id, actor_id, created_ms)"
                "  VALUES (p_sender, {N_ACCEPTED}, p_id, p_me, p_now);"
                " cs := cs_invitation(cs, p_id, p_sender, p_recipient, true);"
                " cs := cs_member(cs, p_sender, {T_CONNECTIONS} | {T_NOTIFICATIONS});"
                " RETURN cs_member(cs, p_recipient, {T_CONNECTIONS}); END "),
        // The R13 check, shared by both kinds of send.
        definer("CREATE FUNCTION weekly_refusal(p_me bigint, p_now bigint, p_name text) RETURNS action_result"
                " LANGUAGE plpgsql STABLE",
                " DECLARE v_limit int := rule_setting('weekly_limit', {WEEKLY}); BEGIN"
                " IF (SELECT count(*) FROM invitations WHERE sender_id = p_me AND sent_ms > p_now - {WEEK_MS})"
                "  >= v_limit THEN RETURN refusal({R_WEEKLY}, p_name, 0, v_limit); END IF;"
                " RETURN NULL; END "),

        // R1, R2, R8, R13, R5 for a member as recipient.
        definer("CREATE FUNCTION send_invitation(p_member bigint, p_recipient bigint, p_note text, p_source int,"
                " p_now bigint, p_origin bigint) RETURNS action_result LANGUAGE plpgsql",
                " DECLARE"
                "  v_me bigint := acting_member(p_member); v_now bigint := effective_now(p_now);"
                "  v_lo bigint := LEAST(v_me, p_recipient); v_hi bigint := GREATEST(v_me, p_recipient);"
                "  v_name text; v_id bigint; v_until bigint; v_expires bigint; cs jsonb := '{}'; r record;"
                "  res action_result := refusal({R_NONE});"
                " BEGIN"
                " IF v_me = p_recipient THEN RETURN refusal({R_YOURSELF}); END IF;"
                " IF char_length(COALESCE(p_note, '')) > {MAX_NOTE} THEN"
                "  RETURN refusal({R_NOTE}, '', 0, {MAX_NOTE}); END IF;"
                " IF p_source IS NULL OR p_source NOT BETWEEN 0 AND {MAX_SOURCE} THEN"
                "  RAISE EXCEPTION 'invalid invitation source %', p_source USING ERRCODE = '22023'; END IF;"
                // Serialises every check-then-insert concerning these two (R18).
                " PERFORM 1 FROM members WHERE id IN (v_me, p_recipient) ORDER BY id FOR UPDATE;"
                " SELECT name INTO v_name FROM members WHERE id = p_recipient;"
                " IF v_name IS NULL OR NOT EXISTS (SELECT 1 FROM members WHERE id = v_me) THEN"
                "  RETURN refusal({R_UNKNOWN}); END IF;"
                " IF EXISTS (SELECT 1 FROM connections WHERE member_id = v_me AND other_id = p_recipient) THEN"
                "  RETURN refusal({R_CONNECTED}, v_name); END IF;"
                " SELECT id INTO v_id FROM invitations WHERE pair_lo = v_lo AND pair_hi = v_hi"
                "  AND sender_id = p_recipient AND recipient_id = v_me AND state = {PENDING} AND expires_ms > v_now;"
                " IF v_id IS NOT NULL THEN"
                "  res.invitation_id := v_id; res.accepted_instead := true;"
                "  res.changes := log_changes(p_origin, accept_core(v_me, v_id, p_recipient, v_me, v_now, cs));"
                "  RETURN res;"
                " END IF;"
                " IF EXISTS (SELECT 1 FROM invitations WHERE recipient_id = p_recipient AND sender_id = v_me"
                "  AND (state = {PENDING} OR (state = {IGNORED} AND sender_closed_ms IS NULL))"
                "  AND expires_ms > v_now) THEN RETURN refusal({R_PENDING}, v_name); END IF;"
                " SELECT max(until_ms) INTO v_until FROM cooldowns WHERE sender_id = v_me AND recipient_id = p_recipient;"
                " IF v_until > v_now THEN RETURN refusal({R_COOLDOWN}, v_name, v_until); END IF;"
                " res := weekly_refusal(v_me, v_now, v_name);"
                " IF res.reason IS NOT NULL THEN RETURN res; END IF;"
                " res := refusal({R_NONE});"
                // A pending invitation past its expiry that the engine has not
                // reached yet would still hold the pair's slot (R5).
                " FOR r IN UPDATE invitations SET state = {EXPIRED}, next_due_ms = NULL WHERE pair_lo = v_lo"
                "  AND pair_hi = v_hi AND state = {PENDING} AND expires_ms <= v_now"
                "  RETURNING id, sender_id, recipient_id LOOP"
                "  cs := cs_invitation(cs, r.id, r.sender_id, r.recipient_id, true);"
                " END LOOP;"
                " v_expires := expiry_for(v_now);"
                " INSERT INTO invitations (sender_id, recipient_id, pair_lo, pair_hi, note, source, state, sent_ms,"
                "  expires_ms, reminders_sent, next_due_ms) VALUES (v_me, p_recipient, v_lo, v_hi,"
                "  COALESCE(p_note, ''), p_source, {PENDING}, v_now, v_expires, 0,"
                "  next_due_pending(v_now, v_expires, 0)) RETURNING id INTO v_id;"
                " res.invitation_id := v_id;"
                " res.changes := log_changes(p_origin, cs_invitation(cs, v_id, v_me, p_recipient, true));"
                " RETURN res; END "),

        // R9: an address of nobody on the network gets an e-mail.
        definer("CREATE FUNCTION send_to_address(p_member bigint, p_email text, p_note text, p_source int,"
                " p_now bigint, p_origin bigint) RETURNS action_result LANGUAGE plpgsql",
                " DECLARE"
                "  v_me bigint := acting_member(p_member); v_now bigint := effective_now(p_now);"
                "  v_name text := btrim(COALESCE(p_email, ''), E' \\t\\n\\r\\f\\v');"
                "  v_address text; v_member bigint; v_id bigint; v_until bigint; v_expires bigint;"
                "  cs jsonb := '{}'; r record; res action_result;"
                " BEGIN"
                " v_address := lower(v_name);"
                " IF v_address !~ '^[^@[:space:]]+@[^@[:space:]]+$' THEN"
                "  RETURN refusal({R_INVALID_EMAIL}, v_name); END IF;"
                " SELECT id INTO v_member FROM members WHERE email_norm = v_address;"
                " IF v_member IS NOT NULL THEN"
                "  RETURN send_invitation(v_me, v_member, p_note, p_source, p_now, p_origin); END IF;"
                " IF char_length(COALESCE(p_note, '')) > {MAX_NOTE} THEN"
                "  RETURN refusal({R_NOTE}, v_name, 0, {MAX_NOTE}); END IF;"
                " IF p_source IS NULL OR p_source NOT BETWEEN 0 AND {MAX_SOURCE} THEN"
                "  RAISE EXCEPTION 'invalid invitation source %', p_source USING ERRCODE = '22023'; END IF;"
                " PERFORM 1 FROM members WHERE id = v_me FOR UPDATE;"
                " IF NOT FOUND THEN RETURN refusal({R_UNKNOWN}); END IF;"
                " IF EXISTS (SELECT 1 FROM invitations WHERE recipient_email = v_address AND recipient_id IS NULL"
                "  AND sender_id = v_me AND (state = {PENDING} OR (state = {IGNORED} AND sender_closed_ms IS NULL))"
                "  AND expires_ms > v_now) THEN RETURN refusal({R_PENDING}, v_name); END IF;"
                " SELECT max(until_ms) INTO v_until FROM cooldowns WHERE sender_id = v_me"
                "  AND recipient_email = v_address;"
                " IF v_until > v_now THEN RETURN refusal({R_COOLDOWN}, v_name, v_until); END IF;"
                " res := weekly_refusal(v_me, v_now, v_name);"
                " IF res.reason IS NOT NULL THEN RETURN res; END IF;"
                " res := refusal({R_NONE});"
                // The same for an address the engine has not purged yet (R5, R10).
                " DELETE FROM outbox WHERE invitation_id IN (SELECT id FROM invitations WHERE sender_id = v_me"
                "  AND recipient_email = v_address AND recipient_id IS NULL AND state = {PENDING}"
                "  AND expires_ms <= v_now);"
                " FOR r IN DELETE FROM invitations WHERE sender_id = v_me AND recipient_email = v_address"
                "  AND recipient_id IS NULL AND state = {PENDING} AND expires_ms <= v_now RETURNING id LOOP"
                "  cs := cs_invitation(cs, r.id, v_me, NULL, true);"
                " END LOOP;"
                " v_expires := expiry_for(v_now);"
                " INSERT INTO invitations (sender_id, recipient_email, note, source, state, sent_ms, expires_ms,"
                "  reminders_sent, next_due_ms) VALUES (v_me, v_address, COALESCE(p_note, ''), p_source, {PENDING},"
                "  v_now, v_expires, 0, next_due_pending(v_now, v_expires, 0)) RETURNING id INTO v_id;"
                " INSERT INTO outbox (to_email, sender_id, invitation_id, kind, created_ms)"
                "  VALUES (v_address, v_me, v_id, {O_INVITATION}, v_now);"
                " res.invitation_id := v_id;"
                " res.changes := log_changes(p_origin, cs_invitation(cs, v_id, v_me, NULL, true));"
                " RETURN res; END "),

        definer("CREATE FUNCTION answerable(p_me bigint, inv invitations, p_now bigint) RETURNS action_result"
                " LANGUAGE plpgsql STABLE",
                " BEGIN"
                " IF inv.id IS NULL THEN RETURN refusal({R_NOT_FOUND}); END IF;"
                " IF inv.recipient_id IS DISTINCT FROM p_me THEN RETURN refusal({R_NOT_RECIPIENT}); END IF;"
                " IF inv.state = {ACCEPTED} THEN RETURN refusal({R_ACCEPTED}); END IF;"
                " IF inv.state = {IGNORED} THEN RETURN refusal({R_ANSWERED}); END IF;"
                " IF inv.state = {WITHDRAWN} THEN"
                "  RETURN refusal({R_WITHDRAWN}, (SELECT name FROM members WHERE id = inv.sender_id)); END IF;"
                // The engine may not have run yet: the stored expiry decides.
                " IF inv.state = {EXPIRED} OR inv.expires_ms <= p_now THEN RETURN refusal({R_EXPIRED}); END IF;"
                " RETURN refusal({R_NONE}); END "),
        definer("CREATE FUNCTION lock_parties(p_id bigint) RETURNS void LANGUAGE plpgsql",
                " BEGIN PERFORM 1 FROM members WHERE id IN (SELECT sender_id FROM invitations WHERE id = p_id"
                " UNION SELECT recipient_id FROM invitations WHERE id = p_id) ORDER BY id FOR UPDATE; END "),
        // R3 (accept) or R4 (ignore): the sender is not told of an ignore,
        // not even by a wake-up of their window.
        definer("CREATE FUNCTION answer_invitation(p_member bigint, p_id bigint, p_accept boolean, p_now bigint,"
                " p_origin bigint) RETURNS action_result LANGUAGE plpgsql",
                " DECLARE v_me bigint := acting_member(p_member); v_now bigint := effective_now(p_now);"
                "  inv invitations; res action_result;"
                " BEGIN"
                " PERFORM lock_parties(p_id);"
                " SELECT * INTO inv FROM invitations WHERE id = p_id;"
                " res := answerable(v_me, inv, v_now);"
                " IF res.reason <> {R_NONE} THEN RETURN res; END IF;"
                " res.invitation_id := p_id;"
                " IF p_accept THEN"
                "  res.changes := log_changes(p_origin,"
                "   accept_core(v_me, p_id, inv.sender_id, inv.recipient_id, v_now, '{}'));"
                "  RETURN res;"
                " END IF;"
                " UPDATE invitations SET state = {IGNORED}, responded_ms = v_now, next_due_ms = inv.expires_ms"
                "  WHERE id = p_id AND state = {PENDING};"
                " res.changes := log_changes(p_origin,"
                "  cs_invitation('{}', p_id, inv.sender_id, inv.recipient_id, false));"
                " RETURN res; END "),
        definer("CREATE FUNCTION accept_invitation(p_member bigint, p_id bigint, p_now bigint, p_origin bigint)"
                " RETURNS action_result LANGUAGE sql",
                " SELECT answer_invitation(p_member, p_id, true, p_now, p_origin) "),
        definer("CREATE FUNCTION ignore_invitation(p_member bigint, p_id bigint, p_now bigint, p_origin bigint)"
                " RETURNS action_result LANGUAGE sql",
                " SELECT answer_invitation(p_member, p_id, false, p_now, p_origin) "),
        // R7, R8: all of them or none; each checked before any changes.
        definer("CREATE FUNCTION withdraw_invitations(p_member bigint, p_ids bigint[], p_now bigint,"
                " p_origin bigint) RETURNS action_result LANGUAGE plpgsql",
                " DECLARE v_me bigint := acting_member(p_member); v_now bigint := effective_now(p_now);"
                "  v_id bigint; inv invitations; cs jsonb := '{}'; res action_result := refusal({R_NONE});"
                " BEGIN"
                " PERFORM 1 FROM members WHERE id = v_me FOR UPDATE;"
                " FOREACH v_id IN ARRAY COALESCE(p_ids, '{}') LOOP"
                "  SELECT * INTO inv FROM invitations WHERE id = v_id;"
                "  IF inv.id IS NULL THEN RETURN refusal({R_NOT_FOUND}); END IF;"
                "  IF inv.sender_id <> v_me THEN RETURN refusal({R_NOT_SENDER}); END IF;"
                "  IF inv.state = {ACCEPTED} THEN RETURN refusal({R_ACCEPTED}); END IF;"
                "  IF inv.state = {EXPIRED} OR inv.expires_ms <= v_now THEN RETURN refusal({R_EXPIRED}); END IF;"
                // An ignored one is still awaiting for the sender (R4), so they may withdraw it.
                "  IF inv.state <> {PENDING} AND NOT (inv.state = {IGNORED} AND inv.sender_closed_ms IS NULL) THEN"
                "   RETURN refusal({R_NOT_FOUND}); END IF;"
                "  IF inv.state = {IGNORED} THEN"
                "   UPDATE invitations SET sender_closed_ms = v_now, next_due_ms = NULL WHERE id = v_id;"
                "  ELSE"
                "   UPDATE invitations SET state = {WITHDRAWN}, responded_ms = v_now, next_due_ms ="
                "    CASE WHEN inv.recipient_id IS NULL THEN v_now + {COOLDOWN_MS} END"
                "    WHERE id = v_id AND state = {PENDING};"
                "  END IF;"
                "  INSERT INTO cooldowns (sender_id, recipient_id, recipient_email, until_ms) VALUES (v_me,"
                "   inv.recipient_id, CASE WHEN inv.recipient_id IS NULL THEN inv.recipient_email END,"
                "   v_now + {COOLDOWN_MS});"
                "  cs := cs_invitation(cs, v_id, v_me, inv.recipient_id, true);"
                "  res.invitation_id := v_id; res.available_from_ms := v_now + {COOLDOWN_MS};"
                " END LOOP;"
                " res.changes := log_changes(p_origin, cs);"
                " RETURN res; END "),
        // R14: both directions at once; nobody is told, no cool-down.
        definer("CREATE FUNCTION remove_connection(p_member bigint, p_other bigint, p_now bigint,"
                " p_origin bigint) RETURNS action_result LANGUAGE plpgsql",
                " DECLARE v_me bigint := acting_member(p_member); v_name text; v_count int; BEGIN"
                " PERFORM 1 FROM members WHERE id IN (v_me, p_other) ORDER BY id FOR UPDATE;"
                " SELECT name INTO v_name FROM members WHERE id = p_other;"
                " IF v_name IS NULL OR NOT EXISTS (SELECT 1 FROM members WHERE id = v_me) THEN"
                "  RETURN refusal({R_UNKNOWN}); END IF;"
                " DELETE FROM connections WHERE (member_id = v_me AND other_id = p_other)"
                "  OR (member_id = p_other AND other_id = v_me);"
                " GET DIAGNOSTICS v_count = ROW_COUNT;"
                " IF v_count = 0 THEN RETURN refusal({R_NOT_CONNECTED}, v_name); END IF;"
                " RETURN (SELECT CAST(ROW(0, CAST(0 AS bigint), '', CAST(0 AS bigint), 0, false, CAST(0 AS bigint),"
                "  log_changes(p_origin, cs_member(cs_member('{}', v_me, {T_CONNECTIONS} | {T_SUGGESTIONS}),"
                "  p_other, {T_CONNECTIONS} | {T_SUGGESTIONS}))) AS action_result));"
                " END "),
    };
    QStringList filled;
    for (const QString &s : statements)
        filled.append(fill(s));
    return filled;
}

}
