#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Refreshes the screenshots in docs/screenshots: starts `coapscope --demo` in a virtual X
# display, walks through the views with the keyboard (xdotool) and captures the screen
# (imagemagick's import). Needs a built tree (scripts/setup.sh) and xdotool.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${COAPSCOPE_BUILD_DIR:-"$root/build"}
out="$root/docs/screenshots"
command -v xdotool >/dev/null || { echo "screenshots: install xdotool first" >&2; exit 1; }

if [[ -z "${SCREENSHOTS_IN_XVFB:-}" ]]; then
    exec env SCREENSHOTS_IN_XVFB=1 xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

# A clean settings folder, so the window shows its first layout.
scratch=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; rm -rf "$scratch"' EXIT
XDG_CONFIG_HOME="$scratch" XDG_DATA_HOME="$scratch" "$build_dir/app/gui/coapscope" --demo &
app=$!
sleep 5
shot() { import -window root "$out/$1.png"; echo "screenshots: $out/$1.png"; }
# There is no window manager to give the keyboard to the window on top: hand it over.
# Bounded, so a window that never shows cannot hang the script.
focus() {
    local window
    window=$(timeout 10 xdotool search --sync --onlyvisible --name "$1" | tail -1) || true
    [[ -n "$window" ]] && timeout 10 xdotool windowfocus --sync "$window" || true
}
key() { xdotool key --clearmodifiers "$@"; sleep 1.5; }
focus '^CoapScope$'

shot main-window
key alt+r                 # the Request tab, whose URI the demo set to /obs
key alt+o                 # tick Observe
key ctrl+Return           # send
sleep 11                  # /obs changes every 5 s: a few notifications
# The Observations tab, found by its text's place on screen (the first layout is fixed).
xdotool mousemove 210 247 click 1
sleep 1
shot observe
key alt+c p               # Security ▸ Client Pre-Shared Key…
shot psk-dialog
focus 'Pre-Shared Key'
key Escape
focus '^CoapScope$'
key alt+c c               # Security ▸ Client Certificates…
shot pki-dialog
key Escape
kill "$app"
wait "$app" 2>/dev/null || true

# Again in the dark theme (View ▸ Theme ▸ Dark, as saved settings), on the Timeline tab after
# a GET and an observation of /obs.
mkdir -p "$scratch/CoapScope"
printf '[view]\ntheme=2\n' >"$scratch/CoapScope/CoapScope.conf"
XDG_CONFIG_HOME="$scratch" XDG_DATA_HOME="$scratch" "$build_dir/app/gui/coapscope" --demo &
app=$!
sleep 5
focus '^CoapScope$'
key alt+r
key ctrl+Return           # GET /obs
key alt+o
key ctrl+Return           # observe /obs
sleep 6
xdotool mousemove 356 247 click 1   # the Timeline tab
sleep 1
shot dark
