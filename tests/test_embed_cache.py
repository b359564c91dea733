"""The embedders' vector cache: texts embedded once, memory bounded."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from claimcheck.embed import _CachedEmbedder


class Counting(_CachedEmbedder):
    """A tiny deterministic backend that counts what it is asked to encode."""

    name = "counting"
    version = "1"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.encoded: list[str] = []

    def _encode(self, texts: list[str]) -> np.ndarray:
        self.encoded += texts
        return np.array([[len(t), 1.0, float(sum(map(ord, t)) % 7)] for t in texts])


def test_a_text_is_embedded_once_and_rows_keep_their_order() -> None:
    backend = Counting()
    first = backend.embed(["alpha", "beta", "alpha"])
    assert backend.encoded == ["beta", "alpha"]  # unique, shortest first
    assert np.allclose(first[0], first[2])
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0)
    again = backend.embed(["beta", "gamma"])
    assert backend.encoded == ["beta", "alpha", "gamma"]
    assert np.allclose(again[0], first[1])


def test_the_cache_is_bounded_least_recently_used_first() -> None:
    backend = Counting(cache_size=3)
    backend.embed(["a1", "b22", "c333", "d4444"])
    assert len(backend._cache) == 3
    backend.embed(["a1"])  # evicted: encoded again
    assert backend.encoded.count("a1") == 2
    backend.embed(["d4444"])  # recent: still cached
    assert backend.encoded.count("d4444") == 1
    assert len(backend._cache) == 3


def test_rows_stay_right_when_one_call_evicts_what_it_found_cached() -> None:
    backend = Counting(cache_size=2)
    alone = {t: backend.embed([t])[0] for t in ["x", "yy", "zzz", "wwww"]}
    backend = Counting(cache_size=2)
    backend.embed(["x", "yy"])  # both cached
    texts = ["zzz", "x", "wwww", "yy", "x"]  # two new texts evict both cached ones
    rows = backend.embed(texts)
    assert backend.encoded == ["x", "yy", "zzz", "wwww"]  # the cached ones were not re-encoded
    for text, row in zip(texts, rows, strict=True):
        assert np.array_equal(row, alone[text])
    assert len(backend._cache) == 2


@pytest.mark.model
def test_use_gives_the_same_vectors_on_one_blas_thread_as_on_several(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A few texts (one checked article) are encoded on one BLAS thread, a batch on all of
    them: the same texts give the same vectors either way, to float32 rounding. Bit for bit
    is not promised: OpenBLAS may split a product's sums otherwise on several threads, and
    does on some builds and processors (1.2e-7 apart here)."""
    from claimcheck import embed

    few = [
        "Le préfet a annoncé jeudi la fermeture de trois écoles après l'inondation.",
        "Quelque 1 200 foyers restaient privés d'électricité vendredi matin.",
        "The regional council approved a 4.5 million euro repair plan on Monday.",
        "Two bridges over the river were closed to traffic, the police said.",
    ]
    alone = embed.USEEmbedder(threads=2)
    first = alone.embed(few)
    assert alone._model._backend.threads == 1
    monkeypatch.setattr(embed, "_FEW", 1)  # as a batch would be: every thread
    threaded = embed.USEEmbedder(threads=2)
    again = threaded.embed(few)
    assert threaded._model._backend.threads == 2
    assert first.shape == again.shape == (4, 512)
    assert float(np.abs(first - again).max()) < 1e-6
    # the same neighbours in the same order, each text nearest to itself
    assert np.array_equal(
        np.argsort(-(first @ first.T), axis=1), np.argsort(-(again @ again.T), axis=1)
    )
    assert np.allclose(np.einsum("ij,ij->i", first, again), 1.0, atol=1e-6)
