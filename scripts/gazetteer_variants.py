"""Transliteration variants of persons' names for scripts/make-gazetteer
(graphs/README.md, "Transliteration variants").

A name romanised from Arabic, Persian or Cyrillic script is written in
several ways by the press ("Ilhom Aliyev", "Sadir Japarov", "Tammam
Salam", "Mishal al-Ahmad al-Jaber al-Sabah"). The gazetteer keeps the
spellings its sources give; this module adds, at build time, the
spellings that the usual romanisation alternatives make of them:

Cyrillic (Russian, Central Asian and Caucasian names, the states of
CYRILLIC): y and i after a consonant (Sadyr, Sadir), kh and h (Rakhmon,
Rahmon), zh, dzh and j (Zhaparov, Japarov), ss and s (Kassym, Kasym),
ye and e after a vowel (Tokayev, Tokaev), and, in the given names of the
Persian-speaking and Uzbek-writing states (PERSO_TURKIC), the o that
Tajik and Uzbek write for the Persian and Arabic long a before a final m
or n (Ilham, Ilhom; Rahman, Rahmon). The surname endings -ov and -ev
stay as they are.

Arabic (the Arab League's states, and Iran for the Arabic given names of
Persian): the article al-, el- and Al (al-Sabah, el-Sisi, Al Khalifa),
one style for all the name's articles; a doubled consonant and a single
one between vowels (Tammam, Tamam; Sisi, Sissi); ou and u (Mansour,
Mansur); e and i in a final closed syllable (Jaber, Jabir); Abd al-X,
Abdel X, Abdul X, Abdulx; and the usual spellings of a few given names
(Mohammed, Mohamed, Muhammad, Mohammad; Abdullah, Abdallah; Ahmed,
Ahmad; Hussein, Hussain; Youssef, Yusuf).

A variant is only kept when no other entity has it (a state, an
organization, another person's spelling) and no other person's names
make it too: two persons in office who share a variant would be one
spelling of two entities, so the variant is dropped for both (their
given spellings stay). Variants are made of spellings of two words or
more, and of a bare surname the gazetteer already lets stand alone; a
one-word variant that is a common name or word is dropped as the bare
surname would be.
"""
import itertools
import re

from gazetteer_common import fold

# Where a person's names are romanised from Cyrillic (or, for Azerbaijan,
# Uzbekistan and Turkmenistan, were until the 1990s), and from Arabic
# script (the Arab League's 22 states; Iran's Arabic given names).
CYRILLIC = {"RUS", "BLR", "UKR", "KAZ", "KGZ", "TJK", "UZB", "TKM", "AZE",
            "ARM", "MDA", "GEO"}
PERSO_TURKIC = {"TJK", "UZB", "AZE"}
# Organizations whose secretaries general come from those states only
# (the CSTO's, the CIS's, the EAEU's; the Arab League's and the GCC's):
# not the SCO's or the OTS's, whose members write Chinese and Turkish.
CYRILLIC |= {"CSTO", "CIS", "EAEU", "EURASEC", "UNION-STATE"}
ARABIC = {"DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN",
          "LBY", "MRT", "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN",
          "SYR", "TUN", "ARE", "YEM", "IRN", "LAS", "GCC"}

# Given names with several usual romanisations; each set is one name.
ARABIC_GIVEN = [
    ("Mohammed", "Mohamed", "Muhammad", "Mohammad", "Muhammed"),
    ("Abdullah", "Abdallah"),
    ("Ahmed", "Ahmad"),
    ("Hussein", "Hussain", "Husein"),
    ("Youssef", "Yousef", "Yusuf"),
    ("Abdel", "Abdul"),
    ("Omar", "Umar", "Omer", "Oumar"),
]
GIVEN_SPELLINGS = {fold(n): names for names in ARABIC_GIVEN for n in names}

# Words left as they are: particles, numerals, initials.
KEEP = {"bin", "ibn", "bint", "bou", "abu", "ben", "ould", "de", "da", "del",
        "van", "von", "sheikh", "sultan", "king", "emir", "amir", "ii",
        "iii", "iv", "jr", "sr"}
ARTICLE = re.compile(r"^(al|el)-(?=[A-Za-z])", re.IGNORECASE)
CONSONANT = "bcdfghjklmnpqrstvwxz"
VOWEL = "aeiou"

# Titles that, with a single given name after them, make a spelling of
# many persons ("Sheikh Mohammad": Kuwait's prime minister of 2024 in
# the Factbook, but also Dubai's ruler and Qatar's prime minister): such
# a spelling gets no variants, which would only multiply the ambiguity
# and, matched leftmost, swallow the start of the others' full names
# ("Sheikh Mohammed bin Rashid Al Maktoum").
HONORIFICS = {"sheikh", "shaikh", "king", "emir", "amir", "sultan",
              "prince", "queen"}

# Variants kept of one spelling, at most (the fewest changes first).
MAX_PER_SPELLING = 40
# Words of a spelling that one variant changes, at most.
MAX_CHANGED_WORDS = 2
# Letters of a one-word variant, at least: shorter ones are words or
# common names ("Bare" of Barre, "Asad" of Assad).
MIN_ONE_WORD = 5


def _case_like(model, text):
    return text[:1].upper() + text[1:] if model[:1].isupper() else text


def _sub_each(pattern, replacement, word):
    """The word with each match of pattern replaced, one at a time."""
    out = []
    for m in re.finditer(pattern, word):
        out.append(word[:m.start()] + m.expand(replacement) + word[m.end():])
    return out


def _sub_all(pattern, replacement, word):
    changed = re.sub(pattern, replacement, word)
    return [changed] if changed != word else []


def cyrillic_rules(word, given, perso_turkic):
    """One-step variants of a word romanised from Cyrillic."""
    low = word.lower()
    out = []
    c = f"[{CONSONANT}]"
    # y and i between a consonant and a consonant or the word's end
    # (the y of Russian "ы"; an i is "и", which is never y)
    out += _sub_all(rf"(?<={c})y(?={c}|$)", "i", low)
    # kh and h (not the h of sh, ch, zh)
    out += _sub_all(r"kh", "h", low)
    out += _sub_all(r"(?<![kscz])h", "kh", low)
    # zh, dzh and j
    out += _sub_all(r"dzh", "j", low)
    out += _sub_all(r"(?<!d)zh", "j", low)
    out += _sub_all(r"(?<!d)j", "zh", low)
    # ss and s between vowels
    out += _sub_all(r"ss", "s", low)
    out += _sub_all(rf"(?<=[{VOWEL}])s(?=[{VOWEL}])", "ss", low)
    # ye and e after a vowel or at the start (Tokayev, Tokaev; Yerlan)
    out += _sub_all(rf"(?<=[{VOWEL}])ye", "e", low)
    out += _sub_all(rf"(?<=[{VOWEL}])e", "ye", low)
    out += _sub_all(r"^ye", "e", low)
    if given and perso_turkic:
        out += _sub_all(r"a([mn])$", r"o\1", low)
        out += _sub_all(r"o([mn])$", r"a\1", low)
    return [_case_like(word, w) for w in out]


def arabic_rules(word):
    """One-step variants of a word romanised from Arabic script."""
    low = word.lower()
    out = []
    names = GIVEN_SPELLINGS.get(low)
    if names:
        return [_case_like(word, n.lower()) for n in names if n.lower() != low]
    c = f"[{CONSONANT}]"
    # a doubled consonant (the shadda) single; a single m, n or s between
    # vowels, the first, doubled (Tamam, Tammam; Hasan, Hassan; the
    # French-style Sissi)
    out += _sub_each(rf"({c})\1", r"\1", low)
    out += _sub_all(rf"^([^{VOWEL}]*[{VOWEL}])([mns])(?=[{VOWEL}])",
                    r"\1\2\2", low)
    # ou and u
    out += _sub_all(r"ou", "u", low)
    out += _sub_all(r"(?<![oq])u", "ou", low)
    # e and i in a final closed syllable (Jaber, Jabir; Khaled, Khalid)
    out += _sub_all(rf"(?<={c})e({c})$", r"i\1", low)
    out += _sub_all(rf"(?<={c})i({c})$", r"e\1", low)
    return [_case_like(word, w) for w in out]


def word_variants(word, family, given, perso_turkic):
    """The word's spellings: itself first, then variants of one and two
    steps, in a fixed order."""
    article = ARTICLE.match(word)
    prefix, body = (word[:article.end()], word[article.end():]) \
        if article else ("", word)
    if fold(body) in KEEP or len(body) < 3 or not body.isalpha():
        return [word]

    def step(w):
        if family == "arabic":
            return arabic_rules(w)
        return cyrillic_rules(w, given, perso_turkic)
    first = list(dict.fromkeys(step(body)))
    second = [v for w in first for v in step(w)]
    found = [body] + sorted(set(first) - {body}) + \
        sorted(set(second) - set(first) - {body})
    return [prefix + w for w in found]


def article_styles(words):
    """The name with its Arabic articles in each style: al-X, el-X, al X
    (which also reads 'Al X', a capital of the text meeting the small
    letter)."""
    if not any(ARTICLE.match(w) or w in ("Al", "al") for w in words[1:]):
        return [words]
    bare = []
    i = 0
    marks = []
    while i < len(words):
        w = words[i]
        if i > 0 and w in ("Al", "al") and i + 1 < len(words) and \
                words[i + 1][:1].isupper():
            bare.append(words[i + 1])
            marks.append(True)
            i += 2
            continue
        m = ARTICLE.match(w) if i > 0 else None
        bare.append(w[m.end():] if m else w)
        marks.append(bool(m))
        i += 1
    styles = []
    for style in ("al-{}", "el-{}", "al {}", "Al-{}", "el {}"):
        styles.append([style.format(w) if mark else w
                       for w, mark in zip(bare, marks)])
    return styles


def spelling_variants(spelling, family, perso_turkic):
    """Variants of one spelling, the fewest changed words first."""
    words = spelling.split()
    found = []
    for styled in article_styles(words):
        tokens = " ".join(styled).split(" ")
        options = [word_variants(w, family, i < len(tokens) - 1,
                                 perso_turkic) for i, w in enumerate(tokens)]
        changeable = [i for i, o in enumerate(options) if len(o) > 1]
        found.append((0, " ".join(tokens)))
        for n in range(1, MAX_CHANGED_WORDS + 1):
            for chosen in itertools.combinations(changeable, n):
                for picks in itertools.product(
                        *(options[i][1:] for i in chosen)):
                    out = list(tokens)
                    for i, pick in zip(chosen, picks):
                        out[i] = pick
                    found.append((n, " ".join(out)))
    # the fewest changed words first, whatever the article's style
    found = [v for _, v in sorted(found, key=lambda f: f[0])]
    seen = {fold(spelling)}
    kept = []
    for v in found:
        if fold(v) not in seen:
            seen.add(fold(v))
            kept.append(v)
    return kept[:MAX_PER_SPELLING]


def title_and_one_name(spelling):
    """1 when the spelling is an honorific and a single name."""
    words = spelling.split()
    return len(words) == 2 and fold(words[0]) in HONORIFICS


def family_of(offices):
    """'arabic', 'cyrillic' or None, from the states of the person's
    offices (the first that names one), and whether the person's state
    writes the Tajik and Uzbek o."""
    for o in offices:
        if o["of"] in ARABIC:
            return "arabic", False
        if o["of"] in CYRILLIC:
            return "cyrillic", o["of"] in PERSO_TURKIC
    return None, False


def family_name(name):
    """The last word of a name without its article, folded."""
    last = name.split()[-1]
    m = ARTICLE.match(last)
    return fold(last[m.end():] if m else last)


def given_key(word):
    """A word folded, one key for the spellings of one given name."""
    names = GIVEN_SPELLINGS.get(fold(word))
    return fold(names[0]) if names else fold(word)


def short_forms(name, families):
    """The first given name and the surname with its article, of a name of
    three words or more ("Umar Hassan Ahmad al-Bashir": "Umar al-Bashir"),
    as the press writes it; not when another person of the family has
    that given name among theirs ("Ahmad al-Sabah" would also read the
    end of "Nawaf Al Ahmed Al Sabah")."""
    words = name.split()
    if len(words) < 3 or fold(words[0]) in HONORIFICS or \
            not ARTICLE.match(words[-1]) or fold(words[-2]) in KEEP:
        return []
    first = given_key(words[0])
    others = [n for n in families.get(family_name(name), []) if n != name]
    if any(first in {given_key(ARTICLE.sub("", w)) for w in n.split()}
           for n in others):
        return []
    return [f"{words[0]} {words[-1]}"]


def add_variants(entities, claimed, common):
    """Adds to each person entity the variants of its name and aliases
    (in place); returns {variant: [person ids]} of the variants dropped
    because two persons make them, for the record, and how many it
    added."""
    made = {}
    families = {}
    for e in entities:
        if e.get("type") == "person":
            families.setdefault(family_name(e["name"]), []).append(e["name"])
    for e in entities:
        family, perso_turkic = family_of(e.get("offices", []))
        if family is None:
            continue
        for spelling in [e["name"]] + e.get("aliases", []) + \
                short_forms(e["name"], families):
            if title_and_one_name(spelling):
                continue
            one_word = " " not in spelling
            if one_word and (fold(spelling) in common or
                             spelling not in e.get("aliases", [])):
                continue
            for v in spelling_variants(spelling, family, perso_turkic):
                if one_word and (fold(v) in common or len(v) < MIN_ONE_WORD):
                    continue
                # Of two variants that differ in case only, the one with
                # fewer capitals, which the text may write either way
                # ("el-Sissi", "El-Sissi").
                owners = made.setdefault(fold(v), {})
                if sum(map(str.isupper, v)) < \
                        sum(map(str.isupper, owners.get(e["id"], v + "A"))):
                    owners[e["id"]] = v
    spelled = {}
    words = {}
    for e in entities:
        for text in [e["name"]] + e.get("aliases", []):
            spelled.setdefault(fold(text), set()).add(e["id"])
            for word in re.split(r"[ -]", text):
                words.setdefault(fold(word), set()).add(e["id"])
    for key, owners in made.items():
        for word in re.split(r"[ -]", key):
            words.setdefault(word, set()).update(owners)
    dropped = {}
    added = 0
    by_id = {e["id"]: e for e in entities}
    for key in sorted(made):
        owners = made[key]
        if len(owners) > 1:
            dropped[key] = sorted(owners)
            continue
        (pid, text), = owners.items()
        if key in claimed or key in spelled:
            continue
        # A one-word variant that is a word of another person's names or
        # of their variants ("Saleh" of Barham Salih; Salim Salih Bin
        # Burayk, "Salim Saleh Bin Burayk") would name both.
        if " " not in text and words.get(key, {pid}) - {pid}:
            dropped[key] = sorted(owners) + sorted(words[key] - {pid})
            continue
        by_id[pid].setdefault("aliases", []).append(text)
        added += 1
    return dropped, added
