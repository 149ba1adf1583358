#!/usr/bin/env python3
"""Writes COUNT synthetic snapshots of N entities each into DIR, by running
bench/gen.py once per file with its own seed (gen.py seeds with N, so each
file gets N in its argument list and a distinct seed through SEED_OFFSET).
Usage: batch_gen.py COUNT N DIR"""
import os
import random
import runpy
import sys

count, n, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
gen = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen.py")
os.makedirs(out, exist_ok=True)
real_random = random.Random
for i in range(count):
    path = os.path.join(out, "snapshot-%04d.json" % i)
    if os.path.exists(path):
        continue
    # gen.py seeds its generator with N: give each file its own seed instead.
    random.Random = lambda seed, i=i: real_random(seed * 100003 + i)
    sys.argv = [gen, str(n), path]
    runpy.run_path(gen, run_name="__main__")
random.Random = real_random
