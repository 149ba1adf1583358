# End-to-end tests of `entente batch` (sourced by run.sh).

test_batch_output_is_identical_for_one_and_four_workers() {
    local j
    for j in 1 4; do
        run batch graphs tests/data/dir tests/data/metrics -j "$j" \
            -o "$SCRATCH/t$j.csv" --nodes "$SCRATCH/n$j.json" --groups "$SCRATCH/g$j.csv"
        expect_status 1
        expect_clean
    done
    local f
    for f in t n g; do
        cmp -s "$SCRATCH/${f}1."* "$SCRATCH/${f}4."* || fail "$f differs between -j 1 and -j 4"
    done
    python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$SCRATCH/n1.json" ||
        fail "--nodes .json is not valid JSON"
}

test_batch_writes_every_valid_row_and_fails_with_status_1() {
    run batch graphs/csto-2022-yerevan.json tests/data/bad/truncated.json \
        graphs/csto-2025-bishkek.json tests/data/no-such.json -o "$SCRATCH/t.csv" -j 2
    expect_status 1
    expect_clean
    expect_err_line 'tests/data/bad/truncated.json:5:31: error: syntax error: unexpected end of input (is the file truncated?)'
    [ "$(tail -1 "$SCRATCH/err")" = "batch: 2 succeeded, 2 failed" ] ||
        fail "the last line of stderr is not the count"
    [ "$(wc -l <"$SCRATCH/t.csv")" -eq 5 ] || fail "not a header and four rows"
    grep -q '^graphs/csto-2022-yerevan.json,csto-2022-yerevan,"CSTO summit, Yerevan",2022-11-23,ok,,17,36,' "$SCRATCH/t.csv" ||
        fail "the Yerevan row is missing"
    grep -q '^graphs/csto-2025-bishkek.json,csto-2025-bishkek,"CSTO summit, Bishkek",2025-11-27,ok,,16,' "$SCRATCH/t.csv" ||
        fail "the Bishkek row is missing"
    grep -q '^tests/data/bad/truncated.json,,,,failed,tests/data/bad/truncated.json:5:31: error: syntax error' "$SCRATCH/t.csv" ||
        fail "the failed row is missing"
    grep -q '^tests/data/no-such.json,,,,failed,' "$SCRATCH/t.csv" || fail "the missing file has no row"
}

test_batch_all_good_exits_0_and_json_table_reads_back() {
    run batch graphs -o "$SCRATCH/t.json" --quiet
    expect_status 0
    expect_err_line "batch: 4 succeeded, 0 failed"
    python3 - "$SCRATCH/t.json" <<'PY' || fail "JSON table"
import json, sys
rows = json.load(open(sys.argv[1]))
assert [r["id"] for r in rows] == ["csto-2022-yerevan", "csto-2023-minsk", "csto-2024-astana", "csto-2025-bishkek"], rows
assert all(r["status"] == "ok" and r["error"] is None for r in rows)
assert rows[0]["nodes"] == 17 and rows[3]["nodes"] == 16
PY
}

test_batch_groups_table_has_one_row_per_file_and_organization() {
    run batch graphs --status active,frozen --groups "$SCRATCH/g.csv" -o "$SCRATCH/t.csv"
    expect_status 0
    expect_clean
    head -1 "$SCRATCH/g.csv" | grep -qx 'file,snapshot,group,members,frozen_members,size,attendance,internal_density,mean_tie_strength,ei_index,hub,hub_share,hub_removal_components,top_supplier,mean_supplier_dependency,events' ||
        fail "group header"
    grep -q '^graphs/csto-2024-astana.json,csto-2024-astana,CSTO,BLR;KAZ;KGZ;RUS;TJK,ARM,5,1,' "$SCRATCH/g.csv" ||
        fail "Astana CSTO row: Armenia frozen, full attendance of the five"
    grep -q '^graphs/csto-2023-minsk.json,csto-2023-minsk,CSTO,ARM;BLR;KAZ;KGZ;RUS;TJK,,6,0.8333333333333334,' "$SCRATCH/g.csv" ||
        fail "Minsk CSTO row: five of six attended"
}

test_batch_render_draws_each_snapshot() {
    run batch graphs --render "$SCRATCH/diagrams" -o "$SCRATCH/t.csv" -j 2
    expect_status 0
    [ "$(ls "$SCRATCH/diagrams" | tr '\n' ' ')" = "csto-2022-yerevan.svg csto-2023-minsk.svg csto-2024-astana.svg csto-2025-bishkek.svg " ] ||
        fail "diagrams: $(ls "$SCRATCH/diagrams")"
}

test_batch_refuses_bad_usage() {
    run batch graphs -j 0
    expect_status 2
    expect_err_line "entente batch: -j takes a whole number from 1 to 1024, not '0'"
    run batch
    expect_status 2
    expect_err_line "entente batch: a PATH is required"
    cp graphs/csto-2022-yerevan.json "$SCRATCH/in.json"
    run batch "$SCRATCH/in.json" -o "$SCRATCH/in.json"
    expect_status 2
    expect_err_line "entente batch: the output '$SCRATCH/in.json' is an input file: choose another path"
    cmp -s "$SCRATCH/in.json" graphs/csto-2022-yerevan.json || fail "the input changed"
    run batch graphs --metrics degree,closenes
    expect_status 2
    run batch --help
    expect_status 0
    expect_out_has "Exit status: 0 every file measured, 1 some file failed"
}

# `batch x.json x.svg --render DIR`: the diagram of x.json would be DIR/x.svg,
# which is an input: refused before anything is written.
test_batch_refuses_a_diagram_that_would_overwrite_an_input() {
    mkdir -p "$SCRATCH/ow"
    cp "$DATA/valid.json" "$SCRATCH/ow/x.json"
    echo '<svg>mine</svg>' >"$SCRATCH/ow/x.svg"
    run batch "$SCRATCH/ow/x.json" "$SCRATCH/ow/x.svg" --render "$SCRATCH/ow" -q
    expect_status 2
    expect_err_line "$SCRATCH/ow/x.svg: error: a diagram would overwrite this input: give --render another directory"
    [ "$(cat "$SCRATCH/ow/x.svg")" = '<svg>mine</svg>' ] || fail "the input changed"
    rm -rf "$SCRATCH/ow"
}

# Betweenness sampled (--epsilon at any size): no table shows it under the
# exact name, and each file's values, samples and bound are those of
# `entente metrics` with the same options (read back with Python's csv).
test_batch_names_a_sampled_betweenness_as_sampled() {
    run batch graphs/csto-2022-yerevan.json graphs/csto-2025-bishkek.json \
        --epsilon 0.1 --seed 3 -j 2 -q -o "$SCRATCH/s.csv" \
        --nodes "$SCRATCH/sn.csv" --groups "$SCRATCH/sg.csv"
    expect_status 0
    expect_err_has "betweenness sampled (Riondato-Kornaropoulos, 350 samples, seed 3)"
    local f
    for f in csto-2022-yerevan csto-2025-bishkek; do
        run metrics "graphs/$f.json" --epsilon 0.1 --seed 3 --format csv --level graph \
            -o "$SCRATCH/m-$f.csv"
        expect_status 0
        run metrics "graphs/$f.json" --epsilon 0.1 --seed 3 --format csv -o "$SCRATCH/mn-$f.csv"
        expect_status 0
    done
    python3 - "$SCRATCH" <<'PY' || fail "the sampled batch tables are not the metrics' values"
import csv, sys
d = sys.argv[1]
rows = list(csv.DictReader(open(d + "/s.csv")))
nodes = list(csv.DictReader(open(d + "/sn.csv")))
assert "betweenness_centralization" not in rows[0], rows[0].keys()
assert "betweenness" not in nodes[0], nodes[0].keys()
header = list(rows[0].keys())
assert header[-1] == "betweenness_sampling", header
for r in rows:
    snap = r["id"]
    graph = list(csv.DictReader(open("%s/m-%s.csv" % (d, snap))))[0]
    name = [k for k in graph if k.startswith("betweenness_centralization_sampled(")][0]
    # the metrics header: NAME(epsilon=..;delta=..;seed=..;samples=..;bound=..)
    assert r["betweenness_sampling"] == name[name.index("(") + 1:-1], (r, name)
    batch_name = "betweenness_centralization_sampled(epsilon=0.1;delta=0.05;seed=3)"
    assert r[batch_name] == graph[name], (r[batch_name], graph[name])
    per_node = list(csv.DictReader(open("%s/mn-%s.csv" % (d, snap))))
    column = [k for k in per_node[0] if k.startswith("betweenness_sampled(")][0]
    mine = {n["id"]: n["betweenness_sampled(epsilon=0.1;delta=0.05;seed=3)"]
            for n in nodes if n["snapshot"] == snap}
    assert mine == {n["id"]: n[column] for n in per_node}, snap
PY
    run batch graphs/csto-2022-yerevan.json --epsilon 0.1 --seed 3 -q --nodes "$SCRATCH/sn.json"
    expect_status 0
    python3 - "$SCRATCH/sn.json" <<'PY' || fail "JSON node rows name betweenness as exact"
import json, sys
rows = json.load(open(sys.argv[1]))
assert rows and all("betweenness_sampled" in r and "betweenness" not in r for r in rows)
PY
    run batch graphs/csto-2022-yerevan.json --exact --seed 3
    expect_status 2
    expect_err_line "entente batch: --exact computes betweenness exactly: drop --epsilon, --delta and --seed"
    run batch graphs/csto-2022-yerevan.json --epsilon 2
    expect_status 2
    expect_err_line "entente batch: --epsilon takes a number between 0 and 1, not '2'"
}
