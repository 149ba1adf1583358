# End-to-end tests of `entente import` (sourced by run.sh).

IMP=tests/data/import
GAZ=graphs/gazetteer.json
# ../shared/data beside the repository, as in CI; tests that need it
# report themselves skipped when it is absent.
SHARED="$ROOT/../shared/data"

# validate_strict PATH...: every output passes `validate --strict`.
validate_strict() {
    "$ENTENTE" validate --strict "$@" >"$SCRATCH/imp-validate.out" 2>&1 ||
        fail "validate --strict: $(head -3 "$SCRATCH/imp-validate.out")"
}

# relations FILE: "type source target" per relation, sorted.
relations() {
    python3 -c '
import json, sys
for r in json.load(open(sys.argv[1]))["relations"]:
    print(r["type"], r["source"], r["target"])' "$1" | sort
}

have_shared() {
    if [ ! -d "$SHARED" ]; then
        echo "SKIP: $CURRENT: ../shared/data is absent"
        return 1
    fi
}

test_import_memberships_on_a_date() {
    run import $IMP/memberships.csv --map $IMP/memberships.map.json \
        --entities $IMP/entities.csv --date 2024-06-01 -o "$SCRATCH/imp-m.json"
    expect_status 0
    expect_err_empty
    validate_strict "$SCRATCH/imp-m.json"
    # UZB left the CSTO on 2012-12-19; its EAEU observer row has no dates.
    [ "$(relations "$SCRATCH/imp-m.json")" = "member_of ARM CSTO
member_of KAZ CSTO
member_of RUS CSTO
member_of UZB EAEU" ] || fail "relations: $(relations "$SCRATCH/imp-m.json")"
    python3 - "$SCRATCH/imp-m.json" <<'PY' || fail "sources, rows or attributes"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["sources"] == [{"id": "table", "title": "Membership sheet kept by the desk",
                         "publisher": "example", "file": "memberships.csv"}], s["sources"]
arm = s["relations"][0]
assert arm["source_ref"] == "table" and arm["row"] == 2 and arm["status"] == "frozen"
assert arm["comment"] == "freeze announced 22 February 2024"
assert "left" not in arm  # empty cells are left out
ents = {e["id"]: e for e in s["entities"]}
assert ents["KAZ"]["iso_numeric"] == "398" and ents["RUS"]["aliases"] == ["Russian Federation"]
assert s["title"] == "Eurasian memberships (example)" and s["date"] == "2024-06-01"
PY
}

test_import_every_year_writes_a_series_for_batch() {
    run import $IMP/memberships.csv --map $IMP/memberships.map.json \
        --entities $IMP/entities.csv --every year --from 2010 --to 2013 \
        --day 06-30 -o "$SCRATCH/imp-series"
    expect_status 0
    [ "$(ls "$SCRATCH/imp-series" | tr '\n' ' ')" = "memberships-2010.json memberships-2011.json memberships-2012.json memberships-2013.json " ] ||
        fail "files: $(ls "$SCRATCH/imp-series")"
    validate_strict "$SCRATCH/imp-series"
    # On 2012-06-30 Uzbekistan is still in the CSTO; on 2013-06-30 not.
    relations "$SCRATCH/imp-series/memberships-2012.json" | grep -qx "member_of UZB CSTO" ||
        fail "UZB missing in 2012"
    relations "$SCRATCH/imp-series/memberships-2013.json" | grep -q "UZB CSTO" &&
        fail "UZB still in the CSTO in 2013"
    grep -q '"date": "2012-06-30"' "$SCRATCH/imp-series/memberships-2012.json" || fail "date"
    grep -q '"id": "memberships-2012"' "$SCRATCH/imp-series/memberships-2012.json" || fail "id"
    run batch "$SCRATCH/imp-series" -o "$SCRATCH/imp-series.csv"
    expect_status 0
    [ "$(wc -l <"$SCRATCH/imp-series.csv")" -eq 5 ] || fail "batch rows"
}

test_import_without_a_date_keeps_every_spell() {
    run import $IMP/memberships.csv --map $IMP/memberships.map.json \
        --entities $IMP/entities.csv
    expect_status 0
    [ "$(grep -c '"type": "member_of"' "$SCRATCH/out")" -eq 5 ] || fail "5 rows"
}

test_import_tsv_names_from_the_gazetteer() {
    run import $IMP/names.tsv --map $IMP/names.map.json -g $GAZ --date 2010
    expect_status 0
    printf '%s\n' "$OUT" >"$SCRATCH/imp-names.json"
    validate_strict "$SCRATCH/imp-names.json"
    [ "$(relations "$SCRATCH/imp-names.json")" = "member_of KAZ CSTO
member_of RUS CSTO
member_of UZB CSTO" ] || fail "relations: $(relations "$SCRATCH/imp-names.json")"
    expect_out_has '"name": "Collective Security Treaty Organization"'
}

test_import_create_entities_and_weights() {
    printf 'importer,supplier,share,basis\nKAZ,RUS,0.88,SIPRI 2020-24\nKAZ,Atlantis,0.12,rest\n' \
        >"$SCRATCH/imp-arms.csv"
    run import "$SCRATCH/imp-arms.csv" --map $IMP/arms.map.json -g $GAZ --create-entities state
    expect_status 0
    printf '%s\n' "$OUT" >"$SCRATCH/imp-arms.json"
    validate_strict "$SCRATCH/imp-arms.json"
    python3 - "$SCRATCH/imp-arms.json" <<'PY' || fail "weights or new entity"
import json, sys
s = json.load(open(sys.argv[1]))
w = {(r["source"], r["target"]): r["weight"] for r in s["relations"]}
assert w == {("KAZ", "RUS"): 0.88, ("KAZ", "Atlantis"): 0.12}, w
assert {"id": "Atlantis", "type": "state"} in s["entities"]
assert s["relations"][0]["basis"] == "SIPRI 2020-24"
PY
}

# expect_import_error FILE MAP LINE...: exit 1, exactly these lines, nothing written.
expect_import_error() {
    local table=$1 map=$2
    shift 2
    rm -rf "$SCRATCH/imp-never.json"
    run import "$table" --map "$map" -g $GAZ --date 2005 -o "$SCRATCH/imp-never.json"
    expect_status 1
    local line
    for line in "$@"; do
        expect_err_line "$line"
    done
    [ "$(wc -l <"$SCRATCH/err")" -eq $# ] || fail "more lines than expected"
    [ ! -e "$SCRATCH/imp-never.json" ] || fail "an output was written"
}

test_import_reports_an_unterminated_quote() {
    expect_import_error $IMP/bad/unterminated.csv $IMP/joined.map.json \
        "$IMP/bad/unterminated.csv:3:5: error: unterminated quote: the field that opens here never closes"
}

test_import_reports_ragged_rows() {
    expect_import_error $IMP/bad/ragged.csv $IMP/joined.map.json \
        "$IMP/bad/ragged.csv:3:10: error: ragged row: 2 fields, the header has 3" \
        "$IMP/bad/ragged.csv:4:15: error: ragged row: 4 fields, the header has 3"
}

test_import_reports_bad_dates() {
    expect_import_error $IMP/bad/dates.csv $IMP/joined.map.json \
        "$IMP/bad/dates.csv:2:10: error: bad date \"1992-02-30\" in \"since\": expected YYYY-MM-DD, YYYY-MM or YYYY" \
        "$IMP/bad/dates.csv:3:10: error: bad date \"May 1992\" in \"since\": expected YYYY-MM-DD, YYYY-MM or YYYY"
}

test_import_reports_bad_weights() {
    expect_import_error $IMP/bad/weights.csv $IMP/arms.map.json \
        "$IMP/bad/weights.csv:3:9: error: weight \"lots\" is not a finite number" \
        "$IMP/bad/weights.csv:4:9: error: weight 1.5 is out of range: it must be in (0, 1] for a share" \
        "$IMP/bad/weights.csv:5:9: error: weight 0 is out of range: it must be in (0, 1] for a share"
}

test_import_reports_an_unknown_entity() {
    expect_import_error $IMP/bad/unknown-entity.csv $IMP/joined.map.json \
        "$IMP/bad/unknown-entity.csv:3:1: error: unknown entity \"Narnia\": not in the entities table or the gazetteer (--create-entities TYPE makes it)"
}

test_import_reports_an_unknown_column_in_the_map() {
    expect_import_error $IMP/bad/dates.csv $IMP/bad/unknown-column.map.json \
        "$IMP/bad/unknown-column.map.json:1:35: error: unknown column \"org\" in the map: the header of $IMP/bad/dates.csv has \"country\", \"organization\", \"joined\""
}

test_import_reports_a_relation_given_twice_on_the_date() {
    expect_import_error $IMP/bad/duplicate.csv $IMP/joined.map.json \
        "$IMP/bad/duplicate.csv:3:1: error: this row gives \"member_of\" between \"KAZ\" and \"CSTO\" again (line 2), both in force on 2005"
}

test_import_series_with_bad_input_writes_no_file() {
    run import $IMP/bad/duplicate.csv --map $IMP/joined.map.json -g $GAZ \
        --every year --from 1990 --to 2005 -o "$SCRATCH/imp-noseries"
    expect_status 1
    [ ! -e "$SCRATCH/imp-noseries" ] || fail "the directory was made"
}

test_import_never_overwrites_an_input() {
    cp $IMP/memberships.csv "$SCRATCH/imp-keep.csv"
    local before
    before=$(cksum <"$SCRATCH/imp-keep.csv")
    run import "$SCRATCH/imp-keep.csv" --map $IMP/memberships.map.json \
        --entities $IMP/entities.csv -o "$SCRATCH/imp-keep.csv"
    expect_status 2
    expect_err_has "-o would overwrite the input"
    [ "$(cksum <"$SCRATCH/imp-keep.csv")" = "$before" ] || fail "the input changed"
}

test_import_usage_errors() {
    run import $IMP/memberships.csv
    expect_status 2
    expect_err_has "needs --map"
    run import --preset nonsense x.csv
    expect_status 2
    run import $IMP/memberships.csv --map $IMP/memberships.map.json --every year --from 2000
    expect_status 2
    run import $IMP/memberships.csv --map $IMP/memberships.map.json --date 2024-02-30
    expect_status 2
}

test_import_help_explains_the_map_and_presets() {
    run import --help
    expect_status 0
    expect_out_has '"columns"'
    expect_out_has "sipri-register"
    expect_out_has "Exit status: 0 success, 1 bad input, 2 bad usage"
}

test_import_is_deterministic() {
    "$ENTENTE" import $IMP/memberships.csv --map $IMP/memberships.map.json \
        --entities $IMP/entities.csv >"$SCRATCH/imp-d1.json"
    "$ENTENTE" import $IMP/memberships.csv --map $IMP/memberships.map.json \
        --entities $IMP/entities.csv >"$SCRATCH/imp-d2.json"
    cmp -s "$SCRATCH/imp-d1.json" "$SCRATCH/imp-d2.json" || fail "two runs differ"
}

test_import_reports_a_header_column_given_twice() {
    printf 'country,organization,note,note\nKAZ,CSTO,a,b\n' >"$SCRATCH/imp-twice.csv"
    run import "$SCRATCH/imp-twice.csv" --map $IMP/joined.map.json -g $GAZ
    expect_status 1
    expect_err_line "$SCRATCH/imp-twice.csv:1:27: error: column \"note\" appears twice in the header"
}
