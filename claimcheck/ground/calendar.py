"""Calendar arithmetic for the time resolver: periods, weekdays, publication windows."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from claimcheck.errors import UsageError
from claimcheck.models import Granularity

__all__ = ["SCAN_LIMIT", "Period", "common_fields", "each_day"]

Period = tuple[dt.date, dt.date]

#: a yearless date or month may lie this far after publication (announced events)
GRACE = dt.timedelta(days=31)
#: dated references spanning more days than this are not scanned day by day
SCAN_LIMIT = 400

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$")


def month_period(year: int, month: int) -> Period:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def add_months(day: dt.date, k: int) -> Period:
    index = day.year * 12 + day.month - 1 + k
    return month_period(index // 12, index % 12 + 1)


def week_of(day: dt.date) -> Period:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def year_period(year: int) -> Period:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def pick(
    options: Iterable[Period], pub: dt.date, direction: int, *, past: bool = False
) -> Period | None:
    """The option a news text means: past for -1, future for +1, else on/shortly before (up
    to `GRACE` after publication, for what is announced; with `past`, a clause in the past
    tense, begun by publication)."""
    if direction < 0:
        before = [o for o in options if o[1] < pub]
        return max(before) if before else None
    if direction > 0:
        future = [o for o in options if o[0] > pub]
        return min(future) if future else None
    near = [o for o in options if o[0] <= (pub if past else pub + GRACE)]
    return max(near) if near else None


def weekday_near(pub: dt.date, weekday: int, direction: int) -> dt.date:
    if direction > 0:
        return pub + dt.timedelta(days=(weekday - pub.weekday()) % 7 or 7)
    back = (pub.weekday() - weekday) % 7
    return pub - dt.timedelta(days=back or (7 if direction < 0 else 0))


def weekend(pub: dt.date, direction: int, ahead: bool = False) -> Period:
    """The weekend before (-1), after (+1) or nearest to (0) `pub`; with `ahead`, the nearest
    is the coming one, the current one on a weekend."""
    if direction == 0 and ahead:
        return weekend(pub, 1) if pub.weekday() < 5 else weekend(pub, 0)
    if direction > 0:
        sat = pub + dt.timedelta(days=(5 - pub.weekday()) % 7 or 7)
    elif direction < 0:
        sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
        if sat + dt.timedelta(days=1) >= pub:
            sat -= dt.timedelta(days=7)
    else:
        delta = 5 - pub.weekday()
        sat = pub + dt.timedelta(days=delta - 7 if delta > 3 else delta)
    return sat, sat + dt.timedelta(days=1)


def month_day(pub: dt.date, day: int, weekday: int, *, past: bool = False) -> Period | None:
    options = []
    for k in range(-13, 3):
        first, last = add_months(pub, k)
        if day <= last.day and (date := first.replace(day=day)).weekday() == weekday:
            options.append((date, date))
    return pick(options, pub, 0, past=past)


def latest_day(pub: dt.date, day: int) -> Period | None:
    """The latest day numbered `day` on or before `pub` ("le 15", "the 27th")."""
    for k in range(0, -3, -1):
        first, last = add_months(pub, k)
        if day <= last.day and (found := first.replace(day=day)) <= pub:
            return found, found
    return None


def business_days(pub: dt.date, k: int) -> dt.date:
    """The k-th weekday after (k < 0: before) `pub`, Saturdays and Sundays left out."""
    day, step = pub, 1 if k >= 0 else -1
    for _ in range(abs(k)):
        day += dt.timedelta(days=step)
        while day.weekday() >= 5:
            day += dt.timedelta(days=step)
    return day


def coming_day(pub: dt.date, day: int) -> Period | None:
    """The first day numbered `day` on or after `pub` ("le vote aura lieu le 26")."""
    for k in range(0, 3):
        first, last = add_months(pub, k)
        if day <= last.day and (found := first.replace(day=day)) >= pub:
            return found, found
    return None


def offset_period(pub: dt.date, unit: str, k: int) -> Period | None:
    if unit in ("day", "business_day"):
        day = pub + dt.timedelta(days=k) if unit == "day" else business_days(pub, k)
        return day, day
    if unit == "week":
        return week_of(pub + dt.timedelta(weeks=k))
    if unit == "month":
        return add_months(pub, k)
    if unit in _MONTHS_IN:  # a quarter or a half of the calendar year
        size = _MONTHS_IN[unit]
        first = add_months(pub, -((pub.month - 1) % size) + k * size)[0]
        return first, add_months(first, size - 1)[1]
    if unit == "year":
        return year_period(pub.year + k)
    if unit == "decade":  # "cette décennie", "last decade": calendar decades (2010-2019)
        start = (pub.year // 10 + k) * 10
        if not dt.MINYEAR <= start + 9 <= dt.MAXYEAR:
            return None
        return dt.date(max(start, 1), 1, 1), dt.date(start + 9, 12, 31)
    return None


_GRANULARITY: dict[str, Granularity] = {
    "week": "week",
    "month": "month",
    "quarter": "month",
    "half": "month",
    "year": "year",
    "decade": "year",
}
#: months in the calendar parts that units name
_MONTHS_IN = {"quarter": 3, "half": 6}


def unit_granularity(unit: str) -> Granularity:
    return _GRANULARITY.get(unit, "day")


def window(published: str | None) -> Period | None:
    if published is None:
        return None
    m = _PARTIAL.match(published.strip())
    if not m:
        raise UsageError(f"published must look like 2020, 2020-06 or 2020-06-11, got {published!r}")
    year = int(m.group(1))
    try:
        if m.group(3):
            day = dt.date(year, int(m.group(2)), int(m.group(3)))
            return day, day
        if m.group(2):
            return month_period(year, int(m.group(2)))
    except ValueError as exc:
        raise UsageError(f"published is not a real date: {published!r}") from exc
    return year_period(year)


def each_day(lo: dt.date, hi: dt.date) -> Iterator[dt.date]:
    for k in range((hi - lo).days + 1):
        yield lo + dt.timedelta(days=k)


def valid(day: int, month: int, year: int = 2000) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def common_fields(periods: Iterable[Period], *, day_level: bool) -> tuple[int | None, ...]:
    """Weekday (single days only), month and year shared by every period, else None."""
    items = list(periods)
    weekdays = {lo.weekday() for lo, hi in items if lo == hi}
    months = {(lo.month if lo.month == hi.month and lo.year == hi.year else 0) for lo, hi in items}
    years = {(lo.year if lo.year == hi.year else 0) for lo, hi in items}
    all_single = all(lo == hi for lo, hi in items)
    weekday = weekdays.pop() if day_level and all_single and len(weekdays) == 1 else None
    month = months.pop() if len(months) == 1 else None
    year = years.pop() if len(years) == 1 else None
    return weekday, month or None, year or None


def _third(lo: dt.date, k: int) -> Period:
    """The k-th third (0..2) of the year starting on `lo`: four months each."""
    return add_months(lo, 4 * k)[0], add_months(lo, 4 * k + 3)[1]


def narrow(period: Period | None, part: str, pub: dt.date | None, *, halves: bool) -> Period | None:
    """A part of a week, month, year or decade ("start", "mid", "end", "earlier", "later"): the
    first three days of a week, the first fortnight of a month, the first third (or half, for a
    year named relative to publication: `halves`) of a year, the first four years of a decade;
    "earlier"/"later" run from the period's start to publication, from publication to its
    end."""
    if period is None or not part:
        return period
    lo, hi = period
    if part in ("earlier", "later"):
        if pub is None or not lo <= pub <= hi:
            return period
        return (lo, pub) if part == "earlier" else (pub, hi)
    index = ("start", "mid", "end").index(part)
    days = (hi - lo).days + 1
    if days == 7:
        first, last = ((0, 2), (1, 4), (3, 6))[index]
        return lo + dt.timedelta(days=first), lo + dt.timedelta(days=last)
    if lo.day == 1 and hi == month_period(lo.year, lo.month)[1]:
        if index == 0:
            return lo, lo.replace(day=15)
        return (lo.replace(day=10), lo.replace(day=20)) if index == 1 else (lo.replace(day=16), hi)
    if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31) and hi.year == lo.year:
        if halves and index != 1:
            return (lo, lo.replace(month=6, day=30)) if index == 0 else (lo.replace(month=7), hi)
        return _third(lo, index)
    if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31) and hi.year == lo.year + 9:
        # a decade: "the early 1990s" 1990-1993, "the mid-1990s" 1994-1996, "late" 1997-1999
        first, last = ((0, 3), (4, 6), (7, 9))[index]
        return lo.replace(year=lo.year + first), hi.replace(year=lo.year + last)
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    if lo.day == 1 and hi == month_period(hi.year, hi.month)[1] and months in (3, 6):
        # a quarter or a half: "la fin du troisième trimestre" September, "early H2" July-August
        step = months // 3
        return add_months(lo, index * step)[0], add_months(lo, index * step + step - 1)[1]
    return period


def round_counts(first: int, second: int, after: str) -> bool:
    """ "entre 1500 et 2000 euros", "between 2000 and 3000 people": two round hundreds before
    a word in lower case are counts, not years ("entre 2014 et 2018 les prix" are years)."""
    word = after.lstrip()
    return first % 100 == 0 and second % 100 == 0 and word[:1].islower() and after[:1].isspace()
