#!/usr/bin/env bash
# Reproduces the data-loss report of issue 9 from outside, as a user's
# machine would see it: the app imports an address book while another
# program opens and closes the store; then the app is killed and the
# contacts that survived are counted.
#   scripts/wal-loss-trial.sh [--browse] [TRIALS] [CONTACTS]   (needs python3, build/)
# --browse (issue 29): the import is started the way a person starts it, in
# a real window under Xvfb driven by xdotool: Network → Import address
# book… → Choose file…, the file dialog goes into the store's own folder
# (where the address book lies beside the store) and picks it there. Needs
# xvfb, openbox and xdotool.
# Reading a file keeps nothing (issue 35): the contacts are saved when the
# person closes the preview with "Keep these contacts" ticked. The trial
# runs the app with that choice remembered in a settings folder of its own
# and closes the preview with Escape, so both ways need the X tools.
set -euo pipefail
cd "$(dirname "$0")/.."
browse=no
if [ "${1:-}" = "--browse" ]; then browse=yes; shift; fi
trials=${1:-20}
contacts=${2:-20000}
app=${MYNETWORK_APP:-build/src/app/mynetwork}
work=$(mktemp -d)
xpids=() # Xvfb and openbox, when this script started them
trap 'for p in "${xpids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

python3 - "$work/contacts.csv" "$contacts" <<'PY'
import sys
with open(sys.argv[1], "w", newline="") as f:
    f.write("First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value\n")
    for i in range(int(sys.argv[2])):
        f.write(f"Trial{i},Person,* Work,trial.person.{i}@example.org\n")
PY

export XDG_CONFIG_HOME="$work/config"
mkdir -p "$XDG_CONFIG_HOME/MyNetwork"
printf '[import]\nkeepContacts=true\n' > "$XDG_CONFIG_HOME/MyNetwork/mynetwork.conf"

if true; then
  display=:57
  Xvfb "$display" -screen 0 1280x900x24 >/dev/null 2>&1 & xpids+=($!)
  sleep 1
  DISPLAY=$display openbox >/dev/null 2>&1 & xpids+=($!)
  sleep 1
  export DISPLAY=$display
fi

# Once the preview shows, Escape closes it: the contacts are kept then.
close_preview() {
  local dialog
  dialog=$(xdotool search --sync --all --pid "$1" --name "Import address book" | head -1)
  sleep 2.5
  xdotool windowactivate --sync "$dialog" key Escape
}

# The store's process: with --browse a window whose import is chosen in the
# file dialog, inside the store's folder; otherwise the import page at once.
start_import() {
  local db=$1
  if [ "$browse" = no ]; then
    QT_QPA_PLATFORM=xcb "$app" --db "$db" --lang en --page "import:$work/contacts.csv" >/dev/null 2>&1 &
    pid=$!
    close_preview "$pid"
    return
  fi
  QT_QPA_PLATFORM=xcb "$app" --db "$db" --lang en >/dev/null 2>&1 &
  pid=$!
  xdotool search --sync --pid "$pid" --name "My Network" >/dev/null
  sleep 1
  xdotool key alt+n Down Return          # Network → Import address book…
  sleep 1
  xdotool key Return                     # Choose file…
  sleep 1
  xdotool type --delay 5 "$work/"        # into the store's folder: it is listed
  xdotool key Return
  sleep 1.5
  xdotool type --delay 5 "contacts.csv"
  xdotool key Return
  close_preview "$pid"
}

count() {
  python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute('SELECT COUNT(*) FROM contacts').fetchone()[0]); c.close()" "$1"
}

for t in $(seq 1 "$trials"); do
  db="$work/store-$t.sqlite"
  QT_QPA_PLATFORM=offscreen "$app" --db "$db" --screenshot "$work/seed.png" >/dev/null 2>&1
  start_import "$db"
  # Another program reads one row, again and again, while the import runs.
  end=$((SECONDS + 6))
  while [ $SECONDS -lt $end ]; do
    python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('SELECT COUNT(*) FROM members').fetchone(); c.close()" "$db" 2>/dev/null || true
    sleep 0.2
  done
  wal=no; [ -e "$db-wal" ] && wal=yes
  alive=yes; kill -0 "$pid" 2>/dev/null || alive="no (it died by itself)"
  kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  echo "trial $t: app alive at the end: $alive; wal present before kill: $wal; contacts after kill: $(count "$db" 2>&1 | tail -1) of $contacts"
done
