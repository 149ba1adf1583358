# Output files are never partial and inputs never change (sourced by run.sh).

# A snapshot whose metrics fill a few megabytes, made once per run.
big_snapshot() {
    [ -s "$SCRATCH/big.json" ] || python3 bench/gen.py 20000 "$SCRATCH/big.json" >/dev/null
}

# The file-size limit kills the program with SIGXFSZ in the middle of
# writing its output: the old file must be intact, and no temporary file
# may be left beside it.
test_output_killed_mid_write_leaves_the_old_file_and_no_temporary() {
    big_snapshot
    local out="$SCRATCH/kill/metrics.json"
    mkdir -p "$SCRATCH/kill"
    echo '{"old": true}' >"$out"
    { (ulimit -f 512; exec "$ENTENTE" metrics "$SCRATCH/big.json" --format json \
        --metrics degree,strength,pagerank,community -o "$out"); } 2>/dev/null
    status=$?
    [ "$status" -gt 128 ] || fail "not killed by the size limit (status $status)"
    [ "$(cat "$out")" = '{"old": true}' ] || fail "the old file changed"
    [ "$(ls "$SCRATCH/kill")" = "metrics.json" ] || fail "left behind: $(ls "$SCRATCH/kill")"
    # The same command without the limit replaces the file whole.
    run metrics "$SCRATCH/big.json" --format json --metrics degree -o "$out"
    expect_status 0
    python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$out" || fail "not JSON"
}

# SIGKILL at several moments of a run: each time the old file is intact.
test_output_killed_at_any_moment_is_never_partial() {
    big_snapshot
    local out="$SCRATCH/kill9/nodes.csv" delay
    mkdir -p "$SCRATCH/kill9"
    echo "old" >"$out"
    for delay in 0.05 0.2 0.4 0.7 1.0; do
        "$ENTENTE" metrics "$SCRATCH/big.json" --format csv \
            --metrics degree,strength,pagerank,community -o "$out" 2>/dev/null &
        sleep "$delay"
        kill -9 $! 2>/dev/null
        wait $! 2>/dev/null
        local content
        content=$(head -c 4 "$out")
        [ "$content" = "old" ] || [ "$content" = "id,n" ] || fail "partial file after $delay s"
        [ "$(ls "$SCRATCH/kill9")" = "nodes.csv" ] || fail "left behind after $delay s: $(ls "$SCRATCH/kill9")"
        if [ "$content" = "id,n" ]; then
            # Completed before the kill: it must be the whole table.
            [ "$(wc -l <"$out")" -eq 20001 ] || fail "a complete run wrote $(wc -l <"$out") lines"
            echo "old" >"$out"
        fi
    done
}

test_outputs_refuse_to_overwrite_an_input_even_through_a_link() {
    cp tests/data/valid.json "$SCRATCH/in.json"
    ln -sf "$SCRATCH/in.json" "$SCRATCH/link.json"
    local before
    before=$(sha256sum <"$SCRATCH/in.json")
    run metrics "$SCRATCH/in.json" -o "$SCRATCH/link.json"
    expect_status 2
    run render "$SCRATCH/in.json" --format dot -o "$SCRATCH/link.json"
    expect_status 2
    run extract graphs/articles/csto-bishkek-summit-2025.txt -o graphs/articles/csto-bishkek-summit-2025.txt
    expect_status 2
    [ "$(sha256sum <"$SCRATCH/in.json")" = "$before" ] || fail "the input changed"
    git diff --quiet -- graphs/articles || fail "the article changed"
}

# Names full of JSON, CSV, DOT, SVG and HTML syntax come out as text.
test_names_with_markup_come_out_as_text_in_json_and_csv() {
    run metrics tests/data/names.json --format json -o "$SCRATCH/names.json"
    expect_status 0
    run metrics tests/data/names.json --format csv -o "$SCRATCH/names.csv"
    expect_status 0
    python3 - tests/data/names.json "$SCRATCH/names.json" "$SCRATCH/names.csv" <<'PY' || fail "names changed"
import csv, json, sys
snapshot = json.load(open(sys.argv[1], encoding="utf-8"))
names = {e["id"]: e["name"] for e in snapshot["entities"]}
out = json.load(open(sys.argv[2], encoding="utf-8"))
got = {n["id"]: n["name"] for n in out["nodes"]}
assert got == names, (got, names)
assert out["snapshot"]["title"] == snapshot["title"]
rows = list(csv.DictReader(open(sys.argv[3], encoding="utf-8", newline="")))
assert {r["id"]: r["name"] for r in rows} == names
PY
}

# extract reads an article, a gazetteer and maybe a gold file: -o may be
# none of them.
test_extract_refuses_to_overwrite_its_gazetteer_or_gold_file() {
    cp graphs/gazetteer.json "$SCRATCH/gz.json"
    local before
    before=$(sha256sum <"$SCRATCH/gz.json")
    run extract graphs/articles/csto-bishkek-summit-2025.txt --gazetteer "$SCRATCH/gz.json" -o "$SCRATCH/gz.json"
    expect_status 2
    expect_err_line "entente extract: -o would overwrite the gazetteer '$SCRATCH/gz.json'"
    cp tests/extract/csto-bishkek-2025.gold.json "$SCRATCH/gold.json"
    run extract graphs/articles/csto-bishkek-summit-2025.txt --eval "$SCRATCH/gold.json" -o "$SCRATCH/gold.json"
    expect_status 2
    expect_err_line "entente extract: -o would overwrite the gold file '$SCRATCH/gold.json'"
    [ "$(sha256sum <"$SCRATCH/gz.json")" = "$before" ] || fail "the gazetteer changed"
}

# A name that a spreadsheet would run as a formula comes out quoted behind
# an apostrophe (OWASP's advice), in every CSV; a terminal escape comes out
# as \x1b; numbers, negative ones included, stay numbers.
test_csv_cells_never_become_formulas_or_terminal_escapes() {
    run metrics tests/data/formula-names.json --format csv -o "$SCRATCH/f-nodes.csv"
    expect_status 0
    run batch tests/data/formula-names.json -q -o "$SCRATCH/f-batch.csv" \
        --nodes "$SCRATCH/f-batch-nodes.csv"
    expect_status 0
    python3 - "$SCRATCH/f-nodes.csv" "$SCRATCH/f-batch-nodes.csv" "$SCRATCH/f-batch.csv" <<'PY' || fail "unsafe cells"
import csv, sys
expected = {
    "EQ": "'=HYPERLINK(\"http://x.invalid\",\"click\")",
    "PLUS": "'+1+1", "MINUS": "'-2+3", "AT": "'@SUM(A1:A2)",
    "TAB": "'\tTabbed", "ESC": "Clear\\x1b[2Jscreen", "OK": "Plain, with a comma",
}
for path in sys.argv[1:3]:
    raw = open(path, "rb").read()
    assert b"\x1b" not in raw and b"\x07" not in raw, path
    rows = list(csv.DictReader(open(path, encoding="utf-8", newline="")))
    assert {r["id"]: r["name"] for r in rows} == expected, (path, rows)
    for r in rows:
        float(r["strength"])  # numbers are not quoted or prefixed
table = list(csv.DictReader(open(sys.argv[3], encoding="utf-8", newline="")))
assert table[0]["title"] == "Formulas \\x1b[2J and bells\\x07", table[0]["title"]
PY
}

# The terminal table: a title or a name with an escape sequence is printed
# as \xNN text, never sent raw to the terminal.
test_metrics_table_escapes_control_characters() {
    run metrics tests/data/formula-names.json --format table
    expect_status 0
    expect_out_line 'Formulas \x1b[2J and bells\x07 (2025-01-01)'
    ! grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$SCRATCH/out" || fail "a raw control character was written"
}
