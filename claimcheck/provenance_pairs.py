"""claims -> near-duplicate pairs: MinHash over word 4-grams, quoted words left out.

Read by `claimcheck.provenance`. Each claim's own words (quotes removed, case and accents
folded) give a set of hashed 4-grams; MinHash signatures cut into bands propose the pairs of
claims that share a band (locality-sensitive hashing, so the cost stays near-linear), and the
exact Jaccard similarity of their sets decides. Everything past the signatures is in numpy:
the pairs of a band as 64-bit codes, those already judged in a sorted array (8 bytes a pair,
where a Python set of pairs cost 60-140), their Jaccard similarities a batch at a time.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

import numpy as np
import numpy.typing as npt

from claimcheck.ground.quote import find_quotes
from claimcheck.models import Claim

__all__ = ["forget_after", "near_duplicates"]

_SHINGLE = 4
_MIN_WORDS = 8
_HASHES = 64
_BANDS = 16
_JACCARD = 0.4
_WORD = re.compile(r"\w+", re.UNICODE)
_MASK = (1 << 61) - 1
_CHUNK = 2000  # shingle sets hashed together (64 hashes of each shingle at once)
_PAIRS = 1 << 18  # candidate pairs made at once
_ELEMENTS = 1 << 19  # shingles gathered at once to count what two sets share

Ints = npt.NDArray[np.int64]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    if decomposed.isascii():
        return decomposed  # no combining mark to drop
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _reporting_words(text: str) -> list[str]:
    """The claim's own words: quoted passages removed, case and accents folded."""
    kept, position = [], 0
    for start, end in find_quotes(text):
        kept.append(text[position : max(start - 1, position)])
        position = end + 1
    kept.append(text[position:])
    return _WORD.findall(_fold(" ".join(kept)))


def _shingles(words: Sequence[str]) -> npt.NDArray[np.uint64]:
    """The hashes of the word 4-grams, sorted and unique (8 bytes each; a set of Python ints
    cost about 60)."""
    grams = (" ".join(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1))
    # sorted, then each value once: what np.unique returns; a claim has a few dozen, which
    # Python's set and sort order faster than numpy's calls do (each about 2 us of overhead)
    hashes = sorted(
        {
            int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "little")
            for g in grams
        }
    )
    return np.array(hashes, dtype=np.uint64)


@lru_cache(maxsize=1 << 15)  # a long-running service sees the same stored claims again
def _claim_shingles(text: str) -> npt.NDArray[np.uint64] | None:
    """The shingle set of a claim's text (read-only), None when it has fewer than _MIN_WORDS
    words of its own."""
    words = _reporting_words(text)
    if len(words) < _MIN_WORDS:
        return None
    found = _shingles(words)
    found.setflags(write=False)
    return found


@cache
def _permutations() -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    rng = np.random.default_rng(20200610)
    a = rng.integers(1, _MASK, size=_HASHES, dtype=np.uint64)
    b = rng.integers(0, _MASK, size=_HASHES, dtype=np.uint64)
    return a, b


def _signatures(sets: Sequence[npt.NDArray[np.uint64]]) -> npt.NDArray[np.uint64]:
    """The MinHash signature of each non-empty shingle set, one row each, in one pass."""
    a, b = _permutations()
    sizes = np.fromiter((len(s) for s in sets), dtype=np.int64, count=len(sets))
    values = np.concatenate(sets) & np.uint64(_MASK)
    hashed = (values[:, None] * a[None, :] + b[None, :]) & np.uint64(_MASK)
    offsets = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    signatures: npt.NDArray[np.uint64] = np.minimum.reduceat(hashed, offsets, axis=0)
    return signatures


def _band_keys(signatures: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """One 64-bit key per band of each signature (FNV-style over its rows of hashes): 8 bytes
    a band where a dictionary of byte strings cost about 250. Two different bands sharing a
    key (odds about n^2 / 2^64) only propose a pair, which the Jaccard test then checks."""
    bands = signatures.reshape(len(signatures), _BANDS, _HASHES // _BANDS)
    keys = np.full((len(signatures), _BANDS), 0xCBF29CE484222325, dtype=np.uint64)
    for row in range(bands.shape[2]):
        keys = (keys ^ bands[:, :, row]) * np.uint64(0x100000001B3)
    return keys


_KEYS: dict[str, npt.NDArray[np.uint64]] = {}
"""a claim text's band keys (a long-running service sees the same stored claims again)"""
_KEPT = 1 << 15  # texts whose band keys are kept; all are dropped past that


def forget_after(claims: int) -> None:
    """Empty the per-text caches after a corpus of more claim texts than they keep: what is
    left in them then is the corpus's last texts, of little use to a later call, and held
    into the stages that follow (about 20 MB at 100k claims). Answers never change."""
    if claims > _KEPT:
        _claim_shingles.cache_clear()
        _KEYS.clear()


def _claim_keys(
    texts: Sequence[str], sets: Sequence[npt.NDArray[np.uint64]]
) -> npt.NDArray[np.uint64]:
    """The band keys of each text's shingle set (`sets`, aligned), one row each: those of a
    text met before as they were, the others hashed a chunk at a time (a row depends on its
    own set alone)."""
    keys = np.empty((len(texts), _BANDS), dtype=np.uint64)
    known = _KEYS
    missing = []
    for k, text in enumerate(texts):
        row = known.get(text)
        if row is None:
            missing.append(k)
        else:
            keys[k] = row
    for first in range(0, len(missing), _CHUNK):  # a chunk at a time: bounded memory
        chunk = missing[first : first + _CHUNK]
        keys[chunk] = _band_keys(_signatures([sets[k] for k in chunk]))
    if len(known) + len(missing) > _KEPT:
        known.clear()
    for k in missing[:_KEPT]:
        row = keys[k].copy()
        row.setflags(write=False)
        known[texts[k]] = row
    return keys


def _bucket_pairs(starts: Ints, ends: Ints) -> Iterator[tuple[Ints, Ints]]:
    """Every pair of positions (x < y) inside each run [start, end), at most about _PAIRS at
    a time: runs of one size together, a run too large for that a few rows at a time."""
    sizes = ends - starts
    for size in np.unique(sizes[sizes > 1]).tolist():
        firsts = starts[sizes == size]
        per_run = size * (size - 1) // 2
        if per_run <= _PAIRS:
            x, y = np.triu_indices(size, 1)
            step = max(1, _PAIRS // per_run)
            for k in range(0, len(firsts), step):
                base = firsts[k : k + step, None]
                yield (base + x).ravel(), (base + y).ravel()
            continue
        rows = max(1, _PAIRS // size)
        columns = np.arange(size)
        for first in firsts.tolist():
            for row in range(0, size - 1, rows):
                top = np.arange(row, min(row + rows, size - 1))[:, None]
                later = columns[None, :] > top
                yield (
                    first + np.broadcast_to(top, later.shape)[later],
                    first + np.broadcast_to(columns, later.shape)[later],
                )


class _Sets:
    """Every claim's shingle set in one array, each hash as its rank among the distinct
    hashes, and one sorted key per element (its set's number, then its rank): a hash is
    looked up in another set by bisection, for many pairs at once."""

    def __init__(self, n: int, indices: Ints, sets: dict[int, npt.NDArray[np.uint64]]) -> None:
        self.n = n
        self.size = np.zeros(n, dtype=np.int64)
        self.size[indices] = [len(sets[int(i)]) for i in indices]
        self.offset = np.zeros(n, dtype=np.int64)
        self.offset[indices] = np.cumsum(self.size[indices]) - self.size[indices]
        self.number = np.zeros(n, dtype=np.int64)
        self.number[indices] = np.arange(len(indices))
        flat = np.concatenate([sets[int(i)] for i in indices])
        order = np.argsort(flat, kind="stable")
        ordered = flat[order]
        self.rank = np.empty(len(flat), dtype=np.int64)
        self.rank[order] = np.cumsum(np.concatenate(([True], ordered[1:] != ordered[:-1]))) - 1
        self.distinct = int(self.rank.max()) + 1
        # increasing: sets in order, and inside a set its sorted hashes' ranks
        self.keys = np.repeat(np.arange(len(indices)), self.size[indices]) * self.distinct
        self.keys += self.rank

    def jaccard(self, low: Ints, high: Ints) -> npt.NDArray[np.float64]:
        """The exact Jaccard similarity of the sets of each pair (claim indices): each hash
        of the smaller set looked up in the other."""
        small = self.size[low] <= self.size[high]
        a, b = np.where(small, low, high), np.where(small, high, low)
        counts = self.size[a]
        ends = np.cumsum(counts)
        total = int(ends[-1]) if len(ends) else 0
        within = np.arange(total) - np.repeat(ends - counts, counts)
        rank = self.rank[np.repeat(self.offset[a], counts) + within]
        wanted = np.repeat(self.number[b], counts) * self.distinct + rank
        at = np.minimum(np.searchsorted(self.keys, wanted), len(self.keys) - 1)
        pair = np.repeat(np.arange(len(low)), counts)
        common = np.bincount(pair[self.keys[at] == wanted], minlength=len(low))
        out: npt.NDArray[np.float64] = common / (self.size[low] + self.size[high] - common)
        return out

    def judged(self, codes: Ints) -> list[tuple[Ints, Ints, npt.NDArray[np.float64]]]:
        """The pairs (codes low * n + high) similar enough, with their Jaccard similarity,
        about _ELEMENTS hashes looked up at a time."""
        low, high = codes // self.n, codes % self.n
        reach = np.cumsum(np.minimum(self.size[low], self.size[high]))
        marks = np.arange(_ELEMENTS, int(reach[-1]) if len(reach) else 0, _ELEMENTS)
        cuts = np.unique(np.searchsorted(reach, marks)).tolist()
        out = []
        for first, stop in itertools.pairwise([0, *cuts, len(codes)]):
            if first < stop:
                score = self.jaccard(low[first:stop], high[first:stop])
                keep = score >= _JACCARD
                out.append((low[first:stop][keep], high[first:stop][keep], score[keep]))
        return out


def near_duplicates(claims: Sequence[Claim]) -> list[tuple[int, int, float]]:
    """(i, j, Jaccard) for claims of different documents whose own words nearly coincide."""
    sets: dict[int, npt.NDArray[np.uint64]] = {}
    for index, claim in enumerate(claims):
        shingles = _claim_shingles(claim.normalized)
        if shingles is not None:
            sets[index] = shingles
    if not sets:
        return []
    indices = np.fromiter(sets, dtype=np.int64, count=len(sets))
    keys = _claim_keys(
        [claims[int(i)].normalized for i in indices], [sets[int(i)] for i in indices]
    )
    n = len(claims)
    shingled = _Sets(n, indices, sets)
    del sets
    documents: dict[str, int] = {}
    document = np.array([documents.setdefault(c.document_id, len(documents)) for c in claims])
    seen: Ints = np.zeros(0, dtype=np.int64)  # codes low * n + high of the pairs judged
    found: list[tuple[Ints, Ints, npt.NDArray[np.float64]]] = []
    for band in range(_BANDS):  # claims whose band of hashes is the same: equal runs, sorted
        order = np.argsort(keys[:, band], kind="stable")
        column = keys[order, band]
        cuts = np.flatnonzero(column[1:] != column[:-1]) + 1
        starts = np.concatenate(([0], cuts))
        ends = np.concatenate((cuts, [len(column)]))
        fresh: list[Ints] = []  # a band's runs are disjoint: its pairs are new to it
        for x, y in _bucket_pairs(starts, ends):
            i, j = indices[order[x]], indices[order[y]]
            low, high = np.minimum(i, j), np.maximum(i, j)
            apart = document[low] != document[high]
            codes = low[apart] * n + high[apart]
            if len(seen):
                at = np.minimum(np.searchsorted(seen, codes), len(seen) - 1)
                codes = codes[seen[at] != codes]
            fresh.append(codes)
        new = np.concatenate(fresh) if fresh else seen[:0]
        found += shingled.judged(new)
        seen = np.concatenate((seen, new))  # disjoint: no pair of `new` was seen before
        seen.sort()  # (np.union1d hashes: seconds a band at a million pairs)
    out = [
        (i, j, s)
        for low, high, score in found
        for i, j, s in zip(low.tolist(), high.tolist(), score.tolist(), strict=True)
    ]
    return sorted(out)
