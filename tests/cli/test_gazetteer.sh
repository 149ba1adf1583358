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
assert nur == [{"name": "Nur-Sultan", "since": "2019-03-23", "until": "2022-09-17",
                "source_ref": "kaz-capital-2019"}], nur
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
