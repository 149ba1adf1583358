"""Dated forms of persons' names for scripts/make-gazetteer (graphs/README.md,
"Dated forms").

The press names a monarch by a title and the given name: "King Abdullah",
"Emir Tamim", "Sultan Haitham", "Sheikh Mishal". Such a form names
whoever holds the office that gives the title, and several persons of
the gazetteer share some ("King Abdullah": Jordan's from 1999, Saudi
Arabia's 2005-2015, Malaysia's 2019-2024). This module gives each person
who holds an office of TITLES the forms of that office's titles and of
each given name of theirs, dated by the office's term (not for a crown
of several states at once, Elizabeth II's: the form would not tell
which state the text means), in the entity's
"titled" list: {"name", "since", "until", "source_ref"}. The extractor
takes a form for the one person whose term covers the article's date,
and for nobody when two terms do (or, without a date, when two persons
ever held the form).

The given name is the first words of the name and of each alias, after
an honorific (Sheikh, Sultan, ...) and before a particle (bin, ibni),
an article (al-Ahmad, Al Thani), a regnal number (Abdallah II) or an
honorific inside the name (Sultan Abdullah Sultan Ahmad Shah): "Abdallah"
and "Abdullah" of Abdallah II. A form another entity spells otherwise
(an alias, a state) is not made, nor one the person has as an alias.
"""
import re

from gazetteer_common import fold

# The titles an office gives, by role. The role titles (King, Queen,
# Emir, Amir, Sultan) are words the extractor's patterns read as a role
# (src/extract/rules.c, extract_roles): the extractor leaves them a word
# of their own before the name. Sheikh, an honorific of the Gulf's
# ruling families the patterns do not read, is part of the name.
TITLES = {
    "king": ["King"],
    "queen": ["Queen"],
    "emir": ["Emir", "Amir", "Sheikh"],
    "sultan": ["Sultan"],
}
# Words that open a name as an honorific, or end its given part.
HONORIFICS = {"sheikh", "shaikh", "sultan", "king", "queen", "emir", "amir",
              "prince"}
PARTICLES = {"bin", "ibn", "ibni", "bint", "ben", "bou", "al", "el"}
ARTICLE = re.compile(r"^(al|el)-", re.IGNORECASE)
NUMERAL = re.compile(r"^[IVX]+$", re.IGNORECASE)


def given_name(spelling):
    """The given part of a spelling ("Abdallah" of "Abdallah II bin
    al-Hussein", "Mishal" of "Sheikh Mishal al-Ahmad al-Sabah"), or None."""
    words = spelling.split(" ")
    while words and fold(words[0]) in HONORIFICS:
        words = words[1:]
    given = []
    for word in words:
        if (fold(word) in PARTICLES or fold(word) in HONORIFICS or
                ARTICLE.match(word) or (given and NUMERAL.match(word))):
            break
        given.append(word)
    return " ".join(given) or None


def overlap(a, b):
    """1 when the terms of offices a and b share a day (open ends; dates
    compared on the precision both give)."""
    def before(end, start):
        if end is None or start is None:
            return False
        n = min(len(end), len(start))
        return end[:n] < start[:n]
    return not (before(a.get("until"), b.get("since")) or
                before(b.get("until"), a.get("since")))


def shared_crown(office, offices):
    """1 when the person holds the office's role in another state at the
    same time (Elizabeth II, queen of the United Kingdom, Canada,
    Australia, ...): the form cannot tell which state the text means."""
    return any(o is not office and o["role"] == office["role"] and
               o["of"] != office["of"] and overlap(o, office)
               for o in offices)


def add_titled(entities, claimed):
    """Adds to each person of `entities` (in place) the dated forms of the
    offices of TITLES it holds; `claimed` is {folded spelling: entity id}
    of every other spelling. Returns how many it added."""
    added = 0
    for e in entities:
        own = {fold(a) for a in [e["name"]] + e.get("aliases", [])}
        names = []
        for spelling in [e["name"]] + e.get("aliases", []):
            name = given_name(spelling)
            if name and name not in names:
                names.append(name)
        forms = {}
        for office in e.get("offices", []):
            if (office.get("since") is None and office.get("until") is None) \
                    or shared_crown(office, e["offices"]):
                continue
            for title in TITLES.get(office["role"], []):
                for name in names:
                    text = f"{title} {name}"
                    if fold(text) in own or \
                            claimed.get(fold(text), e["id"]) != e["id"]:
                        continue
                    key = (text, office.get("since"), office.get("until"))
                    refs = office["source_ref"]
                    refs = [refs] if isinstance(refs, str) else refs
                    merged = forms.setdefault(key, [])
                    merged += [r for r in refs if r not in merged]
        if not forms:
            continue
        e["titled"] = []
        for (text, since, until), refs in forms.items():
            form = {"name": text}
            if since is not None:
                form["since"] = since
            if until is not None:
                form["until"] = until
            form["source_ref"] = refs[0] if len(refs) == 1 else refs
            e["titled"].append(form)
            added += 1
    return added
