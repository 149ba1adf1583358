"""Offices from EveryPolitician's Wikidata tables for scripts/make-gazetteer
(graphs/README.md): foreign ministers (ministers-wikidata.tsv) and heads of
state and government (heads-wikidata.tsv), both written by
scripts/harvest-ministers, and the ids and spellings of their persons
(wikidata-persons.tsv, by hand)."""
import datetime

from gazetteer_common import ascii_id, fail, read_tsv

TERM = ["since", "until", "open_at", "source"]


def read_named():
    """wikidata-persons.tsv by Wikidata id; a key "QID@SINCE" with the id
    "-" leaves that head's term out (the row says why)."""
    named = {}
    for row in read_tsv("wikidata-persons.tsv",
                        ["wikidata", "id", "name", "surname", "aliases",
                         "source"]):
        named[row["wikidata"]] = row
    return named


def minister_person(row, named):
    """The person of a harvested minister's term: the row of
    wikidata-persons.tsv that names them, else the Wikipedia title as
    name, its last word as surname and id, the label as an alias."""
    if row["wikidata"] in named:
        return dict(named[row["wikidata"]])
    surname = row["name"].split()[-1]
    aliases = row["label"] if row["label"] != row["name"] else ""
    return {"id": ascii_id(surname), "name": row["name"],
            "surname": surname, "aliases": aliases, "source": ""}


def term_office(row, role):
    office = {"role": role, "of": row["of"], "since": row["since"],
              "source_ref": row["source"]}
    if row["until"]:
        office["until"] = row["until"]
    else:
        office["note"] = (f"open in the source's table of {row['open_at']}; "
                          f"a later end is not known to it")
    return office


def add_person(persons, by_id, person, row):
    """Adds a new person, or checks that the id is the same person."""
    if person["id"] in by_id:
        same = by_id[person["id"]]
        if ascii_id(same["name"]) != ascii_id(person["name"]):
            fail(f"{row['name']} ({row['wikidata']}) would take the id "
                 f"{person['id']} of {same['name']}: give another in "
                 f"wikidata-persons.tsv")
        return same
    refs = [row["source"]] + [r for r in person["source"].split("|") if r]
    person["source"] = "|".join(refs)
    by_id[person["id"]] = person
    persons.append(person)
    return person


def add_ministers(persons, offices):
    """Foreign ministers harvested from Wikidata: a person already in the
    gazetteer under the same id and name gets the office; an id that
    names someone else stops the build, so that wikidata-persons.tsv
    gives the minister another id."""
    named = read_named()
    by_id = {p["id"]: p for p in persons}
    for row in read_tsv("ministers-wikidata.tsv",
                        ["wikidata", "name", "label", "of"] + TERM):
        person = minister_person(row, named)
        held = offices.setdefault(person["id"], [])
        given = [o for o in held if o["role"] == "foreign minister" and
                 o["of"] == row["of"] and
                 o.get("since", "")[:4] == row["since"][:4]]
        if given:
            # offices.tsv gives this term with its own source (and its
            # end, when the table has none): the table supports it too.
            refs = given[0]["source_ref"]
            refs = [refs] if isinstance(refs, str) else refs
            given[0]["source_ref"] = refs + [row["source"]]
            # The person still comes from the table when offices.tsv only
            # gives the term's end (Makei's death, 2022-11-26).
            if person["id"] not in by_id:
                add_person(persons, by_id, person, row)
            continue
        add_person(persons, by_id, person, row)
        held.append(term_office(row, "foreign minister"))
    return persons


# Days two holders of one office may overlap and still be taken for a
# handover the sources date differently (graphs/README.md: the Factbook's
# terms use the same 45 days).
HANDOVER_DAYS = 45


def day(date, end):
    """A YYYY, YYYY-MM or YYYY-MM-DD date as a date: its first day, or
    with end its last (an open end: far away)."""
    if not date:
        return datetime.date.max if end else datetime.date.min
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 1:
        parts += [12, 31] if end else [1, 1]
    elif len(parts) == 2:
        parts += [28 if end else 1]
    return datetime.date(*parts)


def overlap_days(office, since, until):
    """Days office's [since, until] shares with [since, until]."""
    first = max(day(office.get("since"), False), day(since, False))
    last = min(day(office.get("until"), True), day(until, True))
    return (last - first).days


def ended_by_successors(rows):
    """The tables' terms, each ended no later than the start of the next
    holder of the same office (the table's own successor), as the
    Factbook's are (Truong Tan Sang is given to 2016-07-25, his successor
    from 2016-04-02)."""
    rows = sorted(rows, key=lambda r: (r["of"], r["role"], r["since"]))
    for row, after in zip(rows, rows[1:]):
        if (row["of"], row["role"]) == (after["of"], after["role"]) and \
                row["wikidata"] != after["wikidata"] and \
                (not row["until"] or row["until"] > after["since"]):
            row["until"] = after["since"]
    return rows


def held(known, own, row):
    """1 when the term is in the gazetteer already: the person holds the
    office (or is acting in it) during the term, or someone else does for
    more than a handover (half the term, for a short one)."""
    def same(o):
        return o["of"] == row["of"] and \
            o["role"].removeprefix("acting ") == row["role"]
    term = (day(row["until"], True) - day(row["since"], False)).days
    if any(same(o) and overlap_days(o, row["since"], row["until"]) >= 0
           for o in own):
        return 1
    return any(same(o) and overlap_days(o, row["since"], row["until"]) >
               min(HANDOVER_DAYS, term // 2) for o in known)


def add_heads(persons, offices):
    """Heads of state and government harvested from Wikidata. Every term's
    person is named in wikidata-persons.tsv: an existing person gets the
    Wikipedia title and the row's aliases (the spellings the tables use),
    a new one is added. The
    office is added only where the Factbook and offices.tsv have nobody
    in that role of that state during the term (beyond a handover's
    HANDOVER_DAYS): the tables fill gaps, they never override those."""
    named = read_named()
    by_id = {p["id"]: p for p in persons}
    known = [o for held in offices.values() for o in held]
    rows = [row for row in read_tsv("heads-wikidata.tsv",
                                    ["wikidata", "name", "label", "of",
                                     "role"] + TERM)
            if f"{row['wikidata']}@{row['since']}" not in named]
    for row in ended_by_successors(rows):
        if row["wikidata"] not in named:
            fail(f"head {row['name']} ({row['wikidata']}) is not in "
                 f"wikidata-persons.tsv")
        person = dict(named[row["wikidata"]])
        if person["id"] in by_id:
            same = by_id[person["id"]]
            # The Wikipedia title is the common English name ("Cyril
            # Ramaphosa" where the Factbook has "Matamela Cyril").
            title = [] if " of " in row["name"] else [row["name"]]
            more = [a for a in title + person["aliases"].split("|") if a and
                    a != same["name"] and
                    a not in same["aliases"].split("|")]
            same["aliases"] = "|".join(
                a for a in same["aliases"].split("|") + more if a)
            refs = same["source"]
            refs = refs.split("|") if isinstance(refs, str) else list(refs)
            if more and row["source"] not in refs:
                same["source"] = "|".join(refs + [row["source"]])
        if held(known, offices.get(person["id"], []), row):
            continue
        if person["id"] not in by_id:
            add_person(persons, by_id, person, row)
        offices.setdefault(person["id"], []).append(
            term_office(row, row["role"]))
    return persons
