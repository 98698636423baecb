#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# http_load.sh: requests per second and p99 latency of the booking server
# (`tbib --serve`) under wrk, for the routes the issue budgets
# (docs/performance.md, "Booking server").
#
# Usage: benchmarks/http_load.sh [TBIB_BINARY]
#   TBIB_BINARY  default: build-bench/app/tbib, else build-rel/app/tbib
#   DURATION=10s CONNECTIONS=10 THREADS=1   wrk settings (environment)
#   WRITES_PER_SECOND=50                      the writer of runs (b'') and (d'')
#   TBIB_DB=LOCATION  the database instead of a temporary SQLite file: an
#                     empty one, e.g. a PostgreSQL schema not used yet,
#                     postgresql://tbib:PW@127.0.0.1:5432/tbib_test?schema=http1
# Needs wrk, curl and python3 (Debian 12: apt-get install wrk curl python3).
#
# What it does:
#   1. a new database in a temporary directory: `tbib --demo` (two doctors, a
#      month of appointments around today), then an imported third doctor
#      (docs/import-format.md) with exactly 100 booked appointments in one week
#      at least four weeks ahead (Mon–Fri, 20 a day), outside the demo's month;
#   2. `tbib --serve --listen 127.0.0.1:0 --token T`, the port read from its
#      line "listening on http://HOST:PORT";
#   3. wrk -t1 -c10 -d10s --latency on:
#      slots (a)  GET /api/doctors/1/slots?type_id=1&date=D, one URL;
#      slots (b)  the same over 60 dates (tomorrow on), one after the other;
#      slots (b') the 60 dates plus a counter parameter (&_=N) that the API
#                 ignores: every request is a different URL;
#      feed  (c)  GET /api/doctor/appointments?start=…&end=… over the week of
#                 100 appointments (Authorization: Bearer T), one URL;
#      feed  (d)  the same over 60 windows (the week shifted back by 0–59
#                 minutes: always the same 100 events);
#      feed  (d') the 60 windows plus the counter parameter;
#      (b'') and (d'') as (b') and (d') while a second client changes an
#                 appointment's status WRITES_PER_SECOND times a second
#                 (default 50): every change empties the server's caches.
#
# The server answers an identical GET from memory while the database is
# unchanged and the second is the same (BookingApi::cached). (a) and (c) are
# therefore served almost entirely from that cache; (b) and (d) only miss the
# first time a URL is seen in a second (60 URLs against thousands of requests
# per second), so they are mostly cached too; (b') and (d') never hit it: they
# are the uncached figures. Below the answer cache, the slot lists and the
# feed read the agenda cache (core/service/agendacache.h), which lasts until
# the next write: (b'') and (d'') show what steady writes cost.

set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
tbib=${1:-}
if [[ -z $tbib ]]; then
    for candidate in "$root/build-bench/app/tbib" "$root/build-rel/app/tbib"; do
        if [[ -x $candidate ]]; then tbib=$candidate; break; fi
    done
fi
[[ -n $tbib && -x $tbib ]] || { echo "http_load.sh: no tbib binary (build one, or pass its path)" >&2; exit 1; }
for tool in wrk curl python3; do
    command -v "$tool" >/dev/null || { echo "http_load.sh: $tool is missing" >&2; exit 1; }
done
duration=${DURATION:-10s}
connections=${CONNECTIONS:-10}
threads=${THREADS:-1}
writes_per_second=${WRITES_PER_SECOND:-50}
token=bench-token-0123456789

work=$(mktemp -d "${TMPDIR:-/tmp}/tbib-http-load.XXXXXX")
server_pid=
cleanup() {
    if [[ -n $server_pid ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

db=${TBIB_DB:-$work/clinic.sqlite}
"$tbib" --db "$db" --demo >/dev/null
"$tbib" --db "$db" --export "$work/demo.json" >/dev/null

# The imported doctor and the dates every run uses, from the demo's own clinic settings.
python3 - "$work" <<'PY'
import datetime, json, sys
work = sys.argv[1]
demo = json.load(open(f"{work}/demo.json", encoding="utf-8"))
today = datetime.date.today()
monday = today + datetime.timedelta(days=(7 - today.weekday()) % 7 + 28)
patients, appointments = [], []
for i in range(100):
    day = monday + datetime.timedelta(days=i // 20)           # Mon–Fri, 20 a day
    minute = 9 * 60 + (i % 20) * 15                            # 09:00–14:00, 15 minutes each
    patients.append({"key": f"p{i}", "first_name": "Charge", "last_name": f"Patient {i}",
                     "birth_date": (datetime.date(1970, 1, 1) + datetime.timedelta(days=97 * i)).isoformat(),
                     "phone": f"05 22 {i // 100:02d} {i % 100:02d} 99"})
    appointments.append({"doctor": "load", "patient": f"p{i}", "type": "short",
                         "start": f"{day.isoformat()}T{minute // 60:02d}:{minute % 60:02d}:00",
                         "status": "booked", "motif": "Contrôle", "source": "web"})
clinic = {"format": "tbib-clinic", "version": 1, "clinic": demo["clinic"],
          "doctors": [{"key": "load", "name": "Dr Charge Hebdomadaire", "specialty": "Médecin généraliste",
                       "hours": {d: [["09:00", "18:00"]] for d in ("mon", "tue", "wed", "thu", "fri")}}],
          "consultation_types": [{"key": "short", "doctor": "load", "name": "Consultation courte",
                                  "duration": 15, "price": "150 MAD"}],
          "patients": patients, "appointments": appointments}
json.dump(clinic, open(f"{work}/week.json", "w", encoding="utf-8"), ensure_ascii=False)

slot_day = today + datetime.timedelta(days=1)
while slot_day.weekday() >= 5:
    slot_day += datetime.timedelta(days=1)
dates = [(today + datetime.timedelta(days=k)).isoformat() for k in range(1, 61)]
sunday_before = monday - datetime.timedelta(days=1)
sunday_last = monday + datetime.timedelta(days=6)
with open(f"{work}/dates.sh", "w") as f:
    f.write(f"slot_day={slot_day.isoformat()}\nweek_start={monday.isoformat()}\n"
            f"week_end={(monday + datetime.timedelta(days=7)).isoformat()}\n")
lua_dates = ", ".join(f'"{d}"' for d in dates)
# The 60 windows: [Sunday 23:mm local, next Sunday 23:mm), mm = 00..59: each holds the whole week.
windows = [(f"{sunday_before.isoformat()}T23:{m:02d}:00", f"{sunday_last.isoformat()}T23:{m:02d}:00") for m in range(60)]
lua_windows = ", ".join(f'{{"{s}", "{e}"}}' for s, e in windows)
common = """
local i = 0
local function nonce()
  if NONCE then return "&_=" .. i end
  return ""
end
"""
with open(f"{work}/slots.lua", "w") as f:
    f.write(f"local dates = {{{lua_dates}}}\n{common}"
            "request = function()\n  i = i + 1\n"
            "  local path = \"/api/doctors/1/slots?type_id=1&date=\" .. dates[(i % #dates) + 1] .. nonce()\n"
            "  return wrk.format(\"GET\", path)\nend\n")
with open(f"{work}/feed.lua", "w") as f:
    f.write(f"local windows = {{{lua_windows}}}\n{common}"
            "request = function()\n  i = i + 1\n  local w = windows[(i % #windows) + 1]\n"
            "  local path = \"/api/doctor/appointments?start=\" .. w[1] .. \"&end=\" .. w[2] .. nonce()\n"
            "  return wrk.format(\"GET\", path)\nend\n")
PY
# shellcheck disable=SC1091
source "$work/dates.sh"
"$tbib" --db "$db" --import "$work/week.json" >/dev/null
for f in slots feed; do
    { echo "NONCE = true"; cat "$work/$f.lua"; } >"$work/$f-nonce.lua"
    { echo "NONCE = false"; cat "$work/$f.lua"; } >"$work/$f-plain.lua"
done

"$tbib" --db "$db" --serve --listen 127.0.0.1:0 --token "$token" >"$work/serve.log" 2>&1 &
server_pid=$!
port=
for _ in $(seq 1 100); do
    port=$(sed -n 's|.*listening on http://[^:]*:\([0-9][0-9]*\).*|\1|p' "$work/serve.log" | head -n 1)
    [[ -n $port ]] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
    sleep 0.1
done
[[ -n $port ]] || { echo "http_load.sh: the server did not say where it listens" >&2; cat "$work/serve.log" >&2; exit 1; }
base=http://127.0.0.1:$port
slots_url="$base/api/doctors/1/slots?type_id=1&date=$slot_day"
feed_url="$base/api/doctor/appointments?start=$week_start&end=$week_end"

# What the routes answer, checked once before loading them.
slot_count=$(curl -sf "$slots_url" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["slots"]))')
event_count=$(curl -sf -H "Authorization: Bearer $token" "$feed_url" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
feed_bytes=$(curl -sf -H "Authorization: Bearer $token" "$feed_url" | wc -c)
slot_bytes=$(curl -sf "$slots_url" | wc -c)
if [[ $event_count != 100 ]]; then
    echo "http_load.sh: the feed week holds $event_count events, not 100" >&2
    exit 1
fi

echo "tbib: $tbib"
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "slots: doctor 1, type 1 (20 min), $slot_day: $slot_count slots, $slot_bytes bytes"
echo "feed: $week_start to $week_end: $event_count events, $feed_bytes bytes"
echo "wrk -t$threads -c$connections -d$duration --latency"
echo

# The writer of (b'') and (d''): one appointment of the feed week toggled
# between booked and arrived at a steady rate; prints how many changes it made.
write_id=$(curl -sf -H "Authorization: Bearer $token" "$feed_url" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
cat >"$work/writer.py" <<'PY'
import http.client, sys, time
port, token, appointment, rate, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), float(sys.argv[5])
conn = http.client.HTTPConnection("127.0.0.1", int(port))
done, status, t0 = 0, "arrived", time.monotonic()
while time.monotonic() - t0 < seconds:
    conn.request("POST", f"/api/doctor/appointments/{appointment}/status", body='{"status":"%s"}' % status,
                 headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    r = conn.getresponse(); r.read()
    if r.status == 200:
        done += 1
        status = "booked" if status == "arrived" else "arrived"
    next_at = t0 + (done + 1) / rate
    time.sleep(max(0.0, next_at - time.monotonic()))
print(done)
PY

summary=()
load() { # name, then wrk's arguments after the common ones
    local name=$1
    shift
    local out
    out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@")
    echo "== $name"
    echo "$out"
    echo
    local rps p99 bad
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    bad=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
    if grep -q "Socket errors" <<<"$out"; then bad="${bad:-0} (+ socket errors)"; fi
    summary+=("$(printf '%-44s %10s req/s   p99 %9s   non-2xx %s' "$name" "$rps" "$p99" "${bad:-0}")")
}
auth=(-H "Authorization: Bearer $token")
load "(a)  slots, one URL (cached)" "$slots_url"
load "(b)  slots, 60 dates in turn" -s "$work/slots-plain.lua" "$base"
load "(b') slots, 60 dates + counter (uncached)" -s "$work/slots-nonce.lua" "$base"
load "(c)  feed 100 events, one URL (cached)" "${auth[@]}" "$feed_url"
load "(d)  feed, 60 windows in turn" "${auth[@]}" -s "$work/feed-plain.lua" "$base"
load "(d') feed, 60 windows + counter (uncached)" "${auth[@]}" -s "$work/feed-nonce.lua" "$base"
seconds=${duration%s}
with_writer() { # name, then load's arguments
    local name=$1
    shift
    python3 "$work/writer.py" "$port" "$token" "$write_id" "$writes_per_second" "$seconds" >"$work/writes" &
    local writer=$!
    load "$name" "$@"
    wait "$writer"
    summary[-1]+="   ($(cat "$work/writes") writes)"
}
with_writer "(b'') slots uncached, $writes_per_second writes/s" -s "$work/slots-nonce.lua" "$base"
with_writer "(d'') feed uncached, $writes_per_second writes/s" "${auth[@]}" -s "$work/feed-nonce.lua" "$base"

echo "== summary (load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%s\n' "${summary[@]}"
