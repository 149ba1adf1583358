#!/usr/bin/python3
"""entente's all-pairs measures against graph-tool's, head to head.
Usage: bench/allpairs_peers.py ENTENTE SNAPSHOT [ROUNDS]   (default 2 rounds)
bench/peers times each peer metric once, under a 60 s limit, so on a
busy machine graph-tool's betweenness at 10^4 entities may not finish
inside it and the row stays empty. This script times only betweenness
and harmonic closeness, ROUNDS times each, alternating entente and
graph-tool so that both see the same load: entente as a process
(`entente metrics --metrics NAME`, its own default -j: one worker per
CPU) less a run that only loads and builds (`--metrics nodes`), and
graph-tool's call on its default OpenMP threads after one load (the
network of bench/peers.py: same nodes, weights, length = 1 / weight).
Prints the best of each and graph-tool's time over entente's.
"""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peers  # noqa: E402  (bench/peers.py: the network and the runs)
from graph_tool import centrality  # noqa: E402
import graph_tool as gt  # noqa: E402


def main():
    if len(sys.argv) < 3 or sys.argv[1] in ("-h", "--help"):
        print(__doc__.strip())
        sys.exit(0 if len(sys.argv) > 1 and sys.argv[1] in ("-h", "--help") else 2)
    entente, path = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    g, weight, length, _, _ = peers.gt_build(path)
    calls = {
        "betweenness": lambda: centrality.betweenness(g, weight=length, norm=False)[0].a,
        "closeness": lambda: centrality.closeness(g, weight=length, harmonic=True).a,
    }
    print("%s: %d nodes; graph-tool on %d OpenMP threads, entente -j %d; load average %s"
          % (os.path.basename(path), g.num_vertices(), gt.openmp_get_num_threads(),
             os.cpu_count(), open("/proc/loadavg").read().split()[0]))
    for name, call in calls.items():
        ours, theirs = float("inf"), float("inf")
        for _ in range(rounds):
            base, _ = peers.run_entente(entente, path, "nodes", runs=1)
            whole, _ = peers.run_entente(entente, path, name, runs=1)
            ours = min(ours, max(1e-9, whole - base))
            start = time.perf_counter()
            call()
            theirs = min(theirs, time.perf_counter() - start)
        print("  %-12s entente %8.3f s  graph-tool %8.3f s  gt/ent %.2f"
              % (name, ours, theirs, theirs / ours))
    print("  load average at the end: %s" % open("/proc/loadavg").read().split()[0])


if __name__ == "__main__":
    main()
