#!/usr/bin/env python3
"""Writes a synthetic entente/1 snapshot: N entities (95% states, 5%
organizations) and 5N relations, so that each entity takes part in about
10: memberships, arms dependencies (weights in (0, 1]) and border risks.
Seeded, so that the same N gives the same file. Usage: gen.py N OUT"""
import random
import sys

n, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(n)
orgs = max(1, n // 20)
states = n - orgs
with open(out, "w") as f:
    f.write('{\n  "schema": "entente/1",\n  "id": "bench-%d",\n  "title": "synthetic, %d entities",\n  "entities": [\n' % (n, n))
    rows = ['    {"id": "S%d", "type": "state", "name": "State %d"}' % (i, i) for i in range(states)]
    rows += ['    {"id": "O%d", "type": "organization", "name": "Org %d"}' % (i, i) for i in range(orgs)]
    f.write(",\n".join(rows) + '\n  ],\n  "relations": [\n')
    rows = []
    for i in range(states):  # one membership each
        rows.append('    {"type": "member_of", "source": "S%d", "target": "O%d"}' % (i, rng.randrange(orgs)))
    while len(rows) < 5 * n:
        a, b = rng.randrange(states), rng.randrange(states)
        if a == b:
            continue
        kind = "arms_dependency" if rng.random() < 0.5 else "border_risk"
        rows.append('    {"type": "%s", "source": "S%d", "target": "S%d", "weight": %.3f}'
                    % (kind, a, b, rng.uniform(0.05, 1.0)))
    f.write(",\n".join(rows) + "\n  ]\n}\n")
