"""TimeRef pairs -> compatible or not; a TimeRef shifted by days; a TimeRef in plain English.

Two times of day conflict only when their intervals cannot overlap (approximate forms are
already widened by the resolver), read in one frame: both in the same stated zone (or both
unstated / local), or both with a known UTC offset. A reading in another zone whose offset is
unknown ("21 h 05 (20 h 05, heure de Paris)") cannot contradict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from claimcheck.ground.time import SCAN_LIMIT, common_fields, each_day
from claimcheck.models import TimeRef

__all__ = ["DAY_NAMES", "clocks_compatible", "compatible", "describe", "describe_clock", "shift"]

_DAY = 24 * 60
_CLOCK_FIELDS = (
    "time_start", "time_end", "clock", "time_granularity", "qualifier", "part_of_day", "zone",
    "utc_offset_minutes", "duration_minutes",
)  # fmt: skip


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
    return _days_compatible(a, b) and clocks_compatible(a, b)


def _frame(ref: TimeRef) -> str:
    return "local" if ref.zone in (None, "local") else str(ref.zone)


def clocks_compatible(a: TimeRef, b: TimeRef) -> bool:
    """Could the times of day of `a` and `b` overlap? True when either has none."""
    if a.duration_minutes is not None or b.duration_minutes is not None:
        return True
    if None in (a.time_start, a.time_end, b.time_start, b.time_end):
        return True
    assert a.time_start is not None and a.time_end is not None
    assert b.time_start is not None and b.time_end is not None
    a0, a1, b0, b1 = a.time_start, a.time_end, b.time_start, b.time_end
    if a.utc_offset_minutes is not None and b.utc_offset_minutes is not None:
        a0, a1 = a0 - a.utc_offset_minutes, a1 - a.utc_offset_minutes
        b0, b1 = b0 - b.utc_offset_minutes, b1 - b.utc_offset_minutes
    elif _frame(a) != _frame(b):
        return True
    if a1 - a0 >= _DAY or b1 - b0 >= _DAY:
        return True
    a0, b0 = a0 % _DAY, b0 % _DAY  # on the clock's circle: 23:50 and 0:10 are 20 minutes apart
    a1, b1 = a0 + (a.time_end - a.time_start), b0 + (b.time_end - b.time_start)
    return any(a0 < b1 + k and b0 + k < a1 for k in (-_DAY, 0, _DAY))


def _one_name_in_two_tenses(a: TimeRef, b: TimeRef) -> bool:
    """A weekday, month or holiday named without its date or year ("jeudi", "in March",
    "après Noël") is read as the last one or the coming one from the tense around it, and
    tenses are read from word lists that never cover every form ("est prévue jeudi" against
    "is scheduled for Thursday"): two outlets' readings of one name a cycle apart (a week,
    a year) are the same day told in two tenses, not two days."""
    if a.anchor != "publication" or b.anchor != "publication" or a.candidates or b.candidates:
        return False
    if a.earliest is None or b.earliest is None or a.latest is None or b.latest is None:
        return False
    if a.granularity != b.granularity:
        return False
    apart = abs((a.earliest - b.earliest).days)
    single = a.earliest == a.latest and b.earliest == b.latest
    if apart == 7:  # a weekday; one side may write its date ("jeudi" / "jeudi 16 novembre")
        return single and a.weekday is not None and a.weekday == b.weekday and not (a.day and b.day)
    if a.day is not None or b.day is not None:
        return False
    if a.granularity == "month":
        return a.month == b.month and apart in (365, 366)
    # a holiday: the same date a year on, or a movable feast (Easter moves by up to 35 days)
    return a.granularity == "day" and single and 330 <= apart <= 400


def _days_compatible(a: TimeRef, b: TimeRef) -> bool:
    if _one_name_in_two_tenses(a, b):
        return True
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
    """`ref` moved by `days` days: dates, candidates and weekday move; month/year follow; its
    time of day stays only when the day does.

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
        # a day later the anchor's time of day no longer holds ("le lendemain" of "5 mars à
        # 20 h" is 6 March, at no known time)
        **{name: getattr(ref, name) if days == 0 else None for name in _CLOCK_FIELDS},
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
#: English weekday names, Monday first (`datetime.date.weekday()` order)
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _fmt(day: dt.date) -> str:
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def _hhmm(minutes: int) -> str:
    """12-hour English clock: "11:11 p.m.", "9 a.m.", "noon", "midnight"."""
    minutes %= _DAY
    if minutes == 0:
        return "midnight"
    if minutes == 12 * 60:
        return "noon"
    hour, minute = divmod(minutes, 60)
    half = "a.m." if hour < 12 else "p.m."
    hour = hour % 12 or 12
    return f"{hour}:{minute:02d} {half}" if minute else f"{hour} {half}"


_QUALIFIED = {
    "about": "around",
    "shortly_before": "shortly before",
    "shortly_after": "shortly after",
    "before": "before",
    "after": "after",
}
_PARTS = {"early": "early hours", "late": "late hours", "day": "daytime"}


def _across_days(ref: TimeRef) -> tuple[int, int] | None:
    """A date-time range whose end passes its first day ("from 10 p.m. Friday to 6 a.m.
    Saturday", "du lundi 9 h au vendredi 17 h"): its first minute and its last one (a part's
    end, "to Sunday morning", is its bound: noon), counted from the first day's midnight."""
    if ref.clock is not None or ref.part_of_day is not None or ref.duration_minutes is not None:
        return None
    if ref.time_start is None or ref.time_end is None or ref.time_end <= _DAY:
        return None
    last = ref.time_end if ref.time_granularity == "part_of_day" else ref.time_end - 1
    return ref.time_start, last


def _end_label(minute: int) -> str:
    """ "6 a.m." of the day it falls on; a bound at midnight is that day's end."""
    return "end of the day" if minute % _DAY == 0 else _hhmm(minute)


def describe_clock(ref: TimeRef) -> str | None:
    """The time-of-day half of a label: "shortly before 11 p.m.", "between 2 p.m. and 4 p.m."."""
    if ref.duration_minutes is not None:
        return _duration(ref.duration_minutes)
    if ref.time_start is None or ref.time_end is None:
        return None
    across = _across_days(ref)
    if across is not None:
        days = (across[1] - 1) // _DAY
        later = "the next day" if days == 1 else f"{days} days later"
        return f"from {_hhmm(across[0]) if across[0] else 'the start of the day'} to " + (
            f"{_end_label(across[1])} {later}"
        )
    zone = "" if ref.zone is None else " local time" if ref.zone == "local" else f" ({ref.zone})"
    if ref.clock is not None and ref.time_granularity != "part_of_day":
        span = ref.time_end - ref.time_start
        if ref.qualifier is None and span > 1 and ref.time_start == ref.clock:
            label = f"between {_hhmm(ref.time_start)} and {_hhmm(ref.time_end - 1)}"
        else:
            label = _hhmm(ref.clock)
            if ref.qualifier is not None:
                label = f"{_QUALIFIED[ref.qualifier]} {label}"
        return label + zone
    part = ref.part_of_day or "part of the day"
    return (f"{_PARTS.get(part, part)} ({_hhmm(ref.time_start)}-{_hhmm(ref.time_end)})") + zone


def _duration(minutes: float) -> str:
    for unit, size in (("year", 525600), ("week", 10080), ("day", 1440), ("hour", 60)):
        if minutes >= size and (minutes / size) % 0.5 == 0:
            n = minutes / size
            return f"{n:g} {unit}{'s' if n != 1 else ''}"
    return f"{minutes:g} minute{'s' if minutes != 1 else ''}"


def describe(ref: TimeRef, *, part: bool = False) -> str:
    """A short English label for a report: "Wednesday 10 June 2020", "June 2020", ...

    A time of day follows its date: "Tuesday 9 June 2020, shortly before 11 p.m."; alone, it
    is just "shortly before 11 p.m.". A part of the day follows its date only with `part`
    ("Tuesday 9 June 2020, morning (6 a.m.-noon)").
    """
    clock = describe_clock(ref)
    dated = bool(ref.earliest or ref.candidates or ref.weekday is not None or ref.month is not None)
    if clock is None or (dated and not part and ref.clock is None and ref.part_of_day):
        return _describe_date(ref)  # "mardi soir": the day is what a date label names
    if ref.duration_minutes is not None or not dated:
        return clock
    lo = ref.earliest
    across = _across_days(ref)
    if across is not None and lo is not None:  # "from Friday 4 November 2016, 10 p.m. to ..."
        first = ref.model_copy(update={"latest": lo, "weekday": None})
        end = lo + dt.timedelta(days=(across[1] - 1) // _DAY)
        last = ref.model_copy(update={"earliest": end, "latest": end, "weekday": None})
        start_label = _describe_date(first) + (f", {_hhmm(across[0])}" if across[0] else "")
        return f"from {start_label} to {_describe_date(last)}, {_end_label(across[1])}"
    if ref.clock is not None and (ref.time_start or 0) >= _DAY and lo and lo == ref.latest:
        after = lo + dt.timedelta(days=1)  # "Tuesday night at 2 a.m.": Wednesday's 2 a.m.
        ref = ref.model_copy(update={"earliest": after, "latest": after, "weekday": None})
    return f"{_describe_date(ref)}, {clock}"


def _describe_date(ref: TimeRef) -> str:
    lo, hi = ref.earliest, ref.latest
    wd = DAY_NAMES[ref.weekday] if ref.weekday is not None else None
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
            return f"{DAY_NAMES[lo.weekday()]} {_fmt(lo)}"
        if lo is not None and hi is not None and not ref.candidates and wd is None:
            if (lo.year, lo.month) == (hi.year, hi.month):  # "du 3 au 12 septembre"
                return f"{lo.day}-{hi.day} {_MONTH_NAMES[lo.month - 1]} {lo.year}"
            if (hi - lo).days < 62:
                return f"{_fmt(lo)} - {_fmt(hi)}"
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
    if ref.granularity == "month" and lo is not None and hi is not None and month is None:
        months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
        whole = lo.day == 1 and (hi + dt.timedelta(days=1)).day == 1 and lo.year == hi.year
        if whole and months in (3, 6) and (lo.month - 1) % months == 0:
            return f"{'Q' if months == 3 else 'H'}{(lo.month - 1) // months + 1} {lo.year}"
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
        if lo is not None and hi is not None and (lo.month, lo.day, hi.month, hi.day) == (
            1, 1, 12, 31,
        ):  # fmt: skip
            if hi.year - lo.year == 9 and lo.year % 10 == 0:
                return f"the {lo.year}s"
            return f"{lo.year}-{hi.year}"
        if lo is not None and hi is not None:
            return f"a year between {lo.year} and {hi.year}"
        return "a year (date unknown)"
    return "an unknown time"
