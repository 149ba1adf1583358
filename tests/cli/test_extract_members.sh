# End-to-end tests of the membership and chair models of `entente extract`
# (src/extract/membership_model.c; sourced by run.sh, which also gives
# draft_of and draft_has from test_extract.sh). The sentences are invented for the
# tests; none comes from an article of tests/extract.

# model_drew DRAFT TYPE SOURCE TARGET: the draft has the relation, drawn by
# the model (its pattern), below every rule's confidence.
model_drew() {
    python3 - "$@" <<'PY' || fail "no $2 $3 -> $4 drawn by a model in $1"
import json, sys
path, kind, source, target = sys.argv[1:]
for r in json.load(open(path))["relations"]:
    if (r["type"], r["source"], r["target"]) == (kind, source, target):
        assert r["pattern"].endswith("model (features of the whole article)"), r["pattern"]
        assert 0.5 <= r["confidence"] <= 0.65, r["confidence"]
        assert r["extracted"] is True and r["evidence"]
        sys.exit(0)
sys.exit(1)
PY
}

# A list of states a membership word governs, in a phrasing no rule
# lists ("counts A, B and C among its members"), is drawn; beside it, a
# dialogue partner, an applicant, a former observer, a guest and a state
# that left are not, and --explain shows the features and the veto.
test_extract_members_model_reads_a_governed_list_and_its_vetoes() {
    printf '%s\n' \
        'The Shanghai Cooperation Organisation summit opened in Astana on Thursday.' \
        'The eight-nation grouping, which counts China, Russia, India, Pakistan and Kyrgyzstan among its members, met for two days.' \
        'Founding states Tajikistan and Uzbekistan pressed for closer security ties; Mongolia, a dialogue partner, and Turkey, which has applied for membership, sent envoys.' \
        'Membership now also takes in Iran, Belarus and Kazakhstan, while Afghanistan, a former observer, and Azerbaijan, a guest of the host, stayed outside.' \
        'Turkmenistan, a member until it left in 2005, was not invited.' >"$SCRATCH/m1.txt"
    run extract "$SCRATCH/m1.txt" --date 2024-07-04 --explain -o "$SCRATCH/m1.json"
    expect_status 0
    expect_err_has 'member_of model: each state named near its words, drawn at p >= 0.90 when the rules did not'
    expect_err_has '  model member_of CHN->SCO '
    expect_err_has ' drawn evidence [75, 197): mentions=1 member_near=1 '
    expect_err_has ' owns_cue=1 adjacent=1 run=1 '
    expect_err_has '  model member_of TUR->SCO '
    grep -q '  model member_of TUR->SCO [0-9.]* vetoed-denied' "$SCRATCH/err" ||
        fail "the applicant is not vetoed"
    grep -q '  model member_of TKM->SCO [0-9.]* vetoed-denied' "$SCRATCH/err" ||
        fail "the state that left is not vetoed"
    for state in CHN RUS IND PAK KGZ; do
        model_drew "$SCRATCH/m1.json" member_of "$state" SCO
    done
    draft_has "$SCRATCH/m1.json" -member_of:MNG:SCO -member_of:TUR:SCO \
        -member_of:AFG:SCO -member_of:AZE:SCO -member_of:TKM:SCO
}

# States named in the same sentence as members, but not in the list the
# membership word governs, are not members: "A and B, all among the
# founding members, held talks with C, D and E"; nor are states that
# "sent observers" (a verb between the states and the word).
test_extract_members_model_a_list_beside_the_members_is_not_theirs() {
    printf '%s\n' \
        'The ASEAN summit opened in Vientiane on Thursday.' \
        'Indonesia, Thailand, Singapore and Vietnam, all among the founding members, held talks with Japan, South Korea and India on trade.' \
        'Its members are Malaysia, Cambodia and Laos, while the United States and China sent observers of their own.' >"$SCRATCH/m2.txt"
    run extract "$SCRATCH/m2.txt" --date 2024-10-09 --explain -o "$SCRATCH/m2.json"
    expect_status 0
    for state in IDN THA SGP VNM; do
        model_drew "$SCRATCH/m2.json" member_of "$state" ASEAN
    done
    draft_has "$SCRATCH/m2.json" +member_of:MYS:ASEAN +member_of:KHM:ASEAN \
        +member_of:LAO:ASEAN -member_of:JPN:ASEAN -member_of:KOR:ASEAN \
        -member_of:IND:ASEAN -member_of:USA:ASEAN -member_of:CHN:ASEAN
}

# A chair stated in a form no rule lists ("will take the helm of the
# SCO") is drawn; a title before a name, a previous chair, the
# president's office, the chair given up, a deputy chairman and a second
# chair beside the one the rules drew ("Pakistan's turn at the helm ...
# ends" when Kyrgyzstan took over) are not.
test_extract_members_chair_model_and_its_vetoes() {
    printf '%s\n' \
        'The Shanghai Cooperation Organisation summit opened in Astana on Thursday.' \
        'India will take the helm of the SCO next year.' \
        "Pakistan's turn at the helm of the bloc ends at this summit." \
        'Chinese Chairman Xi Jinping attended.' \
        'Uzbekistan, the previous chair, sent its premier.' \
        'The Egyptian Presidency issued a statement.' \
        'Kyrgyzstan took over the chairmanship from Tajikistan.' \
        'Belarus, whose deputy chairman spoke, joined the talks.' >"$SCRATCH/c1.txt"
    run extract "$SCRATCH/c1.txt" --date 2024-07-04 --explain -o "$SCRATCH/c1.json"
    expect_status 0
    expect_err_has 'chairs model: each state named near its words, drawn at p >= 0.70 when the rules did not'
    grep -q '  model chairs IND->SCO [0-9.]* drawn evidence \[75, 121): mentions=1 adjacent=0 possessive=0 of_state=0 noun=1 rotating=0 take=1 ' "$SCRATCH/err" ||
        fail "no explained chair of India"
    grep -q '  model chairs CHN->SCO [0-9.]* vetoed-denied' "$SCRATCH/err" ||
        fail "a title before a name is not vetoed"
    grep -q '  model chairs EGY->SCO [0-9.]* not-drawn' "$SCRATCH/err" ||
        fail "the president's office is drawn"
    grep -q '  model chairs PAK->SCO [0-9.]* vetoed-other-chair' "$SCRATCH/err" ||
        fail "a second chair is not vetoed"
    model_drew "$SCRATCH/c1.json" chairs IND SCO
    draft_has "$SCRATCH/c1.json" +chairs:KGZ:SCO -chairs:CHN:SCO -chairs:PAK:SCO \
        -chairs:UZB:SCO -chairs:EGY:SCO -chairs:TJK:SCO -chairs:BLR:SCO
}

# The models' weights are what scripts/train-membership learns from the
# development gold of this build's rules (held-out articles never read).
test_extract_members_weights_are_trained() {
    ENTENTE="$ENTENTE" python3 scripts/train-membership --check >"$SCRATCH/out" 2>"$SCRATCH/err"
    status=$?
    OUT=$(cat "$SCRATCH/out")
    ERR=$(cat "$SCRATCH/err")
    expect_status 0
}

# The ninth round's forms, written anew: a head "chairing the session"
# after the state's possessive chairs for it; the state taking over the
# chair "from" another chairs, not the other; a capitalized title before
# a name is no chair ("Presidential Council Chairman NAME"); states after
# "applied to join the bloc, including" are no members.
test_extract_members_chair_taken_from_and_applicants_before_the_cue() {
    printf '%s\n' \
        "The Gulf Cooperation Council summit opened in Doha on Tuesday, with Qatar's Emir Tamim bin Hamad Al Thani chairing the session." \
        'Oman is due to take over the chairmanship of the bloc from Kuwait.' \
        "Libya's Presidential Council Chairman Mohamed al-Menfi was also in Doha." \
        'Some 15 nations have applied to join the bloc, including Jordan, Morocco and Yemen.' >"$SCRATCH/c5.txt"
    run extract "$SCRATCH/c5.txt" --date 2024-12-03 --explain -o "$SCRATCH/c5.json"
    expect_status 0
    model_drew "$SCRATCH/c5.json" chairs QAT GCC
    model_drew "$SCRATCH/c5.json" chairs OMN GCC
    grep -q '  model member_of JOR->GCC [0-9.]* vetoed-denied' "$SCRATCH/err" ||
        fail "an applicant after the cue is not vetoed"
    draft_has "$SCRATCH/c5.json" -chairs:KWT:GCC -chairs:LBY:GCC \
        -member_of:JOR:GCC -member_of:MAR:GCC -member_of:YEM:GCC
}

# A state in the list after "observer states:", however the items are
# laid out (a title, "of", a name), is read as an item of that list
# (set_out=1, colon=1) with the observer status, and --explain shows it;
# whether it is drawn is the weights' decision.
test_extract_members_items_of_a_list_after_a_colon() {
    printf '%s\n' \
        'The SCO heads of government met in Bishkek on Thursday.' \
        'Also present were representatives of the observer states: Prime Minister of Mongolia Luvsannamsrain Oyun-Erdene and a deputy from Belarus.' >"$SCRATCH/m7.txt"
    run extract "$SCRATCH/m7.txt" --date 2023-10-26 --explain
    expect_status 0
    grep -q '  model member_of MNG->SCO [0-9.]* [a-z-]* observer.* colon=1 set_out=1 ' "$SCRATCH/err" ||
        fail "Mongolia is not read as an item of the observers' list"
    grep -q '  model member_of BLR->SCO [0-9.]* [a-z-]* observer.* colon=1 set_out=1 ' "$SCRATCH/err" ||
        fail "Belarus is not read as an item of the observers' list"
}

# The state of a head named in apposition to "the current chairman"
# chairs ("A's NAME, the current chairman of ..."); the state of a
# president named before another's title does not ("President of A NAME,
# President of B NAME2, Chairman of the Executive Committee").
test_extract_members_chair_of_a_head_in_apposition() {
    printf '%s\n' \
        'ABUJA — West African leaders met in Abuja on Sunday for the ECOWAS summit.' \
        "Nigeria's Bola Tinubu, the current chairman of the Authority of Heads of State, opened the session." \
        'Present were President of Ghana Nana Akufo-Addo, President of Senegal Macky Sall, Chairman of the Commission Omar Touray.' >"$SCRATCH/c6.txt"
    run extract "$SCRATCH/c6.txt" --date 2023-07-09 --explain -o "$SCRATCH/c6.json"
    expect_status 0
    model_drew "$SCRATCH/c6.json" chairs NGA ECOWAS
    draft_has "$SCRATCH/c6.json" -chairs:GHA:ECOWAS -chairs:SEN:ECOWAS
}

# "Members" of a body that is no organization of states, and a demonym
# before a noun, are no membership: "members of the Russian
# delegation", "Security Council members from A and B", "the Kazakh and
# Kyrgyz members of the joint staff", "crew members from A, B and C".
test_extract_members_members_of_other_bodies_are_not_members() {
    printf '%s\n' \
        'The CSTO summit opened in Minsk on Thursday.' \
        'Members of the Russian delegation arrived on Wednesday.' \
        'Security Council members from Kazakhstan and Kyrgyzstan met separately.' \
        'The Kazakh and Kyrgyz members of the joint staff signed the plan.' \
        'Crew members from Belarus, Russia and Kazakhstan took part in the drills.' >"$SCRATCH/m8.txt"
    run extract "$SCRATCH/m8.txt" --date 2023-11-23 -o "$SCRATCH/m8.json"
    expect_status 0
    draft_has "$SCRATCH/m8.json" -member_of:RUS:CSTO -member_of:KAZ:CSTO \
        -member_of:KGZ:CSTO -member_of:BLR:CSTO
}

# "the three SCO leaders from A, B and C": leaders named for the
# organization come from its members. Not the leaders of another body,
# nor leaders from states with no organization named before them.
test_extract_members_organization_leaders_from_a_list_are_members() {
    printf '%s\n' \
        'The Shanghai Cooperation Organisation summit opened in Astana on Thursday.' \
        'The summit brought together the three SCO leaders from India, Pakistan and Kyrgyzstan, who signed a declaration.' \
        'Later the leaders from Turkey and Azerbaijan joined them as guests.' >"$SCRATCH/l1.txt"
    run extract "$SCRATCH/l1.txt" --date 2024-07-04 -o "$SCRATCH/l1.json"
    expect_status 0
    draft_has "$SCRATCH/l1.json" +member_of:IND:SCO +member_of:PAK:SCO +member_of:KGZ:SCO \
        -member_of:TUR:SCO -member_of:AZE:SCO
}

# A state whose participation in the organization's meetings "had been
# suspended" is a member, suspended. Not a participation that was not
# suspended, nor one in talks that are no organization.
test_extract_members_a_suspended_participation_is_a_suspended_membership() {
    printf '%s\n' \
        'The Arab League summit opened in Sharm el-Sheikh on Saturday.' \
        'The Syrian regime'"'"'s participation in Arab League meetings had been suspended.' \
        'Libya'"'"'s membership in the African Union was suspended, officials said.' >"$SCRATCH/s1.txt"
    run extract "$SCRATCH/s1.txt" --date 2015-03-28 -o "$SCRATCH/s1.json"
    expect_status 0
    draft_has "$SCRATCH/s1.json" +member_of:SYR:LAS +member_of:LBY:AU
    python3 - "$SCRATCH/s1.json" <<'PY' || fail "not a suspended membership"
import json, sys
for r in json.load(open(sys.argv[1]))["relations"]:
    if (r["type"], r["source"]) == ("member_of", "SYR"):
        assert r.get("status") == "suspended", r
PY
    printf '%s\n' \
        'The Arab League summit opened in Sharm el-Sheikh on Saturday.' \
        'The Iraqi government'"'"'s participation in Arab League meetings had not been suspended.' \
        'Yemen'"'"'s participation in the peace talks was suspended in May.' >"$SCRATCH/s2.txt"
    run extract "$SCRATCH/s2.txt" --date 2015-03-28 -o "$SCRATCH/s2.json"
    expect_status 0
    draft_has "$SCRATCH/s2.json" -member_of:IRQ:LAS -member_of:YEM:LAS
}

# Found by the review of the round's models (lead, 4 December 2026): states
# coordinated with "the members" after the word ("The six GCC members and
# Egypt, Jordan and Iraq") are not members; "members of" an organization
# the gazetteer does not know ("fellow members of the Quad") gives no
# membership of the article's organization; a chair said with "last
# year" or with a year before the article's ("The Saudi presidency of
# the G20 in 2020", read in 2023) ended before the summit. Each of these
# drew a wrong relation on main cdf3c82. The chairs of the summit's own
# year and a year far from the chair word stay. (draft_of is in
# test_extract.sh.)
test_extract_members_models_coordination_unknown_bodies_and_past_chairs() {
    draft_of v1 2023-12-05 'The GCC summit opened in Kuwait City.' \
        'The six GCC members and Egypt, Jordan and Iraq issued a joint statement at the summit.'
    draft_has "$SCRATCH/v1.json" -member_of:EGY:GCC -member_of:JOR:GCC -member_of:IRQ:GCC
    draft_of v2 2023-09-05 'The ASEAN summit opened in Jakarta.' \
        'India, Japan and Australia, fellow members of the Quad, sent senior envoys to the ASEAN summit.'
    draft_has "$SCRATCH/v2.json" -member_of:IND:ASEAN -member_of:JPN:ASEAN -member_of:AUS:ASEAN
    draft_of v3 2023-09-09 'The G20 summit opened in New Delhi.' \
        'The Saudi presidency of the G20 in 2020 was held virtually.' \
        "India's Prime Minister Narendra Modi, who chaired the bloc's virtual summit last year, spoke first."
    draft_has "$SCRATCH/v3.json" -chairs:SAU:G20 -chairs:IND:G20
    draft_of v4 2024-11-18 'The GCC summit opened in Manama.' \
        "Bahrain's king chairs meeting attended by Oman's sultan for the first time since 2020." \
        'The Brazilian presidency of the G20 in 2024 set three priorities.'
    model_drew "$SCRATCH/v4.json" chairs BHR GCC
    model_drew "$SCRATCH/v4.json" chairs BRA G20
}

# Tenth round: the membership word before a colon governs every item of
# the list after it, the last as much as the first, however the items are
# written ("observer states: Foreign Minister of A NAME and President of
# B NAME": both owned by the word, near it, a pair); a verb with leaders
# before a colon does not make a list of members ("will bring together
# the presidents: A NAME, B NAME and C NAME" says who comes: no item of
# a list, no membership).
test_extract_members_a_list_after_a_membership_colon_is_governed_by_it() {
    draft_of o1 2024-03-07 'The Arab League summit opened in Manama on Thursday.' \
        'Also present were envoys of the observer states: Foreign Minister of Venezuela Yvan Gil and President of Eritrea Isaias Afwerki, who arrived late.' \
        'The summit will bring together the presidents: Egypt Abdel Fattah al-Sisi, Jordan King Abdullah and Iraq Mohammed Shia al-Sudani.'
    run extract "$SCRATCH/o1.txt" --date 2024-03-07 --explain
    expect_status 0
    for state in VEN ERI; do
        grep -q "  model member_of $state->LAS [0-9.]* [a-z-]* observer.* member_near=1 .* owns_cue=1 .* pair=1 colon=1 set_out=1 " "$SCRATCH/err" ||
            fail "$state is not read as an item of the observers' list"
    done
    for state in EGY JOR IRQ; do
        grep -q "  model member_of $state->LAS [0-9.]* not-drawn: .* set_out=0 " "$SCRATCH/err" ||
            fail "$state is read as an item of a list of members"
    done
    draft_has "$SCRATCH/o1.json" -member_of:EGY:LAS -member_of:JOR:LAS -member_of:IRQ:LAS
}

# Tenth round: a chair and its state in apposition, one comma apart
# ("Brunei, the ASEAN chair for 2021", "As chair of BRICS this year,
# South Africa"), and a head of state named by the chair word, who
# stands for the state he heads on the date ("President Erdogan, who
# took over the chairmanship of the organization"), are drawn. Not the
# outgoing chair, the chairperson of a commission, a co-chair of another
# meeting, nor states coordinated before "the chairs".
test_extract_members_chair_in_apposition_and_a_head_for_his_state() {
    draft_of a1 2021-10-26 'The ASEAN summit was held online on Tuesday.' \
        'Brunei, the ASEAN chair for 2021, hosted the virtual meeting.' \
        'Cambodia and Laos, the ASEAN chairs of 2022 and 2024, sent ministers.'
    model_drew "$SCRATCH/a1.json" chairs BRN ASEAN
    draft_has "$SCRATCH/a1.json" -chairs:KHM:ASEAN -chairs:LAO:ASEAN
    draft_of a2 2023-08-22 'The BRICS summit opened in Johannesburg on Tuesday.' \
        'As chair of BRICS this year, South Africa invited 67 leaders.' \
        'Xi Jinping will co-chair the China-Africa Leaders Dialogue alongside Ramaphosa.'
    model_drew "$SCRATCH/a2.json" chairs ZAF BRICS
    draft_has "$SCRATCH/a2.json" -chairs:CHN:BRICS
    draft_of a3 2021-11-12 'The OTS summit opened in Istanbul on Friday.' \
        'President Erdogan, who took over the chairmanship of the organization, opened the session.'
    model_drew "$SCRATCH/a3.json" chairs TUR OTS
    draft_of a4 2024-02-17 'The African Union summit opened in Addis Ababa on Saturday.' \
        'Comoros President Azali Assoumani, the outgoing AU chairperson, handed over.' \
        'Moussa Faki Mahamat, chairperson of the AU Commission, opened the session with Kenyan President William Ruto.'
    draft_has "$SCRATCH/a4.json" -chairs:COM:AU -chairs:KEN:AU -chairs:TCD:AU
}

# Tenth round: the model reads no state after a region word ("Northern
# Cyprus" is not Cyprus: the base model drew CYP->OTS at 0.927 here; a
# rule still draws it, a matter of the pattern engine's region words),
# and a prospective membership ("potential
# members", "possible future members", "interested") is denied near the
# states.
test_extract_members_model_no_region_and_no_prospective_member() {
    draft_of r1 2024-11-15 'The OTS informal summit opened in Bishkek on Wednesday.' \
        'Hungary and Turkmenistan, observer states, attended alongside the members Azerbaijan, Kazakhstan, Kyrgyzstan, Turkey and Uzbekistan; Northern Cyprus also has observer status.'
    run extract "$SCRATCH/r1.txt" --date 2024-11-15 --explain
    expect_status 0
    grep -q '  model member_of CYP->' "$SCRATCH/err" && fail "Northern Cyprus read as Cyprus"
    draft_of r2 2024-10-23 'The BRICS summit opened in Kazan on Tuesday.' \
        'Malaysia, Thailand and Indonesia, potential members of the grouping, sent envoys.'
    run extract "$SCRATCH/r2.txt" --date 2024-10-23 --explain
    expect_status 0
    grep -q '  model member_of MYS->BRICS [0-9.]* vetoed-denied' "$SCRATCH/err" ||
        fail "a potential member is not denied"
    draft_has "$SCRATCH/r2.json" -member_of:MYS:BRICS -member_of:THA:BRICS -member_of:IDN:BRICS
}

# Tenth round: "members of the Organisation" (capitalized, alone) is the
# article's organization, not a body the gazetteer lacks; "the
# Organization of American States", "the Union" and "the Commonwealth"
# stay other bodies.
test_extract_members_the_organisation_alone_is_the_articles() {
    draft_of b1 2022-11-14 'The summit of the Organization of Turkic States opened in Samarkand.' \
        'Hungary and Turkmenistan hold observer status in the organisation.' \
        'Azerbaijan, Kazakhstan, Kyrgyzstan, Turkey, and Uzbekistan are permanent members of the Organisation, which seeks to foster co-operation.'
    for state in AZE KAZ KGZ TUR UZB; do
        model_drew "$SCRATCH/b1.json" member_of "$state" OTS
    done
    draft_of b2 2024-07-04 'The SCO summit opened in Astana on Thursday.' \
        'Belarus and Iran are full members of the SCO.' \
        'Brazil and Mexico, members of the Organization of American States, sent no one.' \
        'India, South Africa and Nigeria, members of the Commonwealth, signed a statement.' \
        'Sweden and Austria, members of the Union, sent observers.'
    draft_has "$SCRATCH/b2.json" -member_of:BRA:SCO -member_of:MEX:SCO \
        -member_of:ZAF:SCO -member_of:NGA:SCO -member_of:SWE:SCO -member_of:AUT:SCO
}

# A head who chairs another body ("chairman of the Central Military
# Commission", a body whose name ends five tokens after the chair word)
# does not make his state chair the organization; found by the review of
# the tenth round, whose chair model drew CHN chairing BRICS at 0.65.
test_extract_members_chair_of_another_body_is_no_chair() {
    draft_of body 2023-08-22 'The BRICS summit opened in Johannesburg.' \
        'Xi Jinping, chairman of the Central Military Commission, attended the BRICS summit.'
    draft_has "$SCRATCH/body.json" -chairs:CHN:BRICS +attends:xi:summit-2023
}

# A membership only hoped for is none ("a potential member of BRICS",
# "a possible future member"), and a state's name after a capitalized
# region word names another entity ("Northern Cyprus has observer
# status"): neither is drawn by a rule; a member and an observer named
# plainly beside them are.
test_extract_members_potential_members_and_region_names_are_none() {
    presence_case 2023-08-22 '-member_of:SAU:BRICS -member_of:ARG:BRICS +member_of:BRA:BRICS' \
        'The BRICS summit opened in Johannesburg on Tuesday.' \
        'Saudi Arabia is a potential member of BRICS.' \
        'Argentina, a possible future member of the bloc, sent its minister.' \
        'Brazil is a member of BRICS.'
    presence_case 2024-05-04 '-member_of:CYP:OIC +member_of:THA:OIC -member_of:SDN:AU' \
        'The OIC summit opened in Banjul on Saturday.' \
        'Northern Cyprus also has observer status in the OIC.' \
        'Thailand also has observer status in the OIC.' \
        'Southern Sudan became a member of the African Union in 2011.'
}

# A chair the words date to the past chairs no more ("who chaired the
# CSTO last year", "the previous chair"), while the one chairing now, or
# the next, does; and one chair at a time: a state the rules put in the
# chair vetoes the model's second ("Kazakhstan, the chair of the bloc" beside
# "currently chairs"), not the state the chair passes to ("will take the
# helm").
test_extract_members_past_chairs_and_one_chair_at_a_time() {
    presence_case 2023-11-23 '-chairs:ARM:CSTO +chairs:BLR:CSTO' \
        'The CSTO summit opened in Minsk on Thursday.' \
        'Nikol Pashinyan, who chaired the CSTO last year, stayed away.' \
        'Alexander Lukashenko, who chairs the CSTO, opened the session.'
    presence_case 2023-11-23 '+chairs:BLR:CSTO -chairs:KAZ:CSTO +chairs:ARM:CSTO' \
        'The CSTO summit opened in Minsk on Thursday.' \
        'Belarus currently chairs the CSTO.' \
        'Kazakhstan, the chair of the bloc, spoke on trade.' \
        'Armenia will take the helm of the bloc next year.'
    grep -q '  model chairs KAZ->CSTO [0-9.]* vetoed-other-chair' "$SCRATCH/err" ||
        fail "a second chair is not vetoed"
}

# The chair by its passing ("the chairmanship of the union passed from
# A to B": B chairs; A chaired the session that handed it over, as the
# model reads it) and by a chairing head whose title no role lists
# ("chaired by Chairman of the Cabinet of Ministers of the Kyrgyz
# Republic NAME": the state NAME holds office in). Not a chairmanship of
# a state the text does not name as its head's, nor a passing of
# something else ("the baton passed from A to B" of a relay).
test_extract_members_chair_passing_and_a_chairing_title() {
    presence_case 2024-02-18 '+chairs:MRT:AU' \
        'The African Union summit opened in Addis Ababa on Saturday.' \
        'The chairmanship of the union passed from the Comoros to Mauritania.'
    presence_case 2023-10-26 '+chairs:KGZ:SCO +attends:japarov-akylbek:summit-2023' \
        'The SCO meeting of heads of government opened on Thursday.' \
        'The meeting was chaired by Chairman of the Cabinet of Ministers of the Kyrgyz Republic Akylbek Japarov.'
    presence_case 2024-11-18 '-chairs:CHL:G20 -chairs:MEX:G20' \
        'The G20 summit opened in Rio de Janeiro on Monday.' \
        'The relay baton passed from Mexico to Chile at the games.' \
        'The panel was chaired by a professor of economics of Mexico, Ana Ruiz.'
}

# Joining a meeting is no membership: a state "joined the ORG leaders"
# or "the ORG summit", a person who "joined the ORG group in PLACE" (a
# guest arriving); joining the organization, dated, still is.
test_extract_members_joining_a_meeting_is_not_membership() {
    printf '%s\n' \
        'The African Union summit opened in Addis Ababa on Sunday.' \
        'President Lula of Brazil joined the AU leaders in Addis Ababa on Saturday.' \
        'Chinese Premier Li Qiang joined the AU group in Ethiopia for a lunch.' \
        'Morocco joined the AU in 2017, and South Sudan joined the union in 2011.' >"$SCRATCH/j1.txt"
    run extract "$SCRATCH/j1.txt" --date 2024-02-18 --explain -o "$SCRATCH/j1.json"
    expect_status 0
    expect_err_has 'rejected member_of BRA->AU'
    draft_has "$SCRATCH/j1.json" -member_of:BRA:AU -member_of:CHN:AU \
        +member_of:MAR:AU +member_of:SSD:AU
}

# A chair of a past presidency is none: "Last year, under India's
# presidency, ..." (the time phrase opens the clause, a comma before the
# state); "under Brazil's presidency" this year is one.
test_extract_members_a_presidency_last_year_is_no_chair() {
    printf '%s\n' \
        'The G20 summit opened in Rio de Janeiro on Monday under Brazil'"'"'s presidency.' \
        'Last year, under India'"'"'s presidency, the leaders adopted a debt agenda.' \
        'The previous summit, under Indonesia'"'"'s chairmanship, agreed on food security.' >"$SCRATCH/c1.txt"
    run extract "$SCRATCH/c1.txt" --date 2024-11-18 --explain -o "$SCRATCH/c1.json"
    expect_status 0
    draft_has "$SCRATCH/c1.json" +chairs:BRA:G20 -chairs:IND:G20 \
        -chairs:IDN:G20
}

# A state's demonym that opens another entity's name names no state:
# "the Turkish Republic of Northern Cyprus" is neither Turkey nor Cyprus,
# as observer or as a guest; a list beside it keeps its states.
test_extract_members_a_state_inside_another_name_is_none() {
    printf '%s\n' \
        'The Organization of Turkic States summit opened in Budapest on Friday.' \
        'The Turkish Republic of Northern Cyprus has observer status in the organization.' \
        'Leaders of the Turkish Republic of Northern Cyprus attended as guests.' \
        'Leaders of Kazakhstan and Hungary attended the opening.' >"$SCRATCH/n1.txt"
    run extract "$SCRATCH/n1.txt" --date 2024-05-17 --explain -o "$SCRATCH/n1.json"
    expect_status 0
    draft_has "$SCRATCH/n1.json" -member_of:TUR:OTS -member_of:CYP:OTS \
        -attends:TUR:summit-2024 -attends:CYP:summit-2024 \
        +attends:KAZ:summit-2024 +attends:HUN:summit-2024
}

# A summit "weeks after" or "days before" which the sentence counts from
# is another one: its place names no host ("days after Xi decided not to
# join the BRICS summit in Russia"); the summit itself, opened "days after"
# something, still has its host.
test_extract_members_a_summit_counted_from_is_another() {
    printf '%s\n' \
        'Premier Li Qiang is representing China, days after Xi decided not to join the BRICS summit in Russia.' \
        'The ASEAN summit in Vientiane opened days after floods hit the north.' >"$SCRATCH/h1.txt"
    run extract "$SCRATCH/h1.txt" --date 2024-10-09 --explain -o "$SCRATCH/h1.json"
    expect_status 0
    expect_err_has 'rejected hosts RUS->summit-2024'
    draft_has "$SCRATCH/h1.json" -hosts:RUS:summit-2024 +hosts:LAO:summit-2024
}
