# End-to-end tests of the persons `entente extract` reads from their titles
# when the gazetteer lacks them (src/extract/names*.c; sourced by run.sh,
# which also gives draft_has from test_extract.sh). The names and
# sentences are invented for the tests; none comes from an article of
# tests/extract.

# confidence_below DRAFT SOURCE TARGET LIMIT: the attends of SOURCE to
# TARGET has a confidence below LIMIT.
confidence_below() {
    python3 - "$@" <<'PY' || fail "$2 -> $3 is not below $4 in $1"
import json, sys
path, source, target, limit = sys.argv[1:]
for r in json.load(open(path))["relations"]:
    if (r["type"], r["source"], r["target"]) == ("attends", source, target):
        sys.exit(0 if r["confidence"] < float(limit) else 1)
sys.exit(1)
PY
}

# A title before the name, with its state as a possessive, a demonym or
# "of STATE" after the name, or an apposition after the name, makes a
# person of the article with the id of the corpus's rule; the state
# attends with its stand-in; a deputy or a minister never leads; an
# organization's secretary general does; the surname alone later is the
# same person; the draft validates. Africa, the Gulf, Latin America,
# Central Asia and an organization.
test_extract_names_reads_titled_persons_the_gazetteer_lacks() {
    printf '%s\n' \
        'ABUJA — The ECOWAS summit opened in Abuja on Sunday.' \
        "Ghana's Vice President Kwabena Mensah-Owusu attended the summit." \
        'Mensah-Owusu later told reporters that the bloc would hold.' \
        'Khalid bin Rashid Al Mansoori, Foreign Minister of Bahrain, attended the summit.' \
        "Brazil's Foreign Minister Joana Albuquerque attended the summit." \
        'OSCE Secretary General Martina Kovac attended the summit.' \
        'President Kassym-Jomart Tokayev attended the summit.' \
        'Vice President Aliya Serikbayeva of Kazakhstan attended the summit.' \
        'Among the guests was Ruth Nakato Okello, Deputy Prime Minister of Uganda.' >"$SCRATCH/n1.txt"
    run extract "$SCRATCH/n1.txt" --date 2024-10-09 --explain -o "$SCRATCH/n1.json"
    expect_status 0
    expect_err_line "  names: 'Kwabena Mensah-Owusu' read as the person mensah-owusu (vice president of GHA)"
    expect_err_line "  names: 'Khalid bin Rashid Al Mansoori' read as the person khalid-bin-rashid (foreign minister of BHR)"
    expect_err_line "  names: 'Martina Kovac' read as the person kovac (secretary general of OSCE)"
    expect_err_line "  names: 'Ruth Nakato Okello' read as the person okello (deputy prime minister of UGA)"
    expect_err_has '  rejected leads serikbayeva->KAZ '
    draft_has "$SCRATCH/n1.json" +attends:mensah-owusu:summit-2024 \
        +attends:GHA:summit-2024 -leads:mensah-owusu:GHA \
        +attends:khalid-bin-rashid:summit-2024 +attends:BHR:summit-2024 \
        -leads:khalid-bin-rashid:BHR +attends:albuquerque:summit-2024 \
        +attends:BRA:summit-2024 -leads:albuquerque:BRA \
        +leads:kovac:OSCE +attends:kovac:summit-2024 \
        +attends:serikbayeva:summit-2024 -leads:serikbayeva:KAZ \
        +leads:tokayev:KAZ
    # an article's person stays below a person the gazetteer knows
    confidence_below "$SCRATCH/n1.json" serikbayeva summit-2024 0.85
    run validate --strict "$SCRATCH/n1.json"
    expect_status 0
    # the surname alone is the same person: one entity, with its name
    python3 - "$SCRATCH/n1.json" <<'PY' || fail "the later surname made another person"
import json, sys
people = [e for e in json.load(open(sys.argv[1]))["entities"] if e["id"].startswith("mensah")]
assert [(e["id"], e["name"], e["type"]) for e in people] == [("mensah-owusu", "Kwabena Mensah-Owusu", "person")], people
PY
}

# Where a name is not introduced by a title, or the title contradicts the
# gazetteer's office-holder on the date, or is a former one, no person
# is read: places and bodies in capitals, a headline, "President X of
# Russia" (the gazetteer has Putin; --explain says why), a new ASEAN
# secretary general while the gazetteer has Kao Kim Hourn.
test_extract_names_does_not_read_untitled_or_contradicted_names() {
    printf '%s\n' \
        'The ASEAN summit opened in Vientiane on Thursday.' \
        'President Ivan Petrov of Russia attended the summit.' \
        'ASEAN Secretary-General Tran Van Minh attended the summit.' \
        'Former President Oleh Sokolenko of Ukraine attended the summit.' \
        'The Collective Security Council met in Moscow, and Green Valley Hotel hosted the delegates.' \
        'Nelson Mandela Square was full, and Farid Osman Rahimi arrived for the summit.' \
        '' \
        'Prime Minister Meets Leaders In Jakarta' \
        '' \
        "Indonesia's Foreign Minister Sari Wulandari attended the summit." \
        'Wulandari said Indonesia would lead the talks.' >"$SCRATCH/n2.txt"
    run extract "$SCRATCH/n2.txt" --date 2024-10-09 --explain -o "$SCRATCH/n2.json"
    expect_status 0
    expect_err_line "  names: 'Ivan Petrov' is not read as president of RUS: the gazetteer has putin in that office on 2024-10-09"
    expect_err_line "  names: 'Tran Van Minh' is not read as secretary general of ASEAN: the gazetteer has kao in that office on 2024-10-09"
    expect_err_line "  names: 'Sari Wulandari' read as the person wulandari (foreign minister of IDN)"
    [ "$(grep -c "  names: '.*' read as" "$SCRATCH/err")" -eq 1 ] ||
        fail "a person read without a title"
    draft_has "$SCRATCH/n2.json" -leads:petrov:RUS -leads:minh:ASEAN \
        -attends:petrov:summit-2024 -attends:sokolenko:summit-2024 \
        -attends:rahimi:summit-2024 +attends:wulandari:summit-2024 \
        -leads:wulandari:IDN
    python3 - "$SCRATCH/n2.json" <<'PY' || fail "an untitled name became a person"
import json, sys
people = [e["id"] for e in json.load(open(sys.argv[1]))["entities"] if e["type"] == "person"]
assert people == ["wulandari"], people
PY
    # with no date, an office the gazetteer follows goes to no stranger;
    # a title's word before a place ("King Street") makes no person
    printf '%s\n' 'Delegates walked down King Street to the summit.' \
        'President Ivan Petrov of Russia attended the summit.' >"$SCRATCH/n4.txt"
    run extract "$SCRATCH/n4.txt" --explain -o "$SCRATCH/n4.json"
    expect_status 0
    expect_err_has "  names: 'Ivan Petrov' is not read as president of RUS: the gazetteer has "
    expect_err_has " in that office on any date"
    python3 - "$SCRATCH/n4.json" <<'PY' || fail "a person read without a title or against the gazetteer"
import json, sys
people = [e["id"] for e in json.load(open(sys.argv[1]))["entities"] if e["type"] == "person"]
assert people == [], people
PY
}

# The title and the name apart by a comma ("its foreign minister, NAME,")
# reads the name with no state when none is given; a list of titled names
# gives each its own title, and "NAME, TITLE of STATE" in a list is the
# name's apposition, not the next name's title.
test_extract_names_reads_lists_and_titles_before_a_comma() {
    printf '%s\n' \
        'The GCC summit opened in Doha on Tuesday.' \
        'Oman was represented by its foreign minister, Hamdan Faris Qasimi, at the summit.' \
        'The summit was attended by Vice President Tomas Ruiz Calderon of Peru, Foreign Minister Dalia Navarro of Chile and Marta Lindqvist, Ambassador of the Republic of Sweden in Qatar.' >"$SCRATCH/n3.txt"
    run extract "$SCRATCH/n3.txt" --date 2024-12-03 --explain -o "$SCRATCH/n3.json"
    expect_status 0
    expect_err_line "  names: 'Hamdan Faris Qasimi' read as the person qasimi (foreign minister of no holder)"
    expect_err_line "  names: 'Tomas Ruiz Calderon' read as the person calderon (vice president of PER)"
    expect_err_line "  names: 'Dalia Navarro' read as the person navarro (foreign minister of CHL)"
    expect_err_line "  names: 'Marta Lindqvist' read as the person lindqvist (ambassador of SWE)"
    draft_has "$SCRATCH/n3.json" -leads:calderon:PER -leads:navarro:CHL
}

# The presidents of the ECOWAS Commission from 2012 (data/gazetteer/
# offices.tsv, from the handover reports): Brou leads ECOWAS in 2019, and
# a stranger under his title that year is no person.
test_extract_names_ecowas_commission_presidents_are_data() {
    printf '%s\n' 'The ECOWAS summit opened in Abuja on Saturday.' \
        'ECOWAS Commission President Jean-Claude Kassi Brou attended the summit.' \
        'ECOWAS President Ibrahim Sangare attended the summit.' >"$SCRATCH/n5.txt"
    run extract "$SCRATCH/n5.txt" --date 2019-12-21 --explain -o "$SCRATCH/n5.json"
    expect_status 0
    expect_err_line "  names: 'Ibrahim Sangare' is not read as president of ECOWAS: the gazetteer has brou in that office on 2019-12-21"
    draft_has "$SCRATCH/n5.json" +leads:brou:ECOWAS +attends:brou:summit-2019 \
        -leads:sangare:ECOWAS -attends:sangare:summit-2019
}

# A near spelling of an office-holder's name is that person only where
# the text anchors it: a title with its state, or an apposition,
# checked against the one person the
# gazetteer has in that office on the date (transliteration keys, one or
# two edits, surname first). An unanchored near name, one under another
# office, or a near surname with another given name, is nobody's. A
# state's variant is read next to a title only.
# Africa, South-East Asia, Latin America, the Caucasus, Europe, Japan.
test_extract_names_reads_near_spellings_of_office_holders() {
    printf '%s\n' \
        'The summit opened in Nairobi on Monday.' \
        'Kenyan President William Rutto attended the summit.' \
        'The President of Argentina, Javier Mileij, attended the summit.' \
        'Gabriel Borik attended the summit.' \
        "Chile's Foreign Minister Gabriel Borik attended the summit." \
        "Azerbaijan's Mehriban Aliyeva attended the summit." \
        'Prime Minister of Rwanda Paul Kagamme attended the summit.' \
        'Prime Minister Kishidda Fumio of Japan attended the summit.' \
        'Olaf Sholz, chancellor of Germany, attended the summit.' >"$SCRATCH/n6.txt"
    run extract "$SCRATCH/n6.txt" --date 2023-03-05 --explain -o "$SCRATCH/n6.json"
    expect_status 0
    expect_err_line "  names: 'William Rutto' read as ruto, president of KEN on 2023-03-05: a near spelling of the office-holder's name"
    expect_err_line "  names: 'Kishidda Fumio' read as kishida, prime minister of JPN on 2023-03-05: a near spelling of the office-holder's name"
    expect_err_line "  names: 'Olaf Sholz' read as scholz, chancellor of DEU on 2023-03-05: a near spelling of the office-holder's name"
    expect_err_line "  names: 'Paul Kagamme' is not read as prime minister of RWA: the gazetteer has ngirente in that office on 2023-03-05"
    draft_has "$SCRATCH/n6.json" +leads:ruto:KEN +attends:ruto:summit-2023 \
        +leads:kishida:JPN +leads:scholz:DEU +attends:scholz:summit-2023 \
        -attends:boric:summit-2023 -leads:boric:CHL \
        -attends:aliyev:summit-2023 -attends:kagame:summit-2023 \
        -leads:kagame:RWA
    # the office's holder is the date's: Merkel's in 2009, Scholz no one's;
    # a state's transliterated spelling is read only after a title
    printf '%s\n' 'President of Kyrghyzstan Bakiyev attended the summit.' \
        'Delegates from Tadzhikistan attended the summit.' >>"$SCRATCH/n6.txt"
    run extract "$SCRATCH/n6.txt" --date 2009-06-15 --explain -o "$SCRATCH/n7.json"
    expect_status 0
    expect_err_line "  names: 'Olaf Sholz' is not read as chancellor of DEU: the gazetteer has merkel in that office on 2009-06-15"
    expect_err_line "  names: 'Kyrghyzstan' read as the state KGZ: its spelling's transliteration, after a title"
    draft_has "$SCRATCH/n7.json" -leads:scholz:DEU -leads:merkel:DEU \
        -attends:milei:summit-2009 +leads:bakiyev:KGZ \
        +attends:bakiyev:summit-2009 -attends:TJK:summit-2009
}


# A near spelling of an office-holder's name written again and again is
# filed once: fifty lines of it leave room for a person named later.
test_extract_names_near_spelling_filed_once() {
    local lines=()
    for _ in $(seq 50); do
        lines+=('President of Kenya William Rutto spoke on Monday.')
    done
    draft_of names_near_once 2024-02-18 "${lines[@]}" \
        'The African Union summit opened in Addis Ababa.' \
        'Foreign Minister Amina Lofty of Nigeria spoke.' \
        'Lofty will not attend the summit.'
    draft_has "$SCRATCH/names_near_once.json" +leads:ruto:KEN \
        +absent_from:lofty:summit-2024
}
