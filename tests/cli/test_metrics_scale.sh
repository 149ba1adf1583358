# entente metrics at scale (issue 14): sampled betweenness, its options
# and outputs, progress only on a terminal, and Ctrl-C.

# Sampled betweenness against exact betweenness (entente --exact, itself
# checked against igraph and NetworkX by the unit and peer tests) on a
# generated network of 300 nodes: with epsilon 0.05 and delta 0.05 every
# node is within the bound (epsilon on betweenness over the n(n-1)
# ordered pairs) in every one of seeds 1-5 (the guarantee: 95 %).
test_metrics_sampled_betweenness_holds_its_bound() {
    python3 bench/gen.py 300 "$SCRATCH/gen300.json" || { fail "bench/gen.py failed"; return; }
    run metrics "$SCRATCH/gen300.json" --metrics betweenness --exact --format csv -o "$SCRATCH/exact.csv"
    expect_status 0
    for seed in 1 2 3 4 5; do
        run metrics "$SCRATCH/gen300.json" --metrics betweenness --epsilon 0.05 --seed "$seed" \
            --format csv -o "$SCRATCH/sampled$seed.csv"
        expect_status 0
    done
    python3 - "$SCRATCH" <<'PY' || fail "bound not held"
import csv, sys
scratch = sys.argv[1]
def read(name):
    with open(f"{scratch}/{name}", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0][3], {r[0]: float(r[3]) for r in rows[1:]}
_, exact = read("exact.csv")
n = len(exact)
scale = n * (n - 1) / 2  # undirected: igraph counts a pair once
held = 0
for seed in range(1, 6):
    header, sampled = read(f"sampled{seed}.csv")
    assert header.startswith("betweenness_sampled(epsilon=0.05;delta=0.05;seed=%d;" % seed), header
    worst = max(abs(sampled[v] - exact[v]) / scale for v in exact)
    print(f"seed {seed}: largest error {worst:.4f} of normalized betweenness")
    held += worst <= 0.05
    assert sum(sampled.values()) > 0
sys.exit(0 if held == 5 else 1)
PY
}

# Every output names the estimate and carries its bound and seed; -j
# gives the same bytes.
test_metrics_sampled_betweenness_is_named_in_every_output() {
    python3 bench/gen.py 300 "$SCRATCH/gen300.json" || { fail "bench/gen.py failed"; return; }
    run metrics "$SCRATCH/gen300.json" --epsilon 0.1 --delta 0.2 --seed 9 -j 1 --format json -o "$SCRATCH/s1.json"
    expect_status 0
    run metrics "$SCRATCH/gen300.json" --epsilon 0.1 --delta 0.2 --seed 9 -j 2 --format json -o "$SCRATCH/s2.json"
    expect_status 0
    cmp -s "$SCRATCH/s1.json" "$SCRATCH/s2.json" || fail "-j 2 differs from -j 1"
    python3 - "$SCRATCH/s1.json" <<'PY' || fail "JSON does not name the estimate"
import json, sys
r = json.load(open(sys.argv[1]))
s = r["betweenness_sampling"]
n = r["graph"]["nodes"]
assert s["method"] == "Riondato-Kornaropoulos" and s["seed"] == 9, s
assert s["epsilon"] == 0.1 and s["delta"] == 0.2, s
assert abs(s["bound"] - 0.1 * n * (n - 1) / 2) < 1e-6, s
assert all("betweenness_sampled" in v and "betweenness" not in v for v in r["nodes"])
assert "betweenness_centralization_sampled" in r["graph"]
PY
    run metrics "$SCRATCH/gen300.json" --epsilon 0.1 --delta 0.2 --seed 9 --format csv --level graph
    expect_status 0
    expect_out_has "betweenness_centralization_sampled(epsilon=0.1;delta=0.2;seed=9;samples="
    run metrics "$SCRATCH/gen300.json" --epsilon 0.1 --delta 0.2 --seed 9 --format table --top 3
    expect_status 0
    expect_out_has "betw~"
    expect_out_has "betw~ = betweenness sampled (Riondato-Kornaropoulos,"
    expect_out_has "seed 9):"
    expect_out_line "with probability 0.8 every value is within 4485 of the exact one"
}

test_metrics_sampling_options_are_checked() {
    run metrics "$DATA/valid.json" --exact --epsilon 0.1
    expect_status 2
    expect_err_line "entente metrics: --exact computes betweenness exactly: drop --epsilon, --delta and --seed"
    run metrics "$DATA/valid.json" --epsilon 0
    expect_status 2
    expect_err_line "entente metrics: --epsilon takes a number between 0 and 1, not '0'"
    run metrics "$DATA/valid.json" --delta 1.5
    expect_status 2
    expect_err_line "entente metrics: --delta takes a number between 0 and 1, not '1.5'"
    run metrics "$DATA/valid.json" --seed x1
    expect_status 2
    expect_err_line "entente metrics: --seed takes a whole number, not 'x1'"
}

# Progress goes to a terminal only: under script(1) stderr is one, and
# the last report (all sources done) is there; into a file, nothing.
test_metrics_progress_only_on_a_terminal() {
    command -v script >/dev/null || { echo "  (script(1) missing: terminal half skipped)"; return; }
    python3 bench/gen.py 600 "$SCRATCH/gen600.json" || { fail "bench/gen.py failed"; return; }
    script -qec "'$ENTENTE' metrics '$SCRATCH/gen600.json' --metrics closeness -j 2 -o '$SCRATCH/p.json'" \
        /dev/null >"$SCRATCH/tty" 2>&1 </dev/null
    grep -qF "entente metrics: 600/600 sources" "$SCRATCH/tty" || fail "no progress on a terminal"
    run metrics "$SCRATCH/gen600.json" --metrics closeness -j 2 -o "$SCRATCH/p.json"
    expect_status 0
    expect_err_empty
}

# interrupt_run TARGET NAME ARGS...: starts `metrics` with ARGS on 20,000
# nodes (a minute or more of work) over two workers in its own process group,
# waits until the workers exist, sends SIGINT to the parent alone
# (TARGET=parent) or to the whole group as a terminal's Ctrl-C does
# (TARGET=group), and checks that everything stopped with nothing written.
interrupt_run() {
    local target=$1 name=$2 pid children
    shift 2
    [ -f "$SCRATCH/gen20000.json" ] || python3 bench/gen.py 20000 "$SCRATCH/gen20000.json" ||
        { fail "bench/gen.py failed"; return; }
    mkdir -p "$SCRATCH/out-$name"
    setsid "$ENTENTE" metrics "$SCRATCH/gen20000.json" "$@" -j 2 \
        -o "$SCRATCH/out-$name/m.json" >"$SCRATCH/out" 2>"$SCRATCH/err" </dev/null &
    pid=$!
    children=""
    for _ in $(seq 3000); do # the load and build first; a bound, not a time
        children=$(pgrep -P "$pid" || true)
        [ -n "$children" ] && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    [ -n "$children" ] || { fail "no worker started"; wait "$pid"; return; }
    if [ "$target" = group ]; then
        kill -INT -- "-$pid"
    else
        kill -INT "$pid"
    fi
    wait "$pid"
    status=$?
    OUT=$(cat "$SCRATCH/out")
    ERR=$(cat "$SCRATCH/err")
    expect_status 130
    [ "$ERR" = "entente metrics: interrupted; nothing written" ] || fail "stderr is not the one line"
    [ -z "$(ls -A "$SCRATCH/out-$name")" ] || fail "something was written: $(ls -A "$SCRATCH/out-$name")"
    for child in $children; do
        ! kill -0 "$child" 2>/dev/null || fail "worker $child still runs"
    done
}

test_metrics_ctrl_c_to_the_parent_stops_the_workers_and_writes_nothing() {
    interrupt_run parent exact --metrics betweenness --exact
}

test_metrics_ctrl_c_to_the_group_stops_everything_and_writes_nothing() {
    interrupt_run group exact-group --metrics betweenness --exact
}

test_metrics_ctrl_c_stops_a_sampled_run_and_writes_nothing() {
    interrupt_run parent sampled --metrics betweenness --epsilon 0.01
}

# Eigenvector and PageRank run on -j threads above 1,024 nodes (blocks of
# 1,024): 3,000 entities make three blocks; -j 1, 2 and 3 give the same
# bytes, PageRank sums to 1 and the largest eigenvector value is 1 (the
# values themselves are checked against igraph by the unit tests).
test_metrics_spectral_threads_give_the_same_bytes() {
    python3 bench/gen.py 3000 "$SCRATCH/gen3000.json" || { fail "bench/gen.py failed"; return; }
    for jobs in 1 2 3; do
        run metrics "$SCRATCH/gen3000.json" --metrics eigenvector,pagerank -j "$jobs" \
            --format csv -o "$SCRATCH/spectral$jobs.csv"
        expect_status 0
    done
    cmp -s "$SCRATCH/spectral1.csv" "$SCRATCH/spectral2.csv" || fail "-j 2 differs from -j 1"
    cmp -s "$SCRATCH/spectral1.csv" "$SCRATCH/spectral3.csv" || fail "-j 3 differs from -j 1"
    python3 - "$SCRATCH/spectral1.csv" <<'PY' || fail "values do not hold their scales"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert len(rows) == 3000, len(rows)
rank = sum(float(r["pagerank"]) for r in rows)
top = max(float(r["eigenvector"]) for r in rows)
assert abs(rank - 1) < 1e-12 and top == 1.0, (rank, top)
PY
}
