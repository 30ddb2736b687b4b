"""The whole Weefsel analysis in networkx, for the side-by-side in docs/benchmarks.md.

Usage: /usr/bin/python3 networkx_analysis.py GRAPH.json[.gz] [RUNS]
Prints per-step wall-clock seconds (median of RUNS, default 1) and the total. Same calls and
tolerances as shared/oracle (networkx 2.8.8 from Debian's python3-networkx).
"""
import gzip
import json
import statistics
import sys
import time

import networkx as nx


def load(path):
    with (gzip.open(path, "rt") if path.endswith(".gz") else open(path)) as f:
        data = json.load(f)
    G = nx.Graph()
    G.add_nodes_from(n["id"] for n in data["nodes"])
    G.add_edges_from((e["source"], e["target"], {"weight": e.get("weight", 1.0)}) for e in data["edges"])
    return G


def steps(G):
    return [
        ("degree centrality", lambda: nx.degree_centrality(G)),
        ("betweenness (raw and normalized: one run, rescaled)",
         lambda: nx.betweenness_centrality(G, normalized=False)),
        ("closeness", lambda: nx.closeness_centrality(G)),
        ("eigenvector", lambda: nx.eigenvector_centrality(G, max_iter=10000, tol=1e-12)),
        ("PageRank", lambda: nx.pagerank(G, alpha=0.85, max_iter=10000, tol=1e-12)),
        ("clustering", lambda: nx.clustering(G)),
        ("core number", lambda: nx.core_number(G)),
        ("constraint", lambda: nx.constraint(G)),
        ("effective size", lambda: nx.effective_size(G)),
        ("Louvain + modularity",
         lambda: nx.community.modularity(G, nx.community.louvain_communities(G, seed=42))),
        ("density, components, articulation points, bridges",
         lambda: (nx.density(G), list(nx.connected_components(G)), list(nx.articulation_points(G)),
                  list(nx.bridges(G)))),
    ]


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    start = time.perf_counter()
    G = load(path)
    print(f"load: {time.perf_counter() - start:.2f} s  ({G.number_of_nodes()} nodes, {G.number_of_edges()} edges)")
    total = 0.0
    for name, step in steps(G):
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
