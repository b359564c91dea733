"""unit vectors -> each one's nearest neighbours: exact below a size, HNSW (hnswlib) above.

Exact search multiplies the vectors block by block (bounded memory, all pairs computed): at
100k claims that is 10^10 dot products, about a minute on two cores. Above `exact_limit`
vectors an HNSW graph from `hnswlib` answers in well under a millisecond per query with a
recall above 0.9 (measured in benchmarks/), which keeps alignment near-linear. hnswlib was
chosen over faiss (as fast, 120 MB, no removal from HNSW) and usearch (3-4x slower per query
here) by measurement; it is an optional extra: `pip install 'claimcheck[scale]'`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from claimcheck.errors import UsageError

__all__ = ["HNSW", "Neighbours", "nearest"]

Vectors = npt.NDArray[np.float32]
_BLOCK_ELEMENTS = 1 << 22  # similarities held at once: 16 MB of float32, 32 MB of indices


class Neighbours:
    """k nearest neighbours of every vector: `ids[i]` and `sims[i]` (cosine), self excluded."""

    def __init__(self, ids: npt.NDArray[np.int64], sims: npt.NDArray[np.float32]) -> None:
        self.ids = ids
        self.sims = sims

    def top(self, k: int) -> Neighbours:
        """The k most similar of each row's neighbours (all of them when it has no more), so
        one search serves every stage that needs neighbours."""
        if k >= self.ids.shape[1]:
            return self
        order = np.argsort(-self.sims, axis=1, kind="stable")[:, :k]
        return Neighbours(
            np.take_along_axis(self.ids, order, axis=1),
            np.take_along_axis(self.sims, order, axis=1),
        )


def _exact(vectors: Vectors, k: int) -> Neighbours:
    n = len(vectors)
    ids = np.zeros((n, k), dtype=np.int64)
    sims = np.zeros((n, k), dtype=np.float32)
    rows_per_block = max(16, _BLOCK_ELEMENTS // max(n, 1))
    for start in range(0, n, rows_per_block):
        block = vectors[start : start + rows_per_block] @ vectors.T
        rows = np.arange(start, min(start + rows_per_block, n))
        block[rows - start, rows] = -np.inf
        # the k largest, selected in place (no negated copy of the block)
        top = (
            np.argpartition(block, n - k, axis=1)[:, n - k :]
            if k < n - 1
            else np.argsort(block, axis=1)[:, ::-1][:, :k]
        )
        ids[start : start + len(rows)] = top
        sims[start : start + len(rows)] = np.take_along_axis(block, top, axis=1)
    return Neighbours(ids, sims)


class HNSW:
    """An HNSW index over unit vectors (inner product), persisted and grown incrementally."""

    def __init__(self, dimension: int, *, capacity: int = 1024, m: int = 32, ef: int = 128) -> None:
        try:
            import hnswlib
        except ImportError as exc:
            raise UsageError(
                "approximate search needs hnswlib: pip install 'claimcheck[scale]'"
            ) from exc
        self._lib: Any = hnswlib
        self.index: Any = hnswlib.Index(space="ip", dim=dimension)
        self.index.init_index(max_elements=max(capacity, 16), ef_construction=200, M=m)
        self.index.set_ef(ef)
        self.ef = ef

    def __len__(self) -> int:
        return int(self.index.get_current_count())

    def ids(self) -> list[int]:
        """The ids of the indexed vectors."""
        return [int(i) for i in self.index.get_ids_list()]

    def add(self, vectors: Vectors, ids: npt.NDArray[np.int64]) -> None:
        """Add vectors under integer ids (the index grows as needed)."""
        needed = len(self) + len(vectors)
        if needed > self.index.get_max_elements():
            self.index.resize_index(max(needed, 2 * self.index.get_max_elements()))
        self.index.add_items(vectors, ids, num_threads=os.cpu_count() or 1)

    def query(
        self, vectors: Vectors, k: int
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
        """(ids, cosine similarities) of the k nearest stored vectors of each query."""
        k = min(k, len(self))
        self.index.set_ef(max(self.ef, k))
        labels, distances = self.index.knn_query(vectors, k=k)
        return labels.astype(np.int64), (1.0 - distances).astype(np.float32)

    def save(self, path: Path) -> None:
        """Write the index to `path` (replaced atomically)."""
        tmp = path.with_suffix(path.suffix + ".tmp")
        self.index.save_index(str(tmp))
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path, dimension: int, *, ef: int = 128) -> HNSW:
        """Read an index written by `save`."""
        index = cls(dimension, ef=ef)
        index.index.load_index(str(path))
        index.index.set_ef(ef)
        return index


def nearest(vectors: Vectors, k: int, *, exact_limit: int = 20_000) -> Neighbours:
    """The k nearest neighbours of every vector among all of them, self excluded."""
    n = len(vectors)
    k = min(k, n - 1)
    if k <= 0:
        return Neighbours(np.zeros((n, 0), dtype=np.int64), np.zeros((n, 0), dtype=np.float32))
    if n <= exact_limit:
        return _exact(vectors, k)
    index = HNSW(vectors.shape[1], capacity=n)
    index.add(vectors, np.arange(n, dtype=np.int64))
    index.index.set_ef(max(index.ef, k + 1))
    labels, distances = index.index.knn_query(vectors, k=k + 1)
    del index  # the graph and its copy of the vectors, before anything else is allocated
    # the same values as `HNSW.query` gives, made in place: the labels' bits read as int64
    # (they are row numbers), the cosines as 1 - distance in float32
    ids = labels.view(np.int64)
    sims = np.subtract(np.float32(1.0), distances, out=distances, dtype=np.float32)
    # drop each vector itself (usually first; not always, with approximate search): each
    # row's other neighbours first, in their order, then the first k of them
    others = ids != np.arange(n, dtype=np.int64)[:, None]
    order = np.argsort(~others, axis=1, kind="stable")[:, :k]
    return Neighbours(
        np.take_along_axis(ids, order, axis=1), np.take_along_axis(sims, order, axis=1)
    )
