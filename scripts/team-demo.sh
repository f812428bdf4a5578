#!/usr/bin/env bash
# Tries a team store on one machine: starts a throw-away PostgreSQL cluster
# in a temporary folder, creates a team store with the demo network, gives
# two demo members their own logins, starts the expiry engine as a service
# would, and prints the two commands that open two windows as those two
# people. With --pooler the windows' queries go through a throw-away
# PgBouncer in transaction mode. Ctrl+C (or --stop-after SECONDS) stops
# everything and deletes the folder. Nothing outside that folder is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${BUILD_DIR:-$root/build}
stop_after=0
pooler=0
while (( $# > 0 )); do
    case $1 in
        --stop-after) stop_after=${2:?seconds}; shift 2 ;;
        --pooler) pooler=1; shift ;;
        *) echo "usage: $0 [--pooler] [--stop-after SECONDS]" >&2; exit 2 ;;
    esac
done

app=$build/src/app/mynetwork
engine=$build/src/engine/mynetwork-engine
admin=$build/src/admin/mynetwork-admin
if [[ ! -x $app || ! -x $engine || ! -x $admin ]]; then
    bash scripts/install-deps.sh
    bash scripts/build.sh
fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [[ -z $bin ]]; then
    echo "No PostgreSQL server found in /usr/lib/postgresql (run scripts/install-deps.sh)." >&2
    exit 1
fi

dir=$(mktemp -d /tmp/mynetwork-team.XXXXXX)
chmod 755 "$dir"
# PostgreSQL refuses to run as root: as root, the cluster belongs to postgres.
as_server() { if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [[ $EUID -eq 0 ]]; then chown postgres "$dir"; fi

engine_pid=
cleanup() {
    [[ -n $engine_pid ]] && kill "$engine_pid" 2>/dev/null || true
    [[ -f $dir/pgbouncer.pid ]] && kill "$(cat "$dir/pgbouncer.pid")" 2>/dev/null || true
    as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port=$((45000 + RANDOM % 10000))
owner=mynetwork_owner
owner_password=$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
printf '%s\n' "$owner_password" > "$dir/owner.pw"
[[ $EUID -eq 0 ]] && chown postgres "$dir/owner.pw"
as_server "$bin/initdb" -D "$dir/data" -U "$owner" --pwfile="$dir/owner.pw" -A scram-sha-256 -E UTF8 >/dev/null
rm -f "$dir/owner.pw"
as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-k $dir -c listen_addresses='' -p $port" start >/dev/null

# Every login's password, for libpq (the app and the engine read it there).
pgpass=$dir/pgpass
printf '*:*:*:%s:%s\n' "$owner" "$owner_password" > "$pgpass"
chmod 600 "$pgpass"
export PGPASSFILE=$pgpass PGHOST=$dir PGPORT=$port
psql_owner() { psql -X -q -t -A -v ON_ERROR_STOP=1 -U "$owner" -d teamdemo "$@"; }

psql -X -q -v ON_ERROR_STOP=1 -U "$owner" -d postgres -c 'CREATE DATABASE teamdemo'
url_for() { echo "postgresql://$1@/teamdemo?host=$dir&port=$port"; }

# The store and its demo network, created by the engine itself.
"$engine" --db "$(url_for "$owner")" --demo --once >/dev/null

# Two people: the demo's own member and the latest who invited them.
first=$(psql_owner -c "SELECT id FROM mynetwork.members ORDER BY id LIMIT 1")
second=$(psql_owner -c "SELECT sender_id FROM mynetwork.invitations WHERE recipient_id = $first AND state = 0
                        ORDER BY sent_ms DESC LIMIT 1")
login_of() {
    psql_owner -c "SELECT split_part(name, ' ', 1) FROM mynetwork.members WHERE id = $1" \
        | iconv -f UTF-8 -t ASCII//TRANSLIT | tr -dc 'A-Za-z' | tr 'A-Z' 'a-z'
}
name_of() { psql_owner -c "SELECT name FROM mynetwork.members WHERE id = $1"; }
# The member role and a login for each of the two, by the admin tool.
"$admin" --db "$(url_for "$owner")" init >/dev/null
logins=()
names=()
for id in $first $second; do
    login=$(login_of "$id")
    [[ $id == "$second" && $login == "$(login_of "$first")" ]] && login=${login}2
    password=$(LANG=C "$admin" --db "$(url_for "$owner")" add-login --member "$id" --login "$login" \
               | sed -n 's/^Password (shown only now): //p')
    printf '*:*:*:%s:%s\n' "$login" "$password" >> "$pgpass"
    logins+=("$login")
    names+=("$(name_of "$id")")
done

# PgBouncer in front, as docs/team-admin.md sets it up: one pool per login,
# SCRAM against the logins' own secrets, the schema chosen by connect_query.
start_pooler() {
    local pport=$((port + 1)) choose
    psql_owner -c "SELECT format('\"%s\" \"%s\"', rolname, rolpassword) FROM pg_authid
                   WHERE rolpassword LIKE 'SCRAM-SHA-256\$%'" > "$dir/userlist.txt"
    choose="SELECT set_config(''search_path'', CASE WHEN to_regclass(''mynetwork.invitations'') IS NULL OR to_regnamespace(''mynetwork_view'') IS NULL THEN ''mynetwork'' WHEN has_table_privilege(''mynetwork.invitations'', ''SELECT'') THEN ''mynetwork'' ELSE ''mynetwork_view, mynetwork'' END, false)"
    cat > "$dir/pgbouncer.ini" <<INI
[databases]
teamdemo = host=$dir port=$port dbname=teamdemo connect_query='$choose'
[pgbouncer]
listen_addr =
unix_socket_dir = $dir
listen_port = $pport
auth_type = scram-sha-256
auth_file = $dir/userlist.txt
pool_mode = transaction
default_pool_size = 2
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
INI
    [[ $EUID -eq 0 ]] && chown postgres "$dir/pgbouncer.ini" "$dir/userlist.txt"
    as_server /usr/sbin/pgbouncer -d "$dir/pgbouncer.ini"
    pooler_arg=" --pooler 'postgresql:///teamdemo?host=$dir&port=$pport'"
}
pooler_arg=
(( pooler )) && start_pooler
commands=()
for i in 0 1; do
    commands+=("PGPASSFILE=$pgpass $app$pooler_arg --db '$(url_for "${logins[i]}")'   # ${names[i]}")
done

"$engine" --db "$(url_for "$owner")" > "$dir/engine.log" 2>&1 &
engine_pid=$!

cat <<EOF
A team store runs on a throw-away PostgreSQL server in $dir
(port $port, engine log $dir/engine.log). Open two windows as two people:

  ${commands[0]}
  ${commands[1]}

Accept the invitation in one window and watch the other. Ctrl+C here stops
the server and deletes everything.
EOF
if (( stop_after > 0 )); then
    sleep "$stop_after"
else
    while kill -0 "$engine_pid" 2>/dev/null; do sleep 1; done
fi
