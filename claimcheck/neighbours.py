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
import tempfile
from pathlib import Path
from typing import IO, Any

import numpy as np
import numpy.typing as npt

from claimcheck.errors import UsageError

__all__ = ["HNSW", "Neighbours", "Spill", "nearest"]

Vectors = npt.NDArray[np.float32]
_BLOCK_ELEMENTS = 1 << 22  # similarities held at once: 16 MB of float32, 32 MB of indices
_SPILL_ELEMENTS = 1 << 22  # vector components read back from a spill at once (16 MB)


class Spill:
    """A float32 matrix handed over to a search that copies it (the HNSW graph): with
    `disk`, written to a temporary file until `read` gives it back, bit for bit, so the
    process does not hold it twice while the graph lives; without, held as it is. The
    caller drops its own references to the matrix once the spill has it."""

    def __init__(self, vectors: Vectors, *, disk: bool) -> None:
        self.shape: tuple[int, int] = (int(vectors.shape[0]), int(vectors.shape[1]))
        self._memory: Vectors | None = vectors
        self._file: IO[bytes] | None = None
        if not disk:
            return
        try:
            self._file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by `read`)
            np.ascontiguousarray(vectors, dtype=np.float32).tofile(self._file)
            self._file.flush()
        except OSError:  # no room on disk: the matrix stays in memory
            self._close()
            return
        self._memory = None

    def __len__(self) -> int:
        return self.shape[0]

    @property
    def on_disk(self) -> bool:
        """Is the matrix in its file now (not in memory)?"""
        return self._memory is None

    def _close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def rows(self, start: int, stop: int) -> Vectors:
        """Rows `start` to `stop` (read from the file while the matrix is on disk)."""
        if self._file is None:
            assert self._memory is not None
            return self._memory[start:stop]
        dim = self.shape[1]
        stop = min(stop, self.shape[0])
        self._file.seek(start * dim * 4)
        part = np.fromfile(self._file, dtype=np.float32, count=max(stop - start, 0) * dim)
        return part.reshape(-1, dim)

    def read(self) -> Vectors:
        """The whole matrix, back in memory (the file, if any, deleted)."""
        if self._memory is None:
            self._memory = self.rows(0, self.shape[0])
            self._close()
        return self._memory


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


def nearest(vectors: Vectors | Spill, k: int, *, exact_limit: int = 20_000) -> Neighbours:
    """The k nearest neighbours of every vector among all of them, self excluded.

    Given a `Spill` on disk, the HNSW graph is built and queried from it a block of rows at
    a time (a query's answer does not depend on its block; rows are added in order, one
    block after the other), so the matrix is never in memory beside the graph's copy."""
    n = len(vectors)
    k = min(k, n - 1)
    if k <= 0:
        return Neighbours(np.zeros((n, 0), dtype=np.int64), np.zeros((n, 0), dtype=np.float32))
    if n <= exact_limit:
        return _exact(vectors.read() if isinstance(vectors, Spill) else vectors, k)
    source = vectors if isinstance(vectors, Spill) else Spill(vectors, disk=False)
    step = max(1, _SPILL_ELEMENTS // max(source.shape[1], 1)) if source.on_disk else n
    index = HNSW(source.shape[1], capacity=n)
    for start in range(0, n, step):
        index.add(source.rows(start, start + step), np.arange(start, min(start + step, n)))
    index.index.set_ef(max(index.ef, k + 1))
    labels = np.empty((n, k + 1), dtype=np.uint64)
    distances = np.empty((n, k + 1), dtype=np.float32)
    for start in range(0, n, step):
        found = index.index.knn_query(source.rows(start, start + step), k=k + 1)
        labels[start : start + step], distances[start : start + step] = found
    del index, found  # the graph and its copy of the vectors, before anything else is allocated
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
