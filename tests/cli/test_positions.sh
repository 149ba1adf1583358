# End-to-end tests of the positions file compare writes and `render
# --positions` reads (sourced by run.sh): one colour per organization and
# one size scale in compare's panels and in each summit's own diagram.

# positions_shapes SVG...: prints, as JSON, each diagram's entities with
# the fill and the geometry (ellipse radii, polygon size) of their shape.
positions_shapes() {
    python3 - "$@" <<'PY'
import json, sys
import xml.etree.ElementTree as ET
ns = "{http://www.w3.org/2000/svg}"
def shapes(path):
    root = ET.parse(path).getroot()
    graph = next(g for g in root.iter(ns + "g") if g.get("class") == "graph")
    out = {}
    for g in graph:
        inner = g.find(ns + "g")
        if g.get("class") != "node" or inner is None or "entity" not in (inner.get("class") or ""):
            continue
        shape = next(s for s in inner.iter() if s.tag in (ns + "ellipse", ns + "polygon"))
        if shape.tag == ns + "ellipse":
            size = [shape.get("rx"), shape.get("ry")]
        else:
            pts = [tuple(map(float, p.split(","))) for p in shape.get("points").split()]
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            size = [round(max(xs) - min(xs), 2), round(max(ys) - min(ys), 2)]
        out[g.find(ns + "title").text] = {"type": inner.get("class").split()[1],
                                          "fill": shape.get("fill").lower(), "size": size}
    legend = [t.text for g in root.iter(ns + "g") if g.get("id") == "legend"
              for t in g.iter(ns + "text")]
    return {"entities": out, "legend": legend}
print(json.dumps([shapes(p) for p in sys.argv[1:]]))
PY
}

# With --color-by organization, a summit drawn by render with compare's
# positions.tsv has every entity in the fill and size of compare's panel
# of it (the same bytes, as README says); the file lists the
# organizations in the order compare met them (computed here from the
# snapshots: their organizations with members, in order).
# With persons and events, the fills are compare's (the sizes are those
# of that larger network).
test_positions_render_colours_organizations_as_compare_panels() {
    local out="$SCRATCH/po"
    run compare graphs/csto-*.json --color-by organization -o "$out"
    expect_status 0
    python3 - "$out/positions.tsv" graphs/csto-*.json <<'PY' || fail "organization lines"
import json, sys
order = []
for path in sys.argv[2:]:
    d = json.load(open(path))
    members = {r["target"] for r in d["relations"] if r["type"] == "member_of"
               and r.get("status", "active") == "active"}
    order += [e["id"] for e in d["entities"] if e["type"] == "organization"
              and e["id"] in members and e["id"] not in order]
lines = open(sys.argv[1]).read().split("\n")
assert lines[3] == "colors\t", lines[3]
written = [l.split("\t")[1] for l in lines if l.startswith("organization\t")]
assert written == order and len(order) == 5, (written, order)
assert lines[4 + len(order)] == "id\tx\ty\tcolor", lines[4 + len(order)]
PY
    local k=0 graph name
    for graph in graphs/csto-*.json; do
        k=$((k + 1))
        name=$(basename "$graph" .json)
        run render "$graph" --positions "$out/positions.tsv" --color-by organization \
            -o "$SCRATCH/po-$name.svg"
        expect_status 0
        ! grep -q graphviz "$SCRATCH/err" || fail "Graphviz complained: $ERR"
        cmp -s "$SCRATCH/po-$name.svg" "$out/0$k-$name.svg" || fail "not compare's panel: $name"
        run render "$graph" --include persons,events --positions "$out/positions.tsv" \
            --color-by organization -o "$SCRATCH/po-all-$name.svg"
        expect_status 0
        positions_shapes "$out/0$k-$name.svg" "$SCRATCH/po-$name.svg" \
            "$SCRATCH/po-all-$name.svg" >"$SCRATCH/po-$name.json"
        python3 - "$SCRATCH/po-$name.json" <<'PY' || fail "fills or sizes differ: $name"
import json, sys
panel, alone, everything = json.load(open(sys.argv[1]))
grey = "#dddddd"
p = panel["entities"]
fills = {v["fill"] for v in p.values() if v["type"] == "organization"}
assert len(fills - {grey}) >= 4, fills
assert any(v["type"] == "state" and v["fill"] not in (grey, "white") for v in p.values())
# Sizes too alone; with persons and events the network (and so each
# entity's strength) is another one, the fills are the same.
for drawn, same in ((alone, ("fill", "size")), (everything, ("fill",))):
    d = drawn["entities"]
    assert set(p) <= set(d), set(p) - set(d)
    bad = {k: (p[k], d[k]) for k in p if any(p[k][f] != d[k][f] for f in same)}
    assert not bad, bad
    assert [t for t in drawn["legend"] if t in ("CSTO", "EAEU", "CIS", "SCO", "UNION-STATE")] \
        == [t for t in panel["legend"] if t in ("CSTO", "EAEU", "CIS", "SCO", "UNION-STATE")]
PY
    done
}

# A snapshot whose own organizations come in another order (a copy of
# 2024 with its entities reversed) still takes compare's colour for each
# organization with the positions; without them it would not (the order
# is what the file adds).
test_positions_keep_compare_colours_for_organizations_in_another_order() {
    local out="$SCRATCH/pr"
    run compare graphs/csto-*.json --color-by organization -o "$out"
    expect_status 0
    python3 - graphs/csto-2024-astana.json "$SCRATCH/reversed.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["entities"].reverse()
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False, indent=1)
PY
    run render "$SCRATCH/reversed.json" --positions "$out/positions.tsv" --color-by organization \
        -o "$SCRATCH/pr-with.svg"
    expect_status 0
    run render "$SCRATCH/reversed.json" --color-by organization -o "$SCRATCH/pr-own.svg"
    expect_status 0
    positions_shapes "$out/03-csto-2024-astana.svg" "$SCRATCH/pr-with.svg" "$SCRATCH/pr-own.svg" \
        >"$SCRATCH/pr.json"
    python3 - "$SCRATCH/pr.json" graphs/csto-2024-astana.json <<'PY' || fail "organization colours"
import json, sys
panel, with_positions, own = (d["entities"] for d in json.load(open(sys.argv[1])))
orgs = [k for k, v in panel.items() if v["type"] == "organization"]
assert len(orgs) == 5, orgs
assert all(with_positions[k]["fill"] == panel[k]["fill"] for k in orgs), \
    {k: (with_positions[k]["fill"], panel[k]["fill"]) for k in orgs}
assert any(own[k]["fill"] != panel[k]["fill"] for k in orgs), "the reversed copy is no test"
assert all(with_positions[k]["size"] == panel[k]["size"] for k in panel)
colour = {k: panel[k]["fill"] for k in orgs}
members = {}
for r in json.load(open(sys.argv[2]))["relations"]:
    if r["type"] == "member_of" and r.get("status", "active") == "active":
        members.setdefault(r["source"], set()).add(r["target"])
for k, v in with_positions.items():
    if v["type"] == "state" and v["fill"] not in ("#dddddd", "white"):
        assert any(colour[o] == v["fill"] for o in members.get(k, ())), (k, v)
PY
}

# A positions file from before the organization lines (compare's without
# them) still loads: nodes at compare's places and in compare's sizes,
# coloured by the snapshot's own organizations as without --positions.
test_positions_old_file_without_organizations_still_loads() {
    local out="$SCRATCH/pold"
    run compare graphs/csto-*.json --color-by organization -o "$out"
    expect_status 0
    grep -v '^organization' "$out/positions.tsv" >"$SCRATCH/old.tsv"
    [ "$(grep -c . "$SCRATCH/old.tsv")" -eq "$(($(grep -c . "$out/positions.tsv") - 5))" ] ||
        fail "not five organization lines taken out"
    run render graphs/csto-2023-minsk.json --positions "$SCRATCH/old.tsv" --color-by organization \
        -o "$SCRATCH/pold.svg"
    expect_status 0
    ! grep -q graphviz "$SCRATCH/err" || fail "Graphviz complained: $ERR"
    run render graphs/csto-2023-minsk.json --color-by organization -o "$SCRATCH/pold-own.svg"
    expect_status 0
    positions_shapes "$out/02-csto-2023-minsk.svg" "$SCRATCH/pold.svg" "$SCRATCH/pold-own.svg" \
        >"$SCRATCH/pold.json"
    python3 - "$SCRATCH/pold.json" <<'PY' || fail "old file drawn wrong"
import json, sys
panel, old, own = (d["entities"] for d in json.load(open(sys.argv[1])))
assert set(old) == set(panel) == set(own)
assert all(old[k]["fill"] == own[k]["fill"] for k in old)
assert all(old[k]["size"] == panel[k]["size"] for k in old)
assert len({v["fill"] for v in old.values()} - {"#dddddd", "white"}) >= 4
PY
    node_positions_agree "$out/02-csto-2023-minsk.svg" "$SCRATCH/pold.svg" ||
        fail "not at compare's places"
}

# A malformed organization line: FILE:LINE:COLUMN, exit status 1, and the
# output neither written nor, when it exists, changed.
test_positions_refuse_a_malformed_organization_line() {
    local head=$'entente-positions\t1\nsize_by\tstrength\nsize_reference\t2\ncolors\t\n'
    local rows=$'id\tx\ty\tcolor\nRUS\t1\t2\t-1\n'
    printf '%sorganization\t\n%s' "$head" "$rows" >"$SCRATCH/org-empty.tsv"
    printf '%sorganization\tCSTO\norganization\tCSTO\n%s' "$head" "$rows" >"$SCRATCH/org-twice.tsv"
    printf '%sorganization\tCS\\qTO\n%s' "$head" "$rows" >"$SCRATCH/org-escape.tsv"
    printf '%sorganization\tCSTO\tEAEU\n%s' "$head" "$rows" >"$SCRATCH/org-fields.tsv"
    local file
    for file in org-empty:5:14:"the organization id is empty or has a bad escape" \
        org-twice:6:14:"this organization is given twice" \
        org-escape:5:14:"the organization id is empty or has a bad escape" \
        org-fields:5:1:"expected KEY<TAB>VALUE before the header"; do
        local name=${file%%:*} where=${file#*:}
        run render graphs/csto-2024-astana.json --positions "$SCRATCH/$name.tsv" \
            --color-by organization -o "$SCRATCH/org-bad.svg"
        expect_status 1
        expect_err_line "$SCRATCH/$name.tsv:${where%%:*}:$(echo "$where" | cut -d: -f2): error: ${where#*:*:}"
        expect_clean
        [ ! -e "$SCRATCH/org-bad.svg" ] || fail "an output was written for $name"
    done
    echo kept >"$SCRATCH/org-kept.svg"
    run render graphs/csto-2024-astana.json --positions "$SCRATCH/org-twice.tsv" -o "$SCRATCH/org-kept.svg"
    expect_status 1
    [ "$(cat "$SCRATCH/org-kept.svg")" = kept ] || fail "an existing output was changed"
}

# With compare's default colours (communities of all snapshots) the file
# carries them and no organization order: render --color-by organization
# then draws compare's communities, under their own heading, never named
# as organizations.
test_positions_shared_communities_carry_no_organization_order() {
    local out="$SCRATCH/pcom"
    run compare graphs/csto-2023-minsk.json graphs/csto-2024-astana.json -o "$out"
    expect_status 0
    ! grep -q '^organization' "$out/positions.tsv" || fail "organization lines with communities"
    grep -qx $'colors\tColour: community (Louvain) of all snapshots together' "$out/positions.tsv" ||
        fail "no colour meaning"
    run render graphs/csto-2024-astana.json --positions "$out/positions.tsv" --color-by organization \
        -o "$SCRATCH/pcom.svg"
    expect_status 0
    positions_shapes "$out/02-csto-2024-astana.svg" "$SCRATCH/pcom.svg" >"$SCRATCH/pcom.json"
    python3 - "$SCRATCH/pcom.json" <<'PY' || fail "not compare's communities"
import json, sys
panel, drawn = json.load(open(sys.argv[1]))
assert all(drawn["entities"][k]["fill"] == v["fill"] for k, v in panel["entities"].items())
assert "Colour: community (Louvain) of all snapshots together" in drawn["legend"], drawn["legend"]
assert not {"CSTO", "EAEU", "CIS"} & set(drawn["legend"]), drawn["legend"]
PY
}
