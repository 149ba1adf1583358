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
graph = next(g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "graph")
nodes = [g.find("s:title", ns).text for g in graph if g.get("class") == "node" and not g.find("s:title", ns).text.startswith("frame:")]
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
    run render tests/data/valid.json --clusters --layout sfdp -o "$SCRATCH/x.svg"
    expect_status 2
    expect_err_line "error: clusters need the neato or dot layout, not \"sfdp\""
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
    grep -q 'entente_layout=sfdp' "$SCRATCH/s600.dot" || fail "not laid out with sfdp"
    run render tests/data/valid.json -o "$SCRATCH/small.dot"
    grep -q 'entente_layout=neato' "$SCRATCH/small.dot" || fail "small graphs use neato"
}

# The groups were not computed for render at first, so --clusters drew
# no box and --color-by organization coloured nothing.
test_render_clusters_draw_one_box_per_organization() {
    run render graphs/csto-2025-bishkek.json --clusters -o "$SCRATCH/c.dot"
    expect_status 0
    # Nested boxes: CIS > CSTO > SCO (the same members) > Union State; the
    # EAEU crosses the CSTO and gets none (test_clusters.sh).
    [ "$(grep -c 'subgraph cluster_' "$SCRATCH/c.dot")" -eq 4 ] || fail "expected four boxes"
    [ "$(grep -E '^\s*(subgraph cluster_|label="?(CIS|CSTO|SCO|UNION-STATE)"?,)' "$SCRATCH/c.dot" | tr -d '\t' | tr '\n' ' ')" = \
        "subgraph cluster_2 { label=CIS, subgraph cluster_0 { label=CSTO, subgraph cluster_3 { label=SCO, subgraph cluster_4 { label=\"UNION-STATE\", " ] ||
        fail "boxes not nested CIS > CSTO > SCO > UNION-STATE"
    run render graphs/csto-2025-bishkek.json --color-by organization -o "$SCRATCH/o.svg"
    expect_status 0
    grep -q 'Colour: the organization a node is most tied to' "$SCRATCH/o.svg" || fail "no organization legend"
    grep -q '>CSTO</text>' "$SCRATCH/o.svg" || fail "CSTO not in the legend"
}

# same_drawing A.svg B.svg: the same shapes, lines and texts (entente adds
# a title, a description, classes and a legend group to Graphviz's SVG).
same_drawing() {
    python3 - "$1" "$2" <<'PY'
import sys, xml.etree.ElementTree as E
def drawing(path):
    out = []
    for el in E.parse(path).getroot().iter():
        tag = el.tag.split("}")[1]
        if tag in ("path", "polygon", "ellipse", "text"):
            attrs = {k: v for k, v in el.attrib.items() if k != "font-family"}
            out.append((tag, tuple(sorted(attrs.items())), el.text))
    return sorted(out, key=repr)
a, b = drawing(sys.argv[1]), drawing(sys.argv[2])
assert a == b and len(a) > 20, (len(a), len(b))
PY
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
    dot -Tsvg "$SCRATCH/cn.dot" >"$SCRATCH/cn-dot.svg"
    same_drawing "$SCRATCH/cn-dot.svg" "$SCRATCH/cn.svg" || fail "the DOT does not draw the same picture"
    grep -q '>Summit� tab here</text>' "$SCRATCH/cn.svg" || fail "the title is missing"
    grep -q '>Trailing \\</text>' "$SCRATCH/cn.svg" || fail "the trailing backslash is lost"
}

# Every bundled snapshot, drawn as the demo draws it (with and without
# leaders and summits, at the page and the column width), and a dense
# 150-state network: label_overlap.py --strict finds no label over a
# label or a node, no unshielded edge through a label, no ambiguous label,
# no clipped text and no text under 7 pt.
test_render_figures_pass_label_overlap_strict() {
    local graph name files=()
    for graph in graphs/csto-*.json; do
        name=$(basename "$graph" .json)
        run render "$graph" --status active,frozen --include persons,events -o "$SCRATCH/$name-all.svg"
        expect_status 0
        run render "$graph" --status active,frozen -o "$SCRATCH/$name.svg"
        expect_status 0
        run render "$graph" --status active,frozen --column -o "$SCRATCH/$name-column.svg"
        expect_status 0
        files+=("$SCRATCH/$name-all.svg" "$SCRATCH/$name.svg")
    done
    python3 bench/gen.py 150 "$SCRATCH/n150.json" >/dev/null
    run render "$SCRATCH/n150.json" -o "$SCRATCH/n150.svg"
    expect_status 0
    python3 ../shared/tools/label_overlap.py --strict "${files[@]}" "$SCRATCH/n150.svg" >"$SCRATCH/overlap" ||
        fail "label_overlap.py --strict: $(cat "$SCRATCH/overlap")"
    python3 ../shared/tools/label_overlap.py --strict --width 241 "$SCRATCH"/csto-*-column.svg >"$SCRATCH/overlap" ||
        fail "label_overlap.py --strict at the column width: $(cat "$SCRATCH/overlap")"
    python3 - "$SCRATCH/n150.svg" <<'PY' || fail "the dense network lost every label"
import sys, xml.etree.ElementTree as E
texts = [t for t in E.parse(sys.argv[1]).iter("{http://www.w3.org/2000/svg}text") if (t.text or "").startswith("State ")]
assert 20 <= len(texts) < 150, len(texts)
PY
}

# print_sizes SVG CM: every text at least 7 pt and every node label at
# least 8 pt when the SVG prints CM wide, every tie at least 0.5 pt.
print_sizes() {
    python3 - "$1" "$2" <<'PY'
import re, sys, xml.etree.ElementTree as E
ns = "{http://www.w3.org/2000/svg}"
root = E.parse(sys.argv[1]).getroot()
cm = float(sys.argv[2])
assert root.get("width") == "%.2fcm" % cm, root.get("width")
view = [float(v) for v in root.get("viewBox").split()]
scale = cm / 2.54 * 72 / view[2]  # printed points per SVG unit
graph = next(g for g in root.iter(ns + "g") if g.get("class") == "graph")
assert re.match(r"scale\(1 1\)", graph.get("transform")), graph.get("transform")
sizes = [float(t.get("font-size")) * scale for t in root.iter(ns + "text") if (t.text or "").strip()]
# (the viewBox is written to 0.01 pt: allow that rounding)
assert sizes and min(sizes) >= 6.999, min(sizes)
labels = [float(t.get("font-size")) * scale for g in graph if g.get("class") == "node" for t in g.iter(ns + "text") if (t.text or "").strip()]
assert labels and min(labels) >= 7.999, min(labels)
strokes = [float(p.get("stroke-width", "1")) * scale for g in root.iter(ns + "g") if g.get("class") == "edge" for p in g.iter(ns + "path")]
assert strokes and min(strokes) >= 0.5, min(strokes)
for t in root.iter(ns + "text"):
    assert t.get("font-family").endswith("sans-serif"), t.get("font-family")
PY
}

test_render_prints_text_and_ties_large_enough_at_page_and_column_width() {
    run render graphs/csto-2025-bishkek.json --status active,frozen --include persons,events -o "$SCRATCH/p.svg"
    expect_status 0
    print_sizes "$SCRATCH/p.svg" 16 || fail "sizes at 16 cm"
    run render graphs/csto-2025-bishkek.json --status active,frozen --column -o "$SCRATCH/c.svg"
    expect_status 0
    print_sizes "$SCRATCH/c.svg" 8.5 || fail "sizes at 8.5 cm"
    run render graphs/csto-2025-bishkek.json --width 12 --title "$(printf 'A very long title %.0s' 1 2 3 4 5 6 7 8)" -o "$SCRATCH/w.svg"
    expect_status 0
    print_sizes "$SCRATCH/w.svg" 12 || fail "a long title widened the drawing"
    run render graphs/csto-2025-bishkek.json --width 1 -o "$SCRATCH/x.svg"
    expect_status 2
    expect_err_line "entente render: --width takes centimetres from 2 to 100, not '1'"
}

# Node area is proportional to strength (the default) for every shape,
# within 5 %, Russia is the largest state in every bundled snapshot, and
# the size key's circles use the same scale.
test_render_node_area_is_proportional_to_strength() {
    local graph name
    for graph in graphs/csto-*.json; do
        name=$(basename "$graph" .json)
        run render "$graph" --status active,frozen -o "$SCRATCH/$name.svg"
        expect_status 0
        run metrics "$graph" --status active,frozen --format csv --metrics strength -o "$SCRATCH/$name.csv"
        expect_status 0
        python3 - "$SCRATCH/$name.svg" "$SCRATCH/$name.csv" <<'PY' || fail "$name: areas"
import csv, math, sys, xml.etree.ElementTree as E
ns = "{http://www.w3.org/2000/svg}"
strength = {r["id"]: (float(r["strength"] or 0), r["type"]) for r in csv.DictReader(open(sys.argv[2]))}
# Graphviz 2.42 rounds a polygon's width and height to whole points,
# which moves the area of a small box by more than 5 %: polygons under
# 12 pt across are left out of the proportionality check (states are
# drawn as exact circles and are all checked).
def area(g):
    el = next(g.iter(ns + "ellipse"), None)
    if el is not None:
        below = el.get("stroke-dasharray") or el.get("fill") == "white"
        return math.pi * float(el.get("rx")) * float(el.get("ry")), below, 2 * float(el.get("rx"))
    el = next(g.iter(ns + "polygon"))
    pts = [tuple(map(float, p.split(","))) for p in el.get("points").split()][:-1]
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]))) / 2, el.get("stroke-dasharray"), max(p[0] for p in pts) - min(p[0] for p in pts)
root = E.parse(sys.argv[1]).getroot()
graph = next(g for g in root.iter(ns + "g") if g.get("class") == "graph")
ratios, states = {}, {}
for g in graph:
    if g.get("class") != "node":
        continue
    node = g.find(ns + "title").text
    if node.startswith("frame:"):
        continue
    a, dashed, across = area(g)
    value, kind = strength[node]
    if kind == "state":
        states[node] = a
    if not dashed and (kind == "state" or across >= 12):
        ratios[node] = a / value
lo, hi = min(ratios.values()), max(ratios.values())
assert len(ratios) >= 8 and hi / lo <= 1.05 * 1.05, ratios
assert max(states, key=states.get) == "RUS", states
legend = next(g for g in root.iter(ns + "g") if g.get("id") == "legend")
keys, rows = [], set()
for g in legend:
    el = next(g.iter(ns + "ellipse"), None)
    if el is not None and el.get("fill") == "#dddddd":
        keys.append(math.pi * float(el.get("rx")) * float(el.get("ry")))
        rows.add(float(el.get("cy")))
# the values written beside the key's circles, on their line
key_text = [float(t.text) for t in legend.iter(ns + "text") if (t.text or "").replace(".", "").isdigit()
            and any(abs(float(t.get("y")) - y) < 10 for y in rows)]
assert len(keys) >= 2 and len(keys) == len(key_text), (keys, key_text)
mean = sum(ratios.values()) / len(ratios)
for a, v in zip(keys, key_text):
    assert abs(a / v / mean - 1) < 0.05, (a, v, mean)
PY
    done
}

# Summits as marks on the states, leaders under the labels, and the SVG
# as an asset: role, title, description, classes, one legend group.
test_render_marks_attendance_on_the_states_and_describes_itself() {
    run render graphs/csto-2025-bishkek.json --status active,frozen --include persons,events -o "$SCRATCH/m.svg"
    expect_status 0
    python3 - "$SCRATCH/m.svg" <<'PY' || fail "marks"
import sys, xml.etree.ElementTree as E
ns = "{http://www.w3.org/2000/svg}"
root = E.parse(sys.argv[1]).getroot()
assert root.get("role") == "img"
assert root.find(ns + "title").text == "CSTO summit, Bishkek: CSTO Collective Security Council session, Bishkek 2025", root.find(ns + "title").text
assert "largest node is Russia" in root.find(ns + "desc").text, root.find(ns + "desc").text
graph = next(g for g in root.iter(ns + "g") if g.get("class") == "graph")
nodes = {g.find(ns + "title").text: g for g in graph if g.get("class") == "node"}
assert "summit-2025" not in nodes and "putin" not in nodes, sorted(nodes)
arm = next(nodes["ARM"].iter(ns + "ellipse"))
assert arm.get("stroke") == "#cc3311" and arm.get("stroke-width") == "1.8", arm.attrib
assert len(list(nodes["KGZ"].iter(ns + "ellipse"))) == 2, "the host has a double outline"
rus = " / ".join(t.text for t in nodes["RUS"].iter(ns + "text") if t.text.strip())
assert rus == "Russia / Putin", rus
arm_label = " / ".join(t.text for t in nodes["ARM"].iter(ns + "text") if t.text.strip())
assert arm_label == "Armenia / Pashinyan / absent / CSTO frozen 2024", arm_label
classes = [a.get("class") for g in nodes.values() for a in g if a.get("class")]
assert "entity state RUS" in classes, classes
ties = [a.get("class") for g in graph if g.get("class") == "edge" for a in g if a.get("class")]
assert "tie member_of frozen" in ties and "tie arms_dependency" in ties, ties
assert len([g for g in root.iter(ns + "g") if g.get("id") == "legend"]) == 1
PY
}

# render --positions with the positions.tsv compare writes draws a
# snapshot exactly as compare's panel of it (same places, colours and
# size scale: the same bytes), and the per-summit diagrams of
# scripts/demo (with persons and events) at those places.
test_render_with_compare_positions_draws_compare_panel() {
    run compare graphs/csto-*.json -o "$SCRATCH/cmp"
    expect_status 0
    run render graphs/csto-2024-astana.json --positions "$SCRATCH/cmp/positions.tsv" \
        -o "$SCRATCH/astana.svg"
    expect_status 0
    cmp -s "$SCRATCH/astana.svg" "$SCRATCH/cmp/03-csto-2024-astana.svg" ||
        fail "not compare's panel"
    run render graphs/csto-2024-astana.json --include persons,events \
        --positions "$SCRATCH/cmp/positions.tsv" -o "$SCRATCH/astana-all.svg"
    expect_status 0
    python3 - "$SCRATCH/astana-all.svg" "$SCRATCH/cmp/03-csto-2024-astana.svg" <<'PY' || fail "places differ"
import sys
import xml.etree.ElementTree as ET
ns = "{http://www.w3.org/2000/svg}"
def centres(f):
    graph = next(g for g in ET.parse(f).getroot().iter(ns + "g") if g.get("class") == "graph")
    out = {}
    for g in graph:
        if g.get("class") == "node":
            el = next((e for e in g.iter(ns + "ellipse")), None)
            if el is not None:
                out[g.find(ns + "title").text] = (el.get("cx"), el.get("cy"))
    return out
a, b = centres(sys.argv[1]), centres(sys.argv[2])
common = set(a) & set(b) - {"frame:left", "frame:right"}
assert len(common) >= 10, common
assert all(a[k] == b[k] for k in common), {k: (a[k], b[k]) for k in common if a[k] != b[k]}
PY
    python3 ../shared/tools/label_overlap.py --strict "$SCRATCH/astana-all.svg" >/dev/null ||
        fail "label_overlap.py --strict"
}

test_render_refuses_a_bad_positions_file() {
    printf 'entente-positions\t1\nsize_by\tstrength\nid\tx\ty\tcolor\nRUS\t1\tabc\t0\n' >"$SCRATCH/bad.tsv"
    run render graphs/csto-2024-astana.json --positions "$SCRATCH/bad.tsv" -o "$SCRATCH/positions-bad.svg"
    expect_status 1
    expect_err_line "$SCRATCH/bad.tsv:4:7: error: y is not a number"
    printf 'entente-positions\t1\nsize_by\tstrength\nid\tx\ty\tcolor\nRUS\t1\t2\t0\nRUS\t3\t4\t0\n' >"$SCRATCH/twice.tsv"
    run render graphs/csto-2024-astana.json --positions "$SCRATCH/twice.tsv" -o "$SCRATCH/positions-bad.svg"
    expect_status 1
    expect_err_line "$SCRATCH/twice.tsv:5:1: error: this id is given twice"
    printf 'entente-positions\t1\nsize_by\tstrength\n' >"$SCRATCH/short.tsv"
    run render graphs/csto-2024-astana.json --positions "$SCRATCH/short.tsv" -o "$SCRATCH/positions-bad.svg"
    expect_status 1
    expect_err_line "$SCRATCH/short.tsv:2:1: error: no header line \"id<TAB>x<TAB>y<TAB>color\""
    run render graphs/csto-2024-astana.json --positions graphs/csto-2024-astana.json -o "$SCRATCH/positions-bad.svg"
    expect_status 1
    expect_err_line 'graphs/csto-2024-astana.json:1:1: error: not an entente positions file (the first line must be "entente-positions<TAB>1")'
    : >"$SCRATCH/empty.tsv"
    run render graphs/csto-2024-astana.json --positions "$SCRATCH/empty.tsv" -o "$SCRATCH/positions-bad.svg"
    expect_status 1
    expect_err_has "error: not an entente positions file (it is empty)"
    [ ! -e "$SCRATCH/positions-bad.svg" ] || fail "an output was written"
    run render graphs/csto-2024-astana.json --positions "$SCRATCH/nowhere.tsv"
    expect_status 1
    run render graphs/csto-2024-astana.json --positions "$SCRATCH/bad.tsv" --clusters
    expect_status 2
    expect_err_line "entente render: --positions places every node: drop --clusters and --layout"
}
