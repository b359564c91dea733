"""The first or last units of a named period: text -> day PeriodHits ("the first nine months
of 2016", "the last ten days of March", "les deux premières semaines de mai", "les trois
derniers mois de l'année")."""

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
from claimcheck.ground.tense import past_before
from claimcheck.ground.time_grammar import future_before
from claimcheck.lang.time_types import TimeVocabulary

__all__ = ["find_part_counts"]

_YEAR = r"(?:1[0-9]|20)\d\d"
#: the units such a count takes, and the periods they divide
_UNITS = {"day": ("month", "year"), "week": ("month", "year"), "month": ("year",)}


@dataclass(frozen=True)
class _Grammar:
    pattern: LazyPattern
    seen: re.Pattern[str]  # an end word: a quick test before the pattern
    ends: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    months: dict[str, int]
    years: dict[str, int]
    vocab: TimeVocabulary


@cache
def _grammar(v: TimeVocabulary) -> _Grammar:
    num = rf"(?P<n>\d{{1,3}}|{alt(v.numbers)})"
    units = {**v.units, **v.plural_units}
    unit = rf"(?P<u>{alt(k for k, u in units.items() if u in _UNITS)})"
    count = (
        rf"(?P<e>{alt(v.part_count_before)})\s+{num}\s+{unit}"
        if v.part_count_before
        else rf"{num}\s+(?P<e>{alt(v.part_count_after)})\s+{unit}"
    )
    months = {**v.months, **v.month_abbreviations}
    period = (
        rf"(?:(?P<m>{alt(months)})(?:\.(?=\s+\d))?(?:\s+(?P<my>{_YEAR}))?|(?P<y>{_YEAR})"
        rf"|(?P<ry>{alt(v.part_count_years)}))(?![\w'’]|[.,]\d)"
    )
    dets = rf"(?:{lead(v.window_determiners)})?"
    return _Grammar(
        pattern=lazy(rf"(?<![\w'’]){dets}{count}\s+{lead(v.part_count_of)}{period}", re.IGNORECASE),
        seen=re.compile(alt({**v.part_count_before, **v.part_count_after}), re.IGNORECASE),
        ends={norm(k): d for k, d in {**v.part_count_before, **v.part_count_after}.items()},
        numbers={norm(k): n for k, n in v.numbers.items()},
        units={norm(k): u for k, u in units.items()},
        months={norm(k): n for k, n in months.items()},
        years={norm(k): d for k, d in v.part_count_years.items()},
        vocab=v,
    )


def _part(period: Period, unit: str, n: int, end: int) -> Period | None:
    """The first (end 1) or last (-1) n units of a period; none if they fill it or more."""
    first, last = period
    if unit == "month":
        span = (
            (first, cal.add_months(first, n - 1)[1])
            if end > 0
            else (cal.add_months(last, 1 - n)[0], last)
        )
    else:
        days = dt.timedelta(days=n * (7 if unit == "week" else 1) - 1)
        span = (first, first + days) if end > 0 else (last - days, last)
    return span if first <= span[0] and span[1] <= last and span != period else None


def _hit(m: re.Match[str], g: _Grammar) -> PeriodHit | None:
    groups = m.groupdict()
    raw = norm(groups["n"] or "")
    n = int(raw) if raw.isdigit() else g.numbers.get(raw)
    unit, end = g.units[norm(groups["u"] or "")], g.ends[norm(groups["e"] or "")]
    kind = "month" if groups.get("m") else "year"
    if not n or kind not in _UNITS[unit]:
        return None
    start, stop = m.span()
    if groups.get("y") or groups.get("my"):
        year = int(groups.get("y") or groups.get("my") or 0)
        whole = cal.month_period(year, g.months[norm(groups["m"])]) if groups.get("m") else None
        found = _part(whole or cal.year_period(year), unit, n, end)
        return PeriodHit(start, stop, "day", (found,)) if found else None
    if kind == "year":
        k = g.years[norm(groups["ry"] or "")]
        # "Sales fell in the last three months of the year", said in February: last year's
        past = k == 0 and past_before(m.string, start, g.vocab, through_figures=True)

        def of_year(pub: dt.date) -> Period | None:
            found = _part(cal.year_period(pub.year + k), unit, n, end)
            if found is not None and past and found[0] > pub:
                return _part(cal.year_period(pub.year - 1), unit, n, end)
            return found

        return PeriodHit(start, stop, "day", resolver=of_year)
    month = g.months[norm(groups["m"] or "")]
    ahead = future_before(m.string, start, g.vocab)  # "will": the month not over yet

    def resolve(pub: dt.date) -> Period | None:  # else the month its name alone would be
        months = [cal.month_period(y, month) for y in range(pub.year - 1, pub.year + 2)]
        found = min(o for o in months if o[1] >= pub) if ahead else cal.pick(months, pub, 0)
        return _part(found, unit, n, end) if found else None

    return PeriodHit(start, stop, "day", resolver=resolve)


def find_part_counts(text: str, vocab: TimeVocabulary) -> Iterator[PeriodHit]:
    """Every count of days, weeks or months at the start or the end of a named month or year
    ("the first nine months of the year": January to September; "the 100 first days of his
    term", "the last three days of the war" name no calendar period: nothing)."""
    if not (vocab.part_count_before or vocab.part_count_after) or not vocab.part_count_of:
        return
    g = _grammar(vocab)
    if g.seen.search(text) is None:
        return
    for m in g.pattern.finditer(text):
        hit = _hit(m, g)
        if hit is not None:
            yield hit
