# Tests of the world gazetteer (sourced by run.sh): the committed file is
# what scripts/make-gazetteer writes, and it loads.

test_gazetteer_is_the_output_of_its_script() {
    if [ ! -d ../shared/data/cow-capitals ] || [ ! -f /usr/share/iso-codes/json/iso_3166-1.json ]; then
        echo "SKIP: $CURRENT: ../shared/data or iso-codes is missing, so graphs/gazetteer.json cannot be rebuilt"
        return
    fi
    python3 scripts/make-gazetteer -o "$SCRATCH/gazetteer.json" ||
        fail "scripts/make-gazetteer failed"
    cmp -s "$SCRATCH/gazetteer.json" graphs/gazetteer.json ||
        fail "graphs/gazetteer.json differs from scripts/make-gazetteer's output: run the script and commit"
    python3 scripts/make-gazetteer -o "$SCRATCH/again.json"
    cmp -s "$SCRATCH/gazetteer.json" "$SCRATCH/again.json" || fail "two runs differ"
    python3 scripts/make-gazetteer --check || fail "--check rejects the committed file"
}

test_gazetteer_knows_the_world() {
    python3 - <<'PY' || fail "gazetteer content"
import json
g = json.load(open("graphs/gazetteer.json"))
by_id = {e["id"]: e for e in g["entities"]}
states = [e for e in g["entities"] if e["type"] == "state"]
members = [e for e in states if e.get("note") == "UN member state"]
assert len(members) == 193, len(members)
for code in ("VAT", "PSE", "XKX", "TWN"):
    assert by_id[code]["type"] == "state", code
for org in ("UN", "NATO", "EU", "OSCE", "CSTO", "CIS", "EAEU", "EURASEC", "SCO",
            "BRICS", "UNION-STATE", "OTS", "GCC", "ASEAN", "AU", "ECOWAS", "AES",
            "LAS", "OIC", "G7", "G20"):
    assert by_id[org]["type"] == "organization", org
assert "ODKB" in by_id["CSTO"]["abbreviations"]
assert "Kyrgyz Republic" in by_id["KGZ"]["aliases"]
nur = [c for c in by_id["KAZ"]["capitals"] if isinstance(c, dict) and c["name"] == "Nur-Sultan"]
assert nur == [{"name": "Nur-Sultan", "since": "2019-03-23", "until": "2022-09-18",
                "source_ref": ["kaz-capital-2019", "kaz-capital-2022"]}], nur
sources = {s["id"] for s in g["sources"]}
for e in g["entities"]:
    refs = e["source_ref"]
    for ref in [refs] if isinstance(refs, str) else refs:
        assert ref in sources, (e["id"], ref)
PY
}

test_gazetteer_loads_for_extraction() {
    run extract graphs/articles/csto-bishkek-summit-2025.txt --gazetteer graphs/gazetteer.json --date 2025-11-27
    expect_status 0
    expect_err_empty
}

# Leaders 2000-2026 and secretaries general: terms as the cited sources
# give them (graphs/README.md), checked against values written by hand.
test_gazetteer_knows_leaders_since_2000() {
    python3 - <<'PY' || fail "gazetteer leaders"
import json
g = json.load(open("graphs/gazetteer.json"))
by_id = {e["id"]: e for e in g["entities"]}
def terms(pid):
    return [(o["role"], o["of"], o.get("since"), o.get("until"))
            for o in by_id[pid]["offices"]]
assert terms("putin") == [("president", "RUS", "2000-05-07", "2008-05-07"),
                          ("prime minister", "RUS", "2008-05-08", "2012-05-08"),
                          ("president", "RUS", "2012-05-07", None)], terms("putin")
assert ("president", "RUS", "2008-05-07", "2012-05-07") in terms("medvedev")
assert terms("pashinyan") == [
    ("prime minister", "ARM", "2018-05-08", "2021-04-25"),
    ("acting prime minister", "ARM", "2021-04-25", "2021-08-02"),
    ("prime minister", "ARM", "2021-08-02", None)], terms("pashinyan")
assert terms("aliyev-heydar") == [("president", "AZE", "1993-06-18", "2003-10-31")]
assert ("president", "BRA", "2003-01-01", "2011-01-01") in terms("lula")
assert terms("nazarbayev") == [("president", "KAZ", "1991-12-01", "2019-03")]
# REIGN ends a term the Factbook ends late (Bakiyev fled in April 2010),
# but not when power moved to the other office (Zardari stayed president).
assert ("president", "KGZ", "2005-08-14", "2010-04") in terms("bakiyev")
assert ("president", "PAK", "2008-09-09", "2013-09-09") in terms("zardari")
assert by_id["nazarbayev"]["offices"][0]["source_ref"] == ["factbook-editions", "reign"]
assert terms("rutte") == [("prime minister", "NLD", "2010-10-14", "2024-07-02"),
                          ("secretary general", "NATO", "2024-10-01", None)], terms("rutte")
assert ("secretary general", "NATO", "2014-10-01", "2024-10-01") in terms("stoltenberg")
assert ("secretary general", "CSTO", "2003", "2016-12-31") in terms("bordyuzha")
# Common English names, the Factbook's formal form kept as an alias.
assert by_id["truss"]["name"] == "Liz Truss"
assert "Mary Elizabeth Truss" in by_id["truss"]["aliases"]
assert by_id["medvedev"]["name"] == "Dmitry Medvedev"
# Namesakes: the bare surname names nobody; ids follow the README's rule.
assert by_id["sharif-nawaz"]["name"] == "Nawaz Sharif"
assert "Sharif" not in by_id["sharif"].get("aliases", [])
# A bare surname that is an English word is no alias ("May 2024").
assert "May" not in by_id["may"].get("aliases", []) and by_id["may"]["name"] != "May"
# No person holds two overlapping offices of the same role and state.
for e in g["entities"]:
    offices = e.get("offices", [])
    for i, a in enumerate(offices):
        for b in offices[i + 1:]:
            if (a["role"], a["of"]) == (b["role"], b["of"]):
                assert a.get("until", "9999") <= b.get("since", "0000") or \
                    b.get("until", "9999") <= a.get("since", "0000"), (e["id"], a, b)
# Every office cites a source the file lists; none cites the old hand file.
sources = {s["id"] for s in g["sources"]}
for e in g["entities"]:
    for o in e.get("offices", []):
        refs = o["source_ref"] if isinstance(o["source_ref"], list) else [o["source_ref"]]
        assert refs and all(r in sources for r in refs), (e["id"], o)
assert "entente-v0" not in sources
PY
}

# Ids published once never change: every pinned id is still there.
test_gazetteer_keeps_published_person_ids() {
    python3 - <<'PY' || fail "pinned person ids"
import json
g = json.load(open("graphs/gazetteer.json"))
ids = {e["id"] for e in g["entities"]}
pinned = [line.split("\t")[0] for line in open("data/gazetteer/person-ids.tsv")
          if line.strip() and not line.startswith("#")]
missing = sorted(set(pinned) - ids)
assert len(pinned) > 150 and not missing, missing
PY
}

# scripts/audit-leaders: years without a head of state, of government or a
# secretary general, on a gazetteer made by hand, then on the real one.
# CSTO: 6 members 2002-2026 and UZB 2002-2011 (COW) = 160 state-years; ARM
# has a president 2002-2008 (7), a prime minister 2010-2012 (3).
test_audit_leaders_lists_the_gaps() {
    cat >"$SCRATCH/tiny.json" <<'JSON'
{"entities": [
 {"id": "a", "type": "person", "offices": [{"role": "president", "of": "ARM", "since": "1998-02-04", "until": "2008-04-09"}]},
 {"id": "b", "type": "person", "offices": [{"role": "prime minister", "of": "ARM", "since": "2010", "until": "2012-05"}]},
 {"id": "c", "type": "person", "offices": [{"role": "secretary general", "of": "CSTO", "since": "2003", "until": "2016-12-31"}]}
]}
JSON
    python3 scripts/audit-leaders --gazetteer "$SCRATCH/tiny.json" >"$SCRATCH/audit.txt" ||
        fail "audit-leaders failed"
    for line in "CSTO ARM: no head of state in 2009-2026" \
        "CSTO ARM: no head of government in 2002-2009, 2013-2026" \
        "CIS ARM: no head of government in 2000-2009, 2013-2026" \
        "EAEU ARM: no head of state in 2015-2026" \
        "CSTO: no secretary general in 2017-2026" \
        "NATO: no secretary general in 2000-2026" \
        "SCO AFG (observer): no head of state in 2012-2026" \
        "| CSTO | 7/160 (4%) | 3/160 (2%) | 14/24 years |"; do
        grep -qxF "$line" "$SCRATCH/audit.txt" || fail "audit lacks: $line"
    done
    grep -q "^CSTO ARM: no head of state in 2002" "$SCRATCH/audit.txt" && fail "ARM 2002-2008 has a president"
    grep -q "USA: no head of government" "$SCRATCH/audit.txt" && fail "the USA has no prime minister to miss"
    python3 scripts/audit-leaders >"$SCRATCH/real.txt" || fail "audit-leaders on graphs/gazetteer.json failed"
    grep -qxF "| organization | head of state | head of government | secretary general |" "$SCRATCH/real.txt" ||
        fail "the real audit has no table"
    # Karzai, Ghani, Akhundzada and Hasan Akhund cover AFG 2012-2026.
    grep -q "^SCO AFG" "$SCRATCH/real.txt" && fail "AFG should have no gap: $(grep '^SCO AFG' "$SCRATCH/real.txt")"
    run_status=0
    python3 scripts/audit-leaders --gazetteer "$SCRATCH/missing.json" 2>"$SCRATCH/err.txt" || run_status=$?
    [ "$run_status" = 1 ] || fail "a missing gazetteer should exit 1, not $run_status"
}
