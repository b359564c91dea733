"""Dates (TimeRef) of one text -> the same dates, two joined into one range where the text
joins them ("du 3 au 12 septembre", "entre le 4 et le 8 juin", "from June 4 to June 8",
"June 4-8", "19-20 novembre").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from claimcheck.ground.calendar import common_fields, month_period
from claimcheck.ground.phrases import alt, norm
from claimcheck.lang.time_types import TimeVocabulary
from claimcheck.models import TimeRef

__all__ = ["join_ranges"]

#: a range of days longer than this is not one range ("du 3 janvier 2019 au 5 mars 2024")
_MAX_DAYS = 400
#: ... unless an opener makes it one ("entre le 3 janvier 2019 et le 5 mars 2024"), up to this
_MAX_SPAN_DAYS = 100 * 366
_ORDER = ("day", "week", "month", "year")
_DASHES = frozenset({"-", "–"})


@dataclass(frozen=True)
class _Grammar:
    gap: re.Pattern[str]  # between two dates: "au", "et le", "-", "to"
    before: re.Pattern[str]  # a bare day and its joiner before a date: "du 3 au "
    after: re.Pattern[str]  # a joiner and a bare day after a date: " to 8", "-8"
    opener: re.Pattern[str]  # an opener just before the first date: "du ", "entre le "
    closers: dict[str, tuple[str, ...]]
    joiners: frozenset[str]
    week_gap: re.Pattern[str]  # a weekday and its week: "vendredi de la semaine prochaine"
    weekday_names: frozenset[str]
    in_month: re.Pattern[str]  # days before a whole month: "du 4 au 22 " (ce mois-ci), "20th of "
    week_of: re.Pattern[str]  # before a day: "la semaine du ", "the week of "
    day_joiners: frozenset[str]  # between a day and its month: "de", "du", "of"
    year_gap: re.Pattern[str]  # between a month and its year: "de", "of"
    pinned: frozenset[str]  # words that date a day against publication, not a guessed year


@cache
def _grammar(v: TimeVocabulary) -> _Grammar:
    words = (*v.range_joiners, *(c for cs in v.range_openers.values() for c in cs))
    joiner = rf"(?P<j>{alt(k for k in words if norm(k))}|[-–])"
    det = rf"(?:{alt(v.determiners)}\s*)?" if v.determiners else ""
    suffix = rf"(?:{alt(v.day_suffixes)})?" if v.day_suffixes else ""
    openers = rf"(?P<o>{alt(v.range_openers)})\s+{det}"
    return _Grammar(
        gap=re.compile(rf"^\s*,?\s*{joiner}\s*{det}$", re.IGNORECASE),
        before=re.compile(
            rf"(?:(?<![\w'’]){openers})?(?<![\w'’.,/])(?P<d>[12]\d|3[01]|0?[1-9]){suffix}"
            rf"\s*{joiner}\s*{det}$",
            re.IGNORECASE,
        ),
        # not the first number of another date: "June 26 to 28 June", "2-2-2020 - 3-3-2020"
        after=re.compile(
            rf"\s*{joiner}\s*(?P<d>[12]\d|3[01]|0?[1-9]){suffix}(?![\w'’/]|[.,-]\d|\s?\d)"
            rf"(?!\s*{alt({**v.months, **v.month_abbreviations})})",
            re.IGNORECASE,
        ),
        opener=re.compile(rf"(?<![\w'’]){openers}$", re.IGNORECASE),
        closers={norm(k): tuple(norm(c) for c in cs) for k, cs in v.range_openers.items()},
        joiners=frozenset(norm(k) or k.strip() for k in v.range_joiners),
        weekday_names=frozenset(norm(k) for k in v.weekdays),
        day_joiners=frozenset(norm(k) for k in (*v.day_month_joiners, *v.period_of)),
        week_of=re.compile(
            rf"(?<![\w'’])(?:(?P<from>{alt(v.week_from)})|{alt(v.week_of)})\s*{det}$",
            re.IGNORECASE,
        ),
        pinned=frozenset(
            norm(k) for k in (*v.range_now, *v.relative_days, *v.markers_before, *v.markers_after)
        ),
        year_gap=re.compile(rf"^\s*(?:{alt((*v.day_month_joiners, *v.period_of))})?\s*$", re.I),
        in_month=re.compile(
            rf"(?:(?:(?<![\w'’]){openers})?(?<![\w'’.,/])(?P<d1>[12]\d|3[01]|0?[1-9]){suffix}"
            rf"\s*{joiner}\s*{det})?(?<![\w'’.,/])(?P<d>[12]\d|3[01]|0?[1-9])(?P<sx>{suffix})"
            rf"(?:\s+(?P<dj>{alt((*v.day_month_joiners, *v.part_date_joiners))}))?\s*{det}$",
            re.IGNORECASE,
        ),
        week_gap=re.compile(
            rf"^\s*,?\s*(?:{alt((*v.day_month_joiners, *v.part_date_joiners))}\s*)?{det}$",
            re.IGNORECASE,
        ),
    )


def _day(ref: TimeRef) -> dt.date | None:
    if ref.granularity != "day" or ref.anchor == "event" or ref.earliest is None:
        return None
    return ref.earliest if ref.earliest == ref.latest and not ref.candidates else None


def _fits(g: _Grammar, opener: str | None, joiner: str) -> bool:
    j = norm(joiner) or joiner.strip()
    if j in _DASHES:  # "entre 4-22 janvier", "between 2014-2018": a dash fits any opener
        return True
    if opener is not None:
        return j in g.closers.get(norm(opener), ())
    return j in g.joiners


def _range(
    text: str, start: int, end: int, first: dt.date, last: dt.date, base: TimeRef
) -> TimeRef | None:
    if not first < last or (last - first).days > _MAX_DAYS:
        return None
    _, month, year = common_fields([(first, last)], day_level=False)
    return base.model_copy(
        update={
            "text": text[start:end], "start": start, "end": end, "earliest": first,
            "latest": last, "candidates": (), "weekday": None, "day": None, "month": month,
            "year": year,
        }
    )  # fmt: skip


def _moved(date: dt.date, /, **parts: int) -> dt.date | None:
    """`date` with its year, month or day replaced; None when no such date exists."""
    try:
        return date.replace(**parts)
    except ValueError:
        return None


def _in_week(text: str, a: TimeRef, b: TimeRef, g: _Grammar) -> TimeRef | None:
    """ "Friday next week", "vendredi de la semaine prochaine": that day of that week."""
    day, week = (a, b) if a.weekday is not None and b.granularity == "week" else (b, a)
    if day.weekday is None or week.granularity != "week" or day.granularity != "day":
        return None
    if norm(day.text).split(" ")[-1] not in g.weekday_names:  # "vendredi", not "10 juin"
        return None
    if week.earliest is None or week.latest is None or (week.latest - week.earliest).days != 6:
        return None
    if not g.week_gap.match(text[a.end : b.start]):
        return None
    found = week.earliest + dt.timedelta(days=day.weekday)
    return day.model_copy(
        update={
            "text": text[a.start : b.end], "start": a.start, "end": b.end, "earliest": found,
            "latest": found, "candidates": (), "month": found.month, "year": found.year,
        }
    )  # fmt: skip


def _pinned(ref: TimeRef, g: _Grammar) -> bool:
    """Is `ref` dated for sure: written with its year, or named from publication ("now",
    "aujourd'hui", "next Friday", "le mois dernier"), not a yearless day put in a guessed year?"""
    if ref.anchor == "absolute":
        return True
    text = norm(ref.text)
    return text in g.pinned or any(w in g.pinned for w in text.split(" "))


def _yearless(a: TimeRef, b: TimeRef, g: _Grammar) -> bool:
    """Is `a` a date without its year, and without a weekday or a marker to pin it ("next
    Friday"), before a dated `b`?"""
    words = norm(a.text).split(" ")
    return (
        a.anchor == "publication"
        and b.anchor == "absolute"
        and words[0] not in g.weekday_names
        and not _pinned(a, g)
    )


def _yearless_end(b: TimeRef, g: _Grammar) -> bool:
    """Is `b` a written day without its year ("le 15 novembre"), the end of a range?"""
    words = norm(b.text).split(" ")
    digits = re.findall(r"\d+", b.text)
    return (
        b.anchor == "publication"
        and bool(digits)
        and all(len(d) <= 2 for d in digits)
        and words[0] not in g.weekday_names
    )


def _in_year_of(day: dt.date, end: dt.date) -> dt.date:
    """A yearless start put in the year of the range's written end (or the year before)."""
    for year in (end.year, end.year - 1):
        moved = _moved(day, year=year)
        if moved is not None and moved <= end:
            return moved
    return day


def _span(text: str, a: TimeRef, b: TimeRef, g: _Grammar) -> TimeRef | None:
    """Two dated periods an opener joins ("entre mai 2015 et 2018", "from 2015 to May 5th,
    2017", "between January 1st 2015 and Feb 5th 2018"): from the first's start to the
    second's end."""
    for ref in (a, b):
        if ref.anchor not in ("absolute", "publication") or ref.candidates:
            return None
        if ref.granularity not in _ORDER or ref.earliest is None or ref.latest is None:
            return None
    assert a.earliest and a.latest and b.earliest and b.latest  # checked above
    first, anchor = a.earliest, a.anchor
    if _yearless(a, b, g):  # "du 1er février au mars 2019": February 2019
        first, anchor = _in_year_of(first, b.earliest), b.anchor
    if not (first < b.earliest and a.latest < b.latest):
        return None
    # two written years may lie far apart ("between 2010 and now" too); a yearless date read
    # against publication stays near the other
    limit = _MAX_SPAN_DAYS if _pinned(a, g) and _pinned(b, g) else _MAX_DAYS
    if (b.latest - first).days > limit:
        return None

    gap = g.gap.match(text[a.end : b.start])
    opener = g.opener.search(text[max(0, a.start - 30) : a.start])
    if gap is None or opener is None or not _fits(g, opener.group("o"), gap.group("j")):
        return None
    start = a.start - len(opener.group())
    coarse = max(a.granularity, b.granularity, key=_ORDER.index)
    _, month, year = common_fields([(first, b.latest)], day_level=False)
    return a.model_copy(
        update={
            "text": text[start : b.end], "start": start, "end": b.end, "earliest": first,
            "latest": b.latest, "candidates": (), "weekday": None, "day": None, "month": month,
            "year": year, "anchor": anchor,
            "granularity": "day" if "day" in (a.granularity, b.granularity)
            else coarse,
        }
    )  # fmt: skip


def _week_of(text: str, ref: TimeRef, g: _Grammar, lo: int) -> TimeRef | None:
    """ "la semaine du 16 septembre", "the week of June 8": the Monday-to-Sunday week of it;
    "the week starting June 8": the seven days from it."""
    day = _day(ref)
    if day is None:
        return None
    window = text[max(lo, ref.start - 40) : ref.start]
    m = g.week_of.search(window)
    if m is None:
        return None
    start = ref.start - (len(window) - m.start())
    monday = day if m.group("from") else day - dt.timedelta(days=day.weekday())
    sunday = monday + dt.timedelta(days=6)
    _, month, year = common_fields([(monday, sunday)], day_level=False)
    return ref.model_copy(
        update={
            "text": text[start : ref.end], "start": start, "granularity": "week",
            "earliest": monday, "latest": sunday, "weekday": None, "day": None, "month": month,
            "year": year,
        }
    )  # fmt: skip


def _months_in_year(ref: TimeRef) -> tuple[int, int] | None:
    """(first month, last month) of a month or a part of a year ("juin", "Q3", "the third
    quarter", "le premier semestre") whose year was not written; None for anything else."""
    first, last = ref.earliest, ref.latest
    if ref.granularity != "month" or ref.anchor != "publication" or ref.candidates:
        return None
    if first is None or last is None or first.year != last.year or first.day != 1:
        return None
    if (last + dt.timedelta(days=1)).day != 1 or re.search(r"\d{3}", ref.text):
        return None
    if ref.month is None and (last.month - first.month + 1) not in (3, 6):
        return None
    return first.month, last.month


def _month_of_year(text: str, a: TimeRef, b: TimeRef, g: _Grammar) -> TimeRef | None:
    """A month or a part of a year, and a year named relative to publication ("juin de
    l'année prochaine", "June next year", "le premier trimestre de l'an dernier", "Q3 this
    year", "the second half of next year"): that month or part of that year."""
    months = _months_in_year(a)
    if months is None or b.granularity != "year" or b.anchor != "publication":
        return None
    if b.earliest is None or b.earliest.year != (b.latest or b.earliest).year:
        return None
    if any(ch.isdigit() for ch in b.text) or not g.year_gap.match(text[a.end : b.start]):
        return None
    first = month_period(b.earliest.year, months[0])[0]
    last = month_period(b.earliest.year, months[1])[1]
    return a.model_copy(
        update={
            "text": text[a.start : b.end], "end": b.end, "earliest": first, "latest": last,
            "candidates": (), "year": first.year,
        }
    )  # fmt: skip


def _in_month(text: str, ref: TimeRef, g: _Grammar, lo: int) -> TimeRef | None:
    """Days written before a whole month ("du 4 au 22 ce mois-ci", "the 20th of next month")."""
    first, last = ref.earliest, ref.latest
    if ref.granularity != "month" or first is None or last is None or ref.candidates:
        return None
    if first.day != 1 or (last + dt.timedelta(days=1)).day != 1 or first.month != last.month:
        return None
    window = text[max(lo, ref.start - 40) : ref.start]
    m = g.in_month.search(window)
    if m is None:
        return None
    start = ref.start - (len(window) - m.start())
    end_day = _moved(first, day=int(m.group("d")))
    if end_day is None:
        return None
    if m.group("d1") is None:
        linked = norm(ref.text).split(" ")[0] in g.day_joiners  # "le 3 du mois de mai"
        if not (m.group("sx") or m.group("dj") or linked):  # "up 20 last month" is no date
            return None
        return ref.model_copy(
            update={
                "text": text[start : ref.end], "start": start, "granularity": "day",
                "earliest": end_day, "latest": end_day, "day": end_day.day,
                "weekday": end_day.weekday(),
            }
        )  # fmt: skip
    first_day = _moved(first, day=int(m.group("d1")))
    if first_day is None or not _fits(g, m.group("o"), m.group("j")):
        return None
    joined = _range(text, start, ref.end, first_day, end_day, ref)
    return joined.model_copy(update={"granularity": "day"}) if joined is not None else None


def join_ranges(
    text: str,
    dates: Sequence[TimeRef],
    vocab: TimeVocabulary,
    *,
    blocked: Sequence[tuple[int, int]] = (),
) -> list[TimeRef]:
    """Dates joined into day ranges where the text joins them; the others as they are. A bare
    day number inside a `blocked` span (a clock time's "05" in "9 h 05") is never a day."""
    g = _grammar(vocab)

    def free(lo: int, hi: int) -> bool:
        return not any(a < hi and lo < b for a, b in blocked)

    out: list[TimeRef] = []
    for ref in dates:
        if out and (joined_day := _in_week(text, out[-1], ref, g)) is not None:
            out[-1] = joined_day
            continue
        prev = out[-1] if out else None
        lo = prev.end if prev is not None else 0
        if (in_month := _in_month(text, ref, g, lo)) is not None and free(
            in_month.start, ref.start
        ):
            out.append(in_month)
            continue
        day = _day(ref)
        prev_day = _day(prev) if prev is not None else None
        if prev is not None and prev_day is not None and day is not None:
            gap = g.gap.match(text[prev.end : ref.start])
            opener = g.opener.search(text[max(0, prev.start - 30) : prev.start])
            if gap and _fits(g, opener.group("o") if opener else None, gap.group("j")):
                start = prev.start - (len(opener.group()) if opener else 0)
                if _yearless(prev, ref, g):
                    prev_day = _in_year_of(prev_day, day)
                elif day < prev_day and _yearless_end(ref, g):
                    # "entre aujourd'hui et le 15 novembre": the 15 November that follows
                    later = _moved(day, year=day.year + 1)
                    day = later if later is not None and later >= prev_day else day
                weekdays = {norm(prev.text), norm(ref.text)} <= g.weekday_names
                if weekdays and day < prev_day:  # "du lundi au vendredi": the Friday after
                    day += dt.timedelta(days=7 * ((prev_day - day).days // 7 + 1))
                joined = _range(text, start, ref.end, prev_day, day, prev)
                if joined is not None:
                    out[-1] = joined
                    continue
        if prev is not None and (spanned := _span(text, prev, ref, g)) is not None:
            out[-1] = spanned
            continue
        if prev is not None and (dated := _month_of_year(text, prev, ref, g)) is not None:
            out[-1] = dated
            continue
        if (week := _week_of(text, ref, g, lo)) is not None and free(week.start, ref.start):
            out.append(week)
            continue
        written = any(ch.isdigit() for ch in ref.text)  # "3 au 12 septembre", not "hier"
        if day is not None and written:
            window = text[max(0, ref.start - 40) : ref.start]
            m = g.before.search(window)
            first = _moved(day, day=int(m.group("d"))) if m else None
            start = ref.start - (len(window) - m.start()) if m else ref.start
            unused = prev is None or prev.end <= start
            untaken = m is not None and free(start, ref.start)
            if (
                m
                and first is not None
                and unused
                and untaken
                and _fits(g, m.group("o"), m.group("j"))
            ):
                joined = _range(text, start, ref.end, first, day, ref)
                if joined is not None:
                    out.append(joined)
                    continue
            # "June 4-8": only where the month comes first
            m = g.after.match(text, ref.end) if vocab.month_first_dates else None
            last = _moved(day, day=int(m.group("d"))) if m else None
            opener = g.opener.search(text[max(0, ref.start - 30) : ref.start])
            o = opener.group("o") if opener else None
            if m and last is not None and free(ref.end, m.end()) and _fits(g, o, m.group("j")):
                start = ref.start - (len(opener.group()) if opener else 0)
                joined = _range(text, start, m.end(), day, last, ref)
                if joined is not None:
                    out.append(joined)
                    continue
        out.append(ref)
    return _disjoint(out)


def _disjoint(refs: list[TimeRef]) -> list[TimeRef]:
    """The refs without those a join has swallowed ("le 9 avril jusqu'au 17": "17")."""
    out: list[TimeRef] = []
    for ref in refs:
        if out and ref.start < out[-1].end:
            if ref.end - ref.start > out[-1].end - out[-1].start:
                out[-1] = ref
            continue
        out.append(ref)
    return out
