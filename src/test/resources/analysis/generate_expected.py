"""Expected values for the analysis tests, from networkx 2.8.8 as in shared/oracle.

Run with Debian 12's python3-networkx (networkx 2.8.8, scipy 1.10.1, Python 3.11):
/usr/bin/python3 generate_expected.py. Writes the JSON files next to this script. Weighted
shortest paths use distance = 1/weight as exact fractions, so tied paths are detected exactly (as
in shared/oracle). The tests only read the JSON; run this again only to add or change a graph.
"""
import json
import math
import random
from fractions import Fraction
from pathlib import Path

import networkx as nx

HERE = Path(__file__).parent


def graph_json(G, weighted):
    return {
        "nodes": [{"id": str(v), "label": str(v), "type": "test"} for v in G],
        "edges": [{"source": str(u), "target": str(v), "type": "tie",
                   "weight": float(d.get("weight", 1.0)) if weighted else 1.0}
                  for u, v, d in G.edges(data=True)],
    }


def by_id(values):
    return {str(k): (None if isinstance(v, float) and math.isnan(v) else float(v)) for k, v in values.items()}


def unweighted_expected(G):
    n = len(G)
    degrees = dict(G.degree())
    dmax = max(degrees.values())
    communities = nx.community.louvain_communities(G, seed=42)
    return {
        "nodes": {
            "degree": by_id(degrees),
            "degreeCentrality": by_id(nx.degree_centrality(G)),
            "betweenness": by_id(nx.betweenness_centrality(G)),
            "betweennessRaw": by_id(nx.betweenness_centrality(G, normalized=False)),
            "closeness": by_id(nx.closeness_centrality(G)),
            "eigenvector": by_id(nx.eigenvector_centrality(G, max_iter=10000, tol=1e-12)),
            "pagerank": by_id(nx.pagerank(G, alpha=0.85, max_iter=10000, tol=1e-12)),
            "clustering": by_id(nx.clustering(G)),
            "coreNumber": by_id(nx.core_number(G)),
            "constraint": by_id(nx.constraint(G)),
            "effectiveSize": by_id(nx.effective_size(G)),
        },
        "graph": {
            "density": nx.density(G),
            "degreeCentralization": sum(dmax - d for d in degrees.values()) / ((n - 1) * (n - 2)),
            "components": sorted([sorted(map(str, c)) for c in nx.connected_components(G)]),
            "articulationPoints": sorted(map(str, nx.articulation_points(G))),
            "bridges": sorted(sorted(map(str, b)) for b in nx.bridges(G)),
            "networkxModularity": nx.community.modularity(G, communities),
        },
    }


def inverse_weight_expected(G):
    H = G.copy()
    for u, v, d in H.edges(data=True):
        d["distance"] = Fraction(1) / Fraction(d["weight"])
    return {
        "weightedBetweenness": by_id(nx.betweenness_centrality(H, weight="distance")),
        "weightedBetweennessRaw": by_id(nx.betweenness_centrality(H, weight="distance", normalized=False)),
        "weightedCloseness": by_id(nx.closeness_centrality(H, distance="distance")),
        "weightedPagerank": by_id(nx.pagerank(G, alpha=0.85, max_iter=10000, tol=1e-12, weight="weight")),
    }


def write(name, G, expected, weighted):
    (HERE / name).write_text(json.dumps({"graph": graph_json(G, weighted), "expected": expected}, indent=1))


def main():
    # Unweighted, disconnected, with isolated nodes and pendant chains.
    G = nx.gnp_random_graph(60, 0.05, seed=7)
    G = nx.relabel_nodes(G, {v: f"n{v}" for v in G})
    G.add_nodes_from(["iso1", "iso2"])
    G.add_edges_from([("n0", "p1"), ("p1", "p2"), ("p2", "p3")])
    G.add_edges_from([("t1", "t2"), ("t2", "t3"), ("t3", "t1"), ("t3", "t4"), ("q1", "q2")])
    write("random_disconnected.json", G, unweighted_expected(G), weighted=False)

    # Weighted, connected, integer tie strengths 1..6.
    rng = random.Random(3)
    W = nx.gnm_random_graph(40, 90, seed=3)
    W = W.subgraph(max(nx.connected_components(W), key=len)).copy()
    W = nx.relabel_nodes(W, {v: f"w{v}" for v in W})
    for u, v, d in W.edges(data=True):
        d["weight"] = rng.randint(1, 6)
    write("random_weighted.json", W, {"nodes": inverse_weight_expected(W)}, weighted=True)

    # The karate club with its interaction counts, for closeness with distance 1/weight.
    K = nx.karate_club_graph()
    K = nx.relabel_nodes(K, {v: str(v) for v in K})
    write("karate_inverse_weight.json", K, {"nodes": inverse_weight_expected(K)}, weighted=True)


if __name__ == "__main__":
    main()
