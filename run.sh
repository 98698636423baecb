#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds TBIB (installing missing Debian packages first, as root) and starts it
# on the default database. Arguments are passed to tbib, e.g. ./run.sh --help.
# BUILD_DIR overrides the build directory (default: build).
set -euo pipefail
cd "$(dirname "$0")"
source .ci/common.sh

BUILD_DIR=${BUILD_DIR:-build}

tbib_ensure_packages
tbib_configure "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD_DIR" --target tbib
echo "==> Starting $BUILD_DIR/app/tbib $*"
exec "$BUILD_DIR/app/tbib" "$@"
