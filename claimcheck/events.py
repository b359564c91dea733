"""documents + grounded claims -> which two articles report two different events.

Two articles of one story can still report look-alike events: two fires in one city, two
earthquakes on one island, two raids by one navy. The story stage groups them on topic, names
and wording, which such events share; what tells them apart is what they say of the event. A
figure both articles give for the same thing (the magnitude, the toll, the number of arrests,
a person's age, the sum paid) either agrees or clashes. One event reported by two outlets
agrees on most figures and may clash on one or two (that is a conflict worth showing, or a
toll revised between two reports). Two events clash on more figures than they agree on.

`EventGate.apart(a, b)`: the articles' figures clash on at least `margin` more things than
they agree on (`APART_MARGIN`, 2: one event may disagree on one figure it agrees on nothing
else about; it may not disagree on two). Only figures whose kind or counted noun is known
count (a bare number says nothing of what it counts). Such articles are never one story
(`claimcheck.stories`), and the comparison stage never sets a claim of one against a claim of
the other (`EventGate.comparable`, used by `claimcheck.compare`); nor two articles that the
story model scored below `MIN_STORY_PROBABILITY` (they share a story through others).

Measured on ECB+ topics 1-35 and the real French/English dev sets (benchmarks/README.md,
"Stories and facts").
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import (
    Callable,
    Hashable,
    Iterable,
    Iterator,
    Mapping,
    MutableMapping,
    Sequence,
)
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from claimcheck.ground.quantity_values import compatible, role
from claimcheck.models import Claim, Document, Quantity
from claimcheck.timeline import background, publication_range

__all__ = [
    "APART_MARGIN",
    "MIN_STORY_PROBABILITY",
    "REVISION_DAYS",
    "EventGate",
    "Figures",
    "StoryOdds",
    "balance",
    "figures",
]

_Role = tuple[str, str | None, str]  # what is counted or measured (`quantity_values.role`)
Figures = dict[_Role, list[Quantity]]
"""what is counted or measured (`quantity_values.role`) -> the quantities stated for it"""

APART_MARGIN = 2
MIN_STORY_PROBABILITY = 0.5
"""two articles of one story that the story model scores below this (even odds) are not set
against each other: they joined the story through other articles"""
REVISION_DAYS = 1
"""a count given by reports this many days apart may have been revised in between"""


def figures(claims: Iterable[Claim]) -> Figures:
    """The figures the claims state, by role; a value with no noun, unit or kind is left out
    (nothing says what "12" counts)."""
    out: Figures = {}
    for claim in claims:
        for q in claim.quantities:
            if q.noun is None and q.unit is None and q.kind is None:
                continue
            out.setdefault(role(q), []).append(q)
    return out


@lru_cache(maxsize=1 << 16)  # the same figures meet again in every pair of their articles
def _compatible(a: Quantity, b: Quantity) -> bool:
    # a figure rounded to fewer digits than its kind is reported at ("magnitude 7" for 6.8)
    # is a disagreement to show, not a sign of another event
    return compatible(a, b, resolution=False)


def balance(a: Figures, b: Figures, *, revisable: bool = False) -> tuple[int, int]:
    """(agreeing, clashing): the roles both give, with two values that can be one (rounding
    and bounds allowed: "magnitude 7" and "6.8", "about 2,000" and "2,059") or with none.

    A role whose thing is unknown (a count without its noun or kind) is not counted; nor is a
    count that clashes when `revisable` (the articles were published on different days: a
    toll, a number of rescuers or of people waiting is revised from one report to the next).
    """
    shared = [key for key in a.keys() & b.keys() if key[2]]
    counts = _counts(shared, lambda key: any(_compatible(x, y) for x in a[key] for y in b[key]))
    return _balanced(counts, revisable)


def _counts(shared: Iterable[_Role], agree: Callable[[_Role], bool]) -> tuple[int, int, int]:
    """Of the roles two articles share: (those whose values `agree`, the counts that clash,
    the other roles that clash)."""
    agreeing = clash_count = clash_other = 0
    for key in shared:
        if agree(key):
            agreeing += 1
        elif key[0] == "count":
            clash_count += 1
        else:
            clash_other += 1
    return agreeing, clash_count, clash_other


def _balanced(counts: tuple[int, int, int], revisable: bool) -> tuple[int, int]:
    """(agreeing, clashing) from `_counts`: a clashing count is no clash when `revisable`."""
    agreeing, clash_count, clash_other = counts
    return agreeing, clash_other + (0 if revisable else clash_count)


class StoryOdds(MutableMapping[tuple[str, str], float]):
    """P(same story) of article pairs, keyed by the two document ids: a mapping that holds a
    pair in 16 bytes (its two article numbers as one code, its probability), where a dict of
    id tuples cost about 170. The story stage scores every candidate pair of a corpus (half a
    million at 100k claims) and the gate reads them until the comparison ends."""

    def __init__(self) -> None:
        self._number: dict[str, int] = {}
        self._ids: list[str] = []
        self._codes = np.zeros(0, dtype=np.int64)
        self._values = np.zeros(0, dtype=np.float64)
        self._new_codes = array("q")
        self._new_values = array("d")

    def _code(self, key: tuple[str, str], *, add: bool = False) -> int | None:
        codes = []
        for doc in key:
            number = self._number.get(doc)
            if number is None:
                if not add:
                    return None
                number = self._number[doc] = len(self._ids)
                self._ids.append(doc)
            codes.append(number)
        return (codes[0] << 32) | codes[1]

    def _settle(self) -> None:
        """Fold the pairs set since the last read into the sorted arrays (the last value set
        for a pair wins, as in a dict)."""
        if not self._new_codes:
            return
        codes = np.concatenate([self._codes, np.array(self._new_codes, dtype=np.int64)])
        values = np.concatenate([self._values, np.array(self._new_values, dtype=np.float64)])
        self._new_codes, self._new_values = array("q"), array("d")
        order = np.argsort(codes, kind="stable")
        codes, values = codes[order], values[order]
        last = np.append(codes[1:] != codes[:-1], True)
        self._codes, self._values = codes[last], values[last]

    def _find(self, key: tuple[str, str]) -> int | None:
        code = self._code(key)
        if code is None:
            return None
        self._settle()
        at = int(np.searchsorted(self._codes, code))
        return at if at < len(self._codes) and int(self._codes[at]) == code else None

    def __getitem__(self, key: tuple[str, str]) -> float:
        at = self._find(key)
        if at is None:
            raise KeyError(key)
        return float(self._values[at])

    def __setitem__(self, key: tuple[str, str], value: float) -> None:
        code = self._code(key, add=True)
        assert code is not None
        self._new_codes.append(code)
        self._new_values.append(float(value))

    def set_pairs(
        self,
        ids: Sequence[str],
        rows: npt.NDArray[np.int64],
        cols: npt.NDArray[np.int64],
        values: npt.NDArray[np.float64],
    ) -> None:
        """Set (ids[rows[k]], ids[cols[k]]) to values[k] for every k, as that many
        `__setitem__` calls would, without a Python call per pair (a story stage sets
        thousands per checked article)."""
        numbers = np.empty(len(ids), dtype=np.int64)
        for k, doc in enumerate(ids):
            number = self._number.get(doc)
            if number is None:
                number = self._number[doc] = len(self._ids)
                self._ids.append(doc)
            numbers[k] = number
        codes = (numbers[rows] << 32) | numbers[cols]
        self._new_codes.frombytes(codes.astype(np.int64).tobytes())
        self._new_values.frombytes(np.asarray(values, dtype=np.float64).tobytes())

    def __delitem__(self, key: tuple[str, str]) -> None:
        at = self._find(key)
        if at is None:
            raise KeyError(key)
        self._codes = np.delete(self._codes, at)
        self._values = np.delete(self._values, at)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        self._settle()
        ids = self._ids
        for code in self._codes.tolist():
            yield ids[code >> 32], ids[code & 0xFFFFFFFF]

    def __len__(self) -> int:
        self._settle()
        return len(self._codes)


class _Memo:
    """What the gates of one process worked out, for the next gate: a long-running service
    reads the same stored articles beside each other check after check. Each article's
    counted figures (`EventGate`) get a number, the same for the same figures, never reused
    for others; the counts of a pair of such numbers are kept, as `balance` gives them but
    with the clashing counts apart (whether a count may have been revised depends on the
    two articles' dates, not on their figures). Both tables are emptied when they pass
    their size (a gate keeps the numbers it was given)."""

    def __init__(self, signatures: int = 1 << 13, pairs: int = 1 << 17) -> None:
        self._lock = threading.Lock()
        self._limits = signatures, pairs
        self._numbers: dict[Hashable, int] = {}
        self._next = 0
        self.pairs: dict[tuple[int, int], tuple[int, int, int]] = {}

    def numbers(self, signatures: Mapping[str, Hashable]) -> dict[str, int]:
        """The number of each article's figures (by document id)."""
        with self._lock:
            if len(self._numbers) + len(signatures) > self._limits[0]:
                self._numbers = {}
            if len(self.pairs) > self._limits[1]:
                self.pairs = {}
            out = {}
            for doc, signature in signatures.items():
                number = self._numbers.get(signature)
                if number is None:
                    number = self._numbers[signature] = self._next
                    self._next += 1
                out[doc] = number
            return out


_MEMO = _Memo()


class EventGate:
    """Which two articles may have their claims compared: not those that report two events."""

    def __init__(
        self,
        documents: Sequence[Document],
        claims: Sequence[Claim],
        margin: int | None = APART_MARGIN,
        *,
        story: Mapping[tuple[str, str], float] | None = None,
        min_story: float = MIN_STORY_PROBABILITY,
    ) -> None:
        """`margin` None: no two articles are ever apart (the rule is off). `story`: P(same
        story) of the article pairs the story stage scored (ids in either order), read when
        claims are compared, so the mapping `find_stories` fills after this gate is built
        serves; a pair scored below `min_story` is not compared, one it did not score may be."""
        by_doc: dict[str, list[Claim]] = {d.id: [] for d in documents}
        for claim in claims:
            if claim.kind == "claim":
                by_doc.setdefault(claim.document_id, []).append(claim)
        self.margin = margin
        self.min_story = min_story
        self._story: Mapping[tuple[str, str], float] = story if story is not None else {}
        spans = {d.id: publication_range(d.published) for d in documents}
        self._days = {
            doc: (span[0].toordinal(), span[1].toordinal())
            for doc, span in spans.items()
            if span is not None
        }
        self._spans = spans
        self._recalls: dict[str, bool] = {}  # claim id -> `background`, read once per claim
        self._figures = {  # a claim recalling an earlier event says nothing of this one
            doc: figures(c for c in members if not self._recalled(c))
            for doc, members in by_doc.items()
        }
        self._balance: dict[tuple[str, str], tuple[int, int]] = {}
        # the roles `balance` counts (their thing known), each figure as a number standing
        # for its value: equal figures of any article share one, so a pair of figures is
        # hashed once per gate, not once per article pair that states them
        codes: dict[Quantity, int] = {}
        self._quantities: list[Quantity] = []
        self._counted: dict[str, dict[tuple[str, str | None, str], tuple[int, ...]]] = {}
        signatures: dict[str, Hashable] = {}
        for doc, found in self._figures.items():
            counted = {}
            signature = []
            for key, values in found.items():
                if key[2]:
                    counted[key] = tuple(self._code(q, codes) for q in values)
                    signature.append((key, tuple(values)))
            if counted:
                self._counted[doc] = counted
                signatures[doc] = tuple(signature)
        self._pairs: dict[tuple[int, int], bool] = {}
        self._memo = _MEMO
        self._signature = self._memo.numbers(signatures)

    def _code(self, q: Quantity, codes: dict[Quantity, int]) -> int:
        code = codes.get(q)
        if code is None:
            code = codes[q] = len(self._quantities)
            self._quantities.append(q)
        return code

    def _agree(self, xs: tuple[int, ...], ys: tuple[int, ...]) -> bool:
        """Can one figure of `xs` and one of `ys` be one (`balance`)?"""
        pairs, quantities = self._pairs, self._quantities
        for x in xs:
            for y in ys:
                found = pairs.get((x, y))
                if found is None:
                    found = pairs[(x, y)] = _compatible(quantities[x], quantities[y])
                if found:
                    return True
        return False

    def _recalled(self, claim: Claim) -> bool:
        """Does the claim recall an earlier event (`claimcheck.timeline.background`)?"""
        found = self._recalls.get(claim.id)
        if found is None:
            found = background(claim, self._spans.get(claim.document_id))
            self._recalls[claim.id] = found
        return found

    def _revisable(self, doc_a: str, doc_b: str) -> bool:
        """May the two articles have been published `REVISION_DAYS` or more apart? Both dates
        known, and either that far apart or one of them known only to the month or year
        ("2023-09"): its day may be a week after the other's (an unknown date: no)."""
        a, b = self._days.get(doc_a), self._days.get(doc_b)
        if a is None or b is None:
            return False
        vague = a[1] - a[0] >= REVISION_DAYS or b[1] - b[0] >= REVISION_DAYS
        return vague or max(b[0] - a[1], a[0] - b[1]) >= REVISION_DAYS

    def balance(self, doc_a: str, doc_b: str) -> tuple[int, int]:
        """(agreeing, clashing) roles of two articles (`balance`), once per pair."""
        mine, theirs = self._counted.get(doc_a), self._counted.get(doc_b)
        if doc_a == doc_b or not mine or not theirs:
            return 0, 0
        shared = mine.keys() & theirs.keys()
        if not shared:
            return 0, 0
        key = (doc_a, doc_b) if doc_a < doc_b else (doc_b, doc_a)
        found = self._balance.get(key)
        if found is None:  # as `balance` counts
            pair = (self._signature[key[0]], self._signature[key[1]])
            counts = self._memo.pairs.get(pair)
            if counts is None:
                mine, theirs = self._counted[key[0]], self._counted[key[1]]
                counts = self._memo.pairs[pair] = _counts(
                    shared, lambda role_key: self._agree(mine[role_key], theirs[role_key])
                )
            # whether a count may have been revised: the two dates, read only for a clash
            revisable = bool(counts[1]) and self._revisable(doc_a, doc_b)
            found = self._balance[key] = _balanced(counts, revisable)
        return found

    def apart(self, doc_a: str, doc_b: str) -> bool:
        """Do the two articles clash on `margin` more figures than they agree on?"""
        if self.margin is None:
            return False
        agree, clash = self.balance(doc_a, doc_b)
        return clash - agree >= self.margin

    def comparable(self, a: Claim, b: Claim) -> bool:
        """May `a` and `b` be set against each other? Not when one recalls an earlier event
        and the other does not (`claimcheck.timeline.background`), when their articles
        report two events (`apart`), nor when the story stage scored them less likely than
        `min_story` to report one (they share a story through other articles)."""
        doc_a, doc_b = a.document_id, b.document_id
        if self._recalled(a) != self._recalled(b):
            return False  # an earlier event recalled is not this one ("the 2004 quake")
        if self.margin is None or doc_a == doc_b:
            return True
        p = self._story.get((doc_a, doc_b), self._story.get((doc_b, doc_a)))
        return not self.apart(doc_a, doc_b) and (p is None or p >= self.min_story)
