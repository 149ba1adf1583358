# End-to-end tests of the presence rules of `entente extract` (hosts,
# absent_from, attends; src/extract/rules_*.c, dateline.c; sourced by
# run.sh, which also gives draft_has from test_extract.sh). The sentences
# are invented for the tests; none comes from an article of tests/extract.

# presence_case DATE EXPECTED LINE...: extracts the lines (one article)
# on DATE and checks the draft against EXPECTED, draft_has's space-
# separated "+type:source:target" and "-type:source:target"; the
# explanation is in $SCRATCH/err (test_extract_members.sh uses it too).
presence_case() {
    local date=$1 expected=$2
    shift 2
    printf '%s\n' "$@" >"$SCRATCH/presence.txt"
    run extract "$SCRATCH/presence.txt" --date "$date" --explain -o "$SCRATCH/presence.json"
    expect_status 0
    # shellcheck disable=SC2086 # one word per relation
    draft_has "$SCRATCH/presence.json" $expected
}

# A venue named as a town and its state ("in Kazan, Russia on ...", "in
# the city of Jeddah in Western Saudi Arabia", "reached Bali in
# Indonesia to attend the summit") makes the state the host; a month or
# a day before the state is no town ("held in April in Manila"), nor is
# a clause ("in 2024, Vietnam said").
test_extract_presence_town_and_state_make_the_host() {
    presence_case 2024-10-22 +hosts:RUS:summit-2024 \
        'The BRICS summit was held in Kazan, Russia on 22 October.'
    presence_case 2023-05-19 +hosts:SAU:summit-2023 \
        'The Arab League summit took place in the city of Jeddah in Western Saudi Arabia.'
    presence_case 2022-11-15 +hosts:IDN:summit-2022 \
        'Leaders of the G20 reached Bali in Indonesia to attend the two-day summit.'
    presence_case 2017-11-13 '-hosts:PHL:summit-2017 -hosts:VNM:summit-2017' \
        'The previous ASEAN summit, held in April in Manila, set a goal.' \
        'The ASEAN meeting in 2024, Vietnam said, was a success.'
}

# Wire copy's dateline: a town in capitals with its state ("DURBAN, South
# Africa (AP) -") says where the summit is; a city that stands for its
# state ("WASHINGTON -") only when the lead places the meeting "here"
# (else it is the agency's bureau); a town without its state, or
# states' names in a line, do not.
test_extract_presence_town_dateline_makes_the_host() {
    presence_case 2002-07-09 +hosts:ZAF:summit-2002 \
        'DURBAN, South Africa (AP) — African Union leaders opened their summit on Sunday.'
    presence_case 2024-07-09 +hosts:USA:summit-2024 \
        'WASHINGTON — NATO leaders opened their summit here on Tuesday.'
    presence_case 2024-07-09 -hosts:USA:summit-2024 \
        'WASHINGTON (Reuters) - NATO leaders opened their summit on Tuesday.'
    presence_case 2023-08-22 -hosts:USA:summit-2023 \
        'WASHINGTON, Aug 21 (AP) - BRICS leaders will open their summit on Tuesday, officials said.'
    presence_case 2002-07-09 '-hosts:ZAF:summit-2002 -hosts:NGA:summit-2002' \
        'DURBAN — African Union leaders opened their summit on Sunday.' '' \
        'Ghana, Nigeria — ECOWAS leaders met.'
}

# Absences read from a general cue and the names it governs: no-shows,
# states said to be going to stay away ("A and B will be absent"), a name
# kept out of the meeting ("exclude A from the summit"), a head whose
# stand-in was sent ("sent its deputy premier to represent Sultan NAME":
# he is absent, his state is there). Not an exclusion from something
# else ("barred Togo from trading").
test_extract_presence_absences_by_general_cues() {
    presence_case 2024-07-07 '+absent_from:MLI:summit-2024 +absent_from:BFA:summit-2024
        +absent_from:NER:summit-2024 +absent_from:GIN:summit-2024 +absent_from:GAB:summit-2024
        +absent_from:TCD:summit-2024 +absent_from:SDN:summit-2024 +absent_from:BEN:summit-2024
        -absent_from:TGO:summit-2024 +absent_from:haitham:summit-2024 +attends:OMN:summit-2024
        -absent_from:OMN:summit-2024' \
        'The ECOWAS summit opened in Abuja on Sunday.' \
        'Mali, Burkina Faso and Niger were no-shows at the summit.' \
        'The no-shows included Guinea and Gabon.' \
        'Sudan and Chad will be absent following their suspension.' \
        'The bloc barred Togo from trading with the junta.' \
        'Leaders agreed to exclude Benin from the summit.' \
        'Oman sent its deputy premier to represent Sultan Haitham bin Tariq at the summit.'
}

# "in YEAR" just after a match, a year not the article's, is another
# year's gathering ("those hosted by Senegal in 1991 and 2008", "elected
# at the session in Bissau, Guinea-Bissau capital, in 2023"); the
# article's own year is this one.
test_extract_presence_another_year_is_another_gathering() {
    presence_case 2024-05-04 '+hosts:GMB:summit-2024 -hosts:SEN:summit-2024
        -hosts:GNB:summit-2024 -attends:GHA:summit-2024' \
        'The OIC summit was hosted by Gambia in 2024.' \
        'It is the third in Africa since those hosted by Senegal in 1991 and 2008.' \
        'He was elected at the session in Bissau, Guinea-Bissau capital, in 2023.' \
        'Ghana attended the summit in 2019.'
}

# "Ahead of the gathering in the Kenyan capital Nairobi" still says where
# the summit is (not so "ahead of the next summit", nor talks or a dinner
# hosted ahead of it); "Qatar, for the first time in its history, will
# host the 45th GCC Summit" (words between the article and the summit).
test_extract_presence_hosts_ahead_of_the_summit_and_words_before_it() {
    presence_case 2024-02-17 '+hosts:KEN:summit-2024 +hosts:QAT:summit-2024
        -hosts:EGY:summit-2024 -hosts:TUR:summit-2024' \
        'Ahead of the gathering in the Kenyan capital Nairobi, the AU Commission chief spoke.' \
        'Qatar, for the first time in its history, will host the 45th GCC Summit.' \
        'Ahead of the next summit in the Egyptian capital Cairo, leaders spoke.' \
        'Turkey hosted talks ahead of the summit.' \
        'President Erdogan hosted a dinner ahead of the summit.'
}

# A habit is no statement of this summit: "has typically sent ministers
# to the summit", "who was usually keen to attend the summits"; a habit
# said after the match leaves it ("attended the summit, as he usually
# does").
test_extract_presence_a_habit_is_not_this_summit() {
    presence_case 2018-09-28 '-attends:TKM:summit-2018 -attends:aliyev:summit-2018
        -attends:AZE:summit-2018 +attends:tokayev:summit-2018 +attends:KAZ:summit-2018' \
        'The CIS summit opened in Dushanbe on Friday.' \
        'Turkmenistan has typically sent ministers to the summit.' \
        'President Ilham Aliyev, who was usually keen to attend the summits, stayed home.' \
        'Kazakh President Kassym-Jomart Tokayev attended the summit, as he usually does.'
}

# The state after "arrived in TOWN," is the venue's only when it closes
# the phrase: not a speaker ("arrived in Kazan, South Africa said"), nor
# a possessive ("in Kazan, Russia's ministry said"); "arrived in Kazan,
# Russia, for the summit" and "in Nusa Dua, Indonesia on Monday" are.
test_extract_presence_the_state_of_a_town_closes_the_phrase() {
    presence_case 2024-10-22 '-hosts:ZAF:summit-2024 -hosts:RUS:summit-2024' \
        'Leaders have arrived in Kazan, South Africa said on Monday, for the BRICS summit.' \
        "Leaders arrived in Kazan, Russia's foreign ministry said, for the BRICS summit."
    presence_case 2024-10-22 +hosts:RUS:summit-2024 \
        'Leaders arrived in Kazan, Russia, for the BRICS summit.'
    presence_case 2022-11-14 '+hosts:IDN:summit-2022 -hosts:AUS:summit-2022' \
        'G20 leaders landed in Nusa Dua, Indonesia on Monday for the summit.'
    presence_case 2022-11-14 '-hosts:AUS:summit-2022 -hosts:IDN:summit-2022' \
        'G20 leaders landed in Nusa Dua, Australia told reporters at the summit.'
}

# Kyrgyzstan's "Chairman of the Cabinet of Ministers" heads its
# government: absent, he carries his state with him, as a prime
# minister does; a minister does not.
test_extract_presence_a_cabinet_chairman_heads_the_government() {
    presence_case 2023-10-13 '+absent_from:japarov-akylbek:summit-2023
        +absent_from:KGZ:summit-2023' \
        'The CIS summit opened in Bishkek on Friday.' \
        'Akylbek Japarov skipped the summit.'
}

# A doubt that governs the clause ("It is possible that A will not
# attend", "It remains unclear whether B will come") states neither a
# presence nor an absence; "it is clear that C will attend" does.
test_extract_presence_a_doubted_clause_states_nothing() {
    presence_case 2025-10-26 '+leads:hun-manet:KHM -absent_from:hun-manet:summit-2025
        -absent_from:KHM:summit-2025 -attends:MMR:summit-2025 +attends:LAO:summit-2025
        +absent_from:PHL:summit-2025' \
        'The ASEAN summit opened in Kuala Lumpur on Sunday.' \
        'It is possible that Prime Minister Hun Manet of Cambodia will not attend the summit.' \
        'It remains unclear whether Myanmar will attend the summit.' \
        'Officials said it is clear that Laos will attend the summit.' \
        'The Philippines will not attend the summit.'
}

# A head who stays away carries his state's absence, also when the
# sentence matches the state by his title ("President of Uzbekistan NAME
# will not take part"); when someone stands in for the state, it attends
# and only the head is absent. Without a stand-in the state stays absent.
test_extract_presence_a_stand_in_outweighs_the_heads_absence() {
    presence_case 2019-10-11 '+absent_from:mirziyoyev:summit-2019 -absent_from:UZB:summit-2019
        +attends:UZB:summit-2019 +absent_from:KGZ:summit-2019' \
        'The CIS summit opened in Ashgabat on Friday.' \
        'President of Uzbekistan Shavkat Mirziyoyev will not take part in the summit.' \
        'Uzbekistan will be represented by its foreign minister.' \
        'President of Kyrgyzstan Sooronbay Jeenbekov will not take part in the summit.'
}

# "since the inaugural summit in Niamey" names an earlier meeting, the
# point time is counted from: not this one's venue. "the summit in
# Bamako" is.
test_extract_presence_a_meeting_since_which_is_another() {
    presence_case 2025-12-23 '+hosts:MLI:summit-2025 -hosts:NER:summit-2025' \
        'The summit in Bamako opened on Monday.' \
        'Leaders praised the progress made since the inaugural summit in Niamey.'
    presence_case 2023-07-09 '+hosts:GNB:summit-2023 -hosts:GHA:summit-2023' \
        'Trade has doubled since the summit in Accra in 2019.' \
        'The summit in Bissau opened on Sunday.'
}

# "held in TOWN, STATE last week" places this summit (a time of the last
# days closes the phrase), "last year" another one; "STATE, which hosted
# this year's event" is the host whatever the meeting is called; the
# state nearer the verb hosts ("handed the chair to Chile, which hosted
# the summit"), not the subject before it.
test_extract_presence_hosts_by_time_year_and_nearer_state() {
    presence_case 2024-11-20 '+hosts:BRA:summit-2024' \
        'The 19th summit of the G20 was held in Rio de Janeiro, Brazil last week.'
    presence_case 2024-11-20 '-hosts:IND:summit-2024' \
        'The summit of the G20 was held in Goa, India last year.'
    presence_case 2024-11-20 '+hosts:PER:summit-2024 -hosts:USA:summit-2024' \
        'The United States handed the APEC chair to Peru, which hosted this year'"'"'s event.'
    presence_case 2019-11-20 '+hosts:CHL:summit-2019 -hosts:PNG:summit-2019' \
        'Papua New Guinea handed the chair to Chile, which hosted the summit.'
}
