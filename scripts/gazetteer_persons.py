"""Persons and their offices for scripts/make-gazetteer: the World
Factbook's heads of state and government (weekly snapshots 2015-2026,
yearly editions 2000-2017), REIGN for ends the Factbook does not show,
and the hand-written persons.tsv, offices.tsv and person-ids.tsv
(graphs/README.md says how and why)."""
import datetime
import difflib
import re

from gazetteer_common import ascii_id, fail, fold, read_tsv, untitled
from gazetteer_wikidata import (HANDOVER_DAYS, add_heads, add_ministers,
                                 day, overlap_days)

# Surnames too common to stand alone for one person.
COMMON_SURNAMES = {"khan", "ali", "lee", "singh", "kim", "li", "wang",
                   "zhang", "liu", "chen", "park", "nguyen", "ahmed",
                   "hassan", "hussein", "mohammed", "muhammad", "sharif",
                   "aliyev", "bin", "al", "de", "da", "van", "von",
                   "jiang", "wen", "zhu", "hu", "ling", "ban"}
# Surnames that are also English words or common given names, which a
# bare alias would find everywhere ("May 2024", "Parts of", "Martin").
COMMON_WORDS = {"may", "bell", "martin", "miller", "morgan", "walker",
                "gross", "fischer", "schmidt", "parts", "henri", "jean",
                "filip", "michel", "ashraf", "aziz", "nano", "rau", "kok",
                "rop", "topi", "laar", "socrates", "work", "alexander",
                "muhammad", "hamad", "abdallah",
                # leaders of Africa, Asia, the Gulf and the Americas: words,
                # places ("La Paz", "Boko Haram", "Barrow", "Sabah") and
                # given names or family names shared by many
                "english", "key", "man", "moon", "te", "ba", "paz", "levi",
                "silva", "vaz", "boko", "chapo", "martins", "neves", "petro",
                "wong", "sabah", "barrow", "bennett", "morrison", "marcos",
                "ortega", "morales", "rodriguez", "fernandez", "camara",
                "conde", "fonseca", "tove", "achi", "abe", "diab", "salam",
                "bilal", "rashid", "ibrahim", "abdullah", "abdullahi",
                "mohamed", "mohammad", "ahmad", "anwar", "halimah", "halina",
                "dja", "nze", "bah", "kaba", "faye", "diay", "herzog",
                "bongo", "keita", "mishal", "nawaf", "mahamadou",
                # given names of many (Abbas Araghchi, Faure Gnassingbe)
                "abbas", "mustafa", "faure"}


# Factbook titles, longest first, and the role each records (the words the
# extractor's titles record: "premier" is a prime minister).
TITLES = [
    ("Chairman of the Cabinet of Ministers", "chairman of the cabinet of ministers"),
    ("Crown Prince and Prime Minister", "prime minister"),
    ("Sultan and Prime Minister", "sultan"),
    ("Prime Minister Crown Prince", "prime minister"),
    ("President of the Council of Ministers", "prime minister"),
    # TGO from 2025-05-03, the new constitution's head of government
    ("President of Council of Ministers", "prime minister"),
    ("Chairman of the Council of Ministers", "prime minister"),
    ("President of the Government", "prime minister"),
    ("President of the Republic", "president"),
    ("Prime Minister and Minister of Interior", "prime minister"),
    ("Prime Minister and Co-Vice President", "prime minister"),
    ("Prime Minister and Vice President", "prime minister"),
    ("Prime Minister Vice President", "prime minister"),
    ("Prime Minister and Foreign Minister", "prime minister"),
    ("Prime Minister and Crown Prince", "prime minister"),
    ("King and Prime Minister", "king"),
    ("President of the National Council for the Safeguard of the Homeland",
     "president"),
    ("President of the National Council for Safeguarding of the Homeland",
     "president"),
    # The junta's chairman as head of government (MMR from 2021-08-01),
    # the presidential council's chairman as head of state (YEM from
    # 2022-04-19), a transition's president (MLI 2020-2021).
    ("Prime Minister, State Administration Council Chair,", "prime minister"),
    ("Prime Minister, SAC Chair,", "prime minister"),
    ("Chairperson, Presidential Leadership Council", "chairman"),
    ("Presidential Leadership Council Chairperson", "chairman"),
    ("Chairperson, Presidential Council", "chairman"),
    # LBY: the Presidential Council's chairman, head of state since the
    # Skhirat agreement (al-Saraj from 2015-12, al-Menfi from 2021-02-05),
    # written "Chairman, ..." and from 2024 "President, ...".
    ("Chairman, Presidential Council,", "chairman"),
    ("President, Presidential Council,", "chairman"),
    ("President of transitional government,", "acting president"),
    # A caretaker is still the prime minister, until the successor's
    # appointment (Attal: 2024-01-09 to 2024-09-05; the Factbook writes
    # "Caretaker" from his resignation, De Croo's with his first start).
    ("Caretaker Prime Minister", "prime minister"),
    ("Transition Prime Minister", "acting prime minister"),
    ("Transitional President", "acting president"),
    ("Transition President", "acting president"),
    ("CNSP Prime Minister", "prime minister"),
    ("Acting Prime Minister", "acting prime minister"),
    ("Interim Prime Minister", "acting prime minister"),
    ("Acting President", "acting president"),
    ("Interim President", "acting president"),
    ("Federal Chancellor", "chancellor"),
    ("Federal President", "president"),
    ("Supreme Leader", "supreme leader"),
    ("Prime Minister", "prime minister"),
    ("Grand Duke", "grand duke"),
    ("Chancellor", "chancellor"),
    ("President", "president"),
    ("Premier", "prime minister"),
    ("Amir", "emir"),
    ("Emir", "emir"),
    ("Queen", "queen"),
    ("King", "king"),
]
# Words that make the title another office: a holder written with one the
# table lacks ("Vice President Constantino CHIWENGA", ZWE 2023) is not a
# bare name to give the slot's last title.
OTHER_OFFICE_WORDS = {"Vice", "Deputy"}
# A Factbook snapshot on or after this date is the last one harvested: a
# term still seen then is open.
HARVEST_END = "2026-01-01"


# A term's end is taken from its successor only when the snapshots that
# show them are at most this many days apart: the history has gaps
# (2017-2020), and a leader who served inside one would be missed.
MAX_SNAPSHOT_GAP_DAYS = 45


# Factbook entries known to be wrong, left out: Kyrgyzstan's chairman of
# the cabinet of ministers written as "President" in 2025; the UAE's
# president (Muhammad bin Zayid) written "bin Rashid" in 2022; Armenia's
# prime minister "since 10 September 2021" (reappointed on 2 August 2021:
# offices.tsv gives his terms with their sources); the DR Congo's prime
# minister written with her surname as TULUKA for two months of 2024
# (SUMINWA Tuluka before and after); Eswatini's prime minister written as
# Ambrose DLAMINI, who died in 2020 (offices.tsv), "since 6 November 2023"
# (Russell DLAMINI). An entry with a start is a slip only with that start.
FACTBOOK_SLIPS = {("KGZ", "President Adylbek KASYMALIYEV"),
                  ("ARM", "Prime Minister Nikol PASHINYAN"),
                  ("ARE", "President MUHAMMAD bin Rashid Al-Nuhayan"),
                  ("COD", "Prime Minister Judith Suminwa TULUKA"),
                  ("SWZ", "Prime Minister Ambrose Mandvulo DLAMINI",
                   "2023-11-06")}

# Entries that say nothing of the slot, left out with their dates: another
# state's holder written into it (the Republic of the Congo's prime
# minister Makosso in the DR Congo's slot, 2022-04-22 to 2023-06-08, while
# Lukonde held the office there).
FACTBOOK_OTHER_STATE = {("COD", "Prime Minister Anatole Collinet MAKOSSO")}


# A monarch who also heads the government: the title records the monarchy
# in the chief-of-state slot and the premiership in the head-of-government
# slot (the King of Saudi Arabia was prime minister until 2022-09-27).
MONARCH_AND_PREMIER = {"King and Prime Minister", "Sultan and Prime Minister"}


def split_title(text, kind="hos"):
    # No-break spaces after a title ("Prime Minister\u00a0 Askar MAMIN"),
    # and "Prime" without its "Minister" ("Prime Anatole Collinet MAKOSSO",
    # COG 2023-2024; "Interim Prime Gheorghe BREGA", MDA 2015): the
    # Factbook's slips.
    text = " ".join(text.split())
    text = re.sub(r"^((?:Interim )?Prime) (?!Minister\b)", r"\1 Minister ",
                  text)
    for title, role in TITLES:
        if text.lower().startswith(title.lower() + " "):
            if kind == "hog" and title in MONARCH_AND_PREMIER:
                role = "prime minister"
            # Another name given after the person's ("Taur Matan RUAK,
            # aka Jose Maria de VASCONCELOS", "Kay Rala Xanana GUSMAO -
            # formerly Jose Alexandre GUSMAO") is not part of the name.
            name = re.sub(r"(,? aka | - formerly ).*$", "",
                          text[len(title) + 1:]).strip()
            # A title the table lacks ("President of the Transitional
            # Islamic State of ...") leaves words that are not a name.
            if re.match(r"(of|and|the)\b", name):
                return None, text
            # A military rank is not part of the name (Capt. Ibrahim
            # TRAORE, General Abdourahame TIANI, Sr. Gen. MIN AUNG
            # HLAING). Nor is a knighthood (Sir HASSANAL Bolkiah) or a
            # doctorate (Dr. Rashad Muhammad al-ALIMI; "..., Dr.").
            name = re.sub(r"^(General |Captain |Sir |Dr\. |Sr\. |"
                          r"(Brig|Capt|Col|Gen|Lt|Maj)\.? ?)+", "", name)
            name = re.sub(r", Dr\.$", "", name)
            return role, name
    return None, text


def days_between(earlier, later):
    return (datetime.date.fromisoformat(later) -
            datetime.date.fromisoformat(earlier)).days


def caps_surname(name):
    """The Factbook writes surnames in capitals: 'Ali Hoseini-KHAMENEI' ->
    'KHAMENEI', 'XI Jinping' -> 'XI', 'Joseph R. BIDEN Jr.' -> 'BIDEN'."""
    words = []
    for word in name.split():
        part = word.split("-")[-1] if "-" in word else word
        if len(re.sub(r"[^A-Z]", "", part)) >= 2 and part == part.upper():
            words.append(part.strip(".,"))
    return " ".join(words)


def display(name):
    """'Vladimir Vladimirovich PUTIN' -> 'Vladimir Vladimirovich Putin'."""
    def word(w):
        return "-".join(p.capitalize() if len(p) > 1 and p == p.upper() and
                        re.search("[A-Z]{2}", p) and p not in ("II", "III",
                                                              "XVI")
                        else p for p in w.split("-"))
    return " ".join(word(w) for w in name.split())


# A yearly edition stands for the end of its year; consecutive editions
# are a year apart, so their gap is allowed up to this many days.
EDITION_GAP_DAYS = 370


def observations():
    """Every Factbook office row: the weekly snapshots (dates) and the
    yearly editions (a year, read as that year's last day)."""
    columns = ["of", "kind", "holder", "since", "first", "last"]
    # A row without a start ("ANUTIN Charnvirakul" in 2025) cannot be
    # placed in time: left out.
    rows = [dict(r, source="factbook-history", gap=MAX_SNAPSHOT_GAP_DAYS)
            for r in read_tsv("leaders-factbook.tsv", columns) if r["since"]]
    for r in read_tsv("leaders-editions.tsv", columns):
        rows.append(dict(r, first=f"{r['first']}-12-31",
                         last=f"{r['last']}-12-31", source="factbook-editions",
                         gap=EDITION_GAP_DAYS))
    return rows


def folded_surname(text):
    """'NAZARBAYEV', 'Nazarbaev', 'Sooronbay Jeenbekov' -> 'nazarbaev',
    'jeenbekov': the last word, lower case, without y and j (which
    transliterations add or drop)."""
    word = ascii_id(text.split()[-1]) if text.split() else ""
    return re.sub(r"[^a-z]|y|j", "", word)


def similar(a, b):
    """Two spellings of one surname (MARKARYAN, MARGARYAN; BORISOV,
    BORISSOV), not two persons the Factbook gave the same date."""
    x, y = (re.sub(r"[^a-z]|y|j", "", ascii_id(caps_surname(n)))
            for n in (a, b))
    if not x or not y:
        return False
    return x in y or y in x or \
        difflib.SequenceMatcher(None, x, y).ratio() >= 0.8


def reign_tenures():
    """REIGN's effective leaders: [(alpha3, surname, start, end)]."""
    return [(row["of"], row["leader"].split()[-1], row["start"], row["end"])
            for row in read_tsv("leaders-reign.tsv",
                                ["of", "leader", "start", "end"])]


def reign_end(term, tenures):
    """The end of a Factbook term the Factbook does not show, from a REIGN
    tenure in the same state, of a similar surname, that contains the term (it starts no more
    than a month after the term, whose dates differ by a day or two
    between sources, and ends in or after the month last seen)."""
    for of, surname, start, end in tenures:
        if of != term["of"] or not similar(surname.upper(), term["name"]):
            continue
        # An edition stands for a year, a snapshot for its month.
        seen = term["last"][:4] if term["gap"] == EDITION_GAP_DAYS \
            else term["last"][:7]
        if len(term["since"]) == 10 and days_between(
                term["since"], start) <= 31 and end >= seen:
            return end
    return None


def other_slot_leads(term, end, tenures, slots):
    """Whether REIGN's next leader of the state, from the month `end`, held
    the state's other slot then: REIGN followed power from one office to
    the other (Zardari stayed president when Nawaz Sharif became the
    effective leader in June 2013), which does not end the term."""
    following = [s for of, s, start, _ in tenures
                 if of == term["of"] and start[:7] == end]
    for (of, kind), terms in slots.items():
        if of != term["of"] or kind == term["kind"]:
            continue
        for other in terms:
            if any(similar(s.upper(), other["name"]) for s in following) and \
                    other["since"][:7] <= end <= other["last"][:7]:
                return True
    return False


def settle_stale_starts(merged):
    """The Factbook sometimes shows a new holder with the predecessor's
    start date (GRC 2025: TASOULAS 'since 13 March 2020'). When the two
    were seen in snapshots of the same month, the change happened in that
    month: the predecessor ends and the successor starts 'YYYY-MM'."""
    for term, following in zip(merged, merged[1:]):
        if following["since"] <= term["since"] and \
                term["gap"] == following["gap"] == MAX_SNAPSHOT_GAP_DAYS and \
                term["last"][:7] == following["first"][:7]:
            term["stale_end"] = following["first"][:7]
            following["since"] = following["first"][:7]


def successor_close(term, following):
    """Whether nobody can have served between a term and the next holder:
    the next holder was seen soon after the term was last seen, or took
    office (a full date) soon after it, within the snapshots' gap (LAO:
    Bounnhang last seen 2021-03-01, Thongloun "since 22 March 2021" but
    first seen in May, the snapshots of spring 2021 being sparse)."""
    gap = max(term["gap"], following["gap"])
    if days_between(term["last"], following["first"]) <= gap:
        return True
    # The next holder took office (a full date) while the term was still
    # shown (MWI: Mutharika "since 4 October 2025", Chakwera seen to the
    # 7th, the next snapshot in January): nobody between. Only in the
    # same office: a president the Factbook wrote into the head of
    # government's slot (MKD 2024) is not ended by the prime minister.
    started_while_shown = term["first"] <= following["since"] and (
        term["last"] <= following["since"] or
        term["role"] == following["role"])
    return term["gap"] == following["gap"] == MAX_SNAPSHOT_GAP_DAYS and \
        len(following["since"]) == 10 and started_while_shown and \
        days_between(term["last"], following["since"]) <= gap


def elect_sightings(term, elect_rows):
    """The term with its last sighting moved on through the snapshots that
    show the slot's next holder as elected but not yet in office, seen
    right after it (MDV 2023: "President-elect Mohamed MUIZZI" to 23
    November, Solih last seen in September, Muizzu "since 17 November")."""
    shown = dict(term)
    for row in sorted(elect_rows, key=lambda r: r["first"]):
        if row["first"] >= term["first"] and \
                days_between(shown["last"], row["first"]) <= term["gap"]:
            shown["last"] = max(shown["last"], row["last"])
    return shown


def factbook_offices(known):
    """Offices from the Factbook harvests: one per run of observations
    showing the same person in the same slot with the same start; it ends
    where the next holder starts, when the two were seen close enough
    together that nobody can have served between them."""
    def who(term):
        key = person_key(term["name"])
        return known.get(key, key)

    slots = {}
    last_role = {}
    elect = {}
    for row in sorted(observations(), key=lambda r: (r["of"], r["kind"],
                                                      r["first"])):
        if (row["of"], row["holder"]) in FACTBOOK_OTHER_STATE:
            continue
        role, name = split_title(row["holder"], row["kind"])
        # 'Dmitriy Anatolyevich MEDVEDEV' with no title (RUS, 2012
        # edition): the title the slot had in the observation before.
        # Never a deputy's title (OTHER_OFFICE_WORDS).
        if role is None and re.fullmatch(r"([A-Z][a-z]+ )+[A-Z]{2,}",
                                         row["holder"]) and \
                not OTHER_OFFICE_WORDS & set(row["holder"].split()):
            role, name = last_role.get((row["of"], row["kind"])), \
                row["holder"]
        # a deputy's row does not make the slot's title unknown
        if not OTHER_OFFICE_WORDS & set(row["holder"].split()):
            last_role[(row["of"], row["kind"])] = role
        # Unknown titles ("President-elect", "Caretaker ...") are left
        # out. A slip names no office, but its start and the day it was
        # seen still end the predecessor's term. An elected successor
        # not yet in office says the holder still is (elect_sightings).
        if role is None:
            if re.match(r"[A-Za-z ]+-elect ", row["holder"]):
                elect.setdefault((row["of"], row["kind"]), []).append(row)
            continue
        if (row["of"], row["holder"]) in FACTBOOK_SLIPS or \
                (row["of"], row["holder"], row["since"]) in FACTBOOK_SLIPS:
            role = "slip"
        slots.setdefault((row["of"], row["kind"]), []).append(
            dict(row, role=role, name=name))
    offices = []
    tenures = reign_tenures()
    starts = {}
    for (_, _), terms in slots.items():
        for term in terms:
            if term["role"] != "slip":
                starts.setdefault(who(term), set()).add(term["since"])
    for slot, terms in slots.items():
        terms.sort(key=lambda t: (t["first"], t["since"]))
        merged = []
        for term in terms:
            previous = merged[-1] if merged else None
            close = previous and days_between(previous["last"], term["first"]) \
                <= max(previous["gap"], term["gap"])
            # The same start in the same slot is the same term, whatever
            # the spelling (MARKARYAN, MARGARYAN); the same person seen
            # again soon, or with a start before they were last seen, is
            # the same term with a corrected date.
            if previous and previous["role"] == term["role"] and (
                    (previous["since"] == term["since"] and
                     similar(previous["name"], term["name"])) or
                    (who(previous) == who(term) and (
                        term["since"] <= previous["last"] or
                        (close and previous["gap"] == term["gap"] ==
                         MAX_SNAPSHOT_GAP_DAYS)))):
                merged[-1]["spellings"].add(term["name"])
                merged[-1]["last"] = max(merged[-1]["last"], term["last"])
                # The later snapshot's date: the Factbook corrects a stale
                # one (CAPUTOVA 'since 15 June 2014', then 2019); but a
                # start after the person was already seen in office is a
                # re-election (OUATTARA since 2010, then "since 25 October
                # 2025"), and the term began at the first.
                if term["since"] <= merged[-1]["first"]:
                    merged[-1]["since"] = term["since"]
                merged[-1]["sources"].add(term["source"])
                merged[-1]["gap"] = term["gap"]
            else:
                merged.append(dict(term, sources={term["source"]},
                                   spellings={term["name"]}))
        settle_stale_starts(merged)
        for i, term in enumerate(merged):
            if term["role"] == "slip":
                continue
            office = {"name": term["name"], "spellings": term["spellings"],
                      "role": term["role"],
                      "of": term["of"], "since": term["since"]}
            sources = set(term["sources"])
            if "stale_end" in term:
                office["until"] = term["stale_end"]
            elif term["last"] < HARVEST_END:
                following = merged[i + 1] if i + 1 < len(merged) else None
                shown = elect_sightings(term, elect.get(slot, []))
                if following is None or not successor_close(
                        shown, following) or \
                        following["since"] <= term["since"] or \
                        (who(following) == who(term) and
                         following["role"] == term["role"]):
                    # The end is not known: the next holder was seen too
                    # late, the dates disagree, or the same person comes
                    # back with a new start (someone served between).
                    # REIGN may know it, unless the person held another
                    # office later (its tenure may run on through that).
                    # Else the term ends, for all we know, when it was
                    # last seen: an office shorter than the true one, never
                    # longer, and the person is known (CMR's prime minister
                    # Yang, last seen in 2017 before the snapshots' gap).
                    # Not when the next holder started no later than the
                    # term: the same term under another spelling (TUN:
                    # Bouden ROMDHANE, then BOUDEN Romdhane, both since
                    # 2021-10-11), or dates that disagree.
                    end = reign_end(term, tenures)
                    if end is None or max(starts[who(term)]) > term["since"]:
                        if following is not None and \
                                following["since"] <= term["last"]:
                            continue
                        office["until"] = term["last"]
                        office["last_seen"] = True
                    else:
                        office["until"] = end
                        sources.add("reign")
                else:
                    office["until"] = following["since"]
                    sources.add(following["source"])
                    # REIGN may show the term ended months before the
                    # next holder the Factbook names took office (Bakiyev
                    # fled in April 2010; Otunbayeva "since 19 May 2010").
                    end = reign_end(term, tenures)
                    if end is not None and end < office["until"][:7] and \
                            not other_slot_leads(term, end, tenures, slots):
                        office["until"] = end
                        sources = set(term["sources"]) | {"reign"}
            office["source_ref"] = sorted(sources) if len(sources) > 1 \
                else sources.pop()
            offices.append(office)
    return offices


def person_key(name):
    """Factbook spellings of one person share their capitalised surname and
    first given name ('Mikhail MISHUSTIN', 'Mikhail Vladimirovich
    MISHUSTIN')."""
    words = name.split()
    given = [i for i, w in enumerate(words) if w != w.upper()]
    if not given:
        return caps_surname(name), ""
    first = words[given[0]]
    # 'MUHAMMAD bin Zayid', 'MUHAMMAD bin Rashid': the father's name tells
    # namesakes apart.
    if first in ("bin", "ibn") and given[0] + 1 < len(words):
        first = f"bin {words[given[0] + 1]}"
    return caps_surname(name), first


# Sources date the same start a day or two apart (Mirziyoyev's
# premiership: the Factbook's 11 December 2003, offices.tsv's 12th).
SAME_START_DAYS = 31


def within(office, held):
    """Whether office starts while held, of the same role and state, runs
    (or a few days before it starts: the same office, dated otherwise)."""
    if (office["role"], office["of"]) != (held["role"], held["of"]):
        return False
    since = held.get("since", "")
    if len(since) == len(office["since"]) == 10 and \
            office["since"] < since and \
            days_between(office["since"], since) <= SAME_START_DAYS:
        return True
    return since <= office["since"] and \
        ("until" not in held or office["since"] < held["until"])


def same_office(a, b):
    return (a["role"], a["of"], a.get("since")) == \
        (b["role"], b["of"], b.get("since"))


# Names and aliases of the persons data/gazetteer/person-ids.tsv pins.
PUBLISHED = {}
# Computed ids published earlier (person-ids-computed.tsv), by the Factbook
# surname and given name that named the person: reserved, so that a person
# harvested later cannot take them.
RESERVED = {}


def read_persons():
    """Hand-written persons, their offices, and the Factbook spellings that
    name them."""
    persons = read_tsv("persons.tsv", ["id", "name", "surname", "aliases",
                                       "source", "factbook"])
    offices = {}
    for row in read_tsv("offices.tsv", ["id", "role", "of", "since", "until",
                                        "source"]):
        office = {"role": row["role"], "of": row["of"]}
        for key in ("since", "until"):
            if row[key]:
                office[key] = row[key]
        refs = row["source"].split("|")
        office["source_ref"] = refs if len(refs) > 1 else refs[0]
        offices.setdefault(row["id"], []).append(office)
    known = {}
    # Ids published earlier never change (graphs/README.md).
    for row in read_tsv("person-ids.tsv",
                        ["id", "surname", "given", "name", "aliases"]):
        known[(row["surname"], row["given"])] = row["id"]
        if row["name"]:
            PUBLISHED[row["id"]] = row
    for row in read_tsv("person-ids-computed.tsv", ["id", "surname", "given"]):
        RESERVED[(row["surname"], row["given"])] = row["id"]
    for p in persons:
        for spelling in filter(None, p["factbook"].split("|")):
            known[person_key(spelling)] = p["id"]
    return persons, offices, known


def add_factbook_persons(persons, offices, known, late):
    """Gives each Factbook office a person: a hand-written one, or a new
    one whose id is the surname, or surname-givenname when a person who
    held office earlier has that surname (graphs/README.md). The offices
    that end when last seen go to `late` (add_last_seen)."""
    taken = {p["id"] for p in persons} | set(known.values()) | \
        set(RESERVED.values())
    hand = {p["id"] for p in persons}
    new = {}
    for office in sorted(factbook_offices(known),
                         key=lambda o: (o["since"], o["of"], o["role"])):
        if office.pop("last_seen", False):
            late.append(office)
            continue
        spellings = sorted(office.pop("spellings"))
        name = office.pop("name")
        # A spelling with the surname in capitals names the person.
        name = next((n for n in [name] + spellings if caps_surname(n)), name)
        key = person_key(name)
        if not key[0]:
            continue  # no surname in capitals: the entry cannot be read
        pid = next((known[person_key(n)] for n in [name] + spellings
                    if person_key(n) in known), None)
        if pid is None:
            surname, given = key
            pid = next((RESERVED[person_key(n)] for n in [name] + spellings
                        if person_key(n) in RESERVED), None) or \
                ascii_id(surname)
            if pid in taken and person_key(name) not in RESERVED and \
                    not any(person_key(n) in RESERVED for n in spellings):
                pid = ascii_id(f"{surname} {given}")
            known[key] = pid
            taken.add(pid)
        if pid not in hand and pid not in new:
            surname, given = key
            shown = display(name)
            short = f"{given} {display(surname)}".strip() \
                if given[:1].isupper() else shown
            new[pid] = {"id": pid, "name": shown, "surname": display(surname),
                        "aliases": short if short != shown else "",
                        "source": office["source_ref"]}
            if pid in PUBLISHED:
                # The published name stays; the new spellings are aliases.
                old = PUBLISHED[pid]
                new[pid]["aliases"] = "|".join(filter(None, [
                    old["aliases"], shown if shown != old["name"] else "",
                    new[pid]["aliases"]]))
                new[pid]["name"] = old["name"]
        for other in spellings:
            if person_key(other) not in known and pid in new:
                # Another spelling of the same term (MARKARYAN, MARGARYAN).
                more = [display(other)]
                if person_key(other)[1][:1].isupper():
                    more.append(f"{person_key(other)[1]} "
                                f"{display(caps_surname(other))}")
                new[pid]["aliases"] = "|".join(
                    a for a in [new[pid]["aliases"]] + more if a)
            known.setdefault(person_key(other), pid)
        held = offices.setdefault(pid, [])
        # An office of offices.tsv with the same role, state and start
        # replaces the Factbook's (it carries better dates or sources); one
        # that starts inside a held office of the same role and state is
        # that office seen from the other slot (TUR 2018: the president
        # becomes head of government too).
        # The same term seen in both slots of the weekly snapshots ends at
        # the later end (BDI: the president heads the government until
        # 2022, the state after). Yearly editions are too coarse for this.
        for o in held:
            if same_office(o, office) and o.get("source_ref") == \
                    office.get("source_ref") == "factbook-history" and \
                    "until" in o and \
                    ("until" not in office or o["until"] < office["until"]):
                o.pop("until")
                if "until" in office:
                    o["until"] = office["until"]
        if not any(same_office(o, office) or within(office, o) for o in held):
            held.append(office)
    return persons + [new[k] for k in sorted(new)]


def add_spellings(persons):
    """spellings.tsv: spellings of persons the script computes from the
    Factbook, each with a page that writes it ('Prabowo Subianto')."""
    by_id = {p["id"]: p for p in persons}
    for row in read_tsv("spellings.tsv", ["id", "alias", "source"]):
        if row["id"] not in by_id:
            fail(f"spellings.tsv: no person {row['id']}")
        p = by_id[row["id"]]
        p["aliases"] = "|".join(filter(None, [p["aliases"], row["alias"]]))
        refs = p["source"].split("|") if isinstance(p["source"], str) \
            else list(p["source"])
        p["source"] = "|".join(dict.fromkeys(refs + [row["source"]]))


def add_last_seen(persons, offices, known, late):
    """The Factbook terms whose end nothing shows (the snapshots' gap of
    2017-2020, a head of government REIGN does not follow), each ended
    when last seen: shorter than the true term, never longer. They come
    last, like the Wikidata tables' terms: only where nobody holds that
    role of that state during the term, so that no better-dated office is
    cut; the person is one the gazetteer has under that name, else a new
    one (CMR's prime minister Philemon Yang, 2009 to at least 2017)."""
    by_name = {}
    for p in persons:
        by_name.setdefault(fold(p["name"]), p["id"])
    taken = {p["id"] for p in persons} | set(known.values()) | \
        set(RESERVED.values())
    for office in sorted(late, key=lambda o: (o["since"], o["of"])):
        spellings = sorted(office.pop("spellings"))
        name = office.pop("name")
        name = next((n for n in [name] + spellings if caps_surname(n)), name)
        key = person_key(name)
        if not key[0]:
            continue
        surname, given = key
        shown = display(name)
        short = f"{given} {display(surname)}".strip() \
            if given[:1].isupper() else shown
        pid = next((known[person_key(n)] for n in [name] + spellings
                    if person_key(n) in known), None) or \
            by_name.get(fold(shown)) or by_name.get(fold(short))
        # words after the name ('Yair LAPID serving as caretaker'): a
        # note the harvest kept, not a spelling
        if re.search(r"[A-Z]{2,}.* [a-z]{4,}", name):
            continue
        term = {"of": office["of"], "role": office["role"],
                "since": office["since"], "until": office["until"]}
        if any(held_office(o, term)
               for held in offices.values() for o in held):
            continue
        # nor while the same person held another office (ISL's president
        # written as prime minister in August 2024)
        if pid is not None and any(
                overlap_days(o, term["since"], term["until"]) > 0
                for o in offices.get(pid, [])):
            continue
        if pid is None:
            pid = ascii_id(surname)
            if pid in taken:
                pid = ascii_id(f"{surname} {given}")
            if pid in taken:
                continue
            taken.add(pid)
            known[key] = pid
            by_name[fold(shown)] = pid
            persons.append({"id": pid, "name": shown,
                            "surname": display(surname),
                            "aliases": short if short != shown else "",
                            "source": office["source_ref"]})
        # the end is an estimate, and says so
        office["note"] = (f"ended when last seen in the Factbook's weekly "
                          f"snapshots ({office['until']}); the true end is "
                          f"later and not known to the sources")
        offices.setdefault(pid, []).append(office)
    return persons


def held_office(o, term):
    """Whether office o holds the term's role of its state for more than
    a handover during the term."""
    return o["of"] == term["of"] and \
        o["role"].removeprefix("acting ") == \
        term["role"].removeprefix("acting ") and \
        overlap_days(o, term["since"], term["until"]) > \
        min(HANDOVER_DAYS, (day(term["until"], True) -
                            day(term["since"], False)).days // 2)


def build_persons(claimed):
    """Persons with their offices; the bare surname is an alias only when
    no other person or entity has it and it is not a common surname."""
    persons, offices, known = read_persons()
    late = []
    persons = add_factbook_persons(persons, offices, known, late)
    persons = add_ministers(persons, offices)
    persons = add_heads(persons, offices)
    persons = add_last_seen(persons, offices, known, late)
    add_spellings(persons)
    surnames = {}
    for p in persons:
        surnames.setdefault(fold(p["surname"]), []).append(p["id"])
    entities = []
    for p in sorted(persons, key=lambda p: p["id"]):
        if not offices.get(p["id"]):
            fail(f"person {p['id']} has no office")
        roles = {o["role"] for o in offices.get(p["id"], [])}
        aliases = [untitled(a, roles) for a in p["aliases"].split("|") if a]
        bare = p["surname"]
        if (bare and len(surnames[fold(bare)]) == 1 and
                fold(bare) not in COMMON_SURNAMES and
                fold(bare) not in COMMON_WORDS and
                fold(bare) not in claimed):
            aliases.insert(0, bare)
        entity = {"id": p["id"], "type": "person", "name": p["name"]}
        aliases = [a for a in dict.fromkeys(aliases) if a != p["name"]]
        if aliases:
            entity["aliases"] = aliases
        entity["offices"] = sorted(offices.pop(p["id"]),
                                   key=lambda o: (o.get("since", ""),
                                                  o["role"], o["of"]))
        refs = p["source"].split("|") if isinstance(p["source"], str) \
            else p["source"]
        entity["source_ref"] = refs if len(refs) > 1 else refs[0]
        entities.append(entity)
    if offices:
        fail(f"offices of unknown persons: {', '.join(sorted(offices))}")
    return entities
