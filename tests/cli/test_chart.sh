# End-to-end tests of compare's cohesion chart (sourced by run.sh), by
# parsing the SVG: shares on 0..1, the E-I index on its own -1..1 axis
# with its direction, lines labelled at their ends with their values,
# status changes marked, no line hidden under another, no label over
# another, years and summit places on the x axis.

# chart_facts SVG: prints what the chart shows, one fact a line, and fails
# when two lines share a segment or two text boxes overlap (DejaVu Sans
# at most 0.62 em a character, a line 1 em high).
chart_facts() {
    python3 - "$1" <<'PY'
import sys, xml.etree.ElementTree as E
ns = "{http://www.w3.org/2000/svg}"
root = E.parse(sys.argv[1]).getroot()
assert root.get("width") == "16cm" and root.get("viewBox").split()[2] == "453.5", root.attrib
for panel in root.iter(ns + "g"):
    if panel.get("class") != "panel":
        continue
    lines = [(p.get("data-series"), [tuple(map(float, q.split(","))) for q in p.get("points").split()])
             for p in panel.iter(ns + "polyline")]
    segs = {}
    for name, pts in lines:
        for a, b in zip(pts, pts[1:]):
            for other, (c, d) in segs.items():
                if other[0] != name and max(abs(a[1] - c[1]), abs(b[1] - d[1]), abs(a[0] - c[0]), abs(b[0] - d[0])) < 0.5:
                    sys.exit(f"{name} hides {other[0]} from {a} to {b}")
            segs[(name, a, b)] = (a, b)
    boxes = []
    for t in panel.iter(ns + "text"):
        size, x, y = float(t.get("font-size")), float(t.get("x")), float(t.get("y"))
        w = 0.62 * size * len(t.text)
        x0 = {"middle": x - w / 2, "end": x - w}.get(t.get("text-anchor"), x)
        boxes.append((t.text, x0, y - 0.76 * size, x0 + w, y + 0.24 * size))
    for i, a in enumerate(boxes):
        for b in boxes[:i]:
            if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]:
                sys.exit(f"label {a[0]!r} overlaps {b[0]!r}")
    for t in panel.iter(ns + "text"):
        cls = t.get("class")
        if cls in ("x-label", "x-place", "status-mark", "end-label", "ei-direction"):
            print(f"{cls}: {t.text} @{t.get('x')}")
    ei = [pts for name, pts in lines if name == "E-I index"]
    shares = [pts for name, pts in lines if name != "E-I index"]
    if ei and shares:
        assert min(y for p in ei for _, y in p) > max(y for p in shares for _, y in p) + 20, "E-I not on its own axis below"
PY
}

test_chart_draws_csto_cohesion_for_a_report() {
    local out="$SCRATCH/chart"
    run compare graphs/csto-2022-yerevan.json graphs/csto-2023-minsk.json \
        graphs/csto-2024-astana.json graphs/csto-2025-bishkek.json -o "$out"
    expect_status 0
    python3 ../shared/tools/label_overlap.py --strict "$out/cohesion.svg" >/dev/null ||
        fail "label_overlap.py --strict: $(python3 ../shared/tools/label_overlap.py --strict --list "$out/cohesion.svg")"
    local facts
    facts=$(chart_facts "$out/cohesion.svg") || { fail "chart: $facts"; return; }
    local want
    want=$(printf '%s\n' \
        "status-mark: ARM frozen" \
        "end-label: attendance 1" \
        "end-label: hub share 0.93" \
        "end-label: supplier dependency 0.66" \
        "end-label: density 0.5" \
        "end-label: E-I index 0.58" \
        "x-label: 2022" "x-place: Yerevan" "x-label: 2023" "x-place: Minsk" \
        "x-label: 2024" "x-place: Astana" "x-label: 2025" "x-place: Bishkek")
    [ "$(grep -v ei-direction <<<"$facts" | sed 's/ @.*//')" = "$want" ] || fail "chart shows: $facts"
    # Armenia's freeze is marked at the 2024 summit.
    [ "$(grep '^status-mark' <<<"$facts" | sed 's/.* @//')" = "$(grep '^x-label: 2024' <<<"$facts" | sed 's/.* @//')" ] ||
        fail "ARM frozen is not at 2024: $facts"
    grep -qxF "ei-direction: E-I index: -1 all ties inside the group, +1 all outside @34.0" <<<"$facts" ||
        fail "no direction for the E-I axis"
    # The end labels' values are compare.csv's last values, rounded.
    python3 - "$out/compare.csv" <<'PY' || fail "end labels differ from compare.csv"
import csv, sys
rows = {r["metric"]: r["value"] for r in csv.DictReader(open(sys.argv[1]))
        if r["snapshot"] == "csto-2025-bishkek" and r["id"] == "CSTO"}
got = {m: round(float(rows[m]), 2) for m in ("attendance", "hub_share", "mean_supplier_dependency", "internal_density", "ei_index")}
assert got == {"attendance": 1, "hub_share": 0.93, "mean_supplier_dependency": 0.66, "internal_density": 0.5, "ei_index": 0.58}, got
PY
}

test_chart_draws_coinciding_lines_side_by_side() {
    local out="$SCRATCH/chart2"
    run compare tests/data/compare/coincide.json tests/data/compare/coincide.json -o "$out"
    expect_status 0
    python3 ../shared/tools/label_overlap.py --strict "$out/cohesion.svg" >/dev/null || fail "label_overlap.py --strict"
    local facts
    facts=$(chart_facts "$out/cohesion.svg") || { fail "chart: $facts"; return; }
    # attendance, density and hub share are all 1: three lines, three labels.
    for label in "attendance 1" "density 1" "hub share 1" "E-I index -1"; do
        grep -qF "end-label: $label @" <<<"$facts" || fail "no end label $label: $facts"
    done
    [ "$(grep -c '^x-place: Pville' <<<"$facts")" = 2 ] || fail "the host's place is not on the x axis: $facts"
}
