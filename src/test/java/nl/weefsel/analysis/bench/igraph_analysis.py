"""The closest igraph equivalent of the Weefsel analysis, for docs/benchmarks.md.

Usage: /usr/bin/python3 igraph_analysis.py GRAPH.json[.gz] [RUNS]
python-igraph 0.10.2 (Debian's python3-igraph). igraph has no effective size; its closeness
ignores unreachable nodes instead of Wasserman-Faust scaling (same cost). Prints per-step
wall-clock seconds (median of RUNS, default 1) and the total.
"""
import gzip
import json
import statistics
import sys
import time

import igraph as ig


def load(path):
    with (gzip.open(path, "rt") if path.endswith(".gz") else open(path)) as f:
        data = json.load(f)
    index = {n["id"]: i for i, n in enumerate(data["nodes"])}
    g = ig.Graph(n=len(index), edges=[(index[e["source"]], index[e["target"]]) for e in data["edges"]])
    g.es["weight"] = [e.get("weight", 1.0) for e in data["edges"]]
    return g


def steps(g):
    return [
        ("degree", lambda: g.degree()),
        ("betweenness", lambda: g.betweenness(directed=False)),
        ("closeness", lambda: g.closeness()),
        ("eigenvector", lambda: g.eigenvector_centrality(scale=False)),
        ("PageRank", lambda: g.pagerank(damping=0.85)),
        ("clustering", lambda: g.transitivity_local_undirected(mode="zero")),
        ("core number", lambda: g.coreness()),
        ("constraint", lambda: g.constraint()),
        ("Louvain + modularity", lambda: g.community_multilevel().modularity),
        ("density, components, articulation points, bridges",
         lambda: (g.density(), g.connected_components(), g.articulation_points(), g.bridges())),
    ]


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    start = time.perf_counter()
    g = load(path)
    print(f"load: {time.perf_counter() - start:.2f} s  ({g.vcount()} nodes, {g.ecount()} edges)")
    total = 0.0
    for name, step in steps(g):
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            step()
            times.append(time.perf_counter() - t)
        median = statistics.median(times)
        total += median
        print(f"{name}: {median:.2f} s  runs {[round(x, 2) for x in times]}")
    print(f"total of medians: {total:.2f} s")


if __name__ == "__main__":
    main()
