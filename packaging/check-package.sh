#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-package.sh BUILD_DIR: builds the Debian package from BUILD_DIR with
# CPack, checks it (lintian with no error, the AppStream metainfo, the desktop
# entry), installs it with apt, runs the installed tbib (--version, --help,
# a short --serve as the package's "tbib" system user, the way
# tbib-server.service runs it), then removes it. Needs root (apt) and the
# packages lintian, appstream, desktop-file-utils, dpkg-dev, curl.
set -euo pipefail
build=$(cd "${1:?usage: check-package.sh BUILD_DIR}" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/tbib-package.XXXXXX")
chmod 0711 "$work" # the tbib user reaches its state directory inside
server=
cleanup() {
    [[ -n $server ]] && kill "$server" 2>/dev/null || true
    if dpkg-query -W -f='${Status}' tbib 2>/dev/null | grep -q "install ok installed"; then
        apt-get remove -y tbib >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "==> cpack -G DEB"
rm -f "$build"/tbib_*.deb
(cd "$build" && cpack -G DEB >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$build"/tbib_*.deb)
echo "$deb"

echo "==> lintian"
lintian --fail-on error "$deb"

echo "==> appstreamcli validate, desktop-file-validate"
appstreamcli validate --no-net "$here/ma.tbib.tbib.metainfo.xml"
desktop-file-validate "$here/ma.tbib.tbib.desktop"

echo "==> apt-get install $deb"
apt-get install -y "$deb" >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
for f in /usr/bin/tbib /usr/share/applications/ma.tbib.tbib.desktop /usr/share/metainfo/ma.tbib.tbib.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/ma.tbib.tbib.svg /usr/share/icons/hicolor/48x48/apps/ma.tbib.tbib.png \
         /usr/share/man/man1/tbib.1.gz /usr/share/doc/tbib/copyright /lib/systemd/system/tbib-server.service \
         /etc/tbib/server.conf; do
    [[ -e $f ]] || { echo "missing after install: $f" >&2; exit 1; }
done
getent passwd tbib >/dev/null || { echo "the tbib system user was not created" >&2; exit 1; }
[[ $(stat -c '%U:%G %a' /etc/tbib/server.conf) == "root:tbib 640" ]] \
    || { echo "/etc/tbib/server.conf: $(stat -c '%U:%G %a' /etc/tbib/server.conf), not root:tbib 640" >&2; exit 1; }

echo "==> the installed tbib"
version=$(/usr/bin/tbib --version)
[[ $version == "tbib "* ]] || { echo "tbib --version printed: $version" >&2; exit 1; }
echo "$version"
/usr/bin/tbib --help >/dev/null

# What tbib-server.service runs, as its user, on a database of its own.
install -d -o tbib -g tbib -m 0750 "$work/state"
(cd "$work/state" && exec setpriv --reuid=tbib --regid=tbib --init-groups env HOME="$work/state" QT_QPA_PLATFORM=offscreen \
    /usr/bin/tbib --db "$work/state/tbib.sqlite" --serve --listen 127.0.0.1:0 --token package-check) \
    >"$work/serve.log" 2>&1 &
server=$!
port=
for _ in $(seq 1 100); do
    port=$(sed -n 's|.*listening on http://[^:]*:\([0-9][0-9]*\).*|\1|p' "$work/serve.log" | head -n 1)
    [[ -n $port ]] && break
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
    sleep 0.1
done
[[ -n $port ]] || { echo "the installed server did not start" >&2; cat "$work/serve.log" >&2; exit 1; }
curl -sf "http://127.0.0.1:$port/" | grep -q "Choisissez un praticien" \
    || { echo "the installed server does not serve the booking wizard" >&2; exit 1; }
[[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/doctor/queue") == 401 ]] \
    || { echo "the doctor API answered without its token" >&2; exit 1; }
curl -sf -H "Authorization: Bearer package-check" "http://127.0.0.1:$port/api/doctor/queue" | grep -q '"count"'
kill -TERM "$server"
wait "$server" && rc=0 || rc=$?
server=
[[ $rc == 0 ]] || { echo "the installed server exited with $rc on SIGTERM" >&2; cat "$work/serve.log" >&2; exit 1; }
echo "served on port $port, stopped cleanly"

echo "==> apt-get remove tbib"
apt-get remove -y tbib >/dev/null
[[ ! -e /usr/bin/tbib ]] || { echo "/usr/bin/tbib is still there after removal" >&2; exit 1; }
echo "package checked"
