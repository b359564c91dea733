"""TimeRef pairs -> compatible or not; a TimeRef shifted by days; a TimeRef in plain English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from claimcheck.ground.time import SCAN_LIMIT, common_fields, each_day
from claimcheck.models import TimeRef

__all__ = ["compatible", "describe", "shift"]


def _day_set(ref: TimeRef) -> tuple[dt.date, dt.date, frozenset[dt.date] | None] | None:
    if ref.candidates:
        return min(ref.candidates), max(ref.candidates), frozenset(ref.candidates)
    if ref.earliest is not None and ref.latest is not None:
        return ref.earliest, ref.latest, None
    return None


def _some_day(
    span: tuple[dt.date, dt.date, frozenset[dt.date] | None], ok: Callable[[dt.date], bool]
) -> bool:
    lo, hi, days = span
    if days is not None:
        return any(ok(d) for d in days)
    if (hi - lo).days > SCAN_LIMIT:
        return True
    return any(ok(d) for d in each_day(lo, hi))


def compatible(a: TimeRef, b: TimeRef) -> bool:
    """Could `a` and `b` denote the same day or period? Only what both know is compared."""
    for x, y in ((a.weekday, b.weekday), (a.month, b.month), (a.year, b.year)):
        if x is not None and y is not None and x != y:
            return False
    if not (_day_fits(a, b) and _day_fits(b, a)):
        return False
    sa, sb = _day_set(a), _day_set(b)
    if sa is not None and sb is not None:
        lo, hi = max(sa[0], sb[0]), min(sa[1], sb[1])
        if lo > hi:
            return False
        if sa[2] is not None and sb[2] is not None and not sa[2] & sb[2]:
            return False
        if not _some_day((lo, hi, sa[2] or sb[2]), lambda d: _inside(d, sa) and _inside(d, sb)):
            return False
    return _fits(a, sb) and _fits(b, sa)


def _day_fits(ref: TimeRef, other: TimeRef) -> bool:
    """A day of the month known without a year ("10 juin") against what `other` allows."""
    if ref.day is None or ref.month is None:
        return True
    if other.day is not None and other.month is not None:
        return (ref.day, ref.month) == (other.day, other.month)
    span = _day_set(other)
    return span is None or _some_day(span, lambda d: (d.day, d.month) == (ref.day, ref.month))


def _fits(ref: TimeRef, other: tuple[dt.date, dt.date, frozenset[dt.date] | None] | None) -> bool:
    """Do the weekday, month and year `ref` knows occur among the days `other` allows?"""
    if other is None:
        return True
    if ref.weekday is not None and not _some_day(other, lambda d: d.weekday() == ref.weekday):
        return False
    if ref.month is not None and not _some_day(
        other, lambda d: d.month == ref.month and ref.year in (None, d.year)
    ):
        return False
    return ref.year is None or _some_day(other, lambda d: d.year == ref.year)


def _inside(day: dt.date, span: tuple[dt.date, dt.date, frozenset[dt.date] | None]) -> bool:
    return span[0] <= day <= span[1] and (span[2] is None or day in span[2])


def shift(ref: TimeRef, days: int, *, actor: str | None = None) -> TimeRef:
    """`ref` moved by `days` days: dates, candidates and weekday move; month/year follow.

    Resolves an event-relative phrase once its anchor is dated: `shift(anchor_ref,
    phrase.offset_days)`. The result keeps `ref`'s span (copy the phrase's span onto it if
    needed); `offset_days` is the shift and `anchor_text` the anchor's words. An unresolved
    event-relative `ref` just accumulates the offset.
    """
    delta = dt.timedelta(days=days)
    earliest = ref.earliest + delta if ref.earliest is not None else None
    latest = ref.latest + delta if ref.latest is not None else None
    candidates = tuple(d + delta for d in ref.candidates)
    weekday = (ref.weekday + days) % 7 if ref.weekday is not None else None
    month, year = (ref.month, ref.year) if days == 0 else (None, None)
    day = ref.day if days == 0 else None
    if days and ref.day is not None and ref.month is not None and ref.earliest is None:
        moved = dt.date(2000, ref.month, ref.day) + delta  # a leap year: 29 February exists
        day, month = moved.day, moved.month
    if earliest is not None and latest is not None:
        periods = [(d, d) for d in candidates] or [(earliest, latest)]
        found_weekday, month, year = common_fields(periods, day_level=ref.granularity == "day")
        weekday = weekday if weekday is not None else found_weekday
    event = ref.anchor == "event" and earliest is None
    return TimeRef(
        text=ref.text, start=ref.start, end=ref.end, granularity=ref.granularity,
        earliest=earliest, latest=latest, candidates=candidates, weekday=weekday,
        month=month, year=year, day=day, anchor=ref.anchor,
        offset_days=(ref.offset_days or 0) + days if event else days,
        anchor_text=ref.anchor_text if event else ref.text,
        actor=actor if actor is not None else ref.actor,
    )  # fmt: skip


_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _fmt(day: dt.date) -> str:
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def describe(ref: TimeRef) -> str:
    """A short English label for a report: "Wednesday 10 June 2020", "June 2020", ..."""
    lo, hi = ref.earliest, ref.latest
    wd = _DAY_NAMES[ref.weekday] if ref.weekday is not None else None
    month = _MONTH_NAMES[ref.month - 1] if ref.month is not None else None
    if ref.anchor == "event" and lo is None:
        what = ref.anchor_text or "the reference event"
        n = ref.offset_days or 0
        if n == 0:
            return f"the same day as {what}"
        unit = "day" if abs(n) == 1 else f"{abs(n)} days"
        return f"{'the ' if abs(n) == 1 else ''}{unit} {'after' if n > 0 else 'before'} {what}"
    if ref.granularity == "day":
        if lo is not None and lo == hi:
            return f"{_DAY_NAMES[lo.weekday()]} {_fmt(lo)}"
        head = f"a {wd}" if wd else "a day"
        if lo is not None and hi is not None:
            where = (
                f"in {month} {ref.year}"
                if month and ref.year
                else f"between {_fmt(lo)} and {_fmt(hi)}"
            )
            count = f" ({len(ref.candidates)} possible days)" if ref.candidates else ""
            return f"{head} {where}{count}"
        if month and ref.day is not None:
            return f"{wd + ' ' if wd else ''}{ref.day} {month} {ref.year or '(year unknown)'}"
        if month:
            return f"{head} in {month} {ref.year or '(year unknown)'}"
        return f"{wd} (date unknown)" if wd else "a day (date unknown)"
    if ref.granularity == "week":
        if lo is not None and hi is not None:
            if (hi - lo).days == 6:
                return f"week of {_fmt(lo)}"
            return f"a week between {_fmt(lo)} and {_fmt(hi)}"
        return "a week (date unknown)"
    if ref.granularity == "month":
        if month:
            return f"{month} {ref.year}" if ref.year else f"{month} (year unknown)"
        if lo is not None and hi is not None:
            return f"a month between {_MONTH_NAMES[lo.month - 1]} {lo.year} and " + (
                f"{_MONTH_NAMES[hi.month - 1]} {hi.year}"
            )
        return "a month (date unknown)"
    if ref.granularity == "year":
        if ref.year:
            return str(ref.year)
        if lo is not None and hi is not None:
            return f"a year between {lo.year} and {hi.year}"
        return "a year (date unknown)"
    return "an unknown time"
