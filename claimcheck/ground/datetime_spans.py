"""Date-times of one text (TimeRefs with their times of day) -> ranges from one to the next.

"de 20 heures vendredi à 6 heures samedi", "from 9 a.m. Monday to 5 p.m. Friday", "de 14 h le
21/02 à 15 h 32 le 23/04", "de vendredi soir à dimanche", "Saturday night into Sunday
morning": one interval from the first date-time to the second. Its `time_start` is a minute
of the first day; its `time_end` counts from that day's midnight, 1440 more for each day
after (schema 1.9: a range whose bounds lie days apart keeps both its times).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from claimcheck.ground.day_parts import DAY
from claimcheck.ground.lazy_pattern import LazyPattern, lazy
from claimcheck.ground.phrases import alt, norm
from claimcheck.lang.time_types import TimeVocabulary
from claimcheck.models import TimeRef

__all__ = ["SpanGaps", "closing_part", "opening_time", "span_gaps", "through_times"]

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class SpanGaps:
    opener: LazyPattern  # "de", "from", "entre" before a date-time that opens a range
    opens: LazyPattern  # the same opener as the date-time's first word
    closer: LazyPattern  # "à", "to", "et" between the two date-times
    closes: LazyPattern  # the same as the second one's first word ("until 6 a.m.")
    part_closer: LazyPattern  # the same after the first one's part ("mardi" soir à)
    part_after: LazyPattern  # the second one's part ("mercredi" matin)
    night_closer: LazyPattern  # a night carried on: "Saturday" night into ("Sunday")


@cache
def _names(v: TimeVocabulary) -> tuple[frozenset[str], frozenset[str]]:
    """The weekday names and the month names of a language."""
    months = frozenset(norm(k) for k in (*v.months, *v.month_abbreviations))
    return frozenset(norm(k) for k in v.weekdays), months


@cache
def span_gaps(v: TimeVocabulary) -> SpanGaps:
    """The words between and around two date-times that make them one range."""
    closers = alt(
        k
        for k in (*v.range_joiners, *(c for cs in v.range_openers.values() for c in cs))
        if norm(k)
    )
    into = alt(k for k in v.night_joiners if norm(k)) if v.night_joiners else r"(?!)"
    return SpanGaps(
        opener=lazy(rf"(?<![\w'’]){alt(v.range_openers)}\s*$", re.IGNORECASE),
        opens=lazy(rf"{alt(v.range_openers)}\s", re.IGNORECASE),
        closer=lazy(rf"^\s*,?\s*(?:{closers}|[-–])\s*$", re.I),
        closes=lazy(rf"(?:{closers})\s", re.I),
        part_after=lazy(rf"\s*{alt(v.parts)}(?![\w'’])", re.I),
        part_closer=lazy(rf"^\s*{alt(v.parts)}\s*,?\s*(?:{closers}|[-–])\s*$", re.I),
        night_closer=lazy(rf"^\s*(?:{alt(v.parts)}\s+)?(?:{into})\s*$", re.I),
    )


def _moment(ref: TimeRef) -> bool:
    """One day and a time of it: a clock time, or a part of the day ("mardi soir")."""
    timed = ref.clock is not None or (ref.time_start is not None and ref.time_end is not None)
    return timed and ref.earliest is not None and ref.earliest == ref.latest


def _bare_day(ref: TimeRef) -> bool:
    """One day and no time of it ("dimanche", "Sunday", "le 23 avril")."""
    return (
        ref.granularity == "day"
        and ref.earliest is not None
        and ref.earliest == ref.latest
        and ref.time_start is None
        and ref.duration_minutes is None
        and ref.anchor != "event"
    )


def _opened(text: str, ref: TimeRef, g: SpanGaps) -> bool:
    """An opener just before the date-time, or as its first word ("from 4pm today")."""
    if g.opener.search(text[max(0, ref.start - 20) : ref.start]):
        return True
    return g.opens.match(ref.text) is not None


def _joined(text: str, a: TimeRef, b: TimeRef, g: SpanGaps) -> bool:
    """Do the words between two date-times make them one range? A night carried on needs no
    opener ("Saturday night into Sunday morning"); any other range does."""
    gap = text[a.end : b.start]
    if a.part_of_day == "night" and g.night_closer.match(gap):
        return True
    return bool(
        g.closer.match(gap)
        or (a.part_of_day is not None and g.part_closer.match(gap))
        # "from 10 p.m. Friday until 6 a.m. Saturday": the closer read as the second one's bound
        or (not gap.strip() and g.closes.match(b.text))
    ) and _opened(text, a, g)


def _weekday_alone(d: TimeRef, vocab: TimeVocabulary) -> bool:
    """A weekday named without its date ("vendredi", "next Friday"; not "Friday, Nov. 4",
    "le vendredi 4", "today")."""
    weekdays, months = _names(vocab)
    words = _WORD.findall(norm(d.text))
    return (
        d.weekday is not None
        and not any(c.isdigit() for c in d.text)
        and any(w in weekdays for w in words)
        and not any(w in months for w in words)
    )


def _days_after(
    a: TimeRef, b: TimeRef, first: int, last: int, dates: Sequence[TimeRef], v: TimeVocabulary
) -> int:
    """Days from the first date-time's day to the second's: a weekday named alone as the end
    ("to 5 p.m. Friday", "au vendredi 17 h") is the next one after the start, whatever the
    weekday read alone was (it was read alone, maybe as the one before)."""
    assert a.earliest is not None and b.earliest is not None
    alone = (d for d in dates if b.start <= d.start and d.end <= b.end)
    if b.weekday is None or not any(_weekday_alone(d, v) for d in alone):
        return (b.earliest - a.earliest).days
    ahead = (b.weekday - a.earliest.weekday()) % 7
    return 7 if ahead == 0 and last <= first else ahead


def opening_time(
    text: str, start: int, days: TimeRef, fields: dict[str, Any], vocab: TimeVocabulary
) -> dict[str, Any]:
    """A clock time at `start`, opened by "from", "de", written before a range of days opens
    it ("from 10 p.m. Friday to Sunday", "de 22 h vendredi à dimanche"): from that time on the
    first day to the last day's end. Any other ("Friday to Sunday at 5 p.m.", "vers 2 h dans
    la nuit de mardi à mercredi") is as written."""
    g = span_gaps(vocab)
    first = fields.get("clock")
    opened = g.opener.search(text[max(0, start - 20) : start]) or g.opens.match(text, start)
    if (
        first is None
        or not opened
        or not _many_days(days)
        or fields.get("duration_minutes") is not None
    ):
        return fields
    assert days.earliest is not None and days.latest is not None
    end = ((days.latest - days.earliest).days + 1) * DAY
    return {**fields, "time_start": first, "time_end": end, "clock": None, "qualifier": None}


def _many_days(days: TimeRef) -> bool:
    """A range of days read as one stretch ("from Saturday to Monday"), not a choice of days."""
    return (
        days.earliest is not None
        and days.latest is not None
        and days.latest > days.earliest
        and not days.candidates
    )


def closing_part(
    text: str, days: TimeRef, end_of_part: int, fields: dict[str, Any], vocab: TimeVocabulary
) -> dict[str, Any]:
    """A part of the day named right after a range of days, ending at `end_of_part`, closes
    it ("from Saturday to Monday morning", "de samedi à lundi matin"): from the first day's
    start to the end of that part of the last day. Any other part ("du 3 au 5 mars dans la
    soirée", every evening of them maybe) is as written."""
    end = fields.get("time_end")
    named = span_gaps(vocab).part_after.match(text, days.end)
    if not _many_days(days) or end is None or named is None or named.end() != end_of_part:
        return fields
    assert days.earliest is not None and days.latest is not None
    last = (days.latest - days.earliest).days * DAY + end
    closed = {"time_start": 0, "time_end": last, "clock": None, "part_of_day": None}
    return {**fields, **closed, "qualifier": None}


def through_times(
    text: str, refs: list[TimeRef], vocab: TimeVocabulary, *, dates: Sequence[TimeRef] = ()
) -> list[TimeRef]:
    """Sorted TimeRefs -> the same, each range of two date-times one TimeRef: from the first's
    time to the second's, or to the end of a day named without a time ("de vendredi soir à
    dimanche", "from Friday evening until Sunday"); never two bare figures ("the toll rose
    from 5 to 6 on Monday": no time of day there)."""
    g = span_gaps(vocab)
    out: list[TimeRef] = []
    i = 0
    while i < len(refs):
        a = refs[i]
        b = refs[i + 1] if i + 1 < len(refs) else None
        if (
            b is None
            or not _moment(a)
            or not (_moment(b) or _bare_day(b))
            or not _joined(text, a, b, g)
        ):
            out.append(a)
            i += 1
            continue
        first = a.clock if a.clock is not None else a.time_start
        last = b.clock + 1 if b.clock is not None else b.time_end if _moment(b) else DAY
        assert first is not None and last is not None and a.earliest is not None
        days = _days_after(a, b, first, last, dates, vocab)
        if days < 0 or (days == 0 and last <= first):
            out.append(a)
            i += 1
            continue
        tail = g.part_after.match(text, b.end) if b.part_of_day is not None else None
        end = tail.end() if tail else b.end
        granularity = b.time_granularity if _moment(b) else a.time_granularity
        update: dict[str, Any] = {
            "text": text[a.start : end], "end": end,
            "latest": a.earliest + dt.timedelta(days=days), "weekday": None, "candidates": (),
            "day": None, "qualifier": None, "time_start": first, "time_end": days * DAY + last,
            "clock": None, "time_granularity": granularity, "part_of_day": None,
        }  # fmt: skip
        out.append(a.model_copy(update=update))
        i += 2
    return out
