#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desk when the database server goes away, from the running application
# under Xvfb: a throw-away PostgreSQL cluster (tests/postgres/pgcluster.sh)
# holds the demo clinic, the window opens on it with a day's appointment in
# the desk, then the server is stopped while the window runs.
#   tools/connection-screenshots.sh [BUILD_DIR]   → docs/screenshots/desk-connection-lost.png
# (and, for a look, the "Connexion rétablie." banner in $TBIB_SHOTS_EXTRA if set).
# Needs the postgresql package, xvfb-run, xdotool and ImageMagick's import.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
tbib=$PWD/$build/app/tbib
pgcluster=$PWD/tests/postgres/pgcluster.sh
out=$PWD/docs/screenshots
work=$(mktemp -d /tmp/tbib-shots.XXXXXX)
chmod 755 "$work"
pg=$work/pg
trap '"$pgcluster" destroy "$pg" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

url=$("$pgcluster" start "$pg")
port=$(cat "$pg/port")
# As Configuration → Cabinet saves it: the location without its password,
# the password in the user's ~/.pgpass.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
password=${url#*://tbib:}
password=${password%%@*}
printf '127.0.0.1:%s:tbib_test:tbib:%s\n' "$port" "$password" >"$HOME/.pgpass"
chmod 600 "$HOME/.pgpass"
db="postgresql://tbib@127.0.0.1:$port/tbib_test"
"$tbib" --db "$db" --demo >/dev/null

xvfb-run -a -s '-screen 0 1600x1000x24' bash -s "$tbib" "$db" "$out" "$pgcluster" "$pg" <<'SH'
set -euo pipefail
tbib=$1 db=$2 out=$3 pgcluster=$4 pg=$5
"$tbib" --db "$db" -geometry 1600x1000+0+0 >/dev/null 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
xdotool search --sync --name TBIB >/dev/null
sleep 2
# As in desk-screenshots.sh: the day view, Tab to an appointment, Enter: the desk.
xdotool mousemove 700 105 click 1
sleep 0.5
xdotool key d
sleep 1
xdotool key Tab
for _ in $(seq 1 "${DESK_DOWN:-3}"); do xdotool key Down; done
xdotool key Return
sleep 1
# The server stops while the window runs; ChangeFeed notices within a second.
"$pgcluster" stop "$pg"
sleep 3
import -window root "$out/desk-connection-lost.png"
if [[ -n "${TBIB_SHOTS_EXTRA:-}" ]]; then
    "$pgcluster" restart "$pg"
    sleep 2.5
    import -window root "$TBIB_SHOTS_EXTRA"
fi
SH
echo "written: $out/desk-connection-lost.png"
