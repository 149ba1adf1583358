# End-to-end tests of the scope of an absence (src/extract/absence*.c;
# sourced by run.sh, which also gives draft_of and draft_has from
# test_extract.sh). The sentences are invented for the tests; none comes
# from an article of tests/extract.

# An absence stated in its clause is drawn, with the head's state; a
# dateline's capital, a demonym before a common noun and a count of
# leaders name nobody; another event, a past summit, a hedge and a "but"
# clause that takes part after all draw no absence.
test_extract_absence_scope_and_its_vetoes() {
    draft_of absence1 2024-02-18 \
        'Addis Ababa - The African Union summit opened on Sunday.' \
        'Nairobi - Ugandan President Yoweri Museveni will not attend the summit.' \
        'The absence of 12 leaders was a blow to Somali hopes for unity.' \
        'Zimbabwe'"'"'s President Emmerson Mnangagwa will not attend the gala dinner on Friday, but he will take part in the summit.' \
        'Nigeria missed last year'"'"'s summit in Nouakchott.' \
        'Ghana may skip the summit, officials said.' \
        'The Presidents of Rwanda and Burundi will not participate in the celebrations on Monday.'
    draft_has "$SCRATCH/absence1.json" +absent_from:UGA:summit-2024 \
        -absent_from:KEN:summit-2024 -absent_from:SOM:summit-2024 \
        -absent_from:ZWE:summit-2024 -absent_from:NGA:summit-2024 \
        -absent_from:GHA:summit-2024 -absent_from:RWA:summit-2024 \
        -absent_from:BDI:summit-2024
}

# The same for another organization and wording: a state that stayed
# away is absent; "May" as a month is no hedge.
test_extract_absence_in_a_gulf_wire() {
    draft_of absence2 2019-12-10 \
        'Riyadh - The Gulf Cooperation Council summit opened in Riyadh on Tuesday.' \
        'Qatar did not attend the summit on May 10 in Riyadh.' \
        'Oman was absent from the summit, while Kuwait will not attend the reception.'
    draft_has "$SCRATCH/absence2.json" +absent_from:QAT:summit-2019 \
        +absent_from:OMN:summit-2019 -absent_from:KWT:summit-2019 \
        -absent_from:SAU:summit-2019
}
