# End-to-end tests of attendance stated once for a group or list
# (src/extract/groups_rules.c; sourced by run.sh, which gives draft_has
# and draft_of_paragraphs from test_extract.sh). The sentences are
# invented for the tests, for other organizations than the articles of
# tests/extract that the rows were drawn from.

# The list after a colon, in dashes or parentheses inside the subject,
# the group named before "their leaders", the partners of a signing and
# of a photo: every member of the group attends.
test_extract_groups_each_member_of_the_group_attends() {
    draft_of_paragraphs groups1 2023-02-18 \
        'African Union summit opens in Addis Ababa' \
        'The summit was attended by delegations from the continent'"'"'s regional blocs: Kenya, Ethiopia and Nigeria.' \
        'AU leaders and their counterparts from partner countries (Japan, India and Turkey) gathered in the capital.' \
        'Ghana, Senegal and Egypt oppose the plan; however, their leaders will attend the summit.' \
        'After signing the accord with the leaders of Rwanda and Uganda, Kenyan President William Ruto said it was historic.' \
        'At the family photo, the commission chairman stood in the middle, flanked by Nigerian President Bola Tinubu and President Macky Sall.' \
        'The leaders of Mali, Burkina Faso and Chad also decided to create a joint force.' \
        'A meeting between the presidents of Ghana, Togo and Benin focused on trade.'
    draft_has "$SCRATCH/groups1.json" \
        +attends:KEN:summit-2023 +attends:ETH:summit-2023 \
        +attends:NGA:summit-2023 +attends:JPN:summit-2023 \
        +attends:IND:summit-2023 +attends:TUR:summit-2023 \
        +attends:GHA:summit-2023 +attends:SEN:summit-2023 \
        +attends:EGY:summit-2023 +attends:RWA:summit-2023 \
        +attends:UGA:summit-2023 +attends:ruto:summit-2023 \
        +attends:tinubu:summit-2023 +attends:sall:summit-2023 \
        +attends:MLI:summit-2023 +attends:BFA:summit-2023 \
        +attends:TCD:summit-2023 +attends:GHA:summit-2023 \
        +attends:TGO:summit-2023 +attends:BEN:summit-2023
}

# Where the group's attendance is not stated: negated, hedged, another
# (past) gathering, a list of members with no presence, a plan to sign,
# a quoted habit.
test_extract_groups_no_attendance_without_a_stated_presence() {
    draft_of_paragraphs groups2 2019-12-10 \
        'GCC summit in Riyadh' \
        'Bahrain, the UAE and Egypt cut ties with Qatar; their leaders will not attend the summit.' \
        'Oman and Kuwait mediated; their leaders may attend the summit.' \
        'Leaders from partner countries - Jordan and Morocco - are not expected to meet this year.' \
        'The bloc'"'"'s members - Iraq and Yemen - applied in 2001.' \
        'The bloc'"'"'s full members are: Libya, Tunisia and Algeria.' \
        'Officials will sign a trade deal with the leaders of Brazil and Argentina next year.' \
        'The leaders of Mali and Niger agreed in 2017 to create a force.' \
        'The leaders of Guinea and Liberia may agree to open the border.' \
        'The next meeting between the presidents of Ghana and Togo will focus on trade.' \
        '"Chad and Sudan matter little; their leaders only attend summits for photos," an analyst said.'
    draft_has "$SCRATCH/groups2.json" \
        -attends:BHR:summit-2019 -attends:ARE:summit-2019 \
        -attends:EGY:summit-2019 -attends:OMN:summit-2019 \
        -attends:KWT:summit-2019 -attends:JOR:summit-2019 \
        -attends:MAR:summit-2019 -attends:IRQ:summit-2019 \
        -attends:YEM:summit-2019 -attends:LBY:summit-2019 \
        -attends:TUN:summit-2019 -attends:DZA:summit-2019 \
        -attends:BRA:summit-2019 -attends:ARG:summit-2019 \
        -attends:TCD:summit-2019 -attends:SDN:summit-2019 \
        -attends:MLI:summit-2019 -attends:NER:summit-2019 \
        -attends:GIN:summit-2019 -attends:LBR:summit-2019 \
        -attends:GHA:summit-2019 -attends:TGO:summit-2019
}

# "will be present" and "will be in attendance" each draw the attendance
# (one row each: an alternation binds one word), "will be in Nairobi"
# does not.
test_extract_groups_present_or_in_attendance() {
    draft_of groups3 2024-02-18 \
        'The African Union summit opened in Addis Ababa on Sunday.' \
        'Ruto will be present at the summit.' \
        'Senegal will be in attendance.' \
        'Ghana will be in Nairobi next week.'
    draft_has "$SCRATCH/groups3.json" +attends:ruto:summit-2024 \
        +attends:SEN:summit-2024 -attends:GHA:summit-2024
}
