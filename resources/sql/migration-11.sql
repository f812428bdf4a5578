-- Migration 11, team store (PostgreSQL) only. Released: never edit this file
-- (tst_security checks its digest); a change is a new migration, a changed
-- function goes to src/team/sql/rules.sql.
--
-- Issue 32, R19: people can be themselves.
-- * A search ignores case and accents: each member has a search key (name,
--   headline and company folded, one per line) that the store computes
--   itself, whoever writes the row, with fold(); a search folds its text
--   with the same function.
-- * A photo in two sizes, PNG encoded by the app (never a person's original
--   bytes), public like a name; written only through set_my_photo(), which
--   takes PNG images of exactly those sizes.
-- * A member edits their own profile through update_my_profile() only.
-- Placeholders in braces are SqlPlaceholders::fill()'s.

-- Lower case and accents dropped, for the letters of Europe's Latin
-- alphabets (both cases listed: lower() follows the database's locale).
CREATE FUNCTION fold(p text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT replace(replace(replace(lower(translate(COALESCE(p, ''),
        'àáâãäåāăąÀÁÂÃÄÅĀĂĄçćĉċčÇĆĈĊČďđĎĐèéêëēĕėęěÈÉÊËĒĔĖĘĚĝğġģĜĞĠĢĥĤìíîïĩīĭįıÌÍÎÏĨĪĬĮİĵĴķĶĺļľŀłĹĻĽĿŁñńņňÑŃŅŇòóôõöōŏőøÒÓÔÕÖŌŎŐØŕŗřŔŖŘśŝşšŚŜŞŠţťŢŤùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲŵŴýÿŷÝŸŶźżžŹŻŽ',
        'aaaaaaaaaaaaaaaaaaccccccccccddddeeeeeeeeeeeeeeeeeegggggggghhiiiiiiiiiiiiiiiiiijjkkllllllllllnnnnnnnnoooooooooooooooooorrrrrrssssssssttttuuuuuuuuuuuuuuuuuuuuwwyyyyyyzzzzzz')),
        'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe')
$$;

CREATE FUNCTION members_search_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_key := fold(NEW.name) || E'\n' || fold(NEW.headline) || E'\n' || fold(NEW.company);
    RETURN NEW;
END $$;

ALTER TABLE members ADD COLUMN search_key text NOT NULL DEFAULT '';

CREATE TRIGGER members_search_key BEFORE INSERT OR UPDATE OF name, headline, company, search_key ON members
    FOR EACH ROW EXECUTE FUNCTION members_search_key();

-- Every member's key, without a change-log row each (nothing a view shows).
ALTER TABLE members DISABLE TRIGGER members_notify;
UPDATE members SET search_key = '';
ALTER TABLE members ENABLE TRIGGER members_notify;

-- A member's window searches through the members view: it shows the key too
-- (folded public fields, nothing private).
CREATE OR REPLACE VIEW mynetwork_view.members WITH (security_barrier) AS
    SELECT m.id, m.name, m.headline, m.company, m.school, m.location,
        CASE WHEN (m.id = (SELECT mynetwork.my_member()) OR m.id IN (SELECT mynetwork.my_connection_ids()))
            THEN m.email ELSE '' END AS email,
        CASE WHEN (m.id = (SELECT mynetwork.my_member()) OR m.id IN (SELECT mynetwork.my_connection_ids()))
            THEN m.email_norm ELSE '' END AS email_norm,
        CASE WHEN (m.id = (SELECT mynetwork.my_member()) OR m.id IN (SELECT mynetwork.my_connection_ids()))
            THEN m.phone ELSE '' END AS phone,
        m.joined_ms,
        CASE WHEN m.id = (SELECT mynetwork.my_member()) THEN m.login END AS login,
        CASE WHEN m.id = (SELECT mynetwork.my_member()) THEN m.feed_token END AS feed_token,
        m.search_key
    FROM mynetwork.members m;

CREATE TABLE member_photos (
    member_id bigint PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    small bytea NOT NULL CHECK (octet_length(small) <= {L_PHOTO_SMALL_BYTES}),
    large bytea NOT NULL CHECK (octet_length(large) <= {L_PHOTO_LARGE_BYTES}),
    changed_ms bigint NOT NULL
);

ALTER TABLE member_photos ENABLE ROW LEVEL SECURITY;
-- Public, like a member's name (R11 keeps only e-mail and phone private).
CREATE POLICY member_photos_0 ON member_photos FOR SELECT USING (true);
REVOKE ALL ON member_photos FROM PUBLIC;

-- The width and height a PNG's header says, or NULL for anything else.
CREATE FUNCTION png_size(p bytea) RETURNS int[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN octet_length(p) >= 24 AND substring(p FROM 1 FOR 8) = '\x89504e470d0a1a0a'::bytea
        AND substring(p FROM 13 FOR 4) = '\x49484452'::bytea
        THEN ARRAY[(get_byte(p, 16) << 24) | (get_byte(p, 17) << 16) | (get_byte(p, 18) << 8) | get_byte(p, 19),
                   (get_byte(p, 20) << 24) | (get_byte(p, 21) << 16) | (get_byte(p, 22) << 8) | get_byte(p, 23)]
    END
$$;

-- R19: a member's own fields, all of them at once (the e-mail address is
-- the administrator's: the login is tied to it). The owner may name anyone.
CREATE FUNCTION update_my_profile(p_member bigint, p_name text, p_headline text, p_company text, p_school text,
    p_location text, p_phone text, p_origin bigint) RETURNS action_result LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp SET lock_timeout = '2s' AS $$
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
CREATE FUNCTION set_my_photo(p_member bigint, p_small bytea, p_large bytea, p_now bigint, p_origin bigint)
    RETURNS action_result LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = mynetwork, pg_temp SET lock_timeout = '2s' AS $$
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
