# Shared by the tests of the installed tree (sourced): the repository root,
# a scratch directory removed at exit, and fail, which records a failure;
# `finish NAME` ends the script with the verdict.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
failed=0
fail() {
    echo "FAIL: $*"
    failed=1
}
finish() {
    [ "$failed" -eq 0 ] && echo "$1: all checks passed" || true
    exit "$failed"
}
