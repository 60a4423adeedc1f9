#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Quick start, command 2: set up, build, and run every test (unit, interop, gui, fuzz-smoke,
# bench smoke). Exits non-zero when any test fails. Extra arguments go to ctest, e.g. -L unit.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${COAPSCOPE_BUILD_DIR:-"$root/build"}
"$root/scripts/setup.sh"
exec ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" "$@"
