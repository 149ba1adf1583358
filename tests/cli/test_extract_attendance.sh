# End-to-end tests of attendance in `entente extract` (sourced by run.sh):
# the state model, which decides for every state an article names from
# features of the whole article, and the list rules of the tenth round.
# Every article here is invented for the test.

# attendance_write FILE LINE...: an article of one line per paragraph,
# opened by a sentence that names the summit.
attendance_write() {
    file=$1
    shift
    {
        echo 'The summit of the Shanghai Cooperation Organisation opened in Bishkek on Friday.'
        for line in "$@"; do
            printf '\n%s\n' "$line"
        done
    } >"$file"
}

# Drafts are checked with draft_has (tests/cli/test_extract.sh, which
# run.sh sources with this file): draft_has DRAFT [+|-]TYPE:SOURCE:TARGET...

# A list no rule reads ("sat at the round table", "filled the hall"),
# in a sentence with a participation word and a leaders' word before
# the list: the state model draws each state, below every rule's
# confidence, with its own pattern, and --explain says so.
test_extract_attendance_state_model_draws_the_states_of_a_list() {
    attendance_write "$SCRATCH/list.txt" \
        'At the plenary session of the summit the presidents of Kazakhstan, Tajikistan and Uzbekistan sat at the round table.' \
        'Delegations led by the heads of state of India, Pakistan and Mongolia filled the summit hall.'
    run extract "$SCRATCH/list.txt" --date 2019-06-14 --explain="$SCRATCH/explain.txt" \
        -o "$SCRATCH/draft.json"
    expect_status 0
    draft_has "$SCRATCH/draft.json" +attends:KAZ:summit-2019 +attends:TJK:summit-2019 \
        +attends:UZB:summit-2019 +attends:IND:summit-2019 +attends:PAK:summit-2019 \
        +attends:MNG:summit-2019 -attends:KGZ:summit-2019
    python3 - "$SCRATCH/draft.json" <<'PY' || fail "not the state model's relation"
import json, sys
for r in json.load(open(sys.argv[1]))["relations"]:
    if (r["type"], r["source"]) == ("attends", "KAZ"):
        assert r["pattern"] == "state attendance model (features of the whole article)", r
        assert r["confidence"] <= 0.7, r
        assert r["evidence"].startswith("At the plenary session"), r
PY
    cp "$SCRATCH/explain.txt" "$SCRATCH/out"
    expect_out_line "state model: each state named, drawn at p >= 0.95 when the rules did not"
    grep -Eq '^  state model attends KAZ->summit-2019 (0\.9[5-9][0-9]|1\.000) drawn evidence \[' "$SCRATCH/out" ||
        fail "Kazakhstan not drawn by the state model"
    # the host, named by its capital only, is no candidate: a capital
    # names a place
    ! grep -q 'state model attends KGZ' "$SCRATCH/out" || fail "a capital made a candidate"
}

# What must not count: bilateral talks on the sidelines, an invitation,
# a video address, a place ("investment in A, B and C"), a hedge ("may
# join"), a negation. Each list stands alone in its article.
test_extract_attendance_state_model_leaves_other_gatherings_and_hedges() {
    k=0
    for line in \
        'On the sidelines of the summit plenary, the presidents of Kazakhstan, Tajikistan and Uzbekistan held bilateral talks.' \
        'The presidents of Kazakhstan, Tajikistan and Uzbekistan were invited to the summit plenary session.' \
        'The presidents of Kazakhstan, Tajikistan and Uzbekistan sent a video address to the summit plenary session.' \
        'At the plenary session of the summit the presidents discussed investment in Kazakhstan, Tajikistan and Uzbekistan.' \
        'The presidents of Kazakhstan, Tajikistan and Uzbekistan may join the plenary session of the summit.' \
        'The presidents of Kazakhstan, Tajikistan and Uzbekistan were not at the plenary session of the summit.'; do
        k=$((k + 1))
        attendance_write "$SCRATCH/not$k.txt" "$line"
        run extract "$SCRATCH/not$k.txt" --date 2019-06-14 -o "$SCRATCH/not$k.json"
        expect_status 0
        draft_has "$SCRATCH/not$k.json" -attends:KAZ:summit-2019 \
            -attends:TJK:summit-2019 -attends:UZB:summit-2019
    done
}

# The rules: leaders who "held bilateral talks" are at another gathering
# ("held" and "exchanged" count only of the meeting itself), and a
# list's every name stays away when the list "did not attend".
test_extract_attendance_list_rules_read_held_talks_and_absent_lists() {
    attendance_write "$SCRATCH/rules.txt" \
        'The leaders of Kazakhstan and Russia held bilateral talks on the sidelines of the summit.' \
        'The leaders of China and India held a meeting of the summit council.' \
        'The presidents of Tajikistan, Uzbekistan and Mongolia did not attend the summit.' \
        'Imran Khan, Ashraf Ghani and Hassan Rouhani did not attend the summit either.'
    run extract "$SCRATCH/rules.txt" --date 2019-06-14 -o "$SCRATCH/rules.json"
    expect_status 0
    draft_has "$SCRATCH/rules.json" -attends:KAZ:summit-2019 -attends:RUS:summit-2019 \
        +attends:CHN:summit-2019 +attends:IND:summit-2019 \
        +absent_from:TJK:summit-2019 +absent_from:UZB:summit-2019 +absent_from:MNG:summit-2019 \
        -attends:TJK:summit-2019 -attends:UZB:summit-2019 -attends:MNG:summit-2019 \
        +absent_from:khan:summit-2019 +absent_from:ghani:summit-2019 +absent_from:rouhani:summit-2019
}

# A title next to a listed name and a state next to it, wherever the
# list puts them ("NAME, President of the Republic of STATE" before a
# dashed item, "President of the Repub-lic of STATE NAME", "Premier of
# the State Council of the People's Republic of China NAME"): a leadership
# when the gazetteer has the person heading that state on the date, and
# none without a title ("Mongolia NAME") or for a state the person does
# not head.
test_extract_attendance_leads_read_from_titled_lists_and_the_gazetteer() {
    draft_of_paragraphs leads 2014-07-10 \
        'The ECOWAS summit was convened in Accra.' \
        'The following Heads of State attended the Summit:' \
        '-H. E. Mr. Alassane OUATTARA, President of the Republic of Côte d’Ivoire' \
        '-H. E. Mr. Macky SALL, President of the Republic of Senegal' \
        'President of the Repub-lic of Belarus Alexander Lukashenko sent a message.' \
        'Mongolia Khaltmaagiin Battulga and Kazakhstan Nursultan Nazarbayev were seen in the hall.' \
        'President Vladimir Putin of Belarus spoke.'
    draft_has "$SCRATCH/leads.json" +leads:ouattara:CIV +leads:sall:SEN +leads:lukashenko:BLR \
        -leads:battulga:MNG -leads:nazarbayev:KAZ -leads:putin:BLR +leads:putin:RUS
    python3 - "$SCRATCH/leads.json" <<'PY' || fail "not read from the list"
import json, sys
for r in json.load(open(sys.argv[1]))["relations"]:
    if (r["type"], r["source"]) == ("leads", "lukashenko"):
        assert r["pattern"].endswith("in a list of leaders, as the gazetteer's office on the date"), r
        assert r["role"] == "president" and r["confidence"] == 0.75, r
PY
    # a long title the rules do not read, the state inside it
    draft_of premier 2023-10-26 \
        "Premier of the State Council of the People's Republic of China Li Qiang attended the summit."
    draft_has "$SCRATCH/premier.json" +leads:li-qiang:CHN +attends:li-qiang:summit-2023 -leads:li-qiang:TWN
}

# Those said to be there whatever the verb: whoever "is representing" a
# state (and the state), "heads of state expected in the country
# include A of X", "those who had already landed in CITY were X's A";
# not someone representing a state in other talks, not those "expected
# to skip the summit", not whoever met those who arrived.
test_extract_attendance_rules_read_representatives_and_arrival_lists() {
    draft_of_paragraphs there 2023-07-16 \
        'The summit of the African Union opened in Nairobi on Sunday.' \
        'Foreign Minister Sergey Lavrov is representing Russia, and Prime Minister Narendra Modi is representing India.' \
        'Other heads of state expected in the country include Felix Tshisekedi of the Democratic Republic of Congo and Adama Barrow of The Gambia.' \
        'Those who had already landed in Nairobi were Egypt'"'"'s Abdel Fattah el-Sisi and Nigeria'"'"'s Bola Tinubu.'
    draft_has "$SCRATCH/there.json" +attends:lavrov:summit-2023 +attends:RUS:summit-2023 \
        +attends:modi:summit-2023 +attends:IND:summit-2023 +attends:tshisekedi:summit-2023 \
        +attends:barrow:summit-2023 +attends:GMB:summit-2023 +attends:elsisi:summit-2023 \
        +attends:tinubu:summit-2023 +attends:NGA:summit-2023
    draft_of_paragraphs not-there 2023-07-16 \
        'The summit of the African Union opened in Nairobi on Sunday.' \
        'Sergey Lavrov was representing Russia in talks with Ukraine last year.' \
        'Heads of state expected to skip the summit include Paul Kagame and Yoweri Museveni.' \
        'Those who had arrived were met by William Ruto.'
    draft_has "$SCRATCH/not-there.json" -attends:lavrov:summit-2023 -attends:RUS:summit-2023 \
        -attends:kagame:summit-2023 -attends:museveni:summit-2023 -attends:ruto:summit-2023
}

# Stand-ins and empty seats, the state read however far the name is:
# "Lebanon is represented by X, while Morocco is represented by Y" (both
# states), "Z is representing Libya" (whoever Z is), "As for Oman, Z is
# attending on behalf of ...", "represented in person by ... NAME";
# "Egypt's current president, Z, is not attending" and "Syria's seat will
# remain vacant" (absent). Not: representing a state in other talks, a
# seat that will not remain vacant, a president who "is not only
# attending".
test_extract_attendance_rules_read_stand_ins_and_empty_seats() {
    draft_of_paragraphs seats 2019-03-31 \
        'The Arab League summit opened in Sharm el-Sheikh.' \
        'Lebanon is represented by its prime minister, while Morocco is represented by Foreign Minister Nasser Bourita.' \
        'Parliament Speaker Aqila Saleh is representing Libya.' \
        'As for Oman, Asaad bin Tariq is attending on behalf of the sultan.' \
        'Russia will also be represented in person by the country'"'"'s foreign minister Sergey Lavrov.' \
        'Egypt'"'"'s current president, Abdel Fattah al-Sissi, is not attending the summit.' \
        'Syria'"'"'s seat will remain vacant.'
    draft_has "$SCRATCH/seats.json" +attends:LBN:summit-2019 +attends:MAR:summit-2019 \
        +attends:LBY:summit-2019 +attends:OMN:summit-2019 +attends:lavrov:summit-2019 \
        +absent_from:EGY:summit-2019 +absent_from:SYR:summit-2019 -attends:EGY:summit-2019
    draft_of_paragraphs no-seats 2019-03-31 \
        'The Arab League summit opened in Sharm el-Sheikh.' \
        'Aqila Saleh was representing Libya in talks with Egypt last year.' \
        'Syria'"'"'s seat will not remain vacant for long, officials said.' \
        'Egypt'"'"'s president is not only attending the summit but also chairing it.'
    draft_has "$SCRATCH/no-seats.json" -attends:LBY:summit-2019 -absent_from:SYR:summit-2019 \
        -absent_from:EGY:summit-2019
}

# The heads who make up a body or chair one, their states set out in
# parentheses after it, plain ("(A, B and C)") or paired with a body
# ("(D - SADC, E - ECOWAS)"): each state attends. Not the states of
# ministers or of bodies whose heads are not said to be there.
test_extract_attendance_rules_read_a_body_of_heads_in_parentheses() {
    draft_of_paragraphs bureau 2023-07-16 \
        'Leaders gather in Lusaka for the mid-year summit.' \
        'The meeting will bring together the Heads of State who make up the Bureau of the Assembly (Namibia, Malawi and Uganda), the Heads of State who chair the regional communities (Angola - SADC, Ghana - ECOWAS and Kenya - EAC), and the Commission.'
    draft_has "$SCRATCH/bureau.json" +attends:NAM:summit-2023 +attends:MWI:summit-2023 \
        +attends:UGA:summit-2023 +attends:AGO:summit-2023 +attends:GHA:summit-2023 \
        +attends:KEN:summit-2023
    draft_of_paragraphs no-bureau 2023-07-16 \
        'Leaders gather in Lusaka for the mid-year summit.' \
        'The ministers who chair the regional committees (Angola, Ghana and Kenya) met last year.' \
        'Trade among the communities that make up the bloc (Namibia - SACU, Malawi - COMESA) grew.'
    draft_has "$SCRATCH/no-bureau.json" -attends:AGO:summit-2023 -attends:GHA:summit-2023 \
        -attends:KEN:summit-2023 -attends:NAM:summit-2023 -attends:MWI:summit-2023
}

# A head of government's title longer than any role phrase, maybe with a
# second office before the state ("Head of the Council of Ministers and
# Chief of Staff of the Presidential Office of Kyrgyzstan NAME"): the
# person leads the state when the gazetteer has them in office there.
# Not a person the gazetteer has in another state's office.
test_extract_attendance_rules_read_a_long_title_of_a_head_of_government() {
    draft_of_paragraphs long1 2023-10-26 \
        'The summit opened in Minsk on Friday.' \
        'The talks were chaired by Chairman of the Cabinet of Ministers of Kyrgyzstan Akylbek Japarov.'
    draft_has "$SCRATCH/long1.json" +leads:japarov-akylbek:KGZ
    draft_of_paragraphs long2 2023-10-26 \
        'The summit opened in Minsk on Friday.' \
        'Present were the Head of the Council of Ministers and Chief of Staff of the Presidential Office of Kyrgyzstan Akylbek Japarov and others.' \
        'The Chairman of the Council of Ministers of Kyrgyzstan Kassym-Jomart Tokayev was not there.'
    draft_has "$SCRATCH/long2.json" +leads:japarov-akylbek:KGZ -leads:tokayev:KGZ
}

# The states a meeting brings together beside the members: "brings
# together leaders from the five member states - A, B and C - along with
# key partners including D and E". Not partners said to trade with the
# members, nor a list after the members with no word of partners.
test_extract_attendance_rules_read_partners_along_with_the_members() {
    draft_of_paragraphs partners 2025-10-26 \
        'The summit opened in Dushanbe on Monday.' \
        'The two-day summit brings together leaders from the five member states - Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan - along with key partners including Germany, Italy and Canada.'
    draft_has "$SCRATCH/partners.json" +attends:DEU:summit-2025 +attends:ITA:summit-2025 \
        +attends:CAN:summit-2025 +attends:TJK:summit-2025
    draft_of_paragraphs no-partners 2025-10-26 \
        'The summit opened in Dushanbe on Monday.' \
        'Trade brings together firms from the five member states - Kazakhstan, Kyrgyzstan and Uzbekistan - along with key partners including Germany and Italy.' \
        'The summit brings together leaders from the member states - Kazakhstan and Kyrgyzstan - along with Canada, which sent no one.'
    draft_has "$SCRATCH/no-partners.json" -attends:DEU:summit-2025 -attends:ITA:summit-2025 \
        -attends:CAN:summit-2025
}

# The host of the heads themselves: "Zambia will host at least 12 heads
# of state". Not a state whose heads are the subject's guests elsewhere,
# nor a host of ministers only.
test_extract_attendance_rules_read_the_host_of_the_heads() {
    draft_of_paragraphs host 2023-07-16 \
        'Leaders gather for the mid-year summit.' \
        'Zambia will host at least 12 heads of state and 40 ministers on Sunday.'
    draft_has "$SCRATCH/host.json" +hosts:ZMB:summit-2023
    draft_of_paragraphs no-host 2023-07-16 \
        'Leaders gather for the mid-year summit.' \
        'Zambia will host 40 trade ministers on Sunday.' \
        'Malawi sent its heads of state to the summit.'
    draft_has "$SCRATCH/no-host.json" -hosts:ZMB:summit-2023 -hosts:MWI:summit-2023
}

# The subject before "along with" is absent with those after it:
# "STATE's president NAME, along with NAME and his son, were noticeably
# absent". Not when they were present.
test_extract_attendance_rules_read_the_absent_subject_before_along_with() {
    draft_of_paragraphs along 2023-02-18 \
        'The summit opened in Addis Ababa.' \
        'Kenya'"'"'s president William Ruto, along with Ugandan President Yoweri Museveni and his ministers, were noticeably absent.'
    draft_has "$SCRATCH/along.json" +absent_from:ruto:summit-2023 +absent_from:museveni:summit-2023
    draft_of_paragraphs no-along 2023-02-18 \
        'The summit opened in Addis Ababa.' \
        'Kenya'"'"'s president William Ruto, along with Ugandan President Yoweri Museveni, was noticeably present.'
    draft_has "$SCRATCH/no-along.json" -absent_from:ruto:summit-2023 -absent_from:museveni:summit-2023
}

# A list of "STATE NAME" items under one plural title ("the presidents:
# Russia Vladimir Putin, Belarus Alexander Lukashenko, ..."): the title
# stands for each, and each leads its state when the gazetteer has them
# heading it on the date. Not a former head, not ministers, not a list
# whose first item has its own title (the plural title went to it), not
# a bare "STATE NAME" with no title.
test_extract_attendance_plural_title_over_state_name_items() {
    draft_of_paragraphs heads 2023-08-22 \
        'The BRICS summit opened in Johannesburg.' \
        'It brought together the presidents: China Xi Jinping, Russia Vladimir Putin and South Africa Cyril Ramaphosa.' \
        'The ECOWAS summit heard the heads of state Ghana Nana Akufo-Addo, Senegal Macky Sall.'
    draft_has "$SCRATCH/heads.json" +leads:xi:CHN +leads:putin:RUS +leads:ramaphosa:ZAF \
        +leads:akufo-addo:GHA +leads:sall:SEN
    draft_of_paragraphs not-heads 2023-08-22 \
        'The summit opened in Johannesburg.' \
        'The guests were the presidents: Kazakhstan Nursultan Nazarbayev, Ghana Nana Akufo-Addo.' \
        'The ministers: Russia Sergey Lavrov, Senegal Macky Sall.' \
        'The leaders, notably Indian Prime Minister Narendra Modi, China Xi Jinping and Russia Vladimir Putin, arrived.' \
        'Mongolia Ukhnaagiin Khurelsukh and Kazakhstan Kassym-Jomart Tokayev were seen in the hall.'
    draft_has "$SCRATCH/not-heads.json" -leads:nazarbayev:KAZ +leads:akufo-addo:GHA \
        -leads:lavrov:RUS -leads:sall:SEN -leads:xi:CHN -leads:putin:RUS \
        -leads:khurelsukh:MNG -leads:tokayev:KAZ +leads:modi:IND
}
