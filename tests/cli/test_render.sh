# End-to-end tests of `entente render` (sourced by run.sh).

test_render_writes_every_format_of_every_bundled_graph() {
    local graph format
    for graph in graphs/csto-*.json; do
        for format in svg png pdf dot; do
            run render "$graph" --status active,frozen --include persons,events -o "$SCRATCH/g.$format"
            expect_status 0
            expect_clean
            [ -s "$SCRATCH/g.$format" ] || fail "$graph: empty $format"
        done
        python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' "$SCRATCH/g.svg" ||
            fail "$graph: the SVG is not well-formed XML"
    done
}

test_render_svg_has_one_node_group_per_entity_and_the_title() {
    run render tests/data/valid.json -o "$SCRATCH/v.svg"
    expect_status 0
    expect_err_line "$SCRATCH/v.svg: written"
    python3 - "$SCRATCH/v.svg" <<'PY' || fail "SVG structure"
import sys, xml.etree.ElementTree as E
ns = {"s": "http://www.w3.org/2000/svg"}
root = E.parse(sys.argv[1]).getroot()
nodes = [g.find("s:title", ns).text for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "node"]
assert sorted(nodes) == ["AFG", "CSTO", "KAZ", "RUS", "TJK"], nodes
texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
assert "A small valid snapshot" in texts, texts
PY
}

test_render_defaults_to_output_snapshot_id_svg() {
    local dir="$SCRATCH/cwd"
    mkdir -p "$dir"
    (cd "$dir" && "$ENTENTE" render "$DATA/valid.json" 2>"$SCRATCH/err")
    status=$?
    expect_status 0
    [ -s "$dir/output/valid.svg" ] || fail "no output/valid.svg"
}

test_render_takes_the_format_from_the_extension() {
    run render tests/data/valid.json -o "$SCRATCH/v.pdf"
    expect_status 0
    [ "$(head -c 5 "$SCRATCH/v.pdf")" = "%PDF-" ] || fail "not a PDF"
    run render tests/data/valid.json -o "$SCRATCH/v.picture"
    expect_status 2
    expect_err_line "entente render: cannot tell the format of '$SCRATCH/v.picture': give --format or end the name in .svg, .png, .pdf or .dot"
}

test_render_gives_identical_bytes_twice() {
    run render graphs/csto-2024-astana.json -o "$SCRATCH/a.png"
    run render graphs/csto-2024-astana.json -o "$SCRATCH/b.png"
    cmp -s "$SCRATCH/a.png" "$SCRATCH/b.png" || fail "two runs differ"
}

test_render_refuses_to_overwrite_its_input() {
    cp tests/data/valid.json "$SCRATCH/in.dot"
    local before
    before=$(sha256sum <"$SCRATCH/in.dot")
    run render "$SCRATCH/in.dot" -o "$SCRATCH/in.dot"
    expect_status 2
    expect_err_line "$SCRATCH/in.dot: error: the output is the input file: choose another path"
    [ "$(sha256sum <"$SCRATCH/in.dot")" = "$before" ] || fail "the input changed"
}

test_render_reports_bad_options() {
    run render tests/data/valid.json --layout spring
    expect_status 2
    expect_err_line "entente render: --layout takes neato, fdp, sfdp, dot, circo or twopi, not 'spring'"
    run render tests/data/valid.json --include leaders
    expect_status 2
    expect_err_line "entente render: --include takes persons and events, not 'leaders'"
    run render tests/data/valid.json --labels top:0
    expect_status 2
    expect_err_line "entente render: --labels takes all or top:N, not 'top:0'"
    run render tests/data/valid.json --color-by mood
    expect_status 2
    run render tests/data/valid.json --clusters --layout neato -o "$SCRATCH/x.svg"
    expect_status 2
    expect_err_line "error: clusters need the fdp or dot layout, not \"neato\""
    [ ! -e "$SCRATCH/x.svg" ] || fail "a failed render left a file"
}

test_render_reports_a_bad_snapshot_with_its_position() {
    run render tests/data/bad/ids.json -o "$SCRATCH/x.svg"
    expect_status 1
    expect_err_line 'tests/data/bad/ids.json:6:12: error: duplicate entity id "KAZ", first declared at /entities/0 (at /entities/1/id)'
    [ ! -e "$SCRATCH/x.svg" ] || fail "a failed render left a file"
}

# Graphviz 2.42's spline router corrupted its heap on this graph (and took
# a minute first): diagrams use straight edges outside the dot layout.
test_render_survives_150_dense_nodes_without_spline_routing() {
    python3 bench/gen.py 150 "$SCRATCH/s150.json" >/dev/null
    run render "$SCRATCH/s150.json" -o "$SCRATCH/s150.png"
    expect_status 0
    expect_clean
    [ -s "$SCRATCH/s150.png" ] || fail "no picture"
}

test_render_chooses_sfdp_above_500_nodes() {
    python3 bench/gen.py 600 "$SCRATCH/s600.json" >/dev/null
    run render "$SCRATCH/s600.json" -o "$SCRATCH/s600.dot"
    expect_status 0
    grep -q 'layout=sfdp' "$SCRATCH/s600.dot" || fail "not laid out with sfdp"
    run render tests/data/valid.json -o "$SCRATCH/small.dot"
    grep -q 'layout=neato' "$SCRATCH/small.dot" || fail "small graphs use neato"
}

# The groups were not computed for render at first, so --clusters drew
# no box and --color-by organization coloured nothing.
test_render_clusters_draw_one_box_per_organization() {
    run render graphs/csto-2025-bishkek.json --clusters -o "$SCRATCH/c.dot"
    expect_status 0
    [ "$(grep -c 'subgraph cluster_' "$SCRATCH/c.dot")" -eq 5 ] || fail "expected 5 clusters (CSTO, EAEU, CIS, SCO, Union State)"
    grep -q 'label=CSTO' "$SCRATCH/c.dot" || fail "no CSTO box"
    run render graphs/csto-2025-bishkek.json --color-by organization -o "$SCRATCH/o.svg"
    expect_status 0
    grep -q 'Colour: organization' "$SCRATCH/o.svg" || fail "no organization legend"
    grep -q '>CSTO</text>' "$SCRATCH/o.svg" || fail "CSTO not in the legend"
}

# Ids with backslashes or control characters broke agwrite's quoting (the
# DOT did not parse back, the SVG was not XML, the header vanished).
test_render_survives_ids_and_names_with_backslashes_and_control_characters() {
    local format
    for format in dot svg png pdf; do
        run render tests/data/control-names.json -o "$SCRATCH/cn.$format"
        expect_status 0
        expect_clean
        [ "$(grep -c 'warning' "$SCRATCH/err")" -eq 0 ] || fail "$format: graphviz warned"
    done
    python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' "$SCRATCH/cn.svg" ||
        fail "the SVG is not XML"
    dot -Tsvg "$SCRATCH/cn.dot" | cmp -s - "$SCRATCH/cn.svg" || fail "the DOT does not draw the same picture"
    grep -q '>Summit� tab here</text>' "$SCRATCH/cn.svg" || fail "the title is missing"
    grep -q '>Trailing \\</text>' "$SCRATCH/cn.svg" || fail "the trailing backslash is lost"
}
