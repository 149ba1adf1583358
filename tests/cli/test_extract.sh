# End-to-end tests of `entente extract` (sourced by run.sh).

ARTICLE=graphs/articles/csto-bishkek-summit-2025.txt

# has_relation TYPE SOURCE TARGET: the snapshot in $SCRATCH/out has it,
# with evidence, span, confidence and extracted: true.
has_relation() {
    python3 - "$SCRATCH/out" "$1" "$2" "$3" <<'PY' || fail "no $1 $2 -> $3 with evidence"
import json, sys
path, kind, source, target = sys.argv[1:]
text = open("graphs/articles/csto-bishkek-summit-2025.txt", "rb").read()
for r in json.load(open(path))["relations"]:
    if (r["type"], r["source"], r["target"]) == (kind, source, target):
        start, end = r["span"]
        assert text[start:end].decode() == r["evidence"], "span and evidence differ"
        assert 0 < r["confidence"] <= 1 and r["extracted"] is True
        sys.exit(0)
sys.exit(1)
PY
}

test_extract_bundled_article_validates() {
    run extract "$ARTICLE" --date 2025-11-27 -o "$SCRATCH/draft.json"
    expect_status 0
    expect_err_empty
    run validate --strict "$SCRATCH/draft.json"
    expect_status 0
    expect_out_has "ok,"
}

test_extract_bundled_article_states_the_summit_facts() {
    run extract "$ARTICLE" --date 2025-11-27
    expect_status 0
    has_relation absent_from ARM summit-2025
    has_relation chairs RUS CSTO
    has_relation national_of masadykov KGZ
    has_relation leads masadykov CSTO
    has_relation border_risk TJK AFG
    has_relation offers_arms_to RUS CSTO
    has_relation hosts KGZ summit-2025
    expect_out_has '"term": "2026"'
    expect_out_has '"file": "graphs/articles/csto-bishkek-summit-2025.txt"'
}

test_extract_is_deterministic() {
    "$ENTENTE" extract "$ARTICLE" >"$SCRATCH/a.json"
    "$ENTENTE" extract "$ARTICLE" >"$SCRATCH/b.json"
    cmp -s "$SCRATCH/a.json" "$SCRATCH/b.json" || fail "two runs differ"
}

test_extract_names_the_event_from_options() {
    run extract "$ARTICLE" --event bishkek-2025 --title "CSTO summit" --date 2025-11-27
    expect_status 0
    expect_out_has '"id": "bishkek-2025"'
    expect_out_has '"title": "CSTO summit"'
}

test_extract_min_confidence_drops_weaker_relations() {
    run extract "$ARTICLE" --min-confidence 0.9
    expect_status 0
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["relations"]; sys.exit(0 if r and min(x["confidence"] for x in r) >= 0.9 else 1)' "$SCRATCH/out" ||
        fail "a relation below 0.9 was kept"
}

# gold_set_gate SET MIN_PRECISION MIN_RECALL: tests/extract/evaluate scores
# the set (summed over its articles) and fails below the gates.
gold_set_gate() {
    ENTENTE="$ENTENTE" python3 tests/extract/evaluate --set "$1" \
        --require-precision "$2" --require-recall "$3" >"$SCRATCH/out" 2>"$SCRATCH/err"
    status=$?
    OUT=$(cat "$SCRATCH/out")
    ERR=$(cat "$SCRATCH/err")
    expect_status 0
    expect_out_has "total $1 "
}

# Issue 12's targets: development precision >= 0.98 and recall >= 0.95,
# held-out precision >= 0.95 and recall >= 0.80, all four asserted
# (tests/extract/README.md, Results).
test_extract_eval_development_set() {
    # 67 articles (main after the twelfth round, 4 December 2026).
    # Precision: measured 0.993 (1519 of 1530); recall: measured 0.975
    # (1519 of 1558). Both targets (0.98, 0.95) are asserted.
    gold_set_gate development 0.98 0.95
}

# The twenty development articles the tenth round added (development-2,
# "development_batch": 2) are gated apart: their first run was 215/16/129
# (P 0.931, R 0.625), after the round 250/10/94 (P 0.962, R 0.727), after
# the eleventh 254/7/90 (P 0.973, R 0.738), after the twelfth 262/6/82
# (P 0.978, R 0.762). The
# gate holds what the round reached, so that no later change loses it,
# until they meet the development targets and join the first set.
test_extract_eval_second_development_set() {
    gold_set_gate development-2 0.97 0.76
}

# The eleventh round's two blind development batches (development-3 and
# development-4, eighteen articles each) are gated the same way, at what
# the round reached: development-3 first ran 209/16/115 (P 0.929,
# R 0.645) and, never seen by the round's tuners, ends at 210/19/114
# (P 0.917, R 0.648); development-4 first ran 194/17/183 (P 0.919,
# R 0.515) and ends at 255/17/122 (P 0.938, R 0.676). Neither is in the
# models' training (scripts/train-attendance, TRAINING_BATCHES). After the
# twelfth round, whose tuners again never saw development-3:
# development-3 211/19/113 (P 0.917, R 0.651), development-4 289/8/88
# (P 0.973, R 0.767).
test_extract_eval_third_development_set() {
    gold_set_gate development-3 0.91 0.65
}

test_extract_eval_fourth_development_set() {
    gold_set_gate development-4 0.97 0.76
}

# development-5: six articles annotated blind in the twelfth round and kept
# from its tuners (first run 55/12/85, P 0.821, R 0.393; after the round
# 57/13/83, P 0.814, R 0.407), gated at what the round left.
test_extract_eval_fifth_development_set() {
    gold_set_gate development-5 0.81 0.40
}

# development-6: six articles annotated blind at the start of the
# thirteenth round (CIS, EAEU, SCO, ECOWAS, GCC, NATO), kept from its tuners
# as the next round's check; reported, not gated, until it has been run.

test_extract_eval_held_out_set() {
    # Measured after the eleventh round: precision 0.976 (205 of 210),
    # recall 0.861 (205 of 238). Both targets (0.95, 0.80) are asserted.
    # The later batches (held-out-2 to held-out-7) are
    # reported, not gated (tests/extract/README.md).
    # Helpers who tune patterns set ENTENTE_SKIP_HELD_OUT=1 so that not even
    # this pass/fail gate runs on the held-out set in their worktrees; CI and
    # scripts/test never set it.
    if [ "${ENTENTE_SKIP_HELD_OUT:-0}" = 1 ]; then
        echo "note: $CURRENT skipped (ENTENTE_SKIP_HELD_OUT=1)"
        return
    fi
    gold_set_gate held-out 0.95 0.80
}

# fake_extractor FILE STATUS: a stand-in for entente whose --eval always
# prints the same rows (attends 2 1 0, leads 1 0 3) and exits with STATUS.
fake_extractor() {
    printf '#!/bin/sh\ncat <<ROWS\n%s\nROWS\nexit %s\n' \
        "type               tp   fp   fn  precision     recall         f1
attends             2    1    0      0.667      1.000      0.800
leads               1    0    3      1.000      0.250      0.400
overall             3    1    3      0.750      0.500      0.600" "$2" >"$1"
    chmod +x "$1"
}

# expect_totals_only SET N ARTICLES: the fake extractor's rows summed over
# the set's N articles, and none of ARTICLES (a grep pattern of some of
# its names) printed: a later held-out batch shows its totals only.
expect_totals_only() {
    local set=$1 n=$2 row
    OUT=$(python3 tests/extract/evaluate --entente "$SCRATCH/fake" --set "$set" 2>&1)
    echo "$OUT" >"$SCRATCH/out"
    expect_out_line "$set set, $n articles"
    row=$(printf '%-40s %4d %4d %4d %9s %9s' "total $set" $((3 * n)) "$n" $((3 * n)) 0.750 0.500)
    expect_out_line "$row"
    if grep -q "$3" "$SCRATCH/out"; then fail "$set printed an article"; fi
}

test_extract_evaluate_sums_each_set_over_its_articles() {
    local n row
    fake_extractor "$SCRATCH/fake" 0
    n=$(grep -L '"held_out": true' tests/extract/*.gold.json | xargs grep -L '"development_batch"' | wc -l)
    OUT=$(python3 tests/extract/evaluate --entente "$SCRATCH/fake" --set development 2>&1)
    echo "$OUT" >"$SCRATCH/out"
    row=$(printf '%-40s %4d %4d %4d %9s %9s' attends $((2 * n)) "$n" 0 0.667 1.000)
    expect_out_line "$row"
    row=$(printf '%-40s %4d %4d %4d %9s %9s' leads "$n" 0 $((3 * n)) 1.000 0.250)
    expect_out_line "$row"
    row=$(printf '%-40s %4d %4d %4d %9s %9s' "total development" $((3 * n)) "$n" $((3 * n)) 0.750 0.500)
    expect_out_line "$row"
    expect_out_line "development set, $n articles"
    if grep -q "held-out" "$SCRATCH/out"; then fail "--set development scored held-out articles"; fi
    # the tenth round's twenty development articles are a set of their
    # own, and so are the eleventh round's two batches of eighteen and the
    # twelfth round's six (development-5) and the thirteenth round's six
    # (development-6)
    local batch added
    for batch in 2:20 3:18 4:18 5:6 6:6; do
        added=$(grep -l "\"development_batch\": ${batch%:*}" tests/extract/*.gold.json | wc -l)
        [ "$added" = "${batch#*:}" ] || fail "development-${batch%:*}: $added files"
        OUT=$(python3 tests/extract/evaluate --entente "$SCRATCH/fake" --set "development-${batch%:*}" 2>&1)
        echo "$OUT" >"$SCRATCH/out"
        expect_out_line "development-${batch%:*} set, $added articles"
    done
    python3 tests/extract/evaluate --entente "$SCRATCH/fake" --set held-out --require-precision 0.76 \
        >/dev/null 2>"$SCRATCH/err"
    status=$?
    expect_status 1
    expect_err_line "evaluate: held-out precision 0.750 is below the required 0.76"
    # The later held-out batches are sets of their own: the first batch's
    # gate never counts them, and they print totals only.
    local first second third fourth fifth sixth seventh eighth ninth tenth
    first=$(grep -l '"held_out": true' tests/extract/*.gold.json | xargs grep -L '"held_out_batch"' | wc -l)
    second=$(grep -l '"held_out_batch": 2' tests/extract/*.gold.json | wc -l)
    third=$(grep -l '"held_out_batch": 3' tests/extract/*.gold.json | wc -l)
    fourth=$(grep -l '"held_out_batch": 4' tests/extract/*.gold.json | wc -l)
    fifth=$(grep -l '"held_out_batch": 5' tests/extract/*.gold.json | wc -l)
    sixth=$(grep -l '"held_out_batch": 6' tests/extract/*.gold.json | wc -l)
    seventh=$(grep -l '"held_out_batch": 7' tests/extract/*.gold.json | wc -l)
    eighth=$(grep -l '"held_out_batch": 8' tests/extract/*.gold.json | wc -l)
    ninth=$(grep -l '"held_out_batch": 9' tests/extract/*.gold.json | wc -l)
    tenth=$(grep -l '"held_out_batch": 10' tests/extract/*.gold.json | wc -l)
    [ "$first" = 14 ] && [ "$second" = 9 ] && [ "$third" = 10 ] && [ "$fourth" = 10 ] &&
        [ "$fifth" = 10 ] && [ "$sixth" = 10 ] && [ "$seventh" = 10 ] && [ "$eighth" = 5 ] &&
        [ "$ninth" = 5 ] && [ "$tenth" = 10 ] ||
        fail "held-out batches: $first, $second, $third, $fourth, $fifth, $sixth, $seventh, $eighth, $ninth and $tenth files"
    OUT=$(python3 tests/extract/evaluate --entente "$SCRATCH/fake" --set held-out 2>&1)
    echo "$OUT" >"$SCRATCH/out"
    expect_out_line "held-out set, $first articles"
    expect_totals_only held-out-2 "$second" "batch\|kananaskis\|rudaw"
    expect_totals_only held-out-3 "$third" "apulia\|gabala\|qingdao"
    expect_totals_only held-out-4 "$fourth" "khovar\|menafn\|allafrica"
    expect_totals_only held-out-5 "$fifth" "sectsco\|gccsg\|kyodo"
    expect_totals_only held-out-6 "$sixth" "eastday\|guardian\|tengrinews"
    expect_totals_only held-out-7 "$seventh" "pakobserver\|elombah\|tellerreport"
    expect_totals_only held-out-8 "$eighth" "egypttoday\|eagleeye\|livemint"
    expect_totals_only held-out-9 "$ninth" "daily8\|forumastana\|ocamagazine"
    expect_totals_only held-out-10 "$tenth" "jamestown\|6paihui\|ammonnews"
}

test_extract_evaluate_stops_when_the_extractor_fails() {
    fake_extractor "$SCRATCH/fake" 1
    python3 tests/extract/evaluate --entente "$SCRATCH/fake" >"$SCRATCH/out" 2>"$SCRATCH/err"
    status=$?
    expect_status 3
    expect_err_has "failed with status 1"
}

test_extract_eval_of_the_bundled_article_is_exact() {
    run extract "$ARTICLE" --eval tests/extract/csto-bishkek-2025.gold.json
    expect_status 0
    expect_out_line "overall            21    0    0      1.000      1.000      1.000"
}

test_extract_eval_reports_a_bad_gold_file() {
    printf '{"schema": "entente-gold/1", "relations": [\n  {"type": "hosts", "source": 3, "target": "summit"}]}\n' >"$SCRATCH/gold.json"
    run extract "$ARTICLE" --eval "$SCRATCH/gold.json"
    expect_status 1
    expect_err_line "$SCRATCH/gold.json:2:21: error: expected a non-empty string for \"source\" (at /relations/0/source)"
}

test_extract_rejects_an_empty_article() {
    : >"$SCRATCH/empty.txt"
    run extract "$SCRATCH/empty.txt"
    expect_status 1
    expect_err_line "$SCRATCH/empty.txt: error: the file is empty"
}

test_extract_rejects_invalid_utf8_at_its_position() {
    printf 'Armenia skipped\nthe summit \xe1 today.' >"$SCRATCH/bad.txt"
    run extract "$SCRATCH/bad.txt"
    expect_status 1
    expect_err_line "$SCRATCH/bad.txt:2:12: error: invalid UTF-8 byte 0xE1 (the file must be UTF-8 text)"
    expect_clean
}

test_extract_rejects_binary_data() {
    printf 'Armenia\0\1\2' >"$SCRATCH/bin.txt"
    run extract "$SCRATCH/bin.txt"
    expect_status 1
    expect_err_line "$SCRATCH/bin.txt:1:8: error: NUL byte: this is binary data, not text"
    head -c 20000 /dev/urandom >"$SCRATCH/random.txt"
    run extract "$SCRATCH/random.txt"
    expect_status 1
    expect_clean
}

test_extract_reports_an_alias_claimed_by_two_entities() {
    printf '{"schema": "entente-gazetteer/1", "entities": [\n {"id": "A", "type": "state", "name": "Aland"},\n {"id": "B", "type": "state", "name": "Bland", "aliases": ["aland"]}\n]}\n' >"$SCRATCH/g.json"
    run extract "$ARTICLE" --gazetteer "$SCRATCH/g.json"
    expect_status 1
    expect_err_line "$SCRATCH/g.json:3:60: error: spelling \"aland\" is already claimed by entity \"A\" (at /entities/1/aliases/0)"
}

test_extract_reports_a_gazetteer_syntax_error() {
    printf '{"schema": "entente-gazetteer/1", "entities": [\n {"id": "A" "type": "state"}]}\n' >"$SCRATCH/g.json"
    run extract "$ARTICLE" --gazetteer "$SCRATCH/g.json"
    expect_status 1
    expect_err_line "$SCRATCH/g.json:2:13: error: syntax error"
}

test_extract_handles_a_50_mib_article_in_linear_time() {
    local file="$SCRATCH/big.txt" i
    : >"$file"
    for i in $(seq 1 8); do cat "$ARTICLE" "$ARTICLE" "$ARTICLE" "$ARTICLE" >>"$file"; done
    cat "$file" "$file" "$file" "$file" "$file" "$file" "$file" "$file" >"$SCRATCH/b1" # 4 MiB
    cat "$SCRATCH/b1" "$SCRATCH/b1" "$SCRATCH/b1" "$SCRATCH/b1" "$SCRATCH/b1" "$SCRATCH/b1" \
        "$SCRATCH/b1" "$SCRATCH/b1" "$SCRATCH/b1" "$SCRATCH/b1" "$SCRATCH/b1" "$SCRATCH/b1" >"$file" # 50 MiB
    rm -f "$SCRATCH/b1"
    run extract "$file" --eval tests/extract/csto-bishkek-2025.gold.json
    expect_status 0
    expect_out_line "overall            21    0    0      1.000      1.000      1.000"
    expect_clean
    rm -f "$file"
}

test_extract_refuses_an_article_over_64_mib() {
    head -c 70000000 /dev/zero | tr '\0' 'a' >"$SCRATCH/huge.txt"
    run extract "$SCRATCH/huge.txt"
    expect_status 1
    expect_err_line "$SCRATCH/huge.txt: error: the file is 70000000 bytes, over the limit of 67108864 bytes"
    rm -f "$SCRATCH/huge.txt"
}

test_extract_explain_says_why_on_stderr() {
    run extract "$ARTICLE" --date 2025-11-27 --explain -o "$SCRATCH/draft.json"
    expect_status 0
    expect_err_line "sentence 2 [250, 444): The leaders of Russia, Kazakhstan, Belarus, Tajikistan and Kyrgyzstan gathered in Bishkek to reasses..."
    expect_err_has '  matched absent_from ARM->summit-2025 0.95 by "{A:state/person'"'"'} decision not to attend|participate|take"'
    expect_err_line "  inferred attends RUS->summit-2025 0.72 from attends putin (president of RUS on 2025-11-27)"
    expect_err_line "  no pattern matched"
    # the draft is the same with or without the explanation
    "$ENTENTE" extract "$ARTICLE" --date 2025-11-27 -o "$SCRATCH/plain.json"
    cmp -s "$SCRATCH/draft.json" "$SCRATCH/plain.json" || fail "--explain changed the draft"
}

# The general rules (src/extract/rules_cues.c): a cue and the names it
# governs in its clause, and what the words around a match deny.
test_extract_explain_shows_the_general_rules() {
    printf '%s\n' \
        'The following heads of state took part in the meeting: Vladimir Putin, Alexander Lukashenko and Emomali Rahmon.' \
        'The SCO includes partner countries Belarus and Laos.' \
        'The organizers invited Zelensky to attend the summit.' \
        'Armenia refused to take part in the summit.' >"$SCRATCH/cues.txt"
    run extract "$SCRATCH/cues.txt" --date 2024-11-28 --event summit --explain -o "$SCRATCH/cues.json"
    expect_status 0
    expect_err_has '  matched attends lukashenko->summit 0.75 by "attend|attends|attended|'
    expect_err_has '~ summit|summits|meeting|meetings|session|sessions|gathering|event|events|forum|conference|talks|ceremony : {A:person/state+}"'
    expect_err_line '  inferred attends TJK->summit 0.68 from attends rahmon (president of TJK on 2024-11-28)'
    expect_err_line '  rejected member_of LAO->SCO 0.80 by "{B:org} ,? which|that? includes|include|comprises|comprise|unites|unite|groups|consists|consist of? {A:state+}": the words around say it is no member (withdrew, former, applied, candidate, partner...)'
    expect_err_has '  rejected attends zelenskyy->summit 0.41 hedged by "{A:person/state+} ~ attend|'
    expect_err_has ': the names are the object of another verb (invited, urged, asked...)'
    # "refused" ends what the clause gap may skip: Armenia is absent only
    expect_err_has '  matched absent_from ARM->summit 0.90 by "{A:state/person} refused|declined to take|participate|attend"'
    python3 - "$SCRATCH/cues.json" <<'PY' || fail "wrong relations in the draft"
import json, sys
got = {(r["type"], r["source"], r["target"]) for r in json.load(open(sys.argv[1]))["relations"]}
assert {("attends", p, "summit") for p in ("putin", "lukashenko", "rahmon")} <= got, got
assert ("absent_from", "ARM", "summit") in got, got
for wrong in [("attends", "ARM", "summit"), ("attends", "zelenskyy", "summit"),
              ("member_of", "BLR", "SCO"), ("member_of", "LAO", "SCO")]:
    assert wrong not in got, wrong
PY
}

# draft_has DRAFT +TYPE:SOURCE:TARGET... -TYPE:SOURCE:TARGET...: the
# draft has each relation marked + and none marked -.
# draft_of NAME DATE LINE...: writes the lines to $SCRATCH/NAME.txt, one
# per line, and drafts it for DATE into $SCRATCH/NAME.json (status 0);
# draft_of_paragraphs likewise, one paragraph per line.
draft_of() {
    draft_with '%s\n' "$@"
}

draft_of_paragraphs() {
    draft_with '%s\n\n' "$@"
}

draft_with() {
    local format=$1 name=$2 date=$3
    shift 3
    printf "$format" "$@" >"$SCRATCH/$name.txt"
    run extract "$SCRATCH/$name.txt" --date "$date" -o "$SCRATCH/$name.json"
    expect_status 0
}

draft_has() {
    python3 - "$@" <<'PY' || fail "wrong relations in $1"
import json, sys
got = {(r["type"], r["source"], r["target"]) for r in json.load(open(sys.argv[1]))["relations"]}
for arg in sys.argv[2:]:
    triple = tuple(arg[1:].split(":"))
    assert (triple in got) == (arg[0] == "+"), arg
PY
}

# The sixth round's general rules (recall7), on sentences written for
# the test: each fires, and a veto (another gathering, a denying word,
# the gazetteer's offices, no place name) shows in --explain.
test_extract_sixth_round_rules_fire_and_show_their_vetoes() {
    printf '%s\n' \
        'The CSTO summit opened in Astana on Thursday.' \
        'The closed session, chaired by President of Kazakhstan Kassym-Jomart Tokayev, lasted two hours.' \
        'Kazakhstan, the country that holds its presidency, prepared eleven documents.' \
        'During the opening of the meeting, Russian President Vladimir Putin praised the hosts.' \
        'At the next summit, Belarusian President Alexander Lukashenko will present a plan.' \
        'The programme included meetings involving the leaders of Armenia and Kyrgyzstan.' \
        'The alliance comprises former Soviet republics such as Tajikistan and Belarus, with Uzbekistan as an associate member.' \
        'The alliance also includes former members such as Azerbaijan and Georgia.' \
        'Serbia, which applied as an associate member, sent an envoy.' \
        'Its reports named the president of Tajikistan, Gen. Emomali Rahmon, and the president of Uzbekistan, Col. Vladimir Putin.' \
        'Russia hosted the second day of the CSTO summit.' \
        'Turkey hosted the previous summit of the organization.' \
        'The Grand Hall in Kazan, Russia, will welcome the delegations.' \
        'As agreed in 2023, Belarus, will host a seminar.' >"$SCRATCH/six.txt"
    run extract "$SCRATCH/six.txt" --date 2024-11-28 --event summit --explain -o "$SCRATCH/six.json"
    expect_status 0
    expect_err_line '  matched chairs KAZ->CSTO 0.80 by "chaired|presided|led by the? {R:role} of the? {B:state} ,? {A:person}"'
    expect_err_has '  matched chairs KAZ->CSTO 0.80 by "{A:state} , the country|nation|state|member that|which'
    expect_err_has '  matched attends putin->summit 0.70 by "at|during the|an|this|its ~ summit|'
    expect_err_has '  rejected attends lukashenko->summit 0.70 by "at|during the|an|this|its ~ summit|'
    expect_err_has ': about another gathering (previous, next, ahead of...)'
    expect_err_has '  matched attends KGZ->summit 0.70 by "summit|summits|meeting|meetings|session|sessions|gathering|event|events|forum|conference|talks|ceremony involving|'
    expect_err_has '  matched member_of TJK->CSTO 0.70 by "it|bloc|group|'
    expect_err_line '  matched member_of UZB->CSTO 0.75 by "{A:state+} ~ as|is|are|was|were|has|have|holds|hold an? associate member|members|state|states|status|membership"'
    expect_err_has '  rejected member_of AZE->CSTO 0.70 by "it|bloc|group|'
    expect_err_line '  rejected member_of SRB->CSTO 0.75 by "{A:state+} ~ as|is|are|was|were|has|have|holds|hold an? associate member|members|state|states|status|membership": the words around say it is no member (withdrew, former, applied, candidate, partner...)'
    expect_err_line '  matched leads rahmon->TJK 0.85 by "{R:role} of the? {B:state} , captain|colonel|general|lieutenant|capt|col|gen .? {A:person}"'
    expect_err_line '  rejected leads putin->UZB 0.85 by "{R:role} of the? {B:state} , captain|colonel|general|lieutenant|capt|col|gen .? {A:person}": gazetteer has putin as president of RUS on 2024-11-28'
    expect_err_line '  matched hosts RUS->summit 0.75 by "{A:state} host|hosts|hosted|hosting the|a|this|its ~ summit|meeting|session|gathering|forum|conference"'
    expect_err_has '  rejected hosts TUR->summit 0.75 by "{A:state} host|hosts|hosted|hosting the|a|this|its ~ '
    expect_err_has '  matched hosts RUS->summit 0.70 by "in ~ , {A:state} , will|to? gather|'
    expect_err_has '  rejected hosts BLR->summit 0.70 by "in ~ , {A:state} , will|to? gather|'
    draft_has "$SCRATCH/six.json" +chairs:KAZ:CSTO +attends:tokayev:summit \
        +attends:putin:summit +attends:ARM:summit +attends:KGZ:summit \
        +member_of:TJK:CSTO +member_of:BLR:CSTO +member_of:UZB:CSTO \
        +leads:rahmon:TJK +hosts:RUS:summit -attends:lukashenko:summit \
        -member_of:AZE:CSTO -member_of:GEO:CSTO -member_of:SRB:CSTO \
        -leads:putin:UZB -hosts:TUR:summit -hosts:BLR:summit
}

# (gaz9: the Saudi king is named without his title, so that the kingdom rule,
# not "{R:role} {A:person}", draws his leadership: "King" is no longer part
# of the alias "King Salman".)
test_extract_sixth_round_rules_on_a_gulf_summit() {
    printf '%s\n' \
        'The GCC summit, organized by Qatar, ended early.' \
        "Leaders met for the annual summit of the council in Oman's capital on Monday." \
        'Bahrain wants to widen trade under its chairmanship.' \
        "The bloc's chairman, Kuwait's ruler, closed the debate." \
        'The kingdom of Saudi Arabia, headed by Salman bin Abdulaziz, sent a large team.' \
        'The kingdom of Bahrain, headed by King Salman, sent a small team.' \
        'Also present were Presidents of Turkey Recep Tayyip Erdogan and Presidents of Iran Vladimir Putin.' \
        'President Ilham Aliyev, as the head of the observer state at the GCC, spoke briefly.' \
        'Emir Tamim will lead the Qatari delegation.' >"$SCRATCH/gulf.txt"
    run extract "$SCRATCH/gulf.txt" --date 2021-01-05 --event summit --explain -o "$SCRATCH/gulf.json"
    expect_status 0
    expect_err_has '  matched hosts QAT->summit 0.75 by "summit|meeting|session|gathering|forum|conference ~ organized|'
    expect_err_has '  matched hosts OMN->summit 0.75 by "summit|meeting|session|gathering|forum|conference ~ in|at {A:state'"'"'} capital|city"'
    expect_err_has '  matched chairs BHR->GCC 0.75 by "{A:state} ~ under its|their chairmanship|presidency|chair"'
    expect_err_has '  matched chairs KWT->GCC 0.80 by "organization'"'"'s|'
    expect_err_has '  matched leads salman->SAU 0.80 by "kingdom|emirate|sultanate of the? {B:state} ,? headed|ruled|led by the? ~ {A:person}"'
    expect_err_line '  rejected leads salman->BHR 0.80 by "kingdom|emirate|sultanate of the? {B:state} ,? headed|ruled|led by the? ~ {A:person}": gazetteer has salman as king of SAU on 2021-01-05'
    expect_err_line '  matched leads erdogan->TUR 0.85 by "presidents|leaders|heads|kings|emirs|premiers of the? {B:state} {A:person}"'
    expect_err_line '  rejected leads putin->IRN 0.85 by "presidents|leaders|heads|kings|emirs|premiers of the? {B:state} {A:person}": gazetteer has putin as president of RUS on 2021-01-05'
    expect_err_has '  matched member_of AZE->GCC 0.80 by "{A:person} ,? as the head|leader of the|an? observer state|country at|of|in the? {B:org}"'
    expect_err_has '  matched attends QAT->summit 0.80 by "{A:person} will? led|leads|lead|'
    draft_has "$SCRATCH/gulf.json" +hosts:QAT:summit +hosts:OMN:summit \
        +chairs:BHR:GCC +chairs:KWT:GCC +leads:salman:SAU +leads:erdogan:TUR \
        +member_of:AZE:GCC +attends:tamim:summit +attends:QAT:summit \
        -leads:salman:BHR -leads:putin:IRN
    grep -q '"status": *"observer"' "$SCRATCH/gulf.json" || fail "the observer membership lost its status"
}

# "launched" founds an organization only right before "by": a session
# "launched in Minsk ... chaired by" the head of a state is no founding.
test_extract_launched_founds_only_next_to_by() {
    printf '%s\n' \
        'The CSTO summit opened in Astana on Thursday.' \
        'A session of the CSTO council launched in Minsk on Monday chaired by President of Belarus Alexander Lukashenko.' \
        'The alliance was launched by Russia and Tajikistan.' >"$SCRATCH/launch.txt"
    run extract "$SCRATCH/launch.txt" --date 2024-11-28 --event summit --explain -o "$SCRATCH/launch.json"
    expect_status 0
    expect_err_has '  matched member_of TJK->CSTO 0.70 by "it|bloc|group|grouping|organization|organisation|alliance|union|association|community|confederation|commonwealth|body ~ launched|started by {A:state+}"'
    draft_has "$SCRATCH/launch.json" +member_of:RUS:CSTO +member_of:TJK:CSTO \
        +chairs:BLR:CSTO +attends:lukashenko:summit -member_of:BLR:CSTO
}

# The seventh round's rules and vetoes (attend8), on sentences written
# for the test: the head of a host state named in the hosting clause, a
# vice or deputy title, "to represent him", stand-ins, a state joined by a
# hyphen, a curly apostrophe inside a word, absences in lists, arrivals
# and "respectively"; each veto's reason shows in --explain.
test_extract_seventh_round_stand_ins_hosts_and_vetoes() {
    printf '%s\n' \
        'The summit, hosted by the kingdom of Saudi Arabia headed by King Salman, opened on Tuesday.' \
        'Vice President Joseph Boakai of Liberia attended the summit.' \
        'Deputy Prime Minister Nikol Pashinyan also attended the summit.' \
        'The bloc’s chairman, Oman’s Sultan Haitham, closed the debate.' \
        'The host welcomed new leaders from Thailand and Singapore - Paetongtarn Shinawatra and Lawrence Wong, respectively - to the summit.' \
        'Urgent matters forced President Cyril Ramaphosa of South Africa to send his foreign minister to represent him at the summit.' \
        'President Paul Biya will be absent.' \
        'President Paul Biya was represented by Prime Minister Joseph Ngute.' \
        'President Joe Biden skipped the Asean-China Summit.' \
        'Chancellor Olaf Scholz, along with Prime Minister Narendra Modi, were noticeably absent.' \
        'President Xi Jinping and President Recep Tayyip Erdogan also failed to turn up.' \
        'The plane of President Shavkat Mirziyoyev landed in the morning.' \
        'At a summit in Accra, the bloc’s chairman, Ghana’s President Nana Addo Dankwa Akufo-Addo described the crisis.' >"$SCRATCH/seven.txt"
    run extract "$SCRATCH/seven.txt" --date 2024-10-09 --organization GCC --event summit --explain -o "$SCRATCH/seven.json"
    expect_status 0
    expect_err_line '  rejected attends salman->summit 0.80 by "hosted by ... {A:person}": named as head of the host state in the hosting clause, not as present'
    expect_err_line '  matched hosts SAU->summit 0.80 by "hosted|organized|organised by the kingdom|republic|state|emirate|sultanate|government of the? {A:state}"'
    expect_err_line '  rejected leads boakai->LBR 0.85 by "{R:role} {A:person} of the? {B:state}": a vice or deputy title (Vice President, Deputy Prime Minister) is no head'"'"'s'
    expect_err_line '  rejected leads pashinyan->ARM 0.85 by "{R:role} {A:person}": a vice or deputy title (Vice President, Deputy Prime Minister) is no head'"'"'s'
    expect_err_has '  matched chairs OMN->GCC 0.80 by "organization'"'"'s|'
    expect_err_has '  rejected leads paetongtarn->SGP 0.80 by "leaders|'
    expect_err_has '  rejected attends ramaphosa->summit 0.75 by "{A:person/state+} ~ attend|'
    expect_err_has ': someone else represents them ("to represent him")'
    expect_err_line '  matched attends CMR->summit 0.75 by "{A:person} ~ was|is|were|are|be|being represented by"'
    expect_err_line '  rejected absent_from CMR->summit 0.68 from absent_from biya (president of CMR on 2024-10-09): the article has the state attending'
    expect_err_has '  matched absent_from biden->summit 0.85 by "{A:state/person} will? to? skip|'
    expect_err_has '  matched absent_from erdogan->summit 0.80 by "{A:state/person+} ,? also|all failed|'
    expect_err_has '  matched attends mirziyoyev->summit 0.70 by "plane|planes|'
    draft_has "$SCRATCH/seven.json" +hosts:SAU:summit +leads:salman:SAU \
        -attends:salman:summit -attends:SAU:summit \
        +attends:boakai:summit +attends:LBR:summit -leads:boakai:LBR \
        +attends:pashinyan:summit -leads:pashinyan:ARM +chairs:OMN:GCC \
        +leads:paetongtarn:THA +leads:wong:SGP -leads:paetongtarn:SGP \
        -leads:wong:THA -attends:ramaphosa:summit +leads:ramaphosa:ZAF \
        +absent_from:biya:summit +attends:CMR:summit -absent_from:CMR:summit \
        +absent_from:biden:summit +absent_from:modi:summit \
        +absent_from:xi:summit +absent_from:erdogan:summit \
        +attends:mirziyoyev:summit +attends:akufo-addo:summit +chairs:GHA:GCC
}

# Heads "conspicuous by their absence" whose states the next sentence
# says are represented ("They are represented by ..."): the heads are
# absent, their states attend. A demonym before a name the gazetteer
# spells with its title leads ("Saudi King Salman"), not before a bare
# name; a title's leadership is not hedged by an invitation, which
# vetoes the attendance; "NAME, as ..., will also be at the meeting".
test_extract_seventh_round_stand_ins_after_the_absence() {
    printf '%s\n' \
        'The GCC summit opened in Riyadh.' \
        'President Cyril Ramaphosa, President Xi Jinping and Prime Minister Narendra Modi are conspicuous by their absence.' \
        'They are represented by foreign ministers.' \
        'Saudi King Salman welcomed the guests.' \
        'Saudi Mohammed bin Salman spoke later.' \
        'The bloc invited the transitional president of Mali, Col. Assimi Goita, to attend the meeting.' \
        'Moldovan President Maia Sandu, as the head of the observer state at the council and a guest, will also be at the meeting.' >"$SCRATCH/eight.txt"
    run extract "$SCRATCH/eight.txt" --date 2024-10-09 --event summit --explain -o "$SCRATCH/eight.json"
    expect_status 0
    expect_err_line '  matched absent_from xi->summit 0.80 by "{A:person+} ~ is|are|was|were|be conspicuous|conspicuously|notable|notably by his|her|their absence"'
    expect_err_line '  matched attends CHN->summit 0.80 by "{A:person} ... absent; next: they|he|she ... represented by"'
    expect_err_line '  rejected absent_from CHN->summit 0.72 from absent_from xi (president of CHN on 2024-10-09): the article has the state attending'
    # "King" is a title the role rule reads since the gazetteer strips it
    # from the alias "King Salman" (gaz9)
    expect_err_line '  matched leads salman->SAU 0.90 by "{B:state/org} acting|interim|transitional|transition|junta|military? {R:role} ,? {A:person}"'
    expect_err_line '  rejected leads bin-salman->SAU 0.75 by "{B:state} {A:person}": no title in the name after the state'
    expect_err_has '  rejected attends goita->summit 0.75 by "{A:person/state+} ~ attend|'
    expect_err_has '  matched attends sandu->summit 0.70 by "{A:person} , as ... ... , will|'
    draft_has "$SCRATCH/eight.json" +absent_from:ramaphosa:summit \
        +absent_from:xi:summit +absent_from:modi:summit +attends:ZAF:summit \
        +attends:CHN:summit +attends:IND:summit -absent_from:CHN:summit \
        +leads:salman:SAU -leads:bin-salman:SAU +leads:goita:MLI \
        -attends:goita:summit -attends:MLI:summit +attends:sandu:summit
}

# A communiqué's list, one "H. E. Mr. NAME, ROLE of STATE" a paragraph
# after a colon, reads as one list: every item attends, the last one too
# though its bullet was dropped; a paragraph that ends in a full stop
# after a list does not join it.
test_extract_communique_list_over_blank_lines() {
    printf '%s\n' \
        'The following Heads of State and Government attended the Summit:' '' \
        '-H. E. Mr. Macky SALL, President of the Republic of Senegal' '' \
        '-H. E. Hon.Joseph BOAKAI, Vice-President of the Republic of Liberia' '' \
        'H. E. Mr. Ernest Bai KOROMA, President of the Republic of Sierra Leone' '' \
        'Also present were observers from Mali.' '' \
        'The delegations:' '' \
        '- Niger sent a minister.' '' \
        'Guinea was not invited.' >"$SCRATCH/list.txt"
    run extract "$SCRATCH/list.txt" --date 2014-07-10 --organization ECOWAS --event summit --explain -o "$SCRATCH/list.json"
    expect_status 0
    expect_err_has 'sentence 1 [0, 266): The following Heads of State'
    draft_has "$SCRATCH/list.json" +attends:sall:summit +attends:SEN:summit \
        +attends:boakai:summit +attends:LBR:summit +attends:koroma:summit \
        +attends:SLE:summit +leads:sall:SEN +leads:koroma:SLE \
        -leads:boakai:LBR -attends:GIN:summit
}

test_extract_explain_writes_a_file_and_never_an_input() {
    printf 'Vladimir Putin, President of Russia, Nikol Pashinyan, Prime Minister of Armenia, attended the summit.\n' >"$SCRATCH/a.txt"
    run extract "$SCRATCH/a.txt" --date 2024-11-28 --explain="$SCRATCH/why.txt"
    expect_status 0
    expect_err_empty
    grep -qxF '  rejected leads pashinyan->RUS 0.85 by "{R:role} of the? {B:state/org} , {A:person}": the title is the apposition of the name before it' "$SCRATCH/why.txt" ||
        fail "no rejection in the explanation file"
    grep -qxF '  matched leads pashinyan->ARM 0.80 by "{A:person} , the? {R:role} of the? {B:state/org} ,|.|;|)|:|$"' "$SCRATCH/why.txt" ||
        fail "no leads pashinyan->ARM in the explanation file"
    cp "$SCRATCH/a.txt" "$SCRATCH/a.copy"
    run extract "$SCRATCH/a.txt" --explain="$SCRATCH/a.txt"
    expect_status 2
    expect_err_has "--explain would overwrite the article"
    cmp -s "$SCRATCH/a.txt" "$SCRATCH/a.copy" || fail "the article changed"
    run extract "$SCRATCH/a.txt" --explain= 
    expect_status 2
}

test_extract_usage_errors() {
    run extract
    expect_status 2
    run extract "$ARTICLE" --min-confidence 2
    expect_status 2
    expect_err_has "--min-confidence expects a number from 0 to 1, not '2'"
    run extract "$ARTICLE" --date 2025-02-30
    expect_status 2
    run extract "$ARTICLE" -o "$ARTICLE"
    expect_status 2
}

# The seventh round's membership rules (members8), on sentences written
# for the test: each construction draws its membership, and each veto (a
# former member, considering joining, a preposition's object, an
# accession only sought, a relative clause's state) shows in --explain.
test_extract_seventh_round_membership_rules_and_vetoes() {
    printf '%s\n' \
        'The ASEAN summit opened in Kuala Lumpur on Sunday.' \
        'Its member nations include Albania (2009), Belgium (1949) and Canada (1949).' \
        "Leaders welcomed Timor-Leste as the bloc's 11th member." \
        'Finland, which shares a 1,340-kilometer (832-mile) border with Russia, became a member of NATO in 2023.' \
        "WASHINGTON – Sweden officially became NATO's 32nd member as the US received the instruments." \
        'Hungary became the last NATO member to ratify the protocol.' \
        'Since Cambodia joined in 1999, the bloc has not grown.' \
        'The council agreed to give Uzbekistan and Cuba observer status, and Moldova also has observer status.' \
        'Niger and Gabon were suspended in August 2023.' \
        'Guinea had previously been suspended from 2008 to 2010.' \
        'The summit brings together leaders from the ten member states: Brunei, Laos and Vietnam.' \
        'It is the 10-member bloc of Indonesia, Malaysia and Thailand.' \
        "Armenia's accession treaty came into force on 2 January 2015." \
        'Kyrgyzstan completed its accession procedures last year.' \
        "The group's newest member, Ethiopia, sent its premier." \
        'Serbia is considering becoming a member of the EAEU.' \
        "Treaties aiming for Azerbaijan's accession to the EAEU were signed." \
        'Former member Mali was suspended in 2023.' \
        'The talks between Iran and Syria were suspended in May.' >"$SCRATCH/members.txt"
    run extract "$SCRATCH/members.txt" --date 2025-10-26 --organization ASEAN --event summit --explain -o "$SCRATCH/members.json"
    expect_status 0
    expect_err_has '  matched member_of CAN->ASEAN 0.70 by "members|member|member-states|member-countries ~ like|including|'
    expect_err_has '  matched member_of TLS->ASEAN 0.75 by "welcomed|welcomes|welcome|welcoming|admitted|'
    expect_err_has '  matched member_of FIN->NATO 0.75 by "{A:state} , which|who|that ... ... , became|'
    expect_err_has '  rejected member_of RUS->NATO 0.75 by "{A:state+} ~ is|are|was|were|became|'
    expect_err_has ': the states are a preposition'"'"'s object ("with Russia, became", "between A and B were"), not the subject'
    expect_err_line '  matched member_of SWE->NATO 0.75 by "{A:state+} ~ became|becomes|become|becoming ~ {B:org'"'"'} ~ member|members|member-state|member-states|state|ally"'
    expect_err_has '  matched member_of HUN->NATO 0.75 by "{A:state+} ~ are|is|were|was|became|becomes|become|becoming|remain|remains the? ~ {B:org} '
    expect_err_line '  matched member_of KHM->ASEAN 0.70 by "{A:state+} ~ joined in {T:year}"'
    expect_err_has '  matched member_of CUB->ASEAN 0.80 by "give|gave|given|'
    expect_err_has '  matched member_of MDA->ASEAN 0.75 by "{A:state+} ~ has|have|had|holds|hold|held|gained|received|obtained observer status"'
    expect_err_has '  matched member_of GAB->ASEAN 0.75 by "{A:state+} had|has|have|was|were|is|are|remain|remains|remained previously|'
    expect_err_has '  matched member_of GIN->ASEAN 0.75 by "{A:state+} had|has|have|was|were|is|are|remain|remains|remained previously|also|now|still|already|officially|temporarily|since? been? suspended from {T:year}"'
    expect_err_has '  matched attends LAO->summit 0.75 by "together|gathers|gathered|gathering|gather leaders|'
    expect_err_has '  matched member_of THA->ASEAN 0.70 by "member|nation|state|country it|bloc|'
    expect_err_has '  matched member_of ARM->ASEAN 0.70 by "{A:state'"'"'} accession|admission ~ went|came|'
    expect_err_has '  matched member_of KGZ->ASEAN 0.75 by "{A:state} ~ completed|completes|'
    expect_err_has '  matched member_of ETH->ASEAN 0.75 by "new|newest|latest|'
    grep -F '  rejected member_of SRB->EAEU' "$SCRATCH/err" | grep -qF 'say it is no member' ||
        fail "considering becoming a member is not vetoed as no membership"
    expect_err_has '  rejected member_of MLI->ASEAN 0.75 by "{A:state+} had|has|have|was|were|is|are|remain|remains|remained previously|'
    expect_err_has '  rejected member_of SYR->ASEAN 0.75 by "{A:state+} had|has|have|was|were|is|are|remain|remains|remained previously|'
    draft_has "$SCRATCH/members.json" +member_of:ALB:ASEAN +member_of:BEL:ASEAN \
        +member_of:CAN:ASEAN +member_of:TLS:ASEAN +member_of:FIN:NATO \
        +member_of:SWE:NATO +member_of:HUN:NATO +member_of:KHM:ASEAN \
        +member_of:UZB:ASEAN +member_of:CUB:ASEAN +member_of:MDA:ASEAN \
        +member_of:NER:ASEAN +member_of:GAB:ASEAN +member_of:GIN:ASEAN \
        +attends:BRN:summit +attends:VNM:summit +member_of:LAO:ASEAN \
        +member_of:IDN:ASEAN +member_of:MYS:ASEAN +member_of:ARM:ASEAN \
        +member_of:KGZ:ASEAN +member_of:ETH:ASEAN \
        -member_of:RUS:NATO -member_of:USA:NATO -member_of:SRB:EAEU \
        -member_of:AZE:EAEU -member_of:AZE:ASEAN -member_of:MLI:ASEAN \
        -member_of:IRN:ASEAN -member_of:SYR:ASEAN
    python3 - "$SCRATCH/members.json" <<'PY' || fail "a status was lost"
import json, sys
status = {(r["source"], r["target"]): r.get("status") for r in json.load(open(sys.argv[1]))["relations"] if r["type"] == "member_of"}
assert status[("GAB", "ASEAN")] == "suspended" and status[("GIN", "ASEAN")] == "suspended", status
assert status[("UZB", "ASEAN")] == "observer" and status[("MDA", "ASEAN")] == "observer", status
assert status[("TLS", "ASEAN")] is None, status
PY
}

# A leadership of someone whose every office there ended before the
# article's date contradicts the gazetteer ("former Kazakh President
# Nursultan Nazarbayev" in May 2019: president until March 2019): never
# drawn, and --explain says why; before the end of his term it is drawn.
# His attendance stands either way.
test_extract_leads_of_a_former_holder_contradicts_the_gazetteer() {
    printf '%s\n' 'The EAEU summit opened in Moscow. Former Kazakh President Nursultan Nazarbayev attended the meeting.' >"$SCRATCH/former.txt"
    run extract "$SCRATCH/former.txt" --date 2019-05-29 --event summit --explain -o "$SCRATCH/former.json"
    expect_status 0
    expect_err_has 'rejected leads nazarbayev->KAZ 0.90 by '
    expect_err_has ': gazetteer has nazarbayev in office at KAZ only before 2019-05-29'
    draft_has "$SCRATCH/former.json" -leads:nazarbayev:KAZ +attends:nazarbayev:summit
    run extract "$SCRATCH/former.txt" --date 2018-05-29 --event summit -o "$SCRATCH/former2.json"
    expect_status 0
    draft_has "$SCRATCH/former2.json" +leads:nazarbayev:KAZ +attends:nazarbayev:summit
}

# The eighth round (general9): leaders listed after "These leaders
# include", "presided over by STATE's President NAME", "the ORG's
# rotational annual presidency", an absence filled by a stand-in (the
# state is there), observers in parentheses (the dialogue partners after
# them are no members), a name after "on behalf of" (not present), a
# small letter after a hyphen ("Guinea-bissau") and leaders "among other
# leaders who were spotted" at the venue.
test_extract_eighth_round_rules() {
    printf '%s\n' 'The SCO summit opened in New Delhi. Eighteen countries will be represented at the leaders'"'"' level. These prominent leaders include Argentina'"'"'s President Alberto Fernandez and Canada'"'"'s Prime Minister Justin Trudeau.' \
        'The session was presided over by Ghana'"'"'s President Nana Akufo-Addo.' \
        'Nigeria is represented by Vice President Kashim Shettima on behalf of President Bola Tinubu.' \
        'Japan will assume the SCO'"'"'s rotational annual presidency at the end of the summit.' \
        'Russian President Vladimir Putin'"'"'s absence will be filled by his foreign minister, Sergey Lavrov.' \
        'The SCO comprises four observer states interested in acceding to full membership (Afghanistan, Belarus, Iran and Mongolia) and six dialogue partners (Armenia and Azerbaijan).' \
        'Presidents of Guinea-bissau and Burundi were the first to arrive for the summit.' \
        'Shavkat Mirziyoyev and Shehbaz Sharif were among other leaders who were spotted touring the city.' >"$SCRATCH/round8.txt"
    run extract "$SCRATCH/round8.txt" --date 2023-09-09 --organization SCO --event summit --explain -o "$SCRATCH/round8.json"
    expect_status 0
    expect_err_has '  matched attends fernandez->summit 0.70 by "these|those prominent|visiting|attending|participating leaders|'
    expect_err_has '  matched chairs GHA->SCO 0.80 by "chaired|presided over? by {B:state'"'"'} {R:role} ,? {A:person}"'
    # Shettima, whom the gazetteer lacks, is read from his title (names.c)
    # and is the one "represented by" names: Tinubu is not read as present
    expect_err_has '  matched attends shettima->summit 0.68 by "represented by ... {A:person}"'
    expect_err_has '  matched chairs JPN->SCO 0.80 by "{A:state} ,? which|that? will|would|shall|is|was? set|due|expected? to? assume|'
    expect_err_has '  matched attends lavrov->summit 0.80 by "{A:person'"'"'} absence will|'
    expect_err_has '  matched member_of AFG->SCO 0.80 by "observer states|countries|nations interested|'
    expect_err_has '  matched attends sharif->summit 0.70 by "{A:person/state+} ~ is|are|was|were among the|other ~ leaders|'
    draft_has "$SCRATCH/round8.json" +attends:fernandez:summit +attends:trudeau:summit \
        +attends:ARG:summit +attends:CAN:summit +attends:akufo-addo:summit \
        +chairs:GHA:SCO +attends:NGA:summit -attends:tinubu:summit \
        +attends:shettima:summit \
        +chairs:JPN:SCO +absent_from:putin:summit +attends:lavrov:summit \
        +attends:RUS:summit -absent_from:RUS:summit +member_of:AFG:SCO \
        +member_of:BLR:SCO +member_of:IRN:SCO +member_of:MNG:SCO \
        -member_of:ARM:SCO -member_of:AZE:SCO +attends:GNB:summit \
        +attends:BDI:summit +attends:mirziyoyev:summit +attends:sharif:summit
    python3 - "$SCRATCH/round8.json" <<'PY' || fail "an observer lost its status"
import json, sys
status = {r["source"]: r.get("status") for r in json.load(open(sys.argv[1]))["relations"] if r["type"] == "member_of"}
assert all(status[s] == "observer" for s in ("AFG", "BLR", "IRN", "MNG")), status
PY
}

# The case rule of the gazetteer (eighth round): an abbreviation of four
# or more capitals matches as the press writes it ("Nato", "Asean"), a
# capital after a hyphen may be small ("Guinea-bissau"), and a short
# abbreviation still needs its capitals ("us" is no state).
test_extract_title_case_abbreviations_and_joined_names() {
    printf '%s\n' "Indonesia, which chairs this year's Asean, sent its foreign minister." \
        'Finland became a member of Nato in 2023.' \
        'Leaders of Guinea-bissau attended the summit.' \
        'All of us attended the summit.' >"$SCRATCH/case.txt"
    run extract "$SCRATCH/case.txt" --date 2023-09-09 --organization SCO --event summit --explain -o "$SCRATCH/case.json"
    expect_status 0
    expect_err_has '  matched chairs IDN->ASEAN 0.80 by "{A:state} , which|that currently? chairs|chaired the|this? year'"'"'s|current? {B:org}"'
    expect_err_has '  matched member_of FIN->NATO 0.85 by '
    draft_has "$SCRATCH/case.json" +chairs:IDN:ASEAN +member_of:FIN:NATO \
        +attends:GNB:summit -attends:USA:summit
}

# Hosting that is not this summit's (eighth round): a plan the text says
# was changed ("had been scheduled to be held in STATE") and a summit
# named as another by a word before its name ("The last in-person SCO
# Heads of State Summit was held in Bishkek"); the summit's own place
# stands.
test_extract_hosting_of_a_changed_plan_or_an_earlier_summit_is_vetoed() {
    printf '%s\n' 'The GCC summit will be held in Riyadh, Saudi Arabia.' \
        'The meeting had been scheduled to be held in Oman.' \
        'The last in-person GCC Heads of State Summit was held in Kuwait in 2019.' >"$SCRATCH/plan.txt"
    run extract "$SCRATCH/plan.txt" --date 2019-12-10 --event summit --explain -o "$SCRATCH/plan.json"
    expect_status 0
    expect_err_has '  rejected hosts OMN->summit '
    expect_err_has '  rejected hosts KWT->summit '
    draft_has "$SCRATCH/plan.json" +hosts:SAU:summit -hosts:OMN:summit -hosts:KWT:summit
}

# A state named after a place ("in Jeddah, Saudi Arabia, will gather the
# heads of state") is where, not who (eighth round).
test_extract_the_state_of_a_place_does_not_attend() {
    printf '%s\n' 'The Ritz Carlton Hotel in Jeddah, Saudi Arabia, will gather the Arab heads of state for the summit.' \
        'Kuwait, Oman and Qatar will attend the summit.' >"$SCRATCH/place.txt"
    run extract "$SCRATCH/place.txt" --date 2023-05-19 --event summit --explain -o "$SCRATCH/place.json"
    expect_status 0
    expect_err_has '  rejected attends SAU->summit '
    draft_has "$SCRATCH/place.json" -attends:SAU:summit +attends:KWT:summit \
        +attends:OMN:summit +attends:QAT:summit
}

# The stand-in a head deploys "to represent him at the summit" attends,
# and makes the state attend (eighth round).
test_extract_a_deployed_stand_in_attends() {
    printf '%s\n' 'Urgent matters forced President Vladimir Putin to deploy his foreign minister, Sergey Lavrov, to represent him at the summit.' >"$SCRATCH/deploy.txt"
    run extract "$SCRATCH/deploy.txt" --date 2023-09-09 --event summit --explain -o "$SCRATCH/deploy.json"
    expect_status 0
    expect_err_has '  matched attends lavrov->summit 0.75 by "deploy|deploys|deployed|'
    draft_has "$SCRATCH/deploy.json" +attends:lavrov:summit +attends:RUS:summit \
        -attends:putin:summit
}

# A name written with accents the gazetteer's spelling lacks ("José
# Mario Vaz" for "Jose Mario Vaz") is that person (eighth round); the
# accents come off Latin letters only, and a spelling with them still
# matches as written.
test_extract_accented_names_match_plain_spellings() {
    printf '%s\n' 'José Mario Vaz attended the summit.' \
        'Recep Tayyip Erdoğan attended the summit.' >"$SCRATCH/accents.txt"
    run extract "$SCRATCH/accents.txt" --date 2014-07-10 --event summit --explain -o "$SCRATCH/accents.json"
    expect_status 0
    expect_err_has '  matched attends vaz->summit '
    draft_has "$SCRATCH/accents.json" +attends:vaz:summit +attends:GNB:summit \
        +attends:erdogan:summit
}

# The review of the eighth round: its rules bind the names they govern,
# not any name a clause gap reaches (each line drew a wrong relation
# before the review's fixes; the right ones stay).
test_extract_eighth_round_rules_stay_in_their_clause() {
    printf '%s\n' 'The SCO summit opened in Astana on Thursday.' \
        'In 2022 Putin dispatched his foreign minister, Sergey Lavrov, to lead the talks with Ukraine in Antalya.' \
        'The talks were presided over by the UN chief, who thanked Sergey Lavrov.' \
        'The trial was presided over by a judge appointed by President Yoweri Museveni.' \
        "Putin's absence was covered by state media, which quoted Sergey Lavrov." \
        'Thailand, which chairs the Mekong River Commission this year, is also a member of Asean.' \
        'Uzbekistan handed the baton to Kazakhstan, which will hold the SCO'"'"'s rotating presidency next year.' \
        'Several leaders are wanted by the ICC. These leaders include Vladimir Putin and Omar al-Bashir.' \
        'Erdogan and Aliyev were among the leaders who were greeted by Putin in Moscow last May.' >"$SCRATCH/clause.txt"
    run extract "$SCRATCH/clause.txt" --date 2025-07-04 --event summit -o "$SCRATCH/clause.json"
    expect_status 0
    draft_has "$SCRATCH/clause.json" +hosts:KAZ:summit +chairs:KAZ:SCO +member_of:THA:ASEAN \
        +leads:museveni:UGA -attends:lavrov:summit -attends:RUS:summit -chairs:RUS:SCO \
        -attends:museveni:summit -chairs:UGA:SCO -chairs:THA:ASEAN -chairs:UZB:SCO \
        -attends:putin:summit -attends:erdogan:summit -attends:TUR:summit
    # a plan that changed ("had been scheduled to be held in") is no host,
    # a date that changed is
    printf '%s\n' 'The summit, which had been scheduled for June, will be held in Astana, Kazakhstan.' >"$SCRATCH/plan.txt"
    run extract "$SCRATCH/plan.txt" --date 2025-07-04 --event summit -o "$SCRATCH/plan.json"
    expect_status 0
    draft_has "$SCRATCH/plan.json" +hosts:KAZ:summit
}
