#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# The packaging test: builds the Debian package from the build tree (cpack reuses what is
# built), checks its control fields and its contents, unpacks it into a scratch root and runs
# what it installed there, against the system's Qt and OpenSSL as an installed package would:
# --version, the demo server with requests over UDP, DTLS and TLS, and the GUI under Xvfb until
# its main window shows.
# Usage: check-deb.sh CPACK BUILD_DIR VERSION SOURCE_DIR
set -euo pipefail
cpack=$1 build_dir=$2 version=$3 source_dir=$4
app_id=io.github.coapscope.CoapScope
summary="Explore and debug CoAP sessions over UDP, DTLS, TCP and TLS"

scratch=$(mktemp -d)
children=()
cleanup() {
    for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$scratch"
}
trap cleanup EXIT
step() { echo "== $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
# The installed programs must find everything on the system, not in the build tree, and speak
# English for the checks of their text. An array, not a function, so that
# "${installed[@]}" program & gives the program's own process id.
installed=(env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH -u QT_QPA_PLATFORM LC_ALL=C.UTF-8 LANGUAGE=)

step "building the package (cpack -G DEB)"
started=$SECONDS
if ! "$cpack" --config "$build_dir/CPackConfig.cmake" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log" >&2
    fail "cpack -G DEB"
fi
arch=$(dpkg --print-architecture)
deb="$scratch/out/coapscope_${version}_${arch}.deb"
[[ -f "$deb" ]] || fail "no $(basename "$deb") in: $(ls "$scratch/out")"
echo "$(basename "$deb"), $(du -h "$deb" | cut -f1), in $((SECONDS - started)) s"

step "control fields (dpkg-deb -I)"
dpkg-deb -I "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
expect_field() { [[ "$(field "$1")" == "$2" ]] || fail "$1 is \"$(field "$1")\", expected \"$2\""; }
expect_field Package coapscope
expect_field Version "$version"
expect_field Architecture "$arch"
expect_field Section net
expect_field Priority optional
expect_field Recommends "qt6-translations-l10n, libsecret-1-0, gnome-keyring"
[[ -n "$(field Maintainer)" ]] || fail "no Maintainer"
# Depends comes from dpkg-shlibdeps: every library the programs link, each with a minimum version.
depends=$(field Depends)
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libssl3; do
    grep -qE "(^|, )${package//+/\\+} \\(>= [^)]+\\)" <<<"$depends" ||
        fail "Depends lacks a versioned $package (dpkg-shlibdeps): $depends"
done
description=$(field Description)
[[ "$(head -n1 <<<"$description")" == "$summary" ]] || fail "the Description's first line is not the summary"
(($(wc -l <<<"$description") >= 5)) || fail "the Description has no extended text"
! awk 'length > 80' <<<"$description" | grep -q . || fail "the Description has lines over 80 columns"

step "contents (dpkg-deb -c)"
dpkg-deb -c "$deb" >"$scratch/contents"
# Regular files only: the paths, without the leading "." of the archive.
files=$(awk '$1 ~ /^-/ { sub(/^\./, "", $6); print $6 }' "$scratch/contents" | sort)
hicolor=/usr/share/icons/hicolor
expected=(
    /usr/bin/coapscope
    /usr/bin/coapscope-cli
    /usr/share/applications/$app_id.desktop
    /usr/share/metainfo/$app_id.metainfo.xml
    $hicolor/scalable/apps/$app_id.svg
    /usr/share/man/man1/coapscope.1.gz
    /usr/share/man/man1/coapscope-cli.1.gz
    /usr/share/doc/coapscope/copyright
)
for size in 16 24 32 48 64 128 256; do expected+=("$hicolor/${size}x$size/apps/$app_id.png"); done
if ! diff -u <(printf '%s\n' "${expected[@]}" | sort) <(echo "$files") >"$scratch/diff"; then
    cat "$scratch/diff" >&2
    fail "the package's files differ from the expected list (- expected, + packaged)"
fi
awk '$2 != "root/root" { bad = 1; print } END { exit bad }' "$scratch/contents" ||
    fail "files not owned by root/root"
grep -E ' \./usr/bin/coapscope(-cli)?$' "$scratch/contents" | grep -qv '^-rwxr-xr-x' &&
    fail "the programs are not mode 0755"

step "unpacking into a scratch root (dpkg-deb -x)"
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for program in coapscope coapscope-cli; do
    binary="$root/usr/bin/$program"
    file -b "$binary" | grep -q 'stripped' && ! file -b "$binary" | grep -q 'not stripped' ||
        fail "$program is not stripped"
    # qt_standard_project_setup() installs with RUNPATH $ORIGIN:$ORIGIN/../lib; anything
    # absolute would be a path from the build machine.
    runpath=$(readelf -d "$binary" | sed -n 's/.*(R\(UN\)\?PATH).*\[\(.*\)\]/\2/p')
    tr ':' '\n' <<<"$runpath" | grep -q '^/' && fail "$program has an absolute RUNPATH: $runpath"
    missing=$("${installed[@]}" ldd "$binary" | grep 'not found' || true)
    [[ -z "$missing" ]] || fail "$program: libraries not found: $missing"
done
cmp -s "$root/usr/share/doc/coapscope/copyright" "$source_dir/LICENSE" || fail "copyright is not LICENSE"

step "desktop entry, AppStream metadata, icons, man pages"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
# One application id everywhere: file names, the metadata, the icon, and the GUI's
# setDesktopFileName (a UTF-16 string literal in the binary).
grep -qx "Icon=$app_id" "$root/usr/share/applications/$app_id.desktop" || fail "the desktop entry's Icon is not $app_id"
grep -qx "Exec=coapscope" "$root/usr/share/applications/$app_id.desktop" || fail "the desktop entry does not run coapscope"
grep -q "<id>$app_id</id>" "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "the metadata's id is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "the metadata does not launch $app_id.desktop"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "no <release> for $version"
python3 - "$root/usr/bin/coapscope" "$app_id" <<'PY' || fail "the GUI does not call itself $app_id (setDesktopFileName)"
import sys
sys.exit(0 if sys.argv[2].encode("utf-16-le") in open(sys.argv[1], "rb").read() else 1)
PY
# The translations travel inside the programs (qt_add_translations, resource prefix /i18n): each
# catalogue in translations/ is a resource of both, named in UTF-16 by rcc.
python3 - "$source_dir/translations" "$root/usr/bin/coapscope" "$root/usr/bin/coapscope-cli" <<'PY' ||
import pathlib, sys
catalogues = [ts.stem + ".qm" for ts in pathlib.Path(sys.argv[1]).glob("*.ts")]
missing = [f"{pathlib.Path(program).name}: {name}" for program in sys.argv[2:]
           for name in catalogues if name.encode("utf-16-be") not in open(program, "rb").read()]
print("translations inside the programs:", ", ".join(sorted(catalogues)))
sys.exit("no catalogues in translations/" if not catalogues else
         f"missing: {', '.join(missing)}" if missing else 0)
PY
    fail "the programs lack compiled translations"
for size in 16 24 32 48 64 128 256; do
    file -b "$root$hicolor/${size}x$size/apps/$app_id.png" | grep -q "PNG image data, $size x $size," ||
        fail "the ${size}x$size icon is not $size pixels square"
done
grep -q '<svg' "$root$hicolor/scalable/apps/$app_id.svg" || fail "the scalable icon is not an SVG"
for page in coapscope coapscope-cli; do
    zcat "$root/usr/share/man/man1/$page.1.gz" | grep -q "^\.TH .*\"CoapScope $version\"" ||
        fail "$page.1 does not name version $version"
done
"${installed[@]}" "$source_dir/tests/packaging/check-manpages.sh" "$root/usr/bin/coapscope" \
    "$root/usr/bin/coapscope-cli" "$root/usr/share/man/man1"

step "the installed coapscope-cli and coapscope: --version"
for program in coapscope-cli coapscope; do
    text=$("${installed[@]}" "$root/usr/bin/$program" --version) || fail "$program --version failed"
    echo "$text"
    [[ "$(head -n1 <<<"$text")" == "$program $version" ]] || fail "$program --version does not start with \"$program $version\""
    grep -q '^Qt 6\.' <<<"$text" || fail "$program --version does not show Qt's version"
    grep -q '^OpenSSL 3\.' <<<"$text" || fail "$program --version does not show OpenSSL's version"
done

step "the installed demo server (coapscope-cli serve) and requests to it"
free_port() { # PROTOCOL: a port free for UDP (dgram) or TCP (stream) on 127.0.0.1
    python3 -c 'import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM if sys.argv[1] == "dgram" else socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' "$1"
}
udp=$(free_port dgram) dtls=$(free_port dgram) tls=$(free_port stream)
psk=(--psk-identity packaging --psk-key packaging-test-key)
"${installed[@]}" "$root/usr/bin/coapscope-cli" serve --listen "coap://127.0.0.1:$udp" \
    --listen "coaps://127.0.0.1:$dtls" --listen "coaps+tcp://127.0.0.1:$tls" "${psk[@]}" \
    >"$scratch/serve.log" 2>&1 &
server=$!
children+=("$server")
for _ in $(seq 100); do
    (($(grep -c '^Serving' "$scratch/serve.log") >= 3)) && break
    kill -0 "$server" 2>/dev/null || { cat "$scratch/serve.log" >&2; fail "serve exited"; }
    sleep 0.1
done
cat "$scratch/serve.log"
for uri in "coap://127.0.0.1:$udp" "coaps://127.0.0.1:$dtls" "coaps+tcp://127.0.0.1:$tls"; do
    security=()
    [[ "$uri" == coaps* ]] && security=("${psk[@]}")
    answer=$("${installed[@]}" timeout 30 "$root/usr/bin/coapscope-cli" get --timeout 10 "${security[@]}" \
        "$uri/seg1/seg2/seg3") || fail "coapscope-cli get $uri/seg1/seg2/seg3 failed"
    [[ "$answer" == "seg1/seg2/seg3" ]] || fail "GET $uri/seg1/seg2/seg3 answered \"$answer\""
    echo "GET $uri/seg1/seg2/seg3: $answer"
done
kill -TERM "$server"
wait "$server" || fail "serve did not stop cleanly on SIGTERM"

step "the installed GUI under Xvfb (coapscope --demo)"
# A scratch home for settings and profiles, and a script that runs inside the X server's
# session: start the GUI, wait for its main window by title, close it.
mkdir -p -m 0700 "$scratch/home"
cat >"$scratch/gui.sh" <<'SH'
set -u
"$1" --demo >"$2" 2>&1 &
gui=$!
window=$(timeout 60 xdotool search --sync --onlyvisible --name '^CoapScope$' | head -n1)
[[ -n "$window" ]] && echo "main window $window: \"$(xdotool getwindowname "$window")\"," \
    "$(xprop -id "$window" WM_CLASS)"
kill -TERM "$gui" 2>/dev/null
wait "$gui"
[[ -n "$window" ]]
SH
if ! "${installed[@]}" HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/config" \
    XDG_DATA_HOME="$scratch/home/data" XDG_RUNTIME_DIR="$scratch/home" \
    xvfb-run -a -s "-screen 0 1280x1024x24" bash "$scratch/gui.sh" "$root/usr/bin/coapscope" \
    "$scratch/gui.log" | tee "$scratch/gui.out"; then
    cat "$scratch/gui.log" >&2
    fail "the installed GUI showed no main window within 60 s"
fi
# X11 docks match the window to the desktop entry by its class.
wm_class=$(sed -n 's/^StartupWMClass=//p' "$root/usr/share/applications/$app_id.desktop")
grep -q "^main window .*WM_CLASS(STRING) = \"[^\"]*\", \"$wm_class\"\$" "$scratch/gui.out" ||
    fail "the window's WM_CLASS is not the desktop entry's StartupWMClass ($wm_class)"

echo "PASS: $(basename "$deb") builds, holds what it should and runs from a scratch root ($SECONDS s)"
