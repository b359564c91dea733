"""claims -> the slots a comparison reads: which time dates a claim and in what relation
("depuis", "until"), the wholes among its figures (not the parts after "dont", "including"),
how vague a value is, when a later report revises an earlier one, and how values are named.

Used by `claimcheck.compare`, which sets the slots of one cluster's claims against each other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import TypeVar

from claimcheck.compare_report import report_moment, report_time
from claimcheck.ground import quantity_values as qty
from claimcheck.ground import time_values as tm
from claimcheck.lang import LanguageProfile, get_profile
from claimcheck.models import Claim, Quantity, TimeRef
from claimcheck.timeline import publication_range

__all__ = [
    "counted",
    "dating",
    "describe_time",
    "describe_time_and_part",
    "majority_actor",
    "relation",
    "reported_later",
    "steps",
    "transposed",
    "update_days",
    "vagueness",
    "wholes",
]

T = TypeVar("T", TimeRef, Quantity)

_UPDATE_MIN_DAYS = 2
_COUNT_UPDATE_MIN_DAYS = 1
_DAY = 10**4  # `vagueness` per day a value allows (the minutes of its time of day below)
_WEEK = 8 * _DAY  # `vagueness` of values that allow more than a week's days


def majority_actor(claims: Sequence[Claim]) -> str | None:
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


def dating(claim: Claim, actor: str | None) -> TimeRef | None:
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
    # a day known within a week first: "hier" in an article dated only by its month may be
    # any day of it, and the day the same claim names ("qui s'est échoué le 24 mars") says more
    matching.sort(key=lambda t: (vagueness(t) >= _WEEK, _precision(t)))
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


def relation(claim: Claim, ref: TimeRef) -> str | None:
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


@cache
def _subset_link(profile: LanguageProfile) -> re.Pattern[str] | None:
    links = profile.text.subset_links
    if not links:
        return None
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in links) + r")(?!\w)", re.IGNORECASE
    )


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_INCREMENT_WINDOW = 2  # words after a count that may make it an increment


def _increment(claim: Claim, quantity: Quantity, words: frozenset[str]) -> bool:
    """Does the count add to a total rather than state one ("seven more bodies", "trois
    autres victimes", "sept corps supplémentaires")? Not "more than", a bound."""
    after = claim.text[quantity.end - claim.start :]
    clause = re.split(r"[,;:.!?()]", after, maxsplit=1)[0]
    near = [
        w.lower()
        for w in (*_WORD.findall(quantity.text)[1:], *_WORD.findall(clause)[:_INCREMENT_WINDOW])
    ]
    for k, word in enumerate(near):
        following = near[k + 1] if k + 1 < len(near) else ""
        if (word in words and following != "than") or f"{word} {following}" in words:
            return True
    return False


def wholes(claim: Claim) -> list[Quantity]:
    """The claim's quantities less the parts of an earlier one, introduced by a subset link
    of the language ("dont", "parmi lesquels", "including", "of whom"), less the counts
    that add to a total ("seven more bodies", "trois autres victimes"), and less the
    durations that place a moment from another event ("three days after the quake", "une
    semaine après le séisme": the time the claim states, read by the date comparison; two
    reports of two days say "a day after" and "three days after" of one quake)."""
    profile = get_profile(claim.lang)
    pattern, increments = _subset_link(profile), profile.text.increment_words
    offsets = [(t.start, t.end) for t in claim.times if t.anchor == "event"]
    out: list[Quantity] = []
    for quantity in claim.quantities:
        if increments and quantity.dimension == "count" and _increment(claim, quantity, increments):
            continue
        if quantity.dimension == "duration" and any(
            start <= quantity.start and quantity.end <= end for start, end in offsets
        ):
            continue
        before = [q for q in out if q.end <= quantity.start]
        if before and pattern is not None:
            gap = claim.text[before[-1].end - claim.start : quantity.start - claim.start]
            if pattern.search(gap) and qty.comparable(before[-1], quantity):
                continue
        out.append(quantity)
    return out


def update_days(value: TimeRef | Quantity) -> int:
    """How many days later a report must be to revise a value rather than contradict it: a
    count (a toll, people waiting, rescuers sent) is revised from one day to the next."""
    if isinstance(value, Quantity) and value.dimension == "count":
        return _COUNT_UPDATE_MIN_DAYS
    return _UPDATE_MIN_DAYS


def transposed(a: TimeRef | Quantity, b: TimeRef | Quantity) -> bool:
    """Are a and b the same whole figure with two neighbouring digits swapped ("65 members" /
    "56 éléments", "2 862" / "2 682")? Digits swapped in copying are an error the later report
    makes, not a revision it brings: the two are set against each other, never ordered."""
    if not isinstance(a, Quantity) or not isinstance(b, Quantity):
        return False
    if (
        a.bound != "exact"
        or b.bound != "exact"
        or not (a.value.is_integer() and b.value.is_integer())
    ):
        return False
    x, y = str(int(abs(a.value))), str(int(abs(b.value)))
    if len(x) != len(y) or len(x) < 2 or x == y:
        return False
    differ = [k for k in range(len(x)) if x[k] != y[k]]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and x[differ[0]] == y[differ[1]]
        and x[differ[1]] == y[differ[0]]
    )


def counted(value: TimeRef | Quantity) -> bool:
    return isinstance(value, Quantity) and value.dimension == "count"


def reported_later(earlier: Sequence[Claim], later: Sequence[Claim]) -> bool:
    """Does every claim of `later` cite a report given after every report `earlier` cites ("un
    bilan publié samedi à 10h" then "samedi vers 22h00")? A later toll revises an earlier one."""
    first = [report_moment(c) for c in earlier]
    then = [report_moment(c) for c in later]
    known = [m for m in first if m is not None]
    news = [m for m in then if m is not None]
    return len(known) == len(first) > 0 and len(news) == len(then) > 0 and min(news) > max(known)


_BOUND_VAGUENESS = {"exact": 0, "approx": 1, "range": 2}


def vagueness(value: TimeRef | Quantity) -> int:
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
        return len(value.candidates) * _DAY + within
    if value.earliest is not None and value.latest is not None:
        return ((value.latest - value.earliest).days + 1) * _DAY + within
    return 10**10 + within


def describe_time(ref: TimeRef, *, part: bool = False) -> str:
    """The resolved value first; for a phrase dated through another event, its words too."""
    if ref.anchor == "event" and (ref.earliest is not None or ref.weekday is not None):
        plain = ref.model_copy(update={"anchor": "publication", "anchor_text": None})
        label = tm.describe(plain, part=part)
        return f"{label} ('{ref.text}' {ref.anchor_text or ''})".replace(" )", ")")
    return tm.describe(ref, part=part)


def describe_time_and_part(ref: TimeRef) -> str:
    return describe_time(ref, part=True)


def _day(claim: Claim, published: Mapping[str, str | None]) -> int | None:
    """The day the claim's article was published, when known to the day (as an ordinal)."""
    span = publication_range(published.get(claim.document_id))
    return span[0].toordinal() if span is not None and span[0] == span[1] else None


def steps(
    groups: list[list[tuple[Claim, T]]],
    published: Mapping[str, str | None],
    compatible: Callable[[T, T], bool],
) -> list[list[tuple[Claim, T]]]:
    """A count's groups, with the bounds reported between two of its figures as steps of their
    own: 2 012 dead on Saturday, "more than 2,100" on Sunday, 2 862 on Monday. Sunday's bound
    allows Monday's figure, but it is what Sunday reported, so the chain is 2 012 -> more than
    2 100 -> 2 862, not 2 012 -> 2 862 with Sunday's report folded into Monday's. A bound
    published on the day of the earlier figure, or undated, still rides with the figure it
    allows ("more than 10" beside Tuesday's 8 sides with Thursday's 15)."""
    sharpest = [min(vagueness(v) for _, v in group) for group in groups]
    sharp_days = [
        [d for c, v in group if vagueness(v) == sharp and (d := _day(c, published))]
        for group, sharp in zip(groups, sharpest, strict=True)
    ]
    kept: list[list[tuple[Claim, T]]] = []
    moved: list[tuple[Claim, T]] = []
    for k, group in enumerate(groups):
        if not sharp_days[k]:
            kept.append(group)
            continue
        first = min(sharp_days[k])
        stay: list[tuple[Claim, T]] = []
        for claim, value in group:
            day = _day(claim, published)
            between = (
                vagueness(value) > sharpest[k]
                and day is not None
                and day < first
                and any(j != k and days and max(days) < day for j, days in enumerate(sharp_days))
            )
            (moved if between else stay).append((claim, value))
        kept.append(stay)
    if not moved:
        return groups
    extra: list[list[tuple[Claim, T]]] = []
    for claim, value in moved:  # the steps: compatible bounds of one day together
        for group in extra:
            if _day(group[0][0], published) == _day(claim, published) and all(
                compatible(value, other) for _, other in group
            ):
                group.append((claim, value))
                break
        else:
            extra.append([(claim, value)])
    return kept + extra
