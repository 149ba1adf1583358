#!/usr/bin/python3
"""entente's whole default `metrics` run against NetworkX and graph-tool.

Usage: bench/peers.py [--cheap] ENTENTE SNAPSHOT... (bench/peers runs it)
--cheap: only the cheap per-node measures timed inside both processes
(graph-tool's call against bench/compute), a run of a minute at 10^4.

For each snapshot: entente's real command, whole job (load, build, every
default metric, JSON written), timed as a process; then NetworkX and
graph-tool on the same network (same nodes, weights summed per pair as
strengths, length = 1/weight for path measures), each metric timed alone
after one load. entente's per-metric time is a run with `--metrics` that
metric minus a run that only loads and builds (`--metrics nodes`). A peer
metric that would take longer than SAMPLE_LIMIT is timed on SAMPLES
sources and scaled by n / SAMPLES: such figures are estimates and are
printed with "~". Values are compared for a few metrics, so that the
timings compare the same computation.
"""
import json
import math
import os
import signal
import subprocess
import sys
import tempfile
import time

import networkx as nx
import graph_tool as gt
from graph_tool import centrality, clustering, correlations, flow, topology

SAMPLES = 20            # sources timed when a peer's all-pairs run is estimated
EXACT_UP_TO = 2000      # NetworkX all-pairs run exactly up to this many nodes
PEER_TIMEOUT = 60       # seconds; a peer metric over this is reported as such
RUNS = 3                # entente: best of RUNS processes (1 above 2,000 nodes)
INSIDE_RUNS = 5         # cheap measures timed inside both tools: rounds
INSIDE_REPEATS = 3      # and calls per round; the best of all
# Measures cheap enough that differences of process timings are mostly
# noise: timed inside both processes instead (bench/compute.c for entente).
CHEAP = ["degree,strength", "eigenvector", "pagerank", "coreness", "clustering",
         "transitivity", "components", "type_assortativity"]


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout()


signal.signal(signal.SIGALRM, on_alarm)


def timed(function):
    """(seconds, result, note) of function(), or (None, None, "timeout")."""
    signal.alarm(PEER_TIMEOUT)
    start = time.perf_counter()
    try:
        result = function()
        note = ""
    except Timeout:
        return None, None, "timeout"
    finally:
        signal.alarm(0)
    return time.perf_counter() - start, result, note


def load_network(path):
    """Nodes (every state, and every entity a chosen relation joins) and
    edges {(u, v): weight} of entente's default network: member_of,
    arms_dependency, border_risk; status active; undirected."""
    snapshot = json.load(open(path))
    layers = {"member_of", "arms_dependency", "border_risk"}
    types = {e["id"]: e["type"] for e in snapshot["entities"]}
    edges = {}
    touched = set()
    for r in snapshot["relations"]:
        if r["type"] not in layers or r.get("status", "active") != "active":
            continue
        u, v = r["source"], r["target"]
        key = (u, v) if u < v else (v, u)
        edges[key] = edges.get(key, 0.0) + r.get("weight", 1.0)
        touched.update(key)
    nodes = [e["id"] for e in snapshot["entities"]
             if e["type"] == "state" or e["id"] in touched]
    return nodes, edges, types


def run_entente(entente, path, metrics=None, jobs=None, runs=RUNS):
    """Best wall time of `runs` processes, and the JSON of the last."""
    out = tempfile.NamedTemporaryFile(suffix=".json", delete=False).name
    command = [entente, "metrics", path, "--format", "json", "-o", out]
    if metrics:
        command += ["--metrics", metrics]
    if jobs:
        command += ["-j", str(jobs)]
    best = math.inf
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stderr=subprocess.DEVNULL,
                       env=dict(os.environ, OMP_NUM_THREADS="1"))
        best = min(best, time.perf_counter() - start)
    result = json.load(open(out))
    os.unlink(out)
    return best, result


# --- NetworkX ------------------------------------------------------------

def nx_build(path):
    nodes, edges, types = load_network(path)
    G = nx.Graph()
    G.add_nodes_from((v, {"type": types[v]}) for v in nodes)
    for (u, v), w in edges.items():
        G.add_edge(u, v, weight=w, length=1.0 / w)
    return G


def nx_sources(G, per_source):
    """Runs per_source(s) over all sources, or over SAMPLES of them when
    the graph is above EXACT_UP_TO nodes; returns (values, scale)."""
    nodes = list(G)
    if len(nodes) <= EXACT_UP_TO:
        return [per_source(s) for s in nodes], 1.0
    step = len(nodes) // SAMPLES
    sample = nodes[::step][:SAMPLES]
    return [per_source(s) for s in sample], len(nodes) / len(sample)


def nx_paths(G, weight):
    def per_source(s):
        if weight:
            d = nx.single_source_dijkstra_path_length(G, s, weight=weight)
        else:
            d = nx.single_source_shortest_path_length(G, s)
        others = [x for t, x in d.items() if t != s]
        return max(others, default=0), sum(others), len(others)
    rows, scale = nx_sources(G, per_source)
    count = sum(r[2] for r in rows)
    return (max(r[0] for r in rows), sum(r[1] for r in rows) / count), scale


def nx_betweenness(G):
    n = len(G)
    if n <= EXACT_UP_TO:
        return nx.betweenness_centrality(G, weight="length", normalized=False), 1.0
    sources = list(G)[::n // SAMPLES][:SAMPLES]
    part = nx.betweenness_centrality_subset(G, sources, list(G), weight="length",
                                            normalized=False)
    return part, n / len(sources)


def nx_harmonic(G, distance):
    n = len(G)
    if n <= EXACT_UP_TO:
        return {v: x / (n - 1) for v, x in
                nx.harmonic_centrality(G, distance=distance).items()}, 1.0
    # harmonic_centrality(sources=...) is the sum over the given sources.
    sources = list(G)[::n // SAMPLES][:SAMPLES]
    part = nx.harmonic_centrality(G, distance=distance, sources=sources)
    return part, n / len(sources)


def networkx_metrics(G):
    """name -> callable returning (value, scale); scale > 1: an estimate."""
    def exact(f):
        return lambda: (f(), 1.0)
    return {
        "degree,strength": exact(lambda: (dict(G.degree()), dict(G.degree(weight="weight")))),
        "betweenness": lambda: nx_betweenness(G),
        "closeness": lambda: nx_harmonic(G, "length"),
        "eigenvector": exact(lambda: nx.eigenvector_centrality_numpy(G, weight="weight")),
        "pagerank": exact(lambda: nx.pagerank(G, alpha=0.85, weight="weight")),
        "coreness": exact(lambda: nx.core_number(G)),
        "clustering": exact(lambda: nx.clustering(G)),
        "transitivity": exact(lambda: nx.transitivity(G)),
        "constraint": exact(lambda: nx.constraint(G, weight="weight")),
        "community": exact(lambda: nx.community.modularity(
            G, nx.community.louvain_communities(G, weight="weight", seed=42), weight="weight")),
        "components": exact(lambda: max(len(c) for c in nx.connected_components(G))),
        "diameter,average_path_length": lambda: nx_paths(G, "length"),
        "diameter_hops,average_path_length_hops": lambda: nx_paths(G, None),
        "closeness_centralization": lambda: nx_harmonic(G, None),
        "type_assortativity": exact(lambda: nx.attribute_assortativity_coefficient(G, "type")),
        "vertex_connectivity": exact(lambda: nx.node_connectivity(G)),
        "edge_connectivity": exact(lambda: nx.edge_connectivity(G)),
    }


# --- graph-tool ----------------------------------------------------------

def gt_build(path):
    nodes, edges, types = load_network(path)
    index = {v: i for i, v in enumerate(nodes)}
    g = gt.Graph(directed=False)
    g.add_vertex(len(nodes))
    weight, length = g.new_ep("double"), g.new_ep("double")
    g.add_edge_list([(index[u], index[v], w, 1.0 / w)
                     for (u, v), w in edges.items()], eprops=[weight, length])
    return g, weight, length, nodes, types


def gt_paths(g, weight):
    n = g.num_vertices()
    vertices = list(range(n)) if n <= EXACT_UP_TO else list(range(0, n, n // SAMPLES))[:SAMPLES]
    top, total, count = 0.0, 0.0, 0
    for s in vertices:
        d = topology.shortest_distance(g, source=g.vertex(s), weights=weight).a
        finite = d[(d < 1e300) & (d < 2**31 - 1)]
        finite = finite[finite > 0]
        top = max(top, float(finite.max(initial=0)))
        total += float(finite.sum())
        count += len(finite)
    return (top, total / count), n / len(vertices)


def graph_tool_metrics(g, weight, length, nodes, types):
    def exact(f):
        return lambda: (f(), 1.0)
    kind = g.new_vp("int")
    names = sorted(set(types[v] for v in nodes))
    kind.a = [names.index(types[v]) for v in nodes]
    unit = g.new_ep("double", val=1.0)
    metrics = {
        "degree,strength": exact(lambda: (g.degree_property_map("total").a,
                                          g.degree_property_map("total", weight).a)),
        "betweenness": exact(lambda: centrality.betweenness(g, weight=length, norm=False)[0].a),
        "closeness": exact(lambda: centrality.closeness(g, weight=length, harmonic=True).a),
        "eigenvector": exact(lambda: centrality.eigenvector(g, weight=weight)[1].a),
        "pagerank": exact(lambda: centrality.pagerank(g, damping=0.85, weight=weight).a),
        "coreness": exact(lambda: topology.kcore_decomposition(g).a),
        "clustering": exact(lambda: clustering.local_clustering(g).a),
        "transitivity": exact(lambda: clustering.global_clustering(g)[0]),
        "components": exact(lambda: topology.label_components(g)[1].max()),
        "diameter,average_path_length": lambda: gt_paths(g, length),
        "diameter_hops,average_path_length_hops": lambda: gt_paths(g, None),
        "closeness_centralization": exact(lambda: centrality.closeness(g, harmonic=True).a),
        "type_assortativity": exact(lambda: correlations.assortativity(g, kind)[0]),
    }
    # min_cut (Stoer-Wagner in C++) took 5.4 s at 10^3 nodes; a C++ call
    # cannot be interrupted by the timeout, so it runs at small sizes only.
    if g.num_vertices() <= EXACT_UP_TO:
        metrics["edge_connectivity"] = exact(lambda: flow.min_cut(g, unit)[0])
    return metrics


# --- the run -------------------------------------------------------------

METRICS = [
    "degree,strength", "betweenness", "closeness", "eigenvector", "pagerank",
    "coreness", "clustering", "transitivity", "constraint", "community",
    "components", "diameter,average_path_length",
    "diameter_hops,average_path_length_hops", "closeness_centralization",
    "type_assortativity", "vertex_connectivity", "edge_connectivity",
]
# The entente --metrics list that computes the same thing.
ENTENTE_NAMES = {
    "clustering": "clustering,average_clustering",
    "community": "community,modularity",
    "components": "components,largest_component_share",
}


def fmt(seconds, scale=1.0):
    if seconds is None:
        return "       -"
    return ("~" if scale > 1 else " ") + "%7.3f" % (seconds * scale)


def ratio(peer, ours, scale=1.0):
    if peer is None or not ours:
        return "     -"
    return "%6.1f" % (peer * scale / ours)


def relative_gap(ours, theirs):
    """Largest relative difference between two sequences of numbers."""
    gap = 0.0
    for a, b in zip(ours, theirs):
        if a is None or b is None:
            continue
        gap = max(gap, abs(a - b) / max(1e-12, abs(a), abs(b)))
    return gap


def agreement(result, nx_values, gt_values, nodes):
    """Lines comparing a few metrics across the three."""
    ours = {v["id"]: v for v in result["nodes"]}
    lines = []
    for name in ("betweenness", "closeness", "pagerank", "coreness"):
        mine = [ours[v][name] for v in nodes]
        row = "  %-12s" % name
        if name in nx_values and nx_values[name][1] == 1.0:
            theirs = nx_values[name][0]
            row += "  networkx max rel. diff %.1e" % relative_gap(mine, [theirs[v] for v in nodes])
        if name in gt_values:
            theirs = list(gt_values[name][0])
            row += "  graph-tool %.1e" % relative_gap(mine, theirs)
        lines.append(row)
    graph = result["graph"]
    for name in ("vertex_connectivity", "edge_connectivity", "diameter", "average_path_length"):
        row = "  %-12s entente %s" % (name[:12], graph[name])
        for peer, values in (("networkx", nx_values), ("graph-tool", gt_values)):
            key = next((k for k in values if name in k.split(",")), None)
            if key is None or values[key][1] != 1.0:
                continue
            value = values[key][0]
            if isinstance(value, tuple):
                value = value[0] if name == "diameter" else value[1]
            row += "  %s %s" % (peer, value)
        lines.append(row)
    return lines


def inside(compute, path, gt_all):
    """The cheap measures timed inside both tools the same way, alternating:
    INSIDE_RUNS rounds of entente (a fresh process: load and build, then
    REPEATS computations, ent_metrics_compute alone, each followed by its
    JSON written to /dev/null, timed apart, less the JSON of a run without
    metrics) and REPEATS calls of
    graph-tool on 2 OpenMP threads and on 1; the best of each."""
    print("  cheap measures timed inside each process (wall, best of %d x %d, alternating;"
          " entente's first call in a fresh process and its JSON apart):"
          % (INSIDE_RUNS, INSIDE_REPEATS))
    print("  %-24s %9s %9s %9s %9s %9s %7s %7s" % (
        "metric (seconds)", "entente", "1st call", "+ JSON", "gt 2 thr", "gt 1 thr",
        "gt2/ent", "gt1/ent"))
    threads = gt.openmp_get_num_threads()
    # The JSON of ids, names and types alone: subtracted from each write.
    baseline = min(float(subprocess.run(
        [compute, path, str(INSIDE_REPEATS), "nodes"], check=True, capture_output=True,
        text=True).stdout.split()[5]) for _ in range(INSIDE_RUNS))
    for metric in CHEAP:
        names = ENTENTE_NAMES.get(metric, metric)
        first, ours, written = math.inf, math.inf, math.inf
        theirs = {threads: math.inf, 1: math.inf}
        for _ in range(INSIDE_RUNS):
            out = subprocess.run([compute, path, str(INSIDE_REPEATS), names], check=True,
                                 capture_output=True, text=True,
                                 env=dict(os.environ, OMP_NUM_THREADS="1")).stdout.split()
            first = min(first, float(out[1]))
            ours, written = min(ours, float(out[3])), min(written, float(out[5]))
            for count in theirs:
                gt.openmp_set_num_threads(count)
                for _ in range(INSIDE_REPEATS):
                    seconds, _, _ = timed(gt_all[metric])
                    theirs[count] = min(theirs[count], seconds)
        gt.openmp_set_num_threads(threads)
        print("  %-24s %9.5f %9.5f %9.5f %9.5f %9.5f %7.1f %7.1f" % (
            metric, ours, first, max(0.0, written - baseline), theirs[threads], theirs[1],
            theirs[threads] / max(ours, 1e-9), theirs[1] / max(ours, 1e-9)))


def main():
    sys.stdout.reconfigure(line_buffering=True)  # rows as they come
    cheap_only = sys.argv[1] == "--cheap"
    entente, paths = sys.argv[1 + cheap_only], sys.argv[2 + cheap_only:]
    compute = os.path.join(os.path.dirname(entente), "bench", "compute")
    for path in paths:
        if cheap_only:
            print("\n%s: graph-tool on %d OpenMP threads; load average %s"
                  % (os.path.basename(path), gt.openmp_get_num_threads(),
                     open("/proc/loadavg").read().split()[0]))
            inside(compute, path, graph_tool_metrics(*gt_build(path)))
            continue
        runs = RUNS if os.path.getsize(path) < 10**6 else 1
        whole, result = run_entente(entente, path, runs=runs)
        base, _ = run_entente(entente, path, "nodes", runs=runs)
        n, m = result["graph"]["nodes"], result["graph"]["edges"]
        print("\n%s: %d nodes, %d edges; entente -j %d (one per CPU), best of %d; "
              "graph-tool on %d OpenMP threads; load average %s"
              % (os.path.basename(path), n, m, os.cpu_count(), runs,
                 gt.openmp_get_num_threads(), open("/proc/loadavg").read().split()[0]))
        t_nx_load, G, _ = timed(lambda: nx_build(path))
        t_gt_load, built, _ = timed(lambda: gt_build(path))
        g, weight, length, nodes, types = built
        nx_all = networkx_metrics(G)
        gt_all = graph_tool_metrics(g, weight, length, nodes, types)
        print("  %-40s %9s %9s %9s %7s %7s" % ("metric (seconds)", "entente", "networkx",
                                              "graph-t.", "nx/ent", "gt/ent"))
        print("  %-40s %9s %9s %9s" % ("load + build", fmt(base), fmt(t_nx_load), fmt(t_gt_load)))
        nx_values, gt_values = {}, {}
        totals = {"entente": base, "networkx": t_nx_load, "graph-tool": t_gt_load}
        estimated = {"networkx": False, "graph-tool": False}
        ours = {}
        for metric in METRICS:
            t_ours, _ = run_entente(entente, path, ENTENTE_NAMES.get(metric, metric),
                                    runs=runs)
            t_ours = ours[metric] = max(0.0, t_ours - base)
            row = []
            for peer, table, values in (("networkx", nx_all, nx_values), ("graph-tool", gt_all, gt_values)):
                if metric not in table:
                    row.append((None, 1.0))
                    continue
                seconds, answer, note = timed(table[metric])
                if seconds is None:
                    row.append((None, 1.0))
                    estimated[peer] = True
                    continue
                value, scale = answer
                values[metric] = (value, scale)
                row.append((seconds, scale))
                totals[peer] += seconds * scale
                estimated[peer] |= scale > 1
            print("  %-40s %9s %9s %9s %7s %7s" % (
                metric, fmt(t_ours), fmt(*row[0]), fmt(*row[1]),
                ratio(row[0][0], t_ours, row[0][1]), ratio(row[1][0], t_ours, row[1][1])))
        print("  %-40s %9s %9s %9s %7s %7s" % (
            "whole run (entente: one process)", fmt(whole),
            ("~" if estimated["networkx"] else " ") + "%7.3f" % totals["networkx"],
            ("~" if estimated["graph-tool"] else " ") + "%7.3f" % totals["graph-tool"],
            ratio(totals["networkx"], whole), ratio(totals["graph-tool"], whole)))
        print("  graph-tool total without %s (not in graph-tool, or too slow to run here)"
              % ", ".join(m for m in METRICS if m not in gt_all))
        print("  entente's whole run / its betweenness alone: %.1f"
              % (whole / max(1e-9, ours["betweenness"])))
        if os.path.exists(compute):
            inside(compute, path, gt_all)
        print("  values:")
        for line in agreement(result, nx_values, gt_values, nodes):
            print(line)


if __name__ == "__main__":
    main()
