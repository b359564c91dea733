"""The corpus-wide half of the pipeline: what `_assemble` computes at once equals the
stage functions' one-at-a-time answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import align as align_stage
from claimcheck import pipeline
from claimcheck.embed import Embedder
from claimcheck.pairs import PairScorer

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.model
@pytest.mark.parametrize("batch", [1, 7, 100_000])
def test_cluster_probabilities_are_each_clusters_own(
    embedder: Embedder, batch: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """P(same fact) of every cluster of the seeds and a fixture event, the features of many
    clusters' pairs computed together (one cluster, a few or all at a time), is bit for bit
    what `align.cluster_probability` gives each cluster alone."""
    monkeypatch.setattr(pipeline, "_PROBABILITY_PAIRS", batch)
    sources = [str(ROOT / "seeds") + "/", str(ROOT / "fixtures" / "storm")]
    _, claims, vectors = pipeline.prepare(sources, embedder=embedder)
    keep = [k for k, c in enumerate(claims) if c.kind == "claim"]
    checkable = [claims[k] for k in keep]
    scorer = PairScorer(checkable, vectors[keep])
    groups = align_stage.align(checkable, vectors[keep], scorer=scorer)
    together = pipeline._cluster_probabilities(groups, scorer)
    alone = {
        f"c{i + 1}": align_stage.cluster_probability(members, scorer)
        for i, members in enumerate(groups)
    }
    assert together == alone
    assert list(together) == list(alone)
    assert sum(p is not None for p in together.values()) >= 5  # clusters of several outlets
    assert any(p is None for p in together.values())  # and of one
