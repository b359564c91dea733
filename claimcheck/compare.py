"""clusters of grounded claims -> Discrepancies and Updates: slot against slot of the same role.

- date: the times of one cluster's claims that date the same actor's action, grouped by
  compatibility (a weekday and a date on that weekday agree; a month contains its days);
- number: quantities of the same role (dimension, unit, and the language-neutral kind of what
  is counted or measured: "300 secouristes" and "450 rescuers" are both rescuers), bound- and
  rounding-aware;
- quote: the same quoted words in two outlets, whoever is quoted, aligned word by word; a side
  shows the words that differ with one word of context ("en matière de" against "en terme
  de"); a flip of polarity ("volontaire" / "involontaire", a negation) comes first and says so;
- polarity: one claim asserts what another of the same fact denies ("a confirmé" / "n'a pas
  confirmé", "accepte" / "refuse"), found by `claimcheck.polarity`;
- spelling: a name written as a rare edit-distance variant of the corpus' majority form;
- entity: a different referent in the same place: a code ("A320" against "A321") or a rare
  word in an otherwise identical context ("acide sulfurique" against "acide nitrique").

Where the sides of a date or number disagreement come from publications days apart and the
later one revises (or simply comes later), the result is an `Update`, not a `Discrepancy`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TypeVar

from rapidfuzz.distance import Levenshtein, Opcode

from claimcheck.align import QUOTE_MIN_SCORE
from claimcheck.compare_report import report_moment, report_time
from claimcheck.ground import quantity_values as qty
from claimcheck.ground import time_values as tm
from claimcheck.ground.entity import derived, fold, harmless_variant
from claimcheck.lang import LanguageProfile, get_profile, word_zipf
from claimcheck.lexical import word_partial_ratio
from claimcheck.models import (
    Claim,
    Discrepancy,
    DiscrepancyKind,
    Document,
    Highlight,
    Quantity,
    Side,
    TimeRef,
    Update,
)
from claimcheck.polarity import oppositions, reversal
from claimcheck.timeline import days_between

__all__ = ["Findings", "compare"]

T = TypeVar("T", TimeRef, Quantity)
_TOKEN = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)
_WORD = re.compile(r"\w+", re.UNICODE)
_UPDATE_MIN_DAYS = 2
_COUNT_UPDATE_MIN_DAYS = 1
_RARE_ZIPF = 3.2
_ENTITY_MIN_WORDS = 6
_CONTEXT_MIN = 4  # an identical neighbour must be a content word, not "de" or "the"
_QUOTE_WORDS = 5  # quotes this long are compared for any drift
_FLIP_WORDS = 3  # shorter ones, down to this, for a flip of polarity only


@dataclass(frozen=True)
class Findings:
    """What one comparison pass found."""

    discrepancies: list[Discrepancy]
    updates: list[Update]


@dataclass(frozen=True)
class _Item:
    claim: Claim
    value: str
    evidence: str
    span: tuple[int, int] | None = None
    """document offsets of the evidence when a slot gives them; else found in the claim"""


def _locate(item: _Item) -> Highlight | None:
    if item.span is not None:
        return Highlight(claim_id=item.claim.id, start=item.span[0], end=item.span[1])
    words = _WORD.findall(item.evidence)
    if not words:
        return None
    pattern = r"\W+".join(re.escape(w) for w in words)
    match = re.search(pattern, item.claim.text, re.IGNORECASE)
    if match is None:
        return None
    start = item.claim.start + match.start()
    return Highlight(claim_id=item.claim.id, start=start, end=item.claim.start + match.end())


def _side(items: Sequence[_Item], value: str) -> Side:
    ids = tuple(dict.fromkeys(i.claim.id for i in items))
    docs = tuple(dict.fromkeys(i.claim.document_id for i in items))
    evidence = tuple(dict.fromkeys(" ".join(i.evidence.split()) for i in items))
    highlights = tuple(dict.fromkeys(h for i in items if (h := _locate(i)) is not None))
    return Side(
        value=value, claim_ids=ids, document_ids=docs, evidence=evidence, highlights=highlights
    )


def _group(
    items: Sequence[tuple[Claim, T]], compatible: Callable[[T, T], bool]
) -> list[list[tuple[Claim, T]]]:
    groups: list[list[tuple[Claim, T]]] = []
    for item in items:
        for group in groups:
            if all(compatible(item[1], other[1]) for other in group):
                group.append(item)
                break
        else:
            groups.append([item])
    return groups


def _majority_actor(claims: Sequence[Claim]) -> str | None:
    actors = Counter(t.actor for c in claims for t in c.times if t.actor)
    return actors.most_common(1)[0][0] if actors else None


def _dated(t: TimeRef) -> bool:
    return (
        t.granularity != "unknown"
        and bool(t.candidates or t.earliest or t.weekday is not None or t.month is not None)
        and not (t.anchor == "event" and t.earliest is None and t.weekday is None)
    )


def _precision(t: TimeRef) -> int:
    """Which time dates a claim best: a date with a clock time, a date with a part of the day
    ("dans la nuit de vendredi à samedi, peu avant 23 h": the clock time), a date, a clock
    time alone."""
    if not _dated(t):
        return 3
    return 0 if t.clock is not None else 1 if t.time_start is not None else 2


def _dating(claim: Claim, actor: str | None) -> TimeRef | None:
    """The time that dates the claim: a date with its time of day first, then a date, then a
    time of day alone; never a duration, nor a part of the day without its date, nor the time
    of the report the claim cites (`claimcheck.compare_report`)."""
    useful = [
        t
        for t in claim.times
        if t.duration_minutes is None
        and (_dated(t) or t.clock is not None)
        and not report_time(claim, t)  # "selon un bilan publié samedi": the report's time
    ]
    matching = [t for t in useful if actor is None or t.actor in (None, actor)]
    if actor is not None:
        own = [t for t in matching if t.actor == actor]
        matching = own or matching
    matching.sort(key=_precision)
    return matching[0] if matching else None


@cache
def _relations(profile: LanguageProfile) -> re.Pattern[str] | None:
    """Relation words at the end of a text, longest first (one named group per relation)."""
    table = profile.text.time_relations
    if not table:
        return None
    alternatives = [
        f"(?P<r{k}>{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})"
        for k, (_, words) in enumerate(table)
    ]
    return re.compile(rf"(?:^|\W)(?:{'|'.join(alternatives)})\s*$", re.IGNORECASE)


def _relation(claim: Claim, ref: TimeRef) -> str | None:
    """The relation a date stands in to the fact ("since", "until", "by"...), from the words
    right before it; None for the time of the fact itself."""
    profile = get_profile(claim.lang)
    pattern = _relations(profile)
    if pattern is None:
        return None
    found = pattern.search(claim.text[: max(ref.start - claim.start, 0)])
    if found is None:
        return None
    group = next(name for name, value in found.groupdict().items() if value is not None)
    return profile.text.time_relations[int(group[1:])][0]


class _Comparer:
    def __init__(self, documents: Sequence[Document]) -> None:
        self.published = {d.id: d.published for d in documents}
        self.discrepancies: list[Discrepancy] = []
        self.updates: list[Update] = []
        self.quoted_flips: set[frozenset[str]] = set()

    def _add(self, cluster_id: str, kind: DiscrepancyKind, sides: list[Side], why: str) -> None:
        self.discrepancies.append(
            Discrepancy(
                id=f"d{len(self.discrepancies) + 1}",
                cluster_id=cluster_id,
                kind=kind,
                sides=tuple(sides),
                explanation=why,
            )
        )

    def _later(self, earlier: Sequence[Claim], later: Sequence[Claim], min_days: int) -> bool:
        """Is every claim of `later` published at least `min_days` after every claim of
        `earlier`?"""
        gaps = [
            days_between(self.published[a.document_id], self.published[b.document_id])
            for a in earlier
            for b in later
        ]
        return bool(gaps) and all(g is not None and g >= min_days for g in gaps)

    def _slot_conflict(
        self,
        cluster_id: str,
        kind: DiscrepancyKind,
        items: list[tuple[Claim, T]],
        compatible: Callable[[T, T], bool],
        describe: Callable[[T], str],
    ) -> None:
        # the sharpest values first, so that exact values seed the sides and a bound joins
        # the side it allows ("au moins 369" with "369", not with "over 420")
        groups = _group(sorted(items, key=lambda item: _vagueness(item[1])), compatible)
        if len(groups) < 2 or len({c.document_id for c, _ in items}) < 2:
            return
        groups.sort(key=lambda g: -len({c.document_id for c, _ in g}))
        sides = []
        for group in groups:
            side_items = [_Item(c, describe(v), v.text, (v.start, v.end)) for c, v in group]
            sharpest = group[0][1]  # groups fill in order of vagueness: the first is sharpest
            sides.append(_side(side_items, describe(sharpest)))
        # a group published days after all the others revises them: an update, not a side
        kept = []
        for index, group in enumerate(groups):
            others = [c for j, g in enumerate(groups) if j != index for c, _ in g]
            mine = [c for c, _ in group]
            if self._later(others, mine, _update_days(group[0][1])) or (
                _counted(group[0][1]) and _reported_later(others, mine)
            ):
                earlier = _side(
                    [
                        _Item(c, describe(v), v.text, (v.start, v.end))
                        for c, v in items
                        if c in others
                    ],
                    " / ".join(s.value for j, s in enumerate(sides) if j != index),
                )
                self.updates.append(
                    Update(
                        id=f"u{len(self.updates) + 1}",
                        cluster_id=cluster_id,
                        kind=kind,
                        earlier=earlier,
                        later=sides[index],
                        explanation=f"{sides[index].value} (published later) revises "
                        f"{earlier.value}",
                    )
                )
            else:
                kept.append(index)
        sides = [sides[i] for i in kept]
        if (
            len({d for i in kept for c, _ in groups[i] for d in [c.document_id]}) < 2
            or len(sides) < 2
        ):
            return
        why = " vs ".join(f"{s.value} ({_sources(s)}: {_quoted(s.evidence)})" for s in sides)
        self._add(cluster_id, kind, sides, why)

    def dates(self, cluster_id: str, claims: Sequence[Claim]) -> None:
        actor = _majority_actor(claims)
        items = [(c, t) for c in claims if (t := _dating(c, actor)) is not None]
        # parts of the day are named only where they differ ("mardi matin" / "Tuesday evening")
        parts = {t.part_of_day for _, t in items if t.clock is None and t.part_of_day}
        describe = _describe_time_and_part if len(parts) > 1 else _describe_time
        # a bound ("depuis 2019", "until March") is compared only with bounds of its relation
        by_relation: dict[str | None, list[tuple[Claim, TimeRef]]] = {}
        for claim, ref in items:
            by_relation.setdefault(_relation(claim, ref), []).append((claim, ref))
        for group in by_relation.values():
            self._slot_conflict(cluster_id, "date", group, tm.compatible, describe)

    def numbers(self, cluster_id: str, claims: Sequence[Claim]) -> None:
        """Compare quantities role by role.

        A claim that gives one role several values (52 % to one candidate, 48 % to the other)
        cannot say which is which, so it stays out of that role. A part of a figure ("12
        navires, dont deux porte-conteneurs", "40 injured, including 3 children") is not a
        second value of its role: it is left out.
        """
        roles: list[list[tuple[Claim, Quantity]]] = []
        for claim in claims:
            mine: list[list[Quantity]] = []
            for quantity in _wholes(claim):
                for group in mine:
                    if qty.comparable(group[0], quantity):
                        group.append(quantity)
                        break
                else:
                    mine.append([quantity])
            for group in mine:
                if len(group) != 1:
                    continue
                for role in roles:
                    if qty.comparable(role[0][1], group[0]):
                        role.append((claim, group[0]))
                        break
                else:
                    roles.append([(claim, group[0])])
        for role in roles:
            self._slot_conflict(cluster_id, "number", role, qty.compatible, qty.describe)

    def quotes(self, cluster_id: str, claims: Sequence[Claim]) -> None:
        """Drifts inside the same quoted words, whoever said them; polarity flips first.

        Quotes of five words or more are compared word by word; shorter ones (three or four
        words: « ouverte pour homicide volontaire ») only for a flip of polarity.
        """
        drifts: dict[tuple[str, str], list[tuple[_Item, _Item]]] = {}
        flips: dict[tuple[str, str], str] = {}
        for i, a in enumerate(claims):
            for b in claims[i + 1 :]:
                if a.document_id == b.document_id:
                    continue
                for qa in a.quotes:
                    for qb in b.quotes:
                        short = min(len(_tokens(qa.text)), len(_tokens(qb.text))) < _QUOTE_WORDS
                        for va, vb in _quote_drift(qa.text, qb.text, min_words=_FLIP_WORDS):
                            flip = reversal(va, vb, a.lang) if a.lang == b.lang else None
                            if short and flip is None:
                                continue
                            key = (va, vb)
                            if flip is not None:
                                flips[key] = flip
                                self.quoted_flips.add(frozenset((a.id, b.id)))
                            drifts.setdefault(key, []).append((_Item(a, va, va), _Item(b, vb, vb)))
        for (va, vb), pairs in sorted(drifts.items(), key=lambda kv: kv[0] not in flips):
            left = _side([p[0] for p in pairs], va)
            right = _side([p[1] for p in pairs], vb)
            # the speaker as the claims on these sides name it (written, or an anaphor resolved
            # with evidence); outlets naming different speakers name none
            speakers = {q.speaker for p in pairs for x in p for q in x.claim.quotes if q.speaker}
            speaker = next(iter(speakers)) if len(speakers) == 1 else None
            who = f"{speaker}'s words" if speaker else "the quoted words"
            flip = flips.get((va, vb))
            lead = f"polarity flip ({flip}): " if flip else ""
            self._add(
                cluster_id,
                "quote",
                [left, right],
                f"{lead}{who} differ: “{va}” ({_sources(left)}) vs “{vb}” ({_sources(right)})",
            )

    def polarity(self, cluster_id: str, claims: Sequence[Claim]) -> None:
        """One claim asserts what another of the same fact denies (`claimcheck.polarity`)."""
        for found in oppositions(claims):
            pairs = {frozenset((x[0].id, y[0].id)) for x in found.asserting for y in found.denying}
            if pairs <= self.quoted_flips:
                continue  # already said, as a flip inside the same quoted words
            yes = [_Item(c, words, words, span) for c, words, span in found.asserting]
            no = [_Item(c, words, words, span) for c, words, span in found.denying]
            left, right = _side(yes, yes[0].value), _side(no, no[0].value)
            self._add(
                cluster_id,
                "polarity",
                [left, right],
                f"one source asserts what another denies: {_quoted(left.evidence)} "
                f"({_sources(left)}) vs {_quoted(right.evidence)} ({_sources(right)})",
            )

    def entities(self, cluster_id: str, claims: Sequence[Claim]) -> None:
        found: dict[tuple[str, str], list[tuple[_Item, _Item]]] = {}
        for i, a in enumerate(claims):
            for b in claims[i + 1 :]:
                if a.document_id == b.document_id:
                    continue
                for va, vb in _substitutions(a, b):
                    found.setdefault((va, vb), []).append((_Item(a, va, va), _Item(b, vb, vb)))
        for (va, vb), pairs in found.items():
            left = _side([p[0] for p in pairs], va)
            right = _side([p[1] for p in pairs], vb)
            self._add(
                cluster_id,
                "entity",
                [left, right],
                f"different referent in the same place: {va} ({_sources(left)}) "
                f"vs {vb} ({_sources(right)})",
            )


@cache
def _subset_link(profile: LanguageProfile) -> re.Pattern[str] | None:
    links = profile.text.subset_links
    if not links:
        return None
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in links) + r")(?!\w)", re.IGNORECASE
    )


def _wholes(claim: Claim) -> list[Quantity]:
    """The claim's quantities less the parts of an earlier one, introduced by a subset link
    of the language ("dont", "parmi lesquels", "including", "of whom")."""
    pattern = _subset_link(get_profile(claim.lang))
    if pattern is None:
        return list(claim.quantities)
    out: list[Quantity] = []
    for quantity in claim.quantities:
        before = [q for q in out if q.end <= quantity.start]
        if before:
            gap = claim.text[before[-1].end - claim.start : quantity.start - claim.start]
            if pattern.search(gap) and qty.comparable(before[-1], quantity):
                continue
        out.append(quantity)
    return out


def _update_days(value: TimeRef | Quantity) -> int:
    """How many days later a report must be to revise a value rather than contradict it: a
    count (a toll, people waiting, rescuers sent) is revised from one day to the next."""
    if isinstance(value, Quantity) and value.dimension == "count":
        return _COUNT_UPDATE_MIN_DAYS
    return _UPDATE_MIN_DAYS


def _counted(value: TimeRef | Quantity) -> bool:
    return isinstance(value, Quantity) and value.dimension == "count"


def _reported_later(earlier: Sequence[Claim], later: Sequence[Claim]) -> bool:
    """Does every claim of `later` cite a report given after every report `earlier` cites ("un
    bilan publié samedi à 10h" then "samedi vers 22h00")? A later toll revises an earlier one."""
    first = [report_moment(c) for c in earlier]
    then = [report_moment(c) for c in later]
    known = [m for m in first if m is not None]
    news = [m for m in then if m is not None]
    return len(known) == len(first) > 0 and len(news) == len(then) > 0 and min(news) > max(known)


_BOUND_VAGUENESS = {"exact": 0, "approx": 1, "range": 2}


def _vagueness(value: TimeRef | Quantity) -> int:
    """How much a value allows, to seed sides and name them by their sharpest value: an exact
    figure, then an approximate one, a range, an open bound; a day before a week, a clock time
    before a part of the day."""
    if isinstance(value, Quantity):
        return _BOUND_VAGUENESS.get(value.bound, 3)
    # days first, then the width of the time of day (minutes; a whole day without one)
    within = 2 * 24 * 60
    if value.time_start is not None and value.time_end is not None:
        within = value.time_end - value.time_start
    if value.candidates:
        return len(value.candidates) * 10**4 + within
    if value.earliest is not None and value.latest is not None:
        return ((value.latest - value.earliest).days + 1) * 10**4 + within
    return 10**10 + within


def _describe_time(ref: TimeRef, *, part: bool = False) -> str:
    """The resolved value first; for a phrase dated through another event, its words too."""
    if ref.anchor == "event" and (ref.earliest is not None or ref.weekday is not None):
        plain = ref.model_copy(update={"anchor": "publication", "anchor_text": None})
        label = tm.describe(plain, part=part)
        return f"{label} ('{ref.text}' {ref.anchor_text or ''})".replace(" )", ")")
    return tm.describe(ref, part=part)


def _describe_time_and_part(ref: TimeRef) -> str:
    return _describe_time(ref, part=True)


def _sources(side: Side) -> str:
    n = len(side.document_ids)
    return f"{n} source{'s' if n > 1 else ''}"


def _quoted(evidence: Sequence[str]) -> str:
    return ", ".join(f"'{e}'" for e in evidence[:3])


def _tokens(text: str) -> list[str]:
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


def _quote_drift(a: str, b: str, *, min_words: int = 5) -> list[tuple[str, str]]:
    """Word-level differences inside the part two quotes share: [(words in a, words in b)]."""
    ta, tb = _tokens(a), _tokens(b)
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


def _substitutions(a: Claim, b: Claim) -> list[tuple[str, str]]:
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


def _spelling(
    comparer: _Comparer, clusters: dict[str, list[Claim]], all_claims: Sequence[Claim]
) -> None:
    """One discrepancy per misspelt name: every claim using the variant against the majority."""
    cluster_of = {c.id: cid for cid, members in clusters.items() for c in members}
    canonical_users: dict[str, list[Claim]] = {}
    variants: dict[tuple[str, str], list[Claim]] = {}
    for claim in all_claims:
        for ent in claim.entities:
            if ent.via != "name":
                continue
            if fold(ent.text) == fold(ent.canonical) or harmless_variant(ent.text, ent.canonical):
                # accents and transliteration ("Muñoz", "Zelenskyy") are the same name
                canonical_users.setdefault(ent.canonical, []).append(claim)
            else:
                variants.setdefault((ent.text, ent.canonical), []).append(claim)
    for (variant, canonical), users in variants.items():
        home = {cluster_of[c.id] for c in users}
        same = [c for c in canonical_users.get(canonical, []) if cluster_of[c.id] in home]
        majority = same or _spread(canonical_users.get(canonical, []))
        if not majority:
            continue
        right = _side([_Item(c, variant, variant) for c in users], variant)
        left = _side([_Item(c, canonical, canonical) for c in majority], canonical)
        comparer._add(
            cluster_of[users[0].id],
            "spelling",
            [left, right],
            f"“{variant}” ({_sources(right)}) is a variant spelling of “{canonical}”, "
            f"the form most sources use",
        )


def _spread(claims: Sequence[Claim], limit: int = 6) -> list[Claim]:
    """A few claims, one per document first, so that a side shows its breadth."""
    seen: dict[str, Claim] = {}
    for claim in claims:
        seen.setdefault(claim.document_id, claim)
    return list(seen.values())[:limit]


def compare(
    clusters: dict[str, list[Claim]], claims: Sequence[Claim], documents: Sequence[Document]
) -> Findings:
    """Every discrepancy and update in the clusters (ids are cluster ids)."""
    comparer = _Comparer(documents)
    for cluster_id, members in clusters.items():
        if len({c.document_id for c in members}) < 2:
            continue
        comparer.dates(cluster_id, members)
        comparer.numbers(cluster_id, members)
        comparer.quotes(cluster_id, members)
        comparer.polarity(cluster_id, members)
        comparer.entities(cluster_id, members)
    _spelling(comparer, clusters, claims)
    return Findings(comparer.discrepancies, comparer.updates)
