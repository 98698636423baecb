#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds TBIB and runs every test: the warnings-as-errors build in BUILD_DIR
# (default: build), then the tests again under AddressSanitizer and
# UndefinedBehaviorSanitizer in ASAN_BUILD_DIR (default: build-asan; skip with
# TBIB_ASAN=0), then the HTTP API's libFuzzer target for TBIB_FUZZ_SECONDS
# (default 60) with clang-16 in FUZZ_BUILD_DIR (default: build-fuzz; skip with
# TBIB_FUZZ=0), and between them builds the Debian package from BUILD_DIR and
# checks it: lintian, install, run, remove (as root; skip with TBIB_PACKAGE=0).
# The suites that touch the database run twice, the second time on a
# throw-away PostgreSQL cluster started on a loopback port
# (tests/postgres/pgcluster.sh) and removed at the end.
# Installs missing Debian packages first (as root). Exits non-zero when
# anything fails.
set -euo pipefail
cd "$(dirname "$0")"
source .ci/common.sh

BUILD_DIR=${BUILD_DIR:-build}
ASAN_BUILD_DIR=${ASAN_BUILD_DIR:-build-asan}
TBIB_ASAN=${TBIB_ASAN:-1}
TBIB_FUZZ=${TBIB_FUZZ:-1}
FUZZ_BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
TBIB_FUZZ_SECONDS=${TBIB_FUZZ_SECONDS:-60}
TBIB_PACKAGE=${TBIB_PACKAGE:-1}
JOBS=${JOBS:-$(nproc)}

failed=()

# The *_postgresql suites and the two-workstation tests need a PostgreSQL
# server (Debian's postgresql: server binaries and the btree_gist extension).
extra=(postgresql)

# The browser tests of the booking wizard drive Debian's Chromium (headless).
if [[ -f tests/e2e/CMakeLists.txt ]]; then
    extra+=(chromium)
fi
# The fuzz target needs clang with libFuzzer; clang-16, because clang-14 cannot
# compile libstdc++ 12's <expected> (fuzz/CMakeLists.txt).
if [[ "$TBIB_FUZZ" != 0 ]]; then
    extra+=(clang-16 libclang-rt-16-dev)
fi
# The Debian package check (packaging/check-package.sh) installs the package
# with apt, so it runs as root only: lintian, appstreamcli, desktop-file-validate,
# dpkg-shlibdeps (dpkg-dev, for CPack's dependencies) and curl.
if [[ "$TBIB_PACKAGE" != 0 && "$(id -u)" -eq 0 ]]; then
    extra+=(lintian appstream desktop-file-utils dpkg-dev curl)
fi
tbib_ensure_packages "${extra[@]}"

# A throw-away PostgreSQL cluster for the tests, removed on exit whatever happens.
pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/tbib-pg.XXXXXX")
trap 'tests/postgres/pgcluster.sh destroy "$pg_dir" || true' EXIT
echo "==> Starting a throw-away PostgreSQL cluster in $pg_dir"
TBIB_TEST_POSTGRES=$(tests/postgres/pgcluster.sh start "$pg_dir")
export TBIB_TEST_POSTGRES
# The reconnection test stops and starts a cluster of its own with the same script.
export TBIB_TEST_PGCLUSTER="$PWD/tests/postgres/pgcluster.sh"

tbib_configure "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTBIB_WERROR=ON -DTBIB_BUILD_TESTS=ON -DTBIB_BUILD_BENCHMARKS=ON
echo "==> Building $BUILD_DIR"
cmake --build "$BUILD_DIR" --parallel "$JOBS"
echo "==> Testing $BUILD_DIR"
ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 || failed+=("tests in $BUILD_DIR")

if [[ "$TBIB_PACKAGE" != 0 ]]; then
    if [[ "$(id -u)" -eq 0 ]]; then
        echo "==> Debian package: build, lintian, install, run, remove"
        packaging/check-package.sh "$BUILD_DIR" || failed+=("Debian package")
    else
        echo "==> Debian package check skipped: it installs the package, run as root"
    fi
fi

if [[ "$TBIB_ASAN" != 0 ]]; then
    tbib_configure "$ASAN_BUILD_DIR" -DCMAKE_BUILD_TYPE=Debug -DTBIB_SANITIZE=ON \
        -DTBIB_WERROR=ON -DTBIB_BUILD_TESTS=ON -DTBIB_BUILD_BENCHMARKS=OFF
    echo "==> Building $ASAN_BUILD_DIR (ASan + UBSan)"
    cmake --build "$ASAN_BUILD_DIR" --parallel "$JOBS"
    echo "==> Testing $ASAN_BUILD_DIR (tests under ASan + UBSan)"
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:check_initialization_order=1} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
        ctest --test-dir "$ASAN_BUILD_DIR" --output-on-failure -j2 -R "${ASAN_TESTS_REGEX:-^(tst_|layering)}" \
        || failed+=("sanitizer tests in $ASAN_BUILD_DIR")
fi

if [[ "$TBIB_FUZZ" != 0 ]]; then
    CC=clang-16 CXX=clang++-16 tbib_configure "$FUZZ_BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DTBIB_BUILD_FUZZERS=ON -DTBIB_BUILD_TESTS=OFF -DTBIB_BUILD_BENCHMARKS=OFF \
        -DTBIB_FUZZ_SECONDS="$TBIB_FUZZ_SECONDS"
    echo "==> Building $FUZZ_BUILD_DIR (libFuzzer, clang-16)"
    cmake --build "$FUZZ_BUILD_DIR" --parallel "$JOBS" --target fuzz_api
    echo "==> Fuzzing the HTTP API for ${TBIB_FUZZ_SECONDS}s (regressions replayed first)"
    ctest --test-dir "$FUZZ_BUILD_DIR/fuzz" -R fuzz_api_smoke --output-on-failure \
        || failed+=("fuzzing in $FUZZ_BUILD_DIR")
fi

if ((${#failed[@]})); then
    echo "FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "==> All tests passed"
