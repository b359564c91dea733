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


def pick(options: Iterable[Period], pub: dt.date, direction: int) -> Period | None:
    """The option a news text means: past for -1, future for +1, else on/shortly before."""
    if direction < 0:
        past = [o for o in options if o[1] < pub]
        return max(past) if past else None
    if direction > 0:
        future = [o for o in options if o[0] > pub]
        return min(future) if future else None
    near = [o for o in options if o[0] <= pub + GRACE]
    return max(near) if near else None


def weekday_near(pub: dt.date, weekday: int, direction: int) -> dt.date:
    if direction > 0:
        return pub + dt.timedelta(days=(weekday - pub.weekday()) % 7 or 7)
    back = (pub.weekday() - weekday) % 7
    return pub - dt.timedelta(days=back or (7 if direction < 0 else 0))


def weekend(pub: dt.date, direction: int) -> Period:
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


def month_day(pub: dt.date, day: int, weekday: int) -> Period | None:
    options = []
    for k in range(-13, 3):
        first, last = add_months(pub, k)
        if day <= last.day and (date := first.replace(day=day)).weekday() == weekday:
            options.append((date, date))
    return pick(options, pub, 0)


def offset_period(pub: dt.date, unit: str, k: int) -> Period | None:
    if unit == "day":
        day = pub + dt.timedelta(days=k)
        return day, day
    if unit == "week":
        return week_of(pub + dt.timedelta(weeks=k))
    if unit == "month":
        return add_months(pub, k)
    if unit == "year":
        return year_period(pub.year + k)
    return None


_GRANULARITY: dict[str, Granularity] = {"week": "week", "month": "month", "year": "year"}


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
