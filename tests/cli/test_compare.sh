# End-to-end tests of `entente compare` (sourced by run.sh).

# node_positions SVG...: fails unless every entity sits at the same point
# in every diagram it appears in (the centre of its first shape), measured
# from an entity all the diagrams share (headers of different heights
# shift whole drawings).
node_positions_agree() {
    python3 - "$@" <<'PY'
import sys, xml.etree.ElementTree as E
ns = "{http://www.w3.org/2000/svg}"
def centre(g):
    el = next(g.iter(ns + "ellipse"), None)
    if el is not None:
        return (float(el.get("cx")), float(el.get("cy")))
    pts = [tuple(map(float, p.split(","))) for p in next(g.iter(ns + "polygon")).get("points").split()][:-1]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return (round((min(xs) + max(xs)) / 2, 1), round((min(ys) + max(ys)) / 2, 1))
def nodes(f):
    root = E.parse(f).getroot()
    graph = next(g for g in root.iter(ns + "g") if g.get("class") == "graph")
    # Entities only: a tie's label pin sits on its tie, not at an entity.
    return {g.find(ns + "title").text: centre(g) for g in graph
            if g.get("class") == "node" and not g.find(ns + "title").text.startswith("tie-label:")}
drawings = [nodes(f) for f in sys.argv[1:]]
common = sorted(set.intersection(*(set(d) for d in drawings)) - {"frame:left", "frame:right"})
assert common, "no entity in every diagram"
seen = {}
for d in drawings:
    ox, oy = d[common[0]]
    for k, (x, y) in d.items():
        seen.setdefault(k, set()).add((round(x - ox, 1), round(y - oy, 1)))
bad = {k: v for k, v in seen.items() if len(v) > 1}
assert seen and not bad, bad
PY
}

test_compare_csto_writes_every_output_with_shared_positions() {
    local out="$SCRATCH/cmp"
    run compare graphs/csto-2025-bishkek.json graphs/csto-2022-yerevan.json \
        graphs/csto-2023-minsk.json graphs/csto-2024-astana.json -o "$out"
    expect_status 0
    expect_clean
    expect_err_line "$out: written (4 snapshots, 3 pairs)"
    [ "$(ls "$out" | tr '\n' ' ')" = "01-csto-2022-yerevan.svg 02-csto-2023-minsk.svg 03-csto-2024-astana.svg 04-csto-2025-bishkek.svg cohesion.svg compare.csv compare.json diff-01-02.svg diff-02-03.svg diff-03-04.svg positions.tsv summary.md " ] ||
        fail "outputs: $(ls "$out")"
    node_positions_agree "$out"/0*.svg "$out"/diff-*.svg || fail "positions differ between diagrams"
    python3 - "$out/compare.json" <<'PY' || fail "compare.json"
import json, sys
d = json.load(open(sys.argv[1]))
assert [s["id"] for s in d["snapshots"]] == ["csto-2022-yerevan", "csto-2023-minsk", "csto-2024-astana", "csto-2025-bishkek"]
assert [("ARM" in s["attended"], "ARM" in s["absent"]) for s in d["snapshots"]] == [(True, False)] + [(False, True)] * 3
c = d["changes"]
assert {"id": "ARM", "from": "attended", "to": "absent"} in c[0]["attendance"], c[0]["attendance"]
assert c[1]["attendance"] == [] and c[2]["attendance"] == []
assert {"state": "ARM", "organization": "CSTO", "from": "active", "to": "frozen"} in c[1]["membership"]
assert d["series"]["groups"]["CSTO"]["size"] == [6, 6, 5, 5]
assert len(d["series"]["graph"]["density"]) == 4
PY
    grep -qxF -- "- Armenia (ARM) attended the Yerevan summit (23 November 2022), then stayed away from the Minsk summit (23 November 2023), the Astana summit (28 November 2024) and the Bishkek summit (27 November 2025)." "$out/summary.md" ||
        fail "summary lacks Armenia's attendance story"
    grep -qxF -- "- Armenia (ARM) in Collective Security Treaty Organization (CSTO): active → frozen" "$out/summary.md" ||
        fail "summary lacks the frozen membership"
    head -1 "$out/compare.csv" | grep -qx 'snapshot,scope,id,metric,value' || fail "CSV header"
    grep -qx 'csto-2024-astana,group,CSTO,size,5' "$out/compare.csv" || fail "CSV group row"
    grep -qx 'csto-2022-yerevan,graph,,nodes,17' "$out/compare.csv" || fail "CSV graph row"
    python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' "$out/cohesion.svg" ||
        fail "cohesion.svg is not well-formed"
    grep -q '>2024</text>' "$out/cohesion.svg" || fail "no years on the chart's x axis"
}

test_compare_gives_the_same_bytes_twice() {
    run compare graphs/csto-2022-yerevan.json graphs/csto-2023-minsk.json -o "$SCRATCH/a"
    run compare graphs/csto-2022-yerevan.json graphs/csto-2023-minsk.json -o "$SCRATCH/b"
    diff -r "$SCRATCH/a" "$SCRATCH/b" >/dev/null || fail "two runs differ"
}

test_compare_diff_of_one_tie_removed_and_one_added() {
    run compare tests/data/compare/base.json tests/data/compare/edited.json -o "$SCRATCH/d"
    expect_status 0
    python3 - "$SCRATCH/d/compare.json" <<'PY' || fail "diff"
import json, sys
p = json.load(open(sys.argv[1]))["changes"][0]
assert p["edges_added"] == [{"source": "KAZ", "target": "RUS", "to": 0.5}], p["edges_added"]
assert p["edges_removed"] == [{"source": "RUS", "target": "TJK", "from": 0.75}], p["edges_removed"]
assert p["edges_reweighted"] == [] and p["entities_added"] == [] and p["entities_removed"] == []
PY
    grep -q 'stroke="#228833"' "$SCRATCH/d/diff-01-02.svg" || fail "no added tie drawn"
    grep -q 'stroke="#cc3311"\|stroke="#CC3311"' "$SCRATCH/d/diff-01-02.svg" || fail "no removed tie drawn"
    node_positions_agree "$SCRATCH/d"/0*.svg "$SCRATCH/d"/diff-*.svg || fail "positions differ"
}

test_compare_with_itself_and_with_nothing_in_common() {
    run compare graphs/csto-2024-astana.json graphs/csto-2024-astana.json -o "$SCRATCH/s"
    expect_status 0
    grep -qx 'Nothing changed.' "$SCRATCH/s/summary.md" || fail "self-compare reports a change"
    grep -q '"unchanged": true' "$SCRATCH/s/compare.json" || fail "unchanged is not true"
    run compare tests/data/compare/base.json tests/data/compare/disjoint.json -o "$SCRATCH/n"
    expect_status 0
    grep -q 'have no entity in common' "$SCRATCH/n/summary.md" || fail "does not say so"
    grep -q '"common_entities": 0' "$SCRATCH/n/compare.json" || fail "common_entities"
}

test_compare_broken_file_writes_nothing() {
    run compare graphs/csto-2022-yerevan.json tests/data/bad/truncated.json -o "$SCRATCH/broken"
    expect_status 1
    expect_clean
    expect_err_line 'tests/data/bad/truncated.json:5:31: error: syntax error: unexpected end of input (is the file truncated?)'
    [ ! -e "$SCRATCH/broken" ] || fail "an output directory was made"
}

test_compare_refuses_bad_usage_and_its_inputs() {
    run compare graphs/csto-2022-yerevan.json
    expect_status 2
    expect_err_line "entente compare: two snapshots or more are needed, found 1"
    mkdir -p "$SCRATCH/in"
    cp graphs/csto-2022-yerevan.json "$SCRATCH/in/compare.json"
    run compare "$SCRATCH/in/compare.json" graphs/csto-2023-minsk.json -o "$SCRATCH/in"
    expect_status 2
    expect_err_line "$SCRATCH/in/compare.json: error: this output would replace an input: choose another directory"
    cmp -s "$SCRATCH/in/compare.json" graphs/csto-2022-yerevan.json || fail "the input changed"
    [ "$(ls "$SCRATCH/in")" = "compare.json" ] || fail "something was written"
    run compare graphs --rank-by community
    expect_status 2
    run compare --help
    expect_status 0
    expect_out_has "diff-NN-MM.svg"
}

# The diff diagram routed curved edges with Graphviz's spline router: 40 s
# for two dense 150-node snapshots (and the router can corrupt its heap).
# Every tie alone between its two ends must be a straight line: each
# path's points lie on one line (ties of several layers between one pair
# are drawn bowed apart, so that none hides another).
test_compare_of_dense_snapshots_draws_straight_edges() {
    python3 bench/gen.py 150 "$SCRATCH/d1.json" >/dev/null
    python3 - "$SCRATCH" <<'PY'
import json, sys
d = json.load(open(sys.argv[1] + "/d1.json"))
d["date"] = "2025-01-01"
json.dump(d, open(sys.argv[1] + "/d1.json", "w"))
d["id"], d["date"], d["relations"] = "d2", "2026-01-01", d["relations"][:-40]
json.dump(d, open(sys.argv[1] + "/d2.json", "w"))
PY
    run compare "$SCRATCH/d1.json" "$SCRATCH/d2.json" -o "$SCRATCH/dense"
    expect_status 0
    expect_clean
    [ -s "$SCRATCH/dense/diff-01-02.svg" ] || fail "no diff diagram"
    python3 - "$SCRATCH/dense/diff-01-02.svg" <<'PY' || fail "an edge is curved"
import re, sys
import xml.etree.ElementTree as ET
ns = "{http://www.w3.org/2000/svg}"
edges = 0
groups = [g for g in ET.parse(sys.argv[1]).iter(ns + "g") if g.get("class") == "edge"]
def pair(g):
    return frozenset(g.find(ns + "title").text.split("->"))
ends = [pair(g) for g in groups]
for g in groups:
    if ends.count(pair(g)) > 1:
        continue
    for path in g.iter(ns + "path"):
        points = [tuple(map(float, p.split(","))) for p in re.findall(r"-?[\d.]+,-?[\d.]+", path.get("d"))]
        (x0, y0), (x1, y1) = points[0], points[-1]
        length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5 or 1.0
        for x, y in points:
            # distance of each control point from the chord, in points
            assert abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0)) / length < 0.5, path.get("d")
        edges += 1
assert edges > 100, edges
PY
}

# Names and titles with terminal escapes come out as \xNN text in
# summary.md and the CSV; a value of 1e12 (the largest weight a file may
# have) is written 1e+12, not in thirteen digits.
test_compare_summary_escapes_control_characters_and_writes_huge_values_short() {
    run compare tests/data/escapes/a.json tests/data/escapes/b.json \
        --layer member_of,ally -o "$SCRATCH/esc"
    expect_status 0
    ! grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$SCRATCH/esc/summary.md" "$SCRATCH/esc/compare.csv" ||
        fail "a raw control character was written"
    grep -qF '# What changed: Formulas \x1b\[2J and bells\x07 to' "$SCRATCH/esc/summary.md" ||
        fail "title not escaped"
    grep -qF '### Org\x1b\]0;pwned\x07 (ORG)' "$SCRATCH/esc/summary.md" || fail "name not escaped"
    grep -qxF '| mean tie strength | 1e+12 | 1e+12 | 0 |' "$SCRATCH/esc/summary.md" ||
        fail "1e12 not written short"
}

# A full disk part-way through the set: the old set stays whole, no new
# compare.json beside old diagrams, no temporary file. A 300 KiB tmpfs in a
# private mount namespace holds the small old set, not the dense new one.
test_compare_on_a_full_disk_keeps_the_old_set_whole() {
    unshare -m true 2>/dev/null || { echo "  (skipped: no private mount namespace here)"; return; }
    python3 bench/gen.py 150 "$SCRATCH/f1.json" >/dev/null
    python3 - "$SCRATCH" <<'PY'
import json, sys
d = json.load(open(sys.argv[1] + "/f1.json"))
d["date"] = "2025-01-01"
json.dump(d, open(sys.argv[1] + "/f1.json", "w"))
d["id"], d["date"], d["relations"] = "f2", "2026-01-01", d["relations"][:-40]
json.dump(d, open(sys.argv[1] + "/f2.json", "w"))
PY
    mkdir -p "$SCRATCH/small"
    unshare -m sh -c '
        mount -t tmpfs -o size=300k tmpfs "$1" || exit 77
        "$0" compare tests/data/escapes/a.json tests/data/escapes/b.json \
            --layer member_of,ally -o "$1/cmp" 2>/dev/null || exit 78
        (cd "$1/cmp" && md5sum * >"$1/../before.md5")
        "$0" compare "$2/f1.json" "$2/f2.json" -o "$1/cmp"
        echo "status $?"
        (cd "$1/cmp" && md5sum * >"$1/../after.md5")
        ls -A "$1/cmp" >"$1/../after.ls"' \
        "$ENTENTE" "$SCRATCH/small" "$SCRATCH" >"$SCRATCH/out" 2>"$SCRATCH/err"
    status=$?
    ERR=$(cat "$SCRATCH/err")
    OUT=$(cat "$SCRATCH/out")
    [ "$status" -eq 77 ] && { echo "  (skipped: tmpfs cannot be mounted here)"; return; }
    [ "$status" -eq 0 ] || { fail "setup failed with $status"; return; }
    expect_out_line "status 3"
    expect_err_has "error: cannot write the file: no space left on device"
    cmp -s "$SCRATCH/before.md5" "$SCRATCH/after.md5" || fail "the old set changed: $(diff "$SCRATCH/before.md5" "$SCRATCH/after.md5")"
    ! grep -q '^\.entente-' "$SCRATCH/after.ls" || fail "a temporary file was left"
}

# The ties a diff diagram must draw, worked out in Python from the two
# snapshot files: by (ends, layer) over the default layers (member_of with
# status active, arms_dependency, border_risk), kept, added, removed or
# re-weighted, and every membership whose status changed (any status,
# "active" when none is given) as a status tie in place of its member_of
# tie. Checked against the classes of the drawn ties and the header's
# counts; every status change is labelled "from → to" (on its tie, or in
# its member's label when the tie has no room); re-weighted directed ties
# carry an arrowhead and their layer; label_overlap.py --strict is clean.
diff_drawn_as_computed() {
    python3 - "$@" <<'PY'
import json, re, sys
import xml.etree.ElementTree as ET
ns = "{http://www.w3.org/2000/svg}"
svg, a_path, b_path = sys.argv[1:4]
directed = {"member_of": True, "arms_dependency": True, "border_risk": False}
def ties(path):
    d = json.load(open(path))
    out, member = {}, {}
    for r in d["relations"]:
        t = r["type"]
        if t == "member_of":
            member[(r["source"], r["target"])] = r.get("status", "active")
        if t not in directed or r["source"] == r["target"]:
            continue
        if t == "member_of" and r.get("status", "active") != "active":
            continue
        s, g = r["source"], r["target"]
        if not directed[t] and s > g:
            s, g = g, s
        out[(s, g, t)] = out.get((s, g, t), 0) + r.get("weight", 1.0)
    return out, member
ta, ma = ties(a_path)
tb, mb = ties(b_path)
status = {k for k in set(ma) | set(mb) if ma.get(k) != mb.get(k)}
expect = {"added": 0, "removed": 0, "reweighted": 0, "kept": 0, "status": len(status)}
for k in set(ta) | set(tb):
    if k[2] == "member_of" and (k[0], k[1]) in status:
        continue
    if k not in ta:
        expect["added"] += 1
    elif k not in tb:
        expect["removed"] += 1
    elif abs(ta[k] - tb[k]) > 1e-12 * max(1, abs(ta[k])):
        expect["reweighted"] += 1
    else:
        expect["kept"] += 1
root = ET.parse(svg).getroot()
drawn = {k: 0 for k in expect}
arrows = 0
for g in root.iter(ns + "g"):
    m = re.match(r"tie change-(\w+) (\S+)", g.get("class") or "")
    if m:
        drawn[m.group(1)] += 1
        if m.group(1) == "reweighted" and m.group(2) == "arms_dependency":
            arrows += any(True for _ in g.iter(ns + "polygon"))
assert drawn == expect, (drawn, expect)
assert arrows == sum(1 for k in set(ta) & set(tb) if k[2] == "arms_dependency"
                     and abs(ta[k] - tb[k]) > 1e-12), arrows
text = " ".join("".join(t.itertext()) for t in root.iter(ns + "text"))
header = re.search(r"Ties: (\d+) added, (\d+) removed, (\d+) re-weighted, (\d+) membership "
                   r"status(?:es)? changed, (\d+) kept", text)
assert header, text[:300]
assert tuple(map(int, header.groups())) == tuple(expect[k] for k in
        ("added", "removed", "reweighted", "status", "kept")), header.group(0)
for k in status:
    label = "%s \u2192 %s" % (ma.get(k, "none"), mb.get(k, "none"))
    assert label in text, (label, k)
print(expect)
PY
}

test_compare_diff_draws_every_change_it_counts() {
    local out="$SCRATCH/dd"
    run compare graphs/csto-*.json -o "$out"
    expect_status 0
    local i=1 prev=""
    for graph in graphs/csto-*.json; do
        if [ -n "$prev" ]; then
            diff_drawn_as_computed "$out/diff-0$((i - 1))-0$i.svg" "$prev" "$graph" >"$SCRATCH/expect" ||
                fail "diff-0$((i - 1))-0$i.svg"
        fi
        prev=$graph
        i=$((i + 1))
    done
    # 2023 -> 2024: Armenia froze its CSTO membership, Belarus joined the
    # SCO as a full member.
    grep -q "'status': 2" "$SCRATCH/expect" || diff_drawn_as_computed "$out/diff-02-03.svg" \
        graphs/csto-2023-minsk.json graphs/csto-2024-astana.json | grep -q "'status': 2" ||
        fail "two status changes expected in 2023-2024"
    run compare tests/data/compare/base.json tests/data/compare/edited.json -o "$SCRATCH/de"
    diff_drawn_as_computed "$SCRATCH/de/diff-01-02.svg" tests/data/compare/base.json \
        tests/data/compare/edited.json >/dev/null || fail "base -> edited"
    run compare tests/data/compare/base.json tests/data/compare/disjoint.json -o "$SCRATCH/dn"
    diff_drawn_as_computed "$SCRATCH/dn/diff-01-02.svg" tests/data/compare/base.json \
        tests/data/compare/disjoint.json >/dev/null || fail "base -> disjoint"
    grep -q "No entity in common." "$SCRATCH/dn/diff-01-02.svg" || fail "no word on nothing in common"
    grep -q 'class="entity state [A-Z]* appeared"' "$SCRATCH/dn/diff-01-02.svg" || fail "no appeared outline"
    grep -q 'class="entity state [A-Z]* gone"' "$SCRATCH/dn/diff-01-02.svg" || fail "no gone outline"
    for svg in "$out"/*.svg "$SCRATCH"/de/*.svg "$SCRATCH"/dn/*.svg; do
        case $svg in */cohesion.svg) continue ;; esac
        python3 ../shared/tools/label_overlap.py --strict "$svg" >/dev/null ||
            fail "label_overlap.py --strict: $svg"
    done
}

# One colour per entity and one size scale in every panel: the fill of an
# entity's shape is the same in each, and positions.tsv's size reference
# is the largest strength of any snapshot (computed here from the files:
# the sum of the weights of an entity's ties over the default layers).
test_compare_panels_share_colours_and_size_scale() {
    local out="$SCRATCH/cs"
    run compare graphs/csto-*.json -o "$out"
    expect_status 0
    python3 - "$out" graphs/csto-*.json <<'PY' || fail "colours or size scale differ"
import json, sys, glob
import xml.etree.ElementTree as ET
ns = "{http://www.w3.org/2000/svg}"
out, graphs = sys.argv[1], sys.argv[2:]
fills = {}
for f in sorted(glob.glob(out + "/0*.svg")) + sorted(glob.glob(out + "/diff-*.svg")):
    graph = next(g for g in ET.parse(f).getroot().iter(ns + "g") if g.get("class") == "graph")
    for g in graph:
        if g.get("class") != "node" or g.find(ns + "title").text.startswith("tie-label"):
            continue
        shape = next((s for s in g.iter() if s.tag in (ns + "ellipse", ns + "polygon")), None)
        if shape is not None and shape.get("fill") != "white":
            fills.setdefault(g.find(ns + "title").text, set()).add(shape.get("fill"))
bad = {k: v for k, v in fills.items() if len(v) > 1}
assert fills and not bad, bad
largest = 0
for path in graphs:
    strength = {}
    for r in json.load(open(path))["relations"]:
        if r["type"] in ("arms_dependency", "border_risk") or (
                r["type"] == "member_of" and r.get("status", "active") == "active"):
            if r["source"] != r["target"]:
                for end in (r["source"], r["target"]):
                    strength[end] = strength.get(end, 0) + r.get("weight", 1.0)
    largest = max([largest] + list(strength.values()))
lines = open(out + "/positions.tsv").read().split("\n")
assert lines[0] == "entente-positions\t1" and lines[1] == "size_by\tstrength", lines[:2]
reference = float(lines[2].split("\t")[1])
assert abs(reference - largest) < 1e-9, (reference, largest)
PY
}

test_compare_takes_render_options_and_formats() {
    run compare graphs/csto-2023-minsk.json graphs/csto-2024-astana.json --format png \
        --dpi 150 -o "$SCRATCH/png"
    expect_status 0
    [ "$(ls "$SCRATCH/png" | grep -c '\.png$')" -eq 3 ] || fail "not three PNGs: $(ls "$SCRATCH/png")"
    python3 - "$SCRATCH/png/diff-01-02.png" <<'PY' || fail "PNG resolution"
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n"
at = data.index(b"pHYs")
x, y, unit = struct.unpack(">IIB", data[at + 4:at + 13])
assert unit == 1 and round(x * 0.0254) == 150, (x, unit)
PY
    run compare graphs/csto-2023-minsk.json graphs/csto-2024-astana.json --format pdf -o "$SCRATCH/pdf"
    expect_status 0
    head -c 5 "$SCRATCH/pdf/diff-01-02.pdf" | grep -q '%PDF-' || fail "no PDF"
    run compare graphs/csto-2023-minsk.json graphs/csto-2024-astana.json --column \
        --size-by degree --labels top:5 -o "$SCRATCH/col"
    expect_status 0
    grep -q '<svg width="8.50cm"' "$SCRATCH/col/diff-01-02.svg" || fail "not a column wide"
    grep -q 'Node area: degree' "$SCRATCH/col/01-csto-2023-minsk.svg" || fail "not sized by degree"
    grep -qx $'size_by\tdegree' "$SCRATCH/col/positions.tsv" || fail "positions.tsv metric"
    for svg in "$SCRATCH"/col/0*.svg "$SCRATCH"/col/diff*.svg; do
        python3 ../shared/tools/label_overlap.py --strict --width 241 "$svg" >/dev/null ||
            fail "label_overlap.py --strict: $svg"
    done
    run compare graphs/csto-2023-minsk.json graphs/csto-2024-astana.json --format gif
    expect_status 2
    expect_err_line "entente compare: --format takes svg, png, pdf or dot, not 'gif'"
}

# --color-by organization: one colour per organization in every panel and
# diff (the organizations' own nodes); a state takes the colour of an
# organization it is a member of in that snapshot (or the grey of
# "other"), in a diff its colour in the later panel (the earlier when it
# is gone), and the legends name the organizations.
test_compare_colours_each_organization_alike_in_every_panel_and_diff() {
    local out="$SCRATCH/co"
    run compare graphs/csto-*.json --color-by organization -o "$out"
    expect_status 0
    python3 - "$out" graphs/csto-*.json <<'PY' || fail "organization colours differ"
import json, sys, glob
import xml.etree.ElementTree as ET
ns = "{http://www.w3.org/2000/svg}"
out, graphs = sys.argv[1], sys.argv[2:]
grey = "#dddddd"

def fills_of(path):
    root = ET.parse(path).getroot()
    graph = next(g for g in root.iter(ns + "g") if g.get("class") == "graph")
    fills, types = {}, {}
    for g in graph:
        inner = g.find(ns + "g")
        if g.get("class") != "node" or inner is None or "entity" not in (inner.get("class") or ""):
            continue
        shape = next(s for s in inner.iter() if s.tag in (ns + "ellipse", ns + "polygon"))
        name = g.find(ns + "title").text
        fills[name], types[name] = shape.get("fill").lower(), inner.get("class").split()[1]
    legend = " ".join(t.text or "" for g in root.iter(ns + "g") if g.get("id") == "legend"
                      for t in g.iter(ns + "text"))
    return fills, types, legend

panels = [fills_of(p) for p in sorted(glob.glob(out + "/0*.svg"))]
diffs = [fills_of(p) for p in sorted(glob.glob(out + "/diff-*.svg"))]
assert len(panels) == 4 and len(diffs) == 3
org_fill = {}
for fills, types, legend in panels + diffs:
    for name, fill in fills.items():
        if types[name] == "organization":
            org_fill.setdefault(name, set()).add(fill)
assert all(len(v) == 1 for v in org_fill.values()), org_fill
colour = {k: next(iter(v)) for k, v in org_fill.items()}
coloured = [c for c in colour.values() if c != grey]
assert len(coloured) == len(set(coloured)) >= 4, colour
for (fills, types, legend), path in zip(panels, graphs):
    assert "CSTO" in legend and "EAEU" in legend, legend
    members = {}
    for r in json.load(open(path))["relations"]:
        if r["type"] == "member_of" and r.get("status", "active") == "active":
            members.setdefault(r["source"], set()).add(r["target"])
    for name, fill in fills.items():
        if types[name] == "state" and fill not in (grey, "white"):
            assert any(colour.get(o) == fill for o in members.get(name, ())), (path, name, fill)
for k, (fills, types, legend) in enumerate(diffs):
    later, earlier = panels[k + 1][0], panels[k][0]
    for name, fill in fills.items():
        assert fill == later.get(name, earlier.get(name)), (k, name, fill)
PY
}
