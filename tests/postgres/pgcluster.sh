#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL cluster for the tests, on a loopback port, in a
# directory of the caller's (Debian's postgresql package; nothing system-wide
# is touched: no pg_createcluster, no service).
#
#   pgcluster.sh start DIR     initdb DIR if new, start it on a free loopback
#                              port, create the role and database of the tests;
#                              prints the database URL (also in DIR/url)
#   pgcluster.sh stop DIR      fast shutdown (clients are disconnected)
#   pgcluster.sh restart DIR   stop, then start on the same port
#   pgcluster.sh destroy DIR   stop if running and delete DIR
#
# The server refuses to run as root: as root, DIR is given to the postgres
# user and the commands run as that user.
set -euo pipefail

cmd=${1:?usage: pgcluster.sh start|stop|restart|destroy DIR}
dir=${2:?usage: pgcluster.sh start|stop|restart|destroy DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
    echo "pgcluster.sh: PostgreSQL server binaries not found (Debian package postgresql)" >&2
    exit 1
fi

as_owner() {
    if [[ "$(id -u)" -eq 0 ]]; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

pg_ctl_start() {
    local port=$1
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir" start >/dev/null
}

start() {
    mkdir -p "$dir"
    if [[ "$(id -u)" -eq 0 ]]; then
        chown postgres: "$dir"
    fi
    if [[ ! -f "$dir/data/PG_VERSION" ]]; then
        as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust \
            --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
        # Durable commits, as in a clinic; few connections are enough.
        printf '%s\n' "max_connections = 200" "fsync = on" "synchronous_commit = on" \
            | as_owner tee -a "$dir/data/postgresql.conf" >/dev/null
    fi
    local port
    if [[ -f "$dir/port" ]]; then
        port=$(cat "$dir/port")
        pg_ctl_start "$port"
    else
        # No port 0 for PostgreSQL: try random free-looking ports until one binds.
        local tries=0
        while :; do
            port=$((20000 + RANDOM % 40000))
            if pg_ctl_start "$port" 2>/dev/null; then
                break
            fi
            tries=$((tries + 1))
            if ((tries >= 20)); then
                echo "pgcluster.sh: could not start the server; see $dir/server.log" >&2
                exit 1
            fi
        done
        echo "$port" | as_owner tee "$dir/port" >/dev/null
        as_owner "$bin/psql" -q -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL
CREATE ROLE tbib LOGIN PASSWORD 'tbib-test';
CREATE DATABASE tbib_test OWNER tbib;
\c tbib_test
CREATE EXTENSION btree_gist;
SQL
    fi
    echo "postgresql://tbib:tbib-test@127.0.0.1:$port/tbib_test" | as_owner tee "$dir/url"
}

stop() {
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null
    fi
}

case "$cmd" in
start) start ;;
stop) stop ;;
restart) stop; start >/dev/null ;;
destroy) stop || true; rm -rf "$dir" ;;
*) echo "pgcluster.sh: unknown command $cmd" >&2; exit 2 ;;
esac
