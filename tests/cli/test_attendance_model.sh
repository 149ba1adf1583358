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
    expect_out_line "attendance model: each leader in office on 2025-11-27, drawn at p >= 0.90 when the rules did not"
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
    # must not: at or above the threshold 0.90 (cross-validated, the model
    # alone right 254 times in 255 at 0.90), drawn.
    grep -Eq 'model attends sonxai->summit-2024 (0\.9[0-9][0-9]|1\.000) drawn state LAO evidence \[1118, 1397\): ' "$SCRATCH/explain1.txt" ||
        fail "Laos' prime minister not drawn by the model"
}
