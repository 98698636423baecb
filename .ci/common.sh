# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by run.sh and test.sh (sourced, not executed): the Debian packages the
# build needs, installing the missing ones, and configuring a build directory.

# Everything the build and the tests need on a fresh Debian 12 (bookworm):
# - cmake, ninja-build, g++ (12, for C++23 <expected>);
# - qt6-base-dev: Qt6 Core, Sql and Test CMake packages (it pulls libgl-dev and
#   the other Gui development files its CMake configs reference);
# - qt6-base-dev-tools: moc and rcc; libqt6sql6-sqlite: the QSQLITE driver;
#   libqt6sql6-psql: the QPSQL driver (several workstations on PostgreSQL);
# - qt6-tools-dev: the Qt6LinguistTools CMake package; qt6-tools-dev-tools and
#   qt6-l10n-tools: lupdate / lrelease;
# - qt6-httpserver-dev: Qt HTTP Server for server/ (tbib_server); its CMake
#   package requires Qt6WebSockets, whose CMake files are in qt6-websockets-dev
#   (Debian's qt6-httpserver-dev does not depend on it);
# - qt6-translations-l10n: Qt's own French (and Arabic) catalogues, loaded
#   with TBIB's so that standard texts speak the UI language;
# - tzdata: the IANA zones (Africa/Casablanca, Europe/Paris) the tests use;
# - binutils: readelf, for the "layering" test.
TBIB_PACKAGES=(
    cmake ninja-build g++
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-translations-l10n
    tzdata binutils
)

# Node.js and npm: the build runs `npm ci` (package-lock.json) to embed
# FullCalendar in the booking wizard (resources/web.cmake). Any npm on PATH
# will do: the NodeSource nodejs package contains npm, and Debian's npm package
# would conflict with it, so Debian's nodejs and npm are installed only when no
# npm is found.
tbib_node_packages() {
    if [[ -f package.json ]] && ! command -v npm >/dev/null; then
        echo nodejs
        echo npm
    fi
}

tbib_missing_packages() {
    local p
    for p in "$@"; do
        if [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]]; then
            echo "$p"
        fi
    done
}

# tbib_ensure_packages [EXTRA...]
# Installs the missing packages (TBIB_PACKAGES, Node.js when needed, EXTRA)
# with apt-get; does nothing (and needs no network) when all are installed.
tbib_ensure_packages() {
    if ! command -v dpkg-query >/dev/null; then
        echo "error: dpkg-query not found; these scripts expect Debian 12 (bookworm)." >&2
        echo "Install by hand: ${TBIB_PACKAGES[*]} $* (and Node.js with npm)" >&2
        exit 1
    fi
    local missing
    mapfile -t missing < <(tbib_missing_packages "${TBIB_PACKAGES[@]}" "$@"; tbib_node_packages)
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    if [[ "$(id -u)" -ne 0 ]]; then
        echo "error: missing Debian packages: ${missing[*]}" >&2
        echo "Run this script as root, or install them first:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
    echo "==> Installing missing packages: ${missing[*]}"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

# tbib_configure DIR -DNAME=VALUE...
# Configures DIR with Ninja when it has no CMake cache yet. When it has one,
# cmake runs again only if one of the given options differs from the cached
# value, so an unchanged tree goes straight to the (incremental) build.
tbib_configure() {
    local dir=$1
    shift
    if [[ ! -f "$dir/CMakeCache.txt" ]]; then
        echo "==> Configuring $dir"
        cmake -S . -B "$dir" -G Ninja "$@"
        return
    fi
    local opt name value
    for opt in "$@"; do
        name=${opt#-D}
        value=${name#*=}
        name=${name%%=*}
        name=${name%%:*}
        if ! grep -qxE "${name}(:[A-Z]+)?=${value}" "$dir/CMakeCache.txt"; then
            echo "==> Reconfiguring $dir ($name=$value)"
            cmake -S . -B "$dir" "$@"
            return
        fi
    done
}
