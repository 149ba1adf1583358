"""Helpers scripts/make-gazetteer and scripts/gazetteer_persons.py share:
paths, reading data/gazetteer/ tables, failing with a message."""
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
DATA = os.path.join(ROOT, "data", "gazetteer")


def fail(message):
    print(f"make-gazetteer: {message}", file=sys.stderr)
    sys.exit(1)


def read_tsv(name, columns):
    """Rows of a data/gazetteer TSV file, '#' lines skipped, as dicts."""
    rows = []
    path = os.path.join(DATA, name)
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) > len(columns):
                fail(f"{path}:{number}: {len(cells)} columns, expected "
                     f"{len(columns)}")
            cells += [""] * (len(columns) - len(cells))
            rows.append(dict(zip(columns, cells)))
    return rows


def read_json(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return json.load(f)


def add_unique(values, value):
    if value and value not in values:
        values.append(value)


def fold(text):
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in text)


def ascii_id(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# The titles src/extract/rules.c (extract_roles) reads as {R:role}, with
# the office each names. The gazetteer's spellings are matched longest
# first, so an alias that starts with one ("President Rumen Radev", "King
# Salman") swallows the title into the person: "Bulgarian President Rumen
# Radev attended" then has no title left for the patterns, and no `leads`.
ROLE_TITLES = {"president": "president", "prime minister": "prime minister",
               "premier": "prime minister", "pm": "prime minister",
               "chancellor": "chancellor", "emir": "emir", "amir": "emir",
               "king": "king", "queen": "queen", "sultan": "sultan",
               "leader": "", "head of state": "", "head of government": "",
               "supreme leader": "supreme leader",
               "secretary general": "secretary general",
               "secretary-general": "secretary general",
               "executive secretary": "executive secretary"}


def untitled(alias, roles):
    """The alias without a leading title of an office the person holds
    (roles), so that the patterns read the title; a title of no office of
    theirs is part of a regnal name (Malaysia's king Sultan Abdullah) and
    stays."""
    low = alias.lower()
    for title, role in ROLE_TITLES.items():
        if low.startswith(title + " ") and role in roles:
            return alias[len(title) + 1:]
    return alias
