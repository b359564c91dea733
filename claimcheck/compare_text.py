"""two claims' words -> what differs between them: drifts inside the same quoted words, and
referents swapped in an otherwise identical context (a model code, a rare word).

Used by `claimcheck.compare` for its quote and entity discrepancies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import Levenshtein, Opcode

from claimcheck.align import QUOTE_MIN_SCORE
from claimcheck.ground.entity import derived, fold
from claimcheck.lang import get_profile, word_zipf
from claimcheck.lexical import word_partial_ratio
from claimcheck.models import Claim

__all__ = ["quote_drift", "substitutions", "tokens"]

_TOKEN = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)
_WORD = re.compile(r"\w+", re.UNICODE)
_RARE_ZIPF = 3.2
_ENTITY_MIN_WORDS = 6
_CONTEXT_MIN = 4  # an identical neighbour must be a content word, not "de" or "the"


def tokens(text: str) -> list[str]:
    return [t.replace("’", "'").casefold() for t in _TOKEN.findall(text)]


def _edits(ops: Sequence[Opcode]) -> list[tuple[int, int, int, int]]:
    """Adjacent edit operations merged: one (src_start, src_end, dest_start, dest_end) per run."""
    runs: list[tuple[int, int, int, int]] = []
    for op in ops:
        if op.tag == "equal":
            continue
        if runs and runs[-1][1] == op.src_start and runs[-1][3] == op.dest_start:
            runs[-1] = (runs[-1][0], op.src_end, runs[-1][2], op.dest_end)
        else:
            runs.append((op.src_start, op.src_end, op.dest_start, op.dest_end))
    return runs


def quote_drift(a: str, b: str, *, min_words: int = 5) -> list[tuple[str, str]]:
    """Word-level differences inside the part two quotes share: [(words in a, words in b)]."""
    ta, tb = tokens(a), tokens(b)
    if min(len(ta), len(tb)) < min_words:
        return []
    short, long_, swapped = (ta, tb, False) if len(ta) <= len(tb) else (tb, ta, True)
    if word_partial_ratio(short, long_) < QUOTE_MIN_SCORE:
        return []
    ops = Levenshtein.opcodes(short, long_)
    blocks = list(ops)
    # the shorter quote may be an excerpt: ignore what lies outside the shared part (words
    # only one quote has); a word replaced at an edge is a drift all the same
    while blocks and blocks[0].tag in ("insert", "delete"):
        blocks.pop(0)
    while blocks and blocks[-1].tag in ("insert", "delete"):
        blocks.pop()
    out = []
    for src_start, src_end, dest_start, dest_end in _edits(blocks):
        left = short[max(src_start - 1, 0) : src_end + 1]
        right = long_[max(dest_start - 1, 0) : dest_end + 1]
        if [fold(w) for w in short[src_start:src_end]] == [
            fold(w) for w in long_[dest_start:dest_end]
        ]:
            continue
        va, vb = " ".join(left), " ".join(right)
        out.append((vb, va) if swapped else (va, vb))
    return out


@lru_cache(maxsize=1 << 16)  # asked again for the same words by every pair of a cluster
def _rare(word: str, lang: str) -> bool:
    if any(ch.isdigit() for ch in word):
        return True
    return word_zipf(word, lang) < _RARE_ZIPF


@lru_cache(maxsize=4096)  # each claim's, once for all the pairs it is in
def _words(text: str) -> tuple[str, ...]:
    """Lower-case words, elided articles and pronouns ("l'", "d'", "qu'") dropped."""
    return tuple(w.casefold() for w in _WORD.findall(text) if len(w) > 1 or w.isdigit())


def substitutions(a: Claim, b: Claim) -> list[tuple[str, str]]:
    """Referents swapped between two claims of one fact: model codes, then rare words.

    A name that differs from another only by the digits of one word ("Airbus A320" /
    "Airbus A321") is another referent whatever the languages around it; otherwise a single
    rare word swapped next to an identical content word ("acide sulfurique" / "acide
    nitrique") is.
    """
    out = _code_swaps(a, b)
    ta, tb = _words(a.normalized), _words(b.normalized)
    if min(len(ta), len(tb)) < _ENTITY_MIN_WORDS:
        return out
    for wa, wb, before, after in _swapped_words(ta, tb, a.lang, b.lang):
        if any(ch.isdigit() for ch in wa + wb):
            continue  # numbers are compared as quantities, codes above
        if not (_rare(wa, a.lang) and _rare(wb, b.lang)):
            continue
        if Levenshtein.normalized_similarity(wa, wb) >= 0.7:
            continue  # a spelling matter, not another referent
        if a.lang == b.lang and derived(wa, wb, get_profile(a.lang)):
            continue  # "ukraine" / "ukrainians": one word inflected or derived
        out.append(
            (
                " ".join(filter(None, [before, wa, after])),
                " ".join(filter(None, [before, wb, after])),
            )
        )
    return out


_MAX_LEAD = 3  # common words that may stand before a swapped word on one side only


def _swapped_words(
    ta: Sequence[str], tb: Sequence[str], lang_a: str, lang_b: str
) -> list[tuple[str, str, str, str]]:
    """(word of a, word of b, the same word before them or "", the same word after them or "")
    for each word swapped for one other next to an identical content word; and, after a few
    common words on one side only, for the last words of a run when the word after it is the
    same ("in the village of Tagadirte, where" / "in Tikekhte, where")."""

    def same(word: str, other: Sequence[str], at: int) -> bool:
        return 0 <= at < len(other) and len(word) >= _CONTEXT_MIN and word == other[at]

    ops = list(Levenshtein.opcodes(ta, tb))
    out = []
    for op in ops:
        if op.tag != "replace" or not op.src_end - op.src_start == 1 == op.dest_end - op.dest_start:
            continue
        left = ta[op.src_start - 1] if op.src_start > 0 else ""
        right = ta[op.src_end] if op.src_end < len(ta) else ""
        if same(left, tb, op.dest_start - 1):
            out.append((ta[op.src_start], tb[op.dest_start], left, ""))
        elif same(right, tb, op.dest_end):
            out.append((ta[op.src_start], tb[op.dest_start], "", right))
    for src_start, src_end, dest_start, dest_end in _edits(ops):
        sizes = (src_end - src_start, dest_end - dest_start)
        if 0 in sizes or sizes == (1, 1) or sum(sizes) - 2 > _MAX_LEAD:
            continue
        leads = [(w, lang_a) for w in ta[src_start : src_end - 1]]
        leads += [(w, lang_b) for w in tb[dest_start : dest_end - 1]]
        if any(_rare(w, lang) for w, lang in leads):
            continue
        right = ta[src_end] if src_end < len(ta) else ""
        if same(right, tb, dest_end):
            out.append((ta[src_end - 1], tb[dest_end - 1], "", right))
    return out


def _code_swaps(a: Claim, b: Claim) -> list[tuple[str, str]]:
    out = []
    for ea in a.entities:
        for eb in b.entities:
            wa, wb = ea.canonical.split(), eb.canonical.split()
            if len(wa) != len(wb) or ea.canonical == eb.canonical:
                continue
            diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
            if len(diff) != 1:
                continue
            x, y = diff[0]
            letters = [re.sub(r"\d", "", w) for w in (x, y)]
            if x != y and letters[0] == letters[1] and any(ch.isdigit() for ch in x + y):
                out.append((ea.canonical, eb.canonical))
    return list(dict.fromkeys(out))
