#!/usr/bin/env bash
# Runs the program over every bad (and good) input under valgrind memcheck,
# so that every error path is checked for leaks and invalid accesses in a
# build without sanitizers; then the unit tests, which reach the library's
# error paths directly. Skips (exit 77) when valgrind is not installed or
# the program is built with AddressSanitizer, which already checks the same
# things and cannot run under valgrind.
# Usage: tests/memcheck.sh ENTENTE UNIT_TESTS   (from the repository root)
set -u
ENTENTE=$1
UNIT_TESTS=${2:-}
if ! command -v valgrind >/dev/null; then
    echo "memcheck: skipped: valgrind is not installed (apt-get install valgrind)"
    exit 77
fi
if ldd "$ENTENTE" 2>/dev/null | grep -q libasan; then
    echo "memcheck: skipped: this is the sanitizer build (ASan checks it instead)"
    exit 77
fi
# 99 tells a memcheck error from the program's own exit statuses.
VALGRIND=(valgrind --quiet --error-exitcode=99 --leak-check=full --num-callers=50
    --suppressions=tests/valgrind.supp
    --show-leak-kinds=definite,indirect,possible
    --errors-for-leak-kinds=definite,indirect,possible)
failed=0

# check EXPECTED_STATUS ARGS...: runs the program under memcheck.
check() {
    local expected=$1
    shift
    local log status
    log=$(mktemp)
    "${VALGRIND[@]}" --log-file="$log" "$ENTENTE" "$@" >/dev/null 2>&1
    status=$?
    if [ "$status" -eq 99 ] || [ -s "$log" ]; then
        echo "memcheck: FAIL: entente $*"
        cat "$log"
        failed=1
    elif [ "$status" -ne "$expected" ]; then
        echo "memcheck: FAIL: entente $* exited $status, expected $expected"
        failed=1
    else
        local args="$*"
        echo "memcheck: ok: entente ${args:0:100}"
    fi
    rm -f "$log"
}

shopt -s nullglob
check 1 validate tests/data/bad/*.json
check 1 validate tests/data/fuzz-regressions/*.json
check 1 validate tests/data/dir
check 1 validate tests/data/no-such-file.json
check 0 validate tests/data/valid.json tests/data/roundtrip.json graphs
check 0 validate --strict --max-errors 1 tests/data/valid.json
check 2 validate --frobnicate
# entente import: the reader's, the map's, the cells' and the spells' error
# paths, and every preset (three of them in one series).
imp=tests/data/import
series=$(mktemp -d)
check 1 import $imp/bad/unterminated.csv --map $imp/joined.map.json
check 1 import $imp/bad/dates.csv --map $imp/bad/unknown-column.map.json
check 1 import $imp/bad/weights.csv --map $imp/arms.map.json --create-entities state
check 1 import $imp/bad/duplicate.csv --map $imp/joined.map.json -g graphs/gazetteer.json --date 2005
check 0 import --preset sipri-register $imp/presets/sipri-trade.csv --window 2019-2023 --min-share 0.1
check 0 import --preset cow-igo $imp/presets/cow-igo-memberships.csv --igo-list $imp/presets/cow-igo-list.csv \
    --preset atop $imp/presets/atop-members.csv --preset cow-contiguity $imp/presets/cow-contiguity.csv \
    --every year --from 1990 --to 1992 -o "$series/igo"
check 1 import --preset atop $imp/presets/atop-unknown-code.csv --date 1880
rm -rf "$series"
# entente convert: every bad import, and each format out and back.
conv=$(mktemp -d)
for bad in tests/data/convert/bad-*.graphml tests/data/convert/bad-*.gexf \
    tests/data/convert/bad-*.json tests/data/convert/bad-*.edges.csv; do
    check 1 convert "$bad" -o "$conv/bad.json" --to entente
done
check 0 convert graphs/csto-202[2-5]-*.json -o "$conv/series.gexf"
for extension in graphml gexf json csv; do
    check 0 convert tests/data/convert/hostile.json --with-metrics -o "$conv/h.$extension"
    check 0 convert "$conv/h.$extension" -o "$conv/h-$extension.json" --to entente
done
rm -rf "$conv"
if [ -n "$UNIT_TESTS" ]; then
    log=$(mktemp)
    if ! "${VALGRIND[@]}" --log-file="$log" "$UNIT_TESTS" >/dev/null 2>&1 || [ -s "$log" ]; then
        echo "memcheck: FAIL: unit tests"
        cat "$log"
        failed=1
    else
        echo "memcheck: ok: unit tests"
    fi
    rm -f "$log"
fi
[ "$failed" -eq 0 ] && echo "memcheck: no errors, no leaks"
exit "$failed"
