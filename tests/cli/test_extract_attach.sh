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
        'The Gulf Cooperation Council member states Qatar and Oman sent envoys.' >"$SCRATCH/a2.txt"
    run extract "$SCRATCH/a2.txt" --date 2024-07-06 -o "$SCRATCH/a2.json"
    expect_status 0
    draft_has "$SCRATCH/a2.json" +member_of:NGA:ECOWAS +member_of:GHA:ECOWAS \
        +member_of:SEN:ECOWAS +member_of:BEN:ECOWAS +member_of:TGO:ECOWAS \
        +member_of:LBR:ECOWAS +member_of:QAT:GCC +member_of:OMN:GCC \
        -member_of:QAT:ECOWAS -member_of:OMN:ECOWAS
}
