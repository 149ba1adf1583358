# End-to-end tests of render --clusters (sourced by run.sh): boxes nest
# where memberships nest; a state is never drawn outside the box of an
# organization it belongs to, nor inside the box of one it does not; an
# organization whose members cross a box gets none and is named on stderr
# and in the legend; the layout is the same on every run, and no box label
# covers another label, a node or an edge (label_overlap.py --strict).

# boxes_hold_their_members SVG SNAPSHOT STATUSES: prints the boxed
# organizations; fails when a member state of a boxed organization is
# outside its box, or a state sits in the box of one it does not belong to.
boxes_hold_their_members() {
    python3 - "$@" <<'PY'
import json, re, sys, xml.etree.ElementTree as E
ns = "{http://www.w3.org/2000/svg}"
svg, snap, statuses = sys.argv[1], json.load(open(sys.argv[2])), sys.argv[3].split(",")
members = {}
for r in snap["relations"]:
    if r["type"] == "member_of" and r.get("status", "active") in statuses:
        members.setdefault(r["target"], set()).add(r["source"])
states = {e["id"] for e in snap["entities"] if e["type"] == "state"}
root = E.parse(svg).getroot()
graph = next(g for g in root.iter(ns + "g") if g.get("class") == "graph")
centres, boxes = {}, {}
for g in graph:
    if g.get("class") == "node":
        el = next(g.iter(ns + "ellipse"), None)
        if el is not None:
            centres[g.find(ns + "title").text] = (float(el.get("cx")), float(el.get("cy")))
    elif g.get("class") == "cluster":
        nums = [float(v) for v in re.findall(r"-?\d+\.?\d*", g.find(ns + "path").get("d"))]
        xs, ys = nums[0::2], nums[1::2]
        boxes[g.find(ns + "text").text] = (min(xs), min(ys), max(xs), max(ys))
inside = lambda p, b: b[0] <= p[0] <= b[2] and b[1] <= p[1] <= b[3]
for org, box in boxes.items():
    for s in members[org]:
        assert inside(centres[s], box), f"{s} is drawn outside {org}"
    for s in states & centres.keys():
        if inside(centres[s], box):
            assert s in members[org], f"{s} is drawn inside {org}, not one of its members"
print(" ".join(sorted(boxes)))
PY
}

# nests_in SVG INNER OUTER: box INNER lies inside box OUTER.
nests_in() {
    python3 - "$@" <<'PY'
import re, sys, xml.etree.ElementTree as E
ns = "{http://www.w3.org/2000/svg}"
boxes = {}
for g in E.parse(sys.argv[1]).getroot().iter(ns + "g"):
    if g.get("class") == "cluster":
        nums = [float(v) for v in re.findall(r"-?\d+\.?\d*", g.find(ns + "path").get("d"))]
        boxes[g.find(ns + "text").text] = (min(nums[0::2]), min(nums[1::2]), max(nums[0::2]), max(nums[1::2]))
a, b = boxes[sys.argv[2]], boxes[sys.argv[3]]
assert b[0] < a[0] and b[1] < a[1] and a[2] < b[2] and a[3] < b[3], f"{sys.argv[2]} {a} is not inside {sys.argv[3]} {b}"
PY
}

test_clusters_nest_boxes_and_name_the_organization_that_crosses_one() {
    run render tests/data/clusters-nested.json --clusters -o "$SCRATCH/n.svg"
    expect_status 0
    # Y convened the summit: boxed first; W and X hold all of Y's members
    # (boxes around it); Z is apart; V shares C with W, which lacks E.
    expect_err_line "note: --clusters boxes no organization whose members cross a box, so these get none: V (crosses W: E in V only, A in W only)"
    local boxed
    boxed=$(boxes_hold_their_members "$SCRATCH/n.svg" tests/data/clusters-nested.json active) || fail "boxes: $boxed"
    [ "$boxed" = "W X Y Z" ] || fail "boxed: $boxed"
    nests_in "$SCRATCH/n.svg" Y X || fail "Y not in X"
    nests_in "$SCRATCH/n.svg" X W || fail "X not in W"
    grep -qF "no box for: V (crosses W: E in V only, A in W only)." "$SCRATCH/n.svg" || fail "the legend does not name V"
    python3 ../shared/tools/label_overlap.py --strict "$SCRATCH/n.svg" >/dev/null ||
        fail "$(python3 ../shared/tools/label_overlap.py --strict --list "$SCRATCH/n.svg" | grep -v crossings)"
}

test_clusters_box_only_organizations_that_nest_and_name_the_others() {
    run render tests/data/clusters.json --clusters -o "$SCRATCH/k.svg"
    expect_status 0
    # Q convened the summit: boxed first; P shares no member with it; R
    # shares C with Q and B with P.
    expect_err_line "note: --clusters boxes no organization whose members cross a box, so these get none: R (crosses Q: B in R only, D in Q only)"
    local boxed
    boxed=$(boxes_hold_their_members "$SCRATCH/k.svg" tests/data/clusters.json active) || fail "boxes: $boxed"
    [ "$boxed" = "P Q" ] || fail "boxed: $boxed"
    python3 ../shared/tools/label_overlap.py --strict "$SCRATCH/k.svg" >/dev/null || fail "label_overlap.py --strict"
}

# Graphviz 2.42's fdp laid clusters out differently from run to run (an
# edge crossed a box label in about one run in six).
test_clusters_give_the_same_bytes_on_every_run() {
    local i
    for i in 1 2 3 4; do
        run render graphs/csto-2024-astana.json --clusters --status active,frozen --include persons,events -o "$SCRATCH/r$i.svg"
        expect_status 0
    done
    for i in 2 3 4; do
        cmp -s "$SCRATCH/r1.svg" "$SCRATCH/r$i.svg" || fail "run $i differs from run 1"
    done
}

test_clusters_refuse_fdp_which_is_not_the_same_twice() {
    run render tests/data/clusters.json --clusters --layout fdp -o "$SCRATCH/f.svg"
    expect_status 2
    expect_err_line "error: clusters need the neato or dot layout, not \"fdp\""
    [ ! -e "$SCRATCH/f.svg" ] || fail "a refused render left a file"
}

# Every bundled graph: the CSTO snapshots with active and with frozen
# memberships (frozen Armenia makes the CSTO hold the EAEU), the Eurasia
# series as they are.
test_clusters_keep_every_bundled_member_in_its_boxes_and_the_labels_clear() {
    local graph o boxed
    for graph in graphs/csto-*.json graphs/eurasia/*.json; do
        for o in active active,frozen; do
            case "$graph" in graphs/eurasia/*) [ "$o" = active ] || continue ;; esac
            run render "$graph" --clusters --status "$o" --include persons,events -o "$SCRATCH/b.svg"
            expect_status 0
            boxed=$(boxes_hold_their_members "$SCRATCH/b.svg" "$graph" "$o") || fail "$graph $o: $boxed"
            [ -n "$boxed" ] || fail "$graph $o: no box"
            python3 ../shared/tools/label_overlap.py --strict "$SCRATCH/b.svg" >/dev/null ||
                fail "$graph $o: $(python3 ../shared/tools/label_overlap.py --strict --list "$SCRATCH/b.svg" | grep -v crossings)"
        done
    done
    # Astana 2024: the CIS holds the CSTO; with frozen Armenia the CSTO
    # holds the EAEU, which holds the Union State; the SCO crosses it.
    run render graphs/csto-2024-astana.json --clusters --status active,frozen -o "$SCRATCH/a.svg"
    expect_err_line "note: --clusters boxes no organization whose members cross a box, so these get none: SCO (crosses EAEU: TJK in SCO only, ARM in EAEU only)"
    nests_in "$SCRATCH/a.svg" CSTO CIS || fail "CSTO not in CIS"
    nests_in "$SCRATCH/a.svg" EAEU CSTO || fail "EAEU not in CSTO"
    nests_in "$SCRATCH/a.svg" UNION-STATE EAEU || fail "UNION-STATE not in EAEU"
}

test_clusters_nest_with_the_dot_layout_too() {
    local graph boxed
    for graph in tests/data/clusters-nested.json graphs/csto-2024-astana.json; do
        run render "$graph" --clusters --layout dot --status active,frozen -o "$SCRATCH/d.svg"
        expect_status 0
        boxed=$(boxes_hold_their_members "$SCRATCH/d.svg" "$graph" active,frozen) || fail "$graph: $boxed"
        python3 ../shared/tools/label_overlap.py --strict "$SCRATCH/d.svg" >/dev/null || fail "$graph: label_overlap.py --strict"
    done
    [ "$boxed" = "CIS CSTO EAEU UNION-STATE" ] || fail "boxed: $boxed"
}
