"""Holidays: text -> period hits ("à Noël", "last Christmas", "Easter 2019", "le lundi de
Pâques", "la Toussaint dernière"); fixed days, days counted from Easter Sunday and n-th weekdays
of a month, from the language's `holidays` table.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from claimcheck.ground import calendar as cal
from claimcheck.ground.calendar import Period
from claimcheck.ground.lazy_pattern import LazyPattern, lazy
from claimcheck.ground.periods import PeriodHit
from claimcheck.ground.phrases import alt, lead, norm
from claimcheck.ground.tense import past_until, pick_tensed
from claimcheck.ground.time_grammar import future_before
from claimcheck.lang.time_types import TimeVocabulary

__all__ = ["easter", "find_holidays", "holiday_in"]

_ANY_YEAR = r"(?:1[0-9]|20)\d\d(?![\w.,]\d|\w)"
_YEAR = rf"(?P<y>{_ANY_YEAR})"

Rule = tuple[int, int, int]
#: a capitalised word right after: the holiday's name is a first name ("Noël Le Graët")
_NAME_AFTER = re.compile(r"(?<![ \t])[ \t]+[A-ZÀ-ÖØ-Þ]")  # from a run's first space only


def easter(year: int) -> dt.date:
    """Easter Sunday of `year` (Gregorian calendar; the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_in(rule: Rule, year: int) -> dt.date | None:
    """The day a holiday's rule names in `year`; None where there is none."""
    month, a, n = rule
    try:
        if month == 0:
            return easter(year) + dt.timedelta(days=a)
        if n == 0:
            return dt.date(year, month, a) if cal.valid(a, month, year) else None
        first, last = cal.month_period(year, month)
        days = [d for d in cal.each_day(first, last) if d.weekday() == a]
        return days[n - 1] if n > 0 and n <= len(days) else days[-1] if n < 0 else None
    except (OverflowError, ValueError):  # where the calendar ends
        return None


@dataclass(frozen=True)
class _Grammar:
    patterns: tuple[LazyPattern, ...]
    seen: re.Pattern[str] | None  # a holiday name: a quick search before the patterns
    rules: dict[str, Rule]
    capitals: frozenset[str]  # names written upper-case first
    markers: dict[str, int]
    veto_before: LazyPattern  # "les vacances de" (la Toussaint): a time around the day
    vocab: TimeVocabulary


@cache
def _grammar(v: TimeVocabulary) -> _Grammar:
    if not v.holidays:
        return _Grammar((), None, {}, frozenset(), {}, lazy(r"(?!)"), v)
    names = alt(v.holidays)
    leads = lead((*v.holiday_leads, *v.markers_before))
    veto = rf"(?!\s+{alt(v.holiday_vetoes_after)}(?![\w'’]))" if v.holiday_vetoes_after else ""
    post = rf"\s+(?P<post>{alt(v.markers_after)})" if v.markers_after else "(?!)"
    tail = rf"(?:\s+{_YEAR}|{post})?(?![\w'’-]){veto}"
    sources = [
        rf"(?P<lead>{leads})(?P<h>{names}){tail}",
        rf"(?P<h>{names})(?:\s+{_YEAR}|{post})(?![\w'’-])",  # "Noël 2019", "Noël dernier"
    ]
    return _Grammar(
        patterns=tuple(lazy(rf"(?<![\w'’-]){src}", re.IGNORECASE) for src in sources),
        seen=re.compile(names, re.IGNORECASE),
        rules={norm(k): r for k, r in v.holidays.items()},
        capitals=frozenset(norm(k) for k in v.holidays if k[:1].isupper()),
        markers={norm(k): d for k, d in {**v.markers_before, **v.markers_after}.items()},
        veto_before=lazy(
            rf"(?<![\w'’]){alt(v.holiday_vetoes_before)}(?:\s+(?:de|d'|of))?\s*$", re.IGNORECASE
        )
        if v.holiday_vetoes_before
        else lazy(r"(?!)"),
        vocab=v,
    )


def _hit(m: re.Match[str], g: _Grammar, until: dt.date | None) -> PeriodHit | None:
    name = norm(m.group("h"))
    if name in g.capitals and not m.group("h")[:1].isupper():
        return None  # "l'ascension du col" is a climb, "l'Ascension" the holiday
    if g.veto_before.search(m.string, max(0, m.start() - 30), m.start()):
        return None
    if _NAME_AFTER.match(m.string, m.end()):  # "à Noël Mamère": a first name
        return None
    rule = g.rules[name]
    groups = m.groupdict()
    raw_lead = norm(groups.get("lead") or "")
    marks = [g.markers[k] for k in (raw_lead, norm(groups.get("post") or "")) if k in g.markers]
    # "last Christmas" keeps its marker; "à Noël", "on Easter Monday" start at the name
    start, end = m.start("lead") if raw_lead in g.markers else m.start("h"), m.end()
    if groups.get("y"):
        day = holiday_in(rule, int(groups["y"]))
        return PeriodHit(start, end, "day", ((day, day),)) if day else None
    direction = marks[0] if marks else 0
    ahead = not marks and future_before(m.string, start, g.vocab)  # "après Noël" au futur
    past = past_until(m.string, start, g.vocab, until)  # "il est mort à Noël"

    def resolve(pub: dt.date) -> Period | None:
        days = [d for y in range(pub.year - 1, pub.year + 2) if (d := holiday_in(rule, y))]
        if ahead and past() is None:
            return min(((d, d) for d in days if d >= pub), default=None)
        return pick_tensed(((d, d) for d in days), pub, direction, past)

    return PeriodHit(start, end, "day", resolver=resolve)


def find_holidays(
    text: str, vocab: TimeVocabulary, *, until: dt.date | None = None
) -> Iterator[PeriodHit]:
    """Every holiday in `text` with the lead, marker or year that makes it a day (`until`: the
    last day publication may be, which a past-tense clause names nothing after)."""
    g = _grammar(vocab)
    if g.seen is None or not g.seen.search(text):
        return
    for pattern in g.patterns:
        for m in pattern.finditer(text):
            hit = _hit(m, g, until)
            if hit is not None:
                yield hit
