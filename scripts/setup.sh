#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Brings a Debian 12 machine to the point of building CoapScope: installs the apt packages that
# are missing (as root, or through sudo), configures the build once and builds incrementally.
# Usage: scripts/setup.sh [extra cmake -D options]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${COAPSCOPE_BUILD_DIR:-"$root/build"}

packages=(
    build-essential cmake ninja-build pkg-config python3
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libssl-dev openssl
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus libsecret-tools
    libbenchmark-dev libcoap3-bin libcoap3-dev
    xvfb xauth imagemagick
    tshark
    dpkg-dev file desktop-file-utils appstream xdotool x11-utils man-db
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if ((${#missing[@]} > 0)); then
    echo "setup: installing ${missing[*]}"
    as_root=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || { echo "setup: need root or sudo to install packages" >&2; exit 1; }
        as_root=(sudo)
    fi
    "${as_root[@]}" apt-get update -qq
    # tshark's package would otherwise stop to ask whether non-root users may capture.
    if [[ " ${missing[*]} " == *" tshark "* ]]; then
        echo "wireshark-common wireshark-common/install-setuid boolean false" |
            "${as_root[@]}" debconf-set-selections
    fi
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

generator=()
[[ -f "$build_dir/CMakeCache.txt" ]] || generator=(-G Ninja)
cmake -S "$root" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCOAPSCOPE_REQUIRE_TEST_TOOLS=ON "$@" >/dev/null
cmake --build "$build_dir" --parallel
