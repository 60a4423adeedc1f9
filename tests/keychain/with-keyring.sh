#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Runs a command with a real system keychain, as a desktop session has one, on a machine with
# none: a D-Bus session bus of its own (dbus-run-session) with GNOME Keyring's Secret Service
# on it, its login keyring new and unlocked, in a HOME of its own that is removed afterwards.
# The user's own keyring and session bus are never touched. When the command ends, the bus
# goes and the keyring daemon with it.
# Usage: with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

if [[ -z "${COAPSCOPE_KEYRING_SESSION:-}" ]]; then
    for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
        command -v "$tool" >/dev/null || { echo "with-keyring: $tool is missing" >&2; exit 1; }
    done
    exec env COAPSCOPE_KEYRING_SESSION=1 dbus-run-session -- "$0" "$@"
fi

home=$(mktemp -d "${TMPDIR:-/tmp}/coapscope-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
    XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime"
mkdir -p -m 700 "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
# Never a desktop's wallet: QtKeychain goes by these to choose KWallet over the Secret Service.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_SESSION_VERSION KDE_FULL_SESSION \
    GNOME_DESKTOP_SESSION_ID

# --unlock reads the password from standard input and creates the login keyring with it.
printf 'coapscope-test' | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null

owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'
}
for _ in $(seq 50); do
    owned && break
    sleep 0.1
done
owned || { echo "with-keyring: the Secret Service did not start" >&2; exit 1; }

status=0
"$@" || status=$?
exit "$status"
