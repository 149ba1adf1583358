# End-to-end tests of compare's summary.md opening and close (sourced by
# run.sh): at most five headline findings naming countries, computed from
# the facts (no organization is known to the code), each group's hub and
# top supplier, dates as prose with the summit's place, sources last.

# headlines FILE: the lines of the Headlines section.
headlines() { sed -n '/^## Headlines$/,/^## /p' "$1" | grep '^- '; }

test_summary_opens_with_the_csto_headlines() {
    local out="$SCRATCH/sum"
    run compare graphs/csto-2022-yerevan.json graphs/csto-2023-minsk.json \
        graphs/csto-2024-astana.json graphs/csto-2025-bishkek.json -o "$out"
    expect_status 0
    local want
    want=$(printf '%s\n' \
        "- Armenia froze its CSTO participation in 2024 and missed the 2023–2025 summits." \
        "- Russia was the hub of CSTO in all four snapshots (hub share 0.82 to 0.93) and its members' top arms supplier (mean dependency 0.75 to 0.66)." \
        "- Belarus became a full member of SCO by 2024.")
    [ "$(headlines "$out/summary.md")" = "$want" ] || fail "headlines: $(headlines "$out/summary.md")"
    # The headlines come right after the snapshot table and its note.
    [ "$(grep '^## ' "$out/summary.md" | head -2 | tr '\n' '|')" = "## Headlines|## Attendance|" ] ||
        fail "sections: $(grep '^## ' "$out/summary.md" | tr '\n' '|')"
    grep -qxF "Russia was the hub of EAEU in all four snapshots (hub share 1) and its members' top arms supplier (mean dependency 0.73 to 0.55)." "$out/summary.md" ||
        fail "no hub sentence for the EAEU"
    grep -qxF "## From the Astana summit (28 November 2024) to the Bishkek summit (27 November 2025)" "$out/summary.md" ||
        fail "pair heading without prose dates"
    grep -qxF -- "- Armenia (ARM) attended the Yerevan summit (23 November 2022), then stayed away from the Minsk summit (23 November 2023), the Astana summit (28 November 2024) and the Bishkek summit (27 November 2025)." "$out/summary.md" ||
        fail "attendance story without prose dates"
    grep -qF "| measure | Yerevan 2022 | Minsk 2023 | Astana 2024 | Bishkek 2025 | change |" "$out/summary.md" ||
        fail "table heads are not place and year"
    ! sed '/^## Sources$/,$d' "$out/summary.md" | grep -qE '[0-9]{4}-[0-9]{2}-[0-9]{2}' ||
        fail "an ISO date left in the prose: $(sed '/^## Sources$/,$d' "$out/summary.md" | grep -E '[0-9]{4}-[0-9]{2}-[0-9]{2}')"
    # It ends with the sources: every distinct (title, address) once.
    python3 - "$out/summary.md" graphs/csto-20*.json <<'PY' || fail "sources"
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
head, _, tail = text.partition("\n## Sources\n\n")
assert tail and "\n## " not in tail, "Sources is not the last section"
lines = tail.strip().split("\n")
seen = []
for f in sys.argv[2:]:
    for s in json.load(open(f))["sources"]:
        if (s.get("title"), s.get("url")) not in seen:
            seen.append((s.get("title"), s.get("url")))
assert len(lines) == len(seen), (len(lines), len(seen))
for line, (title, url) in zip(lines, seen):
    assert line.startswith("- ") and f"<{url}>" in line, (line, url)
PY
}

test_summary_headlines_of_the_small_fixtures() {
    local out="$SCRATCH/sum2"
    run compare tests/data/compare/base.json tests/data/compare/edited.json -o "$out"
    expect_status 0
    [ "$(headlines "$out/summary.md")" = "- The hub of BLOC moved: Russia (2024), Kazakhstan (2025) (hub share 1); Russia was its members' top arms supplier (mean dependency 0.19 to 0.12)." ] ||
        fail "base to edited: $(headlines "$out/summary.md")"
    tail -1 "$out/summary.md" | grep -qxF "The snapshots name no source." || fail "no sources line"
    run compare tests/data/compare/base.json tests/data/compare/edited.json tests/data/compare/disjoint.json -o "$out"
    expect_status 0
    # Seven memberships changed; five headlines at most.
    local want
    want=$(printf '%s\n' "- Germany joined EU by 2026." "- France joined EU by 2026." \
        "- Kazakhstan left BLOC by 2026." "- Russia left BLOC by 2026." "- Tajikistan left BLOC by 2026.")
    [ "$(headlines "$out/summary.md")" = "$want" ] || fail "three snapshots: $(headlines "$out/summary.md")"
    run compare tests/data/attendance/convened.json tests/data/attendance/convened.json -o "$out"
    expect_status 0
    # The snapshot's summit is the first convened event, AB's E1.
    [ "$(headlines "$out/summary.md")" = "- AB had no tie among its members; no arms supplier of its members is recorded." ] ||
        fail "the convener: $(headlines "$out/summary.md")"
}

test_summary_and_chart_code_name_no_organization() {
    # Code lines, not the comments that quote an example.
    local found
    found=$(grep -nE 'csto|armenia|russia|"ARM"|"RUS"' -i src/compare/compare_headlines.c \
        src/compare/compare_summary.c src/compare/compare_chart.c src/compare/compare_facts.c |
        grep -vE '^[^:]+:[0-9]+: *(/\*|\*)')
    [ -z "$found" ] || fail "organization- or country-specific code: $found"
}
