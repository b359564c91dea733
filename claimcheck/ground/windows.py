"""Spans of time counted from publication, counts that add up, a few units and centuries:
text -> period hits ("the past three weeks", "les 10 prochains jours", "within five days",
"il y a un mois et 10 jours", "a few days ago", "the week after next", "au XIXe siècle").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from claimcheck.ground import calendar as cal
from claimcheck.ground.calendar import Period
from claimcheck.ground.lazy_pattern import LazyPattern, lazy
from claimcheck.ground.periods import PeriodHit
from claimcheck.ground.phrases import alt, lead, norm
from claimcheck.ground.time_grammar import future_before
from claimcheck.lang.time_types import TimeVocabulary

__all__ = ["find_windows", "possessed"]

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
#: a window longer than this many units is not a window of news ("the last 300 years")
_MAX_COUNT = 100
#: the units "the past" one of is a window ("the past year"; "the last day" is another idiom)
_ONE_UNITS = frozenset({"week", "month", "year", "decade"})


@dataclass(frozen=True)
class _Grammar:
    patterns: tuple[tuple[str, LazyPattern], ...]
    markers: dict[str, int]
    units: dict[str, str]
    numbers: dict[str, int]
    counted: dict[str, int]
    few: tuple[int, int]
    approx: dict[str, tuple[int, int]]  # counts per approximate word ("une dizaine de")
    pair: LazyPattern  # one count and its unit, inside a chain
    #: a quick search that must succeed for the unit patterns to be tried (a unit word) and for
    #: the century one (a century word)
    units_seen: re.Pattern[str]
    century_seen: re.Pattern[str]
    veto_after: LazyPattern  # after a window: "of", "qui ont suivi" (an event's window)
    verb_lead: LazyPattern  # before a window's marker: "will" (last three days)
    holder_after: LazyPattern  # after a window: "of the", "de sa" (its holder's)
    vocab: TimeVocabulary


def _ahead(v: TimeVocabulary, *tables: Mapping[str, int]) -> dict[str, int]:
    """The markers of these tables that point forward from publication ("coming",
    "prochains", "à venir"; not "following", "suivants")."""
    story = {norm(k) for k in v.story_markers}
    return {k: d for t in tables for k, d in t.items() if d > 0 and norm(k) not in story}


@cache
def _grammar(v: TimeVocabulary) -> _Grammar:
    num = rf"(?P<n>(?<![\w,.])\d{{1,3}}(?!\w)|{alt(v.numbers)})"
    num_any = rf"(?:(?<![\w,.])\d{{1,3}}(?!\w)|{alt(v.numbers)})"
    unit_any = alt(v.plural_units)
    # "quelques jours", "une dizaine de jours", "une vingtaine d'années"
    few = rf"(?P<few>{alt((*v.few_words, *v.approx_counts))})(?:(?<=['’])|(?=\s))"
    unit = rf"(?P<u>{alt({**v.units, **v.plural_units})})"
    det = rf"(?:{lead(v.window_determiners)})?" if v.window_determiners else ""
    suffix = alt(v.day_suffixes) if v.day_suffixes else "(?!)"
    # "il y a un mois et 21 jours", "1 month, 21 days ago": two counts or more that add up
    pair = rf"{num_any}\s+{unit_any}"
    gap = rf"(?:\s*,\s*|\s+{alt(v.duration_joiners)}\s+|\s+)"
    chain = rf"(?P<chain>{pair}(?:{gap}{pair})+)"
    tables = {
        "before": v.window_before,
        "between": v.window_between,
        "within": v.window_between if v.window_within else {},
        "after": v.window_after,
        "after_next": v.after_next,
        "before_last": v.before_last,
        "century": v.century_words,
        "chain_before": v.counted_before,
        "chain_after": v.counted_after,
        "few_before": v.counted_before if v.few_words or v.approx_counts else {},
        "few_after": v.counted_after if v.few_words or v.approx_counts else {},
        "few_window": v.window_before if v.few_words or v.approx_counts else {},
        "few_between": v.window_between if v.window_deictic else {},
        "few_coming": _ahead(v, v.window_before, v.window_between) if v.unit_plurals else {},
        "few_coming_after": _ahead(v, v.window_after) if v.unit_plurals else {},
        "one": v.window_one_markers if v.window_one_determiners else {},
    }
    sources = {
        "before": rf"{det}(?P<mk>{alt(v.window_before)})\s+{num}\s+{unit}",
        "between": rf"{det}{num}\s+(?P<mk>{alt(v.window_between)})\s+{unit}",
        # "dans les 3 prochaines années": from publication on, as "within"
        "within": rf"(?P<w>{alt(v.window_within)})\s+{num}\s+(?P<mk>{alt(v.window_between)})"
        rf"\s+{unit}",
        "after": rf"{det}{num}\s+{unit}\s+(?P<mk>{alt(v.window_after)})",
        "after_next": rf"{det}(?P<u>{alt(v.units)})\s+{alt(v.after_next)}",
        "before_last": rf"{det}(?P<u>{alt(v.units)})\s+{alt(v.before_last)}",
        "century": rf"(?:(?P<r>[IVXLC]{{1,6}})|(?P<d>[12]?\d))(?:{suffix})\s+"
        rf"{alt(v.century_words)}",
        "chain_before": rf"(?P<c>{alt(v.counted_before)})\s+{chain}",
        "chain_after": rf"{chain}\s+(?P<c>{alt(v.counted_after)})",
        # "il y a quelques jours", "a few weeks ago", "the past few days", "ces derniers jours"
        "few_before": rf"(?P<c>{alt(v.counted_before)})\s+{few}\s*{unit}",
        "few_after": rf"{few}\s*{unit}\s+(?P<c>{alt(v.counted_after)})",
        "few_window": rf"{det}(?P<mk>{alt(v.window_before)})\s+{few}\s*{unit}",
        # "the coming weeks", "les prochains jours", "les semaines à venir": a few from now on
        "few_coming": rf"{det}(?P<mk>{alt(_ahead(v, v.window_before, v.window_between))})\s+"
        rf"(?P<u>{alt(v.unit_plurals)})",
        "few_coming_after": rf"{det}(?P<u>{alt(v.unit_plurals)})\s+"
        rf"(?P<mk>{alt(_ahead(v, v.window_after))})",
        # "ces derniers jours", not "les derniers mois de sa vie"
        "few_between": rf"{lead(v.window_deictic)}(?P<mk>{alt(v.window_between)})\s+{unit}",
        # "the past year", "over the last decade", "la dernière décennie": one unit back
        "one": rf"{lead(v.window_one_determiners)}(?P<mk>{alt(v.window_one_markers)})\s+"
        rf"(?P<u>{alt(k for k, u in v.units.items() if u in _ONE_UNITS)})",
    }
    return _Grammar(
        patterns=tuple(
            (name, lazy(rf"(?<![\w'’]){src}(?!\w)", re.IGNORECASE))
            for name, src in sources.items()
            if tables[name]
        ),
        markers={
            norm(k): d
            for t in (v.window_before, v.window_between, v.window_after, v.window_one_markers)
            for k, d in t.items()
        },
        units={norm(k): u for k, u in {**v.units, **v.plural_units, **v.unit_plurals}.items()},
        numbers={norm(k): n for k, n in v.numbers.items()},
        counted={norm(k): d for k, d in {**v.counted_before, **v.counted_after}.items()},
        few=v.few_count,
        approx={norm(k): c for k, c in v.approx_counts.items()},
        pair=lazy(
            rf"(?P<n>(?<![\w,.])\d{{1,3}}(?!\w)|{alt(v.numbers)})\s+(?P<u>{unit_any})",
            re.IGNORECASE,
        ),
        units_seen=re.compile(rf"(?<!\w){alt({**v.units, **v.plural_units})}", re.I),
        century_seen=re.compile(alt(v.century_words), re.IGNORECASE),
        veto_after=lazy(rf"\s+{alt(v.window_vetoes_after)}(?![\w'’])", re.IGNORECASE)
        if v.window_vetoes_after
        else lazy(r"(?!)"),
        verb_lead=lazy(rf"(?<![\w'’]){alt(v.window_verb_leads)}\s+$", re.IGNORECASE),
        holder_after=lazy(rf"\s+{lead(v.window_holders)}", re.IGNORECASE)
        if v.window_holders
        else lazy(r"(?!)"),
        vocab=v,
    )


def _shift(day: dt.date, unit: str, k: int) -> dt.date:
    if unit == "day":
        return day + dt.timedelta(days=k)
    if unit == "week":
        return day + dt.timedelta(weeks=k)
    months = k * {"decade": 120, "year": 12, "half": 6, "quarter": 3}.get(unit, 1)
    first, last = cal.add_months(day, months)
    return first.replace(day=min(day.day, last.day))


def window(pub: dt.date, unit: str, n: int, direction: int) -> Period:
    """N units before publication (-1), after it (+1), or from it on (0, "within")."""
    if direction < 0:
        return _shift(pub, unit, -n), pub
    if direction > 0:
        return pub + dt.timedelta(days=1), _shift(pub, unit, n)
    return pub, _shift(pub, unit, n)


def _count(raw: str, g: _Grammar) -> int | None:
    key = norm(raw)
    return int(key) if key.isdigit() else g.numbers.get(key)


def _chain(start: int, end: int, groups: dict[str, str | None], g: _Grammar) -> PeriodHit | None:
    """ "il y a un mois et 21 jours": the day that many years, months and days away."""
    sign = g.counted[norm(groups["c"] or "")]
    steps = []
    for m in g.pair.finditer(groups["chain"] or ""):
        n = _count(m.group("n"), g)
        if n is None or n > _MAX_COUNT:
            return None
        steps.append((g.units[norm(m.group("u"))], sign * n))
    if len({unit for unit, _ in steps}) != len(steps):  # "2 jours 3 jours" adds up to nothing
        return None

    def resolve(pub: dt.date) -> Period:
        day = pub
        for unit, k in sorted(steps, key=lambda s: ("year", "month", "week", "day").index(s[0])):
            day = _shift(day, unit, k)
        return day, day

    return PeriodHit(start, end, "day", resolver=resolve)


def _few(kind: str, m: re.Match[str], g: _Grammar) -> PeriodHit | None:
    """ "il y a quelques jours": the days that a few units away can be; "the past few days",
    "ces derniers jours": the days from a few units back to publication."""
    start, end, string = m.start(), m.end(), m.string
    groups = m.groupdict()
    unit = g.units[norm(groups["u"] or "")]
    if unit == "weekend":
        return None
    low, high = g.approx.get(norm(groups.get("few") or ""), g.few)
    if kind in ("few_before", "few_after"):
        sign = g.counted[norm(groups["c"] or "")]

        def resolve(pub: dt.date) -> Period:
            ends = sorted((_shift(pub, unit, sign * low), _shift(pub, unit, sign * high)))
            return ends[0], ends[1]

        return PeriodHit(start, end, "day", resolver=resolve)
    direction = g.markers[norm(groups["mk"] or "")]
    if kind == "few_between" and g.veto_after.match(string, end):
        return None  # "au cours des derniers mois de sa vie", "in recent weeks of the war"
    return PeriodHit(start, end, "day", resolver=lambda p: window(p, unit, high, direction))


def _roman(raw: str) -> int | None:
    values = [_ROMAN[c] for c in raw.lower()]
    total = sum(-a if a < b else a for a, b in zip(values, [*values[1:], 0], strict=True))
    return total if 0 < total <= 30 else None


def _hit(kind: str, m: re.Match[str], g: _Grammar) -> PeriodHit | None:
    start, end = m.span()
    groups = m.groupdict()
    if kind == "century":
        raw_roman, raw = groups.get("r"), groups.get("d")
        if raw_roman and not raw_roman.isupper():
            return None  # "mix siècle" is no numeral
        n = _roman(raw_roman) if raw_roman else int(raw or 0)
        if not n or n > 30:
            return None
        first = dt.date(max(1, (n - 1) * 100), 1, 1)
        return PeriodHit(start, end, "year", ((first, dt.date((n - 1) * 100 + 99, 12, 31)),))
    if kind in ("chain_before", "chain_after"):
        return _chain(start, end, groups, g)
    if kind.startswith("few"):
        return _few(kind, m, g)
    if kind == "one":
        if g.veto_after.match(m.string, end):
            return None  # "the last week of July", "la dernière année de son mandat"
        one, back = g.units[norm(groups["u"])], g.markers[norm(groups["mk"])]
        if back > 0 and not future_before(m.string, start, g.vocab):
            return None  # "the next year, he moved": the story's year after, not ours
        return PeriodHit(start, end, "day", resolver=lambda p: window(p, one, 1, back))
    unit = g.units[norm(groups["u"])]
    if unit == "weekend":
        return None
    if kind in ("after_next", "before_last"):
        k = 2 if kind == "after_next" else -2
        return PeriodHit(
            start, end, cal.unit_granularity(unit),
            resolver=lambda p: cal.offset_period(p, unit, k),
        )  # fmt: skip
    raw_n = norm(groups["n"])
    n = int(raw_n) if raw_n.isdigit() else g.numbers.get(raw_n)
    if not n or n > _MAX_COUNT:
        return None
    direction = g.markers[norm(groups["mk"])]
    if kind == "within":
        direction = min(direction, 0)  # "dans les 3 prochaines années": from today on
    if direction == 0 and g.veto_after.match(m.string, end):
        return None  # "within 5 days of the vote": a window after the vote
    if g.holder_after.match(m.string, end):
        return None  # "the last three days of the war": the war's, not publication's
    if kind == "before" and g.verb_lead.search(m.string, max(0, start - 20), start):
        return None  # "the strike will last three days"
    return PeriodHit(start, end, "day", resolver=lambda p: window(p, unit, n, direction))


@cache
def _possessive(v: TimeVocabulary) -> LazyPattern:
    words = alt(v.possessives) if v.possessives else r"(?!)"
    return lazy(rf"(?<![\w'’]){words}\s+$", re.IGNORECASE)


def possessed(text: str, start: int, vocab: TimeVocabulary) -> bool:
    """A possessive right before `start`: the window is its holder's ("his last three days",
    "ses 24 dernières heures"), not counted from publication."""
    return _possessive(vocab).search(text, max(0, start - 12), start) is not None


def find_windows(text: str, vocab: TimeVocabulary) -> Iterator[PeriodHit]:
    """Every counted span from publication and every century in `text` (overlaps allowed:
    the time resolver keeps the longest)."""
    g = _grammar(vocab)
    units = g.units_seen.search(text) is not None
    century = g.century_seen.search(text) is not None
    for kind, pattern in g.patterns:
        if not (century if kind == "century" else units):
            continue
        for m in pattern.finditer(text):
            hit = _hit(kind, m, g)
            if hit is not None and (kind == "century" or not possessed(text, hit.start, vocab)):
                yield hit
