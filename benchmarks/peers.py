"""peers: claimcheck's alignment against sentence-transformers' clustering, same embeddings.

On the same USE vectors of the same grounded claims:
- `claimcheck.align.align` (dense + lexical candidates, links, average linkage);
- `sentence_transformers.util.community_detection(vectors, threshold, min_community_size=1)`
  (claims left out of every community are singletons);
- `sentence_transformers.util.paraphrase_mining_embeddings(vectors)` pairs at or above the
  threshold, joined into connected components (the usual way to cluster mined pairs).
Quality: must_cluster recall on the seeds and fixtures (scored like `gold`), largest cluster
and most claims of one document in a cluster (sprawl). Speed: seconds on the synthetic
corpus (10k claims in full mode, 1k in quick mode), plus the event purity there.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from benchmarks.common import Options, Row, markdown_table, write_result
from benchmarks.gold import gold_sets
from claimcheck.evaluate import score

__all__ = ["run"]

THRESHOLDS = [0.6, 0.7, 0.8]
TIMED_THRESHOLD = 0.7

Clusterer = Callable[[Sequence[Any], np.ndarray], list[list[int]]]


def _components(n: int, pairs: list[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs:
        parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _clusterers() -> dict[str, Clusterer]:
    from claimcheck.align import align

    out: dict[str, Clusterer] = {"claimcheck.align": align}
    try:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import torch
        from sentence_transformers import util
    except ImportError:
        return out

    def community(threshold: float) -> Clusterer:
        def cluster(claims: Sequence[Any], v: np.ndarray) -> list[list[int]]:
            found = util.community_detection(
                torch.from_numpy(v), threshold=threshold, min_community_size=1
            )
            seen = {i for c in found for i in c}
            return [list(c) for c in found] + [[i] for i in range(len(v)) if i not in seen]

        return cluster

    def mining(threshold: float) -> Clusterer:
        def cluster(claims: Sequence[Any], v: np.ndarray) -> list[list[int]]:
            mined = util.paraphrase_mining_embeddings(torch.from_numpy(v), top_k=20)
            pairs = [(int(i), int(j)) for s, i, j in mined if s >= threshold]
            return _components(len(v), pairs)

        return cluster

    for t in THRESHOLDS:
        out[f"st.community_detection@{t}"] = community(t)
        out[f"st.paraphrase_mining+components@{t}"] = mining(t)
    return out


def _as_report(claims: Sequence[Any], groups: list[list[int]]) -> dict[str, Any]:
    return {
        "claims": [
            {"id": c.id, "document_id": c.document_id, "text": c.text, "status": None}
            for c in claims
        ],
        "clusters": [{"claim_ids": [claims[i].id for i in g]} for g in groups],
        "discrepancies": [],
    }


def _claims_and_vectors(sources: Sequence[Any], embedder: Any) -> tuple[list[Any], np.ndarray]:
    from claimcheck import pipeline
    from claimcheck.read import read
    from claimcheck.settings import Settings

    documents = pipeline._with_language(read(sources), Settings())
    claims = pipeline._claims(documents)
    vectors = embedder.embed([c.normalized for c in claims]).astype(np.float32)
    return claims, vectors


def _purity(claims: Sequence[Any], groups: list[list[int]]) -> float:
    majority = sum(
        Counter(claims[i].document_id.split("-", 1)[0] for i in g).most_common(1)[0][1]
        for g in groups
    )
    return majority / max(1, len(claims))


def run(options: Options) -> list[Row]:
    """Quality on the gold sets, time on the synthetic corpus; write peers.json."""
    from benchmarks.corpus import generate
    from claimcheck.embed import get_embedder

    embedder = get_embedder()
    clusterers = _clusterers()
    installed = len(clusterers) > 1
    quality: dict[str, dict[str, int]] = {name: Counter() for name in clusterers}
    for _, folder, checks in gold_sets(options):
        claims, vectors = _claims_and_vectors([folder], embedder)
        for name, clusterer in clusterers.items():
            s = score(_as_report(claims, clusterer(claims, vectors)), checks)
            q = quality[name]
            q["must_cluster"] += s.clusters
            q["clustered"] += s.clustered
            q["largest_cluster"] = max(q["largest_cluster"], s.largest_cluster)
            q["max_per_document"] = max(q["max_per_document"], s.max_per_document)
    size = 1000 if options.quick else 10000
    corpus = generate(size, options.seed)
    claims, vectors = _claims_and_vectors(corpus.documents, embedder)
    speed: dict[str, dict[str, float]] = {}
    for name, clusterer in clusterers.items():
        if "@" in name and not name.endswith(f"@{TIMED_THRESHOLD}"):
            continue
        start = time.perf_counter()
        groups = clusterer(claims, vectors)
        speed[name] = {
            "seconds": time.perf_counter() - start,
            "clusters": len(groups),
            "event_purity": _purity(claims, groups),
            "largest_cluster": max(len(g) for g in groups),
        }
    numbers = {
        "sentence_transformers": "installed" if installed else "not installed",
        "quality": {k: dict(v) for k, v in quality.items()},
        "speed": {"claims": len(claims), "events": corpus.events, "methods": speed},
    }
    write_result(options, "peers", {"thresholds": THRESHOLDS, "timed": TIMED_THRESHOLD}, numbers)
    rows = []
    for name, q in quality.items():
        t = speed.get(name)
        rows.append(
            [
                name,
                f"{q['clustered']}/{q['must_cluster']}",
                q["largest_cluster"],
                q["max_per_document"],
                f"{t['seconds']:.2f}" if t else "",
                f"{t['event_purity']:.2f}" if t else "",
            ]
        )
    print(
        markdown_table(
            [
                "method",
                "must_cluster",
                "largest cluster",
                "max of one doc",
                f"seconds ({len(claims)} claims)",
                "event purity",
            ],
            rows,
        )
    )
    ours = speed["claimcheck.align"]
    summary = [
        Row(
            "peers",
            f"claimcheck.align: must_cluster / seconds at {len(claims)} claims",
            f"{quality['claimcheck.align']['clustered']}/"
            f"{quality['claimcheck.align']['must_cluster']} / {ours['seconds']:.2f} s",
        ),
    ]
    if not installed:
        summary.append(Row("peers", "sentence-transformers", "not installed"))
    for name in speed:
        if name != "claimcheck.align":
            q = quality[name]
            summary.append(
                Row(
                    "peers",
                    f"{name}: must_cluster / seconds",
                    f"{q['clustered']}/{q['must_cluster']} / {speed[name]['seconds']:.2f} s",
                )
            )
    return summary
