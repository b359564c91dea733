"""partial ISO publication dates -> day ranges and gaps between publications."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from claimcheck.models import Claim

__all__ = ["BACKGROUND_DAYS", "background", "day_ranges", "days_between", "publication_range"]

BACKGROUND_DAYS = 365
"""a claim dated to a time that ended this long before its article was published recalls an
earlier event: a background paragraph ("the 2004 quake, of magnitude 6.3, killed 628")"""


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


def day_ranges(
    documents: Sequence[str], published: Mapping[str, str | None]
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """First and last possible publication day (ordinal) of each of `documents` (ids, one per
    item: a claim's document, an article), NaN where unknown; `published` maps an id to its
    (possibly partial) date. A gap of NaN compares False with any window: never apart."""
    lo = np.full(len(documents), np.nan)
    hi = np.full(len(documents), np.nan)
    spans = {d: publication_range(p) for d, p in published.items()}
    for i, doc in enumerate(documents):
        span = spans.get(doc)
        if span is not None:
            lo[i], hi[i] = span[0].toordinal(), span[1].toordinal()
    return lo, hi


def background(claim: Claim, published: tuple[dt.date, dt.date] | None) -> bool:
    """Does the claim date what it says only to times that ended `BACKGROUND_DAYS` or more
    before its article appeared (`published`: the article's day range)? Such a claim recalls
    another event ("the 2004 quake, of magnitude 6.3"): its figures are not this event's and
    are not set against those of claims about it. A claim with no date, with one recent date
    beside the old ones ("the worst since 1960, on Friday"), or of an unknown publication, is
    not background."""
    dated = [ref.latest for ref in claim.times if ref.latest is not None]
    if published is None or not dated:
        return False
    limit = published[0].toordinal() - BACKGROUND_DAYS
    return all(day.toordinal() < limit for day in dated)
