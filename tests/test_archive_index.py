"""The store's nearest-neighbour index: a mapped graph, an exact tail, derived data."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from claimcheck.archive_index import ArchiveIndex

pytest.importorskip("usearch")  # an optional extra; the store searches exactly without it

DIM = 24


class Table:
    """Stored vectors with increasing row ids, read the way the store reads them."""

    def __init__(self, n: int, seed: int = 0) -> None:
        rng = np.random.default_rng(seed)
        centres = rng.normal(size=(max(n // 6, 1), DIM))
        raw = centres[rng.integers(0, len(centres), n)] + 0.3 * rng.normal(size=(n, DIM))
        self.vectors = (raw / np.linalg.norm(raw, axis=1, keepdims=True)).astype(np.float32)
        self.ids = np.arange(1, n + 1, dtype=np.int64) * 3  # row ids need not be contiguous
        self.reads: list[tuple[int, int]] = []
        self.visible = n

    def __call__(self, after: int, limit: int) -> tuple[np.ndarray, np.ndarray]:
        self.reads.append((after, limit))
        ids = self.ids[: self.visible]
        keep = np.flatnonzero(ids > after)[:limit]
        return ids[keep], self.vectors[keep]

    def exact(self, queries: np.ndarray, k: int) -> np.ndarray:
        sims = queries @ self.vectors[: self.visible].T
        return self.ids[np.argsort(-sims, axis=1)[:, :k]]


def _recall(found: np.ndarray, truth: np.ndarray) -> float:
    return float(
        np.mean([len(set(a) & set(b)) / len(b) for a, b in zip(found, truth, strict=True)])
    )


def test_graph_and_tail_answer_together_like_an_exact_search(tmp_path: Path) -> None:
    table = Table(1200)
    table.visible = 900
    index = ArchiveIndex(tmp_path / "c.usearch", DIM)
    index.fold(table)  # 900 vectors in the graph, written beside the store
    assert (tmp_path / "c.usearch").exists() and index.indexed == table.ids[899]
    table.visible = 1200
    index.catch_up(table)  # 300 more in the exact tail
    assert len(index) == 1200 and index.last == table.ids[-1]
    queries = table.vectors[::40]
    ids, sims = index.query(queries, 10)
    assert ids.shape == sims.shape == (len(queries), 10)
    assert _recall(ids, table.exact(queries, 10)) >= 0.95
    assert np.all(np.diff(sims, axis=1) <= 1e-6)  # most similar first
    own = table.ids[::40]
    in_tail = own > index.indexed
    assert in_tail.sum() >= 5 and np.array_equal(ids[in_tail, 0], own[in_tail])  # exact there
    assert np.mean(ids[~in_tail, 0] == own[~in_tail]) >= 0.9  # the graph is approximate
    found = ids[:, 0] == own
    assert np.allclose(sims[found, 0], 1.0, atol=2e-3)  # half-precision copies in the graph


def test_a_reopened_index_maps_the_file_and_reads_only_newer_rows(tmp_path: Path) -> None:
    table = Table(600)
    ArchiveIndex(tmp_path / "c.usearch", DIM).fold(table)
    table.reads.clear()
    again = ArchiveIndex(tmp_path / "c.usearch", DIM)
    again.catch_up(table)
    assert again.indexed == table.ids[-1] and len(again) == 600
    last = int(table.ids[-1])
    assert table.reads == [(last - 1, 1), (last, 20_000)]  # its last row checked, nothing new
    written = (tmp_path / "c.usearch").stat().st_mtime_ns
    assert again.fold(table)  # nothing new: neither loaded nor written again
    assert (tmp_path / "c.usearch").stat().st_mtime_ns == written
    assert table.reads[2:] == [(last, 1)]
    (tmp_path / "c.usearch.json").unlink()  # the record is a shortcut, not the truth
    assert ArchiveIndex(tmp_path / "c.usearch", DIM).indexed == table.ids[-1]


def test_the_tail_folds_into_the_graph_once_it_is_large(tmp_path: Path) -> None:
    table = Table(500)
    table.visible = 200
    index = ArchiveIndex(tmp_path / "c.usearch", DIM, fold_at=250)
    index.catch_up(table)
    assert not (tmp_path / "c.usearch").exists()  # 200 < 250: all in the tail
    table.visible = 500
    index.catch_up(table)
    assert (tmp_path / "c.usearch").exists() and index.indexed == table.ids[-1]
    assert index.last == index.indexed  # nothing left in the tail


def test_a_broken_or_foreign_file_is_rebuilt_from_the_table(tmp_path: Path) -> None:
    table = Table(300)
    path = tmp_path / "c.usearch"
    path.write_bytes(b"not an index")
    index = ArchiveIndex(path, DIM)
    assert index.indexed == 0
    index.fold(table)
    assert ArchiveIndex(path, DIM).indexed == table.ids[-1]
    other = ArchiveIndex(path, DIM * 2)  # another embedder's dimension: not this index
    assert other.indexed == 0 and len(other) == 0


def test_fewer_stored_vectors_than_asked_pads_the_rows(tmp_path: Path) -> None:
    table = Table(4)
    index = ArchiveIndex(tmp_path / "c.usearch", DIM)
    index.fold(table)
    ids, sims = index.query(table.vectors[:2], 6)
    assert ids.shape == (2, 6)
    assert set(ids[0][:4]) == set(table.ids) and list(ids[0][4:]) == [-1, -1]
    assert np.all(np.isneginf(sims[:, 4:]))
    empty = ArchiveIndex(tmp_path / "none.usearch", DIM)
    assert empty.query(table.vectors[:2], 6)[0].shape == (2, 0)


def test_an_unwritable_folder_keeps_serving_from_the_tail(tmp_path: Path) -> None:
    table = Table(300)
    blocker = tmp_path / "a-file"  # where the folder should be: nothing can be written
    blocker.write_text("")
    index = ArchiveIndex(blocker / "c.usearch", DIM, fold_at=100)
    index.catch_up(table)  # tries to fold once, fails, keeps the tail
    assert index.indexed == 0 and len(index) == 300
    reads = len(table.reads)
    index.catch_up(table)  # and does not try again in this process: one read, no fold
    assert len(table.reads) == reads + 1
    ids, _ = index.query(table.vectors[:5], 3)
    assert list(ids[:, 0]) == list(table.ids[:5])
    assert blocker.read_text() == ""


def test_an_index_left_by_another_store_at_that_path_is_not_trusted(tmp_path: Path) -> None:
    path = tmp_path / "c.usearch"
    ArchiveIndex(path, DIM).fold(Table(400, seed=1))
    other = Table(400, seed=2)  # same row ids, other vectors: a new store at the same path
    index = ArchiveIndex(path, DIM)
    index.catch_up(other)
    assert index.indexed == 0 and len(index) == 400  # the graph is dropped, the table read
    ids, _ = index.query(other.vectors[:5], 1)
    assert list(ids[:, 0]) == list(other.ids[:5])
    shorter = Table(100, seed=1)  # the same vectors, but the rows the graph ends on are gone
    index = ArchiveIndex(path, DIM)
    index.catch_up(shorter)
    assert index.indexed == 0 and len(index) == 100
