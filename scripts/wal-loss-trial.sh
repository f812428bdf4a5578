#!/usr/bin/env bash
# Reproduces the data-loss report of issue 9 from outside, as a user's
# machine would see it: the app imports an address book while another
# program opens and closes the store; then the app is killed and the
# contacts that survived are counted.
#   scripts/wal-loss-trial.sh [TRIALS] [CONTACTS]   (needs python3, build/)
set -euo pipefail
cd "$(dirname "$0")/.."
trials=${1:-20}
contacts=${2:-20000}
app=${MYNETWORK_APP:-build/src/app/mynetwork}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work/contacts.csv" "$contacts" <<'PY'
import sys
with open(sys.argv[1], "w", newline="") as f:
    f.write("First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value\n")
    for i in range(int(sys.argv[2])):
        f.write(f"Trial{i},Person,* Work,trial.person.{i}@example.org\n")
PY

count() {
  python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute('SELECT COUNT(*) FROM contacts').fetchone()[0]); c.close()" "$1"
}

for t in $(seq 1 "$trials"); do
  db="$work/store-$t.sqlite"
  QT_QPA_PLATFORM=offscreen "$app" --db "$db" --screenshot "$work/seed.png" >/dev/null 2>&1
  QT_QPA_PLATFORM=offscreen "$app" --db "$db" --page "import:$work/contacts.csv" >/dev/null 2>&1 &
  pid=$!
  # Another program reads one row, again and again, while the import runs.
  end=$((SECONDS + 6))
  while [ $SECONDS -lt $end ]; do
    python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('SELECT COUNT(*) FROM members').fetchone(); c.close()" "$db" 2>/dev/null || true
    sleep 0.2
  done
  wal=no; [ -e "$db-wal" ] && wal=yes
  kill -9 "$pid"; wait "$pid" 2>/dev/null || true
  echo "trial $t: wal present before kill: $wal; contacts after kill: $(count "$db") of $contacts"
done
