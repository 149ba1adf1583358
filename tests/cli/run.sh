#!/usr/bin/env bash
# End-to-end tests of the built program. Usage: tests/cli/run.sh ENTENTE [NAME]
# Runs from the repository root. Sources every tests/cli/test_*.sh, whose
# test_* functions use the helpers below, and ends with "N passed, N failed".
# With NAME, runs only the tests defined in tests/cli/test_NAME.sh (ctest
# runs one NAME per test, so that the suites share the cores).
set -u
ENTENTE=$(realpath "$1")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DATA="$ROOT/tests/data"
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
passed=0
failed=0

# run ARGS...: runs entente, capturing stdout, stderr and the exit status.
run() {
    "$ENTENTE" "$@" >"$SCRATCH/out" 2>"$SCRATCH/err" </dev/null
    status=$?
    OUT=$(cat "$SCRATCH/out")
    ERR=$(cat "$SCRATCH/err")
}

fail() {
    echo "FAIL: $CURRENT: $*"
    echo "  stdout: ${OUT:0:600}"
    echo "  stderr: ${ERR:0:600}"
    CURRENT_FAILED=1
}

expect_status() { [ "$status" -eq "$1" ] || fail "exit status $status, expected $1"; }
# expect_err_line LINE: stderr has exactly this line.
expect_err_line() { grep -qxF -- "$1" "$SCRATCH/err" || fail "stderr lacks line: $1"; }
expect_out_line() { grep -qxF -- "$1" "$SCRATCH/out" || fail "stdout lacks line: $1"; }
expect_err_has() { grep -qF -- "$1" "$SCRATCH/err" || fail "stderr lacks: $1"; }
expect_out_has() { grep -qF -- "$1" "$SCRATCH/out" || fail "stdout lacks: $1"; }
expect_err_empty() { [ ! -s "$SCRATCH/err" ] || fail "stderr is not empty"; }
# No sanitizer report, whatever the status.
expect_clean() {
    ! grep -qE 'Sanitizer|runtime error:' "$SCRATCH/err" || fail "sanitizer report"
}

for file in "$ROOT"/tests/cli/test_*.sh; do
    # shellcheck source=/dev/null
    . "$file"
done
if [ $# -ge 2 ]; then
    only=$(grep -o '^test_[A-Za-z0-9_]*' "$ROOT/tests/cli/test_$2.sh" | sort -u)
    [ -n "$only" ] || { echo "no tests in tests/cli/test_$2.sh" >&2; exit 2; }
else
    only=$(declare -F | awk '{print $3}' | grep '^test_' | sort)
fi
for test in $only; do
    CURRENT=$test
    CURRENT_FAILED=0
    "$test"
    if [ "$CURRENT_FAILED" -eq 0 ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
