#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Checks that the man pages describe what the programs' --help lists: every command of
# coapscope-cli and every long option of both programs and of each command. Also has man(1)
# format both pages with warnings on, so a roff mistake fails here rather than on a reader.
# Usage: check-manpages.sh GUI CLI MAN_DIR   (MAN_DIR holds coapscope.1[.gz], coapscope-cli.1[.gz])
set -euo pipefail
gui=$1 cli=$2 man_dir=$3
# English help text, whatever the machine's language; no display needed for --help.
export LC_ALL=C.UTF-8 LANGUAGE=
unset DISPLAY WAYLAND_DISPLAY

failures=0
fail() { echo "check-manpages: $*" >&2; failures=$((failures + 1)); }

page_file() { # NAME -> the page, compressed or not
    local name=$1
    if [[ -f "$man_dir/$name.1.gz" ]]; then echo "$man_dir/$name.1.gz"; else echo "$man_dir/$name.1"; fi
}
# The page's text with roff's \- turned into -, so options read as they are typed.
page_text() { zcat -f "$(page_file "$1")" | sed 's/\\-/-/g'; }
long_options() { grep -oE -- '--[a-z][a-z-]*[a-z]' | sort -u; }

check_options() { # PAGE HELP_TEXT WHAT
    local page=$1 help=$2 what=$3 option
    while read -r option; do
        [[ -n "$option" ]] || continue
        grep -qE -- "${option}([^a-z-]|\$)" <<<"$(page_text "$page")" ||
            fail "$page.1 does not describe $option ($what --help lists it)"
    done < <(long_options <<<"$help")
}

for page in coapscope coapscope-cli; do
    [[ -f "$(page_file "$page")" ]] || { fail "no man page $page in $man_dir"; continue; }
    warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$(page_file "$page")" 2>&1 >/dev/null) ||
        fail "man cannot format $page.1"
    [[ -z "$warnings" ]] || fail "man warns about $page.1: $warnings"
done

check_options coapscope "$("$gui" --help)" coapscope
top_help=$("$cli" --help)
check_options coapscope-cli "$top_help" coapscope-cli
# The commands are the first words of the lines under "Commands:"; get|post|... is one line.
commands=$(sed -n '/^Commands:/,/^$/p' <<<"$top_help" | awk 'NR > 1 && NF { print $1 }' | tr '|' '\n')
[[ -n "$commands" ]] || fail "coapscope-cli --help lists no commands"
for command in $commands; do
    grep -qE "(^|[^a-z-])${command}([^a-z-]|\$)" <<<"$(page_text coapscope-cli)" ||
        fail "coapscope-cli.1 does not mention the command $command"
    help=$("$cli" "$command" --help) || { fail "coapscope-cli $command --help failed"; continue; }
    check_options coapscope-cli "$help" "coapscope-cli $command"
done

if ((failures > 0)); then
    echo "check-manpages: $failures problem(s); packaging/man/*.1.in need updating" >&2
    exit 1
fi
echo "check-manpages: both man pages describe every command and option --help lists"
