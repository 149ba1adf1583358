# End-to-end tests of attendance (sourced by run.sh): an event names the
# organization that convened it ("organization"), only that organization's
# active members are scored on it, and metrics, batch and compare give the
# same number.

test_validate_checks_the_event_organization() {
    run validate tests/data/bad/event-organization.json
    expect_status 1
    local f=tests/data/bad/event-organization.json
    expect_err_line "$f:5:50: error: the event's organization \"A\" is a state, not an organization (at /entities/0/organization)"
    expect_err_line "$f:6:50: error: expected a string for \"organization\", found a number (at /entities/1/organization)"
    expect_err_line "$f:7:50: error: the event's organization \"NOPE\" is not a declared entity (at /entities/2/organization)"
    expect_err_line "$f:8:66: error: expected a string for \"place\", found an array (at /entities/3/place)"
    [ "$(wc -l <"$SCRATCH/err")" -eq 4 ] || fail "H names an organization: no other error expected"
}

# attendance_everywhere FILE...: metrics (per convened event), batch (one
# number per group) and compare (the series) against Python's own count
# from the snapshot files.
attendance_everywhere() {
    local dir="$SCRATCH/att"
    rm -rf "$dir" && mkdir -p "$dir"
    local i=0 f
    for f in "$@"; do
        "$ENTENTE" metrics "$f" --level groups --format json -o "$dir/m$i.json" || return 1
        i=$((i + 1))
    done
    "$ENTENTE" batch "$@" --groups "$dir/groups.csv" -o "$dir/batch.csv" -j 1 --quiet 2>/dev/null || return 1
    "$ENTENTE" compare "$@" "$@" -o "$dir/cmp" 2>/dev/null || return 1
    python3 - "$dir" "$@" <<'PY'
import csv, json, sys
d, files = sys.argv[1], sys.argv[2:]
def expected(path):
    s = json.load(open(path))
    ents = {e["id"]: e for e in s["entities"]}
    rels = s["relations"]
    out = {}
    for org in (e["id"] for e in s["entities"] if e["type"] == "organization"):
        members = {r["source"] for r in rels if r["type"] == "member_of" and r["target"] == org
                   and r.get("status", "active") == "active"}
        if not members:
            continue
        shares = {}
        for ev in (e for e in s["entities"] if e["type"] == "event" and e.get("organization") == org):
            came = {r["source"] for r in rels if r["type"] == "attends" and r["target"] == ev["id"]}
            shares[ev["id"]] = len(came & members) / len(members)
        out[org] = (shares, sum(shares.values()) / len(shares) if shares else None)
    return s["id"], out
batch = list(csv.DictReader(open(f"{d}/groups.csv")))
tidy = [r for r in csv.DictReader(open(f"{d}/cmp/compare.csv")) if r["metric"] == "attendance"]
checked = 0
for i, path in enumerate(files):
    sid, want = expected(path)
    groups = {g["id"]: g for g in json.load(open(f"{d}/m{i}.json"))["groups"]}
    assert set(groups) == set(want), (sid, set(groups), set(want))
    for org, (shares, mean) in want.items():
        got = groups[org]["attendance"]
        assert got.keys() == shares.keys(), (sid, org, got, shares)
        assert all(abs(got[k] - v) < 1e-12 for k, v in shares.items()), (sid, org, got, shares)
        row = next(r for r in batch if r["snapshot"] == sid and r["group"] == org)
        series = [r["value"] for r in tidy if r["snapshot"] == sid and r["id"] == org]
        if mean is None:
            assert row["attendance"] == "" and series in ([], ["", ""]), (sid, org, row, series)
        else:
            assert abs(float(row["attendance"]) - mean) < 1e-12, (sid, org, row["attendance"], mean)
            assert len(series) == 2 and all(abs(float(v) - mean) < 1e-12 for v in series), (sid, org, series, mean)
            checked += 1
assert checked, "no group with a convened event"
print(checked)
PY
}

test_attendance_is_scored_for_the_convener_only_and_is_one_number_everywhere() {
    run metrics tests/data/attendance/convened.json --level groups --format csv
    expect_status 0
    # E1 (AB's): X came, Y stayed away, W came but is no AB member: 1/3.
    # E2 (BB's): Y and W came (Z is no BB member): 1. E3: nobody convened it.
    expect_out_line 'AB,X;Y;Z,,3,0.3333333333333333,,,0,,1,,,,,'
    expect_out_line 'BB,Y;W,,2,,1,,0,,1,,,,,'
    local checked
    checked=$(attendance_everywhere tests/data/attendance/convened.json) || fail "outputs disagree: $checked"
    [ "$checked" = 2 ] || fail "checked $checked groups"
}

test_csto_attendance_is_the_same_in_metrics_batch_and_compare() {
    local checked
    checked=$(attendance_everywhere graphs/csto-2022-yerevan.json graphs/csto-2023-minsk.json \
        graphs/csto-2024-astana.json graphs/csto-2025-bishkek.json) || fail "outputs disagree: $checked"
    # The CSTO convened each summit; the EAEU, CIS, SCO and Union State none.
    [ "$checked" = 4 ] || fail "checked $checked groups"
    run metrics graphs/csto-2023-minsk.json --level groups --format csv
    expect_out_has 'CSTO,ARM;BLR;KAZ;KGZ;RUS;TJK,,6,0.8333333333333334,'
    expect_out_has 'EAEU,ARM;BLR;KAZ;KGZ;RUS,,5,,'
}
