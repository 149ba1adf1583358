# End-to-end tests of the lists set out in lines under a heading
# (src/extract/blocks*.c; sourced by run.sh, which also gives draft_has,
# draft_of and draft_of_paragraphs from test_extract.sh). The articles are
# invented for the tests; none comes from an article of tests/extract.

# lists_pattern_has DRAFT TYPE SOURCE: the relation of SOURCE was drawn by
# a heading's list, its evidence running from the heading to the line.
lists_drew() {
    python3 - "$@" <<'PY' || fail "no $2 $3 drawn by a list in $1"
import json, sys
path, kind, source, heading, line = sys.argv[1:]
for r in json.load(open(path))["relations"]:
    if (r["type"], r["source"]) == (kind, source) and "set out in lines" in r["pattern"]:
        assert r["evidence"].startswith(heading), r["evidence"]
        assert r["evidence"].endswith(line), r["evidence"]
        sys.exit(0)
sys.exit(1)
PY
}

# A heading of attendance with sub-headings, one line per participant in
# several layouts and blank lines between: every line's person attends
# (and carries the state), members are members, an invited guest attends
# but is no member, and a line after a paragraph of prose is not read.
test_extract_lists_heading_governs_lines_in_any_layout() {
    draft_of_paragraphs lists1 2023-02-18 \
        'African Union leaders meet in Addis Ababa' \
        'The African Union opened its summit on Saturday with a record turnout.' \
        'The commission said the following heads of state have confirmed their participation:' \
        'Member states' \
        'Kenya – President William Ruto' \
        'Senegal – President Macky Sall' \
        'Paul Kagame, president of Rwanda' \
        'H.E. Cyril Ramaphosa (South Africa)' \
        'Invited guests' \
        'Brazil – President Luiz Inácio Lula da Silva' \
        'United Nations – Secretary-General António Guterres' \
        'The summit is expected to focus on trade, security and climate finance, officials said.' \
        'Nigeria – President Bola Tinubu'
    draft_has "$SCRATCH/lists1.json" \
        +attends:ruto:summit-2023 +attends:KEN:summit-2023 \
        +attends:sall:summit-2023 +attends:kagame:summit-2023 \
        +attends:RWA:summit-2023 +attends:ramaphosa:summit-2023 \
        +attends:ZAF:summit-2023 +attends:lula:summit-2023 \
        +attends:BRA:summit-2023 +attends:guterres:summit-2023 \
        +member_of:KEN:AU +member_of:SEN:AU +member_of:RWA:AU \
        +member_of:ZAF:AU -member_of:BRA:AU -attends:UN:summit-2023 \
        -attends:tinubu:summit-2023 -attends:NGA:summit-2023
    lists_drew "$SCRATCH/lists1.json" attends kagame \
        'The commission said the following heads of state' \
        'Paul Kagame, president of Rwanda'
}

# The same mechanism for a sub-heading that names the organization
# ("ASEAN members"), states named without a person, a numbered list,
# and a second group ("Dialogue partners") that attends without being
# members.
test_extract_lists_groups_under_one_heading() {
    draft_of_paragraphs lists2 2024-10-09 \
        'Vientiane hosts regional leaders' \
        'Officials released the list of delegations taking part in the talks:' \
        'ASEAN members' '1. Malaysia, Prime Minister' '2. Thailand' \
        '3. Anwar Ibrahim' 'Dialogue partners' '4. Japan' '5. New Zealand' \
        'Talks on the South China Sea code of conduct will continue next year, diplomats said.'
    draft_has "$SCRATCH/lists2.json" \
        +attends:MYS:summit-2024 +attends:THA:summit-2024 \
        +attends:JPN:summit-2024 +attends:NZL:summit-2024 \
        +member_of:MYS:ASEAN +member_of:THA:ASEAN \
        -member_of:JPN:ASEAN -member_of:NZL:ASEAN
}

# Lists that must not yield attendance: past hosts, member states with
# no attendance cue (members only), observers under them, signed
# documents and a table of contents.
test_extract_lists_without_attendance_cue_yield_none() {
    draft_of_paragraphs lists3 2024-07-04 \
        'SCO leaders meet in Astana' \
        'The Shanghai Cooperation Organisation opened its summit on Thursday, and the SCO secretariat published its lists.' \
        'Past hosts of the SCO summit:' \
        'China – Qingdao' \
        'India – New Delhi' \
        'Uzbekistan – Samarkand' \
        "The organisation's member states are:" \
        'China' 'India' 'Pakistan' 'Iran' \
        'Observers' 'Mongolia' 'Afghanistan' \
        'The following documents were signed:' \
        '1. Agreement between Kazakhstan and Kyrgyzstan on border trade' \
        '2. Memorandum between Tajikistan and Belarus' \
        'Contents:' \
        '1. Russia and the bloc' \
        '2. Turkey as a dialogue partner'
    draft_has "$SCRATCH/lists3.json" \
        +member_of:CHN:SCO +member_of:IND:SCO +member_of:PAK:SCO \
        +member_of:IRN:SCO -member_of:MNG:SCO -member_of:AFG:SCO \
        -attends:CHN:summit-2024 -attends:IND:summit-2024 \
        -attends:UZB:summit-2024 -hosts:UZB:summit-2024 \
        -attends:PAK:summit-2024 -attends:MNG:summit-2024 \
        -attends:KAZ:summit-2024 -attends:TJK:summit-2024 \
        -attends:RUS:summit-2024 -attends:TUR:summit-2024
}

# Vetoes of the heading: an invitation is no attendance, a heading that
# says "will not attend" makes its lines absent, another meeting's list
# says nothing of this one.
test_extract_lists_vetoes_of_the_heading_and_the_line() {
    draft_of_paragraphs lists4 2023-08-22 \
        'BRICS summit opens in Johannesburg' \
        'The following leaders were invited to attend:' \
        '- President Gabriel Boric (Chile)' \
        'Leaders who attended the previous summit:' \
        '- President Jair Bolsonaro (Brazil)' \
        'Present at the opening were:' \
        '- President Xi Jinping (China)'
    draft_has "$SCRATCH/lists4.json" \
        -attends:boric:summit-2023 -attends:CHL:summit-2023 \
        -attends:bolsonaro:summit-2023 -attends:BRA:summit-2023 \
        +attends:xi:summit-2023 +attends:CHN:summit-2023
    draft_of_paragraphs lists5 2023-08-22 \
        'BRICS summit opens in Johannesburg' \
        'The following heads of state will not attend:' \
        'Russia – President Vladimir Putin' \
        'Mexico'
    draft_has "$SCRATCH/lists5.json" \
        +absent_from:putin:summit-2023 +absent_from:RUS:summit-2023 \
        +absent_from:MEX:summit-2023 -attends:putin:summit-2023 \
        -attends:MEX:summit-2023
}

# Headings without a colon: a sentence announcing "the following" list,
# and a short title ("Participants") with no heading above it; a title
# that is a headline with a verb, and "Following the talks", open none.
test_extract_lists_headings_without_a_colon() {
    draft_of_paragraphs lists6 2024-11-20 \
        'Following the talks, the ministers attended a dinner.' \
        'Pedro Sánchez (Spain)' \
        'The following heads of state attended the Lima meeting.' \
        'Gabriel Boric, president of Chile' \
        '- Peru' \
        'The leaders later issued a statement on trade and investment.' \
        'Participants' \
        '- Indonesia – President Prabowo Subianto'
    draft_has "$SCRATCH/lists6.json" \
        -attends:sanchez:summit-2024 -attends:ESP:summit-2024 \
        +attends:boric:summit-2024 +attends:CHL:summit-2024 \
        +attends:PER:summit-2024 +attends:prabowo:summit-2024 \
        +attends:IDN:summit-2024
}

# Bullets of prose under a heading with a cue are no list of names: the
# first ends the list, and the states the bullets name do not attend.
test_extract_lists_bullets_of_prose_end_the_list() {
    draft_of_paragraphs lists7 2024-10-23 \
        'BRICS summit opens in Kazan' \
        'Where the delegations taking part stand:' \
        '- Brazil wants a seat for Latin America on the Security Council' \
        '- Ethiopia seeks debt relief' \
        '- Egypt'
    draft_has "$SCRATCH/lists7.json" \
        -attends:BRA:summit-2024 -attends:ETH:summit-2024 \
        -attends:EGY:summit-2024
}
