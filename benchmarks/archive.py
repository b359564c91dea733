"""The store's nearest-neighbour index (`claimcheck.archive_index`) at archive sizes.

Recall is measured twice: on real claim vectors (STS sentences, French and English, embedded
with the default embedder; 300 of them held out as the queries of new articles), and at
archive size on vectors drawn from a Gaussian with the real vectors' mean and covariance
(a sentence-embedding-like spectrum, without the near-duplicates real news has: a
pessimistic stand-in). The archive's vectors are generated chunk by chunk as the store
would hand them over, so the build's peak memory (VmHWM of a fresh process) is the index's
own. Then a fresh process maps the written index and answers the 30 queries of one article,
as `claimcheck check` does: time to open, time to answer, peak memory (and how much of it
is the process's own and how much the mapped file's pages), then again at other search
widths.
Sizes: 1M vectors (full), 20k (quick); `ARCHIVE_VECTORS=N` sets another.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.common import REPO, Options, Row, write_result

__all__ = ["run"]

_CHUNK = 20_000
_K = 20

_CHILD = """
import json, sys, time
import numpy as np
from benchmarks.archive import Spectrum
from claimcheck.archive_index import ArchiveIndex
mode, path, spectrum, size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
source = Spectrum.load(spectrum, size)
start = time.perf_counter()
if mode == "build":
    index = ArchiveIndex(__import__("pathlib").Path(path), source.dimension)
    index.fold(source.rows)
    out = {"build_s": time.perf_counter() - start}
else:
    queries = np.load(spectrum + ".queries.npy")
    index = ArchiveIndex(__import__("pathlib").Path(path), source.dimension)
    opened = time.perf_counter()
    if len(sys.argv) > 6:  # a narrower or wider search than the shipped one
        index._graph.expansion_search = int(sys.argv[6])
    ids, sims = index.query(queries, int(sys.argv[5]))
    out = {"open_s": opened - start, "query_s": time.perf_counter() - opened,
           "ids": ids.tolist()}
status = dict(l.split(":", 1) for l in open("/proc/self/status").read().splitlines())
for key, name in (("VmHWM", "peak_mb"), ("RssAnon", "private_mb"), ("RssFile", "mapped_mb")):
    out[name] = int(status[key].split()[0]) / 1024
print(json.dumps(out))
"""

#: search widths measured beside the shipped one (`archive_index._EXPANSION_SEARCH`)
_WIDTHS = (64, 128, 256, 512)


class Spectrum:
    """Unit vectors drawn from N(mean, covariance) of real ones, reproducible chunk by chunk."""

    def __init__(self, mean: np.ndarray, root: np.ndarray, size: int) -> None:
        self.mean, self.root, self.size = mean, root, size
        self.dimension = len(mean)

    @classmethod
    def fit(cls, real: np.ndarray, size: int) -> Spectrum:
        mean = real.mean(axis=0)
        values, vectors = np.linalg.eigh(np.cov(real - mean, rowvar=False))
        return cls(mean, vectors * np.sqrt(np.clip(values, 0, None)), size)

    def save(self, path: str) -> None:
        np.savez(path, mean=self.mean, root=self.root)

    @classmethod
    def load(cls, path: str, size: int) -> Spectrum:
        with np.load(path + ".npz") as z:
            return cls(z["mean"], z["root"], size)

    def draw(self, n: int, seed: int) -> np.ndarray:
        rng = np.random.default_rng(seed)
        x = self.mean + rng.standard_normal((n, self.dimension)) @ self.root.T
        return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)

    def chunk(self, number: int) -> np.ndarray:
        """The archive's vectors of rows `number * 20k + 1` on (the same on every call)."""
        return self.draw(min(_CHUNK, self.size - number * _CHUNK), seed=1000 + number)

    def rows(self, after: int, limit: int) -> tuple[np.ndarray, np.ndarray]:
        """The store's `rows(after, limit)`: row ids start at 1, one chunk at a time."""
        if after >= self.size:
            return np.zeros(0, dtype=np.int64), np.zeros((0, self.dimension), np.float32)
        number = after // _CHUNK
        vectors = self.chunk(number)[after - number * _CHUNK :][:limit]
        return np.arange(after + 1, after + 1 + len(vectors), dtype=np.int64), vectors

    def exact(self, queries: np.ndarray, k: int) -> np.ndarray:
        """Row ids of the k most similar vectors of each query, by brute force."""
        best_ids = np.zeros((len(queries), 0), dtype=np.int64)
        best_sims = np.zeros((len(queries), 0), dtype=np.float32)
        for number in range((self.size + _CHUNK - 1) // _CHUNK):
            sims = queries @ self.chunk(number).T
            ids = np.broadcast_to(np.arange(sims.shape[1]) + number * _CHUNK + 1, sims.shape)
            all_sims = np.concatenate([best_sims, sims], axis=1)
            all_ids = np.concatenate([best_ids, ids], axis=1)
            top = np.argsort(-all_sims, axis=1)[:, :k]
            best_sims = np.take_along_axis(all_sims, top, axis=1)
            best_ids = np.take_along_axis(all_ids, top, axis=1)
        return best_ids


def _recall(found: np.ndarray, truth: np.ndarray) -> float:
    shared = [len(set(a) & set(b)) / len(b) for a, b in zip(found, truth, strict=True)]
    return float(np.mean(shared))


def _child(*args: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, *args],
        capture_output=True, text=True, check=False, cwd=REPO, timeout=4 * 3600,
    )  # fmt: skip
    if proc.returncode:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1])
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def _real_vectors(options: Options) -> np.ndarray:
    from benchmarks.realtext import _sentences
    from claimcheck.embed import get_embedder

    texts: list[str] = []
    for lang in ("fr", "en"):
        for split in ("dev", "test"):
            first, second = _sentences(options.data / "stsb-multi-mt" / f"stsb-{lang}-{split}.csv")
            texts += first + second
    texts = list(dict.fromkeys(t for t in texts if t))
    return get_embedder().embed(texts)


def run(options: Options) -> list[Row]:
    """Recall on real vectors, then build and query an archive-sized index; archive.json."""
    from claimcheck.archive_index import ArchiveIndex

    if not (options.data / "stsb-multi-mt").exists():
        print("  skipped: no STS data")
        return [Row("archive", "skipped", "no data")]
    size = int(os.environ.get("ARCHIVE_VECTORS", "20000" if options.quick else "1000000"))
    real = _real_vectors(options)
    rng = np.random.default_rng(options.seed)
    held = rng.choice(len(real), 300, replace=False)
    stored = np.delete(real, held, axis=0)
    with tempfile.TemporaryDirectory() as tmp:
        small = ArchiveIndex(Path(tmp) / "real.usearch", real.shape[1])
        ids = np.arange(1, len(stored) + 1, dtype=np.int64)
        small.fold(lambda after, limit: (ids[after : after + limit], stored[after : after + limit]))
        truth = np.argsort(-(real[held] @ stored.T), axis=1)[:, :_K] + 1
        real_recall = _recall(small.query(real[held], _K)[0], truth)

        spectrum = Spectrum.fit(real, size)
        base = str(Path(tmp) / "spectrum")
        spectrum.save(base)
        queries = spectrum.draw(30, seed=options.seed)  # a new article's claims
        np.save(base + ".queries.npy", queries)
        path = str(Path(tmp) / "archive.usearch")
        print(f"  building an index of {size:,} vectors", flush=True)
        build = _child("build", path, base, str(size))
        file_mb = os.path.getsize(path) / 2**20
        first = _child("query", path, base, str(size), str(_K))
        steady = _child("query", path, base, str(size), str(_K))
        truth = spectrum.exact(queries, _K)
        archive_recall = _recall(np.asarray(steady.pop("ids")), truth)
        first.pop("ids")
        widths = {}
        for width in _WIDTHS:
            run = _child("query", path, base, str(size), str(_K), str(width))
            run["recall_at_20"] = _recall(np.asarray(run.pop("ids")), truth)
            widths[width] = run
    numbers = {
        "real_vectors": len(stored),
        "real_recall_at_20": real_recall,
        "archive_vectors": size,
        "archive_recall_at_20": archive_recall,
        "build": build,
        "file_mb": file_mb,
        "first_query_process": first,
        "steady_query_process": steady,
        "by_search_width": widths,
    }
    write_result(options, "archive", {"size": size, "k": _K, "queries": 30}, numbers)
    return [
        Row("archive", "recall@20, real claim vectors", f"{real_recall:.3f}"),
        Row("archive", f"recall@20, {size:,} spectrum vectors", f"{archive_recall:.3f}"),
        Row("archive", "build s / peak MB", f"{build['build_s']:.0f} / {build['peak_mb']:.0f}"),
        Row("archive", "index file MB", f"{file_mb:.0f}"),
        Row(
            "archive",
            "one article's 30 queries: open + answer s / peak MB",
            f"{steady['open_s']:.3f} + {steady['query_s']:.3f} / {steady['peak_mb']:.0f}"
            f" (private {steady['private_mb']:.0f})",
        ),
        *(
            Row(
                "archive",
                f"search width {w}: recall@20 / answer s / mapped MB",
                f"{r['recall_at_20']:.3f} / {r['query_s']:.3f} / {r['mapped_mb']:.0f}",
            )
            for w, r in widths.items()
        ),
    ]
