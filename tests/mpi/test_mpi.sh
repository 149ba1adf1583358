#!/usr/bin/env bash
# entente-mpi under mpirun gives the same bytes as the local commands, for
# several numbers of ranks on this one machine (issue 18).
# Usage: tests/mpi/test_mpi.sh ENTENTE ENTENTE_MPI (from the repository root)
set -u
ENTENTE=$(realpath "$1")
ENTENTE_MPI=$(realpath "$2")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
passed=0
failed=0

# Open MPI in a container: no ptrace rights for single-copy shared memory,
# and no ssh needed (nor maybe installed) to start ranks on one machine.
export OMPI_MCA_btl_vader_single_copy_mechanism=none
command -v ssh >/dev/null || export OMPI_MCA_plm_rsh_agent=
MPIRUN=(mpirun --oversubscribe)
[ "$(id -u)" -eq 0 ] && MPIRUN+=(--allow-run-as-root)
# The sanitizer build: Open MPI's own allocations at exit are not ours.
cat "$ROOT/tests/lsan.supp" "$ROOT/tests/mpi/lsan-mpi.supp" >"$SCRATCH/lsan.supp"
export LSAN_OPTIONS="suppressions=$SCRATCH/lsan.supp:print_suppressions=0"

fail() {
    echo "FAIL: $CURRENT: $*"
    [ -f "$SCRATCH/err" ] && echo "  stderr: $(head -c 600 "$SCRATCH/err")"
    CURRENT_FAILED=1
}

# mpi N ARGS...: entente-mpi on N ranks; stdout, stderr and status kept.
mpi() {
    local n=$1
    shift
    "${MPIRUN[@]}" -n "$n" "$ENTENTE_MPI" "$@" >"$SCRATCH/out" 2>"$SCRATCH/err" </dev/null
    status=$?
}

# local ARGS...: entente itself, into local.out and local.err.
local_run() {
    "$ENTENTE" "$@" >"$SCRATCH/local.out" 2>"$SCRATCH/local.err" </dev/null
    local_status=$?
}

expect_status() { [ "$status" -eq "$1" ] || fail "exit status $status, expected $1"; }
expect_clean() {
    ! grep -qE 'Sanitizer|runtime error:' "$SCRATCH/err" || fail "sanitizer report"
}
# Rank 0's lines come first, in the local command's order; mpirun may add
# its own notice about the exit status after them.
expect_local_stderr() {
    local lines
    lines=$(wc -l <"$SCRATCH/local.err")
    head -n "$lines" "$SCRATCH/err" | cmp -s - "$SCRATCH/local.err" ||
        fail "stderr differs from the local command's"
}

BATCH_INPUTS=(graphs tests/data/dir tests/data/metrics tests/data/no-such.json)

test_batch_is_the_local_batch_for_2_3_4_ranks() {
    local_run batch "${BATCH_INPUTS[@]}" -j 1 -o "$SCRATCH/l.csv" \
        --nodes "$SCRATCH/l-nodes.json" --groups "$SCRATCH/l-groups.csv" \
        --render "$SCRATCH/l-svg"
    [ "$local_status" -eq 1 ] || fail "local batch: status $local_status"
    grep -q '^tests/data/dir/broken.json,,,,failed,' "$SCRATCH/l.csv" ||
        fail "the local table lacks the failed row"
    local n f
    for n in 2 3 4; do
        mpi "$n" batch "${BATCH_INPUTS[@]}" -o "$SCRATCH/m$n.csv" \
            --nodes "$SCRATCH/m$n-nodes.json" --groups "$SCRATCH/m$n-groups.csv" \
            --render "$SCRATCH/m$n-svg"
        expect_status 1
        expect_clean
        expect_local_stderr
        cmp -s "$SCRATCH/l.csv" "$SCRATCH/m$n.csv" || fail "$n ranks: the table differs"
        cmp -s "$SCRATCH/l-nodes.json" "$SCRATCH/m$n-nodes.json" ||
            fail "$n ranks: the node table differs"
        cmp -s "$SCRATCH/l-groups.csv" "$SCRATCH/m$n-groups.csv" ||
            fail "$n ranks: the group table differs"
        [ "$(ls "$SCRATCH/l-svg" | wc -l)" -ge 9 ] || fail "fewer than 9 diagrams"
        for f in "$SCRATCH/l-svg"/*; do
            cmp -s "$f" "$SCRATCH/m$n-svg/${f##*/}" || fail "$n ranks: ${f##*/} differs"
        done
        [ "$(ls "$SCRATCH/m$n-svg" | wc -l)" -eq "$(ls "$SCRATCH/l-svg" | wc -l)" ] ||
            fail "$n ranks: not the same diagrams"
    done
    grep -qx 'batch: 9 succeeded, 2 failed' "$SCRATCH/err" || fail "no count line"
}

test_batch_table_on_stdout_and_one_rank() {
    local_run batch graphs -j 1 --metrics degree,density
    [ "$local_status" -eq 0 ] || fail "local batch: status $local_status"
    local n
    for n in 1 3; do
        mpi "$n" batch graphs --metrics degree,density
        expect_status 0
        expect_clean
        cmp -s "$SCRATCH/local.out" "$SCRATCH/out" || fail "$n ranks: stdout differs"
    done
    [ "$(wc -l <"$SCRATCH/out")" -eq 5 ] || fail "not a header and 4 rows"
}

test_batch_usage_errors_are_reported_once() {
    mpi 3 batch graphs -j 2
    expect_status 2
    [ "$(grep -c '^entente batch: -j has no meaning under entente-mpi' "$SCRATCH/err")" -eq 1 ] ||
        fail "the -j message is not there once"
    mpi 2 batch --no-such-option graphs
    expect_status 2
    [ "$(grep -cx "entente batch: unknown option '--no-such-option'" "$SCRATCH/err")" -eq 1 ] ||
        fail "the unknown option is not reported once"
    mpi 2 nonsense
    expect_status 2
    grep -qx "entente-mpi: unknown command 'nonsense' (batch, metrics or extract)" "$SCRATCH/err" ||
        fail "no message for an unknown command"
}

# 600 nodes: above the 500 where the all-pairs measures go by blocks.
test_metrics_is_the_local_metrics_for_1_to_4_ranks() {
    python3 bench/gen.py 600 "$SCRATCH/gen600.json" || { fail "bench/gen.py failed"; return; }
    local_run metrics "$SCRATCH/gen600.json" -j 1 --format json -o "$SCRATCH/l.json"
    [ "$local_status" -eq 0 ] || fail "local metrics: status $local_status"
    grep -q '"betweenness": [1-9]' "$SCRATCH/l.json" || fail "no betweenness above 0"
    local n
    for n in 1 2 3 4; do
        mpi "$n" metrics "$SCRATCH/gen600.json" --format json -o "$SCRATCH/m$n.json"
        expect_status 0
        expect_clean
        cmp -s "$SCRATCH/l.json" "$SCRATCH/m$n.json" || fail "$n ranks: the JSON differs"
    done
    local_run metrics "$SCRATCH/gen600.json" --format csv --level graph
    mpi 3 metrics "$SCRATCH/gen600.json" --format csv --level graph
    expect_status 0
    cmp -s "$SCRATCH/local.out" "$SCRATCH/out" || fail "3 ranks: the graph CSV differs"
}

test_metrics_bad_input_and_usage() {
    local_run metrics tests/data/bad/truncated.json --format csv
    mpi 3 metrics tests/data/bad/truncated.json --format csv
    expect_status 1
    expect_local_stderr
    [ ! -s "$SCRATCH/out" ] || fail "output for a bad file"
    [ "$(grep -c 'truncated.json:5:31: error:' "$SCRATCH/err")" -eq 1 ] ||
        fail "the error is not reported once"
    mpi 2 metrics graphs/csto-2025-bishkek.json -j 2
    expect_status 2
}

ARTICLES=(tests/extract/24kg-csto-bishkek-2025.txt tests/extract/aa-csto-astana-2024.txt
    tests/extract/anews-sco-tianjin-2025.txt tests/extract/arabnews-gcc-riyadh-2018.txt
    tests/extract/kremlin-eaeu-moscow-2023.txt)

test_extract_is_the_local_extract_for_2_and_3_ranks() {
    local n a name
    for n in 2 3; do
        mpi "$n" extract "${ARTICLES[@]}" tests/data/no-such.txt -d 2025 -o "$SCRATCH/x$n"
        expect_status 1
        expect_clean
        grep -qx 'extract: 5 succeeded, 1 failed' "$SCRATCH/err" || fail "no count line"
        for a in "${ARTICLES[@]}"; do
            name=$(basename "$a" .txt)
            local_run extract "$a" -d 2025 -o "$SCRATCH/l-$name.json"
            [ "$local_status" -eq 0 ] || fail "local extract of $a: status $local_status"
            cmp -s "$SCRATCH/l-$name.json" "$SCRATCH/x$n/$name.json" ||
                fail "$n ranks: the draft of $a differs"
        done
    done
    # The summary against the drafts themselves, read by Python's csv and json.
    python3 - "$SCRATCH/x3" <<'PY' || fail "the summary does not match the drafts"
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1] + "/summary.csv")))
assert [r["status"] for r in rows] == ["ok"] * 5 + ["failed"], rows
for r in rows[:5]:
    snapshot = json.load(open(r["snapshot"]))
    assert int(r["entities"]) == len(snapshot["entities"]), r
    assert int(r["relations"]) == len(snapshot["relations"]), r
    assert r["error"] == "", r
assert rows[5]["article"] == "tests/data/no-such.txt"
assert rows[5]["error"].startswith("tests/data/no-such.txt: error: cannot open"), rows[5]
assert sum(int(r["relations"]) for r in rows) > 20
PY
    mpi 2 extract "${ARTICLES[0]}" "${ARTICLES[0]}" -o "$SCRATCH/dup"
    expect_status 2
    grep -q "two articles would be drafted to '$SCRATCH/dup/24kg-csto-bishkek-2025.json'" "$SCRATCH/err" ||
        fail "no message for two drafts to one file"
    mpi 2 extract "${ARTICLES[@]}"
    expect_status 2
    grep -qx 'entente extract: -o DIR is required with several articles' "$SCRATCH/err" ||
        fail "no message for a missing -o"
}

for test in $(declare -F | awk '{print $3}' | grep '^test_' | sort); do
    CURRENT=$test
    CURRENT_FAILED=0
    rm -f "$SCRATCH/err"
    "$test"
    if [ "$CURRENT_FAILED" -eq 0 ]; then
        passed=$((passed + 1))
        echo "ok: $test"
    else
        failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
