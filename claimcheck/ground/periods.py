"""Calendar periods beyond days and months: text -> decades, quarters and halves, month/year
numbers and year ranges ("les années 1970", "the '90s", "le troisième trimestre 2016",
"Q3 2016", "S1 2020", "11/2016", "de 2014 à 2018", "2014-2018").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from claimcheck.ground import calendar as cal
from claimcheck.ground.calendar import Period
from claimcheck.ground.date_hits import ends_clause
from claimcheck.ground.lazy_pattern import LazyPattern, lazy
from claimcheck.ground.phrases import alt, lead, norm
from claimcheck.ground.time_grammar import future_before
from claimcheck.lang.time_types import TimeVocabulary
from claimcheck.models import Granularity

__all__ = ["PeriodHit", "find_periods"]

#: a written year right before a part, or before its article ("2016 the third quarter")
_YEAR_BEFORE = re.compile(r"\d{4}\s*,?\s*(?:[^\W\d]{1,3}\s+)?$")

_YEAR = r"(?:1[0-9]|20)\d\d"
_DIGIT = re.compile(r"\d")
#: the most years a range written with its end's two last digits spans ("1939-45")
_SEASON_REACH = 10
#: a number's sign before it: "la loi n° 2020-24", "bill No. 2019-25" name no years
#: how far before a two-digit decade a word may make it temperatures ("highs in the 70s")
_VETO_REACH = 60
_NUMBER_SIGN = re.compile(r"(?:\bn[°º]|\bno\.|#)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class PeriodHit:
    """One period span: fixed periods, or a resolver against the publication day."""

    start: int
    end: int
    granularity: Granularity
    periods: tuple[Period, ...] = ()
    resolver: Callable[[dt.date], Period | None] | None = None
    year: int | None = None
    decade: bool = False  # a prefix narrows it ("the late 1990s", "fin du 3e trimestre")


@dataclass(frozen=True)
class _Grammar:
    vocab: TimeVocabulary
    patterns: tuple[tuple[str, LazyPattern], ...]
    ordinals: dict[str, int]
    ordinal: re.Pattern[str]  # any ordinal word: a quick test before the "part" patterns
    weekdays: dict[str, int]
    months: dict[str, int]
    parts: dict[str, int]
    letters: dict[str, int]
    closers: dict[str, tuple[str, ...]]
    joiners: frozenset[str]
    markers: dict[str, int]
    decade_words: dict[str, int]
    year_words: dict[str, int]
    year_only_parts: frozenset[str]
    year_after: LazyPattern  # a year named relative to publication after a part
    decade_veto: LazyPattern  # a word that makes "the 70s" temperatures ("highs in the ")
    prefix_parts: dict[str, str]  # "late" -> "end", "early" -> "start"


@cache
def _grammar(v: TimeVocabulary) -> _Grammar:
    of = rf"(?:\s+{alt(v.period_of)})?" if v.period_of else ""
    dets = rf"(?:{lead(v.determiners)})?" if v.determiners else ""
    words = (*v.range_joiners, *(c for cs in v.range_openers.values() for c in cs))
    joiner = rf"(?P<j>{alt(k for k in words if norm(k))}|[-–])"
    letters = "".join(sorted({k.lower() + k.upper() for k in v.period_letters}))
    bare = "".join(sorted({k.lower() + k.upper() for k in v.bare_period_letters}))
    units = {"month": alt(k for k, u in v.units.items() if u == "month"),
             "year": alt(k for k, u in v.units.items() if u == "year")}  # fmt: skip
    nth_of = alt((*v.day_month_joiners, *v.period_of))
    # a year in words after a part or a week: "the third quarter of two thousand and twenty"
    years = alt(v.year_words)
    rel = (
        rf"(?:{lead(v.determiners)})?(?:(?P<mk>{alt(v.markers_before)})\s+)?"
        rf"(?:(?P<ru>{units['month']})|(?P<ry>{units['year']}))(?:\s*-\s*\w+)?"
        rf"(?:\s+(?P<mk2>{alt(v.markers_after)}))?"
    )
    # a part of a decade between its article and its number ("the early seventies")
    parts = {k: p for k, p in v.period_prefixes.items() if p in ("start", "mid", "end")}
    pre = rf"(?P<pre>{lead(parts)})?" if parts else ""
    sources = {
        # "the '90s", "the late '90s", "les années 70"
        "decade": rf"{lead(v.decade_prefixes)}{pre}'?(?P<dec>(?:1[0-9]|20)\d0|\d0)(?!\d)'?"
        rf"{alt(v.decade_suffixes) if v.decade_suffixes else ''}(?!\w)"
        if v.decade_prefixes
        else r"(?!)",
        "decade_word": rf"{lead(v.decade_prefixes)}{pre}(?P<dw>{alt(v.decade_words)})"
        if v.decade_words and v.decade_prefixes
        else r"(?!)",
        "decade4": rf"(?P<dec>(?:1[0-9]|20)\d0)'?{alt(v.decade_suffixes)}(?!\w)"
        if v.decade_suffixes
        else r"(?!)",
        "part": rf"{dets}(?P<ord>{alt(v.ordinals)})\s+(?P<pp>{alt(v.period_parts)})"
        rf"(?:{of}\s+(?:(?P<y>{_YEAR})(?![\w.,]\d)|(?P<yw>{years})(?![\w-]))"
        rf"|\s+(?P<oy>{alt(v.year_of)}))?",
        "letter": rf"(?:(?P<l>[{letters}])(?P<k>[1-4])\s?(?P<y>{_YEAR})|(?P<y2>{_YEAR})\s?"
        rf"(?P<l2>[{letters}])(?P<k2>[1-4]))(?!\w)"
        if letters
        else r"(?!)",
        # "Q3" alone (upper-case, checked in _hit): the nearest such quarter
        "bare_letter": rf"(?P<l>[{bare}])(?P<k>[1-4])(?!\w|[.,/-]\d)" if bare else r"(?!)",
        # "11/2016", "11.2016", "2016/11"; with a hyphen only a two-digit month ("11-2016"):
        # "1-2000" is a range of counts, "2010-11" a season; "2016-11" (ISO) a month
        "month_year": rf"(?<![\w/.,-])(?:(?P<m>0?[1-9]|1[0-2])\s?[/.]\s?(?P<y>{_YEAR})"
        rf"|(?P<m3>0[1-9]|1[0-2])\s?-\s?(?P<y3>{_YEAR})"
        rf"|(?P<y2>{_YEAR})\s?/\s?(?P<m2>0?[1-9]|1[0-2])"
        rf"|(?P<y4>{_YEAR})\s?-\s?(?P<m4>0[1-9]|1[0-2]))(?![\w/-]|[.,]\d)",
        "years": rf"(?:(?P<o>{alt(v.range_openers)})\s+)?(?P<y1>{_YEAR})\s*{joiner}\s*"
        rf"(?P<y2>{_YEAR})(?![\w.,]\d|\w)",
        # "la saison 2020-21", "the 2019/20 fiscal year", "between 2010-15": the end's two
        # last digits
        "season": rf"(?:(?P<o>{alt(v.range_openers)})\s+)?(?P<y1>{_YEAR})\s?[-–/]\s?"
        rf"(?P<e>\d\d)(?![\w/–-]|[.,]\d)",
        # "le premier dimanche de juin", "the last week of July 2019"
        # ... "du mois prochain", "of next month", "of 2015" (ISO weeks), "of this year"
        "nth": rf"{dets}(?P<ord>{alt(v.ordinals)})\s+(?:(?P<wd>{alt(v.weekdays)})|(?P<wk>"
        rf"{alt(k for k, u in v.units.items() if u == 'week')}))\s+{nth_of}"
        rf"\s*(?:(?P<m>{alt({**v.months, **v.month_abbreviations})})(?:\.(?=\s*\d))?"
        rf"(?:\s+(?P<y>{_YEAR})(?![\w.,]\d))?|{rel}"
        rf"|(?P<wy>{_YEAR})(?![\w.,]\d)|(?P<wyw>{years})(?![\w-]))"
        if v.day_month_joiners
        else r"(?!)",
        # "la deuxième quinzaine de décembre", "the first half of March 2020"
        "half_month": rf"{dets}(?P<ord>{alt(v.ordinals)})\s+{alt(v.half_month_words)}\s+"
        rf"{nth_of}\s*(?P<m>{alt({**v.months, **v.month_abbreviations})})(?:\.(?=\s*\d))?"
        rf"(?:\s+(?P<y>{_YEAR})(?![\w.,]\d))?(?![\w'’])"
        if v.half_month_words and v.day_month_joiners
        else r"(?!)",
    }
    return _Grammar(
        vocab=v,
        patterns=tuple(
            (name, lazy(rf"(?<![\w'’]){src}", re.IGNORECASE))
            for name, src in sources.items()
            if src != r"(?!)"
        ),
        ordinals={norm(k): n for k, n in v.ordinals.items()},
        ordinal=re.compile(rf"(?<![\w'’]){alt(v.ordinals)}", re.IGNORECASE),
        weekdays={norm(k): n for k, n in v.weekdays.items()},
        months={norm(k): n for k, n in {**v.months, **v.month_abbreviations}.items()},
        parts={norm(k): n for k, n in v.period_parts.items()},
        letters={k.lower(): n for k, n in v.period_letters.items()},
        closers={norm(k): tuple(norm(c) for c in cs) for k, cs in v.range_openers.items()},
        joiners=frozenset(norm(k) or k.strip() for k in v.range_joiners),
        markers={norm(k): d for k, d in {**v.markers_before, **v.markers_after}.items()},
        decade_words={norm(k): d for k, d in v.decade_words.items()},
        year_words={norm(k): y for k, y in v.year_words.items()},
        year_only_parts=frozenset(norm(k) for k in v.year_only_parts),
        # "the second half of last year": the part is kept, the year joins it later
        prefix_parts={norm(k): p for k, p in parts.items()},
        year_after=lazy(rf"\s+{alt(v.period_of)}\s+{rel}", re.IGNORECASE)
        if v.period_of
        else lazy(r"(?!)"),
        decade_veto=lazy(rf"(?<![\w'’]){alt(v.decade_vetoes)}(?![\w'’])[^.!?;]*$", re.I)
        if v.decade_vetoes
        else lazy(r"(?!)"),
    )


def _span(year: int, index: int, months: int) -> Period | None:
    if index < 1 or index * months > 12:
        return None
    first = dt.date(year, (index - 1) * months + 1, 1)
    last = cal.add_months(first, months - 1)[1]
    return first, last


def _decade(raw: str) -> Period:
    value = int(raw)
    if value < 100:  # "les années 70": the 1970s; "the 10s": the 2010s
        value += 2000 if value < 30 else 1900
    return dt.date(value, 1, 1), dt.date(value + 9, 12, 31)


def _hit(kind: str, m: re.Match[str], g: _Grammar) -> PeriodHit | None:
    start, end = m.span()
    groups = m.groupdict()
    for digits, words in (("y", "yw"), ("wy", "wyw")):  # a year in words: its number
        if groups.get(words):
            if not ends_clause(m.string, end, g.vocab):
                return None  # "the first half of two thousand respondents": a count
            groups[digits] = str(g.year_words[norm(groups[words] or "")])
    if kind in ("decade", "decade4", "decade_word"):
        raw = groups["dec"] if kind != "decade_word" else str(g.decade_words[norm(groups["dw"])])
        in_words = kind == "decade_word" and norm(groups["dw"]) in g.year_words
        if in_words and not ends_clause(m.string, end, g.vocab):
            return None  # "pendant des années deux mille personnes": a count
        if len(raw) == 2 and g.decade_veto.search(m.string, max(0, start - _VETO_REACH), start):
            return None  # "highs in the 70s": temperatures
        decade = _decade(raw)
        part = g.prefix_parts.get(norm(groups.get("pre") or ""), "")
        if part:  # "the late '90s": that part of it, no further prefix
            narrowed = cal.narrow(decade, part, None, halves=False)
            return PeriodHit(start, end, "day", (narrowed or decade,))
        return PeriodHit(start, end, "year", (decade,), decade=True)
    if kind == "month_year":
        if groups["y4"] and int(groups["m4"]) == (int(groups["y4"]) + 1) % 100:
            return None  # "2010-11": a season, two years
        if groups["y2"] and int(groups["m2"]) == (int(groups["y2"]) + 1) % 100:
            return None  # "2010/11" too
        month = int(groups["m"] or groups["m2"] or groups["m3"] or groups["m4"] or 0)
        year = int(groups["y"] or groups["y2"] or groups["y3"] or groups["y4"] or 0)
        return PeriodHit(start, end, "month", (cal.month_period(year, month),), year=year)
    if kind == "years":
        y1, y2 = int(groups["y1"]), int(groups["y2"])
        j = norm(groups["j"]) or groups["j"].strip()
        opener = groups.get("o")
        fits = j in g.closers.get(norm(opener), ()) if opener else j in g.joiners
        fits = fits or j in ("-", "–")  # a dash fits any opener: "between 2014-2018"
        if not fits or not y1 < y2 <= y1 + 100:
            return None
        if cal.round_counts(y1, y2, m.string[end:]):  # "entre 1800 et 1900 personnes"
            return None
        return PeriodHit(start, end, "year", ((dt.date(y1, 1, 1), dt.date(y2, 12, 31)),))
    if kind == "season":
        y1, tail = int(groups["y1"]), int(groups["e"])
        y2 = y1 - y1 % 100 + tail + (100 if tail <= y1 % 100 else 0)
        if not y1 < y2 <= y1 + _SEASON_REACH:  # "2016-11" is a month; "1990-45" nothing
            return None
        if _NUMBER_SIGN.search(m.string, max(0, start - 6), start):
            return None
        return PeriodHit(start, end, "year", ((dt.date(y1, 1, 1), dt.date(y2, 12, 31)),))
    if kind == "nth":
        return _nth(start, end, groups, g)
    if kind == "half_month":
        return _half_month(start, end, groups, g)
    if kind == "bare_letter":
        if not groups["l"].isupper():  # "q3" is no quarter
            return None
        ahead = _ahead(m.string, start, g)
        return _latest(start, end, int(groups["k"]), g.letters[groups["l"].lower()], ahead)
    if kind == "letter":
        letter = (groups["l"] or groups["l2"]).lower()
        index, year = int(groups["k"] or groups["k2"]), int(groups["y"] or groups["y2"])
        months = g.letters[letter]
        found = _span(year, index, months)
        return PeriodHit(start, end, "month", (found,), year=year, decade=True) if found else None
    index, months = g.ordinals[norm(groups["ord"])], g.parts[norm(groups["pp"])]
    dated = groups.get("y") or groups.get("oy") or g.year_after.match(m.string, end)
    if norm(groups["pp"]) in g.year_only_parts and not dated:
        return None  # "in the second half" of a match, not of the year
    if index == -1:
        index = 12 // months
    if groups.get("y"):
        found = _span(int(groups["y"]), index, months)
        year = int(groups["y"])
        return PeriodHit(start, end, "month", (found,), year=year, decade=True) if found else None
    return _latest(start, end, index, months, _ahead(m.string, start, g))


def _ahead(text: str, start: int, g: _Grammar) -> bool:
    """A future cue before a yearless part, and no year right before ("2016 the third ...")."""
    before = _YEAR_BEFORE.search(text, max(0, start - 12), start)
    return before is None and future_before(text, start, g.vocab)


def _latest(start: int, end: int, index: int, months: int, ahead: bool) -> PeriodHit | None:
    """The index-th part of a year, without its year: the nearest one to publication; after a
    future cue ("sales will rise in the fourth quarter"), the first one not over by then."""
    if _span(2000, index, months) is None:
        return None

    def resolve(pub: dt.date) -> Period | None:
        years = (pub.year, pub.year + 1) if ahead else (pub.year - 1, pub.year)
        options = [p for y in years if (p := _span(y, index, months))]
        return min(o for o in options if o[1] >= pub) if ahead else cal.pick(options, pub, 0)

    return PeriodHit(start, end, "month", resolver=resolve, decade=True)


def _nth_in(year: int, month: int, index: int, weekday: int | None) -> Period | None:
    """The index-th (-1: last) weekday, or week, of a month; as for ISO weeks, a month's weeks
    are the Monday-to-Sunday weeks whose Thursday lies in it."""
    first, last = cal.month_period(year, month)
    target = 3 if weekday is None else weekday
    days = [d for d in cal.each_day(first, last) if d.weekday() == target]
    if not days or index > len(days):
        return None
    day = days[index - 1] if index > 0 else days[-1]
    return (
        (day, day)
        if weekday is not None
        else (day - dt.timedelta(days=3), day + dt.timedelta(days=3))
    )


def _iso_week(year: int, index: int) -> Period | None:
    """The index-th (-1: last) ISO week of a year."""
    weeks = dt.date(year, 12, 28).isocalendar()[1]
    if index > weeks:
        return None
    monday = dt.date.fromisocalendar(year, index if index > 0 else weeks, 1)
    return monday, monday + dt.timedelta(days=6)


def _nth_relative(
    start: int, end: int, groups: dict[str, str | None], g: _Grammar
) -> PeriodHit | None:
    """ "le premier lundi du mois prochain", "the third week of this year"."""
    index = g.ordinals[norm(groups["ord"] or "")]
    weekday = g.weekdays[norm(groups["wd"])] if groups.get("wd") else None
    marks = [g.markers[norm(m)] for m in (groups.get("mk"), groups.get("mk2")) if m]
    if len(marks) != 1:
        return None
    k = marks[0]
    granularity: Granularity = "day" if weekday is not None else "week"
    if groups.get("wy") or groups.get("ry"):
        if weekday is not None:
            return None
        if groups.get("wy"):
            found = _iso_week(int(groups["wy"] or 0), index)
            return PeriodHit(start, end, "week", (found,)) if found else None
        return PeriodHit(start, end, "week", resolver=lambda p: _iso_week(p.year + k, index))

    def resolve(pub: dt.date) -> Period | None:
        first, _ = cal.add_months(pub, k)
        return _nth_in(first.year, first.month, index, weekday)

    return PeriodHit(start, end, granularity, resolver=resolve)


def _half(year: int, month: int, index: int) -> Period:
    first, last = cal.month_period(year, month)
    middle = first.replace(day=15)
    return (first, middle) if index == 1 else (middle + dt.timedelta(days=1), last)


def _half_month(
    start: int, end: int, groups: dict[str, str | None], g: _Grammar
) -> PeriodHit | None:
    """ "la première quinzaine de janvier", "the second half of December": days 1-15, or the
    16th to the month's end; without a year, that half of the month the month's name alone
    would be (the nearest one)."""
    index = g.ordinals[norm(groups["ord"] or "")]
    if index not in (1, 2, -1):
        return None
    month = g.months[norm(groups["m"] or "")]
    if groups.get("y"):
        return PeriodHit(start, end, "day", (_half(int(groups["y"] or 0), month, index),))

    def resolve(pub: dt.date) -> Period | None:
        months = (cal.month_period(y, month) for y in range(pub.year - 1, pub.year + 2))
        found = cal.pick(months, pub, 0)
        return _half(found[0].year, month, index) if found else None

    return PeriodHit(start, end, "day", resolver=resolve)


def _nth(start: int, end: int, groups: dict[str, str | None], g: _Grammar) -> PeriodHit | None:
    if not groups.get("m"):
        if groups.get("wy") and not groups.get("wk"):
            return None
        if groups.get("wy"):
            found = _iso_week(int(groups["wy"] or 0), g.ordinals[norm(groups["ord"] or "")])
            return PeriodHit(start, end, "week", (found,)) if found else None
        return _nth_relative(start, end, groups, g)
    index = g.ordinals[norm(groups["ord"] or "")]
    weekday = g.weekdays[norm(groups["wd"])] if groups.get("wd") else None
    month = g.months[norm(groups["m"] or "")]
    granularity: Granularity = "day" if weekday is not None else "week"
    if groups.get("y"):
        found = _nth_in(int(groups["y"] or 0), month, index, weekday)
        return PeriodHit(start, end, granularity, (found,)) if found else None

    def resolve(pub: dt.date) -> Period | None:
        options = [
            p for y in range(pub.year - 1, pub.year + 2) if (p := _nth_in(y, month, index, weekday))
        ]
        return cal.pick(options, pub, 0)

    return PeriodHit(start, end, granularity, resolver=resolve)


def find_periods(text: str, vocab: TimeVocabulary) -> Iterator[PeriodHit]:
    """Every decade, quarter, half, month/year number and year range in `text` (overlaps
    allowed: the time resolver keeps the longest)."""
    g = _grammar(vocab)
    digits = _DIGIT.search(text) is not None
    ordinal = g.ordinal.search(text) is not None
    for kind, pattern in g.patterns:
        ordinals = ("part", "nth", "half_month")
        if kind != "decade_word" and not (ordinal if kind in ordinals else digits):
            continue
        for m in pattern.finditer(text):
            hit = _hit(kind, m, g)
            if hit is not None:
                yield hit
