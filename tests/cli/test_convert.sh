# End-to-end tests of `entente convert` (sourced by run.sh). Exports are
# read by check_convert.py with NetworkX, python-igraph and the csv module;
# round trips are compared byte for byte with the snapshot written back.

# Debian's python3 has python3-networkx and python3-igraph (scripts/setup).
CONVERT_PY=python3
[ -x /usr/bin/python3 ] && CONVERT_PY=/usr/bin/python3

# export_all SNAPSHOT BASE [OPTIONS...]: the five formats, and the metrics
# JSON of the same network for the checker.
export_all() {
    local input=$1 base=$2
    shift 2
    for extension in graphml gexf json csv net; do
        run convert "$input" -o "$base.$extension" "$@"
        expect_status 0
        expect_err_empty
    done
    "$ENTENTE" metrics "$input" --format json --metrics degree,strength "$@" \
        >"$base.metrics.json" || fail "metrics of $input"
}

check_network() {
    CHECKED=$("$CONVERT_PY" "$ROOT/tests/cli/check_convert.py" network \
        "$1.metrics.json" "$1" 2>&1) || fail "check_convert: $CHECKED"
}

test_convert_valid_is_read_alike_by_networkx_igraph_csv_and_pajek() {
    export_all tests/data/valid.json "$SCRATCH/cv1"
    check_network "$SCRATCH/cv1"
    # By hand: KAZ, RUS, TJK, AFG, CSTO; three memberships, TJK->RUS 0.75,
    # TJK-AFG 1.
    [ "$CHECKED" = "5 nodes, 5 edges: the same in 5 readers and Pajek" ] ||
        fail "valid: $CHECKED"
    grep -qxF '2 3 0.75' "$SCRATCH/cv1.net" || fail "Pajek edge TJK-RUS 0.75"
    grep -qxF 'RUS,TJK,0.75,1.3333333333333333,arms_dependency,,s1,"[{""type"":""arms_dependency"",""source"":""TJK"",""target"":""RUS"",""weight"":0.75,""source_ref"":""s1""}]",[3]' \
        "$SCRATCH/cv1.edges.csv" || fail "CSV edge row TJK-RUS"
}

test_convert_bishkek_and_a_projection_are_read_alike() {
    export_all graphs/csto-2025-bishkek.json "$SCRATCH/cv2"
    check_network "$SCRATCH/cv2"
    export_all graphs/csto-2025-bishkek.json "$SCRATCH/cv3" --project state
    check_network "$SCRATCH/cv3"
    export_all graphs/csto-2025-bishkek.json "$SCRATCH/cv4" --directed \
        --layer member_of,leads,arms_dependency
    check_network "$SCRATCH/cv4"
}

test_convert_hostile_names_are_escaped_in_xml_and_csv() {
    export_all tests/data/convert/hostile.json "$SCRATCH/cv5"
    check_network "$SCRATCH/cv5"
    # A formula never opens a cell: the apostrophe makes it text.
    grep -qF "\"'=cmd|' /C calc'!A0\"," "$SCRATCH/cv5.nodes.csv" ||
        fail "formula id not guarded"
    grep -qF "\"'+1\"," "$SCRATCH/cv5.nodes.csv" || fail "+1 not guarded"
    grep -qF "\"'@SUM(A1)\"" "$SCRATCH/cv5.edges.csv" || fail "@ not guarded"
    ! grep -q '^=\|,=' "$SCRATCH/cv5.nodes.csv" "$SCRATCH/cv5.edges.csv" ||
        fail "a bare = opens a cell"
    # Markup stays text: the name that tries to close a <data> element.
    grep -qF '&lt;/data&gt;&lt;data key=&quot;n0&quot;&gt;evil&lt;/data&gt;' \
        "$SCRATCH/cv5.graphml" || fail "GraphML markup not escaped"
    grep -qF 'id="new&#10;line"' "$SCRATCH/cv5.gexf" ||
        fail "line break in an id not kept as a reference"
    "$CONVERT_PY" - "$SCRATCH/cv5.graphml" <<'PY' || fail "names read back"
import sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
want = {"=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", 'a,b"c', "<x>&amp;",
        "new\nline", "日本"}
assert set(g.nodes()) == want, sorted(g.nodes())
assert g.nodes["<x>&amp;"]["name"] == '</data><data key="n0">evil</data>'
assert g.nodes["new\nline"]["name"] == "line\nbreak\tand tab\r"
PY
}

# Export, import, write back: the same bytes as the snapshot written back
# directly, for every readable format and several networks.
test_convert_round_trips_byte_for_byte() {
    local inputs=(tests/data/valid.json tests/data/roundtrip.json
        graphs/csto-2025-bishkek.json tests/data/names.json
        tests/data/convert/hostile.json)
    for input in "${inputs[@]}"; do
        run convert "$input" -o "$SCRATCH/rt-orig.json" --to entente
        expect_status 0
        for extension in graphml gexf json csv; do
            for options in "" "--project state" "--with-metrics" \
                "--directed --layer member_of,leads,attends"; do
                # shellcheck disable=SC2086
                run convert "$input" -o "$SCRATCH/rt.$extension" $options
                expect_status 0
                run convert "$SCRATCH/rt.$extension" -o "$SCRATCH/rt-back.json"
                expect_status 0
                cmp -s "$SCRATCH/rt-orig.json" "$SCRATCH/rt-back.json" ||
                    fail "$input via $extension $options: not the same bytes"
            done
        done
    done
}

test_convert_with_metrics_adds_the_node_metrics_entente_computes() {
    run convert graphs/csto-2025-bishkek.json --with-metrics -o "$SCRATCH/wm.graphml"
    expect_status 0
    "$ENTENTE" metrics graphs/csto-2025-bishkek.json --format json >"$SCRATCH/wm.json"
    "$CONVERT_PY" - "$SCRATCH/wm.graphml" "$SCRATCH/wm.json" <<'PY' || fail "metrics keys"
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
m = json.load(open(sys.argv[2]))
for node in m["nodes"]:
    for key in ("degree", "strength", "betweenness", "closeness", "pagerank"):
        got = g.nodes[node["id"]].get(key)
        assert got == node[key], (node["id"], key, got, node[key])
    assert "hub" not in g.nodes[node["id"]]  # null for undirected: absent
assert nx.degree(g, "RUS") == [n for n in m["nodes"] if n["id"] == "RUS"][0]["degree"]
PY
}

test_convert_series_gexf_has_spells_for_every_node_and_edge() {
    local files=(graphs/csto-2022-yerevan.json graphs/csto-2023-minsk.json
        graphs/csto-2024-astana.json graphs/csto-2025-bishkek.json)
    run convert "${files[@]}" -o "$SCRATCH/series.gexf"
    expect_status 0
    local frames=()
    for i in 0 1 2 3; do
        "$ENTENTE" convert "${files[$i]}" -o "$SCRATCH/frame$i.graphml" ||
            fail "frame $i"
        frames+=("$SCRATCH/frame$i.graphml")
    done
    CHECKED=$("$CONVERT_PY" "$ROOT/tests/cli/check_convert.py" series \
        "$SCRATCH/series.gexf" "${frames[@]}" 2>&1) || fail "series: $CHECKED"
    # Armenia's membership froze in 2024: its CSTO edge spells 2022-2023.
    grep -A12 'source="ARM" target="CSTO"' "$SCRATCH/series.gexf" |
        grep -qF '<spell start="2022-11-23" end="2023-11-23"/>' ||
        fail "ARM-CSTO spell"
    run convert graphs/csto-2025-bishkek.json graphs/csto-2022-yerevan.json \
        -o "$SCRATCH/series2.gexf"
    expect_status 1
    expect_err_line "error: snapshot csto-2022-yerevan dated 2022-11-23 does not come after 2025-11-27: give the snapshots of a series in date order (at /date)"
    [ ! -e "$SCRATCH/series2.gexf" ] || fail "a file was written"
    run convert "$SCRATCH/series.gexf" -o "$SCRATCH/series.json"
    expect_status 1
    expect_err_has "a dynamic GEXF (a series) cannot be read back: export one snapshot"
}

# A network made in NetworkX comes in as custom "tie" relations.
test_convert_imports_a_graph_made_in_networkx() {
    "$CONVERT_PY" - "$SCRATCH/nx" <<'PY' || fail "writing the NetworkX files"
import json, sys
import networkx as nx
g = nx.Graph()
g.add_node("A", type="state", population=5)
g.add_node("B", label="Bee land")
g.add_node("C")
g.add_edge("A", "B", weight=2.5)
g.add_edge("B", "C", weight=1.0, type="borders")
g.add_edge("A", "C", weight=0.5)
nx.write_graphml(g, sys.argv[1] + ".graphml")
json.dump(nx.node_link_data(g), open(sys.argv[1] + ".json", "w"))
PY
    for extension in graphml json; do
        run convert "$SCRATCH/nx.$extension" -o "$SCRATCH/nx-$extension.snap.json" --to entente
        expect_status 0
        run metrics "$SCRATCH/nx-$extension.snap.json" --layer tie,borders \
            --format csv --metrics degree,strength
        expect_status 0
        expect_out_line "A,A,state,2,3"
        expect_out_line "B,Bee land,state,2,3.5"
        expect_out_line "C,C,state,2,1.5"
    done
    grep -qF '"population": 5' "$SCRATCH/nx-graphml.snap.json" ||
        fail "population attribute"
    grep -qF '"tie": {' "$SCRATCH/nx-graphml.snap.json" || fail "tie declared"
}

# Bad input: FILE:LINE:COLUMN, exit 1, nothing written.
expect_bad_import() {
    run convert "$1" -o "$SCRATCH/bad-out.json" --to entente
    expect_status 1
    expect_clean
    expect_err_line "$2"
    [ ! -e "$SCRATCH/bad-out.json" ] || fail "a file was written"
}

test_convert_rejects_bad_files_with_their_position() {
    local d=tests/data/convert
    expect_bad_import $d/bad-mismatch.graphml \
        "$d/bad-mismatch.graphml:5:20: error: mismatched end tag: expected </node>"
    expect_bad_import $d/bad-laughs.graphml \
        "$d/bad-laughs.graphml:2:1: error: a DOCTYPE is not accepted (no entities are declared or expanded)"
    expect_bad_import $d/bad-edge.graphml \
        "$d/bad-edge.graphml:8:5: error: edge: relation target \"Z\" is not a declared entity"
    expect_bad_import $d/bad-weight.graphml \
        "$d/bad-weight.graphml:8:7: error: value \"heavy\" of \"weight\" is not what its key declares"
    expect_bad_import $d/bad-entity.gexf \
        "$d/bad-entity.gexf:6:29: error: unknown entity: only &amp; &lt; &gt; &quot; &apos; and character references are accepted"
    expect_bad_import $d/bad-link.json \
        "$d/bad-link.json:3:3: error: a link must be an object with a \"source\" and a \"target\" (string or number)"
    expect_bad_import $d/bad-syntax.json \
        "$d/bad-syntax.json:2:14: error: syntax error: unexpected '}]}'"
    expect_bad_import $d/bad-type.edges.csv \
        "$d/bad-type.nodes.csv:3:1: error: node: unknown entity type \"galaxy\" (expected state, organization, person, event or group)"
    expect_bad_import $d/bad-weight.csv \
        "$d/bad-weight.edges.csv:3:5: error: \"1,5\" is not a valid value of column \"weight\""
}

test_convert_usage_errors_exit_2() {
    run convert tests/data/valid.json
    expect_status 2
    expect_err_has "-o OUT is required"
    run convert tests/data/valid.json -o "$SCRATCH/u.svg"
    expect_status 2
    expect_err_has "cannot tell the format of '$SCRATCH/u.svg' from its extension: give --to"
    run convert tests/data/valid.json tests/data/valid.json -o "$SCRATCH/u.graphml"
    expect_status 2
    expect_err_has "several inputs make a series: only GEXF (.gexf) holds one"
    cp tests/data/valid.json "$SCRATCH/same.json"
    run convert "$SCRATCH/same.json" -o "$SCRATCH/same.json"
    expect_status 2
    expect_err_has "is an input file"
    run convert tests/data/valid.json -o "$SCRATCH/u.net"
    run convert "$SCRATCH/u.net" -o "$SCRATCH/u.json"
    expect_status 2
    expect_err_has "pajek files cannot be read back: export only"
    run convert --help
    expect_status 0
    expect_out_has "Usage: entente convert IN... -o OUT [OPTIONS]"
}

# A network opened and saved again by another tool keeps everything:
# NetworkX reads the GraphML and writes it again, or as node-link. (Not
# hostile.json through GraphML: NetworkX writes its carriage return raw,
# which every XML reader must read as a line feed.)
test_convert_survives_a_rewrite_by_networkx() {
    for input in graphs/csto-2025-bishkek.json tests/data/names.json; do
        run convert "$input" -o "$SCRATCH/rw-orig.json" --to entente
        run convert "$input" -o "$SCRATCH/rw.graphml" --with-metrics
        expect_status 0
        "$CONVERT_PY" - "$SCRATCH/rw" <<'PY' || fail "NetworkX rewrite"
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1] + ".graphml")
nx.write_graphml(g, sys.argv[1] + "-nx.graphml")
with open(sys.argv[1] + "-nx.json", "w") as f:
    json.dump(nx.node_link_data(g), f)
PY
        for rewritten in "$SCRATCH/rw-nx.graphml" "$SCRATCH/rw-nx.json"; do
            run convert "$rewritten" -o "$SCRATCH/rw-back.json" --to entente
            expect_status 0
            cmp -s "$SCRATCH/rw-orig.json" "$SCRATCH/rw-back.json" ||
                fail "$input rewritten as $rewritten: not the same bytes"
        done
    done
}
