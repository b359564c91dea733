"""partial ISO publication dates -> day ranges and gaps between publications."""

from __future__ import annotations

import calendar
import datetime as dt

__all__ = ["days_between", "publication_range"]


def publication_range(published: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day a partial date allows: "2020-06" -> (1 June 2020, 30 June 2020)."""
    if not published:
        return None
    parts = [int(p) for p in published.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = parts[1]
    if len(parts) == 2:
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    day = dt.date(year, month, parts[2])
    return day, day


def days_between(earlier: str | None, later: str | None) -> int | None:
    """The fewest days that can separate two publications, None when either date is unknown."""
    a, b = publication_range(earlier), publication_range(later)
    if a is None or b is None:
        return None
    return (b[0] - a[1]).days
