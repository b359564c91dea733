"""stored vectors -> the nearest stored vectors of new ones: a mapped HNSW file and an exact tail.

The store's nearest-neighbour index lives beside it (`corpus.db.<embedder>.usearch`): an
HNSW graph over half-precision copies of the vectors (usearch), keyed by the vectors' row
ids. A process that only reads it maps the file (`view`) instead of loading it: opening
walks the file once to find its nodes (page cache, shared with every reader: about 0.24 s
for a million vectors) and the process's own memory stays a few tens of MB, where reading
the whole index took 1-2 GB and seconds.

Vectors stored after the index was last written form the *tail*: read from the table, held
in memory and searched exactly, then merged with the graph's answers. The tail is folded
into the graph (the file loaded, extended, written under a temporary name and renamed)
when it reaches `fold_at` vectors, or when `fold()` is called (`ingest` does, at its end).
The index is derived data: a missing, unreadable or mismatched file is rebuilt from the
table. Without usearch (`pip install 'claimcheck[scale]'`) there is no graph: every row is
in the tail, searched exactly.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["ArchiveIndex", "Rows"]

Vectors = npt.NDArray[np.float32]
Ids = npt.NDArray[np.int64]
Rows = Callable[[int, int], tuple[Ids, Vectors]]
"""`rows(after, limit)`: up to `limit` stored (row ids, vectors) with ids above `after`"""

# Measured at 200k vectors of a sentence-embedding-like spectrum (benchmarks/README.md,
# "The store's index"): 16 links and 128 candidates built in 178 s where hnswlib's 32 and 200
# took 435 s; searching wide (512 candidates) buys recall back (0.85 against 0.56 with 128)
# at about 8 ms a query, which a check of one article (tens of queries) can afford.
_CONNECTIVITY = 16  # graph links per node (HNSW's M)
_EXPANSION_ADD = 128  # candidates kept while inserting (efConstruction)
_EXPANSION_SEARCH = 512  # candidates kept while searching (ef)
_CHUNK = 20_000  # vectors read from the table at once


def _library() -> Any:
    """usearch's index module, or None when the optional extra is not installed."""
    try:
        from usearch import index
    except ImportError:
        return None
    return index


class ArchiveIndex:
    """The graph of the vectors up to `indexed`, plus the exact tail read since."""

    def __init__(self, path: Path, dimension: int, *, fold_at: int = 10_000) -> None:
        self.path = path
        self.dimension = dimension
        self.fold_at = fold_at
        self._lib = _library()
        self._writable = self._lib is not None
        self._checked = False  # whether the graph was checked against the table
        self._graph: Any = None  # a mapped (read-only) usearch.Index, or None when empty
        self.indexed = 0  # the largest row id in the graph
        self._tail_ids: list[Ids] = []
        self._tail_vectors: list[Vectors] = []
        self._open()

    @property
    def _meta_path(self) -> Path:
        return self.path.with_name(self.path.name + ".json")

    def _open(self) -> None:
        """Map the file, if there is a readable one of this dimension."""
        if self._lib is None:
            return
        try:
            graph = self._lib.Index.restore(str(self.path), view=True)
        except (OSError, ValueError, RuntimeError):
            graph = None
        if graph is None or graph.ndim != self.dimension or not len(graph):
            return
        graph.expansion_search = _EXPANSION_SEARCH
        try:  # the record written beside it saves reading every key of the graph
            meta = json.loads(self._meta_path.read_text(encoding="utf-8"))
            last = int(meta["last"]) if int(meta["count"]) == len(graph) else None
        except (OSError, ValueError, KeyError, TypeError):
            last = None
        if last is None:
            last = int(np.max(np.asarray(graph.keys)))
        self._graph, self.indexed = graph, last

    def __len__(self) -> int:
        return (0 if self._graph is None else len(self._graph)) + self._tail_size()

    @property
    def last(self) -> int:
        """The largest row id the index answers for (graph or tail)."""
        return int(self._tail_ids[-1][-1]) if self._tail_ids else self.indexed

    def _tail_size(self) -> int:
        return sum(len(ids) for ids in self._tail_ids)

    def _matches(self, rows: Rows) -> bool:
        """Whether the graph's last vector is the table's row of that id (a store replaced
        by another at the same path, or rows deleted, would make it answer for others)."""
        ids, vectors = rows(self.indexed - 1, 1)
        if not len(ids) or int(ids[0]) != self.indexed:
            return False
        held = np.asarray(self._graph.get(np.uint64(self.indexed)), dtype=np.float32).ravel()
        return held.shape == vectors[0].shape and float(held @ vectors[0]) > 0.999

    def _verify(self, rows: Rows) -> None:
        """Drop the graph, once, if it does not match the table (it is rebuilt from it)."""
        if self._graph is not None and not self._checked:
            self._checked = True
            if not self._matches(rows):
                self._graph, self.indexed = None, 0

    def catch_up(self, rows: Rows) -> None:
        """Read the rows stored since into the tail; past `fold_at` rows, fold instead."""
        self._verify(rows)
        while self._read_chunk(rows):
            if self._writable and self._tail_size() >= self.fold_at and self.fold(rows):
                return

    def fold(self, rows: Rows) -> bool:
        """Add the tail and every row stored since to the graph (read chunk by chunk, never
        all held) and write it, atomically; nothing is loaded when nothing is new. False
        when there is no usearch or the folder cannot be written: the graph stays as it
        was, the tail as it is, and no fold is tried again."""
        if not self._writable:
            return False
        self._verify(rows)
        if not self._tail_ids and not len(rows(self.last, 1)[0]):
            return True  # nothing new: the file is up to date
        try:
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.")
            os.close(fd)
        except OSError:
            self._writable = False
            return False
        try:
            graph = self._lib.Index(
                ndim=self.dimension,
                metric="ip",
                dtype="f16",
                connectivity=_CONNECTIVITY,
                expansion_add=_EXPANSION_ADD,
                expansion_search=_EXPANSION_SEARCH,
            )
            if self._graph is not None:
                graph.load(str(self.path))  # the whole graph, to extend it
            threads = os.cpu_count() or 1
            for ids, vectors in zip(self._tail_ids, self._tail_vectors, strict=True):
                graph.add(ids.astype(np.uint64), vectors, threads=threads)
            last = self.last
            while len((chunk := rows(last, _CHUNK))[0]):
                graph.add(chunk[0].astype(np.uint64), chunk[1], threads=threads)
                last = int(chunk[0][-1])
            graph.save(tmp)
            os.replace(tmp, self.path)
            record = {"last": last, "count": len(graph)}
            self._meta_path.write_text(json.dumps(record), encoding="utf-8")
        except (OSError, RuntimeError):
            self._writable = False
            return False
        finally:
            with suppress(OSError):
                os.unlink(tmp)
        del graph
        self._tail_ids, self._tail_vectors = [], []
        self._graph, self.indexed = None, 0
        self._open()
        return True

    def _read_chunk(self, rows: Rows) -> bool:
        """Read the next rows into the tail; False when there were none."""
        ids, vectors = rows(self.last, _CHUNK)
        if not len(ids):
            return False
        self._tail_ids.append(ids)
        self._tail_vectors.append(np.ascontiguousarray(vectors, dtype=np.float32))
        return True

    def query(self, vectors: Vectors, k: int) -> tuple[Ids, npt.NDArray[np.float32]]:
        """(row ids, cosine similarities) of the k nearest indexed vectors of each query,
        most similar first: k columns, padded with id -1 and similarity -inf where fewer
        were found (none at all when the index is empty)."""
        n = len(vectors)
        found_ids: list[Ids] = []
        found_sims: list[npt.NDArray[np.float32]] = []
        if self._graph is not None and len(self._graph):
            matches = self._graph.search(vectors, min(k, len(self._graph)), threads=1)
            keys = np.asarray(matches.keys).astype(np.int64).reshape(n, -1)
            sims = (1.0 - np.asarray(matches.distances, dtype=np.float32)).reshape(n, -1)
            counts = np.asarray(matches.counts).reshape(n)
            width = np.arange(keys.shape[1])[None, :]
            keys[width >= counts[:, None]] = -1
            sims[width >= counts[:, None]] = -np.inf
            found_ids.append(keys)
            found_sims.append(sims)
        if self._tail_ids:
            ids = np.concatenate(self._tail_ids)
            sims = vectors @ np.concatenate(self._tail_vectors).T
            top = np.argsort(-sims, axis=1, kind="stable")[:, :k]
            found_ids.append(ids[top])
            found_sims.append(np.take_along_axis(sims, top, axis=1).astype(np.float32))
        if not found_ids:
            return np.full((n, 0), -1, dtype=np.int64), np.zeros((n, 0), dtype=np.float32)
        found_ids.append(np.full((n, k), -1, dtype=np.int64))  # pads rows that found fewer
        found_sims.append(np.full((n, k), -np.inf, dtype=np.float32))
        all_ids = np.concatenate(found_ids, axis=1)
        all_sims = np.concatenate(found_sims, axis=1)
        order = np.argsort(-all_sims, axis=1, kind="stable")[:, :k]
        return np.take_along_axis(all_ids, order, axis=1), np.take_along_axis(
            all_sims, order, axis=1
        )
