"""claim texts -> sparse TF-IDF vectors over content-word stems and stem bigrams.

The lexical channel of alignment. Dense sentence vectors see topics; rare words and rare
word pairs shared by two claims ("traite d'êtres humains" / "traite des êtres humains") are
what tells a fact-checker that two sentences state the same thing. Stems are the first six
letters of words of five letters or more, accents folded, so that light inflection and
typography ("humains"/"humain", "être"/"etre") do not matter and most function words drop out.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz

__all__ = ["LexicalIndex", "encode_words", "rare_pairs", "terms", "word_partial_ratio"]

_WORD = re.compile(r"[^\W\d_]{5,}", re.UNICODE)
_STEM = 6


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


class LexicalIndex:
    """TF-IDF over a fixed set of texts, with postings of their rare terms (in 2..max_df)."""

    def __init__(self, texts: Sequence[str], *, max_df: int = 8) -> None:
        bags = [Counter(terms(t)) for t in texts]
        df: Counter[str] = Counter()
        for bag in bags:
            df.update(bag.keys())
        n = max(len(texts), 1)
        self.vectors: list[dict[str, float]] = []
        for bag in bags:
            weights = {t: (1 + math.log(c)) * math.log(1 + n / df[t]) for t, c in bag.items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            self.vectors.append({t: w / norm for t, w in weights.items()})
        self._stem_vectors: dict[int, dict[str, float]] = {}
        self.postings: dict[str, list[int]] = {}
        for index, bag in enumerate(bags):
            for term in bag:
                if 2 <= df[term] <= max_df:
                    self.postings.setdefault(term, []).append(index)

    def stem_similarity(self, i: int, j: int) -> float:
        """Cosine of texts i and j over single stems only (no word pairs): the words two
        languages can share (names, cognates)."""
        return _dot(self._stems(i), self._stems(j))

    def _stems(self, i: int) -> dict[str, float]:
        found = self._stem_vectors.get(i)
        if found is None:
            weights = {t: w for t, w in self.vectors[i].items() if "+" not in t}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            found = self._stem_vectors[i] = {t: w / norm for t, w in weights.items()}
        return found

    def similarity(self, i: int, j: int) -> float:
        """Cosine of the TF-IDF vectors of texts i and j."""
        return _dot(self.vectors[i], self.vectors[j])


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    """Dot product of two sparse vectors, walking the shorter one."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b[t] for t, w in a.items() if t in b)


def rare_pairs(index: LexicalIndex) -> dict[tuple[int, int], int]:
    """(i, j) with i < j -> how many word pairs (stem bigrams) texts i and j share that no other
    text of the index holds."""
    shared: dict[tuple[int, int], int] = {}
    for term, members in index.postings.items():
        if "+" in term and len(members) == 2:
            key = (members[0], members[1])
            shared[key] = shared.get(key, 0) + 1
    return shared
