#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desk's screenshots, taken from the running application under Xvfb
# (docs/agenda-view.md, "Screenshots"): the demo clinic plus a few overlapping
# appointments today (imported as staff data), the window at 1600×1000.
#   tools/desk-screenshots.sh [BUILD_DIR]   → docs/screenshots/agenda-{week,day}.png, desk.png
# Needs xvfb-run, xdotool and ImageMagick's import. Drives the window with the
# keyboard only (Tab, ↓, Enter, D), as a keyboard-only user would.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
tbib=$build/app/tbib
out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$tbib" --db "$work/demo.sqlite" --demo >/dev/null
"$tbib" --db "$work/demo.sqlite" --export "$work/demo.json" >/dev/null
python3 - "$work/demo.json" <<'PY'
# Overlapping appointments today for the first doctor, so that the day view
# shows FullCalendar's side-by-side placement (cf. reference/cockpit-day.png).
import datetime, json, sys, zoneinfo
path = sys.argv[1]
clinic = json.load(open(path))
zone = zoneinfo.ZoneInfo(clinic["clinic"]["timezone"])
now = datetime.datetime.now(zone)
today = now.date()
extra = [  # start, minutes, type, patient, motif
    ("09:00", 45, "t3", "p3", "Bilan annuel"),
    ("10:00", 45, "t3", "p4", "Bilan avant sport"),
    ("10:15", 15, "t2", "p5", "Renouvellement"),
    ("14:10", 20, "t4", "p6", "Fièvre"),
    ("15:00", 45, "t3", "p7", "Bilan de santé"),
    ("16:10", 20, "t1", "p8", "Toux persistante"),
]
for start, minutes, type_key, patient, motif in extra:
    h, m = map(int, start.split(":"))
    begin = datetime.datetime.combine(today, datetime.time(h, m), zone)
    end = begin + datetime.timedelta(minutes=minutes)
    status = "done" if end <= now else "booked"
    clinic["appointments"].append({
        "doctor": "d1", "patient": patient, "type": type_key,
        "start": begin.isoformat(), "end": end.isoformat(), "status": status,
        "motif": motif, "private_notes": "", "arrived_at": None, "source": "desk",
        "created_at": (begin - datetime.timedelta(days=3)).isoformat(),
        "updated_at": (begin - datetime.timedelta(days=3)).isoformat(),
    })
json.dump(clinic, open(path, "w"), ensure_ascii=False)
PY
"$tbib" --db "$work/shots.sqlite" --import "$work/demo.json" >/dev/null

export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
xvfb-run -a -s '-screen 0 1600x1000x24' bash -s "$tbib" "$work/shots.sqlite" "$out" <<'SH'
set -euo pipefail
tbib=$1 db=$2 out=$3
"$tbib" --db "$db" -geometry 1600x1000+0+0 >/dev/null 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
window=$(xdotool search --sync --name TBIB | head -1)
sleep 2
import -window root "$out/agenda-week.png"
# The grid takes the keyboard through its day header (a click there never
# creates an appointment), then D: the day view.
xdotool mousemove 700 105 click 1
sleep 0.5
xdotool key d
sleep 1
import -window root "$out/agenda-day.png"
# Tab to the first appointment, ↓ to the first arrived one, Enter: the desk.
xdotool key Tab
for _ in $(seq 1 "${DESK_DOWN:-9}"); do xdotool key Down; done
xdotool key Return
sleep 1
import -window root "$out/desk.png"
SH
echo "written: $out/agenda-week.png $out/agenda-day.png $out/desk.png"
