#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Quick start, command 1: set up, build, and start the CoapScope desktop application on its
# embedded demo server (--demo), with client sessions already open to it. Arguments replace
# --demo and go to coapscope (try --help).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${COAPSCOPE_BUILD_DIR:-"$root/build"}
"$root/scripts/setup.sh"

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "run: no display. Start it from a desktop session, or headless: xvfb-run -a $0" >&2
    exit 1
fi
(($# > 0)) || set -- --demo
exec "$build_dir/app/gui/coapscope" "$@"
