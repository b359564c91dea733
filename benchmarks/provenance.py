"""Provenance: origin grouping precision and recall on the fixtures, and its cost at scale.

Quality: for each event of `fixtures/provenance/gold.json`, every pair of documents in a
`same_origin` group is a positive, every `independent` pair a negative; a pair is predicted
"same origin" when, in some cluster, the two documents state the fact from one origin. Cost:
`claimcheck.provenance.find_origins` alone, timed on the synthetic corpus (claims, clusters
and embeddings computed first, not timed), at 10k and 100k claims (quick: 1k).
"""

from __future__ import annotations

import itertools
import json
import time
from typing import Any

from benchmarks.common import REPO, Options, Row, markdown_table, write_result
from claimcheck.evaluate import prf

__all__ = ["run"]


def _shares(report: Any, a: str, b: str) -> bool:
    claims = {c.id: c for c in report.claims}
    for cluster in report.clusters:
        here = [claims[c] for c in cluster.claim_ids]
        if {c.origin_id for c in here if c.document_id == a} & {
            c.origin_id for c in here if c.document_id == b
        }:
            return True
    return False


def _quality(embedder: Any) -> dict[str, dict[str, int]]:
    from claimcheck import check

    gold = json.loads((REPO / "fixtures" / "provenance" / "gold.json").read_text("utf-8"))
    out: dict[str, dict[str, int]] = {}
    for event, checks in gold.items():
        if event.startswith("_"):
            continue
        report = check([REPO / "fixtures" / "provenance" / event], embedder=embedder)
        tp = fn = fp = tn = 0
        for group in checks["same_origin"]:
            for a, b in itertools.combinations(group, 2):
                if _shares(report, a, b):
                    tp += 1
                else:
                    fn += 1
        for a, b in checks["independent"]:
            if _shares(report, a, b):
                fp += 1
            else:
                tn += 1
        out[event] = {"tp": tp, "fn": fn, "fp": fp, "tn": tn}
    return out


def _cost(size: int, seed: int, embedder: Any) -> dict[str, float]:
    from benchmarks.corpus import generate
    from claimcheck import pipeline
    from claimcheck.align import align
    from claimcheck.provenance import find_origins
    from claimcheck.read import read
    from claimcheck.settings import Settings

    corpus = generate(size, seed)
    documents = pipeline._with_language(read(corpus.documents), Settings())
    claims = pipeline._claims(documents)
    vectors = embedder.embed([c.normalized for c in claims])
    published = {d.id: d.published for d in documents}
    groups = align(claims, vectors, Settings().align, published=published)
    clusters = {f"c{i}": [claims[j] for j in g] for i, g in enumerate(groups)}
    start = time.perf_counter()
    found = find_origins(documents, claims, clusters)
    seconds = time.perf_counter() - start
    shared = [o for o in found.origins if o.kind == "shared"]
    return {
        "claims": len(claims),
        "seconds": seconds,
        "claims_per_second": len(claims) / seconds if seconds else 0.0,
        "shared_origins": len(shared),
    }


def run(options: Options) -> list[Row]:
    """Quality on the provenance fixtures, cost on synthetic corpora; write provenance.json."""
    from claimcheck.embed import get_embedder

    embedder = get_embedder()
    quality = _quality(embedder)
    total = {k: sum(q[k] for q in quality.values()) for k in ("tp", "fn", "fp", "tn")}
    precision, recall, f1 = prf(total["tp"], total["fp"], total["tp"] + total["fn"])
    sizes = [1000] if options.quick else [10_000, 100_000]
    cost = {str(n): _cost(n, options.seed, embedder) for n in sizes}
    write_result(
        options,
        "provenance",
        {"sizes": sizes, "seed": options.seed},
        {"quality": quality, "precision": precision, "recall": recall, "f1": f1, "cost": cost},
    )
    print(
        markdown_table(
            ["event", "same-origin pairs found", "independent pairs kept"],
            [
                [e, f"{q['tp']}/{q['tp'] + q['fn']}", f"{q['tn']}/{q['tn'] + q['fp']}"]
                for e, q in quality.items()
            ],
        )
    )
    rows = [
        Row(
            "provenance",
            "origin grouping P / R / F1 (document pairs, fixtures)",
            f"{precision:.2f} / {recall:.2f} / {f1:.2f}",
        )
    ]
    for c in cost.values():
        rows.append(
            Row(
                "provenance",
                f"find_origins at {c['claims']} claims",
                f"{c['seconds']:.1f} s ({c['claims_per_second']:.0f} claims/s)",
            )
        )
    return rows
