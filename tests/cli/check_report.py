#!/usr/bin/env python3
"""Checks an `entente report` HTML file against the snapshots it was made of.

Usage: check_report.py REPORT.html SNAPSHOT.json...

The HTML must parse with every element closed in order; it may hold no
script, no external style sheet, image, frame or font, and link nowhere but
its own anchors and the snapshots' http(s) sources. For each snapshot: its
section, every source link, every distinct evidence quote as text, each
organization's active and frozen members, and the top actor, recomputed
here with NetworkX from the snapshot file (independently of entente).
Several snapshots need the comparison section with its chart and one diff
diagram per consecutive pair. Exits non-zero with a message on the first
failure.
"""
import json
import re
import sys
from html.parser import HTMLParser

import networkx as nx

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "source"}
FORBIDDEN = {"script", "link", "img", "iframe", "object", "embed", "base",
             "form", "input", "frame", "audio", "video", "image", "foreignobject"}


class Page(HTMLParser):
    """Keeps the open-element stack and the text of every element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.tags, self.attrs, self.styles = [], [], [], []
        self.elements = []  # [tag, attrs, text, parent index]

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        parent = self.stack[-1][1] if self.stack else None
        self.elements.append([tag, dict(attrs), "", parent])
        if tag not in VOID:
            self.stack.append((tag, len(self.elements) - 1))

    def handle_startendtag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_endtag(self, tag):
        assert self.stack, f"</{tag}> closes nothing (line {self.getpos()[0]})"
        open_tag, _ = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}> (line {self.getpos()[0]})"

    def handle_data(self, data):
        for _, index in self.stack:
            self.elements[index][2] += data
        if self.stack and self.stack[-1][0] == "style":
            self.styles.append(data)

    def texts(self, tag):
        return [e[2] for e in self.elements if e[0] == tag]


def as_text(value):
    """What entente shows for a data string: control characters as U+FFFD."""
    out = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "\ufffd", value)
    return out.replace("\t", " ")


def check_structure(page, sources):
    assert not page.stack, f"unclosed: {[t for t, _ in page.stack]}"
    bad = FORBIDDEN & set(page.tags)
    assert not bad, f"forbidden elements: {bad}"
    for name, value in page.attrs:
        value = value or ""
        if name in ("href", "src", "xlink:href"):
            assert value.startswith("#") or value in sources, f"{name}={value!r}"
        assert "url(" not in value or value.startswith("url(#"), value
        assert not name.startswith("on"), f"event handler {name}"
    css = "".join(page.styles)
    assert "@import" not in css and "url(" not in css, "external CSS"
    assert "@font-face" not in css


def network(snapshot):
    """The default network (member_of active, arms_dependency, border_risk)."""
    g = nx.Graph()
    for e in snapshot["entities"]:
        if e["type"] == "state":
            g.add_node(e["id"])
    for r in snapshot["relations"]:
        if r["type"] not in ("member_of", "arms_dependency", "border_risk"):
            continue
        if r["type"] == "member_of" and r.get("status", "active") != "active":
            continue
        a, b, w = r["source"], r["target"], r.get("weight", 1.0)
        if a == b:
            continue
        if g.has_edge(a, b):
            g[a][b]["weight"] += w
        else:
            g.add_edge(a, b, weight=w)
    for a, b, d in g.edges(data=True):
        d["length"] = 1.0 / d["weight"]
    return g


def measure(g, name):
    if name == "strength":
        return dict(g.degree(weight="weight"))
    if name == "degree":
        return dict(g.degree())
    if name == "betweenness":
        return nx.betweenness_centrality(g, weight="length", normalized=False)
    raise AssertionError(f"no independent computation for {name}")


def section_of(page, snapshot):
    title = as_text(snapshot.get("title") or snapshot["id"])
    h2 = [i for i, e in enumerate(page.elements) if e[0] == "h2" and e[2] == title]
    assert h2, f"no section for {title!r}"
    section = page.elements[h2[0]][3]
    assert page.elements[section][0] == "section"
    return section


def inside(page, index, ancestor):
    while index is not None:
        if index == ancestor:
            return True
        index = page.elements[index][3]
    return False


def check_top_actor(page, snapshot, section):
    names = {e["id"]: as_text(e.get("name", e["id"])) for e in snapshot["entities"]}
    intro = [e[2] for i, e in enumerate(page.elements)
             if e[0] == "p" and inside(page, i, section) and "sizes the diagram" in e[2]]
    assert intro, "no top actors table"
    by = re.search(r" by (\w+) \(the measure", intro[0]).group(1)
    values = measure(network(snapshot), by)
    best = max(values.values())
    top = {names[v] for v, x in values.items() if abs(x - best) < 1e-9}
    rows = [i for i, e in enumerate(page.elements) if e[0] == "tr" and inside(page, i, section)
            and page.elements[i][2].startswith("1") and page.elements[e[3]][0] == "tbody"]
    cells = [e[2] for e in page.elements if e[0] == "td" and e[3] == rows[0]]
    assert cells[1] in top, f"top actor by {by}: {cells[1]!r}, expected one of {top}"


def check_groups(page, snapshot, section):
    names = {e["id"]: as_text(e.get("name", e["id"])) for e in snapshot["entities"]}
    members, frozen = {}, {}
    for r in snapshot["relations"]:
        if r["type"] == "member_of":
            status = r.get("status", "active")
            into = members if status == "active" else frozen if status == "frozen" else {}
            into.setdefault(r["target"], set()).add(names[r["source"]])
    rows = {e[2]: i for i, e in enumerate(page.elements)
            if e[0] == "th" and e[1].get("scope") == "row" and inside(page, i, section)}
    for org, expected in members.items():
        row = page.elements[rows[names[org]]][3]
        cells = [e[2] for e in page.elements if e[0] == "td" and e[3] == row]
        assert set(cells[0].split(", ")) == expected, (org, cells[0], expected)
        got_frozen = set() if cells[1] == "\u2013" else set(cells[1].split(", "))
        assert got_frozen == frozen.get(org, set()), (org, cells[1])


def check_snapshot(page, snapshot):
    section = section_of(page, snapshot)
    hrefs = {v for n, v in page.attrs if n == "href"}
    for s in snapshot.get("sources", []):
        if re.match(r"https?://", s.get("url", "")):
            assert s["url"] in hrefs, f"no link to {s['url']}"
    quotes = {e[2] for i, e in enumerate(page.elements)
              if e[0] == "p" and page.elements[e[3]][0] == "blockquote" and inside(page, i, section)}
    wanted = {as_text(r["evidence"]) for r in snapshot["relations"] if "evidence" in r}
    assert quotes == wanted, f"quotes differ: {sorted(quotes ^ wanted)[:3]}"
    check_top_actor(page, snapshot, section)
    check_groups(page, snapshot, section)


def main():
    html = open(sys.argv[1], encoding="utf-8").read()
    snapshots = [json.load(open(p, encoding="utf-8")) for p in sys.argv[2:]]
    page = Page()
    page.feed(html)
    page.close()
    sources = {s["url"] for snap in snapshots for s in snap.get("sources", [])
               if re.match(r"https?://", s.get("url", ""))}
    check_structure(page, sources)
    assert html.startswith("<!DOCTYPE html>\n")
    h2 = page.texts("h2")
    assert "Methods" in h2, h2
    methods = [e[2] for e in page.elements if e[0] == "section" and e[1].get("id") == "methods"][0]
    for words in ("length = 1 / strength", "seeded with 42", "entente "):
        assert words in methods, f"methods lack {words!r}"
    for snapshot in snapshots:
        check_snapshot(page, snapshot)
    diffs = sum(1 for e in page.elements if e[0] == "figure" and "What changed from" in e[2])
    if len(snapshots) > 1:
        assert "Comparison" in h2 and len(page.texts("svg")) >= len(snapshots) * 2
        assert diffs == len(snapshots) - 1, diffs
    else:
        assert "Comparison" not in h2 and diffs == 0
    print(f"ok: {len(snapshots)} snapshot(s), {len(page.tags)} elements")


if __name__ == "__main__":
    main()
