"""The grammar of date ranges in one language, and the helpers the range joins share:
time words -> compiled patterns; two days -> one range (claimcheck.ground.date_ranges).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from claimcheck.ground.calendar import common_fields
from claimcheck.ground.lazy_pattern import LazyPattern, lazy
from claimcheck.ground.phrases import alt, norm
from claimcheck.lang.time_types import TimeVocabulary
from claimcheck.models import TimeRef

__all__ = [
    "DASHES",
    "MAX_DAYS",
    "MAX_SPAN_DAYS",
    "ORDER",
    "RangeGrammar",
    "day_range",
    "fits",
    "moved",
    "range_grammar",
    "single_day",
]

#: a range of days longer than this is not one range ("du 3 janvier 2019 au 5 mars 2024")
MAX_DAYS = 400
#: ... unless an opener makes it one ("entre le 3 janvier 2019 et le 5 mars 2024"), up to this
MAX_SPAN_DAYS = 100 * 366
ORDER = ("day", "week", "month", "year")
DASHES = frozenset({"-", "–"})


@dataclass(frozen=True)
class RangeGrammar:
    gap: LazyPattern  # between two dates: "au", "et le", "-", "to"
    abbreviated_gap: LazyPattern  # the same after an abbreviation's point: "janv. à"
    abbreviations: frozenset[str]  # month abbreviations: "janv", "Sep"
    before: LazyPattern  # a bare day and its joiner before a date: "du 3 au "
    after: LazyPattern  # a joiner and a bare day after a date: " to 8", "-8"
    opener: LazyPattern  # an opener just before the first date: "du ", "entre le "
    closers: dict[str, tuple[str, ...]]
    joiners: frozenset[str]
    week_gap: LazyPattern  # a weekday and its week: "vendredi de la semaine prochaine"
    to_weekday: LazyPattern  # a joiner and a weekday: " au jeudi" (du mardi au jeudi)
    weekday_names: frozenset[str]
    in_month: LazyPattern  # days before a whole month: "du 4 au 22 " (ce mois-ci), "20th of "
    week_of: LazyPattern  # before a day: "la semaine du ", "the week of "
    day_joiners: frozenset[str]  # between a day and its month: "de", "du", "of"
    year_gap: LazyPattern  # between a month and its year: "de", "of"
    pinned: frozenset[str]  # words that date a day against publication, not a guessed year
    pair_openers: frozenset[str]  # "les", "on": two days of one month, not a range opener
    #: what may follow the second day of a pair written after its month ("on March 3 and 4"
    #: then punctuation, the end or a year; not "on March 3 and 4 people were hurt")
    pair_end: LazyPattern
    year_after: LazyPattern  # a year after a range of days: "March 3-10", 2020


@cache
def range_grammar(v: TimeVocabulary) -> RangeGrammar:
    both = {**v.range_openers, **v.day_pair_openers}  # the pairs' openers join dates only
    words = (*v.range_joiners, *(c for cs in both.values() for c in cs))
    joiner = rf"(?P<j>{alt(k for k in words if norm(k))}|[-–])"
    det = rf"(?:{alt(v.determiners)}\s*)?" if v.determiners else ""
    shorts = "|".join(sorted(map(re.escape, v.weekday_abbreviations), key=len, reverse=True))
    weekday = rf"(?:{alt(v.weekdays)}|(?-i:{shorts})\.?)" if shorts else alt(v.weekdays)
    suffix = rf"(?:{alt(v.day_suffixes)})?" if v.day_suffixes else ""
    openers = rf"(?P<o>{alt(both)})(?:(?<=['’])\s*|\s+){det}"  # "d'avril"
    return RangeGrammar(
        gap=lazy(rf"^\s*,?\s*{joiner}\s*{det}$", re.IGNORECASE),
        abbreviated_gap=lazy(rf"^\.\s*{joiner}\s*{det}$", re.IGNORECASE),
        abbreviations=frozenset(norm(k) for k in v.month_abbreviations),
        before=lazy(
            rf"(?:(?<![\w'’]){openers})?(?<![\w'’.,/])(?P<d>[12]\d|3[01]|0?[1-9]){suffix}"
            rf"\s*{joiner}\s*{det}$",
            re.IGNORECASE,
        ),
        # not the first number of another date: "June 26 to 28 June", "2-2-2020 - 3-3-2020"
        after=lazy(
            rf"\s*{joiner}\s*(?P<d>[12]\d|3[01]|0?[1-9]){suffix}(?![\w'’/]|[.,-]\d|\s?\d)"
            rf"(?!\s*{alt({**v.months, **v.month_abbreviations})})",
            re.IGNORECASE,
        ),
        opener=lazy(rf"(?<![\w'’]){openers}$", re.IGNORECASE),
        closers={norm(k): tuple(norm(c) for c in cs) for k, cs in both.items()},
        joiners=frozenset(norm(k) or k.strip() for k in v.range_joiners),
        weekday_names=frozenset(norm(k) for k in (*v.weekdays, *v.weekday_abbreviations)),
        day_joiners=frozenset(norm(k) for k in (*v.day_month_joiners, *v.period_of)),
        week_of=lazy(
            rf"(?<![\w'’])(?:(?P<from>{alt(v.week_from)})|{alt(v.week_of)})\s*{det}$",
            re.IGNORECASE,
        ),
        pinned=frozenset(
            norm(k) for k in (*v.range_now, *v.relative_days, *v.markers_before, *v.markers_after)
        ),
        pair_openers=frozenset(norm(k) for k in v.day_pair_openers),
        pair_end=lazy(r"\s*(?:[,.;:!?)»”\"]|$)"),
        year_after=lazy(r"\s*,?\s+(?P<y>(?:1[0-9]|20)\d\d)(?![\w.,]\d|\w)"),
        year_gap=lazy(rf"^\s*(?:{alt((*v.day_month_joiners, *v.period_of))})?\s*$", re.I),
        in_month=lazy(
            rf"(?:(?:(?<![\w'’]){openers})?(?<![\w'’.,/])(?P<d1>[12]\d|3[01]|0?[1-9]){suffix}"
            rf"\s*{joiner}\s*{det})?(?<![\w'’.,/])(?P<d>[12]\d|3[01]|0?[1-9])(?P<sx>{suffix})"
            rf"(?:\s+(?P<dj>{alt((*v.day_month_joiners, *v.part_date_joiners))}))?\s*{det}$",
            re.IGNORECASE,
        ),
        to_weekday=lazy(rf"\s*,?\s*{joiner}\s*{det}{weekday}(?!\w)", re.I),
        week_gap=lazy(
            rf"^\s*,?\s*(?:{alt((*v.day_month_joiners, *v.part_date_joiners))}\s*)?{det}$",
            re.IGNORECASE,
        ),
    )


def single_day(ref: TimeRef) -> dt.date | None:
    if ref.granularity != "day" or ref.anchor == "event" or ref.earliest is None:
        return None
    return ref.earliest if ref.earliest == ref.latest and not ref.candidates else None


def fits(g: RangeGrammar, opener: str | None, joiner: str) -> bool:
    j = norm(joiner) or joiner.strip()
    if j in DASHES:  # "entre 4-22 janvier", "between 2014-2018": a dash fits any opener
        return True
    if opener is not None:
        return j in g.closers.get(norm(opener), ())
    return j in g.joiners


def day_range(
    text: str, start: int, end: int, first: dt.date, last: dt.date, base: TimeRef
) -> TimeRef | None:
    if not first < last or (last - first).days > MAX_DAYS:
        return None
    _, month, year = common_fields([(first, last)], day_level=False)
    return base.model_copy(
        update={
            "text": text[start:end], "start": start, "end": end, "earliest": first,
            "latest": last, "candidates": (), "weekday": None, "day": None, "month": month,
            "year": year,
        }
    )  # fmt: skip


def moved(date: dt.date, /, **parts: int) -> dt.date | None:
    """`date` with its year, month or day replaced; None when no such date exists."""
    try:
        return date.replace(**parts)
    except ValueError:
        return None
