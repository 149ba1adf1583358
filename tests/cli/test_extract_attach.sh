# End-to-end tests of attachment in `entente extract`: a membership the
# text gives to an organization the gazetteer lacks is not the article's
# organization's (bodies.c, rules_vetoes.c's org_given_to_another,
# membership_model.c's members_of_unknown). Sourced by run.sh, which also
# gives draft_has from test_extract.sh. The sentences are invented for the
# tests; none comes from an article of tests/extract.

# Other bodies by their shape (an acronym, a known name of the field, a
# head after a capitalized word), before the membership word, after
# "whose", or named before "the bloc" in the sentence before: none gives
# a member of the Alliance of Sahel States, in rules or in the model.
test_extract_attach_members_of_other_bodies() {
    printf '%s\n' \
        'Leaders of the Alliance of Sahel States (AES) met in Niamey on Saturday for their summit.' \
        'Mali, Niger and Burkina Faso, all members of the West African Economic and Monetary Union (WAEMU), said they would keep the CFA franc.' \
        'WAEMU member states Senegal, Togo and Benin sent no delegation.' \
        'The 16-nation Southern African Development Community includes Angola and Zambia.' \
        'The East African Community, whose members include Kenya and Uganda, sent a message.' \
        'The Mercosur countries Brazil and Argentina sent observers, as did Commonwealth members Ghana and Jamaica.' \
        'The APEC member economies Chile and Peru sent envoys.' \
        'The group includes Mexico and Canada.' >"$SCRATCH/a1.txt"
    run extract "$SCRATCH/a1.txt" --date 2024-07-06 --explain -o "$SCRATCH/a1.json"
    expect_status 0
    expect_err_has 'rejected member_of SEN->AES'
    expect_err_has 'the text gives it to another organization'
    local state
    for state in MLI NER BFA SEN TGO BEN AGO ZMB KEN UGA BRA ARG GHA JAM CHL PER MEX CAN; do
        draft_has "$SCRATCH/a1.json" "-member_of:$state:AES"
    done
}

# Beside them, the article's own organization keeps its members: named
# before the membership word, as "the bloc" or "its members" with no
# other body named, after a news agency's acronym in the dateline or
# under a headline in capitals; a known other organization gets them
# by its own row ("Gulf Cooperation Council member states").
test_extract_attach_the_articles_organization_keeps_its_members() {
    printf '%s\n' \
        'ACCRA (AFP) - The bloc, which includes Nigeria and Ghana, met on Sunday for the ECOWAS summit.' \
        'ECOWAS member states Senegal and Benin sent presidents.' \
        'Its members include Togo and Liberia.' \
        'ECOWAS member states such as Guinea and Gambia abstained; ECOWAS member states: Mali, Niger.' \
        'The Gulf Cooperation Council member states Qatar and Oman sent envoys.' >"$SCRATCH/a2.txt"
    run extract "$SCRATCH/a2.txt" --date 2024-07-06 -o "$SCRATCH/a2.json"
    expect_status 0
    draft_has "$SCRATCH/a2.json" +member_of:NGA:ECOWAS +member_of:GHA:ECOWAS \
        +member_of:SEN:ECOWAS +member_of:BEN:ECOWAS +member_of:TGO:ECOWAS \
        +member_of:LBR:ECOWAS +member_of:GIN:ECOWAS +member_of:GMB:ECOWAS \
        +member_of:MLI:ECOWAS +member_of:NER:ECOWAS \
        +member_of:QAT:GCC +member_of:OMN:GCC \
        -member_of:QAT:ECOWAS -member_of:OMN:ECOWAS
}

# The vetoes of an absence that reads no subject each say their own
# reason in --explain: a dateline's place, a demonym before a common
# noun, a count after "absence of" (not "the object of another verb").
test_extract_attach_absence_vetoes_give_their_own_reasons() {
    printf '%s\n' \
        'Dakar - The ECOWAS summit opened in Abuja on Sunday.' \
        'Dakar - Gambian President Adama Barrow will not attend the summit.' \
        'The absence of 9 leaders was a blow to Malian hopes for a deal.' \
        'Observers regretted the absence of 11 heads of state, Ghana among the critics.' >"$SCRATCH/a3.txt"
    run extract "$SCRATCH/a3.txt" --date 2024-02-18 --explain -o "$SCRATCH/a3.json"
    expect_status 0
    grep -q 'rejected absent_from SEN->summit-2024 .*: the name is a dateline'"'"'s place, no subject$' "$SCRATCH/err" ||
        fail "the dateline's veto has no reason of its own"
    grep -q 'rejected absent_from MLI->summit-2024 .*: a demonym or possessive before a common noun' "$SCRATCH/err" ||
        fail "the demonym's veto has no reason of its own"
    grep -q 'rejected absent_from GHA->summit-2024 .*: a count after "absence of"' "$SCRATCH/err" ||
        fail "the count's veto has no reason of its own"
    ! grep -q 'absent_from.*object of another verb' "$SCRATCH/err" ||
        fail "an absence veto still says 'object of another verb'"
    draft_has "$SCRATCH/a3.json" +absent_from:barrow:summit-2024 \
        +absent_from:GMB:summit-2024 -absent_from:SEN:summit-2024 \
        -absent_from:MLI:summit-2024 -absent_from:GHA:summit-2024
}

# A chair belongs to whom the text gives it: the state the chair passes
# to (not the one that hands it over), not a state named as a secretary
# general's or a commission head's origin, not the chair of another body
# (by name or shape), of a committee or of a ministerial session; a head
# of state's chairing still makes his state the chair.
test_extract_attach_chairs() {
    printf '%s\n' \
        'The African Union summit opened in Addis Ababa on Sunday. The AU heads of state met for two days.' \
        'The rotating chairmanship passed from Mauritania to Angola this year.' \
        'AU Commission Chairperson Moussa Faki Mahamat of Chad will chair the meeting of the executive committee.' \
        'The closing session was chaired by Chad'"'"'s Moussa Faki Mahamat, chairperson of the AU Commission.' \
        'The ministerial session was chaired by Kenya.' \
        'Zambia assumed the SADC chairmanship in August, and Senegal chaired the committee of experts.' >"$SCRATCH/a4.txt"
    run extract "$SCRATCH/a4.txt" --date 2025-02-15 --explain -o "$SCRATCH/a4.json"
    expect_status 0
    expect_err_has 'rejected chairs TCD->AU'
    expect_err_has 'the chair is another'"'"'s: a person'"'"'s who heads no state'
    draft_has "$SCRATCH/a4.json" +chairs:AGO:AU -chairs:MRT:AU -chairs:TCD:AU \
        -chairs:KEN:AU -chairs:ZMB:AU -chairs:SEN:AU
    printf '%s\n' \
        'The ECOWAS summit opened in Abuja on Sunday. ECOWAS heads of state met for two days.' \
        'The session was chaired by Nigeria'"'"'s Bola Tinubu, the bloc'"'"'s chairman.' \
        'Ghana handed over the rotating chairmanship to Senegal at the close.' >"$SCRATCH/a5.txt"
    run extract "$SCRATCH/a5.txt" --date 2024-07-06 -o "$SCRATCH/a5.json"
    expect_status 0
    draft_has "$SCRATCH/a5.json" +chairs:NGA:ECOWAS +chairs:SEN:ECOWAS \
        -chairs:GHA:ECOWAS
}

# A joining still to come is no membership ("will join", "would join"):
# the membership model, which reads every mention of a state, drew
# Algeria and Nigeria from the three sentences; a joining done is one.
test_extract_attach_a_joining_to_come_is_no_membership() {
    draft_of a6 2024-10-22 \
        'The BRICS summit opened in Kazan on Tuesday. BRICS leaders met for two days.' \
        'The host announced that Algeria and Nigeria will join the BRICS group, a bloc of emerging economies.' \
        'Membership would give Algeria access to the bank of the bloc.' \
        'The bloc welcomed the acceptance of Algeria and Nigeria as new members.' \
        'Egypt, Ethiopia and Iran joined BRICS as members in January.'
    draft_has "$SCRATCH/a6.json" -member_of:DZA:BRICS -member_of:NGA:BRICS \
        +member_of:EGY:BRICS +member_of:ETH:BRICS +member_of:IRN:BRICS
}
