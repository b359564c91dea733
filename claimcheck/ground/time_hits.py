"""Matched time expressions -> TimeRefs: a hit's fixed periods, or its resolver run over the
days the publication date allows, summed up in one TimeRef (claimcheck.ground.time)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from claimcheck.ground import calendar as cal
from claimcheck.ground.calendar import SCAN_LIMIT, Period, common_fields
from claimcheck.models import Granularity, TimeRef

__all__ = ["Hit", "Resolver", "finish"]

Anchor = Literal["absolute", "publication", "event", "none"]
Resolver = Callable[[dt.date], Period | None]

#: candidates are listed when there are at most this many possible days
_MAX_CANDIDATES = 40


@dataclass(frozen=True)
class Hit:
    """One matched expression: its span and fixed periods, or a resolver against the
    publication day, or an offset from its event."""

    start: int
    end: int
    granularity: Granularity
    periods: tuple[Period, ...] = ()
    resolver: Resolver | None = None
    weekday: int | None = None
    month: int | None = None
    year: int | None = None
    offset: int | None = None
    anchor_text: str | None = None
    day: int | None = None
    tentative: bool = False  # a date only where a range takes it ("May" in "March to May")


def _safe(resolver: Resolver) -> Resolver:
    """The resolver, with no period where the calendar ends (year 1, year 9999)."""

    def resolve(pub: dt.date) -> Period | None:
        try:
            return resolver(pub)
        except (OverflowError, ValueError):
            return None

    return resolve


def finish(text: str, hit: Hit, window: Period | None) -> TimeRef:
    """The TimeRef of one hit, its periods resolved over the publication `window`."""
    surface = text[hit.start : hit.end]
    if hit.offset is not None:
        return TimeRef(
            text=surface, start=hit.start, end=hit.end, granularity=hit.granularity,
            anchor="event", offset_days=hit.offset, anchor_text=hit.anchor_text,
        )  # fmt: skip
    periods = set(hit.periods)
    anchor: Anchor = "absolute"
    if not periods and hit.resolver is not None and window is not None:
        anchor = "publication"
        periods = {p for p in map(_safe(hit.resolver), cal.each_day(*window)) if p is not None}
    if not periods:
        return TimeRef(
            text=surface, start=hit.start, end=hit.end, granularity=hit.granularity,
            weekday=hit.weekday, month=hit.month, year=hit.year, day=hit.day, anchor="none",
        )  # fmt: skip
    written = unmatched = hit.weekday
    if written is not None and hit.granularity == "day":  # "vendredi 12 juin": which year
        agree = {(lo, hi) for lo, hi in periods if lo == hi and lo.weekday() == written}
        if not agree and all(lo == hi for lo, hi in periods):
            # the weekday fits none of the dates the text allows ("lundi 10 juin" in a year
            # where 10 June is a Thursday): the written date is the sharper fact, the weekday
            # is set apart (`weekday_unmatched`) rather than kept to contradict it
            written = None
        periods = agree or periods
    # the possible days, listed when few (a week, a year or a long range is not scanned)
    scan = hit.granularity == "day" and sum((hi - lo).days + 1 for lo, hi in periods) <= SCAN_LIMIT
    days = sorted({d for lo, hi in periods for d in cal.each_day(lo, hi)}) if scan else []
    candidates = tuple(days) if 1 < len(days) <= _MAX_CANDIDATES else ()
    weekday, month, year = common_fields(periods, day_level=hit.granularity == "day")
    return TimeRef(
        text=surface, start=hit.start, end=hit.end, granularity=hit.granularity,
        earliest=min(lo for lo, _ in periods), latest=max(hi for _, hi in periods),
        candidates=candidates, anchor=anchor,
        weekday=written if written is not None else weekday,
        weekday_unmatched=unmatched if written is None else None,
        month=month if month is not None else hit.month, year=year,
    )  # fmt: skip
