# End-to-end tests of render's legend (sourced by run.sh): entries stay
# distinguishable under simulated colour-blindness (tests/cli/
# colour_blind.py, Machado et al. 2009), and the size key's "below" value
# has two significant figures and is true of every hollow node.

test_legend_stays_distinguishable_under_protan_deutan_and_tritan() {
    local graph cb files=()
    for graph in graphs/csto-2022-yerevan.json graphs/csto-2025-bishkek.json; do
        for cb in community organization type; do
            run render "$graph" --status active,frozen --include persons,events --color-by "$cb" \
                -o "$SCRATCH/cb-$cb-$(basename "$graph" .json).svg"
            expect_status 0
            files+=("$SCRATCH/cb-$cb-$(basename "$graph" .json).svg")
        done
    done
    local report
    report=$(python3 tests/cli/colour_blind.py "${files[@]}") || fail "colour-blind: $(grep -v least <<<"$report")"
    # Every file had swatches and ties to compare (2022 has no absence and
    # no frozen membership: one mark, three ties). Colour by type keys only
    # the types drawn: state and organization, two swatches.
    [ "$(grep -cE -- '-(community|organization)-.*: [3-9] swatches, [34] ties, [12] marks$' <<<"$report")" -eq 4 ] &&
        [ "$(grep -cE -- '-type-.*: 2 swatches, [34] ties, [12] marks$' <<<"$report")" -eq 2 ] ||
        fail "entries found: $(grep swatches, <<<"$report")"
    # The check itself fails on two swatches a deutan cannot tell apart
    # (orange and olive: 59 apart in normal vision, 3.6 under deutan).
    cat >"$SCRATCH/near.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg"><g id="legend">
<g class="node"><text>orange</text><polygon fill="#d95f02" points="0,0 1,0 1,1"/></g>
<g class="node"><text>olive</text><polygon fill="#999900" points="0,0 1,0 1,1"/></g>
</g></svg>
SVG
    python3 tests/cli/colour_blind.py "$SCRATCH/near.svg" >"$SCRATCH/near.txt" && fail "near colours passed"
    grep -q "orange #d95f02 and olive #999900 differ by .* under deutan" "$SCRATCH/near.txt" ||
        fail "near colours: $(cat "$SCRATCH/near.txt")"
}

test_legend_size_key_says_below_with_two_significant_figures() {
    local graph
    for graph in graphs/csto-*.json; do
        "$ENTENTE" render "$graph" --status active,frozen -o "$SCRATCH/key.svg" 2>/dev/null &&
            "$ENTENTE" metrics "$graph" --status active,frozen --format csv --metrics strength \
                -o "$SCRATCH/key.csv" || { fail "$graph: render or metrics failed"; continue; }
        python3 - "$SCRATCH/key.svg" "$SCRATCH/key.csv" <<'PY' || fail "$graph: size key"
import csv, re, sys, xml.etree.ElementTree as E
ns = "{http://www.w3.org/2000/svg}"
root = E.parse(sys.argv[1]).getroot()
texts = [t.text for t in root.iter(ns + "text") if t.text and t.text.startswith("below ")]
assert len(texts) == 1, texts
m = re.fullmatch(r"below (\d+(?:\.\d+)?) \(not to scale\)", texts[0])
assert m, texts[0]
digits = m.group(1).replace(".", "").lstrip("0")
assert 1 <= len(digits) <= 2, texts[0]
limit = float(m.group(1))
strength = {r["id"]: float(r["strength"] or 0) for r in csv.DictReader(open(sys.argv[2]))}
graph = next(g for g in root.iter(ns + "g") if g.get("class") == "graph")
hollow = [g.find(ns + "title").text for g in graph if g.get("class") == "node"
          and (el := next(g.iter(ns + "ellipse"), None)) is not None and el.get("fill") == "white"
          and g.find(ns + "title").text in strength]
assert hollow and all(strength[h] < limit for h in hollow), (limit, {h: strength[h] for h in hollow})
PY
    done
}
