#!/usr/bin/env bash
# Kills the expiry engine (-9) in the middle of a catch-up, again and again,
# and checks R6 and R10 after each restart: no reminder lost, none sent
# twice, none after expiry, every purge whole. Each trial starts from the
# same store with DUE invitations due at once (a third owed one reminder,
# a third both, a third expired; one in five to an address), runs
# `mynetwork-engine --once`, kills it after a random moment, then lets it
# finish and compares every invitation with what the rules owe it.
#   scripts/engine-kill-trial.sh [TRIALS] [DUE]   (needs python3, build/)
set -euo pipefail
cd "$(dirname "$0")/.."
trials=${1:-300}
due=${2:-3000}
engine=${MYNETWORK_ENGINE:-build/src/engine/mynetwork-engine}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

base="$work/base.sqlite"
QT_QPA_PLATFORM=offscreen "$engine" --db "$base" --demo --once >/dev/null 2>&1

python3 - "$base" "$due" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
due = int(sys.argv[2])
day = 86400000
now = int(time.time() * 1000)
members = [r[0] for r in db.execute("SELECT id FROM members ORDER BY id")]
pairs = set((min(a, b), max(a, b)) for a, b in db.execute(
    "SELECT pair_lo, pair_hi FROM invitations WHERE pair_lo IS NOT NULL"))
pairs |= set((min(a, b), max(a, b)) for a, b in db.execute("SELECT member_id, other_id FROM connections"))
# Ages in days and the note that names what the rules owe at the end.
kinds = [(20, "owes-1"), (175, "owes-2"), (200, "expired")]
# Every pair in turn: no two pending invitations between two people (R2).
free = ((s, r) for i, s in enumerate(members) for r in members[i + 1:] if (s, r) not in pairs)
made = 0
with db:
    while made < due:
        age, note = kinds[made % 3]
        sent = now - age * day + made  # distinct moments, oldest first per kind
        expires = sent + 182 * day
        if made % 5 == 4:
            db.execute("INSERT INTO invitations (sender_id, recipient_email, note, source, state, sent_ms,"
                       " expires_ms, reminders_sent, next_due_ms) VALUES (?, ?, ?, 5, 0, ?, ?, 0, ?)",
                       (members[made % len(members)], f"trial{made}@example.org", note, sent, expires,
                        sent + 14 * day))
        else:
            s, r = next(free)
            if made % 2:
                s, r = r, s
            db.execute("INSERT INTO invitations (sender_id, recipient_id, pair_lo, pair_hi, note, source, state,"
                       " sent_ms, expires_ms, reminders_sent, next_due_ms) VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?, 0, ?)",
                       (s, r, min(s, r), max(s, r), note, sent, expires, sent + 14 * day))
        made += 1
db.close()
PY

# What the rules owe, per invitation of the trial; prints the violations.
cat > "$work/check.py" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
bad = []
done = 0
total = 0
for inv, note, state, sent, email in db.execute(
        "SELECT id, note, state, reminders_sent, recipient_email FROM invitations"
        " WHERE note IN ('owes-1', 'owes-2', 'expired')"):
    total += 1
    notes = dict(db.execute("SELECT kind, COUNT(*) FROM notifications WHERE invitation_id = ? GROUP BY kind", (inv,)))
    mails = dict(db.execute("SELECT kind, COUNT(*) FROM outbox WHERE invitation_id = ? AND kind > 1 GROUP BY kind",
                            (inv,)))
    got = notes if email is None else {k - 1: v for k, v in mails.items()}
    if any(v != 1 for v in got.values()) or sorted(got) != list(range(1, sent + 1)):
        bad.append(f"invitation {inv} ({note}): reminders_sent {sent}, reminders stored {got}")
    owed = {"owes-1": (0, 1), "owes-2": (0, 2), "expired": (4, 0)}[note]
    if sys.argv[2] == "final" and (state, sent) != owed:
        bad.append(f"invitation {inv} ({note}): state {state} with {sent} reminders, owed {owed}")
    if state != 0 or sent > 0:
        done += 1
if sys.argv[2] == "final":
    # Expired invitations to addresses are purged with their e-mails (R10).
    left = db.execute("SELECT COUNT(*) FROM outbox o WHERE o.invitation_id IS NOT NULL AND NOT EXISTS"
                      " (SELECT 1 FROM invitations i WHERE i.id = o.invitation_id)").fetchone()[0]
    if left:
        bad.append(f"{left} outbox e-mails of purged invitations are left")
print(done, total)
for line in bad[:10]:
    print(line, file=sys.stderr)
sys.exit(1 if bad else 0)
PY

# A whole run first, to know how long the kill may wait.
cp "$base" "$work/timing.sqlite"
start=$(date +%s%N)
QT_QPA_PLATFORM=offscreen "$engine" --db "$work/timing.sqlite" --once >/dev/null 2>&1
whole_ms=$(( ($(date +%s%N) - start) / 1000000 ))
python3 "$work/check.py" "$work/timing.sqlite" final >/dev/null
echo "a whole run on $due due: ${whole_ms} ms"

midway=0
failed=0
for t in $(seq 1 "$trials"); do
  db="$work/trial.sqlite"
  rm -f "$db" "$db-wal" "$db-shm"
  cp "$base" "$db"
  QT_QPA_PLATFORM=offscreen "$engine" --db "$db" --once >/dev/null 2>&1 &
  pid=$!
  # The last part of a whole run is its exit (the closing checkpoint).
  sleep "$(python3 -c "import random; print(random.uniform(0, 0.6 * $whole_ms / 1000))")"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  read -r done total < <(python3 "$work/check.py" "$db" partial 2>"$work/partial.err" || true)
  if [ -s "$work/partial.err" ]; then
    echo "trial $t: after the kill: $(head -1 "$work/partial.err")"
    failed=$((failed + 1))
    continue
  fi
  [ -n "${VERBOSE:-}" ] && echo "trial $t: $done of $total done when killed"
  if [ "$done" -gt 0 ] && [ "$done" -lt "$total" ]; then midway=$((midway + 1)); fi
  if ! QT_QPA_PLATFORM=offscreen "$engine" --db "$db" --once >"$work/rerun.log" 2>&1; then
    echo "trial $t: the restarted engine failed: $(tail -1 "$work/rerun.log")"
    failed=$((failed + 1))
    continue
  fi
  if ! python3 "$work/check.py" "$db" final >/dev/null 2>"$work/final.err"; then
    echo "trial $t: after the restart: $(head -1 "$work/final.err")"
    failed=$((failed + 1))
  fi
done
echo "$trials trials, $midway killed in the middle of the catch-up, $failed with a reminder lost, doubled or late"
[ "$failed" -eq 0 ]
