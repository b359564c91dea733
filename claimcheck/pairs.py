"""claim pairs + vectors -> features and P(same fact), from a shipped logistic model.

The features are language-neutral, so a French claim and its English counterpart score alike
when their slots agree:

- `dense`: cosine of the sentence vectors (multilingual);
- `lexical`: TF-IDF cosine over content stems for two claims of one language; across
  languages, where stems cannot match, the value a same-language pair of that dense
  similarity has on average (the imputation is fitted with the model);
- `names`, `actor_clash`, `actor_same`: the names both claims mention (Jaccard of canonical
  forms), and whether they open on different actors or on the same one;
- `counted_same`, `figure_clash`, `kind_same`: both count or measure the same thing, whether
  their values cannot be the same, and whether that thing is one of the language-neutral kinds
  grounding knows (dead, injured, rescuers, magnitude...), the figures fact-checkers compare;
- `days_agree`, `days_clash`: both date something to the day, overlapping or not;
- `quote`: how well their quotations align word by word (0-1);
- `numbers`: the values they state (Jaccard over the read quantities, so "6,8" in French and
  "6.8" in English are one value; digit strings where nothing was read);
- `length_ratio`: shorter over longer, in words;
- `phrase`: they share a rare word pair found in no other claim;
- `clock_agree`, `clock_clash`: both give a clock time, whether some two of their intervals
  overlap (compared in UTC when both state a zone: "18 h (16 h GMT)" / "6 p.m. local time")
  or none can; a part of the day alone ("en fin d'après-midi", "Tuesday evening") has
  boundaries too vague to count;
- `cross_stems`: for two claims of different languages, the TF-IDF cosine of their word stems
  alone, which cognates and names share ("navigation", "compensation", "millions"); 0 for
  two claims of one language, whose stems the `lexical` feature already compares;
- `residual`: cosine of the two sentence vectors once their story's mean vector is taken
  out: what the story's claims all share (its topic: the ship, the canal) no longer counts,
  what is left is what this claim says of it (ran aground, was freed, ships waited);
- `dated_actor`: both date an action of the same actor to a day and name another entity in
  common ("Amazon … Rekognition … vendredi" / "Amazon … Rekognition … mercredi 10 juin"):
  whatever their wording, one event, whose date a fact-checker compares;
- `mutual_role`: for some thing both count or measure (the same language-neutral role), each
  is the other article's claim closest to it among those that count it (one outlet's
  rescuers and the other's, whatever the figures);
- `mutual_best`: each is the other article's claim closest to it (sentence vectors).

The last two are computed only for a model that reads them: they were measured and are not in
the shipped model (benchmarks/README.md, "Stories and facts"). A model reads its own columns
by name (`PairScorer.score`), so a refit may drop or add columns.

`python -m benchmarks.fit_scorers` fits the model (`claimcheck/data/pair_model.json`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

import numpy as np
import numpy.typing as npt

from claimcheck.compare_report import report_time
from claimcheck.errors import UsageError
from claimcheck.ground.quantity_values import role
from claimcheck.lexical import LexicalIndex, rare_pairs, word_partial_ratio
from claimcheck.logistic import LogisticModel, load_model
from claimcheck.models import Claim

__all__ = ["PAIR_FEATURES", "PairScorer"]

Vectors = npt.NDArray[np.float32]
Clock = tuple[int, int, bool]
"""a time-of-day interval [start, end) in minutes, and whether it is in UTC (a zone stated)"""

PAIR_FEATURES = (
    "dense",
    "lexical",
    "names",
    "actor_clash",
    "actor_same",
    "counted_same",
    "figure_clash",
    "days_agree",
    "days_clash",
    "quote",
    "numbers",
    "length_ratio",
    "phrase",
    "dated_actor",
    "kind_same",
    "clock_agree",
    "clock_clash",
    "cross_stems",
    "residual",
    "mutual_role",
    "mutual_best",
)
_OPTIONAL = frozenset({"mutual_role", "mutual_best"})
"""columns computed only for a model that reads them (measured, not in the shipped model)"""
_ANYTHING: tuple[str, str | None, str] = ("", None, "")
"""the key under which every claim of a document is listed, whatever it counts"""

_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")
_WORDS = re.compile(r"\w+")
_ACTOR_WINDOW = 60  # characters: a name this close to the start is the claim's subject
_QUOTE_MIN_WORDS = 4


def _actor(claim: Claim) -> str | None:
    for ent in claim.entities:
        if ent.start - claim.start > _ACTOR_WINDOW:
            break
        if ent.kind in ("ORG", "PER"):
            return ent.canonical
    return None


def _quote_words(claim: Claim) -> tuple[list[str], ...]:
    out = []
    for quote in claim.quotes:
        words = [w.casefold() for w in _WORDS.findall(quote.text)]
        if len(words) >= _QUOTE_MIN_WORDS:
            out.append(words)
    return tuple(out)


_NOTHING: frozenset[str] = frozenset()
_NO_FIGURES: Mapping[tuple[str, str | None, str], set[float]] = MappingProxyType({})


class _Slots:
    """Per-claim sets the pair features compare, computed once per claim.

    Read only once made: an empty set or mapping is one shared object, and the attributes
    are slots (at 100k claims a set, a dictionary and three lists per claim, most of them
    empty, and each instance's dictionary cost about 100 MB)."""

    __slots__ = (
        "actor",
        "clocks",
        "dated_actor",
        "days",
        "figures",
        "kinds",
        "lang",
        "length",
        "names",
        "numbers",
        "quotes",
    )

    def __init__(self, claim: Claim) -> None:
        self.lang = claim.lang
        self.names = frozenset(e.canonical.casefold() for e in claim.entities) or _NOTHING
        self.actor = _actor(claim)
        figures: dict[tuple[str, str | None, str], set[float]] = {}
        self.kinds = (
            frozenset(q.kind for q in claim.quantities if q.kind and q.plausible) or _NOTHING
        )
        for q in claim.quantities:
            if q.noun is None and q.unit is None and q.kind is None:
                continue
            low = q.low if q.low is not None else q.value
            high = q.high if q.high is not None else q.value
            figures.setdefault(role(q), set()).update({round(low, 3), round(high, 3)})
        self.figures = figures or _NO_FIGURES
        # the time of a report the claim cites (a toll "published on Saturday at 10 p.m.") says
        # when it was told, not when the fact happened: two claims of one fact differ there
        times = [ref for ref in claim.times if not report_time(claim, ref)]
        self.days = tuple(
            (ref.earliest.toordinal(), ref.latest.toordinal())
            for ref in times
            if ref.granularity == "day" and ref.earliest is not None and ref.latest is not None
        )
        values = {f"{q.value:.6g}" for q in claim.quantities}
        self.numbers = (
            frozenset(values or {re.sub(r"\D", "", d) for d in _DIGITS.findall(claim.normalized)})
            or _NOTHING
        )
        self.length = max(len(_WORDS.findall(claim.normalized)), 1)
        self.quotes = _quote_words(claim)
        self.clocks: tuple[Clock, ...] = tuple(
            (ref.time_start - offset, ref.time_end - offset, ref.utc_offset_minutes is not None)
            for ref in times
            if ref.clock is not None and ref.time_start is not None and ref.time_end is not None
            for offset in (ref.utc_offset_minutes or 0,)
        )
        self.dated_actor = next(
            (ref.actor for ref in times if ref.actor and ref.granularity == "day"), None
        )


_HELD = 20_000  # claims whose slots are remembered between scorers
_held: dict[int, tuple[Claim, _Slots]] = {}  # id(claim) -> the claim (held) and its slots


def _slots_of(claims: Sequence[Claim]) -> list[_Slots]:
    """Each claim's `_Slots`. Up to `_HELD` claims, they are remembered by claim object (the
    object held, so that its id is not reused) for a process that checks article after
    article against the same stored claims (`claimcheck serve`: its memo engine hands back
    the same claim objects); a slot depends on its claim alone."""
    if len(claims) > _HELD:
        return [_Slots(c) for c in claims]
    out = []
    for claim in claims:
        held = _held.get(id(claim))
        if held is None or held[0] is not claim:
            if len(_held) >= _HELD:
                _held.clear()
            held = _held[id(claim)] = (claim, _Slots(claim))
        out.append(held[1])
    return out


class _Codes:
    """Per-claim values as arrays, for the columns computed on all pairs at once."""

    def __init__(self, slots: Sequence[_Slots]) -> None:
        langs: dict[str | None, int] = {}
        actors: dict[str, int] = {}
        self.lang = np.fromiter(
            (langs.setdefault(s.lang, len(langs)) for s in slots), np.int64, len(slots)
        )
        self.actor = np.fromiter(
            (actors.setdefault(s.actor, len(actors)) if s.actor else -1 for s in slots),
            np.int64,
            len(slots),
        )
        self.length = np.fromiter((s.length for s in slots), np.float64, len(slots))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _clocks_overlap(a: Sequence[Clock], b: Sequence[Clock]) -> bool | None:
    """Whether some two intervals can be one time, compared in UTC when both state a zone and
    as written when neither does; None when no two intervals are comparable."""
    compared = False
    for a0, a1, a_zoned in a:
        for b0, b1, b_zoned in b:
            if a_zoned != b_zoned:
                continue  # "16 h GMT" against a local time: compared through its local twin
            if a0 < b1 and b0 < a1:
                return True
            compared = True
    return False if compared else None


def _quote_score(a: Sequence[list[str]], b: Sequence[list[str]]) -> float:
    if not a or not b:
        return 0.0
    return max(word_partial_ratio(x, y) for x in a for y in b) / 100.0


_CHUNK = 4096
"""pairs whose two vectors are gathered at once (2 x 8 MB of 512-d float32, 2 x 16 MB where
one side is a story's float64 mean): each pair's dot is the same at any chunk size, and at
16k pairs these gathers were the peak of the cluster probabilities after alignment"""


def _dense_dots(
    vectors: Vectors, rows: npt.NDArray[np.int64], cols: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float64]]:
    """v_i . v_j of each pair, as float32 (the `dense` feature) and in double precision (for
    the residual, whose formula subtracts numbers close to it), a chunk of pairs at a time."""
    low = np.empty(len(rows), dtype=np.float32)
    high = np.empty(len(rows), dtype=np.float64)
    for start in range(0, len(rows), _CHUNK):
        a = vectors[rows[start : start + _CHUNK]]
        b = vectors[cols[start : start + _CHUNK]]
        low[start : start + len(a)] = np.einsum("ij,ij->i", a, b)
        high[start : start + len(a)] = np.einsum("ij,ij->i", a, b, dtype=np.float64)
    return low, high


def _mixed_dots(
    left: npt.NDArray[np.floating],
    right: npt.NDArray[np.floating],
    rows: npt.NDArray[np.int64],
    cols: npt.NDArray[np.int64],
) -> npt.NDArray[np.float64]:
    """left[rows[k]] . right[cols[k]] in double precision, a chunk at a time."""
    out = np.empty(len(rows), dtype=np.float64)
    for start in range(0, len(rows), _CHUNK):
        a = left[rows[start : start + _CHUNK]]
        b = right[cols[start : start + _CHUNK]]
        out[start : start + len(a)] = np.einsum("ij,ij->i", a, b, dtype=np.float64)
    return out


class _Residuals:
    """Cosines of claim vectors once their story's mean vector is taken out (the whole corpus
    is one story when none is given), without a second corpus-sized matrix.

    With r_i = (v_i - m_i) / n_i, m_i the mean of i's story and n_i = |v_i - m_i|:
    r_i . r_j = (v_i.v_j - v_i.m_j - m_i.v_j + m_i.m_j) / (n_i n_j), which for two claims of
    one story is (v_i.v_j - p_i - p_j + |m|^2) / (n_i n_j), p_i = v_i.m_i: per-claim scalars.
    """

    def __init__(self, vectors: Vectors, stories: Sequence[str | None] | None) -> None:
        keys = list(stories) if stories is not None else [None] * len(vectors)
        index = {key: k for k, key in enumerate(dict.fromkeys(keys))}
        self.groups = np.fromiter((index[key] for key in keys), dtype=np.int64, count=len(keys))
        width = vectors.shape[1] if vectors.ndim == 2 else 0
        sums = np.zeros((len(index), width), dtype=np.float64)
        for row, group in enumerate(self.groups.tolist()):  # in claim order, as np.add.at adds
            sums[group] += vectors[row]  # (which took seconds for a corpus)
        counts = np.bincount(self.groups, minlength=len(index)).astype(np.float64)
        self.means = sums / np.maximum(counts, 1.0)[:, None]
        everyone = np.arange(len(vectors), dtype=np.int64)
        self.own = _mixed_dots(vectors, self.means, everyone, self.groups)
        self.square = np.einsum("ij,ij->i", self.means, self.means)
        length = np.einsum("ij,ij->i", vectors, vectors, dtype=np.float64)  # buffered: no copy
        self.norm = np.sqrt(np.maximum(length - 2.0 * self.own + self.square[self.groups], 0.0))

    def cosines(
        self,
        vectors: Vectors,
        rows: npt.NDArray[np.int64],
        cols: npt.NDArray[np.int64],
        dense: npt.NDArray[np.float64],
    ) -> npt.NDArray[np.float64]:
        """r_i . r_j of each pair; `dense` is v_i . v_j in double precision. 0 where a claim
        is its story's mean (a story of one claim, or of copies of one text)."""
        gi, gj = self.groups[rows], self.groups[cols]
        numerator = dense - self.own[rows] - self.own[cols] + self.square[gi]
        across = np.flatnonzero(gi != gj)
        if len(across):
            numerator[across] = (
                dense[across]
                - _mixed_dots(vectors, self.means, rows[across], gj[across])
                - _mixed_dots(vectors, self.means, cols[across], gi[across])
                + _mixed_dots(self.means, self.means, gi[across], gj[across])
            )
        ni, nj = self.norm[rows], self.norm[cols]
        defined = (ni > 1e-9) & (nj > 1e-9)
        return np.where(defined, numerator / np.where(defined, ni * nj, 1.0), 0.0)


class PairScorer:
    """Features and P(same fact) of claim pairs of one corpus."""

    def __init__(
        self,
        claims: Sequence[Claim],
        vectors: Vectors,
        *,
        model: LogisticModel | None = None,
        lexical: LexicalIndex | None = None,
        stories: Sequence[str | None] | None = None,
    ) -> None:
        self.claims = claims
        self.vectors = vectors
        self.residuals = _Residuals(vectors, stories)
        self.model = model or load_model("pair_model")
        unknown = [name for name in self.model.features if name not in PAIR_FEATURES]
        if unknown:
            raise UsageError(
                f"the pair model reads columns {', '.join(unknown)} that this version does not "
                f"compute (it knows {', '.join(PAIR_FEATURES)}); refit it with "
                "`python -m benchmarks.fit_scorers`"
            )
        self._columns = [PAIR_FEATURES.index(name) for name in self.model.features]
        self._optional = _OPTIONAL & set(self.model.features)
        self.lexical = lexical or LexicalIndex([c.normalized for c in claims])
        self.slots = _slots_of(claims)
        self._codes = _Codes(self.slots)
        self._rare: dict[tuple[int, int], int] | None = None
        self._holders: dict[tuple[str, tuple[str, str | None, str]], list[int]] = {}
        for k, (claim, slot) in enumerate(zip(claims, self.slots, strict=True)):
            if not self._optional:
                break
            self._holders.setdefault((claim.document_id, _ANYTHING), []).append(k)
            for key in slot.figures:
                if key[2]:
                    self._holders.setdefault((claim.document_id, key), []).append(k)
        self._best: dict[tuple[int, str, tuple[str, str | None, str]], int] = {}
        impute = self.model.meta.get("lexical_from_dense", [0.0, 0.0])
        self._impute = (float(impute[0]), float(impute[1]))

    def rare_pairs(self) -> dict[tuple[int, int], int]:
        """(i, j) -> the rare word pairs claims i and j share (`claimcheck.lexical.rare_pairs`)."""
        if self._rare is None:
            self._rare = rare_pairs(self.lexical)
        return self._rare

    def _closest(self, i: int, document: str, key: tuple[str, str | None, str]) -> int:
        """The claim of `document` counting `key` (any claim: `_ANYTHING`) whose vector is
        closest to claim i's."""
        found = self._best.get((i, document, key))
        if found is None:
            holders = self._holders[(document, key)]
            found = holders[0]
            if len(holders) > 1:
                found = holders[int(np.argmax(self.vectors[holders] @ self.vectors[i]))]
            self._best[(i, document, key)] = found
        return found

    def _mutual(self, i: int, j: int, key: tuple[str, str | None, str]) -> bool:
        """Whether i and j, of two documents, are each the other document's claim closest to
        them among those that count `key`."""
        doc_i, doc_j = self.claims[i].document_id, self.claims[j].document_id
        if doc_i == doc_j:
            return False
        return self._closest(i, doc_j, key) == j and self._closest(j, doc_i, key) == i

    def features(self, pairs: Sequence[tuple[int, int]]) -> npt.NDArray[np.float64]:
        """One row of `PAIR_FEATURES` per (i, j) pair of claim indices.

        Columns that are arithmetic on per-claim values are computed for all pairs at once;
        the set comparisons run per pair, and only where both claims have something to compare.
        """
        out = np.zeros((len(pairs), len(PAIR_FEATURES)), dtype=np.float64)
        if not pairs:
            return out
        rows = np.fromiter((i for i, _ in pairs), dtype=np.int64, count=len(pairs))
        cols = np.fromiter((j for _, j in pairs), dtype=np.int64, count=len(pairs))
        dense, precise = _dense_dots(self.vectors, rows, cols)
        out[:, 0] = dense
        out[:, 18] = self.residuals.cosines(self.vectors, rows, cols, precise)
        codes = self._codes
        same_lang = codes.lang[rows] == codes.lang[cols]
        a0, a1 = self._impute
        out[:, 1] = np.where(same_lang, 0.0, np.clip(a0 + a1 * out[:, 0], 0.0, 1.0))
        actor_a, actor_b = codes.actor[rows], codes.actor[cols]
        both = (actor_a >= 0) & (actor_b >= 0)
        out[:, 3] = both & (actor_a != actor_b)
        out[:, 4] = both & (actor_a == actor_b)
        length_a, length_b = codes.length[rows], codes.length[cols]
        out[:, 11] = np.minimum(length_a, length_b) / np.maximum(length_a, length_b)
        phrases = self.rare_pairs()
        slots = self.slots
        out[same_lang, 1] = self.lexical.similarities(rows[same_lang], cols[same_lang])
        across = ~same_lang
        if across.any():
            out[across, 17] = self.lexical.stem_similarities(rows[across], cols[across])
        for k, (i, j) in enumerate(pairs):
            a, b = slots[i], slots[j]
            if a.names and b.names:
                out[k, 2] = _jaccard(a.names, b.names)
            if a.figures and b.figures:
                shared = a.figures.keys() & b.figures.keys()
                out[k, 5] = float(bool(shared))
                out[k, 6] = float(any(not (a.figures[key] & b.figures[key]) for key in shared))
                if "mutual_role" in self._optional:
                    out[k, 19] = float(any(key[2] and self._mutual(i, j, key) for key in shared))
            if a.days and b.days:
                overlap = any(x0 <= y1 and y0 <= x1 for x0, x1 in a.days for y0, y1 in b.days)
                out[k, 7 if overlap else 8] = 1.0
            if a.quotes and b.quotes:
                out[k, 9] = _quote_score(a.quotes, b.quotes)
            out[k, 10] = _jaccard(a.numbers, b.numbers)
            if phrases:
                out[k, 12] = float((min(i, j), max(i, j)) in phrases)
            actor = a.dated_actor
            if actor is not None and actor == b.dated_actor:
                out[k, 13] = float(bool((a.names & b.names) - {actor.casefold()}))
            if a.kinds and b.kinds:
                out[k, 14] = float(bool(a.kinds & b.kinds))
            if a.clocks and b.clocks:
                clocks = _clocks_overlap(a.clocks, b.clocks)
                if clocks is not None:
                    out[k, 15 if clocks else 16] = 1.0
            if "mutual_best" in self._optional:
                out[k, 20] = float(self._mutual(i, j, _ANYTHING))
        return out

    def probability(self, pairs: Sequence[tuple[int, int]]) -> npt.NDArray[np.float64]:
        """P(same fact) of each pair."""
        if not pairs:
            return np.zeros(0)
        return self.score(self.features(pairs))

    def score(self, features: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """P(same fact) of rows of `features` (all of `PAIR_FEATURES`; the model reads its own)."""
        if not len(features):
            return np.zeros(0)
        return self.model.probability(features[:, self._columns])
