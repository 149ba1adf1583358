#!/usr/bin/env python3
"""Reads the exports of `entente convert` with NetworkX, python-igraph and
the csv module, and checks that every reader finds the same nodes, edges,
weights and degrees, and that these are the degrees and strengths `entente
metrics` reports (its JSON, computed by igraph in C).

Usage:
  check_convert.py network METRICS.json BASE   (BASE.graphml, BASE.gexf,
      BASE.json (node-link), BASE.edges.csv + BASE.nodes.csv, BASE.net)
  check_convert.py series SERIES.gexf BASE1.graphml BASE2.graphml ...
Exits 1 with the first difference on stderr.
"""
import csv
import json
import sys

import igraph
import networkx as nx
from networkx.readwrite import gexf as nx_gexf

# NetworkX 2.8 knows GEXF 1.1 and 1.2 only; 1.3 has the same elements for
# what entente writes (nodes, edges, attvalues, spells), in its own
# namespace.
nx_gexf.GEXF.versions["1.3"] = dict(
    nx_gexf.GEXF.versions["1.2draft"],
    NS_GEXF="http://gexf.net/1.3",
    VERSION="1.3",
)


def fail(message):
    sys.stderr.write("check_convert: " + message + "\n")
    sys.exit(1)


def unguard(cell):
    """What a spreadsheet shows: entente writes '=... for a cell it would run."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@\t\r":
        return cell[1:]
    return cell


def summary_of_networkx(graph):
    """(nodes, {edge: weight}, {node: degree}) of a NetworkX graph."""
    if graph.is_multigraph():
        simple = nx.DiGraph() if graph.is_directed() else nx.Graph()
        simple.add_nodes_from(graph.nodes(data=True))
        for u, v, data in graph.edges(data=True):
            if simple.has_edge(u, v):
                fail("a multi-edge %r-%r" % (u, v))
            simple.add_edge(u, v, **data)
        graph = simple
    edges = {}
    for u, v, data in graph.edges(data=True):
        key = (u, v) if graph.is_directed() else frozenset((u, v))
        edges[key] = float(data["weight"])
    return set(graph.nodes()), edges, dict(graph.degree())


def summary_of_igraph(graph, name_attribute):
    # igraph 0.10.2's GraphML reader returns "&#38;" for each "&amp;" in
    # an attribute value (seen here: "<x>&amp;amp;" read as "<x>&#38;amp;").
    names = [n.replace("&#38;", "&") for n in graph.vs[name_attribute]]
    edges = {}
    for edge in graph.es:
        u, v = names[edge.source], names[edge.target]
        key = (u, v) if graph.is_directed() else frozenset((u, v))
        edges[key] = float(edge["weight"])
    degrees = dict(zip(names, graph.degree()))
    return set(names), edges, degrees


def summary_of_csv(base, directed):
    with open(base + ".nodes.csv", newline="", encoding="utf-8") as f:
        nodes = {unguard(row["id"]) for row in csv.DictReader(f)}
    edges = {}
    degrees = dict.fromkeys(nodes, 0)
    with open(base + ".edges.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            u, v = unguard(row["source"]), unguard(row["target"])
            key = (u, v) if directed else frozenset((u, v))
            edges[key] = float(row["weight"])
            degrees[u] += 1
            degrees[v] += 1
    return nodes, edges, degrees


def read_node_link(path):
    with open(path, encoding="utf-8") as f:
        return nx.node_link_graph(json.load(f))


def pajek_labels(path):
    """Pajek keeps ids only; entente turns a quote into an apostrophe."""
    graph = nx.read_pajek(path)
    return graph


def check_network(metrics_path, base):
    with open(metrics_path, encoding="utf-8") as f:
        metrics = json.load(f)
    directed = metrics["network"]["directed"]
    want_nodes = {n["id"] for n in metrics["nodes"]}
    want_degree = {n["id"]: n["degree"] for n in metrics["nodes"]}
    want_strength = {n["id"]: n["strength"] for n in metrics["nodes"]}
    readers = {
        "networkx read_graphml": lambda: summary_of_networkx(
            nx.read_graphml(base + ".graphml")),
        "networkx read_gexf": lambda: summary_of_networkx(
            nx.read_gexf(base + ".gexf", version="1.3")),
        "networkx node_link_graph": lambda: summary_of_networkx(
            read_node_link(base + ".json")),
        "csv module": lambda: summary_of_csv(base, directed),
        "igraph Read_GraphML": lambda: summary_of_igraph(
            igraph.Graph.Read_GraphML(base + ".graphml"), "id"),
    }
    first = None
    for name, read in readers.items():
        nodes, edges, degrees = read()
        if nodes != want_nodes:
            fail("%s: nodes %s, entente metrics has %s"
                 % (name, sorted(nodes ^ want_nodes), "the others"))
        if degrees != want_degree:
            fail("%s: degrees %r differ from entente's %r"
                 % (name, degrees, want_degree))
        strength = dict.fromkeys(nodes, 0.0)
        for key, weight in edges.items():
            for node in key:
                strength[node] += weight
        for node in nodes:
            if abs(strength[node] - want_strength[node]) > 1e-9:
                fail("%s: strength of %r is %r, entente says %r"
                     % (name, node, strength[node], want_strength[node]))
        if first is None:
            first = (name, edges)
        elif edges != first[1]:
            fail("%s and %s differ in edges or weights" % (name, first[0]))
    check_pajek(base + ".net", first[1], directed)
    print("%d nodes, %d edges: the same in %d readers and Pajek"
          % (len(want_nodes), len(first[1]), len(readers)))


def check_pajek(path, edges, directed):
    """Pajek by NetworkX and igraph: same edges and weights by label."""
    def label(text):
        text = text.replace('"', "'").replace("\\", "'")
        return "".join(" " if ord(c) < 0x20 or c == "\x7f" else c
                       for c in text)

    def clean(key):
        labels = [label(k) for k in key]
        return tuple(labels) if directed else frozenset(labels)
    want = {clean(k): w for k, w in edges.items()}
    graph = nx.read_pajek(path)
    got = {}
    for u, v, data in graph.edges(data=True):
        key = (u, v) if directed else frozenset((u, v))
        got[key] = float(data["weight"])
    if got != want:
        fail("networkx read_pajek: edges differ")
    graph = igraph.Graph.Read_Pajek(path)
    got = {}
    for edge in graph.es:
        u, v = graph.vs[edge.source]["id"], graph.vs[edge.target]["id"]
        key = (u, v) if directed else frozenset((u, v))
        got[key] = float(edge["weight"])
    if got != want:
        fail("igraph Read_Pajek: edges differ")


def runs(present):
    """The maximal runs of consecutive frames, as (first, last) pairs."""
    spells, start = [], None
    for index, here in enumerate(present + [False]):
        if here and start is None:
            start = index
        elif not here and start is not None:
            spells.append((start, index - 1))
            start = None
    return spells


def check_series(series_path, frame_paths):
    frames = [summary_of_networkx(nx.read_graphml(p)) for p in frame_paths]
    dates = [nx.read_graphml(p).graph["date"] for p in frame_paths]
    graph = nx.read_gexf(series_path, version="1.3")
    if graph.graph.get("mode") != "dynamic":
        fail("the series is not a dynamic GEXF")
    all_nodes = set().union(*(f[0] for f in frames))
    if set(graph.nodes()) != all_nodes:
        fail("series nodes differ from the union of the frames")
    for node in all_nodes:
        want = [(dates[a], dates[b])
                for a, b in runs([node in f[0] for f in frames])]
        got = graph.nodes[node].get("spells")
        if got != want:
            fail("spells of node %r: %r, expected %r" % (node, got, want))
    for u, v, data in graph.edges(data=True):
        key = frozenset((u, v))
        want = [(dates[a], dates[b])
                for a, b in runs([key in f[1] for f in frames])]
        if data.get("spells") != want:
            fail("spells of edge %r: %r, expected %r"
                 % (sorted(key), data.get("spells"), want))
    edges = set().union(*(f[1].keys() for f in frames))
    if graph.number_of_edges() != len(edges):
        fail("series has %d edges, the frames %d"
             % (graph.number_of_edges(), len(edges)))
    print("%d nodes, %d edges over %d frames: spells match"
          % (len(all_nodes), len(edges), len(frames)))


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "network":
        check_network(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 4 and sys.argv[1] == "series":
        check_series(sys.argv[2], sys.argv[3:])
    else:
        fail(__doc__)
