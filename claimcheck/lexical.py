"""claim texts -> sparse TF-IDF vectors over content-word stems and stem bigrams.

The lexical channel of alignment. Dense sentence vectors see topics; rare words and rare
word pairs shared by two claims ("traite d'êtres humains" / "traite des êtres humains") are
what tells a fact-checker that two sentences state the same thing. Stems are the first six
letters of words of five letters or more, accents folded, so that light inflection and
typography ("humains"/"humain", "être"/"etre") do not matter and most function words drop out.

The vectors are held as arrays (`SparseRows`: term ids and weights, row after row), not as
one dictionary per text, and the cosines of many pairs are computed at once, in the order a
term-by-term sum over the shorter vector takes, so every value equals that sum's.
"""

from __future__ import annotations

import itertools
import math
import re
import threading
import unicodedata
from array import array
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz

__all__ = [
    "LexicalIndex",
    "SparseRows",
    "encode_words",
    "rare_pairs",
    "terms",
    "word_partial_ratio",
]

_WORD = re.compile(r"[^\W\d_]{5,}", re.UNICODE)
_STEM = 6
_ENTRIES = 1 << 17  # stored entries looked up at once when many pairs are compared
_TABLE = 1 << 21  # cells of the dense table of shared terms (16 MB)
_FEW = 32  # pairs compared one by one in Python (the array machinery costs more for so few)

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


@lru_cache(maxsize=1 << 17)  # words repeat across a corpus' claims and articles
def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))[:_STEM]


def encode_words(words: Sequence[str], alphabet: dict[str, str]) -> str:
    """One character per distinct word, so that character scorers compare word sequences."""
    return "".join(alphabet.setdefault(w, chr(0x4E00 + len(alphabet))) for w in words)


def word_partial_ratio(a: Sequence[str], b: Sequence[str]) -> float:
    """How well the shorter word sequence aligns inside the longer one, 0-100, word by word."""
    alphabet: dict[str, str] = {}
    return float(fuzz.partial_ratio(encode_words(a, alphabet), encode_words(b, alphabet)))


def terms(text: str) -> list[str]:
    """Stems of content words, then stem bigrams (joined by '+'), in order."""
    stems = [_fold(w) for w in _WORD.findall(text)]
    return stems + [f"{a}+{b}" for a, b in itertools.pairwise(stems)]


class _Terms:
    """The terms of every text met, numbered once for the whole process, and each text's
    distinct terms as those numbers (in order of first appearance) with their counts: a
    long-running service indexes the same stored claims check after check. Both tables are
    emptied when they pass their size; the lock keeps a reader's numbers of one numbering."""

    def __init__(self, terms: int = 1 << 20, texts: int = 1 << 14) -> None:
        self.lock = threading.Lock()
        self._limits = terms, texts
        self._number: dict[str, int] = {}
        self._bigram = array("b")
        self._texts: dict[str, tuple[Ints, Ints]] = {}

    def bags(self, texts: Sequence[str]) -> tuple[Ints, Ints, Ints, npt.NDArray[np.bool_]]:
        """(term numbers, counts, how many distinct terms each text has, which numbers are
        word pairs); call under `lock`."""
        if len(self._number) > self._limits[0] or len(self._texts) > self._limits[1]:
            self._number, self._bigram, self._texts = {}, array("b"), {}
        numbers: list[Ints] = []
        counts: list[Ints] = []
        for text in texts:
            found = self._texts.get(text)
            if found is None:
                found = self._texts[text] = self._bag(text)
            numbers.append(found[0])
            counts.append(found[1])
        lengths = np.fromiter((len(x) for x in numbers), np.int64, len(numbers))
        empty = np.zeros(0, dtype=np.int64)
        return (
            np.concatenate(numbers) if numbers else empty,
            np.concatenate(counts) if counts else empty,
            lengths,
            np.frombuffer(self._bigram, dtype=np.int8).astype(bool),
        )

    def _bag(self, text: str) -> tuple[Ints, Ints]:
        bag = Counter(terms(text))
        number, bigram = self._number, self._bigram
        for term in bag:
            if term not in number:
                number[term] = len(number)
                bigram.append("+" in term)
        ids = np.fromiter((number[term] for term in bag), np.int64, len(bag))
        tf = np.fromiter(bag.values(), np.int64, len(bag))
        ids.setflags(write=False)
        tf.setflags(write=False)
        return ids, tf


_TERMS = _Terms()


class SparseRows:
    """Sparse vectors, one row each: the term ids and weights of row r are
    `ids[start[r]:start[r + 1]]` and `weights[...]`, in the row's own term order (a term at
    most once in a row)."""

    def __init__(
        self, ids: npt.NDArray[np.integer], weights: Floats, start: Ints, terms: int
    ) -> None:
        self.ids = ids.astype(np.int32)
        self.weights = weights
        self.start = start
        self.terms = max(terms, 1)
        self.lengths = np.diff(start)
        self._bounds: list[int] = start.tolist()
        keys = self.row_of() * self.terms + self.ids
        self._order = np.argsort(keys, kind="stable").astype(np.int32)
        self._keys = keys[self._order]
        self._table: tuple[Floats, npt.NDArray[np.int32]] | None = None
        self._table_tried = False

    def row_of(self) -> Ints:
        """The row of each entry."""
        return np.repeat(np.arange(len(self.start) - 1, dtype=np.int64), self.lengths)

    @classmethod
    def from_dicts(cls, rows: Sequence[dict[int, float]], terms: int) -> SparseRows:
        """Rows given as {term id: weight}, in their insertion order."""
        lengths = np.fromiter((len(r) for r in rows), dtype=np.int64, count=len(rows))
        start = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=start[1:])
        total = int(start[-1])
        ids = np.fromiter((t for r in rows for t in r), dtype=np.int64, count=total)
        weights = np.fromiter((w for r in rows for w in r.values()), dtype=np.float64, count=total)
        return cls(ids, weights, start, terms)

    def __len__(self) -> int:
        return len(self.start) - 1

    def dot(self, i: int, j: int) -> float:
        """Dot product of rows i and j."""
        return self._dot(int(i), int(j))

    def _dot(self, i: int, j: int) -> float:
        """One pair, in Python: cheaper than the array machinery for a few pairs."""
        bounds = self._bounds
        if bounds[i + 1] - bounds[i] > bounds[j + 1] - bounds[j]:
            i, j = j, i
        ids, weights = self.ids, self.weights
        lo, hi = bounds[j], bounds[j + 1]
        other = dict(zip(ids[lo:hi].tolist(), weights[lo:hi].tolist(), strict=True))
        lo, hi = bounds[i], bounds[i + 1]
        return float(
            sum(
                w * other[t]
                for t, w in zip(ids[lo:hi].tolist(), weights[lo:hi].tolist(), strict=True)
                if t in other
            )
        )

    def dots(self, rows: Ints, cols: Ints) -> Floats:
        """Dot product of rows[k] and cols[k] for every k: the products of the shorter row's
        terms (the first of the two when they are as long) with the other's weights, summed
        in the shorter row's order, as `sum(w * other.get(t, 0) ...)` adds them."""
        out = np.zeros(len(rows), dtype=np.float64)
        if not len(rows) or not len(self.ids):
            return out
        if len(rows) <= _FEW:
            pairs = zip(np.asarray(rows).tolist(), np.asarray(cols).tolist(), strict=True)
            for k, (i, j) in enumerate(pairs):
                out[k] = self._dot(i, j)
            return out
        rows = np.asarray(rows, dtype=np.int64)
        cols = np.asarray(cols, dtype=np.int64)
        # a row with itself shares the terms no other row holds, which the table leaves out
        table = None if bool((rows == cols).any()) else self._shared_table()
        swap = self.lengths[rows] > self.lengths[cols]
        short = np.where(swap, cols, rows)
        other = np.where(swap, rows, cols)
        sizes = self.lengths[short]
        ends = np.cumsum(sizes)
        begin = 0
        while begin < len(rows):  # a bounded number of entries at a time
            stop = int(np.searchsorted(ends, ends[begin] - sizes[begin] + _ENTRIES, "right"))
            stop = max(stop, begin + 1)
            part = slice(begin, stop)
            count = sizes[part]
            slot = np.repeat(np.arange(begin, stop, dtype=np.int64), count)
            first = self.start[short[part]]
            offset = np.arange(len(slot), dtype=np.int64) - np.repeat(
                np.cumsum(count) - count, count
            )
            at = np.repeat(first, count) + offset
            if table is not None:  # the other row's weight read off the table
                matrix, column = table
                shared = column[self.ids[at]]
                held = shared >= 0
                slot, at = slot[held], at[held]
                theirs = matrix[other[slot], shared[held]]
                hit = theirs != 0.0
                products = self.weights[at[hit]] * theirs[hit]
            else:
                wanted = other[slot] * self.terms + self.ids[at]
                found = np.minimum(np.searchsorted(self._keys, wanted), len(self._keys) - 1)
                hit = self._keys[found] == wanted
                products = self.weights[at[hit]] * self.weights[self._order[found[hit]]]
            out[begin:stop] = np.bincount(slot[hit] - begin, products, minlength=stop - begin)
            begin = stop
        return out

    def _shared_table(self) -> tuple[Floats, npt.NDArray[np.int32]] | None:
        """Where the rows are few: every row's weight of each term two or more rows hold, as
        a dense (rows, such terms) table, and each term's column in it (-1: one row only, no
        pair shares it); None where the table would pass `_TABLE` cells. A weight is
        nonzero wherever the row holds its term (the weights here are all positive)."""
        if not self._table_tried:
            self._table_tried = True
            held = np.bincount(self.ids, minlength=self.terms)
            shared = held >= 2
            width = int(shared.sum())
            if len(self) * width > _TABLE or bool((self.weights <= 0.0).any()):
                return None
            column = np.full(self.terms, -1, dtype=np.int32)
            column[shared] = np.arange(width, dtype=np.int32)
            matrix = np.zeros((len(self), max(width, 1)), dtype=np.float64)
            keep = shared[self.ids]
            matrix[self.row_of()[keep], column[self.ids[keep]]] = self.weights[keep]
            self._table = matrix, column
        return self._table


def _normalized(weights: Floats, row_of: Ints, rows: int) -> Floats:
    """Each row's weights over their Euclidean norm (summed in row order; 1 for an empty row)."""
    norms = np.sqrt(np.bincount(row_of, weights * weights, minlength=rows))
    norms[norms == 0.0] = 1.0
    return weights / norms[row_of]


class LexicalIndex:
    """TF-IDF over a fixed set of texts, and which of their word pairs no other text holds."""

    def __init__(self, texts: Sequence[str], *, max_df: int = 8) -> None:
        with _TERMS.lock:
            numbers, tf, counted, bigram = _TERMS.bags(texts)
        # the terms numbered in order of first appearance, as a vocabulary filled text after
        # text gives them
        distinct, first, inverse = np.unique(numbers, return_index=True, return_inverse=True)
        appearance = np.argsort(first, kind="stable")
        rank = np.empty(len(distinct), dtype=np.int64)
        rank[appearance] = np.arange(len(distinct), dtype=np.int64)
        term_ids = rank[inverse.reshape(-1)].astype(np.int64)
        self.bigram = bigram[distinct[appearance]]
        self.max_df = max_df
        start = np.zeros(len(counted) + 1, dtype=np.int64)
        np.cumsum(counted, out=start[1:])
        lengths = counted
        self.df = np.bincount(term_ids, minlength=len(self.bigram))
        n = max(len(texts), 1)
        # the same floating-point operations as (1 + log(c)) * log(1 + n / df), term by term
        frequencies, at = np.unique(self.df, return_inverse=True)
        logs = [math.log(1 + n / d) for d in frequencies.tolist()]
        idf = np.array(logs, dtype=np.float64)[at.reshape(-1)]
        top = int(tf.max(initial=1))
        tf_weight = np.array([1 + math.log(c) for c in range(1, top + 1)], dtype=np.float64)
        raw = tf_weight[tf - 1] * idf[term_ids]
        rows = np.repeat(np.arange(len(lengths), dtype=np.int64), np.diff(start))
        self.vectors = SparseRows(
            term_ids, _normalized(raw, rows, len(lengths)), start, len(self.bigram)
        )
        self._stem_vectors: SparseRows | None = None

    def __len__(self) -> int:
        return len(self.vectors)

    def subset(self, rows: Sequence[int]) -> LexicalIndex:
        """The texts `rows` of this index, numbered 0, 1, ... in that order and weighed as in
        the whole index: every similarity is the one the whole index gives, and `rare_pairs`
        gives the whole index's pairs of two of these texts."""
        full = self.vectors
        picked = np.asarray(rows, dtype=np.int64)
        lengths = full.lengths[picked]
        start = np.zeros(len(picked) + 1, dtype=np.int64)
        np.cumsum(lengths, out=start[1:])
        at = np.repeat(full.start[picked] - start[:-1], lengths) + np.arange(
            int(start[-1]), dtype=np.int64
        )
        out = LexicalIndex.__new__(LexicalIndex)
        out.bigram, out.df, out.max_df = self.bigram, self.df, self.max_df
        out.vectors = SparseRows(full.ids[at], full.weights[at], start, len(self.bigram))
        out._stem_vectors = None
        return out

    def similarity(self, i: int, j: int) -> float:
        """Cosine of the TF-IDF vectors of texts i and j."""
        return self.vectors.dot(i, j)

    def similarities(self, rows: Ints, cols: Ints) -> Floats:
        """Cosines of texts rows[k] and cols[k], for every k."""
        return self.vectors.dots(rows, cols)

    def stem_similarity(self, i: int, j: int) -> float:
        """Cosine of texts i and j over single stems only (no word pairs): the words two
        languages can share (names, cognates)."""
        return self._stems().dot(i, j)

    def stem_similarities(self, rows: Ints, cols: Ints) -> Floats:
        """`stem_similarity` of rows[k] and cols[k], for every k."""
        return self._stems().dots(rows, cols)

    def _stems(self) -> SparseRows:
        if self._stem_vectors is None:
            full = self.vectors
            keep = ~self.bigram[full.ids]
            row_of = full.row_of()[keep]
            start = np.zeros(len(full) + 1, dtype=np.int64)
            np.cumsum(np.bincount(row_of, minlength=len(full)), out=start[1:])
            weights = _normalized(full.weights[keep], row_of, len(full))
            self._stem_vectors = SparseRows(full.ids[keep], weights, start, full.terms)
        return self._stem_vectors


def rare_pairs(index: LexicalIndex) -> dict[tuple[int, int], int]:
    """(i, j) with i < j -> how many word pairs (stem bigrams) texts i and j share that no other
    text of the index holds; keys in the order of the first such word pair in text i."""
    vectors = index.vectors
    if not len(vectors.ids) or index.max_df < 2:
        return {}
    twice = index.bigram & (index.df == 2)
    chosen = np.flatnonzero(twice[vectors.ids])  # entries in row order, each row's term order
    if len(chosen):  # a subset of an index may hold one text of such a pair only
        held = np.bincount(vectors.ids[chosen], minlength=len(index.bigram))
        chosen = chosen[held[vectors.ids[chosen]] == 2]
    if not len(chosen):
        return {}
    terms_at = vectors.ids[chosen]
    by_term = np.argsort(terms_at, kind="stable")  # each term's two entries, lower row first
    first = chosen[by_term[0::2]]
    second = chosen[by_term[1::2]]
    row_of = vectors.row_of()
    pairs = row_of[first] * len(vectors) + row_of[second]
    appearance = np.argsort(first, kind="stable")  # the lower text's entries, in text order
    keys, at, counts = np.unique(pairs[appearance], return_index=True, return_counts=True)
    ordered = np.argsort(at, kind="stable")
    width = len(vectors)
    return {
        (int(key // width), int(key % width)): int(count)
        for key, count in zip(keys[ordered], counts[ordered], strict=True)
    }
