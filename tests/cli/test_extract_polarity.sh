# End-to-end tests of the polarity of a clause (src/extract/polarity.c,
# read by absence.c for every attendance and absence a sentence draws;
# sourced by run.sh, which also gives draft_of and draft_has from
# test_extract.sh). The sentences are invented for the tests; none comes
# from an article of tests/extract.

# A negation that governs the presence, in the passive and over a list,
# states an absence of each name and no attendance; "neither ... nor"
# and "came" deny attendance; "no" and "none of" deny a count, and "not
# invited" is no absence.
test_extract_polarity_negation_in_the_passive_and_lists() {
    draft_of polarity1 2024-02-18 \
        'The African Union summit opened in Addis Ababa on Sunday.' \
        'The summit will not be attended by the Malian, Guinean and Burkinabe presidents.' \
        'Neither the King of Morocco nor the President of Tunisia came to Addis Ababa.' \
        'No Eritrean official took part in the summit.' \
        'None of the leaders of Niger and Chad were invited to the summit.'
    draft_has "$SCRATCH/polarity1.json" +absent_from:MLI:summit-2024 \
        +absent_from:GIN:summit-2024 +absent_from:BFA:summit-2024 \
        -attends:MLI:summit-2024 -attends:GIN:summit-2024 \
        -attends:BFA:summit-2024 -attends:MAR:summit-2024 \
        -attends:TUN:summit-2024 -attends:ERI:summit-2024 \
        -absent_from:ERI:summit-2024 -absent_from:NER:summit-2024 \
        -absent_from:TCD:summit-2024 -attends:NER:summit-2024
}

# "without" a name in a clause of the meeting is its absence; "without
# delay", "without preconditions" and "signed without reservations" name
# nobody; a predicate of absence ("cancelled at the last minute") after
# an aside that expected the leader drops the attendance the aside drew.
test_extract_polarity_without_and_a_cancellation() {
    draft_of polarity2 2021-10-26 \
        'The ASEAN summit opened in Bandar Seri Begawan on Tuesday without Myanmar.' \
        'Leaders met without delay and without preconditions, and Vietnam signed the statement without reservations.' \
        'Philippine President Rodrigo Duterte, who was expected to attend the opening session, cancelled at the last minute.'
    draft_has "$SCRATCH/polarity2.json" +absent_from:MMR:summit-2021 \
        -absent_from:VNM:summit-2021 -attends:duterte:summit-2021 \
        +absent_from:duterte:summit-2021 -attends:MMR:summit-2021
}

# What the polarity must not veto: "not only", "no fewer than", a
# negated absence, "did not sign" (the attendance stands, no absence), a
# negation in another clause ("A attended, although B did not").
test_extract_polarity_what_it_leaves_alone() {
    draft_of polarity3 2024-02-18 \
        'The African Union summit opened in Addis Ababa on Sunday.' \
        'No fewer than twelve heads of state attended the summit, including Ghana and Senegal.' \
        'Not a single leader stayed away.' \
        'Nigeria attended the summit but did not sign the declaration.' \
        'Rwanda attended the summit, although Burundi did not.' \
        'Kenya did not only attend the summit but also chaired the session.'
    draft_has "$SCRATCH/polarity3.json" +attends:GHA:summit-2024 \
        +attends:SEN:summit-2024 +attends:NGA:summit-2024 \
        -absent_from:NGA:summit-2024 +attends:RWA:summit-2024 \
        -absent_from:RWA:summit-2024 -absent_from:KEN:summit-2024
}

# The name's own predicate decides, past an aside about it: "A, which
# skipped the 2019 summit, will not attend" is an absence from this one
# (the aside's past summit vetoes only what the aside itself says); a
# negation that governs another verb ("could not confirm whether it
# would attend") states nothing.
test_extract_polarity_asides_and_the_reach_of_a_negation() {
    draft_of polarity4 2024-02-18 \
        'The African Union summit opened in Addis Ababa on Sunday.' \
        'Eritrea, which skipped the 2019 summit, will not attend.' \
        'Djibouti, which skipped the 2019 summit, attended this year.' \
        'Sudan could not confirm whether it would attend.' \
        'Leaders met without the Somali president.'
    draft_has "$SCRATCH/polarity4.json" +absent_from:ERI:summit-2024 \
        -absent_from:DJI:summit-2024 -absent_from:SDN:summit-2024 \
        +absent_from:SOM:summit-2024
}

# An absence told as a count or a first: "marking his first absence"
# names its subject's absence (the state follows); "missed" is the
# rules'; "no ... took part" and "neither ... came" deny attendance
# without drawing an absence.
test_extract_polarity_an_absence_told_as_a_first() {
    draft_of polarity5 2023-09-09 \
        'The G20 summit opened in New Delhi on Saturday.' \
        'Brazilian President Lula has a scheduling conflict, marking his first absence from the forum since 2013.' \
        'Xi Jinping missed the summit, his second consecutive no-show.' \
        'No Turkish official took part in the summit.' \
        'Neither Erdogan nor Putin came to New Delhi.'
    draft_has "$SCRATCH/polarity5.json" +absent_from:lula:summit-2023 \
        +absent_from:BRA:summit-2023 +absent_from:xi:summit-2023 \
        -attends:TUR:summit-2023 -absent_from:TUR:summit-2023 \
        -attends:erdogan:summit-2023 -absent_from:erdogan:summit-2023 \
        -attends:putin:summit-2023
}
