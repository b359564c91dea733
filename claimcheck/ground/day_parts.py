"""TimeRefs and clock spans of one text -> the same TimeRefs, each part of the day joined to
the edge or the time written next to it ("late Tuesday night", "7 h 30 dimanche soir")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.ground.clock import Clock, part_interval, widen
from claimcheck.ground.clock_grammar import half
from claimcheck.ground.lazy_pattern import LazyPattern
from claimcheck.lang.time_types import PART_MODIFIERS, PARTS_OF_DAY
from claimcheck.models import TimeRef

__all__ = ["edge_then_part", "part_moves_clock", "small_hours"]

DAY = 24 * 60


def _fits(value: int, part: str) -> bool:
    """Does a clock time lie in (or within an hour of) a part of the day? "mardi soir à 23 h
    30", "Tuesday night at 2 a.m." do; "mardi matin à 20 h" does not."""
    lo, hi = PARTS_OF_DAY[part]
    return any(lo - 60 <= v < hi + 60 for v in (value, value + DAY))


def small_hours(value: int, part: str | None) -> bool:
    """A time after midnight in a night named by the day before it ("dans la nuit de mardi à
    mercredi, vers 2 h", "Tuesday night at 2 a.m.": Wednesday's 2 a.m.)."""
    return part == "night" and value < PARTS_OF_DAY["night"][1] - DAY


def part_moves_clock(
    text: str,
    refs: list[TimeRef],
    clocks: Sequence[Clock],
    left: LazyPattern,
    right: LazyPattern,
) -> list[TimeRef]:
    """ "7 h 30 dimanche soir", "7:30 on Sunday evening", "dimanche soir à 7 h": a time whose
    half of the day nothing fixed, next to a dated part of the day, is on that part's half
    (19:30); the part joins it. A time with its half written ("10 p.m.", "23 h", "2 h du
    matin") keeps it and joins a part it fits ("mardi soir vers 23 h", "Tuesday night at 2
    a.m."; not "mardi matin à 20 h")."""
    open_clocks = {
        (c.clock, c.start): c.open_hour
        for c in clocks
        if c.kind == "time" and c.open_hour is not None and not c.half_written
    }
    fixed_clocks = {(c.clock, c.start) for c in clocks if c.kind == "time" and c.clock is not None}

    def plain(ref: TimeRef) -> bool:
        return ref.clock is not None and (ref.time_start, ref.time_end) == widen(
            ref.clock, ref.qualifier
        )  # not a range, nor a time already moved

    def open_hour(ref: TimeRef) -> int | None:
        if not plain(ref):
            return None
        return next(
            (
                h
                for (c, at), h in open_clocks.items()
                if c == ref.clock and ref.start <= at < ref.end
            ),
            None,
        )

    def fixed(ref: TimeRef, part: str | None) -> int | None:
        """The clock of a time with its half written that fits `part`."""
        if part is None or not plain(ref) or part not in PARTS_OF_DAY:
            return None
        assert ref.clock is not None
        if not any(c == ref.clock and ref.start <= at < ref.end for c, at in fixed_clocks):
            return None
        return ref.clock if _fits(ref.clock, part) else None

    # a part merged into its date keeps the date's words: "dimanche" of "dimanche soir"
    part_ends = {c.start: c.end for c in clocks if c.kind == "part"}
    out: list[TimeRef] = []
    for ref in refs:
        prev = out[-1] if out else None
        if prev is None or ref.start < prev.end:
            out.append(ref)
            continue
        gap = text[prev.end : ref.start]
        timed, part = prev, ref.part_of_day
        hour = open_hour(prev)
        value = fixed(prev, part) if prev.earliest is not None else None  # "2 a.m. on Tuesday"
        later = ref.anchor == "none" and ref.granularity == "part_of_day" and ref.clock is None
        unset = hour is None and value is None
        if unset or prev.part_of_day is not None or not later or not right.match(gap):
            # ... or the part first, then the time: "dimanche soir à 7 h"
            timed, part = ref, prev.part_of_day
            hour, value = open_hour(ref), fixed(ref, part)
            dated = prev.clock is None and prev.earliest is not None and ref.anchor == "none"
            words = re.match(r"\s*", gap)
            at = prev.end + (words.end() if words else 0)
            if at in part_ends and part_ends[at] <= ref.start:
                gap = text[part_ends[at] : ref.start]
            if (hour is None and value is None) or not dated or not left.match(gap):
                out.append(ref)
                continue
        if hour is not None and part in ("afternoon", "evening", "night"):
            assert timed.clock is not None
            value = half(hour, part, None)[0] * 60 + timed.clock % 60
        elif value is None or part is None:
            out.append(ref)
            continue
        lo, hi = widen(value, timed.qualifier)
        date = prev if timed is ref else timed
        out[-1] = date.model_copy(
            update={
                "text": text[prev.start : ref.end], "end": ref.end, "clock": value,
                "time_start": lo, "time_end": hi, "time_granularity": timed.time_granularity,
                "qualifier": timed.qualifier, "part_of_day": part,
            }
        )  # fmt: skip
    return out


def edge_then_part(text: str, refs: list[TimeRef], right: LazyPattern) -> list[TimeRef]:
    """ "late Tuesday night", "tard mardi soir": the part that follows the edge's day is that
    day's (it was left alone once the edge had taken the day)."""
    out: list[TimeRef] = []
    for ref in refs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.part_of_day in PART_MODIFIERS
            and prev.clock is None
            and prev.earliest is not None
            and ref.anchor == "none"
            and ref.granularity == "part_of_day"
            and ref.part_of_day is not None
            and ref.part_of_day not in PART_MODIFIERS
            and right.match(text[prev.end : ref.start])
        ):
            # the union, not the edge's share of the part: "late Tuesday night" runs from the
            # late evening into the small hours, wider than either reading alone; a part the
            # edge's hours do not reach is narrowed by it ("late Tuesday morning": 9-12 a.m.,
            # not from the morning to midnight)
            lo, hi = part_interval(ref.part_of_day)
            edge_lo, edge_hi = prev.time_start, prev.time_end
            if edge_lo is not None and edge_hi is not None and lo < edge_hi and edge_lo < hi:
                lo, hi = min(lo, edge_lo), max(hi, edge_hi)
            else:
                lo, hi = part_interval(ref.part_of_day, prev.part_of_day)
            out[-1] = prev.model_copy(
                update={
                    "text": text[prev.start : ref.end], "end": ref.end, "time_start": lo,
                    "time_end": hi, "part_of_day": ref.part_of_day,
                }
            )  # fmt: skip
            continue
        out.append(ref)
    return out
