# End-to-end tests of `entente metrics` (sourced by run.sh). The values in
# tests/data/metrics/groups.json are worked out by hand in
# tests/unit/test_metrics.c; here they are checked in each output format.
METRICS_FIXTURE=tests/data/metrics/groups.json

test_metrics_json_has_the_documented_layout() {
    run metrics "$METRICS_FIXTURE" --format json
    expect_status 0
    expect_err_empty
    expect_out_line '  "snapshot": {"id": "groups", "title": "Two blocs, hand-computed group metrics", "date": "2025-11-27"},'
    expect_out_line '  "network": {"layers": ["member_of", "arms_dependency", "border_risk"], "directed": false, "distance": "inverse", "projection": null, "status": ["active"]},'
    expect_out_line '    "nodes": 8,'
    expect_out_line '    "type_assortativity": -0.3333333333333333,'
    expect_out_line '    {"id": "E", "name": "Epsilon", "type": "state", "degree": 0, "strength": 0, "betweenness": 0, "closeness": 0, "eigenvector": 0, "pagerank": 0.020979020979020987, "hub": null, "authority": null, "coreness": 0, "clustering": 0, "constraint": null, "community": 2},'
    expect_out_line '    {"id": "O", "members": ["A", "B", "C", "D"], "frozen_members": ["E"], "size": 4, "attendance": {"S1": 0.5, "S2": 0.75}, "internal_density": 0.5, "mean_tie_strength": 0.7000000000000001, "ei_index": -0.2, "hub": "A", "hub_share": 0.9047619047619047, "hub_removal_components": 2, "top_supplier": "A", "mean_supplier_dependency": 0.35},'
    expect_out_line '    {"id": "Q", "members": ["F"], "frozen_members": [], "size": 1, "attendance": {}, "internal_density": null, "mean_tie_strength": null, "ei_index": 1, "hub": null, "hub_share": null, "hub_removal_components": null, "top_supplier": null, "mean_supplier_dependency": null}'
    python3 -c 'import json,sys; json.load(sys.stdin)' <"$SCRATCH/out" || fail "not valid JSON"
}

test_metrics_csv_levels_quote_and_leave_undefined_empty() {
    run metrics "$METRICS_FIXTURE" --format csv
    expect_status 0
    expect_out_line 'id,name,type,degree,strength,betweenness,closeness,eigenvector,pagerank,hub,authority,coreness,clustering,constraint,community'
    expect_out_line 'F,"Phi, ""the supplier""",state,3,2.6,5,0.5640786749482402,0.35192328337160617,0.16260810740341727,,,2,0,0.41124260355029585,1'
    run metrics "$METRICS_FIXTURE" --format csv --level groups
    expect_status 0
    expect_out_line 'id,members,frozen_members,size,attendance:S1,attendance:S2,internal_density,mean_tie_strength,ei_index,hub,hub_share,hub_removal_components,top_supplier,mean_supplier_dependency'
    expect_out_line 'O,A;B;C;D,E,4,0.5,0.75,0.5,0.7000000000000001,-0.2,A,0.9047619047619047,2,A,0.35'
    expect_out_line 'Q,F,,1,,,,,1,,,,,'
    run metrics "$METRICS_FIXTURE" --format csv --level graph --metrics nodes,edges,density,components,type_assortativity
    expect_status 0
    [ "$OUT" = $'snapshot,nodes,edges,density,components,type_assortativity\ngroups,8,10,0.35714285714285715,2,-0.3333333333333333' ] ||
        fail "graph level CSV differs"
}

test_metrics_table_sorts_and_fits_100_columns() {
    run metrics "$METRICS_FIXTURE" --format table --sort strength --top 3
    expect_status 0
    expect_out_line 'layers: member_of, arms_dependency, border_risk'
    expect_out_line 'status active; undirected; distance inverse (length = 1/weight)'
    expect_out_line '  edges                      10'
    expect_out_line 'nodes (3 of 8, by strength)'
    # O (4), A (2.9), F (2.6): the first three by strength.
    [ "$(grep -A4 '^nodes (' "$SCRATCH/out" | awk 'NR>2 {print $1}' | tr '\n' ' ')" = "O A F " ] ||
        fail "nodes not sorted by strength"
    expect_out_line 'Q members: F'
    expect_out_line 'O attendance at S2: 0.75'
    awk 'length > 100 { bad = 1 } END { exit bad }' "$SCRATCH/out" || fail "a line is wider than 100"
}

test_metrics_same_input_gives_the_same_bytes() {
    run metrics tests/data/metrics/karate.json --format json
    cp "$SCRATCH/out" "$SCRATCH/first"
    run metrics tests/data/metrics/karate.json --format json
    cmp -s "$SCRATCH/out" "$SCRATCH/first" || fail "two runs differ"
}

test_metrics_output_file_is_written_atomically() {
    local dir="$SCRATCH/outdir"
    mkdir -p "$dir"
    run metrics "$METRICS_FIXTURE" -o "$dir/groups.csv"
    expect_status 0
    [ "$OUT" = "" ] || fail "stdout is not empty with -o"
    head -1 "$dir/groups.csv" | grep -q '^id,name,type,degree' || fail "-o .csv did not write CSV"
    [ "$(ls "$dir")" = "groups.csv" ] || fail "a temporary file was left: $(ls "$dir")"
    run metrics "$METRICS_FIXTURE" --format json -o "$dir/groups.csv"
    expect_status 0
    head -1 "$dir/groups.csv" | grep -qx '{' || fail "the file was not replaced"
}

test_metrics_refuses_to_write_over_its_input() {
    cp "$METRICS_FIXTURE" "$SCRATCH/in.json"
    run metrics "$SCRATCH/in.json" -o "$SCRATCH/in.json"
    expect_status 2
    expect_err_line "entente metrics: the output '$SCRATCH/in.json' is the input file: choose another path"
    cmp -s "$SCRATCH/in.json" "$METRICS_FIXTURE" || fail "the input was modified"
}

test_metrics_reports_an_unwritable_output() {
    run metrics "$METRICS_FIXTURE" -o "$SCRATCH/no-such-dir/out.json"
    expect_status 3
    expect_err_line "$SCRATCH/no-such-dir/out.json: error: cannot create a file next to it: no such file or directory"
}

test_metrics_reports_bad_options_exactly() {
    run metrics "$METRICS_FIXTURE" --layer alliance
    expect_status 2
    expect_err_line 'error: unknown layer "alliance" (known: member_of, leads, chairs, hosts, attends, absent_from, arms_dependency, border_risk, borders, national_of, threatens)'
    run metrics "$METRICS_FIXTURE" --format xml
    expect_status 2
    expect_err_line "entente metrics: --format takes table, json or csv, not 'xml'"
    run metrics "$METRICS_FIXTURE" --status active,paused
    expect_status 2
    expect_err_line 'entente metrics: unknown status "paused" (known: active, observer, frozen, suspended, former)'
    run metrics "$METRICS_FIXTURE" --metrics degree,pagerak
    expect_status 2
    expect_err_line "entente metrics: unknown metric \"pagerak\" (see 'entente metrics --help' for the names)"
    run metrics "$METRICS_FIXTURE" --project state --directed
    expect_status 2
    expect_err_line 'entente metrics: --project builds an undirected network: drop --directed'
    run metrics
    expect_status 2
    expect_err_line 'entente metrics: a FILE is required'
    run metrics "$METRICS_FIXTURE" --distance neglog
    expect_status 1
    expect_err_line 'error: --distance neglog needs edge weights in (0, 1], but the edge "A" - "B" has weight 1.3'
}

test_metrics_reports_a_missing_file() {
    run metrics tests/data/no-such-file.json
    expect_status 1
    expect_err_line "tests/data/no-such-file.json: error: cannot open the file: no such file or directory"
}

test_metrics_projection_and_custom_types_are_layers() {
    run metrics tests/data/metrics/twomode.json --project state --format csv --level graph --metrics nodes,edges,components
    expect_status 0
    expect_out_line 'twomode,4,3,2'
    run metrics tests/data/metrics/twomode.json --project state --format json --metrics strength
    expect_out_has '"projection": "state"'
    expect_out_line '    {"id": "A", "name": "A", "type": "state", "strength": 3},'
}

test_metrics_help_documents_options_metrics_and_exit_statuses() {
    run metrics --help
    expect_status 0
    expect_out_line 'Exit status: 0 success, 1 bad input, 2 bad usage, 3 I/O or internal error.'
    for word in --layer --weight --status --directed --project --distance --metrics --format --level --sort --top --output \
        betweenness closeness eigenvector pagerank constraint community type_assortativity hub_removal_components mean_supplier_dependency; do
        expect_out_has "$word"
    done
}

# Cross-check with networkx, an independent implementation: undirected and
# directed, weighted, karate club. Lengths are 1/weight as entente's.
test_metrics_match_networkx() {
    local python
    python=$(command -v python3) || { fail "python3 is missing (scripts/test installs python3-networkx)"; return; }
    for args in "tests/data/metrics/weighted.json" "tests/data/metrics/weighted.json --directed" \
        "tests/data/metrics/karate.json" "$METRICS_FIXTURE"; do
        # shellcheck disable=SC2086
        run metrics $args --format json
        expect_status 0
        cp "$SCRATCH/out" "$SCRATCH/entente.json"
        "$python" - "$SCRATCH/entente.json" ${args%% *} >"$SCRATCH/check" 2>&1 <<'PY' || fail "networkx disagrees on $args: $(cat "$SCRATCH/check")"
import json, math, sys
import networkx as nx

result = json.load(open(sys.argv[1]))
snapshot = json.load(open(sys.argv[2]))
directed = result["network"]["directed"]
layers = set(result["network"]["layers"])
G = nx.DiGraph() if directed else nx.Graph()
states = [e["id"] for e in snapshot["entities"] if e["type"] == "state"]
G.add_nodes_from(states)
types = {e["id"]: e["type"] for e in snapshot["entities"]}
builtin_directed = {"border_risk": False}
for r in snapshot["relations"]:
    if r["type"] not in layers or r.get("status", "active") != "active":
        continue
    pairs = [(r["source"], r["target"])]
    if directed and not builtin_directed.get(r["type"], True):
        pairs.append((r["target"], r["source"]))
    for u, v in pairs:
        w = r.get("weight", 1.0)
        if G.has_edge(u, v):
            G[u][v]["weight"] += w
        else:
            G.add_edge(u, v, weight=w)
for u, v, d in G.edges(data=True):
    d["length"] = 1 / d["weight"]
n = G.number_of_nodes()
nodes = {x["id"]: x for x in result["nodes"]}
assert set(nodes) == set(G.nodes()), "node sets differ"
bad = []

def close(what, mine, theirs, rel=1e-9):
    if mine is None or theirs is None or not math.isclose(mine, theirs, rel_tol=rel, abs_tol=rel * 1e-3):
        bad.append(f"{what}: entente {mine!r}, networkx {theirs!r}")

def pagerank(G, d=0.85):
    # Power iteration with dangling mass spread evenly, as PRPACK does.
    x = {v: 1 / n for v in G}
    out = {v: sum(G[v][u]["weight"] for u in G[v]) for v in G}
    for _ in range(10000):
        dangling = sum(x[v] for v in G if out[v] == 0)
        y = {v: (1 - d) / n + d * dangling / n for v in G}
        for v in G:
            for u in G[v]:
                y[u] += d * x[v] * G[v][u]["weight"] / out[v]
        if sum(abs(y[v] - x[v]) for v in G) < 1e-15:
            break
        x = y
    return y

bet = nx.betweenness_centrality(G, weight="length", normalized=False)
pr = pagerank(G)
core = nx.core_number(nx.Graph(G))
clust = nx.clustering(nx.Graph(G))
cons = nx.constraint(G, weight="weight")
for v in G:
    dist = nx.single_source_dijkstra_path_length(G, v, weight="length")
    close(f"closeness {v}", nodes[v]["closeness"], sum(1 / dd for u, dd in dist.items() if u != v) / (n - 1))
    close(f"betweenness {v}", nodes[v]["betweenness"], bet[v])
    close(f"strength {v}", nodes[v]["strength"], G.degree(v, weight="weight"))
    close(f"degree {v}", nodes[v]["degree"], G.degree(v))
    close(f"pagerank {v}", nodes[v]["pagerank"], pr[v], 1e-6)
    close(f"coreness {v}", nodes[v]["coreness"], core[v])
    close(f"clustering {v}", nodes[v]["clustering"], clust[v])
    if G.degree(v) > 0:
        close(f"constraint {v}", nodes[v]["constraint"], cons[v])
    elif nodes[v]["constraint"] is not None:
        bad.append(f"constraint {v} of an isolate is not null")
if not directed and nx.is_connected(G):
    eig = nx.eigenvector_centrality(G, weight="weight", tol=1e-13, max_iter=100000)
    top = max(eig.values())
    for v in G:
        close(f"eigenvector {v}", nodes[v]["eigenvector"], eig[v] / top, 1e-6)
if directed:
    # Kleinberg's iteration (networkx's hits needs numpy): a = A^T h, h = A a.
    hubs = {v: 1.0 for v in G}
    for _ in range(100000):
        auths = {v: sum(hubs[u] * G[u][v]["weight"] for u in G.predecessors(v)) for v in G}
        top = max(auths.values())
        auths = {v: x / top for v, x in auths.items()}
        new = {v: sum(auths[u] * G[v][u]["weight"] for u in G.successors(v)) for v in G}
        top = max(new.values())
        new = {v: x / top for v, x in new.items()}
        if max(abs(new[v] - hubs[v]) for v in G) < 1e-15:
            hubs = new
            break
        hubs = new
    for v in G:
        close(f"hub {v}", nodes[v]["hub"], hubs[v] / max(hubs.values()), 1e-6)
        close(f"authority {v}", nodes[v]["authority"], auths[v] / max(auths.values()), 1e-6)
g = result["graph"]
lengths = dict(nx.all_pairs_dijkstra_path_length(G, weight="length"))
pairs = [lengths[u][v] for u in G for v in lengths[u] if u != v]
hops = dict(nx.all_pairs_shortest_path_length(G))
hop_pairs = [hops[u][v] for u in G for v in hops[u] if u != v]
close("diameter", g["diameter"], max(pairs))
close("average_path_length", g["average_path_length"], sum(pairs) / len(pairs))
close("diameter_hops", g["diameter_hops"], max(hop_pairs))
close("average_path_length_hops", g["average_path_length_hops"], sum(hop_pairs) / len(hop_pairs))
close("density", g["density"], nx.density(G))
U = nx.Graph(G)
close("transitivity", g["transitivity"], nx.transitivity(U))
close("average_clustering", g["average_clustering"], nx.average_clustering(U))
comps = list(nx.weakly_connected_components(G) if directed else nx.connected_components(G))
close("components", g["components"], len(comps))
close("largest_component_share", g["largest_component_share"], max(map(len, comps)) / n)
close("vertex_connectivity", g["vertex_connectivity"], nx.node_connectivity(G))
close("edge_connectivity", g["edge_connectivity"], nx.edge_connectivity(G))
parts = {}
for v in G:
    parts.setdefault(nodes[v]["community"], set()).add(v)
W = nx.Graph()
W.add_nodes_from(G)
for u, v, d in G.edges(data=True):
    W.add_edge(u, v, weight=W[u][v]["weight"] + d["weight"] if W.has_edge(u, v) else d["weight"])
close("modularity", g["modularity"], nx.community.modularity(W, parts.values(), weight="weight"))
close("communities", g["communities"], len(parts))
deg = [G.degree(v) for v in G]
close("degree_centralization", g["degree_centralization"],
      sum(max(deg) - x for x in deg) / ((n - 1) * (n - 2) * (2 if directed else 1)))
if len(set(types[v] for v in G)) > 1:
    # Newman's nominal assortativity from the mixing matrix (networkx's
    # own needs numpy): r = (sum e_ii - sum a_i b_i) / (1 - sum a_i b_i).
    ends = [(types[u], types[v]) for u, v in G.edges()]
    if not directed:
        ends += [(b, a) for a, b in ends]
    kinds = set(types[v] for v in G)
    e = {(a, b): sum(1 for x in ends if x == (a, b)) / len(ends) for a in kinds for b in kinds}
    ab = sum(sum(e[(a, b)] for b in kinds) * sum(e[(b, a)] for b in kinds) for a in kinds)
    close("type_assortativity", g["type_assortativity"], (sum(e[(a, a)] for a in kinds) - ab) / (1 - ab))
elif g["type_assortativity"] is not None:
    bad.append("type_assortativity of a one-type graph is not null")
print("\n".join(bad) or "ok")
sys.exit(1 if bad else 0)
PY
    done
}

# Vertex and edge connectivity of graphs where the bounds do not settle
# them (random regular graphs: no articulation point, degree above the
# value or equal to it), against networkx's node_connectivity and
# edge_connectivity; undirected and directed. networkx before its pull
# request 8837 (2026; Debian's 2.8.8 and 3.6.1 both) gets node_connectivity
# of digraphs wrong, too large, so a digraph is checked by the definition:
# the least local_node_connectivity over ordered pairs without an arc.
test_metrics_connectivity_matches_networkx() {
    local python kinds=("regular 4 24" "regular 5 20" "gnp 0.25 20" "digraph 0.3 14" "digraph 0.45 12")
    python=$(command -v python3) || { fail "python3 is missing"; return; }
    # One python for all the graphs, one for all the checks: its start is slow.
    "$python" - "$SCRATCH" "${kinds[@]}" <<'PY' || { fail "cannot write the graphs"; return; }
import json, sys
import networkx as nx
for i, spec in enumerate(sys.argv[2:]):
    kind, p, n = spec.split()[0], float(spec.split()[1]), int(spec.split()[2])
    if kind == "regular":
        G = nx.random_regular_graph(int(p), n, seed=7)
    else:
        G = nx.gnp_random_graph(n, p, seed=11, directed=kind == "digraph")
    rel = "arms_dependency" if G.is_directed() else "border_risk"
    json.dump({"schema": "entente/1", "id": "conn", "entities":
               [{"id": "S%d" % v, "type": "state"} for v in G],
               "relations": [{"type": rel, "source": "S%d" % u, "target": "S%d" % v, "weight": 0.5}
                             for u, v in G.edges()]}, open("%s/conn%d.json" % (sys.argv[1], i), "w"))
PY
    local i directed
    for i in "${!kinds[@]}"; do
        directed=""
        [ "${kinds[$i]%% *}" = digraph ] && directed=--directed
        # shellcheck disable=SC2086
        run metrics "$SCRATCH/conn$i.json" $directed --metrics vertex_connectivity,edge_connectivity --format json
        expect_status 0
        cp "$SCRATCH/out" "$SCRATCH/conn$i-result.json"
    done
    "$python" - "$SCRATCH" "${#kinds[@]}" >"$SCRATCH/check" 2>&1 <<'PY' || fail "networkx disagrees: $(cat "$SCRATCH/check")"
import json, sys
import networkx as nx
from networkx.algorithms.connectivity import (build_auxiliary_node_connectivity,
                                              local_node_connectivity)
bad = 0
for i in range(int(sys.argv[2])):
    snapshot = json.load(open("%s/conn%d.json" % (sys.argv[1], i)))
    result = json.load(open("%s/conn%d-result.json" % (sys.argv[1], i)))
    directed = result["network"]["directed"]
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(e["id"] for e in snapshot["entities"])
    G.add_edges_from((r["source"], r["target"]) for r in snapshot["relations"])
    if directed:
        H = build_auxiliary_node_connectivity(G)
        vertex = min([len(G) - 1] + [local_node_connectivity(G, u, v, auxiliary=H)
                                     for u in G for v in G if u != v and not G.has_edge(u, v)])
    else:
        vertex = nx.node_connectivity(G)
    want = {"vertex_connectivity": vertex, "edge_connectivity": nx.edge_connectivity(G)}
    got = {k: result["graph"][k] for k in want}
    print(f"graph {i}: entente {got}, networkx {want}")
    bad += got != want
sys.exit(1 if bad else 0)
PY
}

# -j: the all-pairs measures over worker processes give the same bytes for
# every count (600 nodes: above the 500 where they are split); a bad count
# is a usage error.
test_metrics_jobs_give_the_same_bytes() {
    python3 bench/gen.py 600 "$SCRATCH/gen600.json" || { fail "bench/gen.py failed"; return; }
    run metrics "$SCRATCH/gen600.json" -j 1 --format json -o "$SCRATCH/j1.json"
    expect_status 0
    for jobs in 2 3; do
        run metrics "$SCRATCH/gen600.json" --jobs "$jobs" --format json -o "$SCRATCH/j$jobs.json"
        expect_status 0
        cmp -s "$SCRATCH/j1.json" "$SCRATCH/j$jobs.json" || fail "-j $jobs differs from -j 1"
    done
    grep -q '"betweenness": [1-9]' "$SCRATCH/j1.json" || fail "no betweenness above 0 in the output"
    run metrics "$SCRATCH/gen600.json" -j 0
    expect_status 2
    expect_err_line "entente metrics: -j takes a whole number from 1 to 1024, not '0'"
}
