# End-to-end tests of the attendance model of `entente extract` (sourced
# by run.sh): its weights are what scripts/train-attendance learns from
# the development gold, and --explain shows its decision for each leader.

test_attendance_model_weights_are_what_the_script_learns() {
    OUT=$(ENTENTE="$ENTENTE" python3 scripts/train-attendance --check 2>&1)
    status=$?
    expect_status 0
    # a weight changed by hand is caught
    sed 's/^    {-\{0,1\}[0-9]/    {9/' src/extract/attendance_weights.c >"$SCRATCH/weights.c"
    cmp -s src/extract/attendance_weights.c "$SCRATCH/weights.c" && fail "the copy was not changed"
    ENTENTE="$ENTENTE" python3 scripts/train-attendance --check --weights "$SCRATCH/weights.c" \
        >"$SCRATCH/out" 2>"$SCRATCH/err"
    status=$?
    ERR=$(cat "$SCRATCH/err")
    expect_status 1
    expect_err_has "is not what the development gold gives: run scripts/train-attendance"
}

test_attendance_model_is_explained_for_each_leader() {
    run extract graphs/articles/csto-bishkek-summit-2025.txt --date 2025-11-27 \
        --explain="$SCRATCH/explain.txt" -o "$SCRATCH/draft.json"
    expect_status 0
    cp "$SCRATCH/explain.txt" "$SCRATCH/out"
    expect_out_line "attendance model: each leader in office on 2025-11-27, drawn at p >= 0.85 when the rules did not"
    # "The Tokayev administration": named once, no participation word, no title
    expect_out_has "  model attends tokayev->summit-2025 "
    expect_out_has " not-drawn state KAZ: mentions=1 headline=0 lead=0 participates=0 near=0 "
    expect_out_has " drawn-by-rules state RUS: mentions=4 "
    [ "$(grep -c '^  model attends ' "$SCRATCH/out")" -eq 4 ] || fail "not one line per leader in office"
    python3 - "$SCRATCH/draft.json" <<'PY' || fail "the model drew a relation on the bundled article"
import json, sys
relations = json.load(open(sys.argv[1]))["relations"]
sys.exit(any(r["pattern"].startswith("attendance model") for r in relations))
PY
}

# The features count sentences in a fixed order and the probability
# prints rounded: two runs give the same bytes.
test_attendance_model_explains_the_same_bytes_every_run() {
    for k in 1 2; do
        run extract tests/extract/aapnews-asean-vientiane-2024.txt --date 2024-10-09 \
            --explain="$SCRATCH/explain$k.txt" -o "$SCRATCH/draft$k.json"
        expect_status 0
    done
    cmp -s "$SCRATCH/explain1.txt" "$SCRATCH/explain2.txt" || fail "explanations differ"
    cmp -s "$SCRATCH/draft1.json" "$SCRATCH/draft2.json" || fail "drafts differ"
    # The probability moves a little with every retraining of the weights
    # (scripts/train-attendance); the decision, the state and the evidence
    # must not: at or above the threshold 0.85 (cross-validated over 87
    # articles, the model's additions right 38 times in 38 at 0.85),
    # drawn, with the words that weighed most after the features.
    grep -Eq 'model attends sonxai->summit-2024 (0\.(8[5-9]|9[0-9])[0-9]|1\.000) drawn state LAO evidence \[1118, 1397\): .* clean=1 lexical=-?[0-9.]+ words: ' "$SCRATCH/explain1.txt" ||
        fail "Laos' prime minister not drawn by the model"
}

# Invented wire copy of another region and organization (the Southern
# African Development Community in Harare): the host, listed among the
# participants by a sentence no rule reads for him, is drawn by the model
# below every rule's confidence; leaders the text says stayed away
# ("did not travel", "was not among", "invited but sent a message
# instead") are not drawn however much the article names the summit.
test_attendance_model_reads_invented_wire_copy() {
    printf '%s\n\n%s\n\n%s\n' \
        "Leaders of the Southern African Development Community gathered in Harare on Saturday for the extraordinary summit of the bloc." \
        "Among the participants in the summit of the bloc were Hakainde Hichilema and the host, Emmerson Mnangagwa." \
        "The summit adopted a communique on the east of Congo." >"$SCRATCH/drawn.txt"
    run extract "$SCRATCH/drawn.txt" --date 2024-08-17 --explain="$SCRATCH/explain.txt" \
        -o "$SCRATCH/drawn.json"
    expect_status 0
    python3 - "$SCRATCH/drawn.json" <<'PY' || fail "the host not drawn by the model"
import json, sys
found = {r["source"]: r for r in json.load(open(sys.argv[1]))["relations"] if r["type"] == "attends"}
r = found["mnangagwa"]
assert r["pattern"] == "attendance model (features of the whole article)", r
assert r["confidence"] <= 0.75, r
assert "hichilema" in found, found
PY
    grep -Eq '^  model words mnangagwa near: ' "$SCRATCH/explain.txt" || fail "no words line"
    printf '%s\n\n%s\n\n%s\n\n%s\n' \
        "Leaders of the Southern African Development Community met in Harare on Saturday for the bloc's extraordinary summit." \
        "Cyril Ramaphosa did not travel to Harare and was not among the heads of state in the hall." \
        "Hakainde Hichilema was invited but sent a message instead." \
        "Emmerson Mnangagwa, the host, told the leaders that the region must act together." >"$SCRATCH/away.txt"
    run extract "$SCRATCH/away.txt" --date 2024-08-17 -o "$SCRATCH/away.json"
    expect_status 0
    python3 - "$SCRATCH/away.json" <<'PY' || fail "a leader who stayed away was drawn"
import json, sys
drawn = [r["source"] for r in json.load(open(sys.argv[1]))["relations"] if r["type"] == "attends"]
assert not set(drawn) & {"ramaphosa", "hichilema", "ZAF", "ZMB"}, drawn
PY
}
